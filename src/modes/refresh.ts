// mode refresh: for a VM whose workload certificate expires within refresh-within, has expired,
// or whose root certificate changed, a fresh bootstrap token (and the mesh's current root
// certificate) written in place, the proxy started anew only where it cannot take them by
// itself, readiness and the probes verified. It decides on what mode check reads (inspect);
// the change is a list of steps (modes/refresh-steps.ts) that the one executor
// (pipeline/steps.ts) turns into the dry-run's plan and the run, each change pushing its
// compensation, so a failure puts the previous proxy and files back (modes/compensation.ts). It
// writes no object to the cluster: the WorkloadEntry and the registration stay as they are. A
// dry-run reads, decides and says what it would do and why.
import type { MeshFacts } from '../cluster/mesh-facts.js';
import { formatDuration } from '../config/duration.js';
import type { Settings } from '../config/settings.js';
import { decideRefresh, type RefreshDecision } from '../plan/refresh-decision.js';
import type { RunContext } from '../pipeline/context.js';
import { runStep } from '../pipeline/run-step.js';
import { StepError } from '../pipeline/step-error.js';
import { planSteps, runSteps } from '../pipeline/steps.js';
import type { RefreshOutcome, RunResult } from '../report/result.js';
import { proxyRuntime } from '../vm/proxy-runtime.js';
import { sshTarget } from '../vm/ssh-session.js';
import { inspect, type Inspection } from './check.js';
import { hostsBlockOf, outOfRotation, rollback } from './compensation.js';
import { REFRESH_STEPS, type RefreshPlan, type RefreshRun } from './refresh-steps.js';
import { dropKept } from './verify.js';
import { leasePlanLine, withVmLease } from './vm-lease.js';

export async function refresh(s: Settings, ctx: RunContext, result: RunResult): Promise<void> {
  // The connection the reading opened goes on into the refresh (one SSH handshake, not two); closed here whatever happens.
  const found = await inspect(s, ctx, result, { keepSession: !s.dryRun });
  try {
    await decideAndRefresh(s, ctx, result, found);
  } finally {
    found.session?.close();
  }
}

async function decideAndRefresh(s: Settings, ctx: RunContext, result: RunResult, found: Inspection): Promise<void> {
  const decision = decideRefresh(
    {
      record: found.record,
      rootCertChanged: found.rootCertChanged,
      otherFileDrift: found.otherFileDrift,
      autoRegistered: s.workload.registration === 'workload-group',
      runtime: s.proxy.runtime,
    },
    s.refresh.withinMs,
  );
  const outcome: RefreshOutcome = { action: 'skipped', restart: false, reasons: decision.reasons };
  result.refresh = outcome;
  await runStep(result, ctx, 'Decide', `refresh-within ${formatDuration(s.refresh.withinMs)}`, async (step) => {
    step.detail = `${decision.refresh ? (decision.restart ? 'refresh, the proxy started anew' : 'refresh in place') : 'skip'}: ${decision.reasons.join('; ')}`;
    // Nothing changes on a partial reading: the decision would rest on what was not read.
    if (found.unread)
      throw new StepError(
        `could not read everything (${found.unread} read(s) failed), so nothing was refreshed: ${found.record.problems.join('; ')}`,
        'fix access to the cluster or the VM and refresh again',
      );
  });
  if (!decision.refresh) return;
  outcome.restart = decision.restart;
  if (s.dryRun) {
    outcome.action = 'planned';
    result.plan = planText(s, found, decision);
    result.proxyStatus = 'planned';
    return;
  }
  outcome.action = 'failed'; // until the refreshed proxy is verified
  await withVmLease(s, ctx, result, found.cluster, `refresh ${found.workload.namespace}/${found.workload.name}`, () =>
    refreshVm(s, ctx, result, found, decision, outcome),
  );
  outcome.action = 'refreshed';
}

/** The settings and facts of the proxy the VM has: its own image, no package (a refresh upgrades nothing). */
function ownProxy(s: Settings, found: Inspection): { own: Settings; facts: MeshFacts } {
  const facts = found.facts as MeshFacts;
  return { own: { ...s, proxy: { ...s.proxy, sidecarPackage: '' } }, facts: found.image ? { ...facts, image: found.image } : facts };
}

/** What the steps know before the VM is reached; `own` the settings they are handed their slices of. */
function refreshPlan(s: Settings, found: Inspection, d: RefreshDecision): { own: Settings; p: RefreshPlan } {
  const { own, facts } = ownProxy(s, found);
  const w = found.workload;
  return { own, p: { found, d, w, facts, runtime: proxyRuntime(own), hosts: hostsBlockOf(w) } };
}

/** The dry-run's plan: what and why, the lease, the steps' lines, then what is not written and what a failure does. */
function planText(s: Settings, found: Inspection, d: RefreshDecision): string[] {
  const { own, p } = refreshPlan(s, found, d);
  return [
    `refresh ${sshTarget(s)}: ${d.reasons.join('; ')}`,
    leasePlanLine(s),
    ...planSteps(REFRESH_STEPS, p, own),
    'no object is written to the cluster: the WorkloadEntry and the registration stay as they are',
    'on any failure: the previous proxy and files back, waited for; a previous proxy that cannot be brought back ready takes the VM out of rotation',
  ];
}

/** The VM's part, under its lease: the steps (token, files, (re)start, readiness, probes); on failure or abort, restored. */
async function refreshVm(
  s: Settings,
  ctx: RunContext,
  result: RunResult,
  found: Inspection,
  d: RefreshDecision,
  outcome: RefreshOutcome,
): Promise<void> {
  const { own, p } = refreshPlan(s, found, d);
  const r: RefreshRun = {
    ...p,
    ctx,
    result,
    cluster: found.cluster,
    outcome,
    // The reading's connection, still open after the lease (a long wait may have lost it: then a new one).
    connect: () => (found.session && !found.session.closed ? Promise.resolve(found.session) : ctx.connect.vm(s, ctx.log, ctx.signal)),
    undo: [],
    out: outOfRotation(s, p.w, found.rendered),
  };
  await runSteps(REFRESH_STEPS, r, own, async () => {
    if (!r.session) return; // the VM was not reached: nothing has changed
    if (result.proxyStatus === 'ready') result.proxyStatus = 'not-ready';
    await rollback(own, ctx, result, found.cluster, r.session, r.undo, r.out);
    r.session.close();
  });
  if (!r.session || !r.change) throw new Error('internal: the steps ran without connecting to and preparing the VM');
  await dropKept(p.runtime, r.session, r.change, ctx, result);
}
