// Mode refresh's change, as steps run by the one executor (pipeline/steps.ts): the dry-run's plan
// is their lines, the run pushes the VM's compensation as it changes it, and a failure rolls
// back in reverse (modes/compensation.ts). Each step is handed only the settings it declares
// (`uses`). They change the VM only: no object is written to the cluster, so no step has an
// offboard action.
import type { Cluster } from '../cluster/client.js';
import type { MeshFacts } from '../cluster/mesh-facts.js';
import { requestToken, type BootstrapToken } from '../cluster/token.js';
import { waitForAutoRegisteredEntry } from '../cluster/auto-registration.js';
import { formatDuration } from '../config/duration.js';
import type { Settings } from '../config/settings.js';
import { buildBundle } from '../plan/bundle.js';
import type { EffectiveWorkload } from '../plan/effective-workload.js';
import type { RefreshDecision } from '../plan/refresh-decision.js';
import type { HostsBlock } from '../plan/remote-commands.js';
import { shellJoin } from '../plan/shell.js';
import { groupHealthChecks } from '../plan/workload-objects.js';
import type { RunContext } from '../pipeline/context.js';
import { runStep } from '../pipeline/run-step.js';
import { StepError } from '../pipeline/step-error.js';
import type { Compensation, Step } from '../pipeline/steps.js';
import { outboundProbeCommand } from '../probe/probes.js';
import type { RefreshOutcome, RunResult } from '../report/result.js';
import { proxyNoun, readProxy, tokenPath } from '../vm/proxy-check.js';
import type { ProxyRuntime, VmChange } from '../vm/proxy-runtime.js';
import { pollReady } from '../vm/readiness.js';
import { sshTarget, type SshSession } from '../vm/ssh-session.js';
import type { Inspection } from './check.js';
import { autoRegisterGroup, restoreVm, type OutOfRotation } from './compensation.js';
import { verify } from './verify.js';

/** What refresh's dry-run knows: check's reading, the decision, and the proxy the VM has (its own image, its runtime). */
export interface RefreshPlan {
  found: Inspection;
  d: RefreshDecision;
  w: EffectiveWorkload;
  /** The mesh facts with the proxy's own image. */
  facts: MeshFacts;
  runtime: ProxyRuntime;
  hosts: HostsBlock;
}

/** A refresh under the VM's lease: what the steps read, and what they leave for the ones after them. */
export interface RefreshRun extends RefreshPlan {
  ctx: RunContext;
  result: RunResult;
  cluster: Cluster;
  outcome: RefreshOutcome;
  /** Opens the VM's connection (the settings' own connector; the steps never see all of them). */
  connect(): Promise<SshSession>;
  /** The compensation stack: the rollback runs it in reverse. */
  undo: Compensation[];
  out: OutOfRotation;
  session?: SshSession;
  change?: VmChange;
  token?: BootstrapToken;
}

/** A refresh step that reads the settings K (its `uses`). */
export type RefreshStep<K extends keyof Settings = keyof Settings> = Step<Settings, RefreshPlan, RefreshRun, RefreshPlan, K>;

/** A step whose slice of the settings is what its `uses` names (none when it names none). */
const refreshStep = <K extends keyof Settings = never>(step: RefreshStep<K>): RefreshStep<K> => step;

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`internal: ${what} before the step that makes it`);
  return value;
}

const connect = refreshStep({
  name: 'Connect to the VM',
  uses: ['ssh'],
  plan: (_, s) => [`connect ${sshTarget(s)}`],
  run: async (r, s) => {
    r.session = await runStep(r.result, r.ctx, 'Connect to the VM', sshTarget(s), async (step) => {
      const opened = await r.connect();
      step.detail = `host key ${opened.hostKey.fingerprint} (${opened.hostKey.reason})`;
      return opened;
    });
  },
});

const prepare = refreshStep({
  name: 'Prepare the VM',
  uses: ['proxy'],
  plan: () => [],
  run: async (r, s) => {
    const { ctx, runtime } = r;
    const session = need(r.session, 'the VM');
    r.change = await runStep(r.result, ctx, 'Prepare the VM', `${session.target} (${runtime.name})`, async (step) => {
      const prepared = await runtime.prepare(session, r.facts, ctx.log, ctx.signal);
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
  },
});

const token = refreshStep({
  name: 'Mint the bootstrap token',
  uses: ['proxy'],
  plan: ({ w }, s) => [
    `request a token for ServiceAccount ${w.namespace}/${w.serviceAccount} (audience istio-ca, lifetime ${formatDuration(s.proxy.tokenLifetimeSeconds * 1000)})`,
  ],
  run: async (r, s) => {
    const { w, ctx } = r;
    r.token = await runStep(
      r.result,
      ctx,
      'Mint the bootstrap token',
      `ServiceAccount ${w.namespace}/${w.serviceAccount}`,
      async (step) => {
        const t = await requestToken(r.cluster, ctx.log, w.namespace, w.serviceAccount, s.proxy.tokenLifetimeSeconds);
        step.detail = `audience istio-ca, expires ${t.expiresAt.toISOString()}`;
        return t;
      },
    );
    r.result.tokenExpiresAt = r.token.expiresAt.toISOString();
  },
});

const writeBundle = refreshStep({
  name: 'Write the fresh token and root certificate',
  // ssh: the VM's restore names it when the previous proxy cannot be brought back.
  uses: ['proxy', 'workload', 'ssh'],
  plan: ({ found }, s) => [
    `write the bootstrap bundle anew in ${s.proxy.runtime === 'systemd' ? "Istio's paths" : s.proxy.configDir} (${tokenPath(s)} the new token${found.rootCertChanged ? ", istio-ca.pem the mesh's current root certificate" : ''}; every other file as it is), the previous files kept until the proxy is verified`,
  ],
  run: async (r, s) => {
    const { w, ctx, result, runtime } = r;
    const session = need(r.session, 'the VM');
    const change = need(r.change, "the VM's state");
    // The render check compared the files with: only the token and the root certificate differ.
    const files = buildBundle(w, r.found.facts as MeshFacts, need(r.token, 'the token').token, autoRegisterGroup(s, w));
    r.undo.push(restoreVm(s, runtime, change, r.hosts.marker, ctx.log, r.out, result));
    await runStep(
      result,
      ctx,
      'Write the fresh token and root certificate',
      `${session.target}:${s.proxy.runtime === 'systemd' ? tokenPath(s) : s.proxy.configDir}`,
      async (step) => {
        change.switched = true;
        step.detail = await runtime.installBundle(session, files, r.hosts, ctx.log, ctx.signal);
      },
    );
  },
});

/** Started anew where the decision says so; ready either way (a proxy left running is checked once, not restarted). */
const startReady = refreshStep({
  name: 'Start the proxy anew and wait for it',
  uses: ['proxy'],
  plan: ({ d, facts }, s) => [
    d.restart
      ? `start ${proxyNoun(s)} anew (${s.proxy.runtime === 'docker' ? `a new container of the image it runs, ${facts.image}; the previous one stopped and kept` : 'systemctl restart'}), then wait up to ${formatDuration(s.proxy.readyTimeoutMs)} for :15020/healthz/ready`
      : `no restart: pilot-agent reads the new token at its next certificate request; check :15020/healthz/ready`,
  ],
  run: async (r, s) => {
    const { d, w, ctx, result, runtime } = r;
    const session = need(r.session, 'the VM');
    const change = need(r.change, "the VM's state");
    // The start's round trip also waits for readiness a while: a proxy ready by then needs no poll.
    const startedAt = Date.now();
    let readyAtStart = false;
    if (d.restart) {
      await runStep(result, ctx, 'Start the proxy anew', `${session.target} (${runtime.name})`, async (step) => {
        change.proxyStarted = true;
        const started = await runtime.start(session, w, r.facts, ctx.log, ctx.signal);
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
  },
});

/** registration: workload-group, the proxy started anew: istiod makes (or keeps) the entry as the proxy connects; waited for, never written. */
const groupEntry = refreshStep({
  name: "Wait for istiod's WorkloadEntry",
  uses: ['workload', 'proxy'],
  when: ({ w, d }, s) => Boolean(autoRegisterGroup(s, w)) && d.restart,
  plan: ({ w }, s) => [
    `wait up to ${formatDuration(s.proxy.readyTimeoutMs)} for istiod's WorkloadEntry for ${w.address} (WorkloadGroup ${w.namespace}/${w.name})`,
  ],
  run: async (r, s) => {
    const { w, ctx, result } = r;
    const group = autoRegisterGroup(s, w);
    await runStep(
      result,
      ctx,
      "Wait for istiod's WorkloadEntry",
      `WorkloadGroup ${w.namespace}/${group}, address ${w.address}`,
      async (step) => {
        const entry = await waitForAutoRegisteredEntry(r.cluster, w.namespace, group, w.address, {
          timeoutMs: s.proxy.readyTimeoutMs,
          healthChecks: groupHealthChecks(w),
          signal: ctx.signal,
        });
        result.autoRegistered = entry;
        step.detail = `WorkloadEntry ${w.namespace}/${entry.name}${entry.healthy ? `, Healthy: ${entry.healthy}` : ''}`;
      },
    );
  },
});

const verifyTraffic = refreshStep({
  name: 'Verify traffic',
  // proxy: the probe from the VM reads the interception (which address the mesh host is called at).
  uses: ['probe', 'proxy'],
  when: (_, s) => s.probe.urls.length > 0 || Boolean(s.probe.fromVmUrl),
  plan: (_, s) => [
    ...s.probe.urls.map((url) => `probe ${url} from here (expect HTTP ${s.probe.expectedStatus})`),
    ...(s.probe.fromVmUrl
      ? [`probe on the VM (expect HTTP ${s.probe.expectedStatus}): ${shellJoin(outboundProbeCommand(s.probe.fromVmUrl, 'ivo-<uuid>'))}`]
      : []),
  ],
  run: (r, s) => verify(s, r.runtime, r.w, r.ctx, r.result, need(r.session, 'the VM')),
});

const readAgain = refreshStep({
  name: 'Read the proxy again',
  uses: ['ssh', 'proxy'],
  plan: () => [],
  run: async (r, s) => {
    const session = need(r.session, 'the VM');
    const t = need(r.token, 'the token');
    await runStep(r.result, r.ctx, 'Read the proxy again', `${session.target} (Envoy admin :15000)`, async (step) => {
      const reading = await readProxy(session, s, [], r.ctx.signal);
      r.outcome.after = {
        ready: reading.proxy === 'running' && reading.readyCode === '200',
        connected: reading.connected === true,
        certExpiresAt: reading.certExpiresAt,
        tokenExpiresAt: t.expiresAt.toISOString(),
      };
      step.detail = `ready ${reading.readyCode}, connected ${reading.connected ?? 'not read'}, certificate expires ${reading.certExpiresAt ?? '-'}`;
    });
  },
});

/** Refresh, in order: nothing changes before "Prepare the VM" is done; the change is kept only once the proxy is ready and verified. */
export const REFRESH_STEPS: RefreshStep[] = [connect, prepare, token, writeBundle, startReady, groupEntry, verifyTraffic, readAgain];
