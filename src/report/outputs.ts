// Step outputs, derived from the result only.
import type { RunResult } from './result.js';

function entryOf(result: RunResult): string {
  const w = result.workload;
  return `${w.namespace}/${result.autoRegistered?.name ?? w.name}`;
}

/** Each distinct value once, one per line, in the inventory's order. */
function lines(values: string[]): string {
  return [...new Set(values.filter((v) => v !== ''))].join('\n');
}

export function outputsOf(result: RunResult, reportPath: string): Record<string, string> {
  const w = result.workload;
  const vms = result.vms;
  if (vms) {
    // A fleet: each output holds every VM's (one per line), the statuses the run's overall one.
    const expiries = vms.map((r) => r.tokenExpiresAt ?? '').filter(Boolean).sort();
    return {
      'workload-entry': lines(vms.map(entryOf)),
      'service-account': lines(vms.map((r) => `${r.workload.namespace}/${r.workload.serviceAccount}`)),
      'proxy-status': result.proxyStatus,
      'probe-status': result.probeStatus,
      'token-expires-at': expiries[0] ?? '', // the first to expire
      manifests: lines(vms.map((r) => r.manifestsPath ?? '')),
      report: reportPath,
      matrix: result.matrix ?? '',
      'failed-vms': lines(vms.filter((r) => r.verdict === 'failed').map((r) => r.workload.vmHost || r.workload.name)),
    };
  }
  return {
    'workload-entry': entryOf(result),
    'service-account': `${w.namespace}/${w.serviceAccount}`,
    'proxy-status': result.proxyStatus,
    'probe-status': result.probeStatus,
    'token-expires-at': result.tokenExpiresAt ?? '',
    manifests: result.manifestsPath ?? '',
    report: reportPath,
    matrix: '',
    'failed-vms': '',
  };
}
