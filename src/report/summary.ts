// The job summary (and PR comment body), built from the result: verdict first, then tables.
import { details, escapeHtml, table } from './markdown.js';
import type { RunResult } from './result.js';

export const SUMMARY_LIMIT = 1024 * 1024; // GitHub's job summary limit

export function renderSummary(r: RunResult): string {
  const parts: string[] = [];
  const icon = r.verdict === 'succeeded' ? '✅' : '❌';
  parts.push(`## ${icon} istio-vm-onboard ${escapeHtml(r.mode)}${r.dryRun ? ' (dry-run)' : ''}: ${r.verdict}`);
  parts.push(`Workload \`${escapeHtml(`${r.workload.namespace}/${r.workload.name}`)}\`, ServiceAccount \`${escapeHtml(r.workload.serviceAccount)}\`, address \`${escapeHtml(r.workload.address || '-')}\``);
  if (r.error) {
    parts.push(`> **Failed in ${escapeHtml(r.error.step)}:** ${escapeHtml(r.error.message)}${r.error.hint ? `<br>**Try:** ${escapeHtml(r.error.hint)}` : ''}`);
    if (r.error.proxyLogs?.length) parts.push(details('Proxy log (last lines)', r.error.proxyLogs.join('\n')));
  }
  if (r.steps.length) {
    parts.push('### Steps', table(['Step', 'Target', 'Result', 'Duration'], r.steps.map((s) => [s.name, s.target, s.status, `${s.durationMs} ms`])));
  }
  if (r.objects.length) {
    parts.push(
      '### Objects',
      table(['Kind', 'Namespace', 'Name', 'Action', 'Source'], r.objects.map((o) => [o.kind, o.namespace ?? '', o.name, o.action, o.source?.file ? `${o.source.file}:${o.source.line}` : 'inputs'])),
    );
  }
  if (r.plan?.length) parts.push(details('Plan', r.plan.join('\n')));
  parts.push(
    '### Status',
    table(['Proxy', 'Probes', 'Token expires'], [[r.proxyStatus, r.probeStatus, r.tokenExpiresAt ?? '-']]),
  );
  let text = parts.join('\n\n') + '\n';
  if (Buffer.byteLength(text) > SUMMARY_LIMIT) text = text.slice(0, SUMMARY_LIMIT - 200) + '\n\n_(summary cut at the 1 MiB limit; see the JSON report)_\n';
  return text;
}
