// mode refresh's part of the report (pure): per VM, what was decided and why, beside its check
// record; the summary table's row and the `refreshed-vms` output's VMs.
import { checkRow, CHECK_TABLE_HEADER, type CheckRecord } from './check.js';
import type { RefreshOutcome, RunResult } from './result.js';

/** The JSON report's record of a VM in mode refresh: the check record, with the outcome. */
export type RefreshRecord = CheckRecord & { refresh: RefreshOutcome };

const MARK: Record<RefreshOutcome['action'], string> = { refreshed: '🔄', planned: '📝', skipped: '⏭️', failed: '❌' };

export const REFRESH_TABLE_HEADER = ['', 'VM', 'Refresh', 'Why', ...CHECK_TABLE_HEADER.slice(3)];

/** One summary row: the outcome and its reasons, then the check columns as read last. */
export function refreshRow(r: RefreshRecord, now: number = Date.now()): string[] {
  const o = r.refresh;
  const action = `${o.action}${o.action === 'skipped' ? '' : o.restart ? ' (proxy restarted)' : ' (in place)'}`;
  return [MARK[o.action], r.vm, action, o.reasons.join('; '), ...checkRow(r, now).slice(3)];
}

/** Each VM's record with its outcome (a VM whose reads stopped before a decision has none). */
export function refreshRecords(results: RunResult[]): RefreshRecord[] {
  return results.flatMap((r) => (r.check && r.refresh ? [{ ...r.check, refresh: r.refresh }] : []));
}

/** The `refreshed-vms` output: each VM refreshed (with dry-run: planned), by its vm-host. */
export function refreshedVms(results: RunResult[]): string[] {
  return results.flatMap((r) =>
    r.refresh && (r.refresh.action === 'refreshed' || r.refresh.action === 'planned') ? [r.workload.vmHost || r.workload.name] : [],
  );
}
