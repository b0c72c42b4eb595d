// The pipeline all front doors share: settings in, one RunResult out. It never throws for a
// failed or interrupted step: that is recorded in the result, which the front door reports.
import type { Settings } from '../config/settings.js';
import { offboard } from '../modes/offboard.js';
import { onboard } from '../modes/onboard.js';
import { render } from '../modes/render.js';
import type { RunResult } from '../report/result.js';
import { abortReason, RunInterrupted } from './abort.js';
import type { RunContext } from './context.js';
import { StepFailed } from './run-step.js';
import { StepError } from './step-error.js';

const MODES = { onboard, render, offboard } as const;

export function newResult(s: Settings): RunResult {
  return {
    mode: s.mode,
    dryRun: s.dryRun,
    verdict: 'succeeded',
    startedAt: new Date().toISOString(),
    // What the inputs say; the render step replaces it with the effective workload.
    workload: {
      name: s.workload.name,
      namespace: s.workload.namespace,
      serviceAccount: s.workload.serviceAccount || s.workload.name,
      address: s.workload.address || s.ssh.target.host,
      vmHost: s.ssh.target.host,
    },
    steps: [],
    objects: [],
    crossChecks: [],
    probes: [],
    proxyStatus: 'not-started',
    probeStatus: 'skipped',
  };
}

/**
 * Runs the mode to its end. The front door's signal (timeout, SIGINT/SIGTERM) stops the
 * current step; the mode's own rollback has run when this returns, so the front door can
 * report and end the process without cutting anything short.
 */
export async function runPipeline(s: Settings, ctx: RunContext): Promise<RunResult> {
  const result = newResult(s);
  try {
    await MODES[s.mode](s, ctx, result);
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
