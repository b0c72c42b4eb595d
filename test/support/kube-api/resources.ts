// The API resources the stand-in serves: core v1, coordination.k8s.io/v1 and Istio's CRDs
// (networking.istio.io v1/v1beta1/v1alpha3, security.istio.io v1/v1beta1), with the names,
// scopes, short names and versions a real cluster with Istio installed advertises.
import type { KubeObject } from './types.js';

export interface TableColumn {
  name: string;
  type: 'string' | 'integer' | 'date';
  format?: string;
  description: string;
  cell: (o: KubeObject) => unknown;
}

export interface ResourceType {
  group: string;
  /** Served versions; all share one storage. The first is the preferred (and storage) version. */
  versions: string[];
  plural: string;
  singular: string;
  kind: string;
  namespaced: boolean;
  shortNames: string[];
  categories: string[];
  /** Served by a CustomResourceDefinition: list items carry kind/apiVersion, metadata.generation is kept,
   * strategic merge patch is refused (415), status is only written through /status. */
  custom: boolean;
  statusSubresource: boolean;
  /** Top-level fields the schema declares; others are unknown (warned, dropped, or refused when Strict). */
  topLevel: string[];
  /** Extra printer columns, as `kubectl get` shows them (Name is always first, Age last). */
  columns: TableColumn[];
  subresources: string[];
}

const VERBS = ['create', 'delete', 'deletecollection', 'get', 'list', 'patch', 'update', 'watch'];
export const RESOURCE_VERBS = VERBS;

function age(o: KubeObject): unknown {
  return o.metadata['creationTimestamp'];
}

function core(
  plural: string,
  kind: string,
  namespaced: boolean,
  shortNames: string[],
  topLevel: string[],
  extra: Partial<ResourceType> = {},
): ResourceType {
  return {
    group: '',
    versions: ['v1'],
    plural,
    singular: kind.toLowerCase(),
    kind,
    namespaced,
    shortNames,
    categories: [],
    custom: false,
    statusSubresource: false,
    topLevel: ['apiVersion', 'kind', 'metadata', ...topLevel],
    columns: [],
    subresources: [],
    ...extra,
  };
}

function istio(group: string, versions: string[], plural: string, kind: string, shortNames: string[], columns: TableColumn[] = []): ResourceType {
  const cat = group.replace(/\./g, '-');
  return {
    group,
    versions,
    plural,
    singular: kind.toLowerCase(),
    kind,
    namespaced: true,
    shortNames,
    categories: ['istio-io', cat],
    custom: true,
    statusSubresource: true,
    topLevel: ['apiVersion', 'kind', 'metadata', 'spec', 'status'],
    columns,
    subresources: ['status'],
  };
}

const str = (name: string, description: string, cell: TableColumn['cell']): TableColumn => ({ name, type: 'string', description, cell });

function servicePorts(o: KubeObject): string {
  const spec = (o['spec'] ?? {}) as { ports?: Array<{ port?: number; protocol?: string; nodePort?: number }> };
  const ports = spec.ports ?? [];
  return ports.length ? ports.map((p) => `${p.port}${p.nodePort ? `:${p.nodePort}` : ''}/${p.protocol ?? 'TCP'}`).join(',') : '<none>';
}

function externalIp(o: KubeObject): string {
  const ingress = ((o['status'] as { loadBalancer?: { ingress?: Array<{ ip?: string; hostname?: string }> } } | undefined)?.loadBalancer?.ingress) ?? [];
  const type = (o['spec'] as { type?: string } | undefined)?.type;
  if (ingress.length) return ingress.map((i) => i.ip ?? i.hostname).join(',');
  return type === 'LoadBalancer' ? '<pending>' : '<none>';
}

const NET_VERSIONS = ['v1', 'v1beta1', 'v1alpha3'];

export const RESOURCES: ResourceType[] = [
  core('namespaces', 'Namespace', false, ['ns'], ['spec', 'status'], {
    statusSubresource: true,
    subresources: ['status', 'finalize'],
    columns: [str('Status', 'The phase of the namespace', (o) => (o['status'] as { phase?: string } | undefined)?.phase ?? '')],
  }),
  core('serviceaccounts', 'ServiceAccount', true, ['sa'], ['secrets', 'imagePullSecrets', 'automountServiceAccountToken'], {
    subresources: ['token'],
    columns: [{ name: 'Secrets', type: 'integer', description: 'Number of secrets', cell: (o) => ((o['secrets'] as unknown[] | undefined) ?? []).length }],
  }),
  core('services', 'Service', true, ['svc'], ['spec', 'status'], {
    statusSubresource: true,
    subresources: ['status', 'proxy'],
    categories: ['all'],
    columns: [
      str('Type', 'The type of the service', (o) => (o['spec'] as { type?: string } | undefined)?.type ?? 'ClusterIP'),
      str('Cluster-IP', 'The cluster IP', (o) => (o['spec'] as { clusterIP?: string } | undefined)?.clusterIP ?? '<none>'),
      str('External-IP', 'The external IPs', externalIp),
      str('Port(s)', 'The ports of the service', servicePorts),
    ],
  }),
  core('configmaps', 'ConfigMap', true, ['cm'], ['data', 'binaryData', 'immutable'], {
    columns: [
      {
        name: 'Data',
        type: 'integer',
        description: 'Number of keys',
        cell: (o) => Object.keys((o['data'] as object | undefined) ?? {}).length + Object.keys((o['binaryData'] as object | undefined) ?? {}).length,
      },
    ],
  }),
  core('secrets', 'Secret', true, [], ['data', 'stringData', 'type', 'immutable'], {
    columns: [
      str('Type', 'The type of the secret', (o) => (o['type'] as string | undefined) ?? 'Opaque'),
      { name: 'Data', type: 'integer', description: 'Number of keys', cell: (o) => Object.keys((o['data'] as object | undefined) ?? {}).length },
    ],
  }),
  core('endpoints', 'Endpoints', true, ['ep'], ['subsets']),
  {
    ...core('leases', 'Lease', true, [], ['spec']),
    group: 'coordination.k8s.io',
    columns: [str('Holder', 'The holder', (o) => (o['spec'] as { holderIdentity?: string } | undefined)?.holderIdentity ?? '')],
  },
  istio('networking.istio.io', NET_VERSIONS, 'workloadentries', 'WorkloadEntry', ['we'], [
    str('Address', 'Address associated with the network endpoint.', (o) => (o['spec'] as { address?: string } | undefined)?.address ?? ''),
  ]),
  istio('networking.istio.io', NET_VERSIONS, 'workloadgroups', 'WorkloadGroup', ['wg']),
  istio('networking.istio.io', NET_VERSIONS, 'sidecars', 'Sidecar', []),
  istio('networking.istio.io', NET_VERSIONS, 'serviceentries', 'ServiceEntry', ['se'], [
    str('Hosts', 'The hosts associated with the ServiceEntry', (o) => JSON.stringify((o['spec'] as { hosts?: string[] } | undefined)?.hosts ?? [])),
    str('Location', 'Whether the service is external to the mesh or part of the mesh (MESH_EXTERNAL or MESH_INTERNAL)', (o) => (o['spec'] as { location?: string } | undefined)?.location ?? ''),
    str('Resolution', 'Service resolution mode for the hosts (NONE, STATIC, or DNS)', (o) => (o['spec'] as { resolution?: string } | undefined)?.resolution ?? ''),
  ]),
  istio('networking.istio.io', NET_VERSIONS, 'gateways', 'Gateway', ['gw']),
  istio('networking.istio.io', NET_VERSIONS, 'virtualservices', 'VirtualService', ['vs'], [
    str('Gateways', 'The names of gateways and sidecars that should apply these routes', (o) => JSON.stringify((o['spec'] as { gateways?: string[] } | undefined)?.gateways ?? [])),
    str('Hosts', 'The destination hosts to which traffic is being sent', (o) => JSON.stringify((o['spec'] as { hosts?: string[] } | undefined)?.hosts ?? [])),
  ]),
  istio('networking.istio.io', NET_VERSIONS, 'destinationrules', 'DestinationRule', ['dr'], [
    str('Host', 'The name of a service from the service registry', (o) => (o['spec'] as { host?: string } | undefined)?.host ?? ''),
  ]),
  istio('security.istio.io', ['v1', 'v1beta1'], 'peerauthentications', 'PeerAuthentication', ['pa'], [
    str('Mode', 'Defines the mTLS mode used for peer authentication.', (o) => (o['spec'] as { mtls?: { mode?: string } } | undefined)?.mtls?.mode ?? ''),
  ]),
  istio('security.istio.io', ['v1', 'v1beta1'], 'authorizationpolicies', 'AuthorizationPolicy', ['ap'], [
    str('Action', 'The operation to take.', (o) => (o['spec'] as { action?: string } | undefined)?.action ?? 'ALLOW'),
  ]),
];

export const NAMESPACES = RESOURCES[0] as ResourceType;

/** Groups in discovery order ("" is the legacy core group at /api). */
export function groups(): Array<{ group: string; versions: string[] }> {
  const out = new Map<string, string[]>();
  for (const rt of RESOURCES) {
    const vs = out.get(rt.group) ?? [];
    for (const v of rt.versions) if (!vs.includes(v)) vs.push(v);
    out.set(rt.group, vs);
  }
  return [...out].map(([group, versions]) => ({ group, versions }));
}

export function resourcesIn(group: string, version: string): ResourceType[] {
  return RESOURCES.filter((r) => r.group === group && r.versions.includes(version));
}

export function byPlural(group: string, version: string, plural: string): ResourceType | undefined {
  return RESOURCES.find((r) => r.group === group && r.versions.includes(version) && r.plural === plural);
}

export function byKind(apiVersion: string, kind: string): ResourceType | undefined {
  const { group, version } = splitApiVersion(apiVersion);
  return RESOURCES.find((r) => r.group === group && r.versions.includes(version) && r.kind === kind);
}

export function splitApiVersion(apiVersion: string): { group: string; version: string } {
  const i = apiVersion.indexOf('/');
  return i < 0 ? { group: '', version: apiVersion } : { group: apiVersion.slice(0, i), version: apiVersion.slice(i + 1) };
}

export function apiVersionOf(group: string, version: string): string {
  return group ? `${group}/${version}` : version;
}
