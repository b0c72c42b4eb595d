// A fleet: the `inventory` input's VMs in one run. Each VM runs the one pipeline (render,
// onboard or offboard, with its own lease, SSH connection, steps, rollback and RunResult);
// at most `concurrency` at a time. What every VM reads or writes alike is done once: one
// Kubernetes client for the run, the mesh facts read once, an object several VMs render the
// same (the namespace, a shared WorkloadGroup with its ServiceAccount, Service and Sidecar)
// applied once (ctx.once). One VM failing does not stop the others;
// the run fails at the end, naming each failed VM, each of which rolled back on its own,
// keeping what other VMs of the run still use (ctx.usedByOthers: a shared WorkloadGroup).
import type { Cluster } from '../cluster/client.js';
import { shardInventory } from '../config/inventory.js';
import type { Settings } from '../config/settings.js';
import type { Logger } from '../log.js';
import type { RunContext } from '../pipeline/context.js';
import type { KubeObject } from '../plan/kube-object.js';
import { newResult, type RunResult } from '../report/result.js';
import { rolloutWaves } from './waves.js';

/** A VM's log lines carry its name: with several VMs at once, lines of different VMs interleave. */
function vmLogger(log: Logger, vm: string): Logger {
  const tag = (m: string) => `[${vm}] ${m}`;
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
    secret: (v) => log.secret(v),
  };
}

/** The name a VM goes by in logs and the summary: its SSH target (vm-host), else its workload. */
export function vmName(s: Settings): string {
  return s.ssh.target.host || `${s.workload.namespace}/${s.workload.name}`;
}

/** Runs fn over items, at most `limit` at a time; results in the items' order. */
export async function pool<T, R>(items: T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export async function fleet(
  s: Settings,
  ctx: RunContext,
  result: RunResult,
  runPipeline: (s: Settings, ctx: RunContext, result?: RunResult) => Promise<RunResult>,
): Promise<void> {
  const f = s.fleet;
  if (!f) throw new Error('fleet: the settings hold no inventory');
  // Named as the report and the lease name them: each VM's vm-host in its one spelling.
  result.matrix = JSON.stringify(
    shardInventory(
      f.items,
      f.shardSize,
      f.vms.map((v) => v.ssh.target.host),
    ),
  );
  // One client for the run (every VM's kubeconfig is the run's: it is not an item input).
  let cluster: Promise<Cluster> | undefined;
  const shared = new Map<string, Promise<unknown>>();
  const connect: RunContext['connect'] = {
    // The run's own log, not the VM's that happens to connect first: the client is every VM's.
    cluster: (kubeconfig, context, _vmLog, signal, timeoutMs) =>
      (cluster ??= ctx.connect.cluster(kubeconfig, context, ctx.log, signal, timeoutMs).catch((err: unknown) => {
        cluster = undefined; // a failed connect is not shared: the next VM tries again
        throw err;
      })),
    vm: (...args) => ctx.connect.vm(...args),
  };
  const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    let p = shared.get(key) as Promise<T> | undefined;
    if (!p) {
      p = read();
      shared.set(key, p);
      // A failed read is read again by the next VM: its failure was one VM's (e.g. a timeout).
      p.catch(() => shared.delete(key));
    }
    return p;
  };
  // Each VM's result exists from the start: a rollback asks which other VMs use an object.
  const results = f.vms.map(newResult);
  const usedBy =
    (self: number) =>
    (obj: KubeObject): string[] =>
      results.flatMap((r, j) => {
        const uses =
          j !== self &&
          !r.error &&
          r.objects.some(
            (o) =>
              o.kind === obj.kind &&
              o.name === obj.metadata.name &&
              (o.namespace ?? '') === (obj.metadata.namespace ?? '') &&
              o.action !== 'rolled-back',
          );
        return uses ? [vmName(f.vms[j] as Settings)] : [];
      });
  ctx.log.info(`fleet: ${f.vms.length} VMs, ${Math.min(f.concurrency, f.vms.length)} at a time`);
  const runVm = async (i: number, wave: number | undefined): Promise<RunResult> => {
    const vm = f.vms[i] as Settings;
    const log = vmLogger(ctx.log, vmName(vm));
    const own = results[i] as RunResult;
    // Its own start, not the run's: a VM of a later wave waited for the waves before.
    own.startedAt = new Date().toISOString();
    if (wave !== undefined) own.wave = wave;
    const r = await runPipeline(
      vm,
      { ...ctx, log, connect, once, forget: (key) => shared.delete(key), usedByOthers: usedBy(i) },
      results[i],
    );
    log.info(r.verdict === 'succeeded' ? 'succeeded' : `failed: ${r.error?.message ?? 'unknown error'}`);
    return r;
  };
  const waves = rolloutWaves(f.vms.length, f.canary, f.concurrency);
  if (waves.length === 1) {
    result.vms = await pool(waves[0] as number[], f.concurrency, (i) => runVm(i, undefined));
  } else {
    result.vms = await rollOut(waves, f.concurrency, results, ctx, runVm);
  }
  const failed = result.vms.filter((r) => r.verdict === 'failed');
  const notStarted = failed.filter((r) => r.error?.step === NOT_STARTED);
  result.proxyStatus = aggregate(result.vms.map((r) => r.proxyStatus));
  result.probeStatus = failed.some((r) => r.probeStatus === 'failed') ? 'failed' : aggregate(result.vms.map((r) => r.probeStatus));
  if (failed.length) {
    result.verdict = 'failed';
    const interrupted = failed.find((r) => r.error?.interruptedBy)?.error?.interruptedBy;
    result.error = {
      step: 'fleet',
      message: notStarted.length
        ? `the rollout stopped at wave ${notStarted[0]?.wave ? notStarted[0].wave - 1 : '?'}: ${failed
            .filter((r) => !notStarted.includes(r))
            .map((r) => `${vmLabel(r)} (${r.error?.message ?? 'failed'})`)
            .join('; ')}; not started, left as they were: ${notStarted.map(vmLabel).join(', ')}`
        : `${failed.length} of ${result.vms.length} VMs failed: ${failed.map((r) => `${vmLabel(r)} (${r.error?.message ?? 'failed'})`).join('; ')}`,
      hint:
        s.mode === 'check'
          ? "each failed VM's record (the report, its details) says what failed it; a check changed nothing"
          : s.mode === 'refresh'
            ? 'each failed VM was restored on its own (see its details and its record in the report); run refresh again with an inventory of the failed VMs (the failed-vms output)'
            : notStarted.length
              ? 'each failed VM was restored on its own (see its details); fix what failed it, then run again with an inventory of the failed-vms output (the failed and the not started VMs)'
              : 'each failed VM was rolled back on its own (see its details); the others stay onboarded. Run again with an inventory of the failed VMs (the failed-vms output)',
      ...(interrupted ? { interruptedBy: interrupted } : {}),
    };
  }
}

const vmLabel = (r: RunResult): string => r.workload.vmHost || r.workload.name;

/** The step a VM's result names when a rollout stopped before its wave. */
export const NOT_STARTED = 'Wait for the waves before';

/**
 * The waves one after the other: a wave starts once every VM of the one before succeeded
 * (onboarded, ready, probes passed). After a failed or interrupted wave, the VMs of the waves
 * left are not touched: their results say so and name the wave that stopped the rollout.
 */
async function rollOut(
  waves: number[][],
  concurrency: number,
  results: RunResult[],
  ctx: RunContext,
  runVm: (i: number, wave: number) => Promise<RunResult>,
): Promise<RunResult[]> {
  const out: RunResult[] = [];
  let stoppedBy = '';
  for (const [k, wave] of waves.entries()) {
    const name = k === 0 ? 'the canary wave' : `wave ${k + 1}`;
    if (!stoppedBy && ctx.signal.aborted) stoppedBy = 'the run was stopped';
    if (stoppedBy) {
      for (const i of wave) out[i] = notStartedResult(results[i] as RunResult, k + 1, stoppedBy);
      continue;
    }
    ctx.log.info(`rollout: ${name} of ${waves.length}: ${wave.map((i) => vmLabel(results[i] as RunResult)).join(', ')}`);
    const done = await pool(wave, concurrency, (i) => runVm(i, k + 1));
    wave.forEach((i, j) => (out[i] = done[j] as RunResult));
    const failed = done.filter((r) => r.verdict === 'failed');
    if (failed.length) {
      stoppedBy = `${name} failed (${failed.map(vmLabel).join(', ')})`;
      if (k + 1 < waves.length)
        ctx.log.error(`rollout stopped: ${stoppedBy}; the VMs of the ${waves.length - k - 1} wave(s) left are not touched`);
    } else {
      ctx.log.info(`rollout: ${name} onboarded, ready and verified`);
    }
  }
  return out;
}

function notStartedResult(r: RunResult, wave: number, stoppedBy: string): RunResult {
  r.wave = wave;
  r.verdict = 'failed';
  r.finishedAt = new Date().toISOString();
  r.steps.push({ name: NOT_STARTED, target: `wave ${wave}`, status: 'skipped', durationMs: 0, detail: stoppedBy });
  r.error = { step: NOT_STARTED, message: `not started: ${stoppedBy}; this VM was left as it was` };
  return r;
}

/** The status all VMs share, else the first that is not the best one (ready, passed). */
function aggregate<T extends string>(values: T[]): T {
  const first = values[0] as T;
  if (values.every((v) => v === first)) return first;
  return values.find((v) => v !== 'ready' && v !== 'passed') ?? first;
}
