#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  newResult
} from "./chunk-F3J6XJSA.js";
import {
  shardInventory
} from "./chunk-46K5AIN3.js";
import "./chunk-GGB3IVYU.js";
import "./chunk-N6NMC47G.js";
import "./chunk-NXY6E3WA.js";
import "./chunk-4RF5COTQ.js";

// src/modes/fleet.ts
function vmLogger(log, vm) {
  const tag = (m) => `[${vm}] ${m}`;
  return {
    info: (m) => log.info(tag(m)),
    debug: (m) => log.debug(tag(m)),
    warning: (m, where) => log.warning(tag(m), where),
    error: (m, where) => log.error(tag(m), where),
    // Log groups cannot nest or interleave: with concurrent VMs a step is a tagged line instead.
    group: async (title, fn) => {
      log.info(tag(`${title}`));
      return fn();
    },
    secret: (v) => log.secret(v)
  };
}
function vmName(s) {
  return s.ssh.target.host || `${s.workload.namespace}/${s.workload.name}`;
}
async function pool(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
async function fleet(s, ctx, result, runPipeline) {
  const f = s.fleet;
  if (!f) throw new Error("fleet: the settings hold no inventory");
  result.matrix = JSON.stringify(shardInventory(f.items, f.shardSize, f.vms.map((v) => v.ssh.target.host)));
  let cluster;
  const shared = /* @__PURE__ */ new Map();
  const connect = {
    // The run's own log, not the VM's that happens to connect first: the client is every VM's.
    cluster: (kubeconfig, context, _vmLog, signal, timeoutMs) => cluster ??= ctx.connect.cluster(kubeconfig, context, ctx.log, signal, timeoutMs).catch((err) => {
      cluster = void 0;
      throw err;
    }),
    vm: (...args) => ctx.connect.vm(...args)
  };
  const once = (key, read) => {
    let p = shared.get(key);
    if (!p) {
      p = read();
      shared.set(key, p);
      p.catch(() => shared.delete(key));
    }
    return p;
  };
  const results = f.vms.map(newResult);
  const usedBy = (self) => (obj) => results.flatMap((r, j) => {
    const uses = j !== self && !r.error && r.objects.some((o) => o.kind === obj.kind && o.name === obj.metadata.name && (o.namespace ?? "") === (obj.metadata.namespace ?? "") && o.action !== "rolled-back");
    return uses ? [vmName(f.vms[j])] : [];
  });
  ctx.log.info(`fleet: ${f.vms.length} VMs, ${Math.min(f.concurrency, f.vms.length)} at a time`);
  result.vms = await pool(f.vms, f.concurrency, async (vm, i) => {
    const log = vmLogger(ctx.log, vmName(vm));
    const r = await runPipeline(vm, { ...ctx, log, connect, once, forget: (key) => shared.delete(key), usedByOthers: usedBy(i) }, results[i]);
    log.info(r.verdict === "succeeded" ? "succeeded" : `failed: ${r.error?.message ?? "unknown error"}`);
    return r;
  });
  const failed = result.vms.filter((r) => r.verdict === "failed");
  result.proxyStatus = aggregate(result.vms.map((r) => r.proxyStatus));
  result.probeStatus = failed.some((r) => r.probeStatus === "failed") ? "failed" : aggregate(result.vms.map((r) => r.probeStatus));
  if (failed.length) {
    result.verdict = "failed";
    const interrupted = failed.find((r) => r.error?.interruptedBy)?.error?.interruptedBy;
    result.error = {
      step: "fleet",
      message: `${failed.length} of ${result.vms.length} VMs failed: ${failed.map((r) => `${r.workload.vmHost || r.workload.name} (${r.error?.message ?? "failed"})`).join("; ")}`,
      hint: s.mode === "check" ? "each failed VM's record (the report, its details) says what failed it; a check changed nothing" : "each failed VM was rolled back on its own (see its details); the others stay onboarded. Run again with an inventory of the failed VMs (the failed-vms output)",
      ...interrupted ? { interruptedBy: interrupted } : {}
    };
  }
}
function aggregate(values) {
  const first = values[0];
  if (values.every((v) => v === first)) return first;
  return values.find((v) => v !== "ready" && v !== "passed") ?? first;
}
export {
  fleet,
  pool,
  vmName
};
