// Onboarding's steps, each written once: its name, its dry-run lines, its run (pushing the
// compensation of each change as it makes it) and its offboard action (the "only ours" undo:
// an object only if our field manager applied it, the proxy, its bundle, hosts block and
// credentials, istiod's entry for this VM; a ServiceAccount another WorkloadEntry runs as and a
// WorkloadGroup other VMs use stay). pipeline/steps.ts reads the list: mode onboard's plan and
// run (modes/onboard.ts), mode offboard's plan and run (modes/offboard.ts). Adding a step is
// adding it here. Each step declares the settings it reads (`uses`): its functions are handed
// that slice of them, and TypeScript refuses a read of any other.
import type { Cluster } from '../cluster/client.js';
import { deleteObject, readObject } from '../cluster/apply.js';
import { autoRegisteredEntries, entryAddress, waitForAutoRegisteredEntry, workloadEntries } from '../cluster/auto-registration.js';
import type { MeshFacts } from '../cluster/mesh-facts.js';
import { requestToken } from '../cluster/token.js';
import { formatDuration } from '../config/duration.js';
import type { Settings } from '../config/settings.js';
import { buildBundle, type BundleFile } from '../plan/bundle.js';
import type { EffectiveWorkload } from '../plan/effective-workload.js';
import { objectRef, type RenderedObject } from '../plan/kube-object.js';
import { FIELD_MANAGER } from '../plan/labels.js';
import { HOSTS_FILE, removeHostsBlockCommand, type HostsBlock } from '../plan/remote-commands.js';
import { shellJoin } from '../plan/shell.js';
import { groupHealthChecks } from '../plan/workload-objects.js';
import type { RunContext } from '../pipeline/context.js';
import { runStep } from '../pipeline/run-step.js';
import type { Compensation, Step } from '../pipeline/steps.js';
import { outboundProbeCommand } from '../probe/probes.js';
import { recordObject } from '../report/record-object.js';
import type { RunResult } from '../report/result.js';
import { removeHostsBlock, type ProxyRuntime, type VmChange } from '../vm/proxy-runtime.js';
import { sshTarget, type SshSession } from '../vm/ssh-session.js';
import { applyAll, autoRegisterGroup, isWorkloadEntry, restoreVm, type OutOfRotation } from './compensation.js';
import { ACCESS_LOG_TAIL, verify } from './verify.js';

/**
 * What a dry-run knows: the rendered objects, and (with a kubeconfig) the mesh facts and the
 * bundle as it would be written. No settings: each step is handed its own slice of them.
 */
export interface PlanContext {
  runtime: ProxyRuntime;
  w: EffectiveWorkload;
  rendered: RenderedObject[];
  hosts: HostsBlock;
  facts?: MeshFacts;
  files?: BundleFile[];
}

/** A run under the VM's lease: what the steps read, and what they leave for the ones after them. */
export interface WorkloadRun extends PlanContext {
  ctx: RunContext;
  result: RunResult;
  cluster: Cluster;
  facts: MeshFacts;
  /** The VM's connection, opened as the run began, beside the render, the check, the mesh facts and the lease. */
  opening: { session: Promise<SshSession>; tookMs(): number | undefined };
  /** The compensation stack: the rollback runs it in reverse. */
  undo: Compensation[];
  out: OutOfRotation;
  session?: SshSession;
  change?: VmChange;
}

/** An offboarding under the VM's lease: the VM's connection opens at the first action that needs it. */
export interface OffboardContext extends PlanContext {
  ctx: RunContext;
  result: RunResult;
  cluster: Cluster;
  vm(): Promise<SshSession>;
  /** registration: workload-group: the other VMs' entries of the group (the group and what its members share stay). */
  groupInUse: string[];
}

/** An onboarding step that reads the settings K (its `uses`). */
export type WorkloadStep<K extends keyof Settings = keyof Settings> = Step<Settings, PlanContext, WorkloadRun, OffboardContext, K>;

/** A step whose slice of the settings is what its `uses` names (none when it names none). */
export const workloadStep = <K extends keyof Settings = never>(step: WorkloadStep<K>): WorkloadStep<K> => step;

export const REDACTED = '<redacted: minted at run time>';

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`internal: ${what} before the step that makes it`);
  return value;
}

/** Deletes the object only if this action applied it (our field manager is among its managers). */
async function deleteOurs(cluster: Cluster, r: RenderedObject, result: RunResult): Promise<void> {
  const live = await readObject(cluster, r.object);
  const managers = ((live?.metadata.managedFields ?? []) as Array<{ manager?: string }>).map((m) => m.manager);
  let action: 'deleted' | 'absent' | 'unchanged' = 'absent';
  if (live && managers.includes(FIELD_MANAGER)) action = await deleteObject(cluster, r.object);
  else if (live) action = 'unchanged'; // not ours: someone else made it
  recordObject(result, r, action);
}

/** The objects but the WorkloadEntry; the namespace is never offboarded (it may hold more than this workload). */
const identityAndRouting = (rendered: RenderedObject[]) => rendered.filter((r) => !isWorkloadEntry(r));

const connect = workloadStep({
  name: 'Connect to the VM',
  uses: ['ssh'],
  plan: (_, s) => {
    const pin = s.ssh.knownHosts.length
      ? 'pinned by ssh-known-hosts'
      : s.ssh.fingerprints.length
        ? 'pinned by ssh-host-fingerprint'
        : s.ssh.strictHostKey
          ? 'NOT PINNED: would be refused'
          : 'not checked (ssh-strict-host-key: false)';
    return [`connect ${sshTarget(s)} (host key ${pin})`];
  },
  run: async (r, s) => {
    r.session = await runStep(r.result, r.ctx, 'Connect to the VM', sshTarget(s), async (step) => {
      const opened = await r.opening.session;
      step.detail = `host key ${opened.hostKey.fingerprint} (${opened.hostKey.reason}); opened as the run began, beside the render, the check, the mesh facts and the lease, in ${r.opening.tookMs() ?? '?'} ms`;
      return opened;
    });
  },
  // Offboarding connects at its first action on the VM (OffboardContext.vm).
});

const prepare = workloadStep({
  name: 'Prepare the VM',
  uses: [],
  // Its line is the runtime's, among the VM's lines (ProxyRuntime.planLines: "..., before anything changes").
  plan: () => [],
  // Nothing has changed yet: a missing image or a bad package fails here, leaving all as it was.
  run: async (r) => {
    const session = need(r.session, 'the VM');
    r.change = await runStep(r.result, r.ctx, 'Prepare the VM', `${session.target} (${r.runtime.name})`, async (step) => {
      const prepared = await r.runtime.prepare(session, r.facts, r.ctx.log, r.ctx.signal);
      step.detail = prepared.detail;
      r.result.proxyVersion = { before: prepared.change.previous || 'none', after: prepared.change.next };
      return prepared.change;
    });
  },
});

const register = workloadStep({
  name: 'Register the workload',
  uses: [],
  plan: ({ rendered }) => [
    `apply (server-side, field manager ${FIELD_MANAGER}; an object this run creates is deleted on failure, one it changes is applied again as it was):`,
    ...identityAndRouting(rendered).map((r) => `  ${objectRef(r.object)}`),
  ],
  run: (r) =>
    runStep(r.result, r.ctx, 'Register the workload', `${r.w.namespace}/${r.w.name}`, () =>
      applyAll(r.ctx, r.cluster, identityAndRouting(r.rendered), r.result, r.undo),
    ),
  offboard: {
    phase: 'cluster',
    plan: ({ rendered }) =>
      identityAndRouting(rendered)
        .filter((r) => r.object.kind !== 'Namespace')
        .reverse()
        .map(
          (r) =>
            `delete ${objectRef(r.object)} (if applied by ${FIELD_MANAGER}${r.object.kind === 'ServiceAccount' ? ', and no other WorkloadEntry runs as it' : ''})`,
        ),
    run: (o) =>
      runStep(o.result, o.ctx, 'Remove the workload objects', `${o.w.namespace}/${o.w.name}`, async (step) => {
        const kept: string[] = [];
        const group = o.rendered.find((r) => r.object.kind === 'WorkloadGroup');
        for (const r of identityAndRouting(o.rendered)
          .filter((x) => x.object.kind !== 'Namespace')
          .reverse()) {
          if (o.groupInUse.length > 0) {
            recordObject(o.result, r, 'unchanged');
            continue;
          }
          // A ServiceAccount other workloads run as (the service-account input) stays while any
          // WorkloadEntry in the namespace names it: its VMs mint their next certificates with it.
          // Listed after this VM's entry is gone, so of VMs offboarded at once the last one deletes it.
          if (r.object.kind === 'ServiceAccount') {
            const users = (await workloadEntries(o.cluster, o.w.namespace)).filter(
              (e) => (e.spec as { serviceAccount?: string } | undefined)?.serviceAccount === r.object.metadata.name,
            );
            if (users.length) {
              recordObject(o.result, r, 'unchanged');
              kept.push(
                `kept ${objectRef(r.object)}: WorkloadEntry ${users.map((e) => `${o.w.namespace}/${e.metadata.name}`).join(', ')} run${users.length === 1 ? 's' : ''} as it`,
              );
              continue;
            }
          }
          await deleteOurs(o.cluster, r, o.result);
        }
        if (o.groupInUse.length > 0)
          step.detail = `kept: WorkloadGroup ${o.w.namespace}/${group?.object.metadata.name} still has ${o.groupInUse.join(', ')}`;
        else if (kept.length) step.detail = kept.join('; ');
      }),
  },
});

const token = workloadStep({
  name: 'Mint the bootstrap token',
  uses: ['proxy', 'workload'],
  plan: ({ w }, s) => [
    `request a token for ServiceAccount ${w.namespace}/${w.serviceAccount} (audience istio-ca, lifetime ${formatDuration(s.proxy.tokenLifetimeSeconds * 1000)})`,
  ],
  run: async (r, s) => {
    const { w, result } = r;
    const t = await runStep(
      result,
      r.ctx,
      'Mint the bootstrap token',
      `ServiceAccount ${w.namespace}/${w.serviceAccount}`,
      async (step) => {
        const minted = await requestToken(r.cluster, r.ctx.log, w.namespace, w.serviceAccount, s.proxy.tokenLifetimeSeconds);
        step.detail = `audience istio-ca, expires ${minted.expiresAt.toISOString()}`;
        return minted;
      },
    );
    result.tokenExpiresAt = t.expiresAt.toISOString();
    result.bootstrap = {
      image: r.facts.image,
      gateway: r.facts.gateway.address,
      gatewaySource: r.facts.gateway.source,
      trustDomain: r.facts.trustDomain,
      configDir: s.proxy.configDir,
    };
    r.files = buildBundle(w, r.facts, t.token, autoRegisterGroup(s, w));
  },
});

/** The VM's switch: package, bundle and hosts block, proxy, readiness; undone as one (a previous proxy back and waited for). */
const switchVm = workloadStep({
  name: "Switch the VM's proxy",
  uses: ['ssh', 'proxy'],
  plan: ({ runtime, w, facts, files, hosts }) => runtime.planLines(w, facts, files, hosts, REDACTED),
  run: async (r, s) => {
    const { ctx, result, runtime } = r;
    const session = need(r.session, 'the VM');
    const change = need(r.change, "the VM's state");
    const files = need(r.files, 'the bundle');
    // From here the VM changes; undone first, as one (a previous proxy back and waited for).
    r.undo.push(restoreVm(s, runtime, change, r.hosts.marker, ctx.log, r.out, result));
    if (runtime.installPackage) {
      const install = runtime.installPackage.bind(runtime);
      await runStep(result, ctx, 'Install the istio-sidecar package', session.target, async (step) => {
        step.detail = await install(session, change, ctx.signal);
      });
    }
    await runStep(result, ctx, 'Transfer the bootstrap bundle', `${session.target}:${s.proxy.configDir}`, async (step) => {
      change.switched = true;
      step.detail = await runtime.installBundle(session, files, r.hosts, ctx.log, ctx.signal);
    });
    if (!s.proxy.start) return;
    // The start's round trip also waits for readiness a while: a proxy ready by then needs no poll.
    const startedAt = Date.now();
    let readyAtStart = false;
    await runStep(result, ctx, 'Start the proxy', `${session.target} (${runtime.name})`, async (step) => {
      change.proxyStarted = true;
      const started = await runtime.start(session, r.w, r.facts, ctx.log, ctx.signal);
      readyAtStart = started.ready;
      step.detail = started.detail;
    });
    await runStep(result, ctx, 'Wait for the proxy to be ready', `${session.target} :15020/healthz/ready`, async (step) => {
      result.proxyStatus = 'not-ready';
      if (readyAtStart) step.detail = 'ready within the round trip that started it';
      else await runtime.waitReady(session, ctx.log, ctx.signal, startedAt);
      result.proxyStatus = 'ready';
    });
  },
  offboard: {
    phase: 'vm',
    plan: ({ runtime, hosts }, s) => [
      ...runtime.offboardLines().map((l) => `on ${sshTarget(s)}: ${l}`),
      `on ${sshTarget(s)}: remove the block "# BEGIN ${hosts.marker}" from ${HOSTS_FILE}: ${shellJoin(removeHostsBlockCommand(s, hosts.marker))}`,
    ],
    run: async (o, s) => {
      const session = await o.vm();
      await runStep(o.result, o.ctx, 'Stop the proxy and remove the bundle', `${session.target}:${s.proxy.configDir}`, async (step) => {
        const stopped = await o.runtime.stop(session, o.ctx.signal);
        const files = await o.runtime.removeBundle(session, o.ctx.signal);
        await removeHostsBlock(session, s, o.hosts.marker, o.ctx.signal);
        step.detail = `${stopped}; ${files}; removed the ${HOSTS_FILE} block`;
      });
    },
  },
});

/** registration: entry: the WorkloadEntry, applied once the proxy is ready; offboarding removes it first (the mesh stops routing to the VM). */
const liveEntry = workloadStep({
  name: 'Make the WorkloadEntry live',
  uses: ['workload'],
  when: ({ w }, s) => !autoRegisterGroup(s, w),
  plan: ({ rendered }) => [
    'apply (server-side) once the proxy is ready:',
    ...rendered.filter(isWorkloadEntry).map((r) => `  ${objectRef(r.object)}`),
  ],
  run: (r) =>
    runStep(r.result, r.ctx, 'Make the WorkloadEntry live', `${r.w.namespace}/${r.w.name}`, () =>
      applyAll(r.ctx, r.cluster, r.rendered.filter(isWorkloadEntry), r.result, r.undo),
    ),
  offboard: {
    phase: 'unroute',
    plan: ({ rendered }) => rendered.filter(isWorkloadEntry).map((r) => `delete ${objectRef(r.object)} (if applied by ${FIELD_MANAGER})`),
    run: (o) =>
      runStep(o.result, o.ctx, 'Remove the WorkloadEntry', `${o.w.namespace}/${o.w.name}`, async () => {
        for (const r of o.rendered.filter(isWorkloadEntry)) await deleteOurs(o.cluster, r, o.result);
      }),
  },
});

/**
 * registration: workload-group: istiod makes this VM's WorkloadEntry from the group as the proxy
 * connects; waited for, never written. Offboarding removes it once the proxy is gone (before,
 * istiod would make it again) rather than after istiod's grace period.
 */
const groupEntry = workloadStep({
  name: "Wait for istiod's WorkloadEntry",
  uses: ['workload', 'proxy'],
  when: ({ w }, s) => Boolean(autoRegisterGroup(s, w)),
  plan: ({ w }, s) => [
    `wait up to ${formatDuration(s.proxy.readyTimeoutMs)} until istiod has created the WorkloadEntry for ${w.address} from WorkloadGroup ${w.namespace}/${autoRegisterGroup(s, w)}${groupHealthChecks(w) ? " and marked it Healthy (the group's probe passes on the VM)" : ''}`,
  ],
  run: async (r, s) => {
    const { w } = r;
    const group = autoRegisterGroup(s, w);
    await runStep(
      r.result,
      r.ctx,
      "Wait for istiod's WorkloadEntry",
      `WorkloadGroup ${w.namespace}/${group}, address ${w.address}`,
      async (step) => {
        const entry = await waitForAutoRegisteredEntry(r.cluster, w.namespace, group, w.address, {
          timeoutMs: s.proxy.readyTimeoutMs,
          healthChecks: groupHealthChecks(w),
          signal: r.ctx.signal,
        });
        r.result.autoRegistered = entry;
        step.detail = `WorkloadEntry ${w.namespace}/${entry.name}, created by istiod${entry.healthy ? `, Healthy: ${entry.healthy}` : ''}`;
      },
    );
  },
  offboard: {
    phase: 'cluster',
    plan: () => [],
    run: async (o) => {
      const { w } = o;
      const group = o.rendered.find((r) => r.object.kind === 'WorkloadGroup');
      if (!group) return;
      const groupName = group.object.metadata.name;
      await runStep(
        o.result,
        o.ctx,
        "Remove istiod's WorkloadEntry",
        `WorkloadGroup ${w.namespace}/${groupName}, address ${w.address}`,
        async (step) => {
          const mine = (await autoRegisteredEntries(o.cluster, w.namespace, groupName)).filter((e) => entryAddress(e) === w.address);
          for (const e of mine) await deleteObject(o.cluster, e);
          // Listed again after this VM's entry is gone: of VMs offboarded at once (a fleet), each
          // deletes its own before it looks, so the last one to look finds none and removes the group.
          o.groupInUse = (await autoRegisteredEntries(o.cluster, w.namespace, groupName))
            .filter((e) => entryAddress(e) !== w.address)
            .map((e) => e.metadata.name);
          step.detail = `${mine.length ? `deleted ${mine.map((e) => e.metadata.name).join(', ')}` : 'none left'}${o.groupInUse.length ? `; the group stays: other VMs use it (${o.groupInUse.join(', ')})` : ''}`;
        },
      );
    },
  },
});

/** The change is kept only once it is verified: a probe that fails undoes it like any other failure. */
const verifyTraffic = workloadStep({
  name: 'Verify traffic',
  // proxy: the probe from the VM reads the interception (which address the mesh host is called at).
  uses: ['probe', 'proxy'],
  when: (_, s) => s.probe.urls.length > 0 || Boolean(s.probe.fromVmUrl),
  plan: ({ runtime }, s) => [
    ...s.probe.urls.map(
      (url) =>
        `probe ${url} from here with x-request-id ivo-<uuid> (expect HTTP ${s.probe.expectedStatus}, retry up to ${formatDuration(s.probe.timeoutMs)})`,
    ),
    ...(s.probe.fromVmUrl
      ? [`probe on the VM (expect HTTP ${s.probe.expectedStatus}): ${shellJoin(outboundProbeCommand(s.probe.fromVmUrl, 'ivo-<uuid>'))}`]
      : []),
    `read the access log: ${shellJoin(runtime.logsCommand(ACCESS_LOG_TAIL, '<run start>'))}`,
  ],
  run: (r, s) => verify(s, r.runtime, r.w, r.ctx, r.result, need(r.session, 'the VM')),
});

/** Onboarding, in order: nothing changes before "Prepare the VM" is done; the mesh routes to the VM only once its proxy is ready. */
export const WORKLOAD_STEPS: WorkloadStep[] = [connect, prepare, register, token, switchVm, liveEntry, groupEntry, verifyTraffic];
