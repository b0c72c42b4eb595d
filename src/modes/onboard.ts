// mode: onboard: the workshop's whole flow for one VM.
// Order keeps the mesh from ever routing to a VM without a ready proxy: read mesh facts and
// reach the VM first (nothing changed yet), then identity and routing objects, token,
// bundle, proxy, readiness, and only then the WorkloadEntry. On failure or abort (timeout,
// a cancelled job), what this run created is removed again and the report says so.
import type { Cluster } from '../cluster/client.js';
import { applyObject, deleteObject, readObject } from '../cluster/apply.js';
import { readMeshFacts, type MeshFacts } from '../cluster/mesh-facts.js';
import { requestToken } from '../cluster/token.js';
import type { Settings } from '../config/settings.js';
import { formatDuration } from '../config/duration.js';
import { BUNDLE_FILE_NAMES, buildBundle, formatMode, type BundleFile } from '../plan/bundle.js';
import type { EffectiveWorkload } from '../plan/effective-workload.js';
import { objectRef, type KubeObject, type RenderedObject } from '../plan/kube-object.js';
import { FIELD_MANAGER } from '../plan/labels.js';
import { hostsBlockLines, hostsBlockMarker, probeHost } from '../plan/mesh-hosts.js';
import { HOSTS_FILE, installBundleCommand, proxyLogsCommand, readinessCommand, removeProxyCommand, replaceProxyCommand, type HostsBlock } from '../plan/remote-commands.js';
import { shellJoin } from '../plan/shell.js';
import type { RunContext } from '../pipeline/context.js';
import { boundedSignal } from '../pipeline/abort.js';
import { retry } from '../pipeline/retry.js';
import { runStep } from '../pipeline/run-step.js';
import type { RunResult } from '../report/result.js';
import { recordObject } from '../report/record-object.js';
import { installBundle, prepareRuntime, proxyLogs, removeBundle, removeHostsBlock, removeProxy, startProxy, systemdPlanLines, waitReady } from '../vm/proxy-runtime.js';
import { excerpt } from '../probe/access-log.js';
import { outboundProbeCommand, probeInbound, probeOutbound } from '../probe/probes.js';
import { StepError } from '../pipeline/step-error.js';
import { checkGatewayForRuntime } from '../vm/systemd-runtime.js';
import { groupHealthChecks } from '../plan/workload-objects.js';
import { sshTarget, type SshSession } from '../vm/ssh-session.js';
import { ProxyNotCreated } from '../vm/docker-runtime.js';
import { checkOnServer, renderStep } from './render.js';
import { leasePlanLine, withVmLease } from './vm-lease.js';
import { waitForAutoRegisteredEntry } from '../cluster/auto-registration.js';

/** registration: workload-group: the built-in WorkloadGroup, named after the workload; '' otherwise. */
function autoRegisterGroup(s: Settings, w: EffectiveWorkload): string {
  return s.workload.registration === 'workload-group' ? w.name : '';
}

const REDACTED = '<redacted: minted at run time>';
const ACCESS_LOG_TAIL = 500;
/** docker logs --since is the VM's clock: start a little earlier than our own start. */
const LOG_CLOCK_SKEW_MS = 5 * 60_000;

function isWorkloadEntry(r: RenderedObject): boolean {
  return r.object.kind === 'WorkloadEntry';
}

/** What this run changed, so a failure can undo exactly that. */
interface Undo {
  created: KubeObject[];
  proxyStarted: boolean;
  bundleWritten: string[];
  /** The marker of the /etc/hosts block this run wrote. */
  hostsBlock?: string;
}

/** The workload's /etc/hosts block on the VM: the mesh hosts it calls, at the sidecar's listeners. */
function hostsBlockOf(w: EffectiveWorkload): HostsBlock {
  return { marker: hostsBlockMarker(w), lines: hostsBlockLines(w.meshHosts) };
}

/** The key a fleet shares one apply under: VMs that render the very same object (the namespace, a shared WorkloadGroup and its ServiceAccount, Service and Sidecar) write it once. */
export function sharedApplyKey(obj: KubeObject): string {
  return `apply\0${JSON.stringify(obj)}`;
}

async function applyAll(ctx: RunContext, cluster: Cluster, objects: RenderedObject[], result: RunResult, undo: Undo): Promise<void> {
  for (const r of objects) {
    const applyOne = async () => {
      // Counted as ours before the write: an apply cut short by an abort may still have landed.
      const before = (await readObject(cluster, r.object)) ?? null;
      // create-namespace creates a missing namespace; one that exists is not ours to patch.
      if (before && r.object.kind === 'Namespace') return { object: before, action: 'unchanged' as const };
      if (!before) undo.created.push(r.object);
      const applied = await applyObject(cluster, r.object, { dryRun: false, before });
      if (!before && applied.action !== 'created') undo.created.pop(); // someone else made it meanwhile
      return applied;
    };
    // In a fleet, the other VMs that render this object wait for the one write and share its
    // outcome: what it created is theirs to undo too (a rollback keeps what others still use).
    const applied = ctx.once ? await ctx.once(sharedApplyKey(r.object), applyOne) : await applyOne();
    if (applied.action === 'created' && !undo.created.includes(r.object)) undo.created.push(r.object);
    recordObject(result, r, applied.action);
  }
}

function planText(s: Settings, w: EffectiveWorkload, rendered: RenderedObject[], facts: MeshFacts | undefined, files: BundleFile[] | undefined): string[] {
  const hosts = hostsBlockOf(w);
  const pin = s.ssh.knownHosts.length ? 'pinned by ssh-known-hosts' : s.ssh.fingerprints.length ? 'pinned by ssh-host-fingerprint' : s.ssh.strictHostKey ? 'NOT PINNED: would be refused' : 'not checked (ssh-strict-host-key: false)';
  const lines = [
    `read mesh facts from namespace ${s.cluster.istioNamespace}${facts ? `: image ${facts.image}, trust domain ${facts.trustDomain}, gateway ${facts.gateway.address} (${facts.gateway.source})` : ' (no kubeconfig given: not read)'}`,
    leasePlanLine(s),
    `connect ${sshTarget(s)} (host key ${pin})`,
    `apply (server-side, field manager ${FIELD_MANAGER}):`,
    ...rendered.filter((r) => !isWorkloadEntry(r)).map((r) => `  ${objectRef(r.object)}`),
    `request a token for ServiceAccount ${w.namespace}/${w.serviceAccount} (audience istio-ca, lifetime ${formatDuration(s.proxy.tokenLifetimeSeconds * 1000)})`,
  ];
  if (s.proxy.runtime === 'systemd') {
    // systemdPlanLines (below) says where each file goes, with its content.
  } else if (files) {
    lines.push(`write the bootstrap bundle and the ${HOSTS_FILE} block with: ${shellJoin(installBundleCommand(s, hosts))}`);
    for (const f of files) {
      lines.push(`  ${s.proxy.configDir}/${f.name} (mode ${formatMode(f.mode)}):`);
      lines.push(...(f.secret ? [REDACTED] : f.content.trimEnd().split('\n')).map((l) => `    | ${l}`));
    }
  } else {
    lines.push(`write the bootstrap bundle (${BUNDLE_FILE_NAMES.join(', ')}) into ${s.proxy.configDir}`);
  }
  // The systemd runtime's block also holds istiod's names: systemdPlanLines says so.
  if (s.proxy.runtime !== 'systemd') lines.push(
    hosts.lines.length
      ? `${HOSTS_FILE} on the VM: the block "# BEGIN ${hosts.marker}" holds (no other line changes):`
      : `${HOSTS_FILE} on the VM: no mesh hosts, so no block "# BEGIN ${hosts.marker}" (an old one is removed)`,
    ...hosts.lines.map((l) => `    | ${l}`),
  );
  if (s.proxy.start && s.proxy.runtime === 'systemd') {
    lines.push(...systemdPlanLines(s, files, hosts));
  } else if (s.proxy.start) {
    lines.push(facts
      ? `run (a previous container removed, then docker run, in one round trip): ${shellJoin(replaceProxyCommand(s, w, facts))}`
      : `run, in one round trip: ${shellJoin(removeProxyCommand(s))}, then docker run ... istio-proxy (image from the mesh install)`);
    lines.push(`wait up to ${formatDuration(s.proxy.readyTimeoutMs)} for: ${shellJoin(readinessCommand())}`);
  }
  if (autoRegisterGroup(s, w)) lines.push(`wait up to ${formatDuration(s.proxy.readyTimeoutMs)} until istiod has created the WorkloadEntry for ${w.address} from WorkloadGroup ${w.namespace}/${autoRegisterGroup(s, w)}${groupHealthChecks(w) ? ' and marked it Healthy (the group\'s probe passes on the VM)' : ''}`);
  else lines.push('apply (server-side) once the proxy is ready:', ...rendered.filter(isWorkloadEntry).map((r) => `  ${objectRef(r.object)}`));
  for (const url of s.probe.urls) lines.push(`probe ${url} from here with x-request-id ivo-<uuid> (expect HTTP ${s.probe.expectedStatus}, retry up to ${formatDuration(s.probe.timeoutMs)})`);
  if (s.probe.fromVmUrl) lines.push(`probe on the VM (expect HTTP ${s.probe.expectedStatus}): ${shellJoin(outboundProbeCommand(s.probe.fromVmUrl, 'ivo-<uuid>'))}`);
  if (s.probe.urls.length || s.probe.fromVmUrl) lines.push(`read the access log: ${shellJoin(proxyLogsCommand(s, ACCESS_LOG_TAIL, '<run start>'))}`);
  return lines;
}

async function dryRun(s: Settings, ctx: RunContext, result: RunResult, rendered: RenderedObject[], w: EffectiveWorkload): Promise<void> {
  let facts: MeshFacts | undefined;
  let files: BundleFile[] | undefined;
  if (s.cluster.kubeconfig) {
    const cluster = await ctx.connect.cluster(s.cluster.kubeconfig, s.cluster.context, ctx.log, ctx.signal, s.cluster.requestTimeoutMs); // the Kubernetes client loads here, after the render step
    facts = await runStep(result, ctx, 'Read mesh facts', `${cluster.server} ${s.cluster.istioNamespace}`, async () => checkGatewayForRuntime(s, await readMeshFacts(cluster, s)));
    files = buildBundle(w, facts, REDACTED, autoRegisterGroup(s, w));
    await runStep(result, ctx, 'Server-side dry-run and live diff', cluster.server, async (step) => {
      step.detail = await checkOnServer(cluster, w.namespace, rendered, result);
    });
  }
  result.plan = planText(s, w, rendered, facts, files);
  result.proxyStatus = 'planned';
}

/** The rollback's own bound: the run's signal may already have fired (timeout, SIGTERM). */
const ROLLBACK_TIMEOUT_MS = 60_000;

async function rollback(s: Settings, ctx: RunContext, result: RunResult, cluster: Cluster, session: SshSession | undefined, undo: Undo): Promise<void> {
  const bound = boundedSignal(ROLLBACK_TIMEOUT_MS, 'the rollback');
  const signal = bound.signal;
  const own = cluster.withSignal(signal);
  const notes: string[] = [];
  const failed: string[] = [];
  // Each undo is tried on its own: a VM out of reach must not keep the objects in the cluster.
  const undoing = async (what: string, fn: () => Promise<string>): Promise<void> => {
    try {
      notes.push(await fn());
    } catch (err) {
      failed.push(`${what}: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  let reopened: SshSession | undefined;
  await runStep(result, { log: ctx.log, signal }, 'Roll back', `what this run created`, async (step) => {
    let on = session;
    // The connection may be what failed (dropped mid-transfer): undo over a new one.
    if (session?.closed && (undo.proxyStarted || undo.bundleWritten.length || undo.hostsBlock)) {
      on = reopened = await ctx.connect.vm(s, ctx.log, signal).catch((err: unknown) => {
        failed.push(`reconnect to the VM to remove the container, bundle and ${HOSTS_FILE} block: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      });
      if (on) notes.push('reconnected to the VM');
    }
    if (on && undo.proxyStarted) await undoing('remove the istio-proxy container', async () => ((await removeProxy(on, s, signal)) ? 'removed the istio-proxy container' : 'istio-proxy container was already gone'));
    if (on && undo.bundleWritten.length) {
      await undoing('remove the bundle files', async () => {
        await removeBundle(on, s, undo.bundleWritten, signal);
        return `removed ${undo.bundleWritten.length} bundle files`;
      });
    }
    if (on && undo.hostsBlock) {
      const marker = undo.hostsBlock;
      await undoing(`remove the ${HOSTS_FILE} block`, async () => {
        await removeHostsBlock(on, s, marker, signal);
        return `removed the ${HOSTS_FILE} block`;
      });
    }
    for (const obj of [...undo.created].reverse()) {
      if (obj.kind === 'Namespace') continue; // may hold things this run did not make
      const others = ctx.usedByOthers?.(obj) ?? [];
      if (others.length) {
        notes.push(`kept ${objectRef(obj)}: ${others.join(', ')} of this run use it`);
        continue;
      }
      await undoing(`delete ${objectRef(obj)}`, async () => {
        const outcome = await deleteObject(own, obj);
        ctx.forget?.(sharedApplyKey(obj)); // a VM of the fleet that comes later applies it anew
        const entry = result.objects.find((o) => o.kind === obj.kind && o.name === obj.metadata.name && o.namespace === obj.metadata.namespace);
        if (entry) entry.action = 'rolled-back';
        return `${outcome} ${objectRef(obj)}`;
      });
    }
    step.detail = notes.join('; ') || 'nothing to undo';
    if (failed.length) throw new StepError(`not undone: ${failed.join('; ')}`, 'remove what is named here by hand: this run created it');
  })
    .catch(() => undefined) // the first error stays the one reported
    .finally(() => {
      reopened?.close();
      bound.dispose();
    });
  if (result.error && (notes.length || failed.length)) result.error.message += ` (rolled back: ${[...notes, ...failed.map((f) => `NOT undone: ${f}`)].join('; ')})`;
}

export async function onboard(s: Settings, ctx: RunContext, result: RunResult): Promise<void> {
  const { objects: rendered, workload: w } = await renderStep(s, ctx, result, 'planned');
  if (s.dryRun) return dryRun(s, ctx, result, rendered, w);

  const cluster = await ctx.connect.cluster(s.cluster.kubeconfig as string, s.cluster.context, ctx.log, ctx.signal, s.cluster.requestTimeoutMs); // the Kubernetes client loads here, after the render step
  // A fleet reads them once; the inputs they depend on can differ per VM, so they are in the key.
  const read = () => readMeshFacts(cluster, s);
  const facts = await runStep(result, ctx, 'Read mesh facts', `${cluster.server} ${s.cluster.istioNamespace}`, async () => checkGatewayForRuntime(s, await (ctx.once ? ctx.once(`mesh-facts\0${s.proxy.image}\0${s.workload.network}\0${s.proxy.gatewayAddress}`, read) : read())));
  return withVmLease(s, ctx, result, cluster, `onboard ${w.namespace}/${w.name}`, () => onboardVm(s, ctx, result, cluster, facts, rendered, w));
}

/** Everything the run changes, under the VM's lease: on failure or abort, rolled back. */
async function onboardVm(s: Settings, ctx: RunContext, result: RunResult, cluster: Cluster, facts: MeshFacts, rendered: RenderedObject[], w: EffectiveWorkload): Promise<void> {
  const session = await runStep(result, ctx, 'Connect to the VM', sshTarget(s), async (step) => {
    const opened = await ctx.connect.vm(s, ctx.log, ctx.signal);
    step.detail = `host key ${opened.hostKey.fingerprint} (${opened.hostKey.reason})`;
    return opened;
  });
  const undo: Undo = { created: [], proxyStarted: false, bundleWritten: [] };
  try {
    // Istio's package for the systemd runtime, before anything else changes (it is not undone: a package is no run's to remove).
    if (s.proxy.runtime === 'systemd') {
      await runStep(result, ctx, 'Install the istio-sidecar package', session.target, async (step) => {
        step.detail = await prepareRuntime(session, s, ctx.log, ctx.signal);
      });
    }
    await runStep(result, ctx, 'Register the workload', `${w.namespace}/${w.name}`, () =>
      applyAll(ctx, cluster, rendered.filter((r) => !isWorkloadEntry(r)), result, undo),
    );
    const token = await runStep(result, ctx, 'Mint the bootstrap token', `ServiceAccount ${w.namespace}/${w.serviceAccount}`, async (step) => {
      const t = await requestToken(cluster, ctx.log, w.namespace, w.serviceAccount, s.proxy.tokenLifetimeSeconds);
      step.detail = `audience istio-ca, expires ${t.expiresAt.toISOString()}`;
      return t;
    });
    result.tokenExpiresAt = token.expiresAt.toISOString();
    result.bootstrap = { image: facts.image, gateway: facts.gateway.address, gatewaySource: facts.gateway.source, trustDomain: facts.trustDomain, configDir: s.proxy.configDir };
    const files = buildBundle(w, facts, token.token, autoRegisterGroup(s, w));
    const hosts = hostsBlockOf(w);
    await runStep(result, ctx, 'Transfer the bootstrap bundle', `${session.target}:${s.proxy.configDir}`, async (step) => {
      undo.bundleWritten = files.map((f) => f.name);
      undo.hostsBlock = hosts.marker;
      const placed = await installBundle(session, s, files, hosts, ctx.log, ctx.signal);
      step.detail = placed ?? `${files.map((f) => `${f.name} ${formatMode(f.mode)}`).join(', ')}; ${HOSTS_FILE}: ${hosts.lines.length ? hosts.lines.join('; ') : 'no mesh hosts'}`;
    });
    if (s.proxy.start) {
      await runStep(result, ctx, 'Start the proxy', `${session.target} (${s.proxy.runtime})`, async () => {
        undo.proxyStarted = true;
        await startProxy(session, s, w, facts, ctx.log, ctx.signal).catch((err: unknown) => {
          if (err instanceof ProxyNotCreated) undo.proxyStarted = false; // docker made no container: none to remove
          throw err;
        });
      });
      await runStep(result, ctx, 'Wait for the proxy to be ready', `${session.target} :15020/healthz/ready`, async () => {
        result.proxyStatus = 'not-ready';
        await waitReady(session, s, ctx.log, ctx.signal);
        result.proxyStatus = 'ready';
      });
    }
    if (autoRegisterGroup(s, w)) {
      await runStep(result, ctx, "Wait for istiod's WorkloadEntry", `WorkloadGroup ${w.namespace}/${autoRegisterGroup(s, w)}, address ${w.address}`, async (step) => {
        const entry = await waitForAutoRegisteredEntry(cluster, w.namespace, autoRegisterGroup(s, w), w.address, { timeoutMs: s.proxy.readyTimeoutMs, healthChecks: groupHealthChecks(w), signal: ctx.signal });
        result.autoRegistered = entry;
        step.detail = `WorkloadEntry ${w.namespace}/${entry.name}, created by istiod${entry.healthy ? `, Healthy: ${entry.healthy}` : ''}`;
      });
    } else {
      await runStep(result, ctx, 'Make the WorkloadEntry live', `${w.namespace}/${w.name}`, () =>
        applyAll(ctx, cluster, rendered.filter(isWorkloadEntry), result, undo),
      );
    }
  } catch (err) {
    await rollback(s, ctx, result, cluster, session, undo);
    session.close();
    throw err;
  }
  // Onboarding is complete and consistent here (the proxy was ready before the mesh routed
  // to it), so a failing probe fails the run but does not undo the onboarding.
  try {
    if (s.probe.urls.length || s.probe.fromVmUrl) await verify(s, w, ctx, result, session);
  } finally {
    session.close();
  }
}

async function verify(s: Settings, w: EffectiveWorkload, ctx: RunContext, result: RunResult, session: SshSession): Promise<void> {
  const since = new Date(Date.parse(result.startedAt) - LOG_CLOCK_SKEW_MS).toISOString();
  await runStep(result, ctx, 'Verify traffic', [...s.probe.urls, s.probe.fromVmUrl].filter(Boolean).join(', '), async (step) => {
    // One after the other: each probe's request IDs and access-log lines stay its own.
    for (const url of s.probe.urls) result.probes.push(await probeInbound(url, s, ctx.log, ctx.signal));
    if (s.probe.fromVmUrl) {
      const host = probeHost(s.probe.fromVmUrl)?.host;
      result.probes.push(await probeOutbound(s, session, w.meshHosts.find((e) => e.host === host), ctx.log, ctx.signal));
    }
    result.probeStatus = result.probes.every((p) => p.passed) ? 'passed' : 'failed';
    const ids = result.probes.flatMap((p) => p.requestIds);
    const wanted = result.probes.filter((p) => p.httpStatus !== 0).map((p) => p.requestId);
    // The proxy writes a line after the response; give docker logs a moment to catch up.
    await retry(
      async () => {
        result.accessLog = excerpt(await proxyLogs(session, s, ctx.signal, ACCESS_LOG_TAIL, since), ids);
        const seen = new Set(result.accessLog.ours.map((e) => e.requestId));
        if (!wanted.every((id) => seen.has(id))) throw new StepError('not all probe requests are in the access log yet');
      },
      { signal: ctx.signal, attempts: 5, delayMs: 300 },
    ).catch((err: unknown) => {
      if (ctx.signal.aborted) throw err; // otherwise: report the lines there are
    });
    step.detail = `${result.probes.map((p) => `${p.direction} ${p.passed ? 'passed' : 'failed'} (HTTP ${p.httpStatus || '-'})`).join(', ')}; ${result.accessLog?.ours.length ?? 0} access-log lines with our request IDs`;
    const failed = result.probes.filter((p) => !p.passed);
    if (failed.length) {
      throw new StepError(failed.map((p) => p.error).join('; '), 'check the probe URL, the expected status (probe-expected-status), and the access-log lines in the report');
    }
  });
}
