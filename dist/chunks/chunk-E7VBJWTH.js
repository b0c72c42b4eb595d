#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  derivedForms
} from "./chunk-OYH3DIMU.js";
import {
  acquireVmLease,
  runIdentity,
  vmLeaseName
} from "./chunk-MELMUH5O.js";
import {
  BUNDLE_FILE_NAMES,
  CONTAINER_CERTS_DIR,
  HOSTS_FILE,
  KEPT_CREDENTIALS,
  KEPT_PREVIOUS_PROXY,
  PLACED_FILES,
  PLACED_OPTIONS,
  PREVIOUS_PROXY_CONTAINER,
  PROXY_CONTAINER,
  PROXY_WRITTEN_CREDENTIALS,
  SIDECAR_PACKAGE,
  SIDECAR_UNIT,
  TOKEN_LINK,
  TOKEN_PATH,
  TOKEN_TMPFILES,
  autoRegisteredEntries,
  bundleStdin,
  commit,
  commitProxyCommand,
  entryAddress,
  formatMode,
  goTrue,
  holdConntrackCommand,
  installBundleCommand,
  installPlacedBundle,
  installPlacedFilesCommand,
  installSidecar,
  placedBundle,
  pollReady,
  prepareProxyImageCommand,
  prepareSidecar,
  proxyCertsDir,
  proxyLogsCommand,
  proxyStateCommand,
  readinessCommand,
  readyAfterStart,
  removeBundleCommand,
  removeHostsBlockCommand,
  removePlacedFiles,
  removePlacedFilesCommand,
  removeProxyCommand,
  replaceProxyCommand,
  restore,
  restoreProxyCommand,
  restoreProxyFilesCommand,
  retireProxyCommand,
  sidecarLogsCommand,
  startReadyWaitS,
  startSidecarUnitCommand,
  startUnit,
  stopSidecarUnitCommand,
  stopUnit,
  unitLogs,
  waitUnitReady
} from "./chunk-HVQUJYAA.js";
import {
  recordObject
} from "./chunk-J7K5HPQA.js";
import {
  runStep
} from "./chunk-BCSFOWDV.js";
import {
  applyObject,
  deleteObject,
  readObject
} from "./chunk-PYZEXAEZ.js";
import {
  hostsBlockLines,
  hostsBlockMarker,
  probeHost
} from "./chunk-ROXWVTFM.js";
import {
  objectRef
} from "./chunk-4YKHFMZ6.js";
import {
  clusterError
} from "./chunk-B4I3RDRT.js";
import {
  sshTarget
} from "./chunk-MSDVC3FO.js";
import {
  shellJoin
} from "./chunk-AURWTH66.js";
import {
  boundedSignal
} from "./chunk-XDIF27FF.js";
import {
  retry
} from "./chunk-ZZDNQLL2.js";
import {
  StepError
} from "./chunk-GFWLNMO4.js";
import {
  formatDuration
} from "./chunk-KI37J66C.js";

// src/pipeline/steps.ts
var OFFBOARD_PHASES = ["unroute", "vm", "cluster"];
function pick(settings, keys) {
  const slice = {};
  for (const k of keys) slice[k] = settings[k];
  return slice;
}
function active(steps, p, settings) {
  return steps.map((step) => ({ step, slice: pick(settings, step.uses) })).filter(({ step, slice }) => step.when?.(p, slice) ?? true);
}
function planSteps(steps, p, settings) {
  return active(steps, p, settings).flatMap(({ step, slice }) => step.plan(p, slice));
}
async function runSteps(steps, r, settings, rollback2) {
  try {
    for (const { step, slice } of active(steps, r, settings)) await step.run(r, slice);
  } catch (err) {
    await rollback2();
    throw err;
  }
}
function offboardActions(steps, p, settings) {
  const reversed = active(steps, p, settings).reverse().flatMap(
    ({ step: { offboard: a }, slice }) => a ? [{ phase: a.phase, plan: (q) => a.plan(q, slice), run: (o) => a.run(o, slice) }] : []
  );
  return OFFBOARD_PHASES.flatMap((phase) => reversed.filter((a) => a.phase === phase));
}
function planOffboard(steps, p, settings) {
  return offboardActions(steps, p, settings).flatMap((a) => a.plan(p));
}
async function runOffboard(steps, o, settings) {
  for (const a of offboardActions(steps, o, settings)) await a.run(o);
}

// src/vm/proxy-runtime.ts
import { basename } from "node:path";

// src/vm/docker-runtime.ts
var LOG_TAIL = 20;
function firstLine(text) {
  return text.trim().split("\n").slice(-3).join(" | ") || "no output";
}
function writeHint(s, stderr) {
  if (/No space left on device|Disk quota exceeded/i.test(stderr))
    return `the VM's file system holding ${s.proxy.configDir} (or ${HOSTS_FILE}) is full: free space there (df -h ${s.proxy.configDir}), then run again`;
  if (/Read-only file system/i.test(stderr)) return `${s.proxy.configDir} is on a read-only file system: choose another proxy-config-dir`;
  return s.ssh.target.user === "root" ? "check that the disk is writable" : `check that ${s.ssh.target.user} may run sudo without a password (sudo -n)`;
}
function dockerFailure(code, stderr) {
  if (code === 127 || /docker: (command )?not found/.test(stderr)) return "no-docker";
  if (/Cannot connect to the Docker daemon|Is the docker daemon running|docker\.sock: connect/i.test(stderr)) return "daemon-down";
  if (/Unable to find image|pull access denied|manifest unknown|not found: manifest|error pulling|failed to resolve reference|dial tcp|no such host|i\/o timeout|toomanyrequests|unauthorized/i.test(
    stderr
  ))
    return "pull";
  return "other";
}
function dockerHint(failure, image) {
  switch (failure) {
    case "no-docker":
      return "install Docker on the VM";
    case "daemon-down":
      return "the Docker daemon on the VM is not running: start it (systemctl start docker) and run again";
    case "pull":
      return `the VM could not pull ${image}: check the image name (proxy-image, or the mesh install's hub and tag), that the VM reaches that registry, and its docker login there; or load the image on the VM beforehand`;
    default:
      return "check that the VM can pull the image (or set proxy-image) and that the Docker daemon runs";
  }
}
async function prepareProxy(session, s, facts, log, signal) {
  const r = await session.exec(prepareProxyImageCommand(s, facts.image), {
    signal,
    timeoutMs: Math.max(s.ssh.commandTimeoutMs, 10 * 6e4)
  });
  if (r.code !== 0) {
    const failure = dockerFailure(r.code, r.stderr);
    throw new StepError(
      `checking the image ${facts.image} on ${session.target} (docker image inspect, else docker pull) failed (exit ${r.code}): ${firstLine(r.stderr)}`,
      dockerHint(failure === "other" ? "pull" : failure, facts.image)
    );
  }
  const lines = r.stdout.split("\n").map((l) => l.trim());
  const image = lines.find((l) => l.startsWith("image "))?.slice(6) ?? "present";
  const [status = "none", previousImage = ""] = (lines.find((l) => l.startsWith(`container /${PROXY_CONTAINER} `))?.slice(`container /${PROXY_CONTAINER} `.length) ?? "none").split(" ");
  const before = { status, image: previousImage, keptBefore: lines.some((l) => l.startsWith(`container /${PREVIOUS_PROXY_CONTAINER} `)) };
  log.info(
    `${facts.image} ${image} on ${session.target}; istio-proxy container now: ${status === "none" ? "none" : `${status} (${before.image})`}`
  );
  return {
    before,
    detail: `image ${facts.image} ${image}; istio-proxy now: ${status === "none" ? "none (first onboarding)" : `${status}, image ${before.image}`}`
  };
}
async function installBundle(session, s, files, hosts, log, signal) {
  const r = await session.exec(installBundleCommand(s, hosts), { stdin: bundleStdin(files), signal });
  const written = r.stdout.split("\n").filter(Boolean);
  if (r.code !== 0 || written.length !== files.length) {
    throw new StepError(
      `writing the bundle into ${s.proxy.configDir} on ${session.target} failed (exit ${r.code}, ${written.length} of ${files.length} files written): ${firstLine(r.stderr)}`,
      writeHint(s, r.stderr)
    );
  }
  for (const f of files) log.info(`wrote ${s.proxy.configDir}/${f.name} (mode ${formatMode(f.mode)}${f.secret ? ", secret" : ""})`);
  if (hosts.lines.length) log.info(`${HOSTS_FILE}: block "${hosts.marker}" holds ${hosts.lines.join("; ")}`);
}
async function removeHostsBlock(session, s, marker, signal) {
  const r = await session.exec(removeHostsBlockCommand(s, marker), { signal });
  if (r.code !== 0)
    throw new StepError(
      `removing the block "${marker}" from ${HOSTS_FILE} on ${session.target} failed (exit ${r.code}): ${firstLine(r.stderr)}`
    );
}
async function proxyLogs(session, s, signal, tail = LOG_TAIL, since) {
  const r = await session.exec(proxyLogsCommand(s, tail, since), { signal });
  return `${r.stdout}${r.stderr}`.split("\n").filter((l) => l.trim() !== "");
}
async function startProxy(session, s, w, facts, log, signal) {
  const wait = startReadyWaitS(s);
  const run = await session.exec(replaceProxyCommand(s, w, facts, wait), { signal, timeoutMs: s.ssh.commandTimeoutMs + wait * 1e3 });
  const { lines: out, last } = readyAfterStart(run.stdout);
  const kept = out[0] === KEPT_PREVIOUS_PROXY;
  if (kept) log.info("stopped the previous istio-proxy container and kept it until the new one is ready and verified");
  if (run.code !== 0) {
    const failure = dockerFailure(run.code, run.stderr);
    throw new StepError(
      `docker run of ${facts.image} on ${session.target} failed (exit ${run.code}): ${firstLine(run.stderr)}`,
      dockerHint(failure, facts.image)
    );
  }
  log.info(`started istio-proxy (${facts.image}), container ${(out.at(-1) ?? "").slice(0, 12)}`);
  const ready = last === "200";
  if (ready) log.info("istio-proxy is ready (:15020/healthz/ready answered 200 in the round trip that started it)");
  return {
    detail: `${kept ? "the previous container stopped and kept until the new one is verified" : "no previous container"}; ${ready ? "ready in the same round trip" : `not ready within its ${wait} s (last answer: ${last ?? "none"})`}`,
    ready
  };
}
async function restore2(session, s, before, proxyStarted, marker, signal) {
  const notes = [];
  const hadProxy = before.status !== "none";
  if (proxyStarted) {
    const retired = await session.exec(retireProxyCommand(s, hadProxy), { signal });
    if (retired.code !== 0)
      throw new StepError(
        `removing this run's istio-proxy container on ${session.target} failed (exit ${retired.code}): ${firstLine(retired.stderr)}`
      );
    if (!hadProxy && retired.stdout.trim().split("\n").pop() === "removed") notes.push("removed the istio-proxy container");
  }
  const files = await session.exec(restoreProxyFilesCommand(s, BUNDLE_FILE_NAMES, marker), { signal });
  if (files.code !== 0)
    throw new StepError(
      `restoring the bundle in ${s.proxy.configDir} on ${session.target} failed (exit ${files.code}): ${firstLine(files.stderr)}`
    );
  if (files.stdout.includes("restored"))
    notes.push(
      hadProxy ? `restored the previous bundle files and ${HOSTS_FILE} block` : `removed the bundle files and the ${HOSTS_FILE} block`
    );
  if (!proxyStarted || !hadProxy) return { notes, restarted: "" };
  const proxy = await session.exec(restoreProxyCommand(s, true), { signal });
  if (proxy.code !== 0)
    throw new StepError(
      `restoring the previous istio-proxy container on ${session.target} failed (exit ${proxy.code}): ${firstLine(proxy.stderr)}`
    );
  const said = proxy.stdout.trim().split("\n").pop() ?? "";
  return { notes, restarted: /^(restored|restarted) /.test(said) ? `image ${said.replace(/^\S+ /, "")}` : "" };
}
async function commit2(session, s, before, signal) {
  const r = await session.exec(commitProxyCommand(s, before.status !== "none" || before.keptBefore), { signal });
  if (r.code !== 0)
    throw new StepError(
      `removing the kept istio-proxy-previous container and files on ${session.target} failed (exit ${r.code}): ${firstLine(r.stderr)}`,
      "remove them by hand: the new proxy runs"
    );
}
async function waitReady(session, s, log, signal, since) {
  const { ready, last } = await pollReady(session, s, signal, since);
  if (ready) {
    log.info("istio-proxy is ready (:15020/healthz/ready answered 200)");
    return;
  }
  const state = await session.exec(proxyStateCommand(s), { signal });
  throw new StepError(
    `istio-proxy on ${session.target} was not ready within ${Math.round(s.proxy.readyTimeoutMs / 1e3)} s (last readiness answer: ${last || "none"}; container: ${state.stdout.trim() || firstLine(state.stderr)})`,
    "read the proxy log below: a token or root certificate problem, or a gateway the VM cannot reach on 15012/15443",
    await proxyLogs(session, s, signal)
  );
}
async function removeProxy(session, s, signal) {
  const r = await session.exec(removeProxyCommand(s), { signal });
  if (r.code === 0) return true;
  if (/No such container/i.test(r.stderr) || r.code === 127) return false;
  throw new StepError(
    `docker rm of the istio-proxy container on ${session.target} failed (exit ${r.code}): ${firstLine(r.stderr)}`,
    dockerHint(dockerFailure(r.code, r.stderr), "the proxy image")
  );
}
async function removeBundle(session, s, names, signal) {
  const r = await session.exec(removeBundleCommand(s, names), { signal });
  if (r.code !== 0)
    throw new StepError(`removing the bundle from ${s.proxy.configDir} on ${session.target} failed: ${firstLine(r.stderr)}`);
}

// src/vm/proxy-runtime.ts
var REDACT_NOTE = (f, redacted) => (f.secret ? [redacted] : f.content.trimEnd().split("\n")).map((l) => `    | ${l}`);
function dockerRuntime(s) {
  return {
    name: "docker",
    prepare: async (session, facts, log, signal) => {
      const { before, detail } = await prepareProxy(session, s, facts, log, signal);
      const hadProxy = before.status !== "none";
      return {
        change: {
          hadProxy,
          previous: hadProxy ? `image ${before.image}` : "",
          next: `image ${facts.image}`,
          packageSwitched: false,
          switched: false,
          proxyStarted: false,
          state: before
        },
        detail
      };
    },
    installBundle: async (session, files, hosts, log, signal) => {
      await installBundle(session, s, files, hosts, log, signal);
      return `${files.map((f) => `${f.name} ${formatMode(f.mode)}`).join(", ")}; ${HOSTS_FILE}: ${hosts.lines.length ? hosts.lines.join("; ") : "no mesh hosts"}`;
    },
    start: (session, w, facts, log, signal) => startProxy(session, s, w, facts, log, signal),
    waitReady: (session, log, signal, since) => waitReady(session, s, log, signal, since),
    restore: (session, change, marker, signal) => restore2(session, s, change.state, change.proxyStarted, marker, signal),
    commit: (session, change, signal) => commit2(session, s, change.state, signal),
    logs: (session, signal, tail, since) => proxyLogs(session, s, signal, tail, since),
    logsCommand: (tail, since) => proxyLogsCommand(s, tail, since),
    stop: async (session, signal) => await removeProxy(session, s, signal) ? "removed the istio-proxy container" : "no istio-proxy container",
    // pilot-agent writes the workload's key and certificates into OUTPUT_CERTS, the VM's
    // certificates directory mounted at CONTAINER_CERTS_DIR: removed with the bundle.
    removeBundle: async (session, signal) => {
      await removeBundle(session, s, BUNDLE_FILE_NAMES, signal);
      return `removed ${BUNDLE_FILE_NAMES.join(", ")} and ${proxyCertsDir(s)} (the root certificate, and the workload key and certificates pilot-agent wrote there as ${CONTAINER_CERTS_DIR})`;
    },
    planLines: (w, facts, files, hosts, redacted) => [
      "interception none (the docker runtime's only mode: its container has no iptables step): applications reach mesh hosts through the /etc/hosts block, at the Sidecar's egress listeners",
      `check on the VM that the proxy image is there (else docker pull it), before anything changes${facts ? `: ${facts.image}` : ""}`,
      ...files ? [
        `write the bootstrap bundle and the ${HOSTS_FILE} block (staged first, the previous files and block kept until the new proxy is verified), and the root certificate into ${proxyCertsDir(s)} (pilot-agent's PROV_CERT and OUTPUT_CERTS, where it writes the workload key and chain; the previous ones kept), with: ${shellJoin(installBundleCommand(s, hosts))}`,
        ...files.flatMap((f) => [`  ${s.proxy.configDir}/${f.name} (mode ${formatMode(f.mode)}):`, ...REDACT_NOTE(f, redacted)])
      ] : [
        `write the bootstrap bundle (${BUNDLE_FILE_NAMES.join(", ")}) into ${s.proxy.configDir} and the root certificate into ${proxyCertsDir(s)}, the previous files kept until the new proxy is verified`
      ],
      hosts.lines.length ? `${HOSTS_FILE} on the VM: the block "# BEGIN ${hosts.marker}" holds (no other line changes):` : `${HOSTS_FILE} on the VM: no mesh hosts, so no block "# BEGIN ${hosts.marker}" (an old one is removed)`,
      ...hosts.lines.map((l) => `    | ${l}`),
      ...!s.proxy.start ? [] : [
        facts ? `run (a previous container stopped and kept as istio-proxy-previous, then docker run, then up to ${startReadyWaitS(s)} s of the readiness wait, in one round trip): ${shellJoin(replaceProxyCommand(s, w, facts, startReadyWaitS(s)))}` : `run, in one round trip: a previous container stopped and kept as istio-proxy-previous, then docker run ... istio-proxy (image from the mesh install), then up to ${startReadyWaitS(s)} s of the readiness wait`,
        `when not ready by then, wait up to ${formatDuration(s.proxy.readyTimeoutMs)} from the start for: ${shellJoin(readinessCommand())}`
      ]
    ],
    offboardLines: () => [shellJoin(removeProxyCommand(s)), shellJoin(removeBundleCommand(s, BUNDLE_FILE_NAMES))]
  };
}
function interceptionLine(s, files) {
  if (s.proxy.interception === "none")
    return "interception none: cluster.env sets ISTIO_CUSTOM_IP_TABLES, so istio-start.sh skips its iptables step; applications reach mesh hosts through the /etc/hosts block, at the Sidecar's egress listeners";
  const env = files?.find((f) => f.name === "cluster.env")?.env;
  const dns = !env ? "DNS to pilot-agent's DNS proxy if the mesh sets ISTIO_META_DNS_CAPTURE" : goTrue(env.ISTIO_META_DNS_CAPTURE) ? "DNS to pilot-agent's DNS proxy (the mesh sets ISTIO_META_DNS_CAPTURE)" : "no DNS capture (the mesh does not set ISTIO_META_DNS_CAPTURE)";
  const ports = env ? ` (inbound ports ${env.ISTIO_INBOUND_PORTS}, never ${env.ISTIO_LOCAL_EXCLUDE_PORTS})` : " (never port 22)";
  return `interception redirect: istio-start.sh's iptables step captures the workload's inbound ports${ports} and outbound traffic to Envoy, ${dns}; stopping the unit, offboarding and a rollback remove Istio's chains (iptables legacy and nft)`;
}
function systemdRuntime(s) {
  return {
    name: "systemd",
    prepare: async (session, _facts, log, signal) => {
      const prepared = await prepareSidecar(session, s, log, signal);
      const hadProxy = prepared.before.unit === "active";
      const detail = prepared.staged ? `uploaded ${s.proxy.sidecarPackage} and checked its sha256 on the VM (installed later in the change)` : prepared.detail;
      const next = s.proxy.sidecarPackage ? `${SIDECAR_PACKAGE} from ${basename(s.proxy.sidecarPackage)}` : `${SIDECAR_PACKAGE} ${prepared.before.version}`;
      return {
        change: {
          hadProxy,
          previous: hadProxy ? `the ${SIDECAR_UNIT} unit (${SIDECAR_PACKAGE} ${prepared.before.version})` : "",
          next,
          packageSwitched: false,
          switched: false,
          proxyStarted: false,
          state: prepared
        },
        detail: `${detail}; the ${SIDECAR_UNIT} unit now: ${prepared.before.unit}`
      };
    },
    installPackage: (session, change, signal) => {
      const prepared = change.state;
      change.packageSwitched = Boolean(prepared.staged);
      return installSidecar(session, s, prepared, signal);
    },
    installBundle: async (session, files, hosts, log, signal) => {
      const block = await installPlacedBundle(session, s, files, hosts, log, signal);
      return `${PLACED_FILES.map((p) => `${p.path} ${p.mode.toString(8).padStart(4, "0")}`).join(", ")} (istio-proxy); ${HOSTS_FILE}: ${block.lines.join("; ")}`;
    },
    start: async (session, _w, _facts, log, signal) => {
      const { ready, last, waitS } = await startUnit(session, s, log, signal);
      return {
        detail: `enabled and (re)started the ${SIDECAR_UNIT} unit; ${ready ? "ready in the same round trip" : `not ready within its ${waitS} s (last answer: ${last ?? "none"})`}`,
        ready
      };
    },
    waitReady: (session, log, signal, since) => waitUnitReady(session, s, log, signal, since),
    restore: (session, change, marker, signal) => restore(session, s, change.state, change.packageSwitched, marker, signal),
    commit: (session, _change, signal) => commit(session, s, signal),
    logs: (session, signal, tail, since) => unitLogs(session, s, signal, tail, since),
    logsCommand: (tail, since) => sidecarLogsCommand(s, tail, since),
    stop: async (session, signal) => `${await stopUnit(session, s, signal) ? "stopped and disabled the istio unit" : "no istio unit"} (the istio-sidecar package stays)`,
    removeBundle: async (session, signal) => {
      const removed = await removePlacedFiles(session, s, BUNDLE_FILE_NAMES, signal);
      const written = removed.filter((p) => PROXY_WRITTEN_CREDENTIALS.includes(p));
      return `removed the bundle files at Istio's paths${written.length ? ` and the credentials pilot-agent wrote (${written.join(", ")})` : " (pilot-agent had written no key or certificate)"}`;
    },
    planLines: (_w, _facts, files, hosts) => {
      const pkg = s.proxy.sidecarPackage ? `upload ${s.proxy.sidecarPackage} and check its sha256 on the VM before anything changes; install it with dpkg or rpm (what the VM has) in the change, unless this file is already installed, keeping the previous package file of this action's for a restore` : `use the installed ${SIDECAR_PACKAGE} package (no sidecar-package given)`;
      return [
        pkg,
        interceptionLine(s, files),
        `write, owned by istio-proxy, where ${SIDECAR_PACKAGE} reads them (staged first, the previous files and the key and certificates pilot-agent wrote kept until the new proxy is verified; the new proxy starts from its token), with: ${shellJoin(installPlacedFilesCommand(s, [...PLACED_FILES], { marker: "<workload block>", lines: [] }, KEPT_CREDENTIALS, PLACED_OPTIONS))}`,
        `link ${TOKEN_LINK} (where pilot-agent reads the token, a tmpfs) to ${TOKEN_PATH}, made again at every boot by ${TOKEN_TMPFILES}`,
        ...files ? placedBundle(files, s.proxy.interception).flatMap((f) => [
          `  ${f.path} (mode ${formatMode(f.mode)}):`,
          ...f.content.trimEnd().split("\n").map((l) => `    | ${l}`)
        ]) : PLACED_FILES.map((p) => `  ${p.path} (mode ${formatMode(p.mode)}) from the bundle's ${p.name}`),
        `${HOSTS_FILE} on the VM: the block "# BEGIN ${hosts.marker}" holds istiod's names at the gateway${files ? ` (${(files.find((f) => f.name === "hosts")?.content ?? "").trim() || "none: a host-name gateway"})` : ""}${hosts.lines.length ? ` and the mesh hosts: ${hosts.lines.join("; ")}` : ""} (no other line changes)`,
        ...!s.proxy.start ? [] : [
          `keep this SSH connection tracked while Istio's chains come up: ${shellJoin(holdConntrackCommand(s))}`,
          `run (then up to ${startReadyWaitS(s)} s of the readiness wait, in one round trip): ${shellJoin(startSidecarUnitCommand(s, startReadyWaitS(s)))}`,
          `when not ready by then, wait up to ${formatDuration(s.proxy.readyTimeoutMs)} from the start for: ${shellJoin(readinessCommand())}`
        ]
      ];
    },
    offboardLines: () => [
      shellJoin(stopSidecarUnitCommand(s)),
      shellJoin(
        removePlacedFilesCommand(s, [
          ...PLACED_FILES.map((p) => p.path),
          ...PROXY_WRITTEN_CREDENTIALS,
          TOKEN_LINK,
          TOKEN_TMPFILES
        ])
      ),
      `(the ${SIDECAR_PACKAGE} package and its ${SIDECAR_UNIT} unit file stay installed)`
    ]
  };
}
function proxyRuntime(s) {
  return s.proxy.runtime === "systemd" ? systemdRuntime(s) : dockerRuntime(s);
}

// src/modes/compensation.ts
function autoRegisterGroup(s, w) {
  return s.workload.registration === "workload-group" ? w.name : "";
}
function isWorkloadEntry(r) {
  return r.object.kind === "WorkloadEntry";
}
function hostsBlockOf(w) {
  return { marker: hostsBlockMarker(w), lines: hostsBlockLines(w.meshHosts) };
}
function sharedApplyKey(obj) {
  return `apply\0${JSON.stringify(obj)}`;
}
var SERVER_SET_METADATA = ["uid", "resourceVersion", "creationTimestamp", "managedFields", "generation", "selfLink"];
function asApplied(live) {
  const copy = structuredClone(live);
  delete copy.status;
  for (const k of SERVER_SET_METADATA) delete copy.metadata[k];
  return copy;
}
async function applyAll(ctx, cluster, objects, result, undo) {
  const reads = /* @__PURE__ */ new Map();
  const readBefore = (r) => {
    let read = reads.get(r);
    if (!read) {
      read = readObject(cluster, r.object);
      read.catch(() => void 0);
      reads.set(r, read);
    }
    return read;
  };
  const applyAndUndo = async (r, mine) => {
    const applyOne = async () => {
      const before = await readBefore(r) ?? null;
      if (before && r.object.kind === "Namespace") return { object: before, action: "unchanged" };
      const undoIt = before ? restoreObject(ctx, r, before) : deleteCreated(ctx, r, result);
      mine.push(undoIt);
      const applied2 = await applyObject(cluster, r.object, { dryRun: false, before });
      if (applied2.action === "unchanged" || !before && applied2.action !== "created") mine.splice(mine.indexOf(undoIt), 1);
      return applied2;
    };
    const applied = ctx.once ? await ctx.once(sharedApplyKey(r.object), applyOne) : await applyOne();
    if (applied.action === "created" && !mine.length) mine.push(deleteCreated(ctx, r, result));
    return applied.action;
  };
  const applyAtOnce = async (group) => {
    const theirs = group.map(() => []);
    const settled = await Promise.allSettled(group.map((r, i) => applyAndUndo(r, theirs[i])));
    settled.forEach((s, i) => {
      undo.push(...theirs[i]);
      if (s.status === "fulfilled") recordObject(result, group[i], s.value);
    });
    const failed = settled.find((s) => s.status === "rejected");
    if (failed) throw failed.reason;
  };
  const namespaces = objects.filter((r) => r.object.kind === "Namespace");
  const others = objects.filter((r) => r.object.kind !== "Namespace");
  if (!ctx.once) for (const r of others) void readBefore(r);
  await applyAtOnce(namespaces);
  await applyAtOnce(others);
}
function deleteCreated(ctx, r, result) {
  const obj = r.object;
  return {
    what: `delete ${objectRef(obj)}`,
    undo: async ({ cluster }) => {
      if (obj.kind === "Namespace") return "";
      const others = ctx.usedByOthers?.(obj) ?? [];
      if (others.length) return `kept ${objectRef(obj)}: ${others.join(", ")} of this run use it`;
      const outcome = await deleteObject(cluster, obj);
      ctx.forget?.(sharedApplyKey(obj));
      const entry = result.objects.find(
        (o) => o.kind === obj.kind && o.name === obj.metadata.name && o.namespace === obj.metadata.namespace
      );
      if (entry) entry.action = "rolled-back";
      return `${outcome} ${objectRef(obj)}`;
    }
  };
}
function restoreObject(ctx, r, before) {
  return {
    what: `restore ${objectRef(r.object)}`,
    undo: async ({ cluster }) => {
      const others = ctx.usedByOthers?.(r.object) ?? [];
      if (others.length) return `kept the new ${objectRef(r.object)}: ${others.join(", ")} of this run use it`;
      const live = await readObject(cluster, r.object);
      if (live?.metadata.resourceVersion === before.metadata.resourceVersion) return "";
      await applyObject(cluster, asApplied(before), { dryRun: false, before: live ?? null });
      ctx.forget?.(sharedApplyKey(r.object));
      return `restored ${objectRef(r.object)} as it was`;
    }
  };
}
var ROLLBACK_TIMEOUT_MS = 6e4;
async function rollback(s, ctx, result, cluster, session, undo, out) {
  const bound = boundedSignal(ROLLBACK_TIMEOUT_MS + s.proxy.readyTimeoutMs, "the rollback");
  const signal = bound.signal;
  const notes = [];
  const failed = [];
  let reopened;
  const vm = async () => {
    if (session && !session.closed) return session;
    if (!reopened) {
      reopened = await ctx.connect.vm(s, ctx.log, signal);
      notes.push("reconnected to the VM");
    }
    return reopened;
  };
  const u = { cluster: cluster.withSignal(signal), vm, signal };
  await runStep(result, { log: ctx.log, signal }, "Roll back", "what this run changed", async (step) => {
    for (const c of [...undo].reverse()) {
      try {
        notes.push(await c.undo(u));
      } catch (err) {
        failed.push(`${c.what}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (out.needed) {
      try {
        notes.push(await out.take(u));
      } catch (err) {
        failed.push(`take the workload out of rotation: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    step.detail = notes.filter(Boolean).join("; ") || "nothing to undo";
    if (failed.length)
      throw new StepError(`not undone: ${failed.join("; ")}`, "put back or remove what is named here by hand: this run changed it");
  }).catch(() => void 0).finally(() => {
    reopened?.close();
    bound.dispose();
  });
  if (result.error) {
    if (out.needed) result.error.message = `${out.headline}. ${result.error.message}`;
    if (notes.length || failed.length)
      result.error.message += ` (rolled back: ${[...notes.filter(Boolean), ...failed.map((f) => `NOT undone: ${f}`)].join("; ")})`;
  }
}
function outOfRotation(s, w, rendered) {
  const group = autoRegisterGroup(s, w);
  return {
    needed: false,
    headline: "",
    take: async ({ cluster }) => {
      const entries = group ? (await autoRegisteredEntries(cluster, w.namespace, group)).filter((e) => entryAddress(e) === w.address) : rendered.filter(isWorkloadEntry).map((r) => r.object);
      const gone = [];
      for (const e of entries) if (await deleteObject(cluster, e) === "deleted") gone.push(objectRef(e));
      return gone.length ? `took the VM out of rotation: deleted ${gone.join(", ")}` : "no WorkloadEntry routed to the VM";
    }
  };
}
function restoreVm(s, runtime, change, marker, log, out, result) {
  return {
    what: change.hadProxy ? `restore the previous proxy (${change.previous})` : "remove the proxy, bundle and hosts block this run wrote",
    undo: async ({ vm, signal }) => {
      if (!change.switched && !change.packageSwitched) return "";
      try {
        const on = await vm();
        const { notes, restarted } = await runtime.restore(on, change, marker, signal);
        if (!restarted) return notes.join("; ");
        const started = performance.now();
        const { ready, last } = await pollReady(on, s, signal);
        if (!ready)
          throw new StepError(
            `the restored proxy did not get ready within ${formatDuration(s.proxy.readyTimeoutMs)} (last answer: ${last || "none"})`
          );
        const back = `restored the previous proxy (${restarted}), ready in ${Math.round(performance.now() - started)} ms`;
        log.info(back);
        result.proxyStatus = "restored";
        return [...notes, back].join("; ");
      } catch (err) {
        if (change.hadProxy) {
          out.needed = true;
          out.headline = `The previous proxy on ${sshTarget(s)} could not be restored (${err instanceof Error ? err.message : String(err)}): the VM was taken out of rotation; fix the VM, then run onboard again`;
        }
        throw err;
      }
    }
  };
}

// src/probe/access-log.ts
function tokenize(line) {
  const tokens = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    if (c === " ") {
      i++;
    } else if (c === '"') {
      const end = line.indexOf('"', i + 1);
      if (end < 0) return void 0;
      tokens.push({ quoted: true, text: line.slice(i + 1, end) });
      i = end + 1;
    } else if (c === "[" && tokens.length === 0) {
      const end = line.indexOf("]", i + 1);
      if (end < 0) return void 0;
      tokens.push({ quoted: true, text: line.slice(i + 1, end) });
      i = end + 1;
    } else {
      let end = line.indexOf(" ", i);
      if (end < 0) end = line.length;
      tokens.push({ quoted: false, text: line.slice(i, end) });
      i = end;
    }
  }
  return tokens;
}
var dash = (s) => s === "-" ? "" : s;
var num = (s) => /^\d+$/.test(s) ? Number(s) : void 0;
function parseAccessLogLine(line) {
  const raw = line.replace(/\r?\n$/, "");
  if (!/^\[\d{4}-\d\d-\d\dT[^\]]+\] "/.test(raw)) return void 0;
  const t = tokenize(raw);
  if (!t || t.length < 20) return void 0;
  const tail = t.slice(-15);
  const head = t.slice(0, t.length - 15);
  const [bRx, bTx, dur, svc, xff, ua, id, auth, upHost, cluster, upLocal, downLocal, downRemote, sni, route] = tail;
  if ([xff, ua, id, auth, upHost].some((x) => !x.quoted) || [bRx, bTx, dur, svc, cluster, upLocal, downLocal, downRemote, sni, route].some((x) => x.quoted))
    return void 0;
  const bytesReceived = num(bRx.text);
  const bytesSent = num(bTx.text);
  const durationMs = num(dur.text);
  if (bytesReceived === void 0 || bytesSent === void 0 || durationMs === void 0) return void 0;
  const [time, request, code, flags, ...middle] = head;
  if (!code || !flags || !request.quoted || code.quoted || flags.quoted) return void 0;
  const responseCode = code.text === "-" ? 0 : num(code.text);
  if (responseCode === void 0) return void 0;
  if (middle.length < 1 || !middle[middle.length - 1]?.quoted) return void 0;
  const details = middle.length >= 3 && !middle[0]?.quoted ? dash(middle[0].text) : void 0;
  const [method = "", path = "", protocol = ""] = request.text.split(" ");
  const tcp = request.text === "- - -";
  const upstreamCluster = dash(cluster.text);
  return {
    startTime: time.text,
    method: dash(method),
    path: dash(path),
    protocol: dash(protocol),
    responseCode,
    responseFlags: dash(flags.text),
    ...details !== void 0 ? { details } : {},
    bytesReceived,
    bytesSent,
    durationMs,
    ...num(svc.text) !== void 0 ? { upstreamServiceTimeMs: num(svc.text) } : {},
    forwardedFor: dash(xff.text),
    userAgent: dash(ua.text),
    requestId: dash(id.text),
    authority: dash(auth.text),
    upstreamHost: dash(upHost.text),
    upstreamCluster,
    upstreamLocalAddress: dash(upLocal.text),
    downstreamLocalAddress: dash(downLocal.text),
    downstreamRemoteAddress: dash(downRemote.text),
    requestedServerName: dash(sni.text),
    routeName: dash(route.text),
    direction: upstreamCluster.startsWith("inbound") ? "inbound" : upstreamCluster.startsWith("outbound") ? "outbound" : "other",
    tcp,
    raw
  };
}
function excerpt(lines, requestIds, contextLines = 5) {
  const ids = new Set(requestIds);
  const ours = lines.map(parseAccessLogLine).filter((e) => !!e && ids.has(e.requestId));
  return { ours, context: lines.filter((l) => l.trim() !== "").slice(-contextLines) };
}

// src/probe/probes.ts
import { randomUUID } from "node:crypto";
var ATTEMPT_TIMEOUT_MS = 5e3;
var RETRY_DELAY_MS = 1e3;
var newRequestId = () => `ivo-${randomUUID()}`;
var Unexpected = class extends Error {
};
async function probe(direction, url, s, log, signal, attempt) {
  const ids = [];
  let last = { status: 0, latencyMs: 0 };
  try {
    await retry(
      async () => {
        const id2 = newRequestId();
        ids.push(id2);
        last = await attempt(id2);
        if (last.status !== s.probe.expectedStatus || last.bypassed) {
          log.debug(`${direction} probe ${url}: HTTP ${last.status || "-"} ${last.error ?? last.bypassed ?? ""}`);
          throw new Unexpected();
        }
      },
      { signal, deadlineMs: s.probe.timeoutMs, delayMs: RETRY_DELAY_MS, shouldRetry: (err) => err instanceof Unexpected }
    );
  } catch (err) {
    if (!(err instanceof Unexpected)) throw err;
  }
  const id = ids[ids.length - 1];
  const passed = last.status === s.probe.expectedStatus && !last.bypassed;
  const result = {
    direction,
    url,
    passed,
    httpStatus: last.status,
    latencyMs: last.latencyMs,
    requestId: id,
    requestIds: ids,
    attempts: ids.length
  };
  if (!passed) {
    const got = last.bypassed ? `HTTP ${last.status} from ${last.bypassed}, not through the sidecar` : last.status ? `HTTP ${last.status}, expected ${s.probe.expectedStatus}` : `no answer (${last.error ?? "unknown error"}), expected ${s.probe.expectedStatus}`;
    result.error = `${direction} probe ${url} got ${got}, after ${ids.length} attempt(s) in ${Math.round(s.probe.timeoutMs / 1e3)} s`;
  }
  log.info(
    `${direction} probe ${url}: ${passed ? "passed" : "failed"} (HTTP ${last.status || "-"}, ${last.latencyMs} ms, request ID ${id}, attempt ${ids.length})`
  );
  return result;
}
function probeInbound(url, s, log, signal) {
  return probe("inbound", url, s, log, signal, async (id) => {
    const started = performance.now();
    try {
      const res = await fetch(url, {
        headers: { "x-request-id": id, "user-agent": "istio-vm-onboard-probe" },
        signal: AbortSignal.any([signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]),
        redirect: "manual"
      });
      await res.arrayBuffer();
      return { status: res.status, latencyMs: Math.round(performance.now() - started) };
    } catch (err) {
      signal.throwIfAborted();
      const cause = err.cause;
      return {
        status: 0,
        latencyMs: Math.round(performance.now() - started),
        error: cause?.code ?? cause?.message ?? err.message
      };
    }
  });
}
function outboundProbeCommand(url, requestId) {
  return [
    "curl",
    "-s",
    "-o",
    "/dev/null",
    "-m",
    String(ATTEMPT_TIMEOUT_MS / 1e3),
    "-w",
    "%{http_code} %{time_total} %{remote_ip}",
    "-H",
    `x-request-id: ${requestId}`,
    "-A",
    "istio-vm-onboard-probe",
    url
  ];
}
function resolveOnVmCommand(host) {
  return ["getent", "hosts", host];
}
async function probeOutbound(s, session, listen, log, signal) {
  const result = await probe("outbound", s.probe.fromVmUrl, s, log, signal, async (id) => {
    const r = await session.exec(outboundProbeCommand(s.probe.fromVmUrl, id), { timeoutMs: ATTEMPT_TIMEOUT_MS + 5e3, signal });
    const [code = "0", seconds = "0", remote = ""] = r.stdout.trim().split(" ");
    const status = /^\d{3}$/.test(code) ? Number(code) : 0;
    return {
      status,
      latencyMs: Math.round(Number(seconds) * 1e3),
      ...status === 0 ? { error: r.code === 127 ? "curl is not installed on the VM" : `curl exit ${r.code}` } : {},
      ...status !== 0 && listen && remote && remote !== listen.address ? { bypassed: remote } : {}
    };
  });
  const host = listen?.host ?? (s.proxy.interception === "redirect" ? probeHost(s.probe.fromVmUrl)?.host : void 0);
  if (!result.passed && host) {
    const r = await session.exec(resolveOnVmCommand(host), { timeoutMs: ATTEMPT_TIMEOUT_MS, signal });
    const addresses = [
      ...new Set(
        r.stdout.split("\n").map((l) => l.trim().split(/\s+/)[0]).filter((a) => !!a)
      )
    ];
    const resolved = addresses.length ? `resolved to ${addresses.join(" and ")}` : r.code === 127 ? "could not be resolved (getent is not installed)" : "did not resolve";
    const u = new URL(s.probe.fromVmUrl);
    result.error += listen ? `; on the VM ${host} ${resolved}; the sidecar listens on ${listen.address}:${u.port || (u.protocol === "https:" ? 443 : 80)}` : `; on the VM ${host} ${resolved} (interception redirect: through pilot-agent's DNS proxy on 127.0.0.1:15053, the connection captured to Envoy's 15001)`;
  }
  return result;
}

// src/modes/verify.ts
var ACCESS_LOG_TAIL = 500;
var LOG_CLOCK_SKEW_MS = 5 * 6e4;
async function dropKept(runtime, session, change, ctx, result) {
  try {
    await runStep(result, ctx, "Drop what was kept for a restore", session.target, async (step) => {
      await runtime.commit(session, change, ctx.signal).catch((err) => {
        ctx.log.warning(err instanceof Error ? err.message : String(err));
        step.detail = "left in place (see the warning)";
      });
    });
  } finally {
    session.close();
  }
}
async function verify(s, runtime, w, ctx, result, session) {
  const since = new Date(Date.parse(result.startedAt) - LOG_CLOCK_SKEW_MS).toISOString();
  await runStep(result, ctx, "Verify traffic", [...s.probe.urls, s.probe.fromVmUrl].filter(Boolean).join(", "), async (step) => {
    for (const url of s.probe.urls) result.probes.push(await probeInbound(url, s, ctx.log, ctx.signal));
    if (s.probe.fromVmUrl) {
      const host = probeHost(s.probe.fromVmUrl)?.host;
      result.probes.push(
        await probeOutbound(
          s,
          session,
          w.meshHosts.find((e) => e.host === host),
          ctx.log,
          ctx.signal
        )
      );
    }
    result.probeStatus = result.probes.every((p) => p.passed) ? "passed" : "failed";
    const ids = result.probes.flatMap((p) => p.requestIds);
    const wanted = result.probes.filter((p) => p.httpStatus !== 0).map((p) => p.requestId);
    await retry(
      async () => {
        result.accessLog = excerpt(await runtime.logs(session, ctx.signal, ACCESS_LOG_TAIL, since), ids);
        const seen = new Set(result.accessLog.ours.map((e) => e.requestId));
        if (!wanted.every((id) => seen.has(id))) throw new StepError("not all probe requests are in the access log yet");
      },
      { signal: ctx.signal, attempts: 5, delayMs: 300 }
    ).catch((err) => {
      if (ctx.signal.aborted) throw err;
    });
    step.detail = `${result.probes.map((p) => `${p.direction} ${p.passed ? "passed" : "failed"} (HTTP ${p.httpStatus || "-"})`).join(", ")}; ${result.accessLog?.ours.length ?? 0} access-log lines with our request IDs`;
    const failed = result.probes.filter((p) => !p.passed);
    if (failed.length) {
      throw new StepError(
        failed.map((p) => p.error).join("; "),
        "check the probe URL, the expected status (probe-expected-status), and the access-log lines in the report"
      );
    }
  });
}

// src/modes/vm-lease.ts
var LEASE_STEP = "Take the VM's lease";
function leasePlanLine(s) {
  return `take the VM's lease: Lease ${s.cluster.istioNamespace}/${vmLeaseName(s.ssh.target.host)} (wait up to ${formatDuration(s.cluster.lockTimeoutMs)} for another run; released at the end)`;
}
async function withVmLease(s, ctx, result, cluster, purpose, fn) {
  const namespace = s.cluster.istioNamespace;
  const name = vmLeaseName(s.ssh.target.host);
  const run = runIdentity(ctx.env);
  const ref = { namespace, name, holder: run.id };
  ctx.onLease?.(ref, true);
  const lease = await runStep(result, ctx, LEASE_STEP, `Lease ${namespace}/${name}`, async (step) => {
    const held = await acquireVmLease(cluster, {
      namespace,
      name,
      run,
      purpose,
      vm: sshTarget(s),
      waitMs: s.cluster.lockTimeoutMs,
      log: ctx.log,
      signal: ctx.signal
    });
    const waited = held.waitedMs >= 1e3 ? `, after waiting ${formatDuration(Math.round(held.waitedMs / 1e3) * 1e3)}` : "";
    step.detail = `held by this run as ${held.holder}${waited}${held.tookOverFrom ? `; took over the expired lease of ${held.tookOverFrom}` : ""}`;
    return held;
  }).catch((err) => {
    ctx.onLease?.(ref, false);
    throw err;
  });
  try {
    return await fn();
  } finally {
    await lease.release();
    ctx.onLease?.(ref, false);
  }
}

// src/cluster/token.ts
var ISTIO_CA_AUDIENCE = "istio-ca";
async function requestToken(cluster, log, namespace, serviceAccount, lifetimeSeconds) {
  let response;
  try {
    response = await cluster.call(
      () => cluster.requestToken(namespace, serviceAccount, { audiences: [ISTIO_CA_AUDIENCE], expirationSeconds: lifetimeSeconds })
    );
  } catch (err) {
    throw clusterError(`request a token for ServiceAccount ${namespace}/${serviceAccount}`, err);
  }
  const token = response.token;
  if (!token)
    throw clusterError(`request a token for ServiceAccount ${namespace}/${serviceAccount}`, new Error("the API server returned no token"));
  for (const form of derivedForms(token)) log.secret(form);
  const expiresAt = response.expirationTimestamp ? new Date(response.expirationTimestamp) : new Date(Date.now() + lifetimeSeconds * 1e3);
  return { token, expiresAt };
}

export {
  planSteps,
  runSteps,
  planOffboard,
  runOffboard,
  removeHostsBlock,
  proxyRuntime,
  autoRegisterGroup,
  isWorkloadEntry,
  hostsBlockOf,
  applyAll,
  rollback,
  outOfRotation,
  restoreVm,
  outboundProbeCommand,
  ACCESS_LOG_TAIL,
  dropKept,
  verify,
  leasePlanLine,
  withVmLease,
  requestToken
};
