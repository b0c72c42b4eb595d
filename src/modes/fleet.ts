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

export async function fleet(s: Settings, ctx: RunContext, result: RunResult, runPipeline: (s: Settings, ctx: RunContext, result?: RunResult) => Promise<RunResult>): Promise<void> {
  const f = s.fleet;
  if (!f) throw new Error('fleet: the settings hold no inventory');
  // Named as the report and the lease name them: each VM's vm-host in its one spelling.
  result.matrix = JSON.stringify(shardInventory(f.items, f.shardSize, f.vms.map((v) => v.ssh.target.host)));
  // One client for the run (every VM's kubeconfig is the run's: it is not an item input).
  let cluster: Promise<Cluster> | undefined;
  const shared = new Map<string, Promise<unknown>>();
  const connect: RunContext['connect'] = {
    // The run's own log, not the VM's that happens to connect first: the client is every VM's.
    cluster: (kubeconfig, context, _vmLog, signal, timeoutMs) => (cluster ??= ctx.connect.cluster(kubeconfig, context, ctx.log, signal, timeoutMs).catch((err: unknown) => {
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
  const usedBy = (self: number) => (obj: KubeObject): string[] =>
    results.flatMap((r, j) => {
      const uses = j !== self && !r.error && r.objects.some((o) => o.kind === obj.kind && o.name === obj.metadata.name && (o.namespace ?? '') === (obj.metadata.namespace ?? '') && o.action !== 'rolled-back');
      return uses ? [vmName(f.vms[j] as Settings)] : [];
    });
  ctx.log.info(`fleet: ${f.vms.length} VMs, ${Math.min(f.concurrency, f.vms.length)} at a time`);
  result.vms = await pool(f.vms, f.concurrency, async (vm, i) => {
    const log = vmLogger(ctx.log, vmName(vm));
    const r = await runPipeline(vm, { ...ctx, log, connect, once, forget: (key) => shared.delete(key), usedByOthers: usedBy(i) }, results[i]);
    log.info(r.verdict === 'succeeded' ? 'succeeded' : `failed: ${r.error?.message ?? 'unknown error'}`);
    return r;
  });
  const failed = result.vms.filter((r) => r.verdict === 'failed');
  result.proxyStatus = aggregate(result.vms.map((r) => r.proxyStatus));
  result.probeStatus = failed.some((r) => r.probeStatus === 'failed') ? 'failed' : aggregate(result.vms.map((r) => r.probeStatus));
  if (failed.length) {
    result.verdict = 'failed';
    const interrupted = failed.find((r) => r.error?.interruptedBy)?.error?.interruptedBy;
    result.error = {
      step: 'fleet',
      message: `${failed.length} of ${result.vms.length} VMs failed: ${failed.map((r) => `${r.workload.vmHost || r.workload.name} (${r.error?.message ?? 'failed'})`).join('; ')}`,
      hint: s.mode === 'check'
        ? 'each failed VM\'s record (the report, its details) says what failed it; a check changed nothing'
        : s.mode === 'refresh'
        ? 'each failed VM was restored on its own (see its details and its record in the report); run refresh again with an inventory of the failed VMs (the failed-vms output)'
        : 'each failed VM was rolled back on its own (see its details); the others stay onboarded. Run again with an inventory of the failed VMs (the failed-vms output)',
      ...(interrupted ? { interruptedBy: interrupted } : {}),
    };
  }
}

/** The status all VMs share, else the first that is not the best one (ready, passed). */
function aggregate<T extends string>(values: T[]): T {
  const first = values[0] as T;
  if (values.every((v) => v === first)) return first;
  return values.find((v) => v !== 'ready' && v !== 'passed') ?? first;
}
