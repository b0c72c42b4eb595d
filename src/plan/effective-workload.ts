// The workload as the cluster gets it. The WorkloadEntry that will be applied (the user's,
// when `manifests` holds one, else the one built from inputs) decides name, namespace,
// service account, address, labels, ports and network; the token, the bundle, the probes,
// the outputs and the report use these, never the raw inputs. Inputs the manifests answer
// are optional; an input that says otherwise is refused, naming the input, the file:line
// and both values, so the run never reports one identity and applies another (pure).
import { InputError, type InputProblem } from '../config/errors.js';
import * as rule from '../config/rules.js';
import { protocolOf } from '../config/settings-from-inputs.js';
import type { Settings, WorkloadPort } from '../config/settings.js';
import { parse as parseYaml } from 'yaml';
import { fieldLine } from './field-lines.js';
import type { KubeObject, ObjectSource, RenderedObject } from './kube-object.js';
import { HEALTH_CHECKS_ANNOTATION } from './labels.js';
import { envProblem } from './shell.js';

/** A WorkloadGroup's ProxyConfig overrides, as istioctl x workload entry configure reads them. */
export const PROXY_CONFIG_ANNOTATION = 'proxy.istio.io/config';

/**
 * The variables Istio's istio-start.sh (the pinned release's; the unit runs it as root) reads
 * from cluster.env: some choose the user and the binary it runs, ISTIO_AGENT_FLAGS is pasted into
 * a `bash -c` command line. They steer the start script, not pilot-agent, so a group's
 * proxyMetadata (repository content) may not set them; istioctl would pass them on.
 */
export const START_SCRIPT_VARIABLES: ReadonlySet<string> = new Set([
  'CA_ADDR',
  'CONTROL_PLANE_AUTH_POLICY',
  'CUSTOM_PILOT_ADDRESS',
  'DEFAULT_PILOT_ADDRESS',
  'DEFAULT_PROXY_CONFIG',
  'ENVOY_CFG',
  'EXEC_USER',
  'ISTIO_AGENT_FLAGS',
  'ISTIO_AGENT_FLAGS_ARRAY',
  'ISTIO_BIN_BASE',
  'ISTIO_CLUSTER_CONFIG',
  'ISTIO_CP_AUTH',
  'ISTIO_CUSTOM_IP_TABLES',
  'ISTIO_DEBUG',
  'ISTIO_INBOUND_INTERCEPTION_MODE',
  'ISTIO_LOG_DIR',
  'ISTIO_NAMESPACE',
  'ISTIO_PILOT_PORT',
  'ISTIO_SERVICE',
  'ISTIO_SIDECAR_CONFIG',
  'ISTIO_SVC_IP',
  'ISTIO_SYSTEM_NAMESPACE',
  'NS',
  'OUTPUT_CERTS',
  'PILOT_ADDRESS',
  'POD_NAME',
  'PROV_CERT',
  'PROXY_CONFIG',
  'SVC',
  'USER',
]);

/** A mesh host the VM calls, at the sidecar listener it gets in /etc/hosts (plan/mesh-hosts.ts makes them; the effective workload carries them). */
export interface HostsEntry {
  host: string;
  /** The address the sidecar listens on for this host (the /etc/hosts address). */
  address: string;
  /** The port the VM calls it on, when known. */
  port?: number;
  /** The input that asked for it. */
  input: 'mesh-hosts' | 'probe-from-vm-url';
}

export type Labels = Record<string, string>;

/** Who the workload is and where the mesh reaches it. */
export interface WorkloadIdentity {
  name: string;
  namespace: string;
  serviceAccount: string;
  /** The WorkloadEntry address. */
  address: string;
  labels: Labels;
  ports: WorkloadPort[];
  /** Empty: the install's network. */
  network: string;
  /** The user's WorkloadEntry that decides; undefined when the entry is built from inputs. */
  entry?: ObjectSource;
  /**
   * registration: workload-group with the user's own WorkloadGroup in the manifests: it decides
   * (name, namespace, template, labels) as a WorkloadEntry would, and its probe and health-checks
   * annotation are what pilot-agent runs and istiod waits for.
   */
  group?: { source: ObjectSource; probe?: Record<string, unknown>; healthChecks: boolean; proxyConfig?: ProxyConfigOverrides };
}

/** The group's proxy.istio.io/config annotations merged: top-level fields replace the mesh's, proxyMetadata keys are added. */
export interface ProxyConfigOverrides {
  fields: Record<string, unknown>;
  proxyMetadata: Record<string, string>;
}

export interface EffectiveWorkload extends WorkloadIdentity {
  /** /etc/hosts entries on the VM: each mesh host the VM calls, at its sidecar listener's address. */
  meshHosts: HostsEntry[];
}

export const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function showLabels(l: Labels): string {
  return (
    Object.entries(l)
      .map(([k, v]) => `${k}=${v}`)
      .join(',') || '(none)'
  );
}

function showPorts(ports: WorkloadPort[]): string {
  return ports.map((p) => `${p.name}:${p.number}`).join(',');
}

const sortedLabels = (l: Labels): string => showLabels(Object.fromEntries(Object.entries(l).sort(([a], [b]) => a.localeCompare(b))));
const sortedPorts = (ps: WorkloadPort[]): string => showPorts([...ps].sort((a, b) => a.name.localeCompare(b.name)));

function labelsOf(v: unknown): Labels | undefined {
  if (!isMap(v) || !Object.values(v).every((x) => typeof x === 'string')) return undefined;
  return v as Labels;
}

/**
 * The labels a workload carries in the mesh, as istiod reads them: a WorkloadEntry's spec.labels
 * merged with its metadata.labels (metadata winning); a WorkloadGroup's entries get
 * spec.template.labels and spec.metadata.labels the same way. The one definition the effective
 * workload and the cross-object checks share.
 */
export function meshLabels(o: { kind: string; metadata: { labels?: Record<string, string> }; spec?: unknown }): Labels {
  const spec = isMap(o.spec) ? o.spec : {};
  if (o.kind === 'WorkloadGroup') {
    const template = isMap(spec.template) ? spec.template : {};
    const meta = isMap(spec.metadata) ? spec.metadata : {};
    return { ...(labelsOf(template.labels) ?? {}), ...(labelsOf(meta.labels) ?? {}) };
  }
  return { ...(labelsOf(spec.labels) ?? {}), ...(labelsOf(o.metadata.labels) ?? {}) };
}

/** WorkloadEntry ports: a map of Service port name -> port on the VM. */
function portsOf(v: unknown): WorkloadPort[] | undefined {
  if (!isMap(v) || Object.keys(v).length === 0) return undefined;
  const entries = Object.entries(v);
  if (!entries.every(([, n]) => Number.isInteger(n))) return undefined; // the schema check reports it
  return entries.map(([name, n]) => ({ name, number: n as number, protocol: protocolOf(name) }));
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** "file:line" of a field of a manifest object (its own line when the field is not there). */
export function locate(r: RenderedObject, path: readonly (string | number)[]): { at: string; file?: string; line?: number } {
  const line = fieldLine(r.object, path) ?? r.source.line;
  if (!r.source.file) return { at: 'built from inputs' };
  return { at: line ? `${r.source.file}:${line}` : r.source.file, file: r.source.file, ...(line ? { line } : {}) };
}

function refOf(o: KubeObject): string {
  return `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;
}

/** The WorkloadEntry (or, with registration: workload-group, the WorkloadGroup) of the manifests that this run is about, if they hold one. */
function chooseEntry(
  s: Settings,
  own: RenderedObject[],
  problems: InputProblem[],
  kind: 'WorkloadEntry' | 'WorkloadGroup',
): RenderedObject | undefined {
  const entries = own.filter((r) => r.object.kind === kind);
  const list = entries.map((r) => `${r.object.metadata.name} (${locate(r, []).at})`).join(', ');
  const first = entries[0] ? locate(entries[0], ['metadata', 'name']) : undefined;
  const at = first?.file ? { file: first.file, ...(first.line ? { line: first.line } : {}) } : {};
  const name = s.workload.name;
  if (name) {
    const named = entries.filter((r) => r.object.metadata.name === name);
    if (named.length === 0 && entries.length > 0) {
      problems.push({
        input: 'workload-name',
        message: `is ${name} but the manifests' ${kind === 'WorkloadEntry' ? 'WorkloadEntries' : 'WorkloadGroups'} are named ${list}: name one of them, or leave workload-name empty`,
        ...at,
      });
    }
    return (
      named.find((r) => !s.workload.namespace || (r.object.metadata.namespace ?? s.workload.namespace) === s.workload.namespace) ?? named[0]
    );
  }
  if (entries.length > 1)
    problems.push({
      input: 'workload-name',
      message: `is required to choose one of the manifests' ${kind === 'WorkloadEntry' ? 'WorkloadEntries' : 'WorkloadGroups'}: ${list}`,
      ...at,
    });
  return entries.length === 1 ? entries[0] : undefined;
}

/**
 * A WorkloadGroup's `spec.probe.exec` is a command pilot-agent runs on the VM (its readiness
 * probe, from the group this VM registers with, or on any VM a group is later set up for). The
 * manifests are the repository's, a pull request's too: without the workflow's allow-exec-probe,
 * every group of the manifests that has one is refused at the probe's line. Offboarding runs no
 * probe and is not refused.
 */
function execProbeProblems(s: Settings, own: RenderedObject[]): InputProblem[] {
  if (s.manifests.allowExecProbe || s.mode === 'offboard') return [];
  return own
    .filter(
      (r) =>
        r.object.kind === 'WorkloadGroup' &&
        isMap(r.object.spec) &&
        isMap(r.object.spec.probe) &&
        Object.hasOwn(r.object.spec.probe, 'exec'),
    )
    .map((r) => {
      const where = locate(r, ['spec', 'probe', 'exec']);
      return {
        input: 'allow-exec-probe',
        message: `is false, but ${where.at} (${refOf(r.object)} spec.probe.exec) gives a command to run on the VM: a probe from the manifests may not run commands there. Use httpGet or tcpSocket, or set allow-exec-probe: true in the workflow if this repository's commands may run on the VM`,
        ...(where.file ? { file: where.file } : {}),
        ...(where.line ? { line: where.line } : {}),
      };
    });
}

/**
 * Derives the effective workload from the user's manifest objects (before defaults are
 * applied to them) and the inputs. Throws an InputError listing every contradiction and
 * every question nothing answers.
 */
export function effectiveWorkload(s: Settings, own: RenderedObject[]): WorkloadIdentity {
  const problems: InputProblem[] = execProbeProblems(s, own);
  const asGroup = s.workload.registration === 'workload-group';
  const chosen = chooseEntry(s, own, problems, asGroup ? 'WorkloadGroup' : 'WorkloadEntry');
  if (problems.length > 0) throw new InputError(problems); // which entry is unclear: nothing below would mean much
  const outer = chosen && isMap(chosen.object.spec) ? chosen.object.spec : {};
  // A WorkloadGroup says in spec.template what each of its entries will say in spec, and in
  // spec.metadata the labels istiod puts on them.
  const spec = asGroup ? (isMap(outer.template) ? outer.template : {}) : outer;
  const specPath = asGroup ? ['spec', 'template'] : ['spec'];
  const groupMeta = asGroup && isMap(outer.metadata) ? outer.metadata : {};

  /** The entry's value wins; a given input that differs is a contradiction. */
  const decide = <T>(
    input: string,
    given: T | undefined,
    fromEntry: T | undefined,
    path: string[],
    show: (v: T) => string,
  ): T | undefined => {
    if (chosen && given !== undefined && fromEntry !== undefined && show(given) !== show(fromEntry)) {
      const where = locate(chosen, path);
      problems.push({
        input,
        message: `is ${show(given)} but ${where.at} (${refOf(chosen.object)} ${path.join('.')}) says ${show(fromEntry)}: the applied ${chosen.object.kind} decides, so make them agree or leave ${input} empty`,
        ...(where.file ? { file: where.file } : {}),
        ...(where.line ? { line: where.line } : {}),
      });
    }
    return fromEntry ?? given;
  };
  const given = <T>(v: T, empty: (x: T) => boolean): T | undefined => (empty(v) ? undefined : v);
  const w = s.workload;
  const id = (v: string) => v;

  const name = chosen?.object.metadata.name ?? w.name;
  const namespace =
    decide(
      'namespace',
      given(w.namespace, (x) => x === ''),
      text(chosen?.object.metadata.namespace),
      ['metadata', 'namespace'],
      id,
    ) ?? '';
  const serviceAccount =
    decide(
      'service-account',
      given(w.serviceAccount, (x) => x === ''),
      text(spec.serviceAccount),
      [...specPath, 'serviceAccount'],
      id,
    ) ?? name;
  // vm-host is where SSH reaches the VM; it may differ from the mesh address, so it is only a default.
  // A group's entries take the address the proxy connects from, not the template's.
  const address = asGroup
    ? w.address || s.ssh.target.host
    : (decide(
        'vm-address',
        given(w.address, (x) => x === ''),
        text(spec.address),
        ['spec', 'address'],
        id,
      ) ?? s.ssh.target.host);
  // As istiod reads a WorkloadEntry: spec.labels merged with metadata.labels, metadata winning;
  // a WorkloadGroup's entries get template.labels and spec.metadata.labels the same way.
  // An entry without labels answers too (none): a Service built from other labels would not select it.
  const entryLabels = chosen ? meshLabels(chosen.object) : undefined;
  const labels =
    decide(
      'labels',
      given(w.labels, (x) => Object.keys(x).length === 0),
      entryLabels,
      asGroup ? ['spec', 'metadata', 'labels'] : ['spec', 'labels'],
      sortedLabels,
    ) ?? (name ? { app: name } : {});
  const ports =
    decide(
      'ports',
      given(w.ports, (x) => x.length === 0),
      portsOf(spec.ports),
      [...specPath, 'ports'],
      sortedPorts,
    ) ?? [];
  const network =
    decide(
      'network',
      given(w.network, (x) => x === ''),
      text(spec.network),
      [...specPath, 'network'],
      id,
    ) ?? '';

  // What the chosen object says reaches the proxy's environment on the VM (sidecar.env, read by
  // docker --env-file, and cluster.env, which Istio's istio-start.sh sources as shell): held to
  // the rules of the inputs that would say it, so a newline cannot add a variable or a command.
  if (chosen) {
    const held = (input: string, path: string[], value: string | undefined, check: (v: string) => string | undefined) => {
      const why = value === undefined ? undefined : check(value);
      if (!why) return;
      const where = locate(chosen, path);
      problems.push({
        input,
        message: `cannot come from ${where.at} (${refOf(chosen.object)} ${path.join('.')}): ${why}`,
        ...(where.file ? { file: where.file } : {}),
        ...(where.line ? { line: where.line } : {}),
      });
    };
    held('service-account', [...specPath, 'serviceAccount'], text(spec.serviceAccount), rule.dns1123Subdomain);
    held('network', [...specPath, 'network'], text(spec.network), rule.labelValue);
    if (!asGroup) held('vm-address', ['spec', 'address'], text(spec.address), rule.host);
    const metaLabels = labelsOf(asGroup ? groupMeta.labels : chosen.object.metadata.labels) ?? {};
    for (const [k, v] of Object.entries(entryLabels ?? {})) {
      const path = Object.hasOwn(metaLabels, k)
        ? [...(asGroup ? ['spec', 'metadata'] : ['metadata']), 'labels', k]
        : [...specPath, 'labels', k];
      held('labels', path, k, rule.labelKey);
      held('labels', path, v, rule.labelValue);
    }
  }

  const about = chosen ? locate(chosen, ['metadata']) : undefined;
  const at = about?.file ? { file: about.file, ...(about.line ? { line: about.line } : {}) } : {};
  if (!name) problems.push({ input: 'workload-name', message: 'is required: the manifests hold no WorkloadEntry to take the name from' });
  if (!namespace) {
    problems.push({
      input: 'namespace',
      message: chosen
        ? `is required: ${refOf(chosen.object)} at ${locate(chosen, []).at} has no metadata.namespace`
        : 'is required: the manifests hold no WorkloadEntry to take it from',
      ...at,
    });
  }
  if (!address) {
    problems.push({
      input: 'vm-address',
      message: chosen
        ? `is required (or vm-host): ${refOf(chosen.object)} at ${locate(chosen, []).at} has no spec.address`
        : 'is required (or vm-host): it is the WorkloadEntry address',
      ...at,
    });
  }
  const proxyConfig = asGroup && chosen ? groupProxyConfig(chosen, problems) : undefined;
  if (problems.length > 0) throw new InputError(problems);
  const group =
    asGroup && chosen
      ? {
          source: chosen.source,
          ...(isMap(outer.probe) ? { probe: outer.probe } : {}),
          healthChecks: isMap(groupMeta.annotations) && groupMeta.annotations[HEALTH_CHECKS_ANNOTATION] === 'true',
          ...(proxyConfig ? { proxyConfig } : {}),
        }
      : undefined;
  return {
    name,
    namespace,
    serviceAccount,
    address,
    labels,
    ports,
    network,
    ...(chosen && !asGroup ? { entry: chosen.source } : {}),
    ...(group ? { group } : {}),
  };
}

/**
 * The group's proxy.istio.io/config, as istioctl merges it (createMeshConfig): the group's own
 * annotation, then spec.metadata's, each a ProxyConfig in YAML whose top-level fields replace
 * the mesh's and whose proxyMetadata keys are added to the mesh's. Repository content that
 * reaches the proxy's environment: proxyMetadata must be strings, each fit for an env file.
 */
function groupProxyConfig(chosen: RenderedObject, problems: InputProblem[]): ProxyConfigOverrides | undefined {
  const spec = isMap(chosen.object.spec) ? chosen.object.spec : {};
  const specMeta = isMap(spec.metadata) ? spec.metadata : {};
  const sources: Array<[unknown, string[]]> = [
    [chosen.object.metadata.annotations, ['metadata', 'annotations', PROXY_CONFIG_ANNOTATION]],
    [specMeta.annotations, ['spec', 'metadata', 'annotations', PROXY_CONFIG_ANNOTATION]],
  ];
  let out: ProxyConfigOverrides | undefined;
  for (const [annotations, path] of sources) {
    const raw = isMap(annotations) ? annotations[PROXY_CONFIG_ANNOTATION] : undefined;
    if (typeof raw !== 'string') continue;
    const bad = (why: string) => {
      const where = locate(chosen, path);
      problems.push({
        input: 'manifests',
        message: `has at ${where.at} (${refOf(chosen.object)} ${path.join('.')}) a ProxyConfig the action cannot use: ${why}`,
        ...(where.file ? { file: where.file } : {}),
        ...(where.line ? { line: where.line } : {}),
      });
    };
    let pc: unknown;
    try {
      pc = parseYaml(raw);
    } catch (err) {
      bad(`is not YAML: ${(err as Error).message.split('\n')[0]}`);
      continue;
    }
    if (pc === null || pc === undefined) continue;
    if (!isMap(pc)) {
      bad('must be a ProxyConfig (a YAML mapping)');
      continue;
    }
    const { proxyMetadata, ...fields } = pc;
    const md: Record<string, string> = {};
    if (proxyMetadata !== undefined && proxyMetadata !== null) {
      if (!isMap(proxyMetadata)) {
        bad('proxyMetadata must be a mapping of variable names to strings');
        continue;
      }
      let ok = true;
      for (const [k, v] of Object.entries(proxyMetadata)) {
        const why =
          typeof v !== 'string'
            ? `proxyMetadata.${k} must be a string (quote it)`
            : START_SCRIPT_VARIABLES.has(k)
              ? `proxyMetadata.${k} is read by Istio's istio-start.sh, which runs as root on the VM, not by pilot-agent: set it in the mesh config, not in the repository`
              : envProblem(k, v);
        if (why) {
          bad(START_SCRIPT_VARIABLES.has(k) ? why : `${why}: it would go into the proxy's environment on the VM`);
          ok = false;
        } else md[k] = v as string;
      }
      if (!ok) continue;
    }
    out = { fields: { ...(out?.fields ?? {}), ...fields }, proxyMetadata: { ...(out?.proxyMetadata ?? {}), ...md } };
  }
  return out;
}
