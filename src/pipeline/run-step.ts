// Runs one phase of the pipeline in a log group, timing it and recording it in the result.
// A step the run's signal stopped is recorded as interrupted, with the reason (timeout or
// the signal's name), not as failed.
import type { RunResult, StepResult } from '../report/result.js';
import { abortReason, RunInterrupted } from './abort.js';
import type { StepContext } from './context.js';
import { inputProblemsOf } from '../config/errors.js';
import { StepError } from './step-error.js';

/** How long a step may take to wind down after the abort before the run moves on without it. */
const STOP_GRACE_MS = 5_000;

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

/**
 * Every command and request of a step takes the signal, so the work itself stops on abort.
 * This is the safety net for a call that does not: after a grace period the step counts as
 * stopped, so the rollback and the process exit are never held up by it.
 */
function stopsWithin<T>(work: Promise<T>, signal: AbortSignal, log: StepContext['log']): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const onAbort = () => {
      timer = setTimeout(() => {
        log.warning(`the step did not stop within ${STOP_GRACE_MS} ms of the abort; going on without it`);
        reject(abortReason(signal));
      }, STOP_GRACE_MS);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    });
  });
}

export async function runStep<T>(
  result: RunResult,
  ctx: StepContext,
  name: string,
  target: string,
  fn: (step: StepResult) => Promise<T>,
): Promise<T> {
  const step: StepResult = { name, target, status: 'ok', durationMs: 0 };
  result.steps.push(step);
  const started = performance.now();
  let begun = false;
  try {
    ctx.signal.throwIfAborted(); // a stopped run starts no new step
    begun = true;
    return await ctx.log.group(`${name}: ${target}`, () => stopsWithin(fn(step), ctx.signal, ctx.log));
  } catch (err) {
    if (ctx.signal.aborted) {
      const reason = abortReason(ctx.signal);
      step.status = 'interrupted';
      step.detail = begun ? reason.message : `not started: ${reason.message}`;
      if (!result.error) {
        result.error = {
          step: name,
          message: `${name} (${target}) was interrupted: ${reason.message}`,
          ...(reason instanceof StepError && reason.hint ? { hint: reason.hint } : {}),
          ...(reason instanceof RunInterrupted ? { interruptedBy: reason.by } : {}),
        };
      }
      throw new StepFailed(name, target, reason);
    }
    step.status = 'failed';
    step.detail = err instanceof Error ? err.message : String(err);
    if (!result.error) {
      result.error = {
        step: name,
        message: `${name} (${target}): ${step.detail}`,
        ...(err instanceof StepError && err.hint ? { hint: err.hint } : {}),
        ...(err instanceof StepError && err.proxyLogs ? { proxyLogs: err.proxyLogs } : {}),
        ...(inputProblemsOf(err) ? { inputProblems: inputProblemsOf(err) } : {}),
      };
    }
    throw new StepFailed(name, target, err);
  } finally {
    step.durationMs = Math.round(performance.now() - started);
  }
}
