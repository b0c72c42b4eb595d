#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  autoRegisterGroup,
  dropKept,
  hostsBlockOf,
  leasePlanLine,
  outOfRotation,
  outboundProbeCommand,
  planSteps,
  proxyRuntime,
  requestToken,
  restoreVm,
  rollback,
  runSteps,
  verify,
  withVmLease
} from "./chunk-E7VBJWTH.js";
import "./chunk-OYH3DIMU.js";
import "./chunk-MELMUH5O.js";
import {
  inspect,
  proxyNoun,
  readProxy,
  tokenPath
} from "./chunk-D32WT4ZR.js";
import {
  buildBundle,
  pollReady,
  waitForAutoRegisteredEntry
} from "./chunk-HVQUJYAA.js";
import "./chunk-J7K5HPQA.js";
import {
  runStep
} from "./chunk-BCSFOWDV.js";
import "./chunk-IEOBNXGQ.js";
import "./chunk-PYZEXAEZ.js";
import {
  groupHealthChecks
} from "./chunk-ROXWVTFM.js";
import "./chunk-ASP4F4W2.js";
import "./chunk-5XDRLE64.js";
import "./chunk-AA4ZNUWX.js";
import "./chunk-4YKHFMZ6.js";
import "./chunk-W5WJZYGS.js";
import "./chunk-BZEV6XFE.js";
import "./chunk-DUZVJ2RL.js";
import "./chunk-JOC6KVYR.js";
import "./chunk-NXY6E3WA.js";
import "./chunk-N6NMC47G.js";
import "./chunk-GGB3IVYU.js";
import "./chunk-B4I3RDRT.js";
import "./chunk-MBI4W7AN.js";
import {
  sshTarget
} from "./chunk-MSDVC3FO.js";
import {
  shellJoin
} from "./chunk-AURWTH66.js";
import "./chunk-ZT6DMEPR.js";
import "./chunk-LSYLP4SE.js";
import "./chunk-XDIF27FF.js";
import "./chunk-ZZDNQLL2.js";
import {
  StepError
} from "./chunk-GFWLNMO4.js";
import {
  formatDuration
} from "./chunk-KI37J66C.js";
import "./chunk-4RF5COTQ.js";

// src/plan/refresh-decision.ts
function windowText(ms) {
  return ms % 864e5 === 0 ? `${ms / 864e5}d` : formatDuration(ms);
}
var skip = (...reasons) => ({ refresh: false, restart: false, reasons });
function decideRefresh(f, withinMs, now = Date.now()) {
  const r = f.record;
  if (!r.proxy) return skip("the proxy could not be read: refresh decides only on what it read (see the problems)");
  if (r.proxy === "none") return skip("no proxy on the VM: onboard it (refresh never registers a VM)");
  if (!r.workloadEntry.present && !f.autoRegistered)
    return skip("no WorkloadEntry: the mesh does not route to the VM, and refresh never registers one; onboard it");
  if (f.otherFileDrift.length)
    return skip(
      `${f.otherFileDrift.join("; ")}: refresh writes only a fresh token and root certificate; onboard again to settle the files`
    );
  const reasons = [];
  let restart = false;
  const running = r.proxy === "running";
  if (!running) {
    reasons.push(`the proxy is ${r.proxy}: it cannot renew its certificate by itself`);
    restart = true;
  } else if (!r.certExpiresAt) {
    reasons.push("Envoy serves no workload certificate");
    restart = true;
  } else if (Date.parse(r.certExpiresAt) <= now) {
    reasons.push(`the workload certificate expired at ${r.certExpiresAt}`);
    restart = true;
  } else if (Date.parse(r.certExpiresAt) - now < withinMs) {
    reasons.push(
      `the workload certificate expires at ${r.certExpiresAt}, within ${windowText(withinMs)}: pilot-agent renews at half its lifetime, so it is not renewing by itself`
    );
    if (!r.ready) restart = true;
  }
  if (f.rootCertChanged) {
    reasons.push("the VM's root certificate is not the mesh's current one (rotated): pilot-agent reads it only at start");
    restart = true;
  }
  if (!reasons.length) {
    if (running && !r.ready)
      return skip("not ready, with a valid certificate outside the window and the current root: not what refresh fixes (see the problems)");
    return skip(
      `healthy: the certificate is valid until ${r.certExpiresAt} (beyond ${windowText(withinMs)}) and the root certificate is the mesh's`
    );
  }
  if (!restart && f.runtime === "docker") {
    reasons.push("the docker runtime mounts the token as a single file: only a new container reads a fresh one");
    restart = true;
  }
  return { refresh: true, restart, reasons };
}

// src/modes/refresh-steps.ts
var refreshStep = (step) => step;
function need(value, what) {
  if (value === void 0) throw new Error(`internal: ${what} before the step that makes it`);
  return value;
}
var connect = refreshStep({
  name: "Connect to the VM",
  uses: ["ssh"],
  plan: (_, s) => [`connect ${sshTarget(s)}`],
  run: async (r, s) => {
    r.session = await runStep(r.result, r.ctx, "Connect to the VM", sshTarget(s), async (step) => {
      const opened = await r.connect();
      step.detail = `host key ${opened.hostKey.fingerprint} (${opened.hostKey.reason})`;
      return opened;
    });
  }
});
var prepare = refreshStep({
  name: "Prepare the VM",
  uses: ["proxy"],
  plan: () => [],
  run: async (r, s) => {
    const { ctx, runtime } = r;
    const session = need(r.session, "the VM");
    r.change = await runStep(r.result, ctx, "Prepare the VM", `${session.target} (${runtime.name})`, async (step) => {
      const prepared = await runtime.prepare(session, r.facts, ctx.log, ctx.signal);
      step.detail = prepared.detail;
      if (runtime.name === "docker" && !prepared.change.hadProxy)
        throw new StepError(
          `${proxyNoun(s)} on ${session.target} is gone since the check read it (another run held the VM's lease): nothing was refreshed`,
          "run refresh again: it reads the VM anew"
        );
      return prepared.change;
    });
  }
});
var token = refreshStep({
  name: "Mint the bootstrap token",
  uses: ["proxy"],
  plan: ({ w }, s) => [
    `request a token for ServiceAccount ${w.namespace}/${w.serviceAccount} (audience istio-ca, lifetime ${formatDuration(s.proxy.tokenLifetimeSeconds * 1e3)})`
  ],
  run: async (r, s) => {
    const { w, ctx } = r;
    r.token = await runStep(
      r.result,
      ctx,
      "Mint the bootstrap token",
      `ServiceAccount ${w.namespace}/${w.serviceAccount}`,
      async (step) => {
        const t = await requestToken(r.cluster, ctx.log, w.namespace, w.serviceAccount, s.proxy.tokenLifetimeSeconds);
        step.detail = `audience istio-ca, expires ${t.expiresAt.toISOString()}`;
        return t;
      }
    );
    r.result.tokenExpiresAt = r.token.expiresAt.toISOString();
  }
});
var writeBundle = refreshStep({
  name: "Write the fresh token and root certificate",
  // ssh: the VM's restore names it when the previous proxy cannot be brought back.
  uses: ["proxy", "workload", "ssh"],
  plan: ({ found }, s) => [
    `write the bootstrap bundle anew in ${s.proxy.runtime === "systemd" ? "Istio's paths" : s.proxy.configDir} (${tokenPath(s)} the new token${found.rootCertChanged ? ", istio-ca.pem the mesh's current root certificate" : ""}; every other file as it is), the previous files kept until the proxy is verified`
  ],
  run: async (r, s) => {
    const { w, ctx, result, runtime } = r;
    const session = need(r.session, "the VM");
    const change = need(r.change, "the VM's state");
    const files = buildBundle(w, r.found.facts, need(r.token, "the token").token, autoRegisterGroup(s, w));
    r.undo.push(restoreVm(s, runtime, change, r.hosts.marker, ctx.log, r.out, result));
    await runStep(
      result,
      ctx,
      "Write the fresh token and root certificate",
      `${session.target}:${s.proxy.runtime === "systemd" ? tokenPath(s) : s.proxy.configDir}`,
      async (step) => {
        change.switched = true;
        step.detail = await runtime.installBundle(session, files, r.hosts, ctx.log, ctx.signal);
      }
    );
  }
});
var startReady = refreshStep({
  name: "Start the proxy anew and wait for it",
  uses: ["proxy"],
  plan: ({ d, facts }, s) => [
    d.restart ? `start ${proxyNoun(s)} anew (${s.proxy.runtime === "docker" ? `a new container of the image it runs, ${facts.image}; the previous one stopped and kept` : "systemctl restart"}), then wait up to ${formatDuration(s.proxy.readyTimeoutMs)} for :15020/healthz/ready` : `no restart: pilot-agent reads the new token at its next certificate request; check :15020/healthz/ready`
  ],
  run: async (r, s) => {
    const { d, w, ctx, result, runtime } = r;
    const session = need(r.session, "the VM");
    const change = need(r.change, "the VM's state");
    const startedAt = Date.now();
    let readyAtStart = false;
    if (d.restart) {
      await runStep(result, ctx, "Start the proxy anew", `${session.target} (${runtime.name})`, async (step) => {
        change.proxyStarted = true;
        const started = await runtime.start(session, w, r.facts, ctx.log, ctx.signal);
        readyAtStart = started.ready;
        step.detail = started.detail;
      });
    }
    await runStep(result, ctx, "Wait for the proxy to be ready", `${session.target} :15020/healthz/ready`, async (step) => {
      result.proxyStatus = "not-ready";
      if (d.restart && readyAtStart) step.detail = "ready within the round trip that started it";
      else if (d.restart) await runtime.waitReady(session, ctx.log, ctx.signal, startedAt);
      else {
        const { ready, last } = await pollReady(session, s, ctx.signal);
        if (!ready)
          throw new StepError(
            `the proxy on ${session.target} is not ready (last answer: ${last || "none"})`,
            `read the proxy's log (${runtime.logsCommand(20, "").join(" ")})`
          );
      }
      result.proxyStatus = "ready";
    });
  }
});
var groupEntry = refreshStep({
  name: "Wait for istiod's WorkloadEntry",
  uses: ["workload", "proxy"],
  when: ({ w, d }, s) => Boolean(autoRegisterGroup(s, w)) && d.restart,
  plan: ({ w }, s) => [
    `wait up to ${formatDuration(s.proxy.readyTimeoutMs)} for istiod's WorkloadEntry for ${w.address} (WorkloadGroup ${w.namespace}/${w.name})`
  ],
  run: async (r, s) => {
    const { w, ctx, result } = r;
    const group = autoRegisterGroup(s, w);
    await runStep(
      result,
      ctx,
      "Wait for istiod's WorkloadEntry",
      `WorkloadGroup ${w.namespace}/${group}, address ${w.address}`,
      async (step) => {
        const entry = await waitForAutoRegisteredEntry(r.cluster, w.namespace, group, w.address, {
          timeoutMs: s.proxy.readyTimeoutMs,
          healthChecks: groupHealthChecks(w),
          signal: ctx.signal
        });
        result.autoRegistered = entry;
        step.detail = `WorkloadEntry ${w.namespace}/${entry.name}${entry.healthy ? `, Healthy: ${entry.healthy}` : ""}`;
      }
    );
  }
});
var verifyTraffic = refreshStep({
  name: "Verify traffic",
  // proxy: the probe from the VM reads the interception (which address the mesh host is called at).
  uses: ["probe", "proxy"],
  when: (_, s) => s.probe.urls.length > 0 || Boolean(s.probe.fromVmUrl),
  plan: (_, s) => [
    ...s.probe.urls.map((url) => `probe ${url} from here (expect HTTP ${s.probe.expectedStatus})`),
    ...s.probe.fromVmUrl ? [`probe on the VM (expect HTTP ${s.probe.expectedStatus}): ${shellJoin(outboundProbeCommand(s.probe.fromVmUrl, "ivo-<uuid>"))}`] : []
  ],
  run: (r, s) => verify(s, r.runtime, r.w, r.ctx, r.result, need(r.session, "the VM"))
});
var readAgain = refreshStep({
  name: "Read the proxy again",
  uses: ["ssh", "proxy"],
  plan: () => [],
  run: async (r, s) => {
    const session = need(r.session, "the VM");
    const t = need(r.token, "the token");
    await runStep(r.result, r.ctx, "Read the proxy again", `${session.target} (Envoy admin :15000)`, async (step) => {
      const reading = await readProxy(session, s, [], r.ctx.signal);
      r.outcome.after = {
        ready: reading.proxy === "running" && reading.readyCode === "200",
        connected: reading.connected === true,
        certExpiresAt: reading.certExpiresAt,
        tokenExpiresAt: t.expiresAt.toISOString()
      };
      step.detail = `ready ${reading.readyCode}, connected ${reading.connected ?? "not read"}, certificate expires ${reading.certExpiresAt ?? "-"}`;
    });
  }
});
var REFRESH_STEPS = [connect, prepare, token, writeBundle, startReady, groupEntry, verifyTraffic, readAgain];

// src/modes/refresh.ts
async function refresh(s, ctx, result) {
  const found = await inspect(s, ctx, result, { keepSession: !s.dryRun });
  try {
    await decideAndRefresh(s, ctx, result, found);
  } finally {
    found.session?.close();
  }
}
async function decideAndRefresh(s, ctx, result, found) {
  const decision = decideRefresh(
    {
      record: found.record,
      rootCertChanged: found.rootCertChanged,
      otherFileDrift: found.otherFileDrift,
      autoRegistered: s.workload.registration === "workload-group",
      runtime: s.proxy.runtime
    },
    s.refresh.withinMs
  );
  const outcome = { action: "skipped", restart: false, reasons: decision.reasons };
  result.refresh = outcome;
  await runStep(result, ctx, "Decide", `refresh-within ${formatDuration(s.refresh.withinMs)}`, async (step) => {
    step.detail = `${decision.refresh ? decision.restart ? "refresh, the proxy started anew" : "refresh in place" : "skip"}: ${decision.reasons.join("; ")}`;
    if (found.unread)
      throw new StepError(
        `could not read everything (${found.unread} read(s) failed), so nothing was refreshed: ${found.record.problems.join("; ")}`,
        "fix access to the cluster or the VM and refresh again"
      );
  });
  if (!decision.refresh) return;
  outcome.restart = decision.restart;
  if (s.dryRun) {
    outcome.action = "planned";
    result.plan = planText(s, found, decision);
    result.proxyStatus = "planned";
    return;
  }
  outcome.action = "failed";
  await withVmLease(
    s,
    ctx,
    result,
    found.cluster,
    `refresh ${found.workload.namespace}/${found.workload.name}`,
    () => refreshVm(s, ctx, result, found, decision, outcome)
  );
  outcome.action = "refreshed";
}
function ownProxy(s, found) {
  const facts = found.facts;
  return { own: { ...s, proxy: { ...s.proxy, sidecarPackage: "" } }, facts: found.image ? { ...facts, image: found.image } : facts };
}
function refreshPlan(s, found, d) {
  const { own, facts } = ownProxy(s, found);
  const w = found.workload;
  return { own, p: { found, d, w, facts, runtime: proxyRuntime(own), hosts: hostsBlockOf(w) } };
}
function planText(s, found, d) {
  const { own, p } = refreshPlan(s, found, d);
  return [
    `refresh ${sshTarget(s)}: ${d.reasons.join("; ")}`,
    leasePlanLine(s),
    ...planSteps(REFRESH_STEPS, p, own),
    "no object is written to the cluster: the WorkloadEntry and the registration stay as they are",
    "on any failure: the previous proxy and files back, waited for; a previous proxy that cannot be brought back ready takes the VM out of rotation"
  ];
}
async function refreshVm(s, ctx, result, found, d, outcome) {
  const { own, p } = refreshPlan(s, found, d);
  const r = {
    ...p,
    ctx,
    result,
    cluster: found.cluster,
    outcome,
    // The reading's connection, still open after the lease (a long wait may have lost it: then a new one).
    connect: () => found.session && !found.session.closed ? Promise.resolve(found.session) : ctx.connect.vm(s, ctx.log, ctx.signal),
    undo: [],
    out: outOfRotation(s, p.w, found.rendered)
  };
  await runSteps(REFRESH_STEPS, r, own, async () => {
    if (!r.session) return;
    if (result.proxyStatus === "ready") result.proxyStatus = "not-ready";
    await rollback(own, ctx, result, found.cluster, r.session, r.undo, r.out);
    r.session.close();
  });
  if (!r.session || !r.change) throw new Error("internal: the steps ran without connecting to and preparing the VM");
  await dropKept(p.runtime, r.session, r.change, ctx, result);
}
export {
  refresh
};
