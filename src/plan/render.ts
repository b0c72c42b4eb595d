// Builds the full list of objects onboarding applies, in apply order, and the effective
// workload they describe (pure: no cluster, no VM). Objects in the user's manifests replace
// a built-in object of the same kind, namespace and name, so the workshop's own
// WorkloadEntry/Sidecar/Service files work unchanged; a built-in object the effective
// workload does not use (a second Service or Sidecar for it) is not rendered at all.
import type { Settings } from '../config/settings.js';
import { effectiveWorkload, type EffectiveWorkload } from './effective-workload.js';
import type { KubeObject, RenderedObject } from './kube-object.js';
import { meshHostEntries, serviceFor, sidecarFor } from './mesh-hosts.js';
import { renderManifests } from './templates.js';
import { namespaceObject, service, serviceAccount, sidecar, workloadEntry, workloadGroup } from './workload-objects.js';
import { InputError } from '../config/errors.js';
import { REVISION_LABEL, REVISIONED_KINDS } from './labels.js';

const APPLY_ORDER = ['Namespace', 'ServiceAccount', 'ConfigMap', 'Secret', 'Service', 'Sidecar'];

function rank(o: KubeObject): number {
  if (o.kind === 'WorkloadEntry') return APPLY_ORDER.length + 1; // last: the mesh routes to it once it exists
  const i = APPLY_ORDER.indexOf(o.kind);
  return i < 0 ? APPLY_ORDER.length : i;
}

function identity(o: KubeObject, defaultNamespace: string): string {
  const group = o.apiVersion.includes('/') ? o.apiVersion.split('/')[0] : '';
  return `${group}/${o.kind}/${o.kind === 'Namespace' ? '' : (o.metadata.namespace ?? defaultNamespace)}/${o.metadata.name}`;
}

/** Egress ports the VM needs: the port of probe-from-vm-url, so that probe goes through the sidecar. */
export function egressPorts(s: Settings): number[] {
  if (!s.probe.fromVmUrl) return [];
  const url = new URL(s.probe.fromVmUrl);
  return [Number(url.port || (url.protocol === 'https:' ? 443 : 80))];
}

export interface RenderedWorkload {
  objects: RenderedObject[];
  workload: EffectiveWorkload;
}

/** Throws ManifestError (a file's problem) or InputError (inputs the manifests contradict or leave unanswered). */
export function renderWorkload(s: Settings, network: string, cwd = process.cwd()): RenderedWorkload {
  const own = renderManifests(s.manifests.patterns, s.manifests.vars, cwd);
  const w = effectiveWorkload(s, own);
  for (const r of own) r.object.metadata.namespace ??= r.object.kind === 'Namespace' ? undefined : w.namespace;
  const fromInputs = (o: KubeObject | undefined): RenderedObject[] => (o ? [{ object: o, source: { origin: 'inputs' } }] : []);
  const builtIn: RenderedObject[] = [
    ...(s.cluster.createNamespace ? fromInputs(namespaceObject(w)) : []),
    ...fromInputs(serviceAccount(w)),
    ...(serviceFor(own, w) ? [] : fromInputs(service(w))),
    ...(sidecarFor(own, w)
      ? []
      : fromInputs(
          sidecar(w, { ports: egressPorts(s), hosts: s.workload.meshHosts.map((h) => h.host), interception: s.proxy.interception }),
        )),
    ...(w.entry || w.group
      ? []
      : fromInputs(
          s.workload.registration === 'workload-group' ? workloadGroup(w, network || w.network) : workloadEntry(w, network || w.network),
        )),
  ];
  const ownEntry = own.find((r) => r.object.kind === 'WorkloadEntry');
  if (s.workload.registration === 'workload-group' && ownEntry) {
    throw new InputError([
      {
        input: 'registration',
        message: 'is workload-group, where istiod creates the WorkloadEntry: the manifests must not hold one',
        file: ownEntry.source.file,
        line: ownEntry.source.line,
      },
    ]);
  }
  if (s.cluster.istioRevision) labelRevision(s.cluster.istioRevision, [...builtIn, ...own]);
  const ownIds = new Set(own.map((r) => identity(r.object, w.namespace)));
  const merged = [...builtIn.filter((r) => !ownIds.has(identity(r.object, w.namespace))), ...own];
  const objects = merged
    .map((r, i) => ({ r, i }))
    .sort((a, b) => rank(a.r.object) - rank(b.r.object) || a.i - b.i)
    .map(({ r }) => r);
  return { objects, workload: { ...w, meshHosts: meshHostEntries(s, w, objects) } };
}

/**
 * istio-revision: the workload's Istio objects carry istio.io/rev, as a revision's injected
 * workloads do; one from the manifests that names another revision contradicts the input.
 */
function labelRevision(revision: string, objects: RenderedObject[]): void {
  const problems = [];
  for (const { object: o, source } of objects) {
    if (!REVISIONED_KINDS.includes(o.kind)) continue;
    const given = o.metadata.labels?.[REVISION_LABEL];
    if (given !== undefined && given !== revision) {
      problems.push({
        input: 'istio-revision',
        message: `is ${JSON.stringify(revision)}, but ${o.kind} ${o.metadata.name} of the manifests is labelled ${REVISION_LABEL}=${JSON.stringify(given.slice(0, 63))}: make them agree`,
        file: source.file,
        line: source.line,
      });
      continue;
    }
    o.metadata.labels = { ...o.metadata.labels, [REVISION_LABEL]: revision };
  }
  if (problems.length) throw new InputError(problems);
}

export function renderObjects(s: Settings, network: string, cwd = process.cwd()): RenderedObject[] {
  return renderWorkload(s, network, cwd).objects;
}
