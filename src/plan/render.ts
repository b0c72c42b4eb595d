// Builds the full list of objects onboarding applies, in apply order (pure: no cluster, no VM).
// Objects in the user's manifests replace a built-in object of the same kind, namespace and
// name, so the workshop's own WorkloadEntry/Sidecar/Service files work unchanged.
import type { Settings } from '../config/settings.js';
import type { KubeObject, RenderedObject } from './kube-object.js';
import { renderManifests } from './templates.js';
import { namespaceObject, service, serviceAccount, sidecar, workloadEntry } from './workload-objects.js';

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

export function renderObjects(s: Settings, network: string, env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): RenderedObject[] {
  const fromInputs = (o: KubeObject | undefined): RenderedObject[] => (o ? [{ object: o, source: { origin: 'inputs' } }] : []);
  const builtIn: RenderedObject[] = [
    ...(s.cluster.createNamespace ? fromInputs(namespaceObject(s)) : []),
    ...fromInputs(serviceAccount(s)),
    ...fromInputs(service(s)),
    ...fromInputs(sidecar(s, egressPorts(s))),
    ...fromInputs(workloadEntry(s, network || s.workload.network)),
  ];
  const own = renderManifests(s.manifests.patterns, s.manifests.vars, env, cwd);
  for (const r of own) r.object.metadata.namespace ??= r.object.kind === 'Namespace' ? undefined : s.workload.namespace;
  const ownIds = new Set(own.map((r) => identity(r.object, s.workload.namespace)));
  const merged = [...builtIn.filter((r) => !ownIds.has(identity(r.object, s.workload.namespace))), ...own];
  return merged.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r.object) - rank(b.r.object) || a.i - b.i).map(({ r }) => r);
}
