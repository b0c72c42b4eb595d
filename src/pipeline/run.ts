// The pipeline all front doors share: settings in, one RunResult out. It never throws for a
// failed step: the failure is recorded in the result, which the front door reports.
import type { Settings } from '../config/settings.js';
import { offboard } from '../modes/offboard.js';
import { onboard } from '../modes/onboard.js';
import { render } from '../modes/render.js';
import type { RunResult } from '../report/result.js';
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
    workload: {
      name: s.workload.name,
      namespace: s.workload.namespace,
      serviceAccount: s.workload.serviceAccount,
      address: s.workload.address,
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

export async function runPipeline(s: Settings, ctx: RunContext): Promise<RunResult> {
  const result = newResult(s);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepError(`the run did not finish within the timeout of ${Math.round(s.timeoutMs / 1000)} s`, 'raise the timeout input, or see which step was still running in the report')), s.timeoutMs);
  });
  try {
    await Promise.race([MODES[s.mode](s, ctx, result), timedOut]);
  } catch (err) {
    result.verdict = 'failed';
    if (!result.error) {
      const message = err instanceof StepFailed ? err.message : err instanceof Error ? err.message : String(err);
      result.error = { step: err instanceof StepFailed ? err.step : s.mode, message };
      if (err instanceof StepError && err.hint) result.error.hint = err.hint;
    }
  }
  clearTimeout(timer);
  result.finishedAt = new Date().toISOString();
  return result;
}
