#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  BUNDLE_FILE_NAMES,
  HOSTS_FILE,
  ProxyNotCreated,
  buildBundle,
  checkGatewayForRuntime,
  formatMode,
  installBundle,
  installBundleCommand,
  leasePlanLine,
  prepareRuntime,
  proxyLogs,
  proxyLogsCommand,
  readinessCommand,
  removeBundle,
  removeHostsBlock,
  removeProxy,
  removeProxyCommand,
  replaceProxyCommand,
  startProxy,
  systemdPlanLines,
  waitForAutoRegisteredEntry,
  waitReady,
  withVmLease
} from "./chunk-HV6HDBC4.js";
import {
  checkOnServer,
  recordObject,
  renderStep
} from "./chunk-NEAU2N5X.js";
import "./chunk-5ECFXHHT.js";
import {
  derivedForms
} from "./chunk-KTVD4AF7.js";
import {
  runStep
} from "./chunk-P3XPYN3B.js";
import {
  shellJoin,
  sshTarget
} from "./chunk-SG66VA6L.js";
import {
  boundedSignal
} from "./chunk-LEHTC4SJ.js";
import {
  retry
} from "./chunk-PSA7ZYX7.js";
import {
  applyObject,
  deleteObject,
  readObject
} from "./chunk-5US62IXA.js";
import {
  clusterError,
  isNotFound
} from "./chunk-FKQUI7BX.js";
import {
  StepError
} from "./chunk-GFWLNMO4.js";
import {
  groupHealthChecks,
  hostsBlockLines,
  hostsBlockMarker,
  probeHost
} from "./chunk-B3MD6BBD.js";
import "./chunk-EBGFFS5Q.js";
import "./chunk-LXWWS5PC.js";
import "./chunk-RFREMJZE.js";
import "./chunk-YEWBN7YJ.js";
import "./chunk-GGB3IVYU.js";
import "./chunk-MBI4W7AN.js";
import {
  FIELD_MANAGER
} from "./chunk-GGUS7PYH.js";
import {
  objectRef
} from "./chunk-4YKHFMZ6.js";
import {
  formatDuration
} from "./chunk-KI37J66C.js";
import "./chunk-DUZVJ2RL.js";
import {
  require_dist
} from "./chunk-N6NMC47G.js";
import "./chunk-I65N7RUE.js";
import "./chunk-NXY6E3WA.js";
import {
  __toESM
} from "./chunk-4RF5COTQ.js";

// src/cluster/mesh-facts.ts
var import_yaml = __toESM(require_dist(), 1);
import { isIP } from "node:net";
var GATEWAY_SERVICES = ["istio-eastwestgateway", "istio-ingressgateway"];
async function readConfigMapKey(cluster, ns, name, key, what) {
  let cm;
  try {
    cm = await cluster.call(() => cluster.core.readNamespacedConfigMap({ name, namespace: ns }));
  } catch (err) {
    if (isNotFound(err)) {
      throw new StepError(
        `${what} not found: ConfigMap ${ns}/${name} does not exist`,
        `is Istio installed with its control plane in namespace ${ns}? If it is elsewhere, set istio-namespace`
      );
    }
    throw clusterError(`read ConfigMap ${ns}/${name}`, err);
  }
  const value = cm.data?.[key];
  if (!value) throw new StepError(`${what} not found: ConfigMap ${ns}/${name} has no key ${key}`, "check the Istio installation");
  return value;
}
async function findGateway(cluster, s) {
  if (s.proxy.gatewayAddress) return { address: s.proxy.gatewayAddress, isHostname: !isIP(s.proxy.gatewayAddress), source: "input gateway-address" };
  const ns = s.cluster.istioNamespace;
  for (const name of GATEWAY_SERVICES) {
    let svc;
    try {
      svc = await cluster.call(() => cluster.core.readNamespacedService({ name, namespace: ns }));
    } catch (err) {
      if (isNotFound(err)) continue;
      throw clusterError(`read Service ${ns}/${name}`, err);
    }
    const ingress = svc.status?.loadBalancer?.ingress?.[0];
    const address = ingress?.ip || ingress?.hostname;
    if (!address) {
      throw new StepError(`gateway Service ${ns}/${name} has no load balancer address yet`, "wait for the load balancer, or set gateway-address");
    }
    return { address, isHostname: !ingress?.ip, source: `Service ${ns}/${name}` };
  }
  throw new StepError(
    `no gateway for VMs found: none of the Services ${GATEWAY_SERVICES.map((n) => `${ns}/${n}`).join(", ")} exists`,
    "install an east-west gateway that exposes istiod (ports 15012, 15443), or set gateway-address"
  );
}
async function readMeshFacts(cluster, s) {
  const ns = s.cluster.istioNamespace;
  const meshText = await readConfigMapKey(cluster, ns, "istio", "mesh", "Istio mesh config");
  const mesh = (0, import_yaml.parse)(meshText) ?? {};
  const valuesText = await readConfigMapKey(cluster, ns, "istio-sidecar-injector", "values", "Istio sidecar injector values");
  let values;
  try {
    values = JSON.parse(valuesText);
  } catch {
    throw new StepError(`ConfigMap ${ns}/istio-sidecar-injector key values is not JSON`, "check the Istio installation");
  }
  const g = values.global ?? {};
  if (g.jwtPolicy && g.jwtPolicy !== "third-party-jwt") {
    throw new StepError(`the mesh uses jwtPolicy ${g.jwtPolicy}; VM onboarding needs third-party-jwt`, "install Istio with values.global.jwtPolicy=third-party-jwt");
  }
  if (g.pilotCertProvider && g.pilotCertProvider !== "istiod") {
    throw new StepError(`the mesh uses pilotCertProvider ${g.pilotCertProvider}; VM onboarding needs istiod`, "install Istio with values.global.pilotCertProvider=istiod");
  }
  const rootCertPem = await readConfigMapKey(cluster, ns, "istio-ca-root-cert", "root-cert.pem", "the mesh root certificate");
  const proxyImage = g.proxy?.image ?? "proxyv2";
  const image = s.proxy.image || (proxyImage.includes("/") ? proxyImage : `${g.hub ?? "docker.io/istio"}/${proxyImage}:${g.tag ?? "latest"}`);
  const defaultConfig = mesh.defaultConfig ?? {};
  const proxyMetadata = Object.fromEntries(Object.entries(defaultConfig.proxyMetadata ?? {}).map(([k, v]) => [k, String(v)]));
  return {
    istioNamespace: ns,
    trustDomain: mesh.trustDomain || "cluster.local",
    defaultConfig,
    proxyMetadata,
    image,
    clusterName: g.multiCluster?.clusterName || "Kubernetes",
    network: s.workload.network || g.network || "",
    meshId: g.meshID || mesh.trustDomain || "cluster.local",
    rootCertPem,
    gateway: await findGateway(cluster, s)
  };
}

// src/cluster/token.ts
var ISTIO_CA_AUDIENCE = "istio-ca";
async function requestToken(cluster, log, namespace, serviceAccount, lifetimeSeconds) {
  let response;
  try {
    response = await cluster.call(
      () => cluster.core.createNamespacedServiceAccountToken({
        name: serviceAccount,
        namespace,
        body: { apiVersion: "authentication.k8s.io/v1", kind: "TokenRequest", spec: { audiences: [ISTIO_CA_AUDIENCE], expirationSeconds: lifetimeSeconds } }
      })
    );
  } catch (err) {
    throw clusterError(`request a token for ServiceAccount ${namespace}/${serviceAccount}`, err);
  }
  const token = response.status?.token;
  if (!token) throw clusterError(`request a token for ServiceAccount ${namespace}/${serviceAccount}`, new Error("the API server returned no token"));
  for (const form of derivedForms(token)) log.secret(form);
  const expiresAt = response.status?.expirationTimestamp ? new Date(response.status.expirationTimestamp) : new Date(Date.now() + lifetimeSeconds * 1e3);
  return { token, expiresAt };
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
  if ([xff, ua, id, auth, upHost].some((x) => !x.quoted) || [bRx, bTx, dur, svc, cluster, upLocal, downLocal, downRemote, sni, route].some((x) => x.quoted)) return void 0;
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
  const result = { direction, url, passed, httpStatus: last.status, latencyMs: last.latencyMs, requestId: id, requestIds: ids, attempts: ids.length };
  if (!passed) {
    const got = last.bypassed ? `HTTP ${last.status} from ${last.bypassed}, not through the sidecar` : last.status ? `HTTP ${last.status}, expected ${s.probe.expectedStatus}` : `no answer (${last.error ?? "unknown error"}), expected ${s.probe.expectedStatus}`;
    result.error = `${direction} probe ${url} got ${got}, after ${ids.length} attempt(s) in ${Math.round(s.probe.timeoutMs / 1e3)} s`;
  }
  log.info(`${direction} probe ${url}: ${passed ? "passed" : "failed"} (HTTP ${last.status || "-"}, ${last.latencyMs} ms, request ID ${id}, attempt ${ids.length})`);
  return result;
}
function probeInbound(url, s, log, signal) {
  return probe("inbound", url, s, log, signal, async (id) => {
    const started = performance.now();
    try {
      const res = await fetch(url, { headers: { "x-request-id": id, "user-agent": "istio-vm-onboard-probe" }, signal: AbortSignal.any([signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]), redirect: "manual" });
      await res.arrayBuffer();
      return { status: res.status, latencyMs: Math.round(performance.now() - started) };
    } catch (err) {
      signal.throwIfAborted();
      const cause = err.cause;
      return { status: 0, latencyMs: Math.round(performance.now() - started), error: cause?.code ?? cause?.message ?? err.message };
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
  if (!result.passed && listen) {
    const r = await session.exec(resolveOnVmCommand(listen.host), { timeoutMs: ATTEMPT_TIMEOUT_MS, signal });
    const addresses = [...new Set(r.stdout.split("\n").map((l) => l.trim().split(/\s+/)[0]).filter((a) => !!a))];
    const resolved = addresses.length ? `resolved to ${addresses.join(" and ")}` : r.code === 127 ? "could not be resolved (getent is not installed)" : "did not resolve";
    const u = new URL(s.probe.fromVmUrl);
    result.error += `; on the VM ${listen.host} ${resolved}; the sidecar listens on ${listen.address}:${u.port || (u.protocol === "https:" ? 443 : 80)}`;
  }
  return result;
}

// src/modes/onboard.ts
function autoRegisterGroup(s, w) {
  return s.workload.registration === "workload-group" ? w.name : "";
}
var REDACTED = "<redacted: minted at run time>";
var ACCESS_LOG_TAIL = 500;
var LOG_CLOCK_SKEW_MS = 5 * 6e4;
function isWorkloadEntry(r) {
  return r.object.kind === "WorkloadEntry";
}
function hostsBlockOf(w) {
  return { marker: hostsBlockMarker(w), lines: hostsBlockLines(w.meshHosts) };
}
function sharedApplyKey(obj) {
  return `apply\0${JSON.stringify(obj)}`;
}
async function applyAll(ctx, cluster, objects, result, undo) {
  for (const r of objects) {
    const applyOne = async () => {
      const before = await readObject(cluster, r.object) ?? null;
      if (before && r.object.kind === "Namespace") return { object: before, action: "unchanged" };
      if (!before) undo.created.push(r.object);
      const applied2 = await applyObject(cluster, r.object, { dryRun: false, before });
      if (!before && applied2.action !== "created") undo.created.pop();
      return applied2;
    };
    const applied = ctx.once ? await ctx.once(sharedApplyKey(r.object), applyOne) : await applyOne();
    if (applied.action === "created" && !undo.created.includes(r.object)) undo.created.push(r.object);
    recordObject(result, r, applied.action);
  }
}
function planText(s, w, rendered, facts, files) {
  const hosts = hostsBlockOf(w);
  const pin = s.ssh.knownHosts.length ? "pinned by ssh-known-hosts" : s.ssh.fingerprints.length ? "pinned by ssh-host-fingerprint" : s.ssh.strictHostKey ? "NOT PINNED: would be refused" : "not checked (ssh-strict-host-key: false)";
  const lines = [
    `read mesh facts from namespace ${s.cluster.istioNamespace}${facts ? `: image ${facts.image}, trust domain ${facts.trustDomain}, gateway ${facts.gateway.address} (${facts.gateway.source})` : " (no kubeconfig given: not read)"}`,
    leasePlanLine(s),
    `connect ${sshTarget(s)} (host key ${pin})`,
    `apply (server-side, field manager ${FIELD_MANAGER}):`,
    ...rendered.filter((r) => !isWorkloadEntry(r)).map((r) => `  ${objectRef(r.object)}`),
    `request a token for ServiceAccount ${w.namespace}/${w.serviceAccount} (audience istio-ca, lifetime ${formatDuration(s.proxy.tokenLifetimeSeconds * 1e3)})`
  ];
  if (s.proxy.runtime === "systemd") {
  } else if (files) {
    lines.push(`write the bootstrap bundle and the ${HOSTS_FILE} block with: ${shellJoin(installBundleCommand(s, hosts))}`);
    for (const f of files) {
      lines.push(`  ${s.proxy.configDir}/${f.name} (mode ${formatMode(f.mode)}):`);
      lines.push(...(f.secret ? [REDACTED] : f.content.trimEnd().split("\n")).map((l) => `    | ${l}`));
    }
  } else {
    lines.push(`write the bootstrap bundle (${BUNDLE_FILE_NAMES.join(", ")}) into ${s.proxy.configDir}`);
  }
  if (s.proxy.runtime !== "systemd") lines.push(
    hosts.lines.length ? `${HOSTS_FILE} on the VM: the block "# BEGIN ${hosts.marker}" holds (no other line changes):` : `${HOSTS_FILE} on the VM: no mesh hosts, so no block "# BEGIN ${hosts.marker}" (an old one is removed)`,
    ...hosts.lines.map((l) => `    | ${l}`)
  );
  if (s.proxy.start && s.proxy.runtime === "systemd") {
    lines.push(...systemdPlanLines(s, files, hosts));
  } else if (s.proxy.start) {
    lines.push(facts ? `run (a previous container removed, then docker run, in one round trip): ${shellJoin(replaceProxyCommand(s, w, facts))}` : `run, in one round trip: ${shellJoin(removeProxyCommand(s))}, then docker run ... istio-proxy (image from the mesh install)`);
    lines.push(`wait up to ${formatDuration(s.proxy.readyTimeoutMs)} for: ${shellJoin(readinessCommand())}`);
  }
  if (autoRegisterGroup(s, w)) lines.push(`wait up to ${formatDuration(s.proxy.readyTimeoutMs)} until istiod has created the WorkloadEntry for ${w.address} from WorkloadGroup ${w.namespace}/${autoRegisterGroup(s, w)}${groupHealthChecks(w) ? " and marked it Healthy (the group's probe passes on the VM)" : ""}`);
  else lines.push("apply (server-side) once the proxy is ready:", ...rendered.filter(isWorkloadEntry).map((r) => `  ${objectRef(r.object)}`));
  for (const url of s.probe.urls) lines.push(`probe ${url} from here with x-request-id ivo-<uuid> (expect HTTP ${s.probe.expectedStatus}, retry up to ${formatDuration(s.probe.timeoutMs)})`);
  if (s.probe.fromVmUrl) lines.push(`probe on the VM (expect HTTP ${s.probe.expectedStatus}): ${shellJoin(outboundProbeCommand(s.probe.fromVmUrl, "ivo-<uuid>"))}`);
  if (s.probe.urls.length || s.probe.fromVmUrl) lines.push(`read the access log: ${shellJoin(proxyLogsCommand(s, ACCESS_LOG_TAIL, "<run start>"))}`);
  return lines;
}
async function dryRun(s, ctx, result, rendered, w) {
  let facts;
  let files;
  if (s.cluster.kubeconfig) {
    const cluster = await ctx.connect.cluster(s.cluster.kubeconfig, s.cluster.context, ctx.log, ctx.signal, s.cluster.requestTimeoutMs);
    facts = await runStep(result, ctx, "Read mesh facts", `${cluster.server} ${s.cluster.istioNamespace}`, async () => checkGatewayForRuntime(s, await readMeshFacts(cluster, s)));
    files = buildBundle(w, facts, REDACTED, autoRegisterGroup(s, w));
    await runStep(result, ctx, "Server-side dry-run and live diff", cluster.server, async (step) => {
      step.detail = await checkOnServer(cluster, w.namespace, rendered, result);
    });
  }
  result.plan = planText(s, w, rendered, facts, files);
  result.proxyStatus = "planned";
}
var ROLLBACK_TIMEOUT_MS = 6e4;
async function rollback(s, ctx, result, cluster, session, undo) {
  const bound = boundedSignal(ROLLBACK_TIMEOUT_MS, "the rollback");
  const signal = bound.signal;
  const own = cluster.withSignal(signal);
  const notes = [];
  const failed = [];
  const undoing = async (what, fn) => {
    try {
      notes.push(await fn());
    } catch (err) {
      failed.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  let reopened;
  await runStep(result, { log: ctx.log, signal }, "Roll back", `what this run created`, async (step) => {
    let on = session;
    if (session?.closed && (undo.proxyStarted || undo.bundleWritten.length || undo.hostsBlock)) {
      on = reopened = await ctx.connect.vm(s, ctx.log, signal).catch((err) => {
        failed.push(`reconnect to the VM to remove the container, bundle and ${HOSTS_FILE} block: ${err instanceof Error ? err.message : String(err)}`);
        return void 0;
      });
      if (on) notes.push("reconnected to the VM");
    }
    if (on && undo.proxyStarted) await undoing("remove the istio-proxy container", async () => await removeProxy(on, s, signal) ? "removed the istio-proxy container" : "istio-proxy container was already gone");
    if (on && undo.bundleWritten.length) {
      await undoing("remove the bundle files", async () => {
        await removeBundle(on, s, undo.bundleWritten, signal);
        return `removed ${undo.bundleWritten.length} bundle files`;
      });
    }
    if (on && undo.hostsBlock) {
      const marker = undo.hostsBlock;
      await undoing(`remove the ${HOSTS_FILE} block`, async () => {
        await removeHostsBlock(on, s, marker, signal);
        return `removed the ${HOSTS_FILE} block`;
      });
    }
    for (const obj of [...undo.created].reverse()) {
      if (obj.kind === "Namespace") continue;
      const others = ctx.usedByOthers?.(obj) ?? [];
      if (others.length) {
        notes.push(`kept ${objectRef(obj)}: ${others.join(", ")} of this run use it`);
        continue;
      }
      await undoing(`delete ${objectRef(obj)}`, async () => {
        const outcome = await deleteObject(own, obj);
        ctx.forget?.(sharedApplyKey(obj));
        const entry = result.objects.find((o) => o.kind === obj.kind && o.name === obj.metadata.name && o.namespace === obj.metadata.namespace);
        if (entry) entry.action = "rolled-back";
        return `${outcome} ${objectRef(obj)}`;
      });
    }
    step.detail = notes.join("; ") || "nothing to undo";
    if (failed.length) throw new StepError(`not undone: ${failed.join("; ")}`, "remove what is named here by hand: this run created it");
  }).catch(() => void 0).finally(() => {
    reopened?.close();
    bound.dispose();
  });
  if (result.error && (notes.length || failed.length)) result.error.message += ` (rolled back: ${[...notes, ...failed.map((f) => `NOT undone: ${f}`)].join("; ")})`;
}
async function onboard(s, ctx, result) {
  const { objects: rendered, workload: w } = await renderStep(s, ctx, result, "planned");
  if (s.dryRun) return dryRun(s, ctx, result, rendered, w);
  const cluster = await ctx.connect.cluster(s.cluster.kubeconfig, s.cluster.context, ctx.log, ctx.signal, s.cluster.requestTimeoutMs);
  const read = () => readMeshFacts(cluster, s);
  const facts = await runStep(result, ctx, "Read mesh facts", `${cluster.server} ${s.cluster.istioNamespace}`, async () => checkGatewayForRuntime(s, await (ctx.once ? ctx.once(`mesh-facts\0${s.proxy.image}\0${s.workload.network}\0${s.proxy.gatewayAddress}`, read) : read())));
  return withVmLease(s, ctx, result, cluster, `onboard ${w.namespace}/${w.name}`, () => onboardVm(s, ctx, result, cluster, facts, rendered, w));
}
async function onboardVm(s, ctx, result, cluster, facts, rendered, w) {
  const session = await runStep(result, ctx, "Connect to the VM", sshTarget(s), async (step) => {
    const opened = await ctx.connect.vm(s, ctx.log, ctx.signal);
    step.detail = `host key ${opened.hostKey.fingerprint} (${opened.hostKey.reason})`;
    return opened;
  });
  const undo = { created: [], proxyStarted: false, bundleWritten: [] };
  try {
    if (s.proxy.runtime === "systemd") {
      await runStep(result, ctx, "Install the istio-sidecar package", session.target, async (step) => {
        step.detail = await prepareRuntime(session, s, ctx.log, ctx.signal);
      });
    }
    await runStep(
      result,
      ctx,
      "Register the workload",
      `${w.namespace}/${w.name}`,
      () => applyAll(ctx, cluster, rendered.filter((r) => !isWorkloadEntry(r)), result, undo)
    );
    const token = await runStep(result, ctx, "Mint the bootstrap token", `ServiceAccount ${w.namespace}/${w.serviceAccount}`, async (step) => {
      const t = await requestToken(cluster, ctx.log, w.namespace, w.serviceAccount, s.proxy.tokenLifetimeSeconds);
      step.detail = `audience istio-ca, expires ${t.expiresAt.toISOString()}`;
      return t;
    });
    result.tokenExpiresAt = token.expiresAt.toISOString();
    result.bootstrap = { image: facts.image, gateway: facts.gateway.address, gatewaySource: facts.gateway.source, trustDomain: facts.trustDomain, configDir: s.proxy.configDir };
    const files = buildBundle(w, facts, token.token, autoRegisterGroup(s, w));
    const hosts = hostsBlockOf(w);
    await runStep(result, ctx, "Transfer the bootstrap bundle", `${session.target}:${s.proxy.configDir}`, async (step) => {
      undo.bundleWritten = files.map((f) => f.name);
      undo.hostsBlock = hosts.marker;
      const placed = await installBundle(session, s, files, hosts, ctx.log, ctx.signal);
      step.detail = placed ?? `${files.map((f) => `${f.name} ${formatMode(f.mode)}`).join(", ")}; ${HOSTS_FILE}: ${hosts.lines.length ? hosts.lines.join("; ") : "no mesh hosts"}`;
    });
    if (s.proxy.start) {
      await runStep(result, ctx, "Start the proxy", `${session.target} (${s.proxy.runtime})`, async () => {
        undo.proxyStarted = true;
        await startProxy(session, s, w, facts, ctx.log, ctx.signal).catch((err) => {
          if (err instanceof ProxyNotCreated) undo.proxyStarted = false;
          throw err;
        });
      });
      await runStep(result, ctx, "Wait for the proxy to be ready", `${session.target} :15020/healthz/ready`, async () => {
        result.proxyStatus = "not-ready";
        await waitReady(session, s, ctx.log, ctx.signal);
        result.proxyStatus = "ready";
      });
    }
    if (autoRegisterGroup(s, w)) {
      await runStep(result, ctx, "Wait for istiod's WorkloadEntry", `WorkloadGroup ${w.namespace}/${autoRegisterGroup(s, w)}, address ${w.address}`, async (step) => {
        const entry = await waitForAutoRegisteredEntry(cluster, w.namespace, autoRegisterGroup(s, w), w.address, { timeoutMs: s.proxy.readyTimeoutMs, healthChecks: groupHealthChecks(w), signal: ctx.signal });
        result.autoRegistered = entry;
        step.detail = `WorkloadEntry ${w.namespace}/${entry.name}, created by istiod${entry.healthy ? `, Healthy: ${entry.healthy}` : ""}`;
      });
    } else {
      await runStep(
        result,
        ctx,
        "Make the WorkloadEntry live",
        `${w.namespace}/${w.name}`,
        () => applyAll(ctx, cluster, rendered.filter(isWorkloadEntry), result, undo)
      );
    }
  } catch (err) {
    await rollback(s, ctx, result, cluster, session, undo);
    session.close();
    throw err;
  }
  try {
    if (s.probe.urls.length || s.probe.fromVmUrl) await verify(s, w, ctx, result, session);
  } finally {
    session.close();
  }
}
async function verify(s, w, ctx, result, session) {
  const since = new Date(Date.parse(result.startedAt) - LOG_CLOCK_SKEW_MS).toISOString();
  await runStep(result, ctx, "Verify traffic", [...s.probe.urls, s.probe.fromVmUrl].filter(Boolean).join(", "), async (step) => {
    for (const url of s.probe.urls) result.probes.push(await probeInbound(url, s, ctx.log, ctx.signal));
    if (s.probe.fromVmUrl) {
      const host = probeHost(s.probe.fromVmUrl)?.host;
      result.probes.push(await probeOutbound(s, session, w.meshHosts.find((e) => e.host === host), ctx.log, ctx.signal));
    }
    result.probeStatus = result.probes.every((p) => p.passed) ? "passed" : "failed";
    const ids = result.probes.flatMap((p) => p.requestIds);
    const wanted = result.probes.filter((p) => p.httpStatus !== 0).map((p) => p.requestId);
    await retry(
      async () => {
        result.accessLog = excerpt(await proxyLogs(session, s, ctx.signal, ACCESS_LOG_TAIL, since), ids);
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
      throw new StepError(failed.map((p) => p.error).join("; "), "check the probe URL, the expected status (probe-expected-status), and the access-log lines in the report");
    }
  });
}
export {
  onboard,
  sharedApplyKey
};
