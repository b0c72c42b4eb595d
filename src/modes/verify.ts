// A change is kept only once it is verified: the probes with our request IDs and their
// access-log lines (a failing probe undoes the change like any other failure); then what was
// kept for a restore is dropped. Onboard's and refresh's steps use both.
import type { Settings } from '../config/settings.js';
import type { EffectiveWorkload } from '../plan/effective-workload.js';
import { probeHost } from '../plan/mesh-hosts.js';
import type { RunContext } from '../pipeline/context.js';
import { retry } from '../pipeline/retry.js';
import { runStep } from '../pipeline/run-step.js';
import { StepError } from '../pipeline/step-error.js';
import { excerpt } from '../probe/access-log.js';
import { probeInbound, probeOutbound } from '../probe/probes.js';
import type { RunResult } from '../report/result.js';
import type { ProxyRuntime, VmChange } from '../vm/proxy-runtime.js';
import type { SshSession } from '../vm/ssh-session.js';

/** How many lines of the proxy's log verify reads for our request IDs. */
export const ACCESS_LOG_TAIL = 500;
/** docker logs --since is the VM's clock: start a little earlier than our own start. */
const LOG_CLOCK_SKEW_MS = 5 * 60_000;

/** The change is verified: what was kept for a restore goes, and the session closes. */
export async function dropKept(
  runtime: ProxyRuntime,
  session: SshSession,
  change: VmChange,
  ctx: RunContext,
  result: RunResult,
): Promise<void> {
  try {
    await runStep(result, ctx, 'Drop what was kept for a restore', session.target, async (step) => {
      await runtime.commit(session, change, ctx.signal).catch((err: unknown) => {
        // The new proxy is verified: leftovers of the old one are no reason to fail or undo the run.
        ctx.log.warning(err instanceof Error ? err.message : String(err));
        step.detail = 'left in place (see the warning)';
      });
    });
  } finally {
    session.close();
  }
}

export async function verify(
  s: Pick<Settings, 'probe' | 'proxy'>,
  runtime: ProxyRuntime,
  w: EffectiveWorkload,
  ctx: RunContext,
  result: RunResult,
  session: SshSession,
): Promise<void> {
  const since = new Date(Date.parse(result.startedAt) - LOG_CLOCK_SKEW_MS).toISOString();
  await runStep(result, ctx, 'Verify traffic', [...s.probe.urls, s.probe.fromVmUrl].filter(Boolean).join(', '), async (step) => {
    // One after the other: each probe's request IDs and access-log lines stay its own.
    for (const url of s.probe.urls) result.probes.push(await probeInbound(url, s, ctx.log, ctx.signal));
    if (s.probe.fromVmUrl) {
      const host = probeHost(s.probe.fromVmUrl)?.host;
      result.probes.push(
        await probeOutbound(
          s,
          session,
          w.meshHosts.find((e) => e.host === host),
          ctx.log,
          ctx.signal,
        ),
      );
    }
    result.probeStatus = result.probes.every((p) => p.passed) ? 'passed' : 'failed';
    const ids = result.probes.flatMap((p) => p.requestIds);
    const wanted = result.probes.filter((p) => p.httpStatus !== 0).map((p) => p.requestId);
    // The proxy writes a line after the response; give docker logs a moment to catch up.
    await retry(
      async () => {
        result.accessLog = excerpt(await runtime.logs(session, ctx.signal, ACCESS_LOG_TAIL, since), ids);
        const seen = new Set(result.accessLog.ours.map((e) => e.requestId));
        if (!wanted.every((id) => seen.has(id))) throw new StepError('not all probe requests are in the access log yet');
      },
      { signal: ctx.signal, attempts: 5, delayMs: 300 },
    ).catch((err: unknown) => {
      if (ctx.signal.aborted) throw err; // otherwise: report the lines there are
    });
    step.detail = `${result.probes.map((p) => `${p.direction} ${p.passed ? 'passed' : 'failed'} (HTTP ${p.httpStatus || '-'})`).join(', ')}; ${result.accessLog?.ours.length ?? 0} access-log lines with our request IDs`;
    const failed = result.probes.filter((p) => !p.passed);
    if (failed.length) {
      throw new StepError(
        failed.map((p) => p.error).join('; '),
        'check the probe URL, the expected status (probe-expected-status), and the access-log lines in the report',
      );
    }
  });
}
