// mode: offboard: undo an onboarding with each onboard step's "only ours" undo
// (modes/workload-steps.ts), replayed by pipeline/steps.ts phase by phase, each phase in the
// reverse order of the steps: the WorkloadEntry goes first (the mesh stops routing to the VM),
// then the proxy, its bundle and the workload's /etc/hosts block, then istiod's entry for the VM
// (with the proxy gone, istiod does not make it again) and the other objects.
// Only objects this action applied (our field manager is among their managers) are deleted;
// the namespace is left alone.
import type { Cluster } from '../cluster/client.js';
import type { Settings } from '../config/settings.js';
import type { RunContext } from '../pipeline/context.js';
import { runStep } from '../pipeline/run-step.js';
import { planOffboard, runOffboard } from '../pipeline/steps.js';
import { recordObject } from '../report/record-object.js';
import type { RunResult } from '../report/result.js';
import { sshTarget, type SshSession } from '../vm/ssh-session.js';
import { planContext } from './onboard.js';
import { renderStep } from './render.js';
import { leasePlanLine, withVmLease } from './vm-lease.js';
import { WORKLOAD_STEPS, type OffboardContext, type PlanContext } from './workload-steps.js';

export async function offboard(s: Settings, ctx: RunContext, result: RunResult): Promise<void> {
  const { objects, workload: w } = await renderStep(s, ctx, result, 'planned');
  const p = planContext(s, w, objects);
  if (s.dryRun) {
    result.plan = [leasePlanLine(s), ...planOffboard(WORKLOAD_STEPS, p, s)];
    result.proxyStatus = 'planned';
    return;
  }
  // The namespace is left alone (it may hold more than this workload): the report says so.
  for (const r of objects) if (r.object.kind === 'Namespace') recordObject(result, r, 'unchanged');
  const cluster = await ctx.connect.cluster(
    s.cluster.kubeconfig as string,
    s.cluster.context,
    ctx.log,
    ctx.signal,
    s.cluster.requestTimeoutMs,
  ); // the Kubernetes client loads here, after the render step
  return withVmLease(s, ctx, result, cluster, `offboard ${w.namespace}/${w.name}`, () => offboardVm(s, p, ctx, result, cluster));
}

/** Everything offboarding changes, under the VM's lease; the VM is connected to at the first action on it. */
async function offboardVm(s: Settings, p: PlanContext, ctx: RunContext, result: RunResult, cluster: Cluster): Promise<void> {
  let session: SshSession | undefined;
  const o: OffboardContext = {
    ...p,
    ctx,
    result,
    cluster,
    groupInUse: [],
    vm: async () =>
      (session ??= await runStep(result, ctx, 'Connect to the VM', sshTarget(s), () => ctx.connect.vm(s, ctx.log, ctx.signal))),
  };
  try {
    await runOffboard(WORKLOAD_STEPS, o, s);
  } finally {
    session?.close();
  }
}
