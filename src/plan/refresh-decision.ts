// mode refresh's decision for one VM, made from what mode check read (pure): refresh or skip,
// and whether the proxy must start anew or renews by itself once its files are fresh. Every
// outcome carries its reasons, which the report and the dry-run plan show as they are.
import { formatDuration } from '../config/duration.js';
import type { ProxyRuntime } from '../config/settings.js';
import type { CheckRecord } from '../report/check.js';

/** What check found that refresh decides on, beyond the record itself. */
export interface RefreshFindings {
  record: CheckRecord;
  /** The root certificate on the VM is not the mesh's current one (ConfigMap istio-ca-root-cert). */
  rootCertChanged: boolean;
  /** Each other bundle file that differs from the render (refresh writes them unchanged: onboard settles them). */
  otherFileDrift: string[];
  /** registration: workload-group: istiod makes the WorkloadEntry when the proxy connects (a stopped proxy has none). */
  autoRegistered: boolean;
  runtime: ProxyRuntime;
}

export interface RefreshDecision {
  refresh: boolean;
  /** The proxy starts anew (docker: a new container; systemd: the unit restarted). */
  restart: boolean;
  /** Why, one short sentence each: the report's and the plan's words. */
  reasons: string[];
}

function windowText(ms: number): string {
  return ms % 86_400_000 === 0 ? `${ms / 86_400_000}d` : formatDuration(ms);
}

const skip = (...reasons: string[]): RefreshDecision => ({ refresh: false, restart: false, reasons });

/**
 * Refresh a VM whose workload certificate expires within `withinMs`, has expired or is not
 * served, whose proxy is not running, or whose root certificate changed; skip a healthy one, one
 * with no proxy or no WorkloadEntry (refresh never registers) and one whose other files drifted
 * (onboard's to settle). Restart only where the proxy cannot take the fresh files by itself:
 * not running, no valid certificate, a rotated root (pilot-agent reads it at start), and
 * always with the docker runtime, whose container sees the token and root certificate through
 * single-file bind mounts that keep the files it started with. A systemd proxy that is ready
 * reads the fresh token from its path at its next certificate request.
 */
export function decideRefresh(f: RefreshFindings, withinMs: number, now: number = Date.now()): RefreshDecision {
  const r = f.record;
  if (!r.proxy) return skip('the proxy could not be read: refresh decides only on what it read (see the problems)');
  if (r.proxy === 'none') return skip('no proxy on the VM: onboard it (refresh never registers a VM)');
  if (!r.workloadEntry.present && !f.autoRegistered)
    return skip('no WorkloadEntry: the mesh does not route to the VM, and refresh never registers one; onboard it');
  if (f.otherFileDrift.length)
    return skip(
      `${f.otherFileDrift.join('; ')}: refresh writes only a fresh token and root certificate; onboard again to settle the files`,
    );

  const reasons: string[] = [];
  let restart = false;
  const running = r.proxy === 'running';
  if (!running) {
    reasons.push(`the proxy is ${r.proxy}: it cannot renew its certificate by itself`);
    restart = true;
  } else if (!r.certExpiresAt) {
    reasons.push('Envoy serves no workload certificate');
    restart = true;
  } else if (Date.parse(r.certExpiresAt) <= now) {
    reasons.push(`the workload certificate expired at ${r.certExpiresAt}`);
    restart = true;
  } else if (Date.parse(r.certExpiresAt) - now < withinMs) {
    reasons.push(
      `the workload certificate expires at ${r.certExpiresAt}, within ${windowText(withinMs)}: pilot-agent renews at half its lifetime, so it is not renewing by itself`,
    );
    if (!r.ready) restart = true;
  }
  if (f.rootCertChanged) {
    reasons.push("the VM's root certificate is not the mesh's current one (rotated): pilot-agent reads it only at start");
    restart = true;
  }
  if (!reasons.length) {
    if (running && !r.ready)
      return skip('not ready, with a valid certificate outside the window and the current root: not what refresh fixes (see the problems)');
    return skip(
      `healthy: the certificate is valid until ${r.certExpiresAt} (beyond ${windowText(withinMs)}) and the root certificate is the mesh's`,
    );
  }
  if (!restart && f.runtime === 'docker') {
    reasons.push('the docker runtime mounts the token as a single file: only a new container reads a fresh one');
    restart = true;
  }
  return { refresh: true, restart, reasons };
}
