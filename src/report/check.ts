// mode check's record of one VM, and what is made of it (pure): the bootstrap token's `exp`
// decoded without the token going anywhere, Envoy's admin answers parsed, fail-on evaluated,
// the summary table's row. modes/check.ts fills the record; nothing here reads the world.
import { formatDuration } from '../config/duration.js';
import type { FailOn } from '../config/fail-on.js';

/** One VM as a check found it (the JSON report's `vms[i]`). Times are RFC 3339; null: not known. */
export interface CheckRecord {
  vm: string;
  /** namespace/name of the workload. */
  workload: string;
  /**
   * The proxy: 'running'; otherwise the istio-proxy container's state as docker says it (exited, ...) or the istio unit's
   * (inactive/dead, failed/failed); 'none' without one; '' when not read.
   */
  proxy: string;
  /** Running and pilot-agent's :15020/healthz/ready answered 200. */
  ready: boolean;
  /** Envoy's control_plane.connected_state is 1: its xDS stream to istiod is up. */
  connected: boolean;
  /** Envoy's version (server_info), null when not read. */
  proxyVersion: string | null;
  /** pilot-agent's version (ISTIO_VERSION in Envoy's node metadata), null when not read. */
  agentVersion: string | null;
  /** The workload certificate (Envoy's /certs) expires then; the earliest of its chain. */
  certExpiresAt: string | null;
  /** The bootstrap token on the VM expires then (its `exp`). */
  tokenExpiresAt: string | null;
  workloadEntry: { present: boolean; healthy: boolean | null; name: string | null; address: string | null };
  /** Each object or file that differs from a fresh render, one short sentence each. */
  drift: string[];
  /** Each thing wrong with the VM, one short sentence each. */
  problems: string[];
}

export function newCheckRecord(vm: string, workload: string): CheckRecord {
  return {
    vm,
    workload,
    proxy: '',
    ready: false,
    connected: false,
    proxyVersion: null,
    agentVersion: null,
    certExpiresAt: null,
    tokenExpiresAt: null,
    workloadEntry: { present: false, healthy: null, name: null, address: null },
    drift: [],
    problems: [],
  };
}

/**
 * The `exp` of a JWT as an RFC 3339 time, or a reason it has none. Only the payload is decoded;
 * the reason never quotes the token (nor any part of it).
 */
export function jwtExpiry(token: string): { expiresAt: string } | { reason: string } {
  const parts = token.trim().split('.');
  if (parts.length !== 3) return { reason: `is not a JWT (${parts.length} dot-separated parts, not 3)` };
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(parts[1] as string, 'base64url').toString('utf8'));
  } catch {
    return { reason: 'has a payload that is not base64url JSON' };
  }
  const exp = (payload as { exp?: unknown } | null)?.exp;
  if (typeof exp !== 'number' || !Number.isFinite(exp) || exp <= 0 || exp > 253_402_300_799) return { reason: 'has no valid exp claim' };
  return { expiresAt: new Date(exp * 1000).toISOString() };
}

/** Envoy's /server_info: its version ("<sha>/1.34.1/Clean/RELEASE/BoringSSL") and pilot-agent's (ISTIO_VERSION in the node metadata). */
export function parseServerInfo(text: string): { proxyVersion: string | null; agentVersion: string | null } {
  try {
    const info = JSON.parse(text) as { version?: unknown; node?: { metadata?: { ISTIO_VERSION?: unknown } } };
    const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
    return { proxyVersion: str(info.version), agentVersion: str(info.node?.metadata?.ISTIO_VERSION) };
  } catch {
    return { proxyVersion: null, agentVersion: null };
  }
}

/**
 * Envoy's stats: `control_plane.connected_state: 1` is connected to the control plane; where
 * Istio's stats inclusion list leaves it out, an active request (the ADS stream) on the
 * xds-grpc cluster (pilot-agent's xDS proxy, whose stream to istiod it rides on). null: neither stat.
 */
export function parseConnectedState(text: string): boolean | null {
  const state = /^control_plane\.connected_state: (\d+)$/m.exec(text);
  if (state) return state[1] === '1';
  const stream = /^cluster\.xds-grpc;?\.upstream_rq_active: (\d+)$/m.exec(text);
  return stream ? Number(stream[1]) > 0 : null;
}

/** Envoy's /certs: the earliest expiration_time of the certificate chains it serves (the workload certificate), or null. */
export function parseCertExpiry(text: string): string | null {
  let certs: { certificates?: Array<{ cert_chain?: Array<{ expiration_time?: unknown }> }> };
  try {
    certs = JSON.parse(text) as typeof certs;
  } catch {
    return null;
  }
  const times = (certs.certificates ?? [])
    .flatMap((c) => c.cert_chain ?? [])
    .map((c) => c.expiration_time)
    .filter((t): t is string => typeof t === 'string' && !Number.isNaN(Date.parse(t)));
  if (!times.length) return null;
  return new Date(Math.min(...times.map((t) => Date.parse(t)))).toISOString();
}

/** Keys whose values are secrets wherever they appear in Envoy's config (TLS keys, passwords, tokens, HMAC and OAuth secrets). */
const SECRET_KEYS = new Set([
  'private_key',
  'password',
  'pkcs12',
  'session_ticket_keys',
  'hmac_secret',
  'token_secret',
  'client_secret',
  'generic_secret',
  'api_key',
  'secret',
  'inline_bytes',
  'inline_string',
  'authorization',
]);

/**
 * Envoy's /config_dump without secrets: the SecretsConfigDump section (the SDS certificates and
 * keys) dropped whole, and every field named in SECRET_KEYS removed wherever it is; what was
 * removed is counted. Throws when the text is not JSON (nothing of it is kept then).
 */
export function scrubConfigDump(text: string): { dump: unknown; removed: number } {
  const dump = JSON.parse(text) as { configs?: Array<Record<string, unknown>> };
  let removed = 0;
  if (Array.isArray(dump.configs)) {
    const kept = dump.configs.filter((c) => !String(c['@type'] ?? '').endsWith('.SecretsConfigDump'));
    removed += dump.configs.length - kept.length;
    dump.configs = kept;
  }
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      if (SECRET_KEYS.has(k.toLowerCase())) removed++;
      else out[k] = walk(x);
    }
    return out;
  };
  return { dump: walk(dump), removed };
}

/** The VM has a problem: the `unhealthy-vms` output lists it. */
export function isUnhealthy(r: CheckRecord): boolean {
  return r.problems.length > 0;
}

/** What fails the run under `fail-on`, one sentence per VM and reason; empty: nothing does. */
export function failOnFindings(records: CheckRecord[], failOn: FailOn, now: number = Date.now()): string[] {
  const out: string[] = [];
  for (const r of records) {
    if (failOn.notReady && !r.ready)
      out.push(`${r.vm}: the proxy is not ready${r.proxy && r.proxy !== 'running' ? ` (istio-proxy ${r.proxy})` : ''}`);
    if (failOn.drift && r.drift.length) out.push(`${r.vm}: drift: ${r.drift.join('; ')}`);
    if (failOn.certExpiresWithinMs !== undefined) {
      const within = formatWindow(failOn.certExpiresWithinMs);
      if (!r.certExpiresAt) out.push(`${r.vm}: the workload certificate's expiry is not known (cert-expires-within=${within})`);
      else if (Date.parse(r.certExpiresAt) - now < failOn.certExpiresWithinMs)
        out.push(`${r.vm}: the workload certificate expires at ${r.certExpiresAt}, within ${within}`);
    }
  }
  return out;
}

function formatWindow(ms: number): string {
  return ms % 86_400_000 === 0 ? `${ms / 86_400_000}d` : formatDuration(ms);
}

/** Days until `at`, one decimal ("0.9 d"), or '-'. */
export function daysUntil(at: string | null, now: number = Date.now()): string {
  if (!at) return '-';
  return `${((Date.parse(at) - now) / 86_400_000).toFixed(1)} d`;
}

export const CHECK_TABLE_HEADER = [
  '',
  'VM',
  'Workload',
  'Ready',
  'Connected',
  'Certificate',
  'Token expires',
  'Versions',
  'WorkloadEntry',
  'Drift',
  'Problems',
];

/** One summary row: a status mark (✅ healthy, ⚠️ drift only, ❌ a problem), days to certificate expiry, versions, drift. */
/** Envoy's version as server_info gives it is SHA/VERSION/STATUS/BUILD/SSL: the table shows VERSION (the report keeps it all). */
function envoyRelease(version: string): string {
  const parts = version.split('/');
  return parts.length >= 3 && /^\d+\.\d+\.\d+/.test(parts[1] ?? '') ? (parts[1] as string) : version;
}

export function checkRow(r: CheckRecord, now: number = Date.now()): string[] {
  const mark = r.problems.length ? '❌' : r.drift.length ? '⚠️' : '✅';
  const we = r.workloadEntry;
  return [
    mark,
    r.vm,
    r.workload,
    r.ready ? 'yes' : `no${r.proxy && r.proxy !== 'running' ? ` (${r.proxy === 'none' ? 'no proxy' : r.proxy})` : ''}`,
    r.connected ? 'yes' : 'no',
    r.certExpiresAt ? `${daysUntil(r.certExpiresAt, now)} (${r.certExpiresAt})` : '-',
    r.tokenExpiresAt ?? '-',
    [r.proxyVersion ? `Envoy ${envoyRelease(r.proxyVersion)}` : '', r.agentVersion ? `pilot-agent ${r.agentVersion}` : '']
      .filter(Boolean)
      .join(', ') || '-',
    we.present
      ? `${we.name ?? 'present'}${we.address ? ` at ${we.address}` : ''}${we.healthy === null ? '' : we.healthy ? ', Healthy' : ', not Healthy'}`
      : 'missing',
    r.drift.length ? r.drift.join('; ') : 'none',
    r.problems.length ? r.problems.join('; ') : 'none',
  ];
}
