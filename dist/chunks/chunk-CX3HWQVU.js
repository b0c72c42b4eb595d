#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  acquireVmLease,
  runIdentity,
  vmLeaseName
} from "./chunk-KPKXGWPU.js";
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
  bundleStdin,
  commit,
  commitProxyCommand,
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
} from "./chunk-THRUW7VD.js";
import {
  runStep
} from "./chunk-A73BJRWB.js";
import {
  sshTarget
} from "./chunk-FQF4GQTV.js";
import {
  shellJoin
} from "./chunk-AURWTH66.js";
import {
  StepError
} from "./chunk-GFWLNMO4.js";
import {
  formatDuration
} from "./chunk-KI37J66C.js";

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
import { basename } from "node:path";
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
    stop: (session, signal) => removeProxy(session, s, signal),
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
    stop: (session, signal) => stopUnit(session, s, signal),
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

export {
  removeHostsBlock,
  proxyRuntime,
  leasePlanLine,
  withVmLease
};
