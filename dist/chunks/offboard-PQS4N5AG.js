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
  removeHostsBlock,
  withVmLease
} from "./chunk-CX3HWQVU.js";
import "./chunk-KPKXGWPU.js";
import {
  HOSTS_FILE,
  autoRegisteredEntries,
  entryAddress,
  removeHostsBlockCommand,
  workloadEntries
} from "./chunk-THRUW7VD.js";
import {
  recordObject,
  renderStep
} from "./chunk-DOWO7A3Q.js";
import "./chunk-IEOBNXGQ.js";
import {
  hostsBlockMarker
} from "./chunk-WXK2UNC2.js";
import "./chunk-Z22HNOPG.js";
import "./chunk-DUZVJ2RL.js";
import {
  runStep
} from "./chunk-A73BJRWB.js";
import "./chunk-VR7YGGIE.js";
import "./chunk-AA4ZNUWX.js";
import "./chunk-HGT7QA2Z.js";
import "./chunk-NXY6E3WA.js";
import "./chunk-N6NMC47G.js";
import "./chunk-GGB3IVYU.js";
import "./chunk-MBI4W7AN.js";
import {
  sshTarget
} from "./chunk-FQF4GQTV.js";
import {
  shellJoin
} from "./chunk-AURWTH66.js";
import "./chunk-ZT6DMEPR.js";
import "./chunk-XDIF27FF.js";
import "./chunk-ZZDNQLL2.js";
import {
  deleteObject,
  readObject
} from "./chunk-B3GKDEFO.js";
import {
  FIELD_MANAGER
} from "./chunk-W5WJZYGS.js";
import {
  objectRef
} from "./chunk-4YKHFMZ6.js";
import "./chunk-B4I3RDRT.js";
import "./chunk-GFWLNMO4.js";
import "./chunk-KI37J66C.js";
import "./chunk-4RF5COTQ.js";

// src/modes/offboard.ts
function deletionOrder(rendered) {
  const rest = rendered.filter((r) => r.object.kind !== "WorkloadEntry" && r.object.kind !== "Namespace").reverse();
  return [...rendered.filter((r) => r.object.kind === "WorkloadEntry"), ...rest];
}
async function deleteOurs(cluster, r, result) {
  const live = await readObject(cluster, r.object);
  const managers = (live?.metadata.managedFields ?? []).map((m) => m.manager);
  let action = "absent";
  if (live && managers.includes(FIELD_MANAGER)) action = await deleteObject(cluster, r.object);
  else if (live) action = "unchanged";
  recordObject(result, r, action);
}
async function offboard(s, ctx, result) {
  const { objects, workload: w } = await renderStep(s, ctx, result, "planned");
  const rendered = deletionOrder(objects);
  const marker = hostsBlockMarker(w);
  if (s.dryRun) {
    result.plan = [
      leasePlanLine(s),
      ...rendered.filter((r) => r.object.kind === "WorkloadEntry").map((r) => `delete ${objectRef(r.object)} (if applied by ${FIELD_MANAGER})`),
      ...proxyRuntime(s).offboardLines().map((l) => `on ${sshTarget(s)}: ${l}`),
      `on ${sshTarget(s)}: remove the block "# BEGIN ${marker}" from ${HOSTS_FILE}: ${shellJoin(removeHostsBlockCommand(s, marker))}`,
      ...rendered.filter((r) => r.object.kind !== "WorkloadEntry").map(
        (r) => `delete ${objectRef(r.object)} (if applied by ${FIELD_MANAGER}${r.object.kind === "ServiceAccount" ? ", and no other WorkloadEntry runs as it" : ""})`
      )
    ];
    result.proxyStatus = "planned";
    return;
  }
  for (const r of objects) if (r.object.kind === "Namespace") recordObject(result, r, "unchanged");
  const cluster = await ctx.connect.cluster(
    s.cluster.kubeconfig,
    s.cluster.context,
    ctx.log,
    ctx.signal,
    s.cluster.requestTimeoutMs
  );
  return withVmLease(
    s,
    ctx,
    result,
    cluster,
    `offboard ${w.namespace}/${w.name}`,
    () => offboardVm(s, ctx, result, cluster, rendered, w, marker)
  );
}
async function offboardVm(s, ctx, result, cluster, rendered, w, marker) {
  const entries = rendered.filter((r) => r.object.kind === "WorkloadEntry");
  await runStep(result, ctx, "Remove the WorkloadEntry", `${w.namespace}/${w.name}`, async () => {
    for (const r of entries) await deleteOurs(cluster, r, result);
  });
  const session = await runStep(result, ctx, "Connect to the VM", sshTarget(s), () => ctx.connect.vm(s, ctx.log, ctx.signal));
  try {
    const runtime = proxyRuntime(s);
    await runStep(result, ctx, "Stop the proxy and remove the bundle", `${session.target}:${s.proxy.configDir}`, async (step) => {
      const removed = await runtime.stop(session, ctx.signal);
      const files = await runtime.removeBundle(session, ctx.signal);
      await removeHostsBlock(session, s, marker, ctx.signal);
      step.detail = runtime.name === "systemd" ? `${removed ? "stopped and disabled the istio unit" : "no istio unit"}; ${files}; removed the ${HOSTS_FILE} block; the istio-sidecar package stays` : `${removed ? "removed the istio-proxy container" : "no istio-proxy container"}; ${files}; removed the ${HOSTS_FILE} block`;
    });
  } finally {
    session.close();
  }
  const group = rendered.find((r) => r.object.kind === "WorkloadGroup" && s.workload.registration === "workload-group");
  let groupInUse = [];
  if (group) {
    await runStep(
      result,
      ctx,
      "Remove istiod's WorkloadEntry",
      `WorkloadGroup ${w.namespace}/${group.object.metadata.name}, address ${w.address}`,
      async (step) => {
        const groupName = group.object.metadata.name;
        const mine = (await autoRegisteredEntries(cluster, w.namespace, groupName)).filter((e) => entryAddress(e) === w.address);
        for (const e of mine) await deleteObject(cluster, e);
        groupInUse = (await autoRegisteredEntries(cluster, w.namespace, groupName)).filter((e) => entryAddress(e) !== w.address).map((e) => e.metadata.name);
        step.detail = `${mine.length ? `deleted ${mine.map((e) => e.metadata.name).join(", ")}` : "none left"}${groupInUse.length ? `; the group stays: other VMs use it (${groupInUse.join(", ")})` : ""}`;
      }
    );
  }
  await runStep(result, ctx, "Remove the workload objects", `${w.namespace}/${w.name}`, async (step) => {
    const kept = [];
    for (const r of rendered.filter((x) => x.object.kind !== "WorkloadEntry")) {
      if (groupInUse.length > 0) {
        recordObject(result, r, "unchanged");
        continue;
      }
      if (r.object.kind === "ServiceAccount") {
        const users = (await workloadEntries(cluster, w.namespace)).filter(
          (e) => e.spec?.serviceAccount === r.object.metadata.name
        );
        if (users.length) {
          recordObject(result, r, "unchanged");
          kept.push(
            `kept ${objectRef(r.object)}: WorkloadEntry ${users.map((e) => `${w.namespace}/${e.metadata.name}`).join(", ")} run${users.length === 1 ? "s" : ""} as it`
          );
          continue;
        }
      }
      await deleteOurs(cluster, r, result);
    }
    if (groupInUse.length > 0)
      step.detail = `kept: WorkloadGroup ${w.namespace}/${group?.object.metadata.name} still has ${groupInUse.join(", ")}`;
    else if (kept.length) step.detail = kept.join("; ");
  });
}
export {
  offboard
};
