// The one retry helper: bounds (attempts, deadline), shouldRetry, delays, and aborts that stop
// a wait at once and leave no timer or listener behind.
import assert from 'node:assert/strict';
import { getEventListeners } from 'node:events';
import { describe, it } from 'node:test';
import { retry, sleep } from '../../src/pipeline/retry.js';

const never = new AbortController().signal;

/** An attempt function that fails n times, then returns 'done'; records when each attempt ran. */
function failing(n: number, err: () => unknown = () => new Error('not yet')) {
  const at: number[] = [];
  const started = Date.now();
  return {
    at,
    fn: async (attempt: number) => {
      at.push(Date.now() - started);
      assert.equal(attempt, at.length, 'attempts are counted from 1');
      if (at.length <= n) throw err();
      return 'done';
    },
  };
}

const abortListeners = (signal: AbortSignal): number => getEventListeners(signal, 'abort').length;

describe('retry', () => {
  it('returns the first success, waiting the given delay between attempts', async () => {
    const f = failing(2);
    assert.equal(await retry(f.fn, { signal: never, attempts: 5, delayMs: 40 }), 'done');
    assert.equal(f.at.length, 3);
    assert.ok((f.at[1] as number) >= 35 && (f.at[2] as number) - (f.at[1] as number) >= 35, `attempts at ${f.at.join(', ')} ms`);
  });

  it('throws the last error once the attempts are used up', async () => {
    let n = 0;
    const f = failing(10, () => new Error(`failure ${++n}`));
    await assert.rejects(retry(f.fn, { signal: never, attempts: 3, delayMs: 1 }), /^Error: failure 3$/);
    assert.equal(f.at.length, 3);
  });

  it('stops at once when shouldRetry says no', async () => {
    class Fatal extends Error {}
    const f = failing(10, () => new Fatal('fatal'));
    await assert.rejects(retry(f.fn, { signal: never, attempts: 5, delayMs: 1, shouldRetry: (e) => !(e instanceof Fatal) }), Fatal);
    assert.equal(f.at.length, 1);
  });

  it('makes a last attempt at the deadline and none after it', async () => {
    const f = failing(100);
    const started = Date.now();
    await assert.rejects(retry(f.fn, { signal: never, deadlineMs: 250, delayMs: 100 }), /not yet/);
    const elapsed = Date.now() - started;
    assert.ok(elapsed >= 240 && elapsed < 400, `gave up after ${elapsed} ms`);
    assert.equal(f.at.length, 4, `attempts at ${f.at.join(', ')} ms`); // 0, 100, 200, 250 (cut short)
    assert.ok((f.at[3] as number) - (f.at[2] as number) < 90, 'the last wait is cut to the deadline');
  });

  it('a wait cut to the deadline is followed by one last attempt, even if the timer fires before the clock reaches it', async (t) => {
    // Timers may fire a millisecond before Date.now says the time has come: the clock is
    // made to lag 5 ms behind real time once the wait cut to the deadline has started.
    const realNow = Date.now.bind(Date);
    let lag = 0;
    t.mock.method(Date, 'now', () => realNow() - lag);
    const f = failing(100);
    await assert.rejects(
      retry(f.fn, { signal: never, deadlineMs: 60, delayMs: 40, onRetry: (i) => void (lag = i.delayMs < 40 ? 5 : 0) }),
      /not yet/,
    );
    assert.equal(f.at.length, 3, `attempts at ${f.at.join(', ')} ms`); // 0, 40, 60 (cut short); none at 61
  });

  it('takes a delay schedule whose last entry repeats, or a delay computed from the error', async () => {
    const schedule: number[] = [];
    await retry(failing(4).fn, { signal: never, attempts: 5, delayMs: [5, 10, 20], onRetry: (i) => schedule.push(i.delayMs) });
    assert.deepEqual(schedule, [5, 10, 20, 20]);
    const computed: number[] = [];
    const withAfter = failing(2, () => Object.assign(new Error('busy'), { retryAfterMs: 30 }));
    await retry(withAfter.fn, {
      signal: never,
      attempts: 3,
      delayMs: (attempt, err) => (err as { retryAfterMs: number }).retryAfterMs * attempt,
      onRetry: (i) => computed.push(i.delayMs),
    });
    assert.deepEqual(computed, [30, 60]);
  });

  it('an abort during a wait rejects at once with the reason, and leaves no listener', async () => {
    const controller = new AbortController();
    const f = failing(100);
    const started = Date.now();
    setTimeout(() => controller.abort(new Error('SIGTERM')), 50);
    await assert.rejects(retry(f.fn, { signal: controller.signal, attempts: 5, delayMs: 10_000 }), /^Error: SIGTERM$/);
    assert.ok(Date.now() - started < 500, `stopped after ${Date.now() - started} ms`);
    assert.equal(f.at.length, 1, 'no attempt after the abort');
    assert.equal(abortListeners(controller.signal), 0);
  });

  it('an attempt cut short by the abort rethrows the reason, not the library error', async () => {
    const controller = new AbortController();
    const attempts: number[] = [];
    const p = retry(
      (n) => {
        attempts.push(n);
        return new Promise((_, reject) => controller.signal.addEventListener('abort', () => reject(new Error('socket hang up'))));
      },
      { signal: controller.signal, attempts: 5, delayMs: 1 },
    );
    controller.abort(new Error('the run did not finish within the timeout of 20s'));
    await assert.rejects(p, /timeout of 20s/);
    assert.deepEqual(attempts, [1]);
  });

  it('does not start on an aborted signal', async () => {
    const f = failing(0);
    await assert.rejects(retry(f.fn, { signal: AbortSignal.abort(new Error('stopped')), attempts: 3, delayMs: 1 }), /stopped/);
    assert.equal(f.at.length, 0);
  });

  it('needs a bound', async () => {
    await assert.rejects(retry(failing(0).fn, { signal: never, delayMs: 1 }), /give attempts or deadlineMs/);
  });
});

describe('sleep', () => {
  it('waits, then removes its abort listener', async () => {
    const controller = new AbortController();
    const started = Date.now();
    const p = sleep(30, controller.signal);
    assert.equal(abortListeners(controller.signal), 1, 'listening while it waits');
    await p;
    assert.ok(Date.now() - started >= 25);
    assert.equal(abortListeners(controller.signal), 0);
  });

  it('rejects at once on abort and leaves no timer holding the process', async () => {
    const controller = new AbortController();
    const timersBefore = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const p = sleep(60_000, controller.signal);
    assert.equal(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length, timersBefore + 1);
    controller.abort(new Error('cancelled'));
    await assert.rejects(p, /cancelled/);
    assert.equal(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length, timersBefore, 'the timer was cleared');
  });
});
