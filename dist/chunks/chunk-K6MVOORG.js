#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  leasePlanLine,
  proxyRuntime,
  withVmLease
} from "./chunk-CX3HWQVU.js";
import {
  readMeshFacts
} from "./chunk-EQOMZAF6.js";
import {
  autoRegisteredEntries,
  buildBundle,
  checkFactsForRuntime,
  entryAddress,
  pollReady,
  waitForAutoRegisteredEntry
} from "./chunk-THRUW7VD.js";
import {
  checkOnServer,
  recordObject,
  renderStep
} from "./chunk-DOWO7A3Q.js";
import {
  groupHealthChecks,
  hostsBlockLines,
  hostsBlockMarker,
  probeHost
} from "./chunk-WXK2UNC2.js";
import {
  derivedForms
} from "./chunk-EJPJCUSO.js";
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
  boundedSignal
} from "./chunk-XDIF27FF.js";
import {
  retry
} from "./chunk-ZZDNQLL2.js";
import {
  applyObject,
  deleteObject,
  readObject
} from "./chunk-B3GKDEFO.js";
import {
  FIELD_MANAGER
} from "./chunk-W5WJZYGS.js";
import {
  objectRef
} from "./chunk-4YKHFMZ6.js";
import {
  clusterError
} from "./chunk-B4I3RDRT.js";
import {
  StepError
} from "./chunk-GFWLNMO4.js";
import {
  formatDuration
} from "./chunk-KI37J66C.js";

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
var SERVER_SET_METADATA = ["uid", "resourceVersion", "creationTimestamp", "managedFields", "generation", "selfLink"];
function asApplied(live) {
  const copy = structuredClone(live);
  delete copy.status;
  for (const k of SERVER_SET_METADATA) delete copy.metadata[k];
  return copy;
}
async function applyAll(ctx, cluster, objects, result, undo) {
  for (const r of objects) {
    let mine;
    const applyOne = async () => {
      const before = await readObject(cluster, r.object) ?? null;
      if (before && r.object.kind === "Namespace") return { object: before, action: "unchanged" };
      mine = before ? restoreObject(ctx, r, before) : deleteCreated(ctx, r, result);
      undo.push(mine);
      const applied2 = await applyObject(cluster, r.object, { dryRun: false, before });
      if (applied2.action === "unchanged" || !before && applied2.action !== "created") undo.splice(undo.indexOf(mine), 1);
      return applied2;
    };
    const applied = ctx.once ? await ctx.once(sharedApplyKey(r.object), applyOne) : await applyOne();
    if (applied.action === "created" && !mine) undo.push(deleteCreated(ctx, r, result));
    recordObject(result, r, applied.action);
  }
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
function planText(s, runtime, w, rendered, facts, files) {
  const pin = s.ssh.knownHosts.length ? "pinned by ssh-known-hosts" : s.ssh.fingerprints.length ? "pinned by ssh-host-fingerprint" : s.ssh.strictHostKey ? "NOT PINNED: would be refused" : "not checked (ssh-strict-host-key: false)";
  const lines = [
    `read mesh facts from namespace ${s.cluster.istioNamespace}${facts ? `: image ${facts.image}, trust domain ${facts.trustDomain}, gateway ${facts.gateway.address} (${facts.gateway.source})` : " (no kubeconfig given: not read)"}`,
    leasePlanLine(s),
    `connect ${sshTarget(s)} (host key ${pin})`,
    `apply (server-side, field manager ${FIELD_MANAGER}; an object this run creates is deleted on failure, one it changes is applied again as it was):`,
    ...rendered.filter((r) => !isWorkloadEntry(r)).map((r) => `  ${objectRef(r.object)}`),
    `request a token for ServiceAccount ${w.namespace}/${w.serviceAccount} (audience istio-ca, lifetime ${formatDuration(s.proxy.tokenLifetimeSeconds * 1e3)})`,
    ...runtime.planLines(w, facts, files, hostsBlockOf(w), REDACTED)
  ];
  if (autoRegisterGroup(s, w))
    lines.push(
      `wait up to ${formatDuration(s.proxy.readyTimeoutMs)} until istiod has created the WorkloadEntry for ${w.address} from WorkloadGroup ${w.namespace}/${autoRegisterGroup(s, w)}${groupHealthChecks(w) ? " and marked it Healthy (the group's probe passes on the VM)" : ""}`
    );
  else
    lines.push("apply (server-side) once the proxy is ready:", ...rendered.filter(isWorkloadEntry).map((r) => `  ${objectRef(r.object)}`));
  for (const url of s.probe.urls)
    lines.push(
      `probe ${url} from here with x-request-id ivo-<uuid> (expect HTTP ${s.probe.expectedStatus}, retry up to ${formatDuration(s.probe.timeoutMs)})`
    );
  if (s.probe.fromVmUrl)
    lines.push(
      `probe on the VM (expect HTTP ${s.probe.expectedStatus}): ${shellJoin(outboundProbeCommand(s.probe.fromVmUrl, "ivo-<uuid>"))}`
    );
  if (s.probe.urls.length || s.probe.fromVmUrl)
    lines.push(`read the access log: ${shellJoin(runtime.logsCommand(ACCESS_LOG_TAIL, "<run start>"))}`);
  lines.push(
    "on any failure: undo in reverse (a previous proxy, its files and hosts block restored and waited for; what this run created removed); once verified: drop what was kept"
  );
  return lines;
}
async function dryRun(s, ctx, result, rendered, w) {
  let facts;
  let files;
  if (s.cluster.kubeconfig) {
    const cluster = await ctx.connect.cluster(s.cluster.kubeconfig, s.cluster.context, ctx.log, ctx.signal, s.cluster.requestTimeoutMs);
    facts = await runStep(
      result,
      ctx,
      "Read mesh facts",
      `${cluster.server} ${s.cluster.istioNamespace}`,
      async () => checkFactsForRuntime(s, w, await readMeshFacts(cluster, s))
    );
    files = buildBundle(w, facts, REDACTED, autoRegisterGroup(s, w));
    await runStep(result, ctx, "Server-side dry-run and live diff", cluster.server, async (step) => {
      step.detail = await checkOnServer(cluster, w.namespace, rendered, result);
    });
  }
  result.plan = planText(s, proxyRuntime(s), w, rendered, facts, files);
  result.proxyStatus = "planned";
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
function openEarly(s, ctx) {
  const started = performance.now();
  const stop = new AbortController();
  let took;
  const session = ctx.connect.vm(s, ctx.log, AbortSignal.any([ctx.signal, stop.signal])).then((opened) => {
    took = Math.round(performance.now() - started);
    return opened;
  });
  session.catch(() => void 0);
  return {
    session,
    tookMs: () => took,
    abandon: () => {
      stop.abort(new StepError("the run ended before it reached the VM"));
      void session.then(
        (opened) => opened.close(),
        () => void 0
      );
    }
  };
}
async function onboard(s, ctx, result) {
  const { objects: rendered, workload: w } = await renderStep(s, ctx, result, "planned");
  if (s.dryRun) return dryRun(s, ctx, result, rendered, w);
  const opening = openEarly(s, ctx);
  let reached = false;
  try {
    const cluster = await ctx.connect.cluster(
      s.cluster.kubeconfig,
      s.cluster.context,
      ctx.log,
      ctx.signal,
      s.cluster.requestTimeoutMs
    );
    const read = () => readMeshFacts(cluster, s);
    const facts = await runStep(
      result,
      ctx,
      "Read mesh facts",
      `${cluster.server} ${s.cluster.istioNamespace}`,
      async () => checkFactsForRuntime(
        s,
        w,
        await (ctx.once ? ctx.once(`mesh-facts\0${s.proxy.image}\0${s.workload.network}\0${s.proxy.gatewayAddress}`, read) : read())
      )
    );
    return await withVmLease(s, ctx, result, cluster, `onboard ${w.namespace}/${w.name}`, () => {
      reached = true;
      return onboardVm(s, ctx, result, cluster, facts, rendered, w, opening);
    });
  } finally {
    if (!reached) opening.abandon();
  }
}
async function onboardVm(s, ctx, result, cluster, facts, rendered, w, opening) {
  const runtime = proxyRuntime(s);
  const session = await runStep(result, ctx, "Connect to the VM", sshTarget(s), async (step) => {
    const opened = await opening.session;
    step.detail = `host key ${opened.hostKey.fingerprint} (${opened.hostKey.reason}); opened beside the mesh facts and the lease, in ${opening.tookMs() ?? "?"} ms`;
    return opened;
  });
  const undo = [];
  const hosts = hostsBlockOf(w);
  const out = outOfRotation(s, w, rendered);
  let change;
  try {
    change = await runStep(result, ctx, "Prepare the VM", `${session.target} (${runtime.name})`, async (step) => {
      const prepared = await runtime.prepare(session, facts, ctx.log, ctx.signal);
      step.detail = prepared.detail;
      result.proxyVersion = { before: prepared.change.previous || "none", after: prepared.change.next };
      return prepared.change;
    });
    await runStep(
      result,
      ctx,
      "Register the workload",
      `${w.namespace}/${w.name}`,
      () => applyAll(
        ctx,
        cluster,
        rendered.filter((r) => !isWorkloadEntry(r)),
        result,
        undo
      )
    );
    const token = await runStep(
      result,
      ctx,
      "Mint the bootstrap token",
      `ServiceAccount ${w.namespace}/${w.serviceAccount}`,
      async (step) => {
        const t = await requestToken(cluster, ctx.log, w.namespace, w.serviceAccount, s.proxy.tokenLifetimeSeconds);
        step.detail = `audience istio-ca, expires ${t.expiresAt.toISOString()}`;
        return t;
      }
    );
    result.tokenExpiresAt = token.expiresAt.toISOString();
    result.bootstrap = {
      image: facts.image,
      gateway: facts.gateway.address,
      gatewaySource: facts.gateway.source,
      trustDomain: facts.trustDomain,
      configDir: s.proxy.configDir
    };
    const files = buildBundle(w, facts, token.token, autoRegisterGroup(s, w));
    undo.push(restoreVm(s, runtime, change, hosts.marker, ctx.log, out, result));
    if (runtime.installPackage) {
      const install = runtime.installPackage.bind(runtime);
      await runStep(result, ctx, "Install the istio-sidecar package", session.target, async (step) => {
        step.detail = await install(session, change, ctx.signal);
      });
    }
    await runStep(result, ctx, "Transfer the bootstrap bundle", `${session.target}:${s.proxy.configDir}`, async (step) => {
      change.switched = true;
      step.detail = await runtime.installBundle(session, files, hosts, ctx.log, ctx.signal);
    });
    if (s.proxy.start) {
      const startedAt = Date.now();
      let readyAtStart = false;
      await runStep(result, ctx, "Start the proxy", `${session.target} (${runtime.name})`, async (step) => {
        change.proxyStarted = true;
        const started = await runtime.start(session, w, facts, ctx.log, ctx.signal);
        readyAtStart = started.ready;
        step.detail = started.detail;
      });
      await runStep(result, ctx, "Wait for the proxy to be ready", `${session.target} :15020/healthz/ready`, async (step) => {
        result.proxyStatus = "not-ready";
        if (readyAtStart) step.detail = "ready within the round trip that started it";
        else await runtime.waitReady(session, ctx.log, ctx.signal, startedAt);
        result.proxyStatus = "ready";
      });
    }
    if (autoRegisterGroup(s, w)) {
      await runStep(
        result,
        ctx,
        "Wait for istiod's WorkloadEntry",
        `WorkloadGroup ${w.namespace}/${autoRegisterGroup(s, w)}, address ${w.address}`,
        async (step) => {
          const entry = await waitForAutoRegisteredEntry(cluster, w.namespace, autoRegisterGroup(s, w), w.address, {
            timeoutMs: s.proxy.readyTimeoutMs,
            healthChecks: groupHealthChecks(w),
            signal: ctx.signal
          });
          result.autoRegistered = entry;
          step.detail = `WorkloadEntry ${w.namespace}/${entry.name}, created by istiod${entry.healthy ? `, Healthy: ${entry.healthy}` : ""}`;
        }
      );
    } else {
      await runStep(
        result,
        ctx,
        "Make the WorkloadEntry live",
        `${w.namespace}/${w.name}`,
        () => applyAll(ctx, cluster, rendered.filter(isWorkloadEntry), result, undo)
      );
    }
    if (s.probe.urls.length || s.probe.fromVmUrl) await verify(s, runtime, w, ctx, result, session);
  } catch (err) {
    if (result.proxyStatus === "ready") result.proxyStatus = "not-ready";
    await rollback(s, ctx, result, cluster, session, undo, out);
    session.close();
    throw err;
  }
  await dropKept(runtime, session, change, ctx, result);
}
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

export {
  requestToken,
  outboundProbeCommand,
  autoRegisterGroup,
  hostsBlockOf,
  sharedApplyKey,
  rollback,
  outOfRotation,
  restoreVm,
  onboard,
  dropKept,
  verify
};
