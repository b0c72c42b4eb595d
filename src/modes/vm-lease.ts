// The step "Take the VM's lease" of onboard and offboard: the VM's Lease (cluster/lease.ts) is
// taken before the run changes anything and released after everything, the rollback included.
// Releasing is not a step of its own: it cannot fail the run (a lease left behind expires).
import type { Cluster } from '../cluster/client.js';
import { acquireVmLease, runIdentity, vmLeaseName } from '../cluster/lease.js';
import { formatDuration } from '../config/duration.js';
import type { Settings } from '../config/settings.js';
import type { RunContext } from '../pipeline/context.js';
import { runStep } from '../pipeline/run-step.js';
import type { RunResult } from '../report/result.js';
import { sshTarget } from '../vm/ssh-session.js';

export const LEASE_STEP = "Take the VM's lease";

/** What a dry-run plan says of the lease, for onboard and offboard alike. */
export function leasePlanLine(s: Settings): string {
  return `take the VM's lease: Lease ${s.cluster.istioNamespace}/${vmLeaseName(s.ssh.target.host)} (wait up to ${formatDuration(s.cluster.lockTimeoutMs)} for another run; released at the end)`;
}

/** Runs fn while this run holds the VM's lease; `purpose` reads like "onboard demo/backend-vm". */
export async function withVmLease<T>(
  s: Settings,
  ctx: RunContext,
  result: RunResult,
  cluster: Cluster,
  purpose: string,
  fn: () => Promise<T>,
): Promise<T> {
  const namespace = s.cluster.istioNamespace;
  const name = vmLeaseName(s.ssh.target.host);
  const run = runIdentity(ctx.env);
  // Recorded before the lease is written, so a kill at any moment after leaves it on record
  // (the post step releases only what is still held by this holder; one never taken is not found).
  const ref = { namespace, name, holder: run.id };
  ctx.onLease?.(ref, true);
  const lease = await runStep(result, ctx, LEASE_STEP, `Lease ${namespace}/${name}`, async (step) => {
    const held = await acquireVmLease(cluster, {
      namespace,
      name,
      run,
      purpose,
      vm: sshTarget(s),
      waitMs: s.cluster.lockTimeoutMs,
      log: ctx.log,
      signal: ctx.signal,
    });
    const waited = held.waitedMs >= 1000 ? `, after waiting ${formatDuration(Math.round(held.waitedMs / 1000) * 1000)}` : '';
    step.detail = `held by this run as ${held.holder}${waited}${held.tookOverFrom ? `; took over the expired lease of ${held.tookOverFrom}` : ''}`;
    return held;
  }).catch((err: unknown) => {
    ctx.onLease?.(ref, false); // not taken
    throw err;
  });
  try {
    return await fn();
  } finally {
    await lease.release();
    ctx.onLease?.(ref, false);
  }
}
