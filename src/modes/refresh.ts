// mode refresh: for a VM whose workload certificate expires within refresh-within, has expired,
// or whose root certificate changed, a fresh bootstrap token (and the mesh's current root
// certificate) written in place, the proxy started anew only where it cannot take them by
// itself, readiness and the probes verified. It decides on what mode check reads (inspect) and
// changes the VM through the compensation stack (modes/compensation.ts) (restoreVm, rollback, outOfRotation,
// verify), so a failure puts the previous proxy and files back. It writes no object to the
// cluster: the WorkloadEntry and the registration stay as they are. A dry-run reads, decides
// and says what it would do and why.
import type { MeshFacts } from '../cluster/mesh-facts.js';
import { requestToken } from '../cluster/token.js';
import { waitForAutoRegisteredEntry } from '../cluster/auto-registration.js';
import { formatDuration } from '../config/duration.js';
import type { Settings } from '../config/settings.js';
import { buildBundle } from '../plan/bundle.js';
import { shellJoin } from '../plan/shell.js';
import { decideRefresh, type RefreshDecision } from '../plan/refresh-decision.js';
import { groupHealthChecks } from '../plan/workload-objects.js';
import type { RunContext } from '../pipeline/context.js';
import { runStep } from '../pipeline/run-step.js';
import { StepError } from '../pipeline/step-error.js';
import { outboundProbeCommand } from '../probe/probes.js';
import type { RefreshOutcome, RunResult } from '../report/result.js';
import { proxyNoun, readProxy, tokenPath } from '../vm/proxy-check.js';
import { proxyRuntime, type VmChange } from '../vm/proxy-runtime.js';
import { pollReady } from '../vm/readiness.js';
import { sshTarget } from '../vm/ssh-session.js';
import { inspect, type Inspection } from './check.js';
import { autoRegisterGroup, hostsBlockOf, outOfRotation, restoreVm, rollback, type Compensation } from './compensation.js';
import { dropKept, verify } from './verify.js';
import { leasePlanLine, withVmLease } from './vm-lease.js';

export async function refresh(s: Settings, ctx: RunContext, result: RunResult): Promise<void> {
  const found = await inspect(s, ctx, result);
  const decision = decideRefresh(
    {
      record: found.record,
      rootCertChanged: found.rootCertChanged,
      otherFileDrift: found.otherFileDrift,
      autoRegistered: s.workload.registration === 'workload-group',
      runtime: s.proxy.runtime,
    },
    s.refresh.withinMs,
  );
  const outcome: RefreshOutcome = { action: 'skipped', restart: false, reasons: decision.reasons };
  result.refresh = outcome;
  await runStep(result, ctx, 'Decide', `refresh-within ${formatDuration(s.refresh.withinMs)}`, async (step) => {
    step.detail = `${decision.refresh ? (decision.restart ? 'refresh, the proxy started anew' : 'refresh in place') : 'skip'}: ${decision.reasons.join('; ')}`;
    // Nothing changes on a partial reading: the decision would rest on what was not read.
    if (found.unread)
      throw new StepError(
        `could not read everything (${found.unread} read(s) failed), so nothing was refreshed: ${found.record.problems.join('; ')}`,
        'fix access to the cluster or the VM and refresh again',
      );
  });
  if (!decision.refresh) return;
  outcome.restart = decision.restart;
  if (s.dryRun) {
    outcome.action = 'planned';
    result.plan = planText(s, found, decision);
    result.proxyStatus = 'planned';
    return;
  }
  outcome.action = 'failed'; // until the refreshed proxy is verified
  await withVmLease(s, ctx, result, found.cluster, `refresh ${found.workload.namespace}/${found.workload.name}`, () =>
    refreshVm(s, ctx, result, found, decision, outcome),
  );
  outcome.action = 'refreshed';
}

/** The settings and facts of the proxy the VM has: its own image, no package (a refresh upgrades nothing). */
function ownProxy(s: Settings, found: Inspection): { own: Settings; facts: MeshFacts } {
  const facts = found.facts as MeshFacts;
  return { own: { ...s, proxy: { ...s.proxy, sidecarPackage: '' } }, facts: found.image ? { ...facts, image: found.image } : facts };
}

function planText(s: Settings, found: Inspection, d: RefreshDecision): string[] {
  const w = found.workload;
  const { facts } = ownProxy(s, found);
  const where = s.proxy.runtime === 'systemd' ? "Istio's paths" : s.proxy.configDir;
  const lines = [
    `refresh ${sshTarget(s)}: ${d.reasons.join('; ')}`,
    leasePlanLine(s),
    `connect ${sshTarget(s)}`,
    `request a token for ServiceAccount ${w.namespace}/${w.serviceAccount} (audience istio-ca, lifetime ${formatDuration(s.proxy.tokenLifetimeSeconds * 1000)})`,
    `write the bootstrap bundle anew in ${where} (${tokenPath(s)} the new token${found.rootCertChanged ? ", istio-ca.pem the mesh's current root certificate" : ''}; every other file as it is), the previous files kept until the proxy is verified`,
    d.restart
      ? `start ${proxyNoun(s)} anew (${s.proxy.runtime === 'docker' ? `a new container of the image it runs, ${facts.image}; the previous one stopped and kept` : 'systemctl restart'}), then wait up to ${formatDuration(s.proxy.readyTimeoutMs)} for :15020/healthz/ready`
      : `no restart: pilot-agent reads the new token at its next certificate request; check :15020/healthz/ready`,
  ];
  if (autoRegisterGroup(s, w) && d.restart)
    lines.push(
      `wait up to ${formatDuration(s.proxy.readyTimeoutMs)} for istiod's WorkloadEntry for ${w.address} (WorkloadGroup ${w.namespace}/${w.name})`,
    );
  for (const url of s.probe.urls) lines.push(`probe ${url} from here (expect HTTP ${s.probe.expectedStatus})`);
  if (s.probe.fromVmUrl)
    lines.push(
      `probe on the VM (expect HTTP ${s.probe.expectedStatus}): ${shellJoin(outboundProbeCommand(s.probe.fromVmUrl, 'ivo-<uuid>'))}`,
    );
  lines.push('no object is written to the cluster: the WorkloadEntry and the registration stay as they are');
  lines.push(
    'on any failure: the previous proxy and files back, waited for; a previous proxy that cannot be brought back ready takes the VM out of rotation',
  );
  return lines;
}

/** The VM's part, under its lease: token, files, (re)start, readiness, probes; on failure or abort, restored. */
async function refreshVm(
  s: Settings,
  ctx: RunContext,
  result: RunResult,
  found: Inspection,
  d: RefreshDecision,
  outcome: RefreshOutcome,
): Promise<void> {
  const { cluster, rendered, workload: w } = found;
  const { own, facts } = ownProxy(s, found);
  const runtime = proxyRuntime(own);
  const session = await runStep(result, ctx, 'Connect to the VM', sshTarget(s), async (step) => {
    const opened = await ctx.connect.vm(s, ctx.log, ctx.signal);
    step.detail = `host key ${opened.hostKey.fingerprint} (${opened.hostKey.reason})`;
    return opened;
  });
  const undo: Compensation[] = [];
  const hosts = hostsBlockOf(w);
  const out = outOfRotation(s, w, rendered);
  let change: VmChange;
  try {
    change = await runStep(result, ctx, 'Prepare the VM', `${session.target} (${runtime.name})`, async (step) => {
      const prepared = await runtime.prepare(session, facts, ctx.log, ctx.signal);
      step.detail = prepared.detail;
      // Read before the lease was ours: a run that held it (an offboard) may have removed the
      // proxy since. Refreshing would then start one the mesh no longer knows of.
      if (runtime.name === 'docker' && !prepared.change.hadProxy)
        throw new StepError(
          `${proxyNoun(s)} on ${session.target} is gone since the check read it (another run held the VM's lease): nothing was refreshed`,
          'run refresh again: it reads the VM anew',
        );
      return prepared.change;
    });
    const token = await runStep(
      result,
      ctx,
      'Mint the bootstrap token',
      `ServiceAccount ${w.namespace}/${w.serviceAccount}`,
      async (step) => {
        const t = await requestToken(cluster, ctx.log, w.namespace, w.serviceAccount, s.proxy.tokenLifetimeSeconds);
        step.detail = `audience istio-ca, expires ${t.expiresAt.toISOString()}`;
        return t;
      },
    );
    result.tokenExpiresAt = token.expiresAt.toISOString();
    // The render check compared the files with: only the token and the root certificate differ.
    const files = buildBundle(w, found.facts as MeshFacts, token.token, autoRegisterGroup(s, w));
    undo.push(restoreVm(own, runtime, change, hosts.marker, ctx.log, out, result));
    await runStep(
      result,
      ctx,
      'Write the fresh token and root certificate',
      `${session.target}:${s.proxy.runtime === 'systemd' ? tokenPath(s) : s.proxy.configDir}`,
      async (step) => {
        change.switched = true;
        step.detail = await runtime.installBundle(session, files, hosts, ctx.log, ctx.signal);
      },
    );
    // The start's round trip also waits for readiness a while: a proxy ready by then needs no poll.
    const startedAt = Date.now();
    let readyAtStart = false;
    if (d.restart) {
      await runStep(result, ctx, 'Start the proxy anew', `${session.target} (${runtime.name})`, async (step) => {
        change.proxyStarted = true;
        const started = await runtime.start(session, w, facts, ctx.log, ctx.signal);
        readyAtStart = started.ready;
        step.detail = started.detail;
      });
    }
    await runStep(result, ctx, 'Wait for the proxy to be ready', `${session.target} :15020/healthz/ready`, async (step) => {
      result.proxyStatus = 'not-ready';
      if (d.restart && readyAtStart) step.detail = 'ready within the round trip that started it';
      else if (d.restart) await runtime.waitReady(session, ctx.log, ctx.signal, startedAt);
      else {
        const { ready, last } = await pollReady(session, s, ctx.signal);
        if (!ready)
          throw new StepError(
            `the proxy on ${session.target} is not ready (last answer: ${last || 'none'})`,
            `read the proxy's log (${runtime.logsCommand(20, '').join(' ')})`,
          );
      }
      result.proxyStatus = 'ready';
    });
    const group = autoRegisterGroup(s, w);
    if (group && d.restart) {
      // istiod makes (or keeps) the entry as the proxy connects: waited for, never written.
      await runStep(
        result,
        ctx,
        "Wait for istiod's WorkloadEntry",
        `WorkloadGroup ${w.namespace}/${group}, address ${w.address}`,
        async (step) => {
          const entry = await waitForAutoRegisteredEntry(cluster, w.namespace, group, w.address, {
            timeoutMs: s.proxy.readyTimeoutMs,
            healthChecks: groupHealthChecks(w),
            signal: ctx.signal,
          });
          result.autoRegistered = entry;
          step.detail = `WorkloadEntry ${w.namespace}/${entry.name}${entry.healthy ? `, Healthy: ${entry.healthy}` : ''}`;
        },
      );
    }
    if (s.probe.urls.length || s.probe.fromVmUrl) await verify(s, runtime, w, ctx, result, session);
    await runStep(result, ctx, 'Read the proxy again', `${session.target} (Envoy admin :15000)`, async (step) => {
      const reading = await readProxy(session, s, [], ctx.signal);
      outcome.after = {
        ready: reading.proxy === 'running' && reading.readyCode === '200',
        connected: reading.connected === true,
        certExpiresAt: reading.certExpiresAt,
        tokenExpiresAt: token.expiresAt.toISOString(),
      };
      step.detail = `ready ${reading.readyCode}, connected ${reading.connected ?? 'not read'}, certificate expires ${reading.certExpiresAt ?? '-'}`;
    });
  } catch (err) {
    if (result.proxyStatus === 'ready') result.proxyStatus = 'not-ready';
    await rollback(own, ctx, result, cluster, session, undo, out);
    session.close();
    throw err;
  }
  await dropKept(runtime, session, change, ctx, result);
}
