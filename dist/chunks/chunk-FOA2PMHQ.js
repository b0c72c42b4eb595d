#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  ACCESS_LOG_TAIL,
  applyAll,
  autoRegisterGroup,
  dropKept,
  hostsBlockOf,
  isWorkloadEntry,
  leasePlanLine,
  outOfRotation,
  outboundProbeCommand,
  planSteps,
  proxyRuntime,
  removeHostsBlock,
  requestToken,
  restoreVm,
  rollback,
  runSteps,
  verify,
  withVmLease
} from "./chunk-E7VBJWTH.js";
import {
  HOSTS_FILE,
  autoRegisteredEntries,
  buildBundle,
  checkFactsForRuntime,
  entryAddress,
  readMeshFacts,
  removeHostsBlockCommand,
  waitForAutoRegisteredEntry,
  workloadEntries
} from "./chunk-HVQUJYAA.js";
import {
  checkOnServer,
  recordObject,
  renderStep
} from "./chunk-J7K5HPQA.js";
import {
  runStep
} from "./chunk-BCSFOWDV.js";
import {
  deleteObject,
  readObject
} from "./chunk-PYZEXAEZ.js";
import {
  groupHealthChecks
} from "./chunk-ROXWVTFM.js";
import {
  objectRef
} from "./chunk-4YKHFMZ6.js";
import {
  FIELD_MANAGER
} from "./chunk-W5WJZYGS.js";
import {
  sshTarget
} from "./chunk-MSDVC3FO.js";
import {
  shellJoin
} from "./chunk-AURWTH66.js";
import {
  StepError
} from "./chunk-GFWLNMO4.js";
import {
  formatDuration
} from "./chunk-KI37J66C.js";

// src/modes/workload-steps.ts
var workloadStep = (step) => step;
var REDACTED = "<redacted: minted at run time>";
function need(value, what) {
  if (value === void 0) throw new Error(`internal: ${what} before the step that makes it`);
  return value;
}
async function deleteOurs(cluster, r, result) {
  const live = await readObject(cluster, r.object);
  const managers = (live?.metadata.managedFields ?? []).map((m) => m.manager);
  let action = "absent";
  if (live && managers.includes(FIELD_MANAGER)) action = await deleteObject(cluster, r.object);
  else if (live) action = "unchanged";
  recordObject(result, r, action);
}
var identityAndRouting = (rendered) => rendered.filter((r) => !isWorkloadEntry(r));
var connect = workloadStep({
  name: "Connect to the VM",
  uses: ["ssh"],
  plan: (_, s) => {
    const pin = s.ssh.knownHosts.length ? "pinned by ssh-known-hosts" : s.ssh.fingerprints.length ? "pinned by ssh-host-fingerprint" : s.ssh.strictHostKey ? "NOT PINNED: would be refused" : "not checked (ssh-strict-host-key: false)";
    return [`connect ${sshTarget(s)} (host key ${pin})`];
  },
  run: async (r, s) => {
    r.session = await runStep(r.result, r.ctx, "Connect to the VM", sshTarget(s), async (step) => {
      const opened = await r.opening.session;
      step.detail = `host key ${opened.hostKey.fingerprint} (${opened.hostKey.reason}); opened as the run began, beside the render, the check, the mesh facts and the lease, in ${r.opening.tookMs() ?? "?"} ms`;
      return opened;
    });
  }
  // Offboarding connects at its first action on the VM (OffboardContext.vm).
});
var prepare = workloadStep({
  name: "Prepare the VM",
  uses: [],
  // Its line is the runtime's, among the VM's lines (ProxyRuntime.planLines: "..., before anything changes").
  plan: () => [],
  // Nothing has changed yet: a missing image or a bad package fails here, leaving all as it was.
  run: async (r) => {
    const session = need(r.session, "the VM");
    r.change = await runStep(r.result, r.ctx, "Prepare the VM", `${session.target} (${r.runtime.name})`, async (step) => {
      const prepared = await r.runtime.prepare(session, r.facts, r.ctx.log, r.ctx.signal);
      step.detail = prepared.detail;
      r.result.proxyVersion = { before: prepared.change.previous || "none", after: prepared.change.next };
      return prepared.change;
    });
  }
});
var register = workloadStep({
  name: "Register the workload",
  uses: [],
  plan: ({ rendered }) => [
    `apply (server-side, field manager ${FIELD_MANAGER}; an object this run creates is deleted on failure, one it changes is applied again as it was):`,
    ...identityAndRouting(rendered).map((r) => `  ${objectRef(r.object)}`)
  ],
  run: (r) => runStep(
    r.result,
    r.ctx,
    "Register the workload",
    `${r.w.namespace}/${r.w.name}`,
    () => applyAll(r.ctx, r.cluster, identityAndRouting(r.rendered), r.result, r.undo)
  ),
  offboard: {
    phase: "cluster",
    plan: ({ rendered }) => identityAndRouting(rendered).filter((r) => r.object.kind !== "Namespace").reverse().map(
      (r) => `delete ${objectRef(r.object)} (if applied by ${FIELD_MANAGER}${r.object.kind === "ServiceAccount" ? ", and no other WorkloadEntry runs as it" : ""})`
    ),
    run: (o) => runStep(o.result, o.ctx, "Remove the workload objects", `${o.w.namespace}/${o.w.name}`, async (step) => {
      const kept = [];
      const group = o.rendered.find((r) => r.object.kind === "WorkloadGroup");
      for (const r of identityAndRouting(o.rendered).filter((x) => x.object.kind !== "Namespace").reverse()) {
        if (o.groupInUse.length > 0) {
          recordObject(o.result, r, "unchanged");
          continue;
        }
        if (r.object.kind === "ServiceAccount") {
          const users = (await workloadEntries(o.cluster, o.w.namespace)).filter(
            (e) => e.spec?.serviceAccount === r.object.metadata.name
          );
          if (users.length) {
            recordObject(o.result, r, "unchanged");
            kept.push(
              `kept ${objectRef(r.object)}: WorkloadEntry ${users.map((e) => `${o.w.namespace}/${e.metadata.name}`).join(", ")} run${users.length === 1 ? "s" : ""} as it`
            );
            continue;
          }
        }
        await deleteOurs(o.cluster, r, o.result);
      }
      if (o.groupInUse.length > 0)
        step.detail = `kept: WorkloadGroup ${o.w.namespace}/${group?.object.metadata.name} still has ${o.groupInUse.join(", ")}`;
      else if (kept.length) step.detail = kept.join("; ");
    })
  }
});
var token = workloadStep({
  name: "Mint the bootstrap token",
  uses: ["proxy", "workload"],
  plan: ({ w }, s) => [
    `request a token for ServiceAccount ${w.namespace}/${w.serviceAccount} (audience istio-ca, lifetime ${formatDuration(s.proxy.tokenLifetimeSeconds * 1e3)})`
  ],
  run: async (r, s) => {
    const { w, result } = r;
    const t = await runStep(
      result,
      r.ctx,
      "Mint the bootstrap token",
      `ServiceAccount ${w.namespace}/${w.serviceAccount}`,
      async (step) => {
        const minted = await requestToken(r.cluster, r.ctx.log, w.namespace, w.serviceAccount, s.proxy.tokenLifetimeSeconds);
        step.detail = `audience istio-ca, expires ${minted.expiresAt.toISOString()}`;
        return minted;
      }
    );
    result.tokenExpiresAt = t.expiresAt.toISOString();
    result.bootstrap = {
      image: r.facts.image,
      gateway: r.facts.gateway.address,
      gatewaySource: r.facts.gateway.source,
      trustDomain: r.facts.trustDomain,
      configDir: s.proxy.configDir
    };
    r.files = buildBundle(w, r.facts, t.token, autoRegisterGroup(s, w));
  }
});
var switchVm = workloadStep({
  name: "Switch the VM's proxy",
  uses: ["ssh", "proxy"],
  plan: ({ runtime, w, facts, files, hosts }) => runtime.planLines(w, facts, files, hosts, REDACTED),
  run: async (r, s) => {
    const { ctx, result, runtime } = r;
    const session = need(r.session, "the VM");
    const change = need(r.change, "the VM's state");
    const files = need(r.files, "the bundle");
    r.undo.push(restoreVm(s, runtime, change, r.hosts.marker, ctx.log, r.out, result));
    if (runtime.installPackage) {
      const install = runtime.installPackage.bind(runtime);
      await runStep(result, ctx, "Install the istio-sidecar package", session.target, async (step) => {
        step.detail = await install(session, change, ctx.signal);
      });
    }
    await runStep(result, ctx, "Transfer the bootstrap bundle", `${session.target}:${s.proxy.configDir}`, async (step) => {
      change.switched = true;
      step.detail = await runtime.installBundle(session, files, r.hosts, ctx.log, ctx.signal);
    });
    if (!s.proxy.start) return;
    const startedAt = Date.now();
    let readyAtStart = false;
    await runStep(result, ctx, "Start the proxy", `${session.target} (${runtime.name})`, async (step) => {
      change.proxyStarted = true;
      const started = await runtime.start(session, r.w, r.facts, ctx.log, ctx.signal);
      readyAtStart = started.ready;
      step.detail = started.detail;
    });
    await runStep(result, ctx, "Wait for the proxy to be ready", `${session.target} :15020/healthz/ready`, async (step) => {
      result.proxyStatus = "not-ready";
      if (readyAtStart) step.detail = "ready within the round trip that started it";
      else await runtime.waitReady(session, ctx.log, ctx.signal, startedAt);
      result.proxyStatus = "ready";
    });
  },
  offboard: {
    phase: "vm",
    plan: ({ runtime, hosts }, s) => [
      ...runtime.offboardLines().map((l) => `on ${sshTarget(s)}: ${l}`),
      `on ${sshTarget(s)}: remove the block "# BEGIN ${hosts.marker}" from ${HOSTS_FILE}: ${shellJoin(removeHostsBlockCommand(s, hosts.marker))}`
    ],
    run: async (o, s) => {
      const session = await o.vm();
      await runStep(o.result, o.ctx, "Stop the proxy and remove the bundle", `${session.target}:${s.proxy.configDir}`, async (step) => {
        const stopped = await o.runtime.stop(session, o.ctx.signal);
        const files = await o.runtime.removeBundle(session, o.ctx.signal);
        await removeHostsBlock(session, s, o.hosts.marker, o.ctx.signal);
        step.detail = `${stopped}; ${files}; removed the ${HOSTS_FILE} block`;
      });
    }
  }
});
var liveEntry = workloadStep({
  name: "Make the WorkloadEntry live",
  uses: ["workload"],
  when: ({ w }, s) => !autoRegisterGroup(s, w),
  plan: ({ rendered }) => [
    "apply (server-side) once the proxy is ready:",
    ...rendered.filter(isWorkloadEntry).map((r) => `  ${objectRef(r.object)}`)
  ],
  run: (r) => runStep(
    r.result,
    r.ctx,
    "Make the WorkloadEntry live",
    `${r.w.namespace}/${r.w.name}`,
    () => applyAll(r.ctx, r.cluster, r.rendered.filter(isWorkloadEntry), r.result, r.undo)
  ),
  offboard: {
    phase: "unroute",
    plan: ({ rendered }) => rendered.filter(isWorkloadEntry).map((r) => `delete ${objectRef(r.object)} (if applied by ${FIELD_MANAGER})`),
    run: (o) => runStep(o.result, o.ctx, "Remove the WorkloadEntry", `${o.w.namespace}/${o.w.name}`, async () => {
      for (const r of o.rendered.filter(isWorkloadEntry)) await deleteOurs(o.cluster, r, o.result);
    })
  }
});
var groupEntry = workloadStep({
  name: "Wait for istiod's WorkloadEntry",
  uses: ["workload", "proxy"],
  when: ({ w }, s) => Boolean(autoRegisterGroup(s, w)),
  plan: ({ w }, s) => [
    `wait up to ${formatDuration(s.proxy.readyTimeoutMs)} until istiod has created the WorkloadEntry for ${w.address} from WorkloadGroup ${w.namespace}/${autoRegisterGroup(s, w)}${groupHealthChecks(w) ? " and marked it Healthy (the group's probe passes on the VM)" : ""}`
  ],
  run: async (r, s) => {
    const { w } = r;
    const group = autoRegisterGroup(s, w);
    await runStep(
      r.result,
      r.ctx,
      "Wait for istiod's WorkloadEntry",
      `WorkloadGroup ${w.namespace}/${group}, address ${w.address}`,
      async (step) => {
        const entry = await waitForAutoRegisteredEntry(r.cluster, w.namespace, group, w.address, {
          timeoutMs: s.proxy.readyTimeoutMs,
          healthChecks: groupHealthChecks(w),
          signal: r.ctx.signal
        });
        r.result.autoRegistered = entry;
        step.detail = `WorkloadEntry ${w.namespace}/${entry.name}, created by istiod${entry.healthy ? `, Healthy: ${entry.healthy}` : ""}`;
      }
    );
  },
  offboard: {
    phase: "cluster",
    plan: () => [],
    run: async (o) => {
      const { w } = o;
      const group = o.rendered.find((r) => r.object.kind === "WorkloadGroup");
      if (!group) return;
      const groupName = group.object.metadata.name;
      await runStep(
        o.result,
        o.ctx,
        "Remove istiod's WorkloadEntry",
        `WorkloadGroup ${w.namespace}/${groupName}, address ${w.address}`,
        async (step) => {
          const mine = (await autoRegisteredEntries(o.cluster, w.namespace, groupName)).filter((e) => entryAddress(e) === w.address);
          for (const e of mine) await deleteObject(o.cluster, e);
          o.groupInUse = (await autoRegisteredEntries(o.cluster, w.namespace, groupName)).filter((e) => entryAddress(e) !== w.address).map((e) => e.metadata.name);
          step.detail = `${mine.length ? `deleted ${mine.map((e) => e.metadata.name).join(", ")}` : "none left"}${o.groupInUse.length ? `; the group stays: other VMs use it (${o.groupInUse.join(", ")})` : ""}`;
        }
      );
    }
  }
});
var verifyTraffic = workloadStep({
  name: "Verify traffic",
  // proxy: the probe from the VM reads the interception (which address the mesh host is called at).
  uses: ["probe", "proxy"],
  when: (_, s) => s.probe.urls.length > 0 || Boolean(s.probe.fromVmUrl),
  plan: ({ runtime }, s) => [
    ...s.probe.urls.map(
      (url) => `probe ${url} from here with x-request-id ivo-<uuid> (expect HTTP ${s.probe.expectedStatus}, retry up to ${formatDuration(s.probe.timeoutMs)})`
    ),
    ...s.probe.fromVmUrl ? [`probe on the VM (expect HTTP ${s.probe.expectedStatus}): ${shellJoin(outboundProbeCommand(s.probe.fromVmUrl, "ivo-<uuid>"))}`] : [],
    `read the access log: ${shellJoin(runtime.logsCommand(ACCESS_LOG_TAIL, "<run start>"))}`
  ],
  run: (r, s) => verify(s, r.runtime, r.w, r.ctx, r.result, need(r.session, "the VM"))
});
var WORKLOAD_STEPS = [connect, prepare, register, token, switchVm, liveEntry, groupEntry, verifyTraffic];

// src/modes/onboard.ts
function planText(s, p, facts) {
  return [
    `read mesh facts from namespace ${s.cluster.istioNamespace}${facts ? `: image ${facts.image}, trust domain ${facts.trustDomain}, gateway ${facts.gateway.address} (${facts.gateway.source})` : " (no kubeconfig given: not read)"}`,
    leasePlanLine(s),
    ...planSteps(WORKLOAD_STEPS, p, s),
    "on any failure: undo in reverse (a previous proxy, its files and hosts block restored and waited for; what this run created removed); once verified: drop what was kept"
  ];
}
function planContext(s, w, rendered) {
  return { runtime: proxyRuntime(s), w, rendered, hosts: hostsBlockOf(w) };
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
  result.plan = planText(s, { ...planContext(s, w, rendered), facts, files }, facts);
  result.proxyStatus = "planned";
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
  if (s.dryRun) {
    const { objects, workload } = await renderStep(s, ctx, result, "planned");
    return dryRun(s, ctx, result, objects, workload);
  }
  const opening = openEarly(s, ctx);
  let reached = false;
  try {
    const { objects: rendered, workload: w } = await renderStep(s, ctx, result, "planned");
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
  const r = {
    ...planContext(s, w, rendered),
    ctx,
    result,
    cluster,
    facts,
    opening,
    undo: [],
    out: outOfRotation(s, w, rendered)
  };
  await runSteps(WORKLOAD_STEPS, r, s, async () => {
    if (!r.session) return;
    if (result.proxyStatus === "ready") result.proxyStatus = "not-ready";
    await rollback(s, ctx, result, cluster, r.session, r.undo, r.out);
    r.session.close();
  });
  if (!r.session || !r.change) throw new Error("internal: the steps ran without connecting to and preparing the VM");
  await dropKept(r.runtime, r.session, r.change, ctx, result);
}

export {
  WORKLOAD_STEPS,
  planContext,
  onboard
};
