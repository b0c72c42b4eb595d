// Runs one phase of the pipeline in a log group, timing it and recording it in the result.
import type { Logger } from '../log.js';
import type { RunResult, StepResult } from '../report/result.js';
import { StepError } from './step-error.js';

export class StepFailed extends Error {
  constructor(
    readonly step: string,
    readonly target: string,
    override readonly cause: unknown,
  ) {
    super(`${step} (${target}) failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'StepFailed';
  }
}

export async function runStep<T>(result: RunResult, log: Logger, name: string, target: string, fn: (step: StepResult) => Promise<T>): Promise<T> {
  const step: StepResult = { name, target, status: 'ok', durationMs: 0 };
  result.steps.push(step);
  const started = performance.now();
  try {
    return await log.group(`${name}: ${target}`, () => fn(step));
  } catch (err) {
    step.status = 'failed';
    step.detail = err instanceof Error ? err.message : String(err);
    if (!result.error) {
      result.error = {
        step: name,
        message: `${name} (${target}): ${step.detail}`,
        ...(err instanceof StepError && err.hint ? { hint: err.hint } : {}),
        ...(err instanceof StepError && err.proxyLogs ? { proxyLogs: err.proxyLogs } : {}),
      };
    }
    throw new StepFailed(name, target, err);
  } finally {
    step.durationMs = Math.round(performance.now() - started);
  }
}
