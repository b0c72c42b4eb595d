// Defaulting the real server does on write for the core kinds we serve (Service cluster IPs,
// node ports, port protocol/targetPort; Namespace phase and name label; Secret type), so
// objects read back look like a cluster's.
import type { ResourceType } from './resources.js';
import { isPlainObject, type JsonObject, type KubeObject } from './types.js';

export class Allocator {
  private nextIp = 10;
  private nextNodePort = 30000;
  clusterIP(): string {
    const n = this.nextIp++;
    return `10.96.${Math.floor(n / 250)}.${(n % 250) + 1}`;
  }
  nodePort(): number {
    return this.nextNodePort++;
  }
}

/** Applies defaults to `obj` (mutated). `old` is the stored object on update: allocations carry over. */
export function applyDefaults(rt: ResourceType, obj: KubeObject, old: KubeObject | undefined, alloc: Allocator): void {
  if (rt.plural === 'namespaces') {
    obj.metadata.labels = { ...(obj.metadata.labels ?? {}), 'kubernetes.io/metadata.name': obj.metadata.name };
    obj['spec'] = { finalizers: ['kubernetes'], ...((obj['spec'] as JsonObject | undefined) ?? {}) };
    obj['status'] = { phase: 'Active', ...((old?.['status'] as JsonObject | undefined) ?? {}) };
  }
  if (rt.plural === 'secrets' && obj['type'] === undefined) obj['type'] = 'Opaque';
  if (rt.plural === 'services') defaultService(obj, old, alloc);
}

function defaultService(obj: KubeObject, old: KubeObject | undefined, alloc: Allocator): void {
  const spec = (isPlainObject(obj['spec']) ? obj['spec'] : (obj['spec'] = {})) as JsonObject;
  const oldSpec = (old?.['spec'] ?? {}) as JsonObject;
  spec['type'] ??= 'ClusterIP';
  spec['sessionAffinity'] ??= 'None';
  const type = spec['type'];
  if (type !== 'ExternalName') {
    spec['clusterIP'] ??= oldSpec['clusterIP'] ?? alloc.clusterIP();
    spec['clusterIPs'] ??= oldSpec['clusterIPs'] ?? [spec['clusterIP']];
    spec['ipFamilies'] ??= ['IPv4'];
    spec['ipFamilyPolicy'] ??= 'SingleStack';
    spec['internalTrafficPolicy'] ??= 'Cluster';
  }
  if (type === 'LoadBalancer' || type === 'NodePort') {
    spec['externalTrafficPolicy'] ??= 'Cluster';
    if (type === 'LoadBalancer') spec['allocateLoadBalancerNodePorts'] ??= true;
  }
  const oldPorts = Array.isArray(oldSpec['ports']) ? (oldSpec['ports'] as JsonObject[]) : [];
  if (Array.isArray(spec['ports'])) {
    for (const p of spec['ports'] as JsonObject[]) {
      if (!isPlainObject(p)) continue;
      p['protocol'] ??= 'TCP';
      if (p['targetPort'] === undefined && p['port'] !== undefined) p['targetPort'] = p['port'];
      if (type === 'LoadBalancer' || type === 'NodePort') {
        const prev = oldPorts.find((o) => o['port'] === p['port'] && (o['protocol'] ?? 'TCP') === p['protocol']);
        p['nodePort'] ??= prev?.['nodePort'] ?? alloc.nodePort();
      }
    }
  }
  if (!isPlainObject(obj['status'])) obj['status'] = (old?.['status'] as JsonObject | undefined) ?? { loadBalancer: {} };
}
