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
} from "./chunk-AA4ZNUWX.js";
import "./chunk-NXY6E3WA.js";
import "./chunk-N6NMC47G.js";
import "./chunk-GGB3IVYU.js";
import "./chunk-4RF5COTQ.js";

// src/modes/waves.ts
function rolloutWaves(n, canary, concurrency) {
  const all = Array.from({ length: n }, (_, i) => i);
  if (canary <= 0) return [all];
  const waves = [all.slice(0, canary)];
  for (let i = canary; i < n; i += concurrency) waves.push(all.slice(i, i + concurrency));
  return waves;
}

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
  result.matrix = JSON.stringify(
    shardInventory(
      f.items,
      f.shardSize,
      f.vms.map((v) => v.ssh.target.host)
    )
  );
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
    const uses = j !== self && !r.error && r.objects.some(
      (o) => o.kind === obj.kind && o.name === obj.metadata.name && (o.namespace ?? "") === (obj.metadata.namespace ?? "") && o.action !== "rolled-back"
    );
    return uses ? [vmName(f.vms[j])] : [];
  });
  ctx.log.info(`fleet: ${f.vms.length} VMs, ${Math.min(f.concurrency, f.vms.length)} at a time`);
  const runVm = async (i, wave) => {
    const vm = f.vms[i];
    const log = vmLogger(ctx.log, vmName(vm));
    const own = results[i];
    own.startedAt = (/* @__PURE__ */ new Date()).toISOString();
    if (wave !== void 0) own.wave = wave;
    const r = await runPipeline(
      vm,
      { ...ctx, log, connect, once, forget: (key) => shared.delete(key), usedByOthers: usedBy(i) },
      results[i]
    );
    log.info(r.verdict === "succeeded" ? "succeeded" : `failed: ${r.error?.message ?? "unknown error"}`);
    return r;
  };
  const waves = rolloutWaves(f.vms.length, f.canary, f.concurrency);
  if (waves.length === 1) {
    result.vms = await pool(waves[0], f.concurrency, (i) => runVm(i, void 0));
  } else {
    result.vms = await rollOut(waves, f.concurrency, results, ctx, runVm);
  }
  const failed = result.vms.filter((r) => r.verdict === "failed");
  const notStarted = failed.filter((r) => r.error?.step === NOT_STARTED);
  result.proxyStatus = aggregate(result.vms.map((r) => r.proxyStatus));
  result.probeStatus = failed.some((r) => r.probeStatus === "failed") ? "failed" : aggregate(result.vms.map((r) => r.probeStatus));
  if (failed.length) {
    result.verdict = "failed";
    const interrupted = failed.find((r) => r.error?.interruptedBy)?.error?.interruptedBy;
    result.error = {
      step: "fleet",
      message: notStarted.length ? `the rollout stopped at wave ${notStarted[0]?.wave ? notStarted[0].wave - 1 : "?"}: ${failed.filter((r) => !notStarted.includes(r)).map((r) => `${vmLabel(r)} (${r.error?.message ?? "failed"})`).join("; ")}; not started, left as they were: ${notStarted.map(vmLabel).join(", ")}` : `${failed.length} of ${result.vms.length} VMs failed: ${failed.map((r) => `${vmLabel(r)} (${r.error?.message ?? "failed"})`).join("; ")}`,
      hint: s.mode === "check" ? "each failed VM's record (the report, its details) says what failed it; a check changed nothing" : s.mode === "refresh" ? "each failed VM was restored on its own (see its details and its record in the report); run refresh again with an inventory of the failed VMs (the failed-vms output)" : notStarted.length ? "each failed VM was restored on its own (see its details); fix what failed it, then run again with an inventory of the failed-vms output (the failed and the not started VMs)" : "each failed VM was rolled back on its own (see its details); the others stay onboarded. Run again with an inventory of the failed VMs (the failed-vms output)",
      ...interrupted ? { interruptedBy: interrupted } : {}
    };
  }
}
var vmLabel = (r) => r.workload.vmHost || r.workload.name;
var NOT_STARTED = "Wait for the waves before";
async function rollOut(waves, concurrency, results, ctx, runVm) {
  const out = [];
  let stoppedBy = "";
  for (const [k, wave] of waves.entries()) {
    const name = k === 0 ? "the canary wave" : `wave ${k + 1}`;
    if (!stoppedBy && ctx.signal.aborted) stoppedBy = "the run was stopped";
    if (stoppedBy) {
      for (const i of wave) out[i] = notStartedResult(results[i], k + 1, stoppedBy);
      continue;
    }
    ctx.log.info(`rollout: ${name} of ${waves.length}: ${wave.map((i) => vmLabel(results[i])).join(", ")}`);
    const done = await pool(wave, concurrency, (i) => runVm(i, k + 1));
    wave.forEach((i, j) => out[i] = done[j]);
    const failed = done.filter((r) => r.verdict === "failed");
    if (failed.length) {
      stoppedBy = `${name} failed (${failed.map(vmLabel).join(", ")})`;
      if (k + 1 < waves.length)
        ctx.log.error(`rollout stopped: ${stoppedBy}; the VMs of the ${waves.length - k - 1} wave(s) left are not touched`);
    } else {
      ctx.log.info(`rollout: ${name} onboarded, ready and verified`);
    }
  }
  return out;
}
function notStartedResult(r, wave, stoppedBy) {
  r.wave = wave;
  r.verdict = "failed";
  r.finishedAt = (/* @__PURE__ */ new Date()).toISOString();
  r.steps.push({ name: NOT_STARTED, target: `wave ${wave}`, status: "skipped", durationMs: 0, detail: stoppedBy });
  r.error = { step: NOT_STARTED, message: `not started: ${stoppedBy}; this VM was left as it was` };
  return r;
}
function aggregate(values) {
  const first = values[0];
  if (values.every((v) => v === first)) return first;
  return values.find((v) => v !== "ready" && v !== "passed") ?? first;
}
export {
  NOT_STARTED,
  fleet,
  pool,
  vmName
};
