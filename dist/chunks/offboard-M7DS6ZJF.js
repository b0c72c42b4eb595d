#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  WORKLOAD_STEPS,
  planContext
} from "./chunk-FOA2PMHQ.js";
import {
  leasePlanLine,
  planOffboard,
  runOffboard,
  withVmLease
} from "./chunk-E7VBJWTH.js";
import "./chunk-OYH3DIMU.js";
import "./chunk-MELMUH5O.js";
import "./chunk-HVQUJYAA.js";
import {
  recordObject,
  renderStep
} from "./chunk-J7K5HPQA.js";
import {
  runStep
} from "./chunk-BCSFOWDV.js";
import "./chunk-IEOBNXGQ.js";
import "./chunk-PYZEXAEZ.js";
import "./chunk-ROXWVTFM.js";
import "./chunk-ASP4F4W2.js";
import "./chunk-5XDRLE64.js";
import "./chunk-AA4ZNUWX.js";
import "./chunk-4YKHFMZ6.js";
import "./chunk-W5WJZYGS.js";
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
import "./chunk-AURWTH66.js";
import "./chunk-ZT6DMEPR.js";
import "./chunk-LSYLP4SE.js";
import "./chunk-XDIF27FF.js";
import "./chunk-ZZDNQLL2.js";
import "./chunk-GFWLNMO4.js";
import "./chunk-KI37J66C.js";
import "./chunk-4RF5COTQ.js";

// src/modes/offboard.ts
async function offboard(s, ctx, result) {
  const { objects, workload: w } = await renderStep(s, ctx, result, "planned");
  const p = planContext(s, w, objects);
  if (s.dryRun) {
    result.plan = [leasePlanLine(s), ...planOffboard(WORKLOAD_STEPS, p, s)];
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
  return withVmLease(s, ctx, result, cluster, `offboard ${w.namespace}/${w.name}`, () => offboardVm(s, p, ctx, result, cluster));
}
async function offboardVm(s, p, ctx, result, cluster) {
  let session;
  const o = {
    ...p,
    ctx,
    result,
    cluster,
    groupInUse: [],
    vm: async () => session ??= await runStep(result, ctx, "Connect to the VM", sshTarget(s), () => ctx.connect.vm(s, ctx.log, ctx.signal))
  };
  try {
    await runOffboard(WORKLOAD_STEPS, o, s);
  } finally {
    session?.close();
  }
}
export {
  offboard
};
