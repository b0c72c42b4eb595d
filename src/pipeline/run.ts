// The pipeline all front doors share: settings in, one RunResult out. It never throws for a
// failed or interrupted step: that is recorded in the result, which the front door reports.
import type { Settings } from '../config/settings.js';
import { newResult, type RunResult } from '../report/result.js';
import { abortReason, RunInterrupted } from './abort.js';
import type { RunContext } from './context.js';
import { StepFailed } from './run-step.js';
import { StepError } from './step-error.js';

type ModeEntry = (s: Settings, ctx: RunContext, result: RunResult) => Promise<void>;

// Each mode is loaded when chosen, not at startup: render needs neither the SSH client nor
// (without a kubeconfig) the Kubernetes one, and a validation error needs no mode at all.
// The bundle puts each behind its own chunk (scripts/bundle.mjs splits at import()).
const MODES: Record<Settings['mode'], () => Promise<ModeEntry>> = {
  onboard: async () => (await import('../modes/onboard.js')).onboard,
  render: async () => (await import('../modes/render.js')).render,
  offboard: async () => (await import('../modes/offboard.js')).offboard,
  check: async () => (await import('../modes/check.js')).check,
  refresh: async () => (await import('../modes/refresh.js')).refresh,
};

/**
 * Runs the mode to its end. The front door's signal (timeout, SIGINT/SIGTERM) stops the
 * current step; the mode's own rollback has run when this returns, so the front door can
 * report and end the process without cutting anything short.
 */
/** `result`: a fleet passes each VM's in, so the other VMs see what it uses while it runs (modes/fleet.ts). */
export { newResult };

export async function runPipeline(s: Settings, ctx: RunContext, result: RunResult = newResult(s)): Promise<RunResult> {
  try {
    // An inventory runs each of its VMs through this same pipeline (modes/fleet.ts).
    // The fleet is handed this function rather than importing it: no import cycle.
    if (s.fleet) await (await import('../modes/fleet.js')).fleet(s, ctx, result, runPipeline);
    else await (await MODES[s.mode]())(s, ctx, result);
  } catch (err) {
    result.verdict = 'failed';
    if (!result.error) {
      // Outside any step (a step records its own error): name the mode.
      const cause = ctx.signal.aborted ? abortReason(ctx.signal) : err;
      const message = cause instanceof Error ? cause.message : String(cause);
      result.error = { step: err instanceof StepFailed ? err.step : s.mode, message };
      if (cause instanceof StepError && cause.hint) result.error.hint = cause.hint;
      if (cause instanceof RunInterrupted) result.error.interruptedBy = cause.by;
    }
  }
  result.finishedAt = new Date().toISOString();
  return result;
}
