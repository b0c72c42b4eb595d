// The compensations a change pushes as it happens (created: delete; replaced: restore; the VM:
// restored as one, the previous proxy waited for) and the rollback that runs them in reverse.
// Onboard's steps (modes/workload-steps.ts) and refresh's (modes/refresh-steps.ts) push them.
import type { Cluster } from '../cluster/client.js';
import { applyObject, deleteObject, readObject } from '../cluster/apply.js';
import { autoRegisteredEntries, entryAddress } from '../cluster/auto-registration.js';
import { formatDuration } from '../config/duration.js';
import type { Settings } from '../config/settings.js';
import type { EffectiveWorkload } from '../plan/effective-workload.js';
import { objectRef, type KubeObject, type RenderedObject } from '../plan/kube-object.js';
import { hostsBlockLines, hostsBlockMarker } from '../plan/mesh-hosts.js';
import type { HostsBlock } from '../plan/remote-commands.js';
import { boundedSignal } from '../pipeline/abort.js';
import type { RunContext } from '../pipeline/context.js';
import { runStep } from '../pipeline/run-step.js';
import { StepError } from '../pipeline/step-error.js';
import type { Compensation, UndoContext } from '../pipeline/steps.js';
import { recordObject } from '../report/record-object.js';
import type { RunResult } from '../report/result.js';
import type { ProxyRuntime, VmChange } from '../vm/proxy-runtime.js';
import { pollReady } from '../vm/readiness.js';
import { sshTarget, type SshSession } from '../vm/ssh-session.js';

export type { Compensation } from '../pipeline/steps.js';

/** registration: workload-group: the built-in WorkloadGroup, named after the workload; '' otherwise. */
export function autoRegisterGroup(s: Pick<Settings, 'workload'>, w: EffectiveWorkload): string {
  return s.workload.registration === 'workload-group' ? w.name : '';
}

export function isWorkloadEntry(r: RenderedObject): boolean {
  return r.object.kind === 'WorkloadEntry';
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
export async function applyAll(
  ctx: RunContext,
  cluster: Cluster,
  objects: RenderedObject[],
  result: RunResult,
  undo: Compensation[],
): Promise<void> {
  // What each object is before this run writes it: read once, the namespace's objects beside
  // the namespace itself (a read changes nothing, and one of a namespace not yet there is a 404:
  // created by this run, as it will be). A fleet reads inside its shared apply instead (once),
  // where the first VM's write must not be read as what was there before.
  const reads = new Map<RenderedObject, Promise<KubeObject | undefined>>();
  const readBefore = (r: RenderedObject) => {
    let read = reads.get(r);
    if (!read) {
      read = readObject(cluster, r.object);
      read.catch(() => undefined); // its failure is the apply's, when that awaits it
      reads.set(r, read);
    }
    return read;
  };
  // Each object's compensations, pushed onto the stack in the objects' order once all have
  // settled: the rollback's order is the same whatever answered first.
  const applyAndUndo = async (r: RenderedObject, mine: Compensation[]) => {
    const applyOne = async () => {
      // Counted as ours before the write: an apply cut short by an abort may still have landed.
      const before = (await readBefore(r)) ?? null;
      // create-namespace creates a missing namespace; one that exists is not ours to patch.
      if (before && r.object.kind === 'Namespace') return { object: before, action: 'unchanged' as const };
      const undoIt = before ? restoreObject(ctx, r, before) : deleteCreated(ctx, r, result);
      mine.push(undoIt);
      const applied = await applyObject(cluster, r.object, { dryRun: false, before });
      if (applied.action === 'unchanged' || (!before && applied.action !== 'created')) mine.splice(mine.indexOf(undoIt), 1); // nothing of ours to undo
      return applied;
    };
    // In a fleet, the other VMs that render this object wait for the one write and share its
    // outcome: what it created is theirs to undo too (a rollback keeps what others still use).
    const applied = ctx.once ? await ctx.once(sharedApplyKey(r.object), applyOne) : await applyOne();
    if (applied.action === 'created' && !mine.length) mine.push(deleteCreated(ctx, r, result));
    return applied.action;
  };
  // The namespace first (the others live in it), then the others at once: none refers to another
  // at admission. All of a group settle before a failure goes on, so no write lands after the
  // rollback has started; the report lists them in the manifests' order.
  const applyAtOnce = async (group: RenderedObject[]) => {
    const theirs = group.map((): Compensation[] => []);
    const settled = await Promise.allSettled(group.map((r, i) => applyAndUndo(r, theirs[i] as Compensation[])));
    settled.forEach((s, i) => {
      undo.push(...(theirs[i] as Compensation[]));
      if (s.status === 'fulfilled') recordObject(result, group[i] as RenderedObject, s.value);
    });
    const failed = settled.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  };
  const namespaces = objects.filter((r) => r.object.kind === 'Namespace');
  const others = objects.filter((r) => r.object.kind !== 'Namespace');
  if (!ctx.once) for (const r of others) void readBefore(r);
  await applyAtOnce(namespaces);
  await applyAtOnce(others);
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
  s: Pick<Settings, 'ssh' | 'proxy'>,
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
