// The one retry loop: SSH connects, API calls the server asked to repeat (429/503/504),
// readiness polling, probes and the access-log catch-up all go through it. An attempt
// "fails" by throwing; polling for a state is an attempt that throws until the state is there.
// Every wait is abortable: on abort the timer is cleared, the listener removed, and the
// signal's reason is thrown.

export interface RetryInfo {
  /** The attempt that just failed, counted from 1. */
  attempt: number;
  err: unknown;
  /** How long until the next attempt. */
  delayMs: number;
}

export interface RetryOptions {
  signal: AbortSignal;
  /** Attempts in all, the first one included. */
  attempts?: number;
  /**
   * Time from the start after which no attempt starts; the last wait is cut short so that a
   * final attempt happens at the deadline.
   */
  deadlineMs?: number;
  /** The wait after failed attempt n (from 1): a constant, a schedule (its last entry repeats), or computed from the error (Retry-After). */
  delayMs: number | readonly number[] | ((attempt: number, err: unknown) => number);
  /** Whether an error is worth another attempt (default: every error is). */
  shouldRetry?: (err: unknown) => boolean;
  /** Called before each wait, e.g. to log what failed. */
  onRetry?: (info: RetryInfo) => void;
}

/** Waits ms, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

function delayFor(opts: RetryOptions, attempt: number, err: unknown): number {
  const d = opts.delayMs;
  if (typeof d === 'number') return d;
  if (typeof d === 'function') return d(attempt, err);
  return d[Math.min(attempt, d.length) - 1] ?? 0;
}

/**
 * Runs fn until it resolves. Throws fn's last error when shouldRetry says no, when the
 * attempts are used up or the deadline has passed; throws the signal's reason on abort.
 */
export async function retry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  if (opts.attempts === undefined && opts.deadlineMs === undefined) throw new Error('retry: give attempts or deadlineMs');
  const deadline = opts.deadlineMs === undefined ? Infinity : Date.now() + opts.deadlineMs;
  // Set once a wait was cut to the deadline: the attempt after it is the last, whatever the
  // clock says then (a timer may fire a millisecond before Date.now reaches the deadline).
  let atDeadline = false;
  for (let attempt = 1; ; attempt++) {
    opts.signal.throwIfAborted();
    try {
      return await fn(attempt);
    } catch (err) {
      // An attempt cut short by the abort fails with whatever its library says; the reason is clearer.
      opts.signal.throwIfAborted();
      if (opts.shouldRetry && !opts.shouldRetry(err)) throw err;
      if (opts.attempts !== undefined && attempt >= opts.attempts) throw err;
      const left = deadline - Date.now();
      if (atDeadline || left <= 0) throw err;
      const wanted = delayFor(opts, attempt, err);
      atDeadline = wanted >= left;
      const delayMs = Math.max(0, Math.min(wanted, left));
      opts.onRetry?.({ attempt, err, delayMs });
      await sleep(delayMs, opts.signal);
    }
  }
}
