// Waiting for the proxy to be ready, for both runtimes: pilot-agent's :15020/healthz/ready
// answering 200. The VM polls it itself (readinessCommand), a few seconds per round trip, until
// ready-timeout: readiness is seen within 0.1 s of it, with a handful of SSH execs per VM. The
// start's own round trip waits first (remote-commands.ts READY_AFTER_START_LINES): a proxy
// ready within it needs no poll of its own.
import type { Settings } from '../config/settings.js';
import { READY_WAIT_PER_ROUND_TRIP_S, readinessCommand } from '../plan/remote-commands.js';
import { retry } from '../pipeline/retry.js';
import { StepError } from '../pipeline/step-error.js';
import type { SshSession } from './ssh-session.js';

/** The proxy did not answer 200 within the round trip's wait: worth another. */
class NotReady extends Error {}

/**
 * Whether the proxy got ready within ready-timeout counted from `since` (Date.now() when it was
 * started; now by default), and its last answer (000: nothing listened). Polls at least once.
 */
export async function pollReady(
  session: SshSession,
  s: Pick<Settings, 'proxy'>,
  signal: AbortSignal,
  since = Date.now(),
): Promise<{ ready: boolean; last: string }> {
  const deadline = since + s.proxy.readyTimeoutMs;
  let last = '';
  try {
    await retry(
      async () => {
        const wait = Math.max(1, Math.min(READY_WAIT_PER_ROUND_TRIP_S, Math.ceil((deadline - Date.now()) / 1000)));
        const r = await session.exec(readinessCommand(wait), { timeoutMs: (wait + 10) * 1000, signal });
        if (r.code === 127)
          throw new StepError(
            `cannot check readiness on ${session.target}: ${r.stderr.trim().split('\n').slice(-3).join(' | ') || 'no output'}`,
            'install curl or wget on the VM',
          );
        last = r.stdout.trim();
        if (last !== '200') throw new NotReady(last);
      },
      { signal, deadlineMs: Math.max(1, deadline - Date.now()), delayMs: 0, shouldRetry: (err) => err instanceof NotReady },
    );
    return { ready: true, last };
  } catch (err) {
    if (err instanceof NotReady) return { ready: false, last };
    throw err;
  }
}
