// mode: check: read-only. For one VM, over the same pinned SSH and the cluster API: the proxy
// (container state, readiness, connection to istiod, versions, the workload certificate's expiry,
// the bootstrap token's), the WorkloadEntry, and drift (the cluster objects against a fresh
// render by server-side dry-run, the bundle files on the VM against the render by hash). Writes
// nothing to the cluster, changes nothing on the VM, and takes no lease. A read that fails is a
// problem of the VM's record and fails the run after the other reads; `fail-on` decides what of
// the findings fails it.
import type { Cluster } from '../cluster/client.js';
import { applyObject, readObject } from '../cluster/apply.js';
import { autoRegisteredEntries, entryAddress, HEALTH_CONDITION } from '../cluster/auto-registration.js';
import { readMeshFacts, type MeshFacts } from '../cluster/mesh-facts.js';
import type { Settings } from '../config/settings.js';
import { formatDuration } from '../config/duration.js';
import { buildBundle } from '../plan/bundle.js';
import { fileDigest } from '../plan/remote-commands.js';
import type { EffectiveWorkload } from '../plan/effective-workload.js';
import { objectRef, type KubeObject, type RenderedObject } from '../plan/kube-object.js';
import { diffObjects, summarize } from '../plan/object-diff.js';
import type { RunContext } from '../pipeline/context.js';
import { runStep, StepFailed } from '../pipeline/run-step.js';
import { StepError } from '../pipeline/step-error.js';
import { failOnFindings, newCheckRecord, scrubConfigDump, type CheckRecord } from '../report/check.js';
import { writeNewFile } from '../report/write.js';
import { redactSecrets } from '../redact.js';
import { findObject } from '../report/record-object.js';
import type { RunResult } from '../report/result.js';
import { checkedFiles, proxyNoun, readConfigDump, readProxy, readTokenExpiry, tokenPath, type CheckedFile } from '../vm/proxy-check.js';
import { sshTarget, type SshSession } from '../vm/ssh-session.js';
import { renderStep } from './render.js';

const ROOT_CERT_FILE = 'istio-ca.pem';

function messageOf(err: unknown): string {
  const cause = err instanceof StepFailed ? err.cause : err;
  return cause instanceof Error ? cause.message : String(cause);
}

/** What the reads found beyond the record: what mode refresh decides on and reuses. */
export interface Inspection {
  record: CheckRecord;
  /** Reads that failed (each a problem of the record). */
  unread: number;
  cluster: Cluster;
  facts: MeshFacts | undefined;
  rendered: RenderedObject[];
  workload: EffectiveWorkload;
  /** The proxy's image as docker reports it ('' for the systemd runtime or no container). */
  image: string;
  /** istio-ca.pem on the VM is not the mesh's current root certificate. */
  rootCertChanged: boolean;
  /** Each other bundle file on the VM that is missing or differs from the render. */
  otherFileDrift: string[];
  /** The VM's connection, left open when asked for (keepSession: mode refresh goes on with it); the caller closes it. */
  session?: SshSession;
}

export async function check(s: Settings, ctx: RunContext, result: RunResult): Promise<void> {
  const { record, unread } = await inspect(s, ctx, result);
  await runStep(result, ctx, 'Evaluate fail-on', failOnText(s), async (step) => {
    const findings = failOnFindings([record], s.check.failOn);
    step.detail = findings.length
      ? findings.join('; ')
      : `nothing fails the check (${record.problems.length} problems, ${record.drift.length} drift)`;
    if (unread)
      throw new StepError(
        `the check could not read everything (${unread} read(s) failed): ${record.problems.join('; ')}`,
        'the record lists what was read; fix access to the cluster or the VM and check again',
      );
    // The step's name and its target already say it was fail-on: the message is the findings.
    if (findings.length) throw new StepError(findings.join('; '), hintFor(s, record));
  });
}

/** Every read of a check, in order, into result.check; nothing written anywhere. Mode refresh decides on it. */
export async function inspect(s: Settings, ctx: RunContext, result: RunResult, opts: { keepSession?: boolean } = {}): Promise<Inspection> {
  const { objects: rendered, workload: w } = await renderStep(s, ctx, result, 'rendered');
  let image = '';
  let rootCertChanged = false;
  const otherFileDrift: string[] = [];
  const record = newCheckRecord(s.ssh.target.host, `${w.namespace}/${w.name}`);
  result.check = record;
  result.proxyStatus = 'not-ready';
  let unread = 0;
  /** A read that fails is a problem of the record; the other reads go on. An abort ends the check. */
  const attempt = async <T>(fn: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await fn();
    } catch (err) {
      if (ctx.signal.aborted) throw err;
      unread++;
      record.problems.push(err instanceof StepFailed ? `${err.step}: ${messageOf(err)}` : messageOf(err));
      return undefined;
    }
  };

  const cluster = await ctx.connect.cluster(
    s.cluster.kubeconfig as string,
    s.cluster.context,
    ctx.log,
    ctx.signal,
    s.cluster.requestTimeoutMs,
  );
  const facts = await attempt(() =>
    runStep(result, ctx, 'Read mesh facts', `${cluster.server} ${s.cluster.istioNamespace}`, () =>
      ctx.once
        ? ctx.once(`mesh-facts\0${s.proxy.image}\0${s.workload.network}\0${s.proxy.gatewayAddress}`, () => readMeshFacts(cluster, s))
        : readMeshFacts(cluster, s),
    ),
  );
  await attempt(() =>
    runStep(result, ctx, 'Compare the cluster objects', `${rendered.length} objects, server-side dry-run`, async (step) => {
      const compared = await compareObjects(cluster, w.namespace, rendered, result);
      record.drift.push(...compared.drift);
      step.detail = compared.detail;
    }),
  );
  await attempt(() =>
    runStep(result, ctx, 'Read the WorkloadEntry', `${w.namespace}/${w.name}`, async (step) => {
      await readEntry(s, cluster, rendered, w, record);
      const e = record.workloadEntry;
      step.detail = e.present
        ? `${w.namespace}/${e.name} at ${e.address ?? '-'}${e.healthy === null ? '' : `, Healthy: ${e.healthy}`}`
        : 'missing';
    }),
  );

  const session = await attempt(() =>
    runStep(result, ctx, 'Connect to the VM', sshTarget(s), async (step) => {
      const opened = await ctx.connect.vm(s, ctx.log, ctx.signal);
      step.detail = `host key ${opened.hostKey.fingerprint} (${opened.hostKey.reason})`;
      return opened;
    }),
  );
  if (session) {
    try {
      const noun = proxyNoun(s);
      await attempt(() =>
        runStep(
          result,
          ctx,
          'Read the proxy',
          `${session.target} (${s.proxy.runtime}, Envoy admin :15000, ${s.proxy.runtime === 'systemd' ? "Istio's paths" : s.proxy.configDir})`,
          async (step) => {
            const files = facts
              ? checkedFiles(s, buildBundle(w, facts, '', s.workload.registration === 'workload-group' ? w.name : ''))
              : [];
            const reading = await readProxy(session, s, files, ctx.signal);
            record.proxy = reading.proxy;
            record.ready = reading.proxy === 'running' && reading.readyCode === '200';
            record.connected = reading.connected === true;
            record.proxyVersion = reading.proxyVersion;
            record.agentVersion = reading.agentVersion;
            record.certExpiresAt = reading.certExpiresAt;
            result.proxyStatus = record.ready ? 'ready' : 'not-ready';
            if (reading.proxy === 'none') record.problems.push(`${noun.replace(/^the /, 'no ')} on the VM`);
            else if (reading.proxy !== 'running') record.problems.push(`${noun} is ${reading.proxy}`);
            else if (reading.readyCode !== '200')
              record.problems.push(
                `pilot-agent's :15020/healthz/ready answered ${reading.readyCode === '000' ? 'nothing' : reading.readyCode}`,
              );
            if (reading.proxy === 'running') {
              if (!record.connected)
                record.problems.push(
                  `Envoy is not connected to istiod (${reading.connected === null ? 'its stats hold neither control_plane.connected_state nor the xds-grpc stream' : 'control_plane.connected_state 0, or no xDS stream open'})`,
                );
              if (!record.certExpiresAt) record.problems.push('Envoy serves no workload certificate (admin /certs)');
              else if (Date.parse(record.certExpiresAt) <= Date.now())
                record.problems.push(`the workload certificate expired at ${record.certExpiresAt}`);
            }
            image = reading.image;
            if (facts) {
              const drift = fileDrift(facts, files, reading.hashes);
              record.drift.push(...drift.map((d) => d.sentence));
              rootCertChanged = drift.some((d) => d.name === ROOT_CERT_FILE);
              otherFileDrift.push(...drift.filter((d) => d.name !== ROOT_CERT_FILE).map((d) => d.sentence));
            }
            step.detail = `${noun.replace(/^the /, '')} ${reading.proxy}${reading.image ? ` (${reading.image})` : ''}, ready ${reading.readyCode}, connected ${reading.connected ?? 'not read'}, Envoy ${reading.proxyVersion ?? '-'}, certificate expires ${reading.certExpiresAt ?? '-'}; ${files.length} bundle files compared${facts ? '' : ' (none: no mesh facts to render them from)'}`;
          },
        ),
      );
      if (s.check.configDump) {
        await attempt(() =>
          runStep(result, ctx, "Save Envoy's config dump", `${session.target} :15000/config_dump`, async (step) => {
            let scrubbed: { dump: unknown; removed: number };
            try {
              scrubbed = scrubConfigDump(await readConfigDump(session, ctx.signal));
            } catch (err) {
              if (err instanceof SyntaxError) throw new StepError(`Envoy's /config_dump on ${session.target} is not JSON`);
              throw err;
            }
            // The run's known secrets out too (redact.ts), then a file of the action's own (write.ts).
            result.configDumpPath = writeNewFile(
              ctx.workDir,
              'config-dump',
              'json',
              redactSecrets(JSON.stringify(scrubbed.dump, null, 2)) + '\n',
            );
            step.detail = `${result.configDumpPath} (the secrets section and ${scrubbed.removed} secret field(s) removed)`;
          }),
        );
      }
      await attempt(() =>
        runStep(result, ctx, "Read the bootstrap token's expiry", `${session.target}:${tokenPath(s)}`, async (step) => {
          const exp = await readTokenExpiry(session, s, ctx.signal);
          if ('reason' in exp) {
            record.problems.push(`${tokenPath(s)} ${exp.reason}`);
            step.detail = `the token file ${exp.reason}`;
            return;
          }
          record.tokenExpiresAt = exp.expiresAt;
          result.tokenExpiresAt = exp.expiresAt;
          if (Date.parse(exp.expiresAt) <= Date.now())
            record.problems.push(
              `the bootstrap token in ${tokenPath(s)} expired at ${exp.expiresAt}: a running proxy renews through its own certificate, but once that lapses (the proxy stopped past it) it cannot rejoin; mode refresh writes a fresh token`,
            );
          step.detail = `exp ${exp.expiresAt} (the token itself is neither logged nor kept)`;
        }),
      );
    } finally {
      if (!opts.keepSession) session.close();
    }
  }

  return {
    record,
    unread,
    cluster,
    facts,
    rendered,
    workload: w,
    image,
    rootCertChanged,
    otherFileDrift,
    ...(opts.keepSession && session ? { session } : {}),
  };
}

/** A window as the input takes it: whole days as 7d, else hours, minutes, seconds. */
function formatWindow(ms: number): string {
  return ms % 86_400_000 === 0 ? `${ms / 86_400_000}d` : formatDuration(ms);
}

function failOnText(s: Settings): string {
  const f = s.check.failOn;
  const words = [
    f.notReady ? 'not-ready' : '',
    f.drift ? 'drift' : '',
    f.certExpiresWithinMs !== undefined ? `cert-expires-within=${formatWindow(f.certExpiresWithinMs)}` : '',
  ].filter(Boolean);
  return words.length ? `fail-on ${words.join(', ')}` : 'fail-on (empty: report only)';
}

function hintFor(s: Settings, r: CheckRecord): string {
  if (r.drift.length && r.ready)
    return 'run onboard again with the same inputs to bring the objects and files back to the render, or change the inputs to what is live';
  return `read the proxy's log on ${sshTarget(s)} (${s.proxy.runtime === 'systemd' ? 'journalctl -u istio, /var/log/istio' : 'docker logs istio-proxy'}); onboard again to replace it`;
}

/**
 * Each rendered object against the live one: the fields we set that differ (server-side apply
 * semantics, object-diff.ts), and a server-side dry-run apply as our field manager, whose
 * conflict (another manager took a field over, e.g. a hand edit) is drift too. Reads and dry-runs
 * only. An existing namespace is never written by onboard: only its absence is drift.
 */
async function compareObjects(
  cluster: Cluster,
  namespace: string,
  rendered: RenderedObject[],
  result: RunResult,
): Promise<{ drift: string[]; detail: string }> {
  const drift: string[] = [];
  const rejected: string[] = [];
  const ns = await readObject(cluster, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } });
  for (const r of rendered) {
    const ref = objectRef(r.object);
    const entry = findObject(result, r);
    if (!ns && r.object.kind !== 'Namespace' && (r.object.metadata.namespace ?? namespace) === namespace) {
      if (entry) Object.assign(entry, { liveDiff: 'new object', server: `not checked: namespace ${namespace} does not exist` });
      drift.push(`${ref} is missing (namespace ${namespace} does not exist)`);
      continue;
    }
    const live = await readObject(cluster, r.object);
    const diff = summarize(diffObjects(live, r.object));
    if (entry) entry.liveDiff = diff;
    if (r.object.kind === 'Namespace') {
      if (!live) drift.push(`${ref} is missing`);
      continue;
    }
    let owners = '';
    try {
      await applyObject(cluster, r.object, { dryRun: true, before: live ?? null });
      if (entry) entry.server = 'accepted';
    } catch (err) {
      const message = messageOf(err);
      if (entry) entry.server = message;
      const conflicts = [...message.matchAll(/conflict with "([^"]+)"[^:]*: (\.[^\s,()]+)/g)].map((m) => `${m[2]} (${m[1]})`);
      if (/\b409\b/.test(message) && conflicts.length) owners = [...new Set(conflicts)].join(', ');
      else rejected.push(message);
    }
    if (!live) drift.push(`${ref} is missing`);
    else if (diff !== 'unchanged' || owners)
      drift.push(
        `${ref} differs${diff !== 'unchanged' ? `: ${diff}` : ''}${owners ? `; another field manager owns ${owners}: onboard would conflict` : ''}`,
      );
  }
  if (rejected.length)
    throw new StepError(
      `the API server rejected ${rejected.length} object(s) of the render: ${rejected.join('; ')}`,
      'render the inputs (mode: render) to see why; the objects may have changed beyond what onboard applies',
    );
  return { drift, detail: `${rendered.length} objects compared with the live ones and by server-side dry-run; ${drift.length} drift` };
}

/** The WorkloadEntry: ours (registration: workload-entry), or the one istiod made for this address from the group. */
async function readEntry(
  s: Settings,
  cluster: Cluster,
  rendered: RenderedObject[],
  w: EffectiveWorkload,
  record: CheckRecord,
): Promise<void> {
  let entry: KubeObject | undefined;
  if (s.workload.registration === 'workload-group') {
    entry = (await autoRegisteredEntries(cluster, w.namespace, w.name)).find((e) => entryAddress(e) === w.address);
  } else {
    const ours = rendered.find((r) => r.object.kind === 'WorkloadEntry');
    entry = ours ? await readObject(cluster, ours.object) : undefined;
  }
  if (!entry) {
    record.problems.push(`WorkloadEntry ${w.namespace}/${w.name} is missing: the mesh does not route to the VM`);
    return;
  }
  const healthy = (entry as { status?: { conditions?: Array<{ type?: string; status?: string }> } }).status?.conditions?.find(
    (c) => c.type === HEALTH_CONDITION,
  )?.status;
  record.workloadEntry = {
    present: true,
    healthy: healthy === undefined ? null : healthy === 'True',
    name: entry.metadata.name,
    address: entryAddress(entry) ?? null,
  };
  if (healthy === 'False') record.problems.push(`WorkloadEntry ${w.namespace}/${entry.metadata.name} is not Healthy`);
  if (record.workloadEntry.address && record.workloadEntry.address !== w.address)
    record.problems.push(`WorkloadEntry ${w.namespace}/${entry.metadata.name} is at ${record.workloadEntry.address}, not ${w.address}`);
}

/** Each bundle file on the VM that is missing or differs from the render; the root certificate against the mesh's current one. */
function fileDrift(
  facts: MeshFacts,
  files: CheckedFile[],
  hashes: Record<string, string | null>,
): Array<{ name: string; sentence: string }> {
  const out: Array<{ name: string; sentence: string }> = [];
  for (const f of files) {
    const onVm = hashes[f.name];
    if (onVm === undefined || onVm === null) out.push({ name: f.name, sentence: `${f.path} is missing` });
    else if (onVm !== fileDigest(f.path, f.content)) {
      out.push({
        name: f.name,
        sentence:
          f.name === ROOT_CERT_FILE
            ? `${f.path} is not the mesh's current root certificate (ConfigMap ${facts.istioNamespace}/istio-ca-root-cert): the root was rotated, or the file changed`
            : `${f.path} differs from the render`,
      });
    }
  }
  return out;
}
