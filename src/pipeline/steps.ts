// A change written once as a list of steps, and the one executor that reads the list three ways:
// the dry-run's plan (each step's plan lines, in order), the run (each step in order, pushing its
// compensation as it changes something; on failure the caller's rollback undoes them in reverse)
// and offboarding (each step's "only ours" undo, in reverse order within its phase). A step that
// does not apply to these settings (`when`) is left out of all three. Each step declares the
// settings it reads (`uses`) and is handed only that slice of them.
import type { Cluster } from '../cluster/client.js';
import type { SshSession } from '../vm/ssh-session.js';

/** What undoing needs: the cluster and the VM (a new connection when the run's was lost), under the rollback's own signal. */
export interface UndoContext {
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

/**
 * When an offboard action runs: first what stops the mesh routing to the VM, then the VM itself,
 * then the cluster's objects (istiod's own entry among them: removed once the proxy is gone, so
 * istiod does not make it again). Within a phase: the reverse of the list.
 */
export const OFFBOARD_PHASES = ['unroute', 'vm', 'cluster'] as const;
export type OffboardPhase = (typeof OFFBOARD_PHASES)[number];

/**
 * The part of the settings a step reads: the top-level keys it declares (`uses`), picked out at
 * run time, so a step cannot read what it did not declare (TypeScript refuses it; at run time
 * it is not there).
 */
export type Slice<S, K extends keyof S> = Pick<S, K>;

/** A slice of the settings holding exactly these keys. */
export function pick<S extends object, K extends keyof S>(settings: S, keys: readonly K[]): Pick<S, K> {
  const slice: Partial<Pick<S, K>> = {};
  for (const k of keys) slice[k] = settings[k];
  return slice as Pick<S, K>; // every declared key was set just above
}

/** Offboarding's undo of a step: only what this action made (its field manager, its proxy, its files). */
export interface OffboardAction<V, P, O extends P> {
  phase: OffboardPhase;
  plan(p: P, s: V): string[];
  run(o: O, s: V): Promise<void>;
}

/**
 * One step of a change: S the settings and K the keys of them it reads (`uses`); P what a dry-run
 * knows, R what a run has (P and more), O what offboarding has. Each function gets the step's
 * slice of the settings, never the whole object.
 */
export interface Step<S, P, R extends P, O extends P, K extends keyof S = keyof S> {
  name: string;
  /** The settings this step reads: the executor hands it these keys and no other. */
  uses: readonly K[];
  /** Applies to these settings; left out of the plan, the run and offboarding otherwise. */
  when?(p: P, s: Slice<S, K>): boolean;
  plan(p: P, s: Slice<S, K>): string[];
  /** Does the step, pushing the compensation of each change it makes as it makes it. */
  run(r: R, s: Slice<S, K>): Promise<void>;
  offboard?: OffboardAction<Slice<S, K>, P, O>;
}

/**
 * A step and the slice of the settings it is handed. Typed as the whole settings (a list holds
 * steps of different keys); at run time it holds the step's `uses` only, as each step is typed.
 */
interface Sliced<S, P, R extends P, O extends P> {
  step: Step<S, P, R, O>;
  slice: Slice<S, keyof S>;
}

function active<S extends object, P, R extends P, O extends P>(
  steps: readonly Step<S, P, R, O>[],
  p: P,
  settings: S,
): Sliced<S, P, R, O>[] {
  return steps.map((step) => ({ step, slice: pick(settings, step.uses) })).filter(({ step, slice }) => step.when?.(p, slice) ?? true);
}

/** The dry-run's plan: the steps' lines in order. */
export function planSteps<S extends object, P, R extends P, O extends P>(steps: readonly Step<S, P, R, O>[], p: P, settings: S): string[] {
  return active(steps, p, settings).flatMap(({ step, slice }) => step.plan(p, slice));
}

/** The steps in order; on failure or abort `rollback` (which undoes the compensations in reverse) runs before the error goes on. */
export async function runSteps<S extends object, P, R extends P, O extends P>(
  steps: readonly Step<S, P, R, O>[],
  r: R,
  settings: S,
  rollback: () => Promise<void>,
): Promise<void> {
  try {
    for (const { step, slice } of active(steps, r, settings)) await step.run(r, slice);
  } catch (err) {
    await rollback();
    throw err;
  }
}

/** An offboard action with its step's slice of the settings bound. */
export interface BoundOffboardAction<P, O extends P> {
  phase: OffboardPhase;
  plan(p: P): string[];
  run(o: O): Promise<void>;
}

/** The offboard actions, phase by phase, each phase in the reverse order of the list. */
export function offboardActions<S extends object, P, R extends P, O extends P>(
  steps: readonly Step<S, P, R, O>[],
  p: P,
  settings: S,
): BoundOffboardAction<P, O>[] {
  const reversed = active(steps, p, settings)
    .reverse()
    .flatMap(({ step: { offboard: a }, slice }) =>
      a ? [{ phase: a.phase, plan: (q: P) => a.plan(q, slice), run: (o: O) => a.run(o, slice) }] : [],
    );
  return OFFBOARD_PHASES.flatMap((phase) => reversed.filter((a) => a.phase === phase));
}

export function planOffboard<S extends object, P, R extends P, O extends P>(
  steps: readonly Step<S, P, R, O>[],
  p: P,
  settings: S,
): string[] {
  return offboardActions(steps, p, settings).flatMap((a) => a.plan(p));
}

export async function runOffboard<S extends object, P, R extends P, O extends P>(
  steps: readonly Step<S, P, R, O>[],
  o: O,
  settings: S,
): Promise<void> {
  for (const a of offboardActions(steps, o, settings)) await a.run(o);
}
