// The job summary (and PR comment body), built from the result: verdict first, then tables.
// Every value is HTML-escaped; long logs go in <details>; the whole stays under 1 MiB.
import type { AccessLogEntry } from '../probe/access-log.js';
import { details, escapeMarkdown, table } from './markdown.js';
import { CHECK_TABLE_HEADER, checkRow } from './check.js';
import { REFRESH_TABLE_HEADER, refreshRecords, refreshRow } from './refresh.js';
import type { RunResult } from './result.js';

export const SUMMARY_LIMIT = 1024 * 1024; // GitHub's job summary limit

export function accessLogRow(e: AccessLogEntry): string[] {
  return [
    e.startTime,
    e.direction,
    e.tcp ? 'TCP' : e.method,
    e.path || '-',
    e.responseCode ? String(e.responseCode) : '-',
    e.responseFlags || '-',
    e.upstreamCluster || '-',
    `${e.durationMs} ms`,
    e.requestId,
  ];
}

function schemaCell(o: RunResult['objects'][number]): string {
  if (!o.schema) return '-';
  if (!o.schema.valid) return `invalid: ${o.schema.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`;
  return o.schema.known ? 'valid' : 'no offline schema';
}

export const ACCESS_LOG_HEADER = ['Time', 'Direction', 'Method', 'Path', 'Code', 'Flags', 'Upstream cluster', 'Duration', 'Request ID'];

function durationOf(r: RunResult): string {
  return r.finishedAt ? `${((Date.parse(r.finishedAt) - Date.parse(r.startedAt)) / 1000).toFixed(1)} s` : '-';
}

/** old → new as the VM ends the run: a restored or failed VM still runs the old one. */
function versionCell(v: RunResult): string {
  const p = v.proxyVersion;
  if (!p) return '-';
  if (v.verdict === 'failed') return `${p.before} (kept; ${p.after} not rolled out)`;
  return p.before === p.after ? `${p.after} (unchanged)` : `${p.before} → ${p.after}`;
}

/** A fleet (inventory): one row per VM, then each VM's own summary in its <details>. */
function fleetParts(r: RunResult, vms: RunResult[]): string[] {
  const failed = vms.filter((v) => v.verdict === 'failed').length;
  const icon = r.verdict === 'succeeded' ? '✅' : '❌';
  const parts = [
    `## ${icon} istio-vm-onboard ${escapeMarkdown(r.mode)}${r.dryRun ? ' (dry-run)' : ''} of ${vms.length} VMs: ${r.verdict}${failed ? ` (${failed} failed)` : ''}`,
  ];
  if (r.error)
    parts.push(`> **Failed:** ${escapeMarkdown(r.error.message)}${r.error.hint ? `<br>**Try:** ${escapeMarkdown(r.error.hint)}` : ''}`);
  // A check: one row per VM of what it found (a VM whose check stopped early has a row of what was read).
  if (r.mode === 'check')
    parts.push(
      '### Check',
      table(
        CHECK_TABLE_HEADER,
        vms.flatMap((v) => (v.check ? [checkRow(v.check)] : [])),
      ),
    );
  if (r.mode === 'refresh')
    parts.push(
      '### Refresh',
      table(
        REFRESH_TABLE_HEADER,
        refreshRecords(vms).map((v) => refreshRow(v)),
      ),
    );
  // A rollout in waves shows each VM's wave; an onboarding shows what each VM ran before and now.
  const waves = vms.some((v) => v.wave !== undefined);
  const versions = vms.some((v) => v.proxyVersion);
  parts.push(
    '### VMs',
    table(
      [
        'VM',
        'Workload',
        ...(waves ? ['Wave'] : []),
        'Status',
        'Duration',
        'Proxy',
        ...(versions ? ['Version (old → new)'] : []),
        'Probes',
        'Failed in',
      ],
      vms.map((v) => [
        v.workload.vmHost || '-',
        `${v.workload.namespace}/${v.autoRegistered?.name ?? v.workload.name}`,
        ...(waves ? [v.wave === undefined ? '-' : v.wave === 1 ? '1 (canary)' : String(v.wave)] : []),
        v.verdict,
        durationOf(v),
        v.proxyStatus,
        ...(versions ? [versionCell(v)] : []),
        v.probeStatus,
        // A step's failure already begins with the step's name.
        v.error ? (v.error.message.startsWith(v.error.step) ? v.error.message : `${v.error.step}: ${v.error.message}`) : '-',
      ]),
    ),
  );
  // Each VM's summary, its headings one level down, closed unless it failed.
  for (const v of vms) {
    const body = vmParts(v)
      .map((p) => p.replace(/^(#{2,3}) /, '#$1 '))
      .join('\n\n');
    const title = `${v.verdict === 'succeeded' ? '✅' : '❌'} ${v.workload.vmHost || v.workload.name}: ${v.verdict}`;
    parts.push(`<details${v.verdict === 'failed' ? ' open' : ''}><summary>${escapeMarkdown(title)}</summary>\n\n${body}\n\n</details>`);
  }
  return parts;
}

export function renderSummary(r: RunResult): string {
  const parts = r.vms ? fleetParts(r, r.vms) : vmParts(r);
  let text = parts.join('\n\n') + '\n';
  if (Buffer.byteLength(text) > SUMMARY_LIMIT)
    text =
      Buffer.from(text)
        .subarray(0, SUMMARY_LIMIT - 200)
        .toString('utf8')
        .replace(/\uFFFD*$/, '') + '\n\n_(summary cut at the 1 MiB limit; the JSON report has everything)_\n';
  return text;
}

function vmParts(r: RunResult): string[] {
  const parts: string[] = [];
  const icon = r.verdict === 'succeeded' ? '✅' : '❌';
  parts.push(`## ${icon} istio-vm-onboard ${escapeMarkdown(r.mode)}${r.dryRun ? ' (dry-run)' : ''}: ${r.verdict}`);
  // <code>, not backticks: entities are not decoded inside a code span, and a backtick in a value would end it.
  parts.push(
    `Workload <code>${escapeMarkdown(`${r.workload.namespace}/${r.workload.name}`)}</code>, ServiceAccount <code>${escapeMarkdown(r.workload.serviceAccount)}</code>, address <code>${escapeMarkdown(r.workload.address || '-')}</code>`,
  );
  if (r.error) {
    parts.push(
      `> **${r.error.interruptedBy ? `Interrupted (${r.error.interruptedBy}) in` : 'Failed in'} ${escapeMarkdown(r.error.step)}:** ${escapeMarkdown(r.error.message)}${r.error.hint ? `<br>**Try:** ${escapeMarkdown(r.error.hint)}` : ''}`,
    );
    if (r.error.proxyLogs?.length) parts.push(details('Proxy log (last lines)', r.error.proxyLogs.join('\n')));
  }
  const refreshed = refreshRecords([r]);
  if (refreshed.length)
    parts.push(
      '### Refresh',
      table(
        REFRESH_TABLE_HEADER,
        refreshed.map((v) => refreshRow(v)),
      ),
    );
  else if (r.check) parts.push('### Check', table(CHECK_TABLE_HEADER, [checkRow(r.check)]));
  if (r.steps.length) {
    parts.push(
      '### Steps',
      table(
        ['Step', 'Target', 'Result', 'Duration'],
        r.steps.map((s) => [s.name, s.target, s.status, `${s.durationMs} ms`]),
      ),
    );
  }
  if (r.objects.length) {
    const withServer = r.objects.some((o) => o.server);
    const header = ['Kind', 'Namespace', 'Name', 'Action', 'Schema', ...(withServer ? ['Server dry-run', 'Live diff'] : []), 'Source'];
    parts.push(
      '### Objects',
      table(
        header,
        r.objects.map((o) => [
          o.kind,
          o.namespace ?? '',
          o.name,
          o.action,
          schemaCell(o),
          ...(withServer ? [o.server ?? '-', o.liveDiff ?? '-'] : []),
          o.source?.file ? `${o.source.file}:${o.source.line}` : 'inputs',
        ]),
      ),
    );
  }
  if (r.crossChecks.length) {
    parts.push(
      '### Cross-object checks',
      table(
        ['Severity', 'Rule', 'Problem', 'Where'],
        r.crossChecks.map((c) => [c.severity, c.rule, c.message, c.source?.file ? `${c.source.file}:${c.source.line ?? ''}` : 'inputs']),
      ),
    );
  }
  if (r.bootstrap || r.tokenExpiresAt) {
    parts.push(
      '### Bootstrap',
      table(
        ['ServiceAccount', 'Token expires', 'Proxy image', 'Gateway', 'Trust domain', 'Proxy'],
        [
          [
            `${r.workload.namespace}/${r.workload.serviceAccount}`,
            r.tokenExpiresAt ?? '-',
            r.bootstrap?.image ?? '-',
            r.bootstrap ? `${r.bootstrap.gateway} (${r.bootstrap.gatewaySource})` : '-',
            r.bootstrap?.trustDomain ?? '-',
            r.proxyStatus,
          ],
        ],
      ),
    );
  }
  if (r.probes.length) {
    parts.push(
      '### Probes',
      table(
        ['Direction', 'URL', 'Status', 'HTTP', 'Latency', 'Attempts', 'Request ID'],
        r.probes.map((p) => [
          p.direction,
          p.url,
          p.passed ? 'passed' : 'failed',
          p.httpStatus ? String(p.httpStatus) : '-',
          `${p.latencyMs} ms`,
          String(p.attempts),
          p.requestId,
        ]),
      ),
    );
  }
  if (r.accessLog) {
    parts.push('### Access log (our requests)');
    parts.push(
      r.accessLog.ours.length
        ? table(ACCESS_LOG_HEADER, r.accessLog.ours.map(accessLogRow))
        : '_No access-log line carries our request IDs: is access logging on (meshConfig.accessLogFile)?_',
    );
    parts.push(
      details(
        'Raw access-log lines',
        [...r.accessLog.ours.map((e) => e.raw), '', '# last lines of the proxy log:', ...r.accessLog.context].join('\n'),
      ),
    );
  }
  if (r.plan?.length) parts.push(details('Plan', r.plan.join('\n')));
  if (!r.check)
    parts.push('### Status', table(['Proxy', 'Probes', 'Token expires'], [[r.proxyStatus, r.probeStatus, r.tokenExpiresAt ?? '-']]));
  return parts;
}
