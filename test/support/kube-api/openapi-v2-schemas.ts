// The definitions of the stand-in's /openapi/v2 document: one schema per served kind and version
// (named like the real server's: io.k8s.api.core.v1.Service, io.istio.networking.v1.WorkloadEntry),
// their List kinds, and the meta and core types they refer to. kubectl before 1.25 validates
// manifests against these on the client (unknown fields, wrong types, missing required fields),
// so they follow the real schemas for what the action and the tests write: ObjectMeta, Namespace,
// ServiceAccount, Service, ConfigMap, Secret, Endpoints, Lease, TokenRequest, and Istio's
// WorkloadEntry, WorkloadGroup and Sidecar specs. Deeper parts the stand-in does not model (Sidecar
// TLS and connection pools, WorkloadGroup probes, the other Istio kinds' specs) are plain
// `type: object`, which any object passes: never stricter than the real schema.
// The top-level fields must match what the server itself knows (ResourceType.topLevel, the
// WorkloadEntry spec of validation.ts): buildDefinitions() throws if they drift apart.
import { RESOURCES, splitApiVersion, type ResourceType } from './resources.js';
import { WORKLOAD_ENTRY_SPEC } from './validation.js';

export type Schema = Record<string, unknown>;

export const META = 'io.k8s.apimachinery.pkg.apis.meta.v1';
const CORE = 'io.k8s.api.core.v1';

export const ref = (name: string, description?: string): Schema => ({ $ref: `#/definitions/${name}`, ...(description ? { description } : {}) });
const string: Schema = { type: 'string' };
const int32: Schema = { type: 'integer', format: 'int32' };
const int64: Schema = { type: 'integer', format: 'int64' };
const uint32: Schema = { type: 'integer', minimum: 0, maximum: 4294967295 };
const boolean: Schema = { type: 'boolean' };
const time = ref(`${META}.Time`);
const strings: Schema = { type: 'array', items: string };
const stringMap: Schema = { type: 'object', additionalProperties: string };
const byteMap: Schema = { type: 'object', additionalProperties: { type: 'string', format: 'byte' } };
const array = (items: Schema, extra: Schema = {}): Schema => ({ type: 'array', items, ...extra });
const object = (properties: Record<string, Schema>, required?: string[], extra: Schema = {}): Schema => ({
  type: 'object',
  properties,
  ...(required ? { required } : {}),
  ...extra,
});
/** A part the stand-in does not describe: any object passes (never stricter than the real schema). */
const anyObject = (description: string): Schema => ({ type: 'object', description });
const mergeList = (key: string): Schema => ({ 'x-kubernetes-patch-merge-key': key, 'x-kubernetes-patch-strategy': 'merge' });

function gvkList(group: string, version: string, kind: string): Schema {
  return { 'x-kubernetes-group-version-kind': [{ group, kind, version }] };
}

/** The real server's definition name prefix for a group/version. */
export function definitionPrefix(group: string, version: string): string {
  if (group === '') return `io.k8s.api.core.${version}`;
  if (group.endsWith('.k8s.io')) return `io.k8s.api.${group.split('.')[0]}.${version}`;
  return `${group.split('.').reverse().join('.')}.${version}`;
}

const META_TYPES: Record<string, Schema> = {
  Time: { type: 'string', format: 'date-time', description: 'Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.' },
  MicroTime: { type: 'string', format: 'date-time', description: 'MicroTime is version of Time with microsecond level precision.' },
  FieldsV1: { type: 'object', description: 'FieldsV1 stores a set of fields in a data structure like a Trie, in JSON format.' },
  Patch: { type: 'object', description: 'Patch is provided to give a concrete name and type to the Kubernetes PATCH request body.' },
  ManagedFieldsEntry: object({
    apiVersion: string,
    fieldsType: string,
    fieldsV1: ref(`${META}.FieldsV1`),
    manager: string,
    operation: string,
    subresource: string,
    time,
  }),
  OwnerReference: object(
    { apiVersion: string, blockOwnerDeletion: boolean, controller: boolean, kind: string, name: string, uid: string },
    ['apiVersion', 'kind', 'name', 'uid'],
    { 'x-kubernetes-map-type': 'atomic' },
  ),
  ObjectMeta: object({
    annotations: stringMap,
    creationTimestamp: time,
    deletionGracePeriodSeconds: int64,
    deletionTimestamp: time,
    finalizers: array(string, { 'x-kubernetes-list-type': 'set', 'x-kubernetes-patch-strategy': 'merge' }),
    generateName: string,
    generation: int64,
    labels: stringMap,
    managedFields: array(ref(`${META}.ManagedFieldsEntry`), { 'x-kubernetes-list-type': 'atomic' }),
    name: string,
    namespace: string,
    ownerReferences: array(ref(`${META}.OwnerReference`), { ...mergeList('uid'), 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['uid'] }),
    resourceVersion: string,
    selfLink: string,
    uid: string,
  }),
  ListMeta: object({ continue: string, remainingItemCount: int64, resourceVersion: string, selfLink: string }),
  Condition: object(
    { lastTransitionTime: time, message: string, observedGeneration: int64, reason: string, status: string, type: string },
    ['type', 'status', 'lastTransitionTime', 'reason', 'message'],
  ),
  Preconditions: object({ resourceVersion: string, uid: string }),
  DeleteOptions: object({
    apiVersion: string,
    dryRun: array(string, { 'x-kubernetes-list-type': 'atomic' }),
    gracePeriodSeconds: int64,
    ignoreStoreReadErrorWithClusterBreakingPotential: boolean,
    kind: string,
    orphanDependents: boolean,
    preconditions: ref(`${META}.Preconditions`),
    propagationPolicy: string,
  }),
  Status: object({
    apiVersion: string,
    code: int32,
    details: anyObject('StatusDetails: name, group, kind, uid, causes and retryAfterSeconds of the failure.'),
    kind: string,
    message: string,
    metadata: ref(`${META}.ListMeta`),
    reason: string,
    status: string,
  }),
};

const CORE_TYPES: Record<string, Schema> = {
  ObjectReference: object(
    { apiVersion: string, fieldPath: string, kind: string, name: string, namespace: string, resourceVersion: string, uid: string },
    undefined,
    { 'x-kubernetes-map-type': 'atomic' },
  ),
  LocalObjectReference: object({ name: string }, undefined, { 'x-kubernetes-map-type': 'atomic' }),
  NamespaceSpec: object({ finalizers: array(string, { 'x-kubernetes-list-type': 'atomic' }) }),
  NamespaceCondition: object({ lastTransitionTime: time, message: string, reason: string, status: string, type: string }, ['type', 'status']),
  NamespaceStatus: object({
    conditions: array(ref(`${CORE}.NamespaceCondition`), { ...mergeList('type'), 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['type'] }),
    phase: string,
  }),
  ServicePort: object(
    { appProtocol: string, name: string, nodePort: int32, port: int32, protocol: string, targetPort: ref('io.k8s.apimachinery.pkg.util.intstr.IntOrString') },
    ['port'],
  ),
  ClientIPConfig: object({ timeoutSeconds: int32 }),
  SessionAffinityConfig: object({ clientIP: ref(`${CORE}.ClientIPConfig`) }),
  ServiceSpec: object({
    allocateLoadBalancerNodePorts: boolean,
    clusterIP: string,
    clusterIPs: array(string, { 'x-kubernetes-list-type': 'atomic' }),
    externalIPs: array(string, { 'x-kubernetes-list-type': 'atomic' }),
    externalName: string,
    externalTrafficPolicy: string,
    healthCheckNodePort: int32,
    internalTrafficPolicy: string,
    ipFamilies: array(string, { 'x-kubernetes-list-type': 'atomic' }),
    ipFamilyPolicy: string,
    loadBalancerClass: string,
    loadBalancerIP: string,
    loadBalancerSourceRanges: array(string, { 'x-kubernetes-list-type': 'atomic' }),
    ports: array(ref(`${CORE}.ServicePort`), { ...mergeList('port'), 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['port', 'protocol'] }),
    publishNotReadyAddresses: boolean,
    selector: { ...stringMap, 'x-kubernetes-map-type': 'atomic' },
    sessionAffinity: string,
    sessionAffinityConfig: ref(`${CORE}.SessionAffinityConfig`),
    trafficDistribution: string,
    type: string,
  }),
  PortStatus: object({ error: string, port: int32, protocol: string }, ['port', 'protocol']),
  LoadBalancerIngress: object({ hostname: string, ip: string, ipMode: string, ports: array(ref(`${CORE}.PortStatus`), { 'x-kubernetes-list-type': 'atomic' }) }),
  LoadBalancerStatus: object({ ingress: array(ref(`${CORE}.LoadBalancerIngress`), { 'x-kubernetes-list-type': 'atomic' }) }),
  ServiceStatus: object({
    conditions: array(ref(`${META}.Condition`), { ...mergeList('type'), 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['type'] }),
    loadBalancer: ref(`${CORE}.LoadBalancerStatus`),
  }),
  EndpointAddress: object({ hostname: string, ip: string, nodeName: string, targetRef: ref(`${CORE}.ObjectReference`) }, ['ip']),
  EndpointPort: object({ appProtocol: string, name: string, port: int32, protocol: string }, ['port']),
  EndpointSubset: object({
    addresses: array(ref(`${CORE}.EndpointAddress`), { 'x-kubernetes-list-type': 'atomic' }),
    notReadyAddresses: array(ref(`${CORE}.EndpointAddress`), { 'x-kubernetes-list-type': 'atomic' }),
    ports: array(ref(`${CORE}.EndpointPort`), { 'x-kubernetes-list-type': 'atomic' }),
  }),
};

/** Fields besides apiVersion, kind and metadata, per kind the stand-in serves. */
function kindFields(rt: ResourceType, version: string): Record<string, Schema> {
  const p = definitionPrefix(rt.group, version);
  switch (`${rt.group}/${rt.kind}`) {
    case '/Namespace':
      return { spec: ref(`${CORE}.NamespaceSpec`), status: ref(`${CORE}.NamespaceStatus`) };
    case '/ServiceAccount':
      return {
        automountServiceAccountToken: boolean,
        imagePullSecrets: array(ref(`${CORE}.LocalObjectReference`), { 'x-kubernetes-list-type': 'atomic' }),
        secrets: array(ref(`${CORE}.ObjectReference`), { ...mergeList('name'), 'x-kubernetes-list-type': 'map', 'x-kubernetes-list-map-keys': ['name'] }),
      };
    case '/Service':
      return { spec: ref(`${CORE}.ServiceSpec`), status: ref(`${CORE}.ServiceStatus`) };
    case '/ConfigMap':
      return { binaryData: byteMap, data: stringMap, immutable: boolean };
    case '/Secret':
      return { data: byteMap, immutable: boolean, stringData: stringMap, type: string };
    case '/Endpoints':
      return { subsets: array(ref(`${CORE}.EndpointSubset`), { 'x-kubernetes-list-type': 'atomic' }) };
    case 'coordination.k8s.io/Lease':
      return { spec: ref(`${p}.LeaseSpec`) };
    default:
      if (!rt.custom) throw new Error(`openapi v2: no schema for ${rt.kind}`);
      return { spec: istioSpec(rt.kind), status: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } };
  }
}

const WORKLOAD_ENTRY: Record<string, Schema> = {
  address: { type: 'string', maxLength: 256, description: 'Address associated with the network endpoint without the port.' },
  labels: { ...stringMap, maxProperties: 256 },
  locality: string,
  network: string,
  ports: { type: 'object', additionalProperties: uint32, description: 'Set of ports associated with the endpoint.' },
  serviceAccount: string,
  weight: uint32,
};

const PORT: Schema = object({ name: string, number: uint32, protocol: string, targetPort: uint32 });
const CAPTURE_MODE: Schema = { type: 'string', enum: ['DEFAULT', 'IPTABLES', 'NONE'] };

function istioSpec(kind: string): Schema {
  switch (kind) {
    case 'WorkloadEntry':
      return object(WORKLOAD_ENTRY);
    case 'WorkloadGroup':
      return object(
        {
          metadata: object({ annotations: stringMap, labels: stringMap }),
          probe: anyObject('Readiness probe (httpGet, tcpSocket, exec, grpc and timings); not described by the stand-in.'),
          template: object(WORKLOAD_ENTRY),
        },
        ['template'],
      );
    case 'Sidecar':
      return object({
        egress: array(object({ bind: string, captureMode: CAPTURE_MODE, hosts: strings, port: PORT }, ['hosts'])),
        inboundConnectionPool: anyObject('Connection pool settings; not described by the stand-in.'),
        ingress: array(
          object(
            {
              bind: string,
              captureMode: CAPTURE_MODE,
              connectionPool: anyObject('Connection pool settings; not described by the stand-in.'),
              defaultEndpoint: string,
              port: PORT,
              tls: anyObject('Server TLS settings; not described by the stand-in.'),
            },
            ['port'],
          ),
        ),
        outboundTrafficPolicy: object({
          egressProxy: object({ host: string, port: object({ number: uint32 }), subset: string }, ['host']),
          mode: { type: 'string', enum: ['REGISTRY_ONLY', 'ALLOW_ANY'] },
        }),
        workloadSelector: object({ labels: { ...stringMap, maxProperties: 256 } }),
      });
    default:
      return anyObject(`${kind} spec; not described by the stand-in.`);
  }
}

function typeMetaFields(): Record<string, Schema> {
  return { apiVersion: string, kind: string, metadata: ref(`${META}.ObjectMeta`) };
}

function check(what: string, got: string[], want: string[]): void {
  const a = [...got].sort().join(',');
  const b = [...want].sort().join(',');
  if (a !== b) throw new Error(`openapi v2 schema of ${what} (${a}) differs from the stand-in's own fields (${b})`);
}

/** All definitions, keyed by their real names. */
export function buildDefinitions(): Record<string, Schema> {
  const defs: Record<string, Schema> = { 'io.k8s.apimachinery.pkg.util.intstr.IntOrString': { type: 'string', format: 'int-or-string' } };
  for (const [n, s] of Object.entries(META_TYPES)) defs[`${META}.${n}`] = s;
  for (const [n, s] of Object.entries(CORE_TYPES)) defs[`${CORE}.${n}`] = s;
  defs['io.k8s.api.coordination.v1.LeaseSpec'] = object({
    acquireTime: ref(`${META}.MicroTime`),
    holderIdentity: string,
    leaseDurationSeconds: int32,
    leaseTransitions: int32,
    preferredHolder: string,
    renewTime: ref(`${META}.MicroTime`),
    strategy: string,
  });
  const auth = 'io.k8s.api.authentication.v1';
  defs[`${auth}.BoundObjectReference`] = object({ apiVersion: string, kind: string, name: string, uid: string });
  defs[`${auth}.TokenRequestSpec`] = object(
    { audiences: array(string, { 'x-kubernetes-list-type': 'atomic' }), boundObjectRef: ref(`${auth}.BoundObjectReference`), expirationSeconds: int64 },
    ['audiences'],
  );
  defs[`${auth}.TokenRequestStatus`] = object({ expirationTimestamp: time, token: string }, ['token', 'expirationTimestamp']);
  defs[`${auth}.TokenRequest`] = object(
    { ...typeMetaFields(), spec: ref(`${auth}.TokenRequestSpec`), status: ref(`${auth}.TokenRequestStatus`) },
    ['spec'],
    gvkList('authentication.k8s.io', 'v1', 'TokenRequest'),
  );

  for (const rt of RESOURCES) {
    for (const version of rt.versions) {
      const p = definitionPrefix(rt.group, version);
      const fields = kindFields(rt, version);
      check(`${rt.kind} ${version}`, ['apiVersion', 'kind', 'metadata', ...Object.keys(fields)], rt.topLevel);
      defs[`${p}.${rt.kind}`] = object({ ...typeMetaFields(), ...fields }, undefined, gvkList(rt.group, version, rt.kind));
      defs[`${p}.${rt.kind}List`] = object(
        { apiVersion: string, items: array(ref(`${p}.${rt.kind}`)), kind: string, metadata: ref(`${META}.ListMeta`) },
        ['items'],
        gvkList(rt.group, version, `${rt.kind}List`),
      );
    }
  }
  check('WorkloadEntry spec', Object.keys(WORKLOAD_ENTRY), WORKLOAD_ENTRY_SPEC);
  return defs;
}

/** The definition name of a kind in a version ("io.istio.networking.v1beta1.WorkloadEntry"). */
export function definitionName(apiVersion: string, kind: string): string {
  const { group, version } = splitApiVersion(apiVersion);
  return `${definitionPrefix(group, version)}.${kind}`;
}
