// A change written once as a list of steps, and the one executor that reads the list three ways:
// the dry-run's plan (each step's plan lines, in order), the run (each step in order, pushing its
// compensation as it changes something; on failure the caller's rollback undoes them in reverse)
// and offboarding (each step's "only ours" undo, in reverse order within its phase). A step that
// does not apply to these settings (`when`) is left out of all three.
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

/** Offboarding's undo of a step: only what this action made (its field manager, its proxy, its files). */
export interface OffboardAction<P, O extends P> {
  phase: OffboardPhase;
  plan(p: P): string[];
  run(o: O): Promise<void>;
}

/** One step of a change: P what a dry-run knows, R what a run has (P and more), O what offboarding has. */
export interface Step<P, R extends P, O extends P> {
  name: string;
  /** Applies to these settings; left out of the plan, the run and offboarding otherwise. */
  when?(p: P): boolean;
  plan(p: P): string[];
  /** Does the step, pushing the compensation of each change it makes as it makes it. */
  run(r: R): Promise<void>;
  offboard?: OffboardAction<P, O>;
}

function active<P, R extends P, O extends P>(steps: readonly Step<P, R, O>[], p: P): Step<P, R, O>[] {
  return steps.filter((s) => s.when?.(p) ?? true);
}

/** The dry-run's plan: the steps' lines in order. */
export function planSteps<P, R extends P, O extends P>(steps: readonly Step<P, R, O>[], p: P): string[] {
  return active(steps, p).flatMap((s) => s.plan(p));
}

/** The steps in order; on failure or abort `rollback` (which undoes the compensations in reverse) runs before the error goes on. */
export async function runSteps<P, R extends P, O extends P>(
  steps: readonly Step<P, R, O>[],
  r: R,
  rollback: () => Promise<void>,
): Promise<void> {
  try {
    for (const s of active(steps, r)) await s.run(r);
  } catch (err) {
    await rollback();
    throw err;
  }
}

/** The offboard actions, phase by phase, each phase in the reverse order of the list. */
export function offboardActions<P, R extends P, O extends P>(steps: readonly Step<P, R, O>[], p: P): OffboardAction<P, O>[] {
  const reversed = active(steps, p)
    .reverse()
    .flatMap((s) => (s.offboard ? [s.offboard] : []));
  return OFFBOARD_PHASES.flatMap((phase) => reversed.filter((a) => a.phase === phase));
}

export function planOffboard<P, R extends P, O extends P>(steps: readonly Step<P, R, O>[], p: P): string[] {
  return offboardActions(steps, p).flatMap((a) => a.plan(p));
}

export async function runOffboard<P, R extends P, O extends P>(steps: readonly Step<P, R, O>[], o: O): Promise<void> {
  for (const a of offboardActions(steps, o)) await a.run(o);
}
