// Traffic probes, each request tagged with a fresh x-request-id of ours so the proxy's
// access-log lines can be tied to it. Retried until the expected status or the bound (a new
// proxy needs a few seconds to get its config).
//   inbound:  each probe-url (one per line: one per Service of the VM), fetched from where the
//             action runs, reaching the VM through the mesh
//   outbound: probe-from-vm-url, fetched on the VM over SSH with the name resolved as the
//             VM's own applications resolve it (no override): it reaches the sidecar's egress
//             listener only through the /etc/hosts block onboarding wrote, so a pass proves
//             what the apps see. A failure says what the name resolved to and where the
//             sidecar listens.
import { randomUUID } from 'node:crypto';
import type { Settings } from '../config/settings.js';
import type { Logger } from '../log.js';
import { retry } from '../pipeline/retry.js';
import { probeHost, type HostsEntry } from '../plan/mesh-hosts.js';
import type { SshSession } from '../vm/ssh-session.js';
import type { ProbeResult } from '../report/result.js';

export type { ProbeResult } from '../report/result.js';

const ATTEMPT_TIMEOUT_MS = 5_000;
const RETRY_DELAY_MS = 1_000;

export const newRequestId = (): string => `ivo-${randomUUID()}`;

interface Attempt {
  status: number;
  latencyMs: number;
  error?: string;
  /** The answer came from somewhere else than the sidecar (what it reached, for the error). */
  bypassed?: string;
}

/** An attempt that did not get the expected status; the probe tries again until its bound. */
class Unexpected extends Error {}

async function probe(
  direction: ProbeResult['direction'],
  url: string,
  s: Pick<Settings, 'probe'>,
  log: Logger,
  signal: AbortSignal,
  attempt: (id: string) => Promise<Attempt>,
): Promise<ProbeResult> {
  const ids: string[] = [];
  let last: Attempt = { status: 0, latencyMs: 0 };
  try {
    await retry(
      async () => {
        const id = newRequestId();
        ids.push(id);
        last = await attempt(id);
        if (last.status !== s.probe.expectedStatus || last.bypassed) {
          log.debug(`${direction} probe ${url}: HTTP ${last.status || '-'} ${last.error ?? last.bypassed ?? ''}`);
          throw new Unexpected();
        }
      },
      { signal, deadlineMs: s.probe.timeoutMs, delayMs: RETRY_DELAY_MS, shouldRetry: (err) => err instanceof Unexpected },
    );
  } catch (err) {
    if (!(err instanceof Unexpected)) throw err;
  }
  const id = ids[ids.length - 1] as string;
  const passed = last.status === s.probe.expectedStatus && !last.bypassed;
  const result: ProbeResult = {
    direction,
    url,
    passed,
    httpStatus: last.status,
    latencyMs: last.latencyMs,
    requestId: id,
    requestIds: ids,
    attempts: ids.length,
  };
  if (!passed) {
    const got = last.bypassed
      ? `HTTP ${last.status} from ${last.bypassed}, not through the sidecar`
      : last.status
        ? `HTTP ${last.status}, expected ${s.probe.expectedStatus}`
        : `no answer (${last.error ?? 'unknown error'}), expected ${s.probe.expectedStatus}`;
    result.error = `${direction} probe ${url} got ${got}, after ${ids.length} attempt(s) in ${Math.round(s.probe.timeoutMs / 1000)} s`;
  }
  log.info(
    `${direction} probe ${url}: ${passed ? 'passed' : 'failed'} (HTTP ${last.status || '-'}, ${last.latencyMs} ms, request ID ${id}, attempt ${ids.length})`,
  );
  return result;
}

export function probeInbound(url: string, s: Pick<Settings, 'probe'>, log: Logger, signal: AbortSignal): Promise<ProbeResult> {
  return probe('inbound', url, s, log, signal, async (id) => {
    const started = performance.now();
    try {
      const res = await fetch(url, {
        headers: { 'x-request-id': id, 'user-agent': 'istio-vm-onboard-probe' },
        signal: AbortSignal.any([signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]),
        redirect: 'manual',
      });
      await res.arrayBuffer();
      return { status: res.status, latencyMs: Math.round(performance.now() - started) };
    } catch (err) {
      signal.throwIfAborted(); // the run stopped: not an answer of the probed service
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      return {
        status: 0,
        latencyMs: Math.round(performance.now() - started),
        error: cause?.code ?? cause?.message ?? (err as Error).message,
      };
    }
  });
}

/**
 * curl on the VM, the name resolved by the VM's own resolver (as its applications do). It
 * prints the address it connected to, so an answer from anything but the sidecar (a stale
 * /etc/hosts line pointing at a local server) does not count.
 */
export function outboundProbeCommand(url: string, requestId: string): string[] {
  return [
    'curl',
    '-s',
    '-o',
    '/dev/null',
    '-m',
    String(ATTEMPT_TIMEOUT_MS / 1000),
    '-w',
    '%{http_code} %{time_total} %{remote_ip}',
    '-H',
    `x-request-id: ${requestId}`,
    '-A',
    'istio-vm-onboard-probe',
    url,
  ];
}

/** What the VM's resolver says for a name (files, then DNS, as nsswitch.conf orders them). */
export function resolveOnVmCommand(host: string): string[] {
  return ['getent', 'hosts', host];
}

/**
 * @param listen the /etc/hosts entry onboarding made for the URL's host: where the sidecar
 *   listens for it (undefined for an IP URL)
 */
export async function probeOutbound(
  s: Pick<Settings, 'probe' | 'proxy'>,
  session: SshSession,
  listen: HostsEntry | undefined,
  log: Logger,
  signal: AbortSignal,
): Promise<ProbeResult> {
  const result = await probe('outbound', s.probe.fromVmUrl, s, log, signal, async (id) => {
    const r = await session.exec(outboundProbeCommand(s.probe.fromVmUrl, id), { timeoutMs: ATTEMPT_TIMEOUT_MS + 5_000, signal });
    const [code = '0', seconds = '0', remote = ''] = r.stdout.trim().split(' ');
    const status = /^\d{3}$/.test(code) ? Number(code) : 0;
    return {
      status,
      latencyMs: Math.round(Number(seconds) * 1000),
      ...(status === 0 ? { error: r.code === 127 ? 'curl is not installed on the VM' : `curl exit ${r.code}` } : {}),
      ...(status !== 0 && listen && remote && remote !== listen.address ? { bypassed: remote } : {}),
    };
  });
  // interception redirect: no hosts entry; the name is the DNS proxy's to answer.
  const host = listen?.host ?? (s.proxy.interception === 'redirect' ? probeHost(s.probe.fromVmUrl)?.host : undefined);
  if (!result.passed && host) {
    const r = await session.exec(resolveOnVmCommand(host), { timeoutMs: ATTEMPT_TIMEOUT_MS, signal });
    const addresses = [
      ...new Set(
        r.stdout
          .split('\n')
          .map((l) => l.trim().split(/\s+/)[0])
          .filter((a): a is string => !!a),
      ),
    ];
    const resolved = addresses.length
      ? `resolved to ${addresses.join(' and ')}`
      : r.code === 127
        ? 'could not be resolved (getent is not installed)'
        : 'did not resolve';
    const u = new URL(s.probe.fromVmUrl);
    result.error += listen
      ? `; on the VM ${host} ${resolved}; the sidecar listens on ${listen.address}:${u.port || (u.protocol === 'https:' ? 443 : 80)}`
      : `; on the VM ${host} ${resolved} (interception redirect: through pilot-agent's DNS proxy on 127.0.0.1:15053, the connection captured to Envoy's 15001)`;
  }
  return result;
}
