// mode: onboard: the workshop's whole flow for one VM, as one change that is verified before
// it is kept. Order keeps the mesh from ever routing to a VM without a ready proxy: read mesh
// facts and reach the VM first (the connection opens beside the cluster's reads and the lease:
// connecting changes nothing), prepare what the new proxy needs there (image, package) while
// nothing has changed, then identity and routing objects, token, the VM's switch (package,
// bundle, proxy: each keeping what it replaces), readiness, the WorkloadEntry, the probes. Each
// change pushes its compensation (created: delete; replaced: restore) as it happens; on failure
// or abort the rollback runs them in reverse, so a re-run leaves the previous proxy running and
// ready, and a first onboarding leaves nothing. Mode refresh (modes/refresh.ts) runs its VM part
// through the same compensation stack: rollback, restoreVm, outOfRotation, verify.
import type { Cluster } from '../cluster/client.js';
import { applyObject, deleteObject, readObject } from '../cluster/apply.js';
import { readMeshFacts, type MeshFacts } from '../cluster/mesh-facts.js';
import { requestToken } from '../cluster/token.js';
import type { Settings } from '../config/settings.js';
import { formatDuration } from '../config/duration.js';
import { buildBundle, type BundleFile } from '../plan/bundle.js';
import type { EffectiveWorkload } from '../plan/effective-workload.js';
import { objectRef, type KubeObject, type RenderedObject } from '../plan/kube-object.js';
import { FIELD_MANAGER } from '../plan/labels.js';
import { hostsBlockLines, hostsBlockMarker, probeHost } from '../plan/mesh-hosts.js';
import { type HostsBlock } from '../plan/remote-commands.js';
import { shellJoin } from '../plan/shell.js';
import type { RunContext } from '../pipeline/context.js';
import { boundedSignal } from '../pipeline/abort.js';
import { retry } from '../pipeline/retry.js';
import { runStep } from '../pipeline/run-step.js';
import type { RunResult } from '../report/result.js';
import { recordObject } from '../report/record-object.js';
import { proxyRuntime, type ProxyRuntime, type VmChange } from '../vm/proxy-runtime.js';
import { pollReady } from '../vm/readiness.js';
import { excerpt } from '../probe/access-log.js';
import { outboundProbeCommand, probeInbound, probeOutbound } from '../probe/probes.js';
import { StepError } from '../pipeline/step-error.js';
import { checkFactsForRuntime } from '../vm/systemd-runtime.js';
import { groupHealthChecks } from '../plan/workload-objects.js';
import { sshTarget, type SshSession } from '../vm/ssh-session.js';
import { checkOnServer, renderStep } from './render.js';
import { leasePlanLine, withVmLease } from './vm-lease.js';
import { autoRegisteredEntries, entryAddress, waitForAutoRegisteredEntry } from '../cluster/auto-registration.js';

/** registration: workload-group: the built-in WorkloadGroup, named after the workload; '' otherwise. */
export function autoRegisterGroup(s: Settings, w: EffectiveWorkload): string {
  return s.workload.registration === 'workload-group' ? w.name : '';
}

const REDACTED = '<redacted: minted at run time>';
const ACCESS_LOG_TAIL = 500;
/** docker logs --since is the VM's clock: start a little earlier than our own start. */
const LOG_CLOCK_SKEW_MS = 5 * 60_000;

function isWorkloadEntry(r: RenderedObject): boolean {
  return r.object.kind === 'WorkloadEntry';
}

/** What undoing needs: the cluster and the VM (a new connection when the run's was lost), under the rollback's own signal. */
interface UndoContext {
  cluster: Cluster;
  vm: () => Promise<SshSession>;
  signal: AbortSignal;
}

/** One thing this run changed and how to undo it: created -> delete, replaced -> restore. Pushed as the change happens. */
export interface Compensation {
  /** What undoing it does, for "NOT undone: ..." ("delete ServiceAccount/demo/web"). */
  what: string;
  undo(u: UndoContext): Promise<string>;
}

/** The workload's /etc/hosts block on the VM: the mesh hosts it calls, at the sidecar's listeners. */
export function hostsBlockOf(w: EffectiveWorkload): HostsBlock {
  return { marker: hostsBlockMarker(w), lines: hostsBlockLines(w.meshHosts) };
}

/**
 * The key a fleet shares one apply under: VMs that render the very same object (the namespace, a shared WorkloadGroup and
 * its ServiceAccount, Service and Sidecar) write it once.
 */
export function sharedApplyKey(obj: KubeObject): string {
  return `apply\0${JSON.stringify(obj)}`;
}

/** The live object as it can be applied again: what the server adds (status, uid, versions, managed fields) left out. */
const SERVER_SET_METADATA = ['uid', 'resourceVersion', 'creationTimestamp', 'managedFields', 'generation', 'selfLink'];
function asApplied(live: KubeObject): KubeObject {
  const copy = structuredClone(live) as KubeObject & { status?: unknown };
  delete copy.status;
  for (const k of SERVER_SET_METADATA) delete (copy.metadata as Record<string, unknown>)[k];
  return copy;
}

/** Applies the objects; each created one is deleted by the rollback, each updated one applied again as it was. */
async function applyAll(
  ctx: RunContext,
  cluster: Cluster,
  objects: RenderedObject[],
  result: RunResult,
  undo: Compensation[],
): Promise<void> {
  for (const r of objects) {
    let mine: Compensation | undefined;
    const applyOne = async () => {
      // Counted as ours before the write: an apply cut short by an abort may still have landed.
      const before = (await readObject(cluster, r.object)) ?? null;
      // create-namespace creates a missing namespace; one that exists is not ours to patch.
      if (before && r.object.kind === 'Namespace') return { object: before, action: 'unchanged' as const };
      mine = before ? restoreObject(ctx, r, before) : deleteCreated(ctx, r, result);
      undo.push(mine);
      const applied = await applyObject(cluster, r.object, { dryRun: false, before });
      if (applied.action === 'unchanged' || (!before && applied.action !== 'created')) undo.splice(undo.indexOf(mine), 1); // nothing of ours to undo
      return applied;
    };
    // In a fleet, the other VMs that render this object wait for the one write and share its
    // outcome: what it created is theirs to undo too (a rollback keeps what others still use).
    const applied = ctx.once ? await ctx.once(sharedApplyKey(r.object), applyOne) : await applyOne();
    if (applied.action === 'created' && !mine) undo.push(deleteCreated(ctx, r, result));
    recordObject(result, r, applied.action);
  }
}

function deleteCreated(ctx: RunContext, r: RenderedObject, result: RunResult): Compensation {
  const obj = r.object;
  return {
    what: `delete ${objectRef(obj)}`,
    undo: async ({ cluster }) => {
      if (obj.kind === 'Namespace') return ''; // may hold what this run did not make: never deleted
      const others = ctx.usedByOthers?.(obj) ?? [];
      if (others.length) return `kept ${objectRef(obj)}: ${others.join(', ')} of this run use it`;
      const outcome = await deleteObject(cluster, obj);
      ctx.forget?.(sharedApplyKey(obj)); // a VM of the fleet that comes later applies it anew
      const entry = result.objects.find(
        (o) => o.kind === obj.kind && o.name === obj.metadata.name && o.namespace === obj.metadata.namespace,
      );
      if (entry) entry.action = 'rolled-back';
      return `${outcome} ${objectRef(obj)}`;
    },
  };
}

function restoreObject(ctx: RunContext, r: RenderedObject, before: KubeObject): Compensation {
  return {
    what: `restore ${objectRef(r.object)}`,
    undo: async ({ cluster }) => {
      const others = ctx.usedByOthers?.(r.object) ?? [];
      if (others.length) return `kept the new ${objectRef(r.object)}: ${others.join(', ')} of this run use it`;
      // An apply that was refused, or changed nothing, left it as it was: no write.
      const live = await readObject(cluster, r.object);
      if (live?.metadata.resourceVersion === before.metadata.resourceVersion) return '';
      await applyObject(cluster, asApplied(before), { dryRun: false, before: live ?? null });
      ctx.forget?.(sharedApplyKey(r.object));
      return `restored ${objectRef(r.object)} as it was`;
    },
  };
}

function planText(
  s: Settings,
  runtime: ProxyRuntime,
  w: EffectiveWorkload,
  rendered: RenderedObject[],
  facts: MeshFacts | undefined,
  files: BundleFile[] | undefined,
): string[] {
  const pin = s.ssh.knownHosts.length
    ? 'pinned by ssh-known-hosts'
    : s.ssh.fingerprints.length
      ? 'pinned by ssh-host-fingerprint'
      : s.ssh.strictHostKey
        ? 'NOT PINNED: would be refused'
        : 'not checked (ssh-strict-host-key: false)';
  const lines = [
    `read mesh facts from namespace ${s.cluster.istioNamespace}${facts ? `: image ${facts.image}, trust domain ${facts.trustDomain}, gateway ${facts.gateway.address} (${facts.gateway.source})` : ' (no kubeconfig given: not read)'}`,
    leasePlanLine(s),
    `connect ${sshTarget(s)} (host key ${pin})`,
    `apply (server-side, field manager ${FIELD_MANAGER}; an object this run creates is deleted on failure, one it changes is applied again as it was):`,
    ...rendered.filter((r) => !isWorkloadEntry(r)).map((r) => `  ${objectRef(r.object)}`),
    `request a token for ServiceAccount ${w.namespace}/${w.serviceAccount} (audience istio-ca, lifetime ${formatDuration(s.proxy.tokenLifetimeSeconds * 1000)})`,
    ...runtime.planLines(w, facts, files, hostsBlockOf(w), REDACTED),
  ];
  if (autoRegisterGroup(s, w))
    lines.push(
      `wait up to ${formatDuration(s.proxy.readyTimeoutMs)} until istiod has created the WorkloadEntry for ${w.address} from WorkloadGroup ${w.namespace}/${autoRegisterGroup(s, w)}${groupHealthChecks(w) ? " and marked it Healthy (the group's probe passes on the VM)" : ''}`,
    );
  else
    lines.push('apply (server-side) once the proxy is ready:', ...rendered.filter(isWorkloadEntry).map((r) => `  ${objectRef(r.object)}`));
  for (const url of s.probe.urls)
    lines.push(
      `probe ${url} from here with x-request-id ivo-<uuid> (expect HTTP ${s.probe.expectedStatus}, retry up to ${formatDuration(s.probe.timeoutMs)})`,
    );
  if (s.probe.fromVmUrl)
    lines.push(
      `probe on the VM (expect HTTP ${s.probe.expectedStatus}): ${shellJoin(outboundProbeCommand(s.probe.fromVmUrl, 'ivo-<uuid>'))}`,
    );
  if (s.probe.urls.length || s.probe.fromVmUrl)
    lines.push(`read the access log: ${shellJoin(runtime.logsCommand(ACCESS_LOG_TAIL, '<run start>'))}`);
  lines.push(
    'on any failure: undo in reverse (a previous proxy, its files and hosts block restored and waited for; what this run created removed); once verified: drop what was kept',
  );
  return lines;
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
  result.plan = planText(s, proxyRuntime(s), w, rendered, facts, files);
  result.proxyStatus = 'planned';
}

/** The rollback's own bound (the run's signal may already have fired: timeout, SIGTERM); a restored proxy gets its ready-timeout on top. */
const ROLLBACK_TIMEOUT_MS = 60_000;

/**
 * Undoes this run's changes in reverse, each on its own (a VM out of reach must not keep the
 * objects in the cluster). A previous proxy that was brought back is waited for; when it cannot
 * be brought back ready, the mesh stops routing to the VM (its WorkloadEntry removed) and the
 * first line of the error says so.
 */
export async function rollback(
  s: Settings,
  ctx: RunContext,
  result: RunResult,
  cluster: Cluster,
  session: SshSession | undefined,
  undo: Compensation[],
  out: OutOfRotation,
): Promise<void> {
  const bound = boundedSignal(ROLLBACK_TIMEOUT_MS + s.proxy.readyTimeoutMs, 'the rollback');
  const signal = bound.signal;
  const notes: string[] = [];
  const failed: string[] = [];
  let reopened: SshSession | undefined;
  const vm = async (): Promise<SshSession> => {
    if (session && !session.closed) return session;
    // The connection may be what failed (dropped mid-transfer): undo over a new one.
    if (!reopened) {
      reopened = await ctx.connect.vm(s, ctx.log, signal);
      notes.push('reconnected to the VM');
    }
    return reopened;
  };
  const u: UndoContext = { cluster: cluster.withSignal(signal), vm, signal };
  await runStep(result, { log: ctx.log, signal }, 'Roll back', 'what this run changed', async (step) => {
    for (const c of [...undo].reverse()) {
      try {
        notes.push(await c.undo(u));
      } catch (err) {
        failed.push(`${c.what}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    if (out.needed) {
      try {
        notes.push(await out.take(u));
      } catch (err) {
        failed.push(`take the workload out of rotation: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    step.detail = notes.filter(Boolean).join('; ') || 'nothing to undo';
    if (failed.length)
      throw new StepError(`not undone: ${failed.join('; ')}`, 'put back or remove what is named here by hand: this run changed it');
  })
    .catch(() => undefined) // the first error stays the one reported
    .finally(() => {
      reopened?.close();
      bound.dispose();
    });
  if (result.error) {
    if (out.needed) result.error.message = `${out.headline}. ${result.error.message}`;
    if (notes.length || failed.length)
      result.error.message += ` (rolled back: ${[...notes.filter(Boolean), ...failed.map((f) => `NOT undone: ${f}`)].join('; ')})`;
  }
}

/** When a previous proxy cannot be brought back ready: no routing to the VM (Istio's way without health checks: no WorkloadEntry). */
export interface OutOfRotation {
  needed: boolean;
  headline: string;
  take(u: UndoContext): Promise<string>;
}

export function outOfRotation(s: Settings, w: EffectiveWorkload, rendered: RenderedObject[]): OutOfRotation {
  const group = autoRegisterGroup(s, w);
  return {
    needed: false,
    headline: '',
    take: async ({ cluster }) => {
      const entries = group
        ? (await autoRegisteredEntries(cluster, w.namespace, group)).filter((e) => entryAddress(e) === w.address)
        : rendered.filter(isWorkloadEntry).map((r) => r.object);
      const gone: string[] = [];
      for (const e of entries) if ((await deleteObject(cluster, e)) === 'deleted') gone.push(objectRef(e));
      return gone.length ? `took the VM out of rotation: deleted ${gone.join(', ')}` : 'no WorkloadEntry routed to the VM';
    },
  };
}

/** The VM's part of the change, undone as one: package, files and hosts block, proxy, then the previous proxy waited for. */
export function restoreVm(
  s: Settings,
  runtime: ProxyRuntime,
  change: VmChange,
  marker: string,
  log: RunContext['log'],
  out: OutOfRotation,
  result: RunResult,
): Compensation {
  return {
    what: change.hadProxy ? `restore the previous proxy (${change.previous})` : 'remove the proxy, bundle and hosts block this run wrote',
    undo: async ({ vm, signal }) => {
      if (!change.switched && !change.packageSwitched) return '';
      try {
        const on = await vm();
        const { notes, restarted } = await runtime.restore(on, change, marker, signal);
        if (!restarted) return notes.join('; ');
        const started = performance.now();
        const { ready, last } = await pollReady(on, s, signal);
        if (!ready)
          throw new StepError(
            `the restored proxy did not get ready within ${formatDuration(s.proxy.readyTimeoutMs)} (last answer: ${last || 'none'})`,
          );
        const back = `restored the previous proxy (${restarted}), ready in ${Math.round(performance.now() - started)} ms`;
        log.info(back);
        result.proxyStatus = 'restored';
        return [...notes, back].join('; ');
      } catch (err) {
        if (change.hadProxy) {
          out.needed = true;
          out.headline = `The previous proxy on ${sshTarget(s)} could not be restored (${err instanceof Error ? err.message : String(err)}): the VM was taken out of rotation; fix the VM, then run onboard again`;
        }
        throw err;
      }
    },
  };
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
 * VM, so the handshake runs beside the cluster client's start, the mesh facts and the lease
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
  const { objects: rendered, workload: w } = await renderStep(s, ctx, result, 'planned');
  if (s.dryRun) return dryRun(s, ctx, result, rendered, w);

  // The inputs are good from here: the VM's connection opens beside the cluster's reads and the lease.
  const opening = openEarly(s, ctx);
  let reached = false;
  try {
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
    // Failed before the VM's part (mesh facts, lease): nothing used the connection.
    if (!reached) opening.abandon();
  }
}

/** Everything the run changes, under the VM's lease: on failure or abort, undone. */
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
  const runtime = proxyRuntime(s);
  const session = await runStep(result, ctx, 'Connect to the VM', sshTarget(s), async (step) => {
    const opened = await opening.session;
    step.detail = `host key ${opened.hostKey.fingerprint} (${opened.hostKey.reason}); opened beside the mesh facts and the lease, in ${opening.tookMs() ?? '?'} ms`;
    return opened;
  });
  const undo: Compensation[] = [];
  const hosts = hostsBlockOf(w);
  const out = outOfRotation(s, w, rendered);
  let change: VmChange;
  try {
    // Nothing has changed yet: a missing image or a bad package fails here, leaving all as it was.
    change = await runStep(result, ctx, 'Prepare the VM', `${session.target} (${runtime.name})`, async (step) => {
      const prepared = await runtime.prepare(session, facts, ctx.log, ctx.signal);
      step.detail = prepared.detail;
      result.proxyVersion = { before: prepared.change.previous || 'none', after: prepared.change.next };
      return prepared.change;
    });
    await runStep(result, ctx, 'Register the workload', `${w.namespace}/${w.name}`, () =>
      applyAll(
        ctx,
        cluster,
        rendered.filter((r) => !isWorkloadEntry(r)),
        result,
        undo,
      ),
    );
    const token = await runStep(
      result,
      ctx,
      'Mint the bootstrap token',
      `ServiceAccount ${w.namespace}/${w.serviceAccount}`,
      async (step) => {
        const t = await requestToken(cluster, ctx.log, w.namespace, w.serviceAccount, s.proxy.tokenLifetimeSeconds);
        step.detail = `audience istio-ca, expires ${t.expiresAt.toISOString()}`;
        return t;
      },
    );
    result.tokenExpiresAt = token.expiresAt.toISOString();
    result.bootstrap = {
      image: facts.image,
      gateway: facts.gateway.address,
      gatewaySource: facts.gateway.source,
      trustDomain: facts.trustDomain,
      configDir: s.proxy.configDir,
    };
    const files = buildBundle(w, facts, token.token, autoRegisterGroup(s, w));
    // From here the VM changes; undone first, as one (a previous proxy back and waited for).
    undo.push(restoreVm(s, runtime, change, hosts.marker, ctx.log, out, result));
    if (runtime.installPackage) {
      const install = runtime.installPackage.bind(runtime);
      await runStep(result, ctx, 'Install the istio-sidecar package', session.target, async (step) => {
        step.detail = await install(session, change, ctx.signal);
      });
    }
    await runStep(result, ctx, 'Transfer the bootstrap bundle', `${session.target}:${s.proxy.configDir}`, async (step) => {
      change.switched = true;
      step.detail = await runtime.installBundle(session, files, hosts, ctx.log, ctx.signal);
    });
    if (s.proxy.start) {
      // The start's round trip also waits for readiness a while: a proxy ready by then needs no poll.
      const startedAt = Date.now();
      let readyAtStart = false;
      await runStep(result, ctx, 'Start the proxy', `${session.target} (${runtime.name})`, async (step) => {
        change.proxyStarted = true;
        const started = await runtime.start(session, w, facts, ctx.log, ctx.signal);
        readyAtStart = started.ready;
        step.detail = started.detail;
      });
      await runStep(result, ctx, 'Wait for the proxy to be ready', `${session.target} :15020/healthz/ready`, async (step) => {
        result.proxyStatus = 'not-ready';
        if (readyAtStart) step.detail = 'ready within the round trip that started it';
        else await runtime.waitReady(session, ctx.log, ctx.signal, startedAt);
        result.proxyStatus = 'ready';
      });
    }
    if (autoRegisterGroup(s, w)) {
      await runStep(
        result,
        ctx,
        "Wait for istiod's WorkloadEntry",
        `WorkloadGroup ${w.namespace}/${autoRegisterGroup(s, w)}, address ${w.address}`,
        async (step) => {
          const entry = await waitForAutoRegisteredEntry(cluster, w.namespace, autoRegisterGroup(s, w), w.address, {
            timeoutMs: s.proxy.readyTimeoutMs,
            healthChecks: groupHealthChecks(w),
            signal: ctx.signal,
          });
          result.autoRegistered = entry;
          step.detail = `WorkloadEntry ${w.namespace}/${entry.name}, created by istiod${entry.healthy ? `, Healthy: ${entry.healthy}` : ''}`;
        },
      );
    } else {
      await runStep(result, ctx, 'Make the WorkloadEntry live', `${w.namespace}/${w.name}`, () =>
        applyAll(ctx, cluster, rendered.filter(isWorkloadEntry), result, undo),
      );
    }
    // The change is kept only once it is verified: a probe that fails undoes it like any other failure.
    if (s.probe.urls.length || s.probe.fromVmUrl) await verify(s, runtime, w, ctx, result, session);
  } catch (err) {
    if (result.proxyStatus === 'ready') result.proxyStatus = 'not-ready';
    await rollback(s, ctx, result, cluster, session, undo, out);
    session.close();
    throw err;
  }
  await dropKept(runtime, session, change, ctx, result);
}

/** The change is verified: what was kept for a restore goes, and the session closes. */
export async function dropKept(
  runtime: ProxyRuntime,
  session: SshSession,
  change: VmChange,
  ctx: RunContext,
  result: RunResult,
): Promise<void> {
  try {
    await runStep(result, ctx, 'Drop what was kept for a restore', session.target, async (step) => {
      await runtime.commit(session, change, ctx.signal).catch((err: unknown) => {
        // The new proxy is verified: leftovers of the old one are no reason to fail or undo the run.
        ctx.log.warning(err instanceof Error ? err.message : String(err));
        step.detail = 'left in place (see the warning)';
      });
    });
  } finally {
    session.close();
  }
}

export async function verify(
  s: Settings,
  runtime: ProxyRuntime,
  w: EffectiveWorkload,
  ctx: RunContext,
  result: RunResult,
  session: SshSession,
): Promise<void> {
  const since = new Date(Date.parse(result.startedAt) - LOG_CLOCK_SKEW_MS).toISOString();
  await runStep(result, ctx, 'Verify traffic', [...s.probe.urls, s.probe.fromVmUrl].filter(Boolean).join(', '), async (step) => {
    // One after the other: each probe's request IDs and access-log lines stay its own.
    for (const url of s.probe.urls) result.probes.push(await probeInbound(url, s, ctx.log, ctx.signal));
    if (s.probe.fromVmUrl) {
      const host = probeHost(s.probe.fromVmUrl)?.host;
      result.probes.push(
        await probeOutbound(
          s,
          session,
          w.meshHosts.find((e) => e.host === host),
          ctx.log,
          ctx.signal,
        ),
      );
    }
    result.probeStatus = result.probes.every((p) => p.passed) ? 'passed' : 'failed';
    const ids = result.probes.flatMap((p) => p.requestIds);
    const wanted = result.probes.filter((p) => p.httpStatus !== 0).map((p) => p.requestId);
    // The proxy writes a line after the response; give docker logs a moment to catch up.
    await retry(
      async () => {
        result.accessLog = excerpt(await runtime.logs(session, ctx.signal, ACCESS_LOG_TAIL, since), ids);
        const seen = new Set(result.accessLog.ours.map((e) => e.requestId));
        if (!wanted.every((id) => seen.has(id))) throw new StepError('not all probe requests are in the access log yet');
      },
      { signal: ctx.signal, attempts: 5, delayMs: 300 },
    ).catch((err: unknown) => {
      if (ctx.signal.aborted) throw err; // otherwise: report the lines there are
    });
    step.detail = `${result.probes.map((p) => `${p.direction} ${p.passed ? 'passed' : 'failed'} (HTTP ${p.httpStatus || '-'})`).join(', ')}; ${result.accessLog?.ours.length ?? 0} access-log lines with our request IDs`;
    const failed = result.probes.filter((p) => !p.passed);
    if (failed.length) {
      throw new StepError(
        failed.map((p) => p.error).join('; '),
        'check the probe URL, the expected status (probe-expected-status), and the access-log lines in the report',
      );
    }
  });
}
