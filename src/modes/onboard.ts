// mode: onboard: the workshop's whole flow for one VM, as one change that is verified before
// it is kept. Order keeps the mesh from ever routing to a VM without a ready proxy: read mesh
// facts and reach the VM first (the connection opens beside the cluster's reads and the lease:
// connecting changes nothing), prepare what the new proxy needs there (image, package) while
// nothing has changed, then identity and routing objects, token, the VM's switch (package,
// bundle, proxy: each keeping what it replaces), readiness, the WorkloadEntry, the probes. The
// steps are written once (modes/workload-steps.ts); pipeline/steps.ts derives the dry-run plan
// from them and runs them. Each change pushes its compensation (created: delete; replaced:
// restore) as it happens; on failure or abort the rollback (modes/compensation.ts) runs them in
// reverse, so a re-run leaves the previous proxy running and ready, and a first onboarding
// leaves nothing.
import type { Cluster } from '../cluster/client.js';
import { readMeshFacts, type MeshFacts } from '../cluster/mesh-facts.js';
import type { Settings } from '../config/settings.js';
import { buildBundle, type BundleFile } from '../plan/bundle.js';
import type { EffectiveWorkload } from '../plan/effective-workload.js';
import type { RenderedObject } from '../plan/kube-object.js';
import type { RunContext } from '../pipeline/context.js';
import { runStep } from '../pipeline/run-step.js';
import { StepError } from '../pipeline/step-error.js';
import { planSteps, runSteps } from '../pipeline/steps.js';
import type { RunResult } from '../report/result.js';
import { proxyRuntime } from '../vm/proxy-runtime.js';
import type { SshSession } from '../vm/ssh-session.js';
import { checkFactsForRuntime } from '../vm/systemd-runtime.js';
import { autoRegisterGroup, hostsBlockOf, outOfRotation, rollback } from './compensation.js';
import { checkOnServer, renderStep } from './render.js';
import { dropKept } from './verify.js';
import { leasePlanLine, withVmLease } from './vm-lease.js';
import { REDACTED, WORKLOAD_STEPS, type PlanContext, type WorkloadRun } from './workload-steps.js';

/** The dry-run's plan: the mesh facts and the lease, the steps' lines in order, then what a failure and a success do. */
function planText(s: Settings, p: PlanContext, facts: MeshFacts | undefined): string[] {
  return [
    `read mesh facts from namespace ${s.cluster.istioNamespace}${facts ? `: image ${facts.image}, trust domain ${facts.trustDomain}, gateway ${facts.gateway.address} (${facts.gateway.source})` : ' (no kubeconfig given: not read)'}`,
    leasePlanLine(s),
    ...planSteps(WORKLOAD_STEPS, p, s),
    'on any failure: undo in reverse (a previous proxy, its files and hosts block restored and waited for; what this run created removed); once verified: drop what was kept',
  ];
}

/** What a dry-run and offboarding know of the workload before anything is read; the steps get their slices of `s` from the executor. */
export function planContext(s: Settings, w: EffectiveWorkload, rendered: RenderedObject[]): PlanContext {
  return { runtime: proxyRuntime(s), w, rendered, hosts: hostsBlockOf(w) };
}

async function dryRun(s: Settings, ctx: RunContext, result: RunResult, rendered: RenderedObject[], w: EffectiveWorkload): Promise<void> {
  let facts: MeshFacts | undefined;
  let files: BundleFile[] | undefined;
  if (s.cluster.kubeconfig) {
    // The Kubernetes client loads here, after the render step.
    const cluster = await ctx.connect.cluster(s.cluster.kubeconfig, s.cluster.context, ctx.log, ctx.signal, s.cluster.requestTimeoutMs);
    facts = await runStep(result, ctx, 'Read mesh facts', `${cluster.server} ${s.cluster.istioNamespace}`, async () =>
      checkFactsForRuntime(s, w, await readMeshFacts(cluster, s)),
    );
    files = buildBundle(w, facts, REDACTED, autoRegisterGroup(s, w));
    await runStep(result, ctx, 'Server-side dry-run and live diff', cluster.server, async (step) => {
      step.detail = await checkOnServer(cluster, w.namespace, rendered, result);
    });
  }
  result.plan = planText(s, { ...planContext(s, w, rendered), facts, files }, facts);
  result.proxyStatus = 'planned';
}

/** The VM's connection, opening: how long the handshake took once it is done. */
interface Opening {
  session: Promise<SshSession>;
  tookMs(): number | undefined;
  /** The run ended before the VM's part: stop connecting, or close what opened. */
  abandon(): void;
}

/**
 * Opens the VM's connection at once and lets the run go on: connecting changes nothing on the
 * VM, so the handshake runs beside the render, the check, the cluster client's start, the mesh facts and the lease
 * (the step "Connect to the VM" waits for it after them).
 */
function openEarly(s: Settings, ctx: RunContext): Opening {
  const started = performance.now();
  const stop = new AbortController();
  let took: number | undefined;
  const session = ctx.connect.vm(s, ctx.log, AbortSignal.any([ctx.signal, stop.signal])).then((opened) => {
    took = Math.round(performance.now() - started);
    return opened;
  });
  session.catch(() => undefined); // its error is the Connect step's, when the run gets there
  return {
    session,
    tookMs: () => took,
    abandon: () => {
      stop.abort(new StepError('the run ended before it reached the VM'));
      void session.then(
        (opened) => opened.close(),
        () => undefined,
      );
    },
  };
}

export async function onboard(s: Settings, ctx: RunContext, result: RunResult): Promise<void> {
  if (s.dryRun) {
    const { objects, workload } = await renderStep(s, ctx, result, 'planned');
    return dryRun(s, ctx, result, objects, workload);
  }
  // The inputs are good from here: the VM's connection opens at once, beside the render, the
  // check, the cluster's reads and the lease (it needs only the ssh-* inputs, none of the manifests).
  const opening = openEarly(s, ctx);
  let reached = false;
  try {
    const { objects: rendered, workload: w } = await renderStep(s, ctx, result, 'planned');
    const cluster = await ctx.connect.cluster(
      s.cluster.kubeconfig as string,
      s.cluster.context,
      ctx.log,
      ctx.signal,
      s.cluster.requestTimeoutMs,
    ); // the Kubernetes client loads here, after the render step
    // A fleet reads them once; the inputs they depend on can differ per VM, so they are in the key.
    const read = () => readMeshFacts(cluster, s);
    const facts = await runStep(result, ctx, 'Read mesh facts', `${cluster.server} ${s.cluster.istioNamespace}`, async () =>
      checkFactsForRuntime(
        s,
        w,
        await (ctx.once ? ctx.once(`mesh-facts\0${s.proxy.image}\0${s.workload.network}\0${s.proxy.gatewayAddress}`, read) : read()),
      ),
    );
    return await withVmLease(s, ctx, result, cluster, `onboard ${w.namespace}/${w.name}`, () => {
      reached = true;
      return onboardVm(s, ctx, result, cluster, facts, rendered, w, opening);
    });
  } finally {
    // Failed before the VM's part (render, check, mesh facts, lease): nothing used the connection.
    if (!reached) opening.abandon();
  }
}

/** Everything the run changes, under the VM's lease: the steps in order; on failure or abort, undone. */
async function onboardVm(
  s: Settings,
  ctx: RunContext,
  result: RunResult,
  cluster: Cluster,
  facts: MeshFacts,
  rendered: RenderedObject[],
  w: EffectiveWorkload,
  opening: Opening,
): Promise<void> {
  const r: WorkloadRun = {
    ...planContext(s, w, rendered),
    ctx,
    result,
    cluster,
    facts,
    opening,
    undo: [],
    out: outOfRotation(s, w, rendered),
  };
  await runSteps(WORKLOAD_STEPS, r, s, async () => {
    if (!r.session) return; // the VM was not reached: nothing has changed
    if (result.proxyStatus === 'ready') result.proxyStatus = 'not-ready';
    await rollback(s, ctx, result, cluster, r.session, r.undo, r.out);
    r.session.close();
  });
  if (!r.session || !r.change) throw new Error('internal: the steps ran without connecting to and preparing the VM');
  await dropKept(r.runtime, r.session, r.change, ctx, result);
}
