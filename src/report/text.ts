// The result as plain text lines: the CLI prints them, the Action logs them.
import { objectRef } from '../plan/kube-object.js';
import type { RunResult } from './result.js';

export interface TextStyle {
  bold(s: string): string;
  good(s: string): string;
  bad(s: string): string;
}

export const PLAIN: TextStyle = { bold: (s) => s, good: (s) => s, bad: (s) => s };

/** ", image A -> image B" for a VM this run moved to another proxy; nothing otherwise. */
const upgrade = (v: RunResult): string =>
  v.verdict === 'succeeded' && v.proxyVersion && v.proxyVersion.before !== v.proxyVersion.after
    ? `, ${v.proxyVersion.before} -> ${v.proxyVersion.after}`
    : '';

export function renderText(r: RunResult, style: TextStyle = PLAIN): string {
  const out: string[] = [];
  const verdict = r.verdict === 'succeeded' ? style.good('SUCCEEDED') : style.bad('FAILED');
  out.push(style.bold(`istio-vm-onboard ${r.mode}${r.dryRun ? ' (dry-run)' : ''}: ${verdict}`));
  if (r.vms) {
    // A fleet: one line per VM; the JSON report (--json) holds each VM's steps.
    out.push(style.bold(`VMs (${r.vms.length}):`));
    for (const v of r.vms)
      out.push(
        `  ${v.verdict === 'succeeded' ? style.good('succeeded') : style.bad('failed   ')} ${v.workload.vmHost || '-'} ${v.workload.namespace}/${v.workload.name}${v.wave ? ` (wave ${v.wave})` : ''}: proxy ${v.proxyStatus}${upgrade(v)}, ${v.refresh ? `${v.refresh.action}: ${v.refresh.reasons.join('; ')}` : v.check ? `${v.check.problems.length} problem(s), ${v.check.drift.length} drift` : `probes ${v.probeStatus}`}${v.error ? `; ${v.error.step}: ${v.error.message}` : ''}`,
      );
  } else
    out.push(
      `workload ${r.workload.namespace}/${r.workload.name} (ServiceAccount ${r.workload.serviceAccount}, address ${r.workload.address || '-'})`,
    );
  if (r.error) {
    out.push(style.bad(`${r.error.interruptedBy ? 'interrupted' : 'error'} in ${r.error.step}: ${r.error.message}`));
    if (r.error.hint) out.push(`try: ${r.error.hint}`);
    if (r.error.proxyLogs?.length) out.push('proxy log (last lines):', ...r.error.proxyLogs.map((l) => `  ${l}`));
  }
  if (r.check) {
    const c = r.check;
    out.push(style.bold('check:'));
    out.push(
      `  ${c.problems.length ? style.bad('unhealthy') : style.good('healthy')} ${c.vm} ${c.workload}: proxy ${c.proxy || 'not read'}, ready ${c.ready ? 'yes' : 'no'}, connected ${c.connected ? 'yes' : 'no'}, certificate expires ${c.certExpiresAt ?? '-'}, token expires ${c.tokenExpiresAt ?? '-'}, Envoy ${c.proxyVersion ?? '-'}, WorkloadEntry ${c.workloadEntry.present ? 'present' : 'missing'}`,
    );
    for (const d of c.drift) out.push(`  drift: ${d}`);
    for (const p of c.problems) out.push(style.bad(`  problem: ${p}`));
  }
  if (r.refresh) {
    const f = r.refresh;
    out.push(
      style.bold('refresh:'),
      `  ${f.action}${f.action === 'skipped' ? '' : f.restart ? ' (the proxy started anew)' : ' (in place)'}: ${f.reasons.join('; ')}`,
    );
    if (f.after)
      out.push(
        `  after: ready ${f.after.ready ? 'yes' : 'no'}, connected ${f.after.connected ? 'yes' : 'no'}, certificate expires ${f.after.certExpiresAt ?? '-'}, token expires ${f.after.tokenExpiresAt}`,
      );
  }
  if (r.steps.length) {
    out.push(style.bold('steps:'));
    for (const s of r.steps)
      out.push(`  ${s.status.padEnd(11)} ${s.name} -> ${s.target} (${s.durationMs} ms)${s.detail ? `: ${s.detail}` : ''}`);
  }
  if (r.objects.length) {
    out.push(style.bold('objects:'));
    for (const o of r.objects) {
      const where = o.source?.file ? ` (${o.source.file}:${o.source.line})` : '';
      out.push(
        `  ${o.action.padEnd(9)} ${objectRef({ apiVersion: '', kind: o.kind, metadata: { name: o.name, namespace: o.namespace } })}${where}`,
      );
      for (const p of o.schema?.problems ?? []) out.push(style.bad(`      invalid ${p.path}: ${p.message}`));
      if (o.server && o.server !== 'accepted') out.push(`      server: ${o.server}`);
      if (o.liveDiff) out.push(`      live: ${o.liveDiff}`);
    }
  }
  if (r.crossChecks.length) {
    out.push(style.bold('cross-object checks:'));
    for (const c of r.crossChecks)
      out.push(
        `  ${c.severity === 'error' ? style.bad('error') : 'warning'} ${c.rule}: ${c.message}${c.source?.file ? ` (${c.source.file}:${c.source.line ?? ''})` : ''}`,
      );
  }
  if (r.bootstrap)
    out.push(
      `bootstrap: image ${r.bootstrap.image}, gateway ${r.bootstrap.gateway} (${r.bootstrap.gatewaySource}), trust domain ${r.bootstrap.trustDomain}`,
    );
  if (r.probes.length) {
    out.push(style.bold('probes:'));
    for (const p of r.probes) {
      const verdict = p.passed ? style.good('passed') : style.bad('failed');
      out.push(
        `  ${verdict} ${p.direction} ${p.url} -> HTTP ${p.httpStatus || '-'} in ${p.latencyMs} ms (request ID ${p.requestId}, ${p.attempts} attempt(s))`,
      );
    }
  }
  if (r.accessLog) {
    out.push(style.bold('access log (our requests):'));
    if (!r.accessLog.ours.length) out.push('  none carries our request IDs: is access logging on (meshConfig.accessLogFile)?');
    for (const e of r.accessLog.ours)
      out.push(
        `  ${e.startTime} ${e.direction} ${e.tcp ? 'TCP' : `${e.method} ${e.path}`} ${e.responseCode || '-'} ${e.responseFlags || '-'} ${e.upstreamCluster} ${e.durationMs} ms ${e.requestId}`,
      );
  }
  if (r.plan?.length) out.push(style.bold('plan:'), ...r.plan.map((l) => `  ${l}`));
  out.push(`proxy: ${r.proxyStatus}; probes: ${r.probeStatus}${r.tokenExpiresAt ? `; token expires ${r.tokenExpiresAt}` : ''}`);
  if (r.manifestsPath) out.push(`manifests: ${r.manifestsPath}`);
  return out.join('\n');
}
