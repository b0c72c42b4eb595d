// The one AbortSignal of a run: it fires when the `timeout` input runs out or when the process
// is told to stop (SIGINT/SIGTERM: a cancelled job, Ctrl-C). Every SSH command, API request,
// probe and wait takes it, so the current step stops; the rollback then runs under a fresh,
// bounded signal of its own.
import { formatDuration } from '../config/duration.js';
import type { Logger } from '../log.js';
import type { RunError } from '../report/result.js';
import { StepError } from './step-error.js';

export type InterruptedBy = NonNullable<RunError['interruptedBy']>;

/** Why a run stopped early: the abort reason of the run's signal. */
export class RunInterrupted extends StepError {
  constructor(
    readonly by: InterruptedBy,
    message: string,
    hint?: string,
  ) {
    super(message, hint);
    this.name = 'RunInterrupted';
  }
}

export interface RunSignal {
  signal: AbortSignal;
  /** Clears the timer and the signal handlers (the run is over). */
  dispose(): void;
}

const STOP_SIGNALS = ['SIGINT', 'SIGTERM'] as const;

/**
 * The run's signal: the timeout (counted from startedAt) and SIGINT/SIGTERM, whichever comes first. A second, different
 * signal (the runner sends SIGINT, then SIGTERM) lets the rollback go on; the same signal twice
 * (Ctrl-C again) is a person insisting, and ends the process at once.
 */
export function runSignal(timeoutMs: number, log: Logger, startedAt = Date.now()): RunSignal {
  const timeout = new AbortController();
  const stop = new AbortController();
  const timer = setTimeout(
    () =>
      timeout.abort(
        new RunInterrupted(
          'timeout',
          `the run did not finish within the timeout of ${formatDuration(timeoutMs)}`,
          'raise the timeout input, or see in the report which step was still running',
        ),
      ),
    // From startedAt: reading the inputs (a large inventory) counts against the timeout too.
    Math.max(0, timeoutMs - (Date.now() - startedAt)),
  );
  const handlers = STOP_SIGNALS.map((name) => {
    const handler = () => {
      if (!stop.signal.aborted) {
        log.warning(`${name} received: stopping the current step, then undoing what this run changed`);
        stop.abort(
          new RunInterrupted(
            name,
            `the run was cancelled (${name})`,
            'the job was cancelled or the process was told to stop; run it again when ready',
          ),
        );
      } else if ((stop.signal.reason as RunInterrupted).by === name) {
        process.exit(128 + (name === 'SIGINT' ? 2 : 15));
      } else {
        log.warning(`${name} received: still undoing what this run changed`);
      }
    };
    process.on(name, handler);
    return [name, handler] as const;
  });
  return {
    signal: AbortSignal.any([timeout.signal, stop.signal]),
    dispose() {
      clearTimeout(timer);
      for (const [name, handler] of handlers) process.removeListener(name, handler);
    },
  };
}

/** A signal that aborts after ms with a reason naming what ran out of time. */
export function boundedSignal(ms: number, what: string): RunSignal {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new StepError(`${what} did not finish within ${formatDuration(ms)}`)), ms);
  return { signal: controller.signal, dispose: () => clearTimeout(timer) };
}

/** The abort reason as an Error (a bare abort() leaves a DOMException, kept as is). */
export function abortReason(signal: AbortSignal): Error {
  const r: unknown = signal.reason;
  return r instanceof Error ? r : new StepError(`aborted: ${String(r)}`);
}
