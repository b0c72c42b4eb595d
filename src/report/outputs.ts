// Step outputs, derived from the result only. A downstream job pastes them into commands and
// files, so each holds only values of a known shape (names, addresses, times, the action's
// own paths, JSON): a value of any other shape is left out and said so, never passed on.
import { isAbsolute } from 'node:path';
import { canonicalIp, dns1123Label, dns1123Subdomain, host } from '../config/rules.js';
import { isUnhealthy } from './check.js';
import { refreshedVms } from './refresh.js';
import type { RunResult } from './result.js';

/** namespace/name, or nothing when the run stopped before it knew both. */
const nsSlash = (namespace: string, name: string): string => (namespace && name ? `${namespace}/${name}` : '');

function entryOf(result: RunResult): string {
  return nsSlash(result.workload.namespace, result.autoRegistered?.name ?? result.workload.name);
}

const nsName = (v: string): boolean => {
  const [ns, name, ...rest] = v.split('/');
  return rest.length === 0 && ns !== undefined && name !== undefined && !dns1123Label(ns) && !dns1123Subdomain(name);
};
const oneOf =
  (...allowed: string[]) =>
  (v: string): boolean =>
    allowed.includes(v);
// RFC 3339 as the API server writes it (TokenRequest's expirationTimestamp) and as toISOString does.
const rfc3339 = (v: string): boolean => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/.test(v);
// The action's own files: absolute, and no character a shell or a line-based reader would split on.
const ownPath = (v: string): boolean => isAbsolute(v) && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(v);
// A VM as vm-host names it (checked by the same rule), in canonical form; a fleet's VM without one is its workload name.
const vmName = (v: string): boolean => (!host(v) && canonicalIp(v) === v) || !dns1123Subdomain(v);
// JSON.stringify escapes every control character: the text is one line of JSON.
const json = (v: string): boolean => {
  try {
    JSON.parse(v);
    return !/[\u0000-\u001f\u2028\u2029]/.test(v);
  } catch {
    return false;
  }
};

/** The shape of each output's lines. */
const SHAPES: Record<string, (line: string) => boolean> = {
  'workload-entry': nsName,
  'service-account': nsName,
  'proxy-status': oneOf('ready', 'not-ready', 'not-started', 'planned', 'restored'),
  'probe-status': oneOf('passed', 'failed', 'skipped'),
  'token-expires-at': rfc3339,
  manifests: ownPath,
  report: ownPath,
  matrix: json,
  'failed-vms': vmName,
  'unhealthy-vms': vmName,
  'refreshed-vms': vmName,
  'config-dumps': ownPath,
};

/**
 * The outputs: each value checked whole against its output's shape (before values are joined
 * one a line, so no value can add a line of its own), each distinct one once, in order. A
 * value of another shape (an answer no rule has seen) is left out and passed to `refused`.
 */
export function outputsOf(
  result: RunResult,
  reportPath: string,
  refused: (output: string, why: string) => void = () => {},
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, values] of Object.entries(valuesOf(result, reportPath))) {
    const shape = SHAPES[name] as (value: string) => boolean;
    const kept = values.filter(
      (v) => v !== '' && (shape(v) || (refused(name, `left out a value of ${v.length} characters that is not of its shape`), false)),
    );
    out[name] = [...new Set(kept)].join('\n');
  }
  return out;
}

function valuesOf(result: RunResult, reportPath: string): Record<string, string[]> {
  const w = result.workload;
  const vms = result.vms;
  if (vms) {
    // A fleet: each output holds every VM's (one a line), the statuses the run's overall one.
    const expiries = vms
      .map((r) => r.tokenExpiresAt ?? '')
      .filter(Boolean)
      .sort();
    return {
      'workload-entry': vms.map(entryOf),
      'service-account': vms.map((r) => nsSlash(r.workload.namespace, r.workload.serviceAccount)),
      'proxy-status': [result.proxyStatus],
      'probe-status': [result.probeStatus],
      'token-expires-at': expiries.slice(0, 1), // the first to expire
      manifests: vms.map((r) => r.manifestsPath ?? ''),
      report: [reportPath],
      matrix: [result.matrix ?? ''],
      'failed-vms': vms.filter((r) => r.verdict === 'failed').map((r) => r.workload.vmHost || r.workload.name),
      'unhealthy-vms': unhealthyOf(vms),
      'refreshed-vms': refreshedVms(vms),
      'config-dumps': vms.map((r) => r.configDumpPath ?? ''),
    };
  }
  return {
    'workload-entry': [entryOf(result)],
    'service-account': [nsSlash(w.namespace, w.serviceAccount)],
    'proxy-status': [result.proxyStatus],
    'probe-status': [result.probeStatus],
    'token-expires-at': [result.tokenExpiresAt ?? ''],
    manifests: [result.manifestsPath ?? ''],
    report: [reportPath],
    matrix: [],
    'failed-vms': [],
    'unhealthy-vms': unhealthyOf([result]),
    'refreshed-vms': refreshedVms([result]),
    'config-dumps': [result.configDumpPath ?? ''],
  };
}

/** mode check: each VM with a problem, by its vm-host. */
function unhealthyOf(results: RunResult[]): string[] {
  return results.flatMap((r) => (r.check && isUnhealthy(r.check) ? [r.workload.vmHost || r.workload.name] : []));
}
