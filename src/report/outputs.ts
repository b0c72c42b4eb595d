// Step outputs, derived from the result only.
import type { RunResult } from './result.js';

export function outputsOf(result: RunResult, reportPath: string): Record<string, string> {
  const w = result.workload;
  return {
    'workload-entry': `${w.namespace}/${result.autoRegistered?.name ?? w.name}`,
    'service-account': `${w.namespace}/${w.serviceAccount}`,
    'proxy-status': result.proxyStatus,
    'probe-status': result.probeStatus,
    'token-expires-at': result.tokenExpiresAt ?? '',
    manifests: result.manifestsPath ?? '',
    report: reportPath,
  };
}
