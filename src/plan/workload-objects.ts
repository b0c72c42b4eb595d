// The objects that register a VM workload, built from settings alone (pure), in the shape
// the workshop applies: ServiceAccount, Service, WorkloadEntry, Sidecar.
import type { Settings } from '../config/settings.js';
import type { KubeObject } from './kube-object.js';
import { MANAGED_BY_LABEL, MANAGED_BY_VALUE, WORKLOAD_LABEL } from './labels.js';

/** Without iptables on the VM (interception mode NONE), apps reach the mesh at this address. */
export const EGRESS_BIND_ADDRESS = '127.0.0.2';

function metadata(s: Settings, name: string, extraLabels: Record<string, string> = {}): KubeObject['metadata'] {
  return {
    name,
    namespace: s.workload.namespace,
    labels: { ...extraLabels, [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [WORKLOAD_LABEL]: s.workload.name },
  };
}

export function namespaceObject(s: Settings): KubeObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name: s.workload.namespace } };
}

export function serviceAccount(s: Settings): KubeObject {
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: metadata(s, s.workload.serviceAccount) };
}

export function service(s: Settings): KubeObject | undefined {
  if (s.workload.ports.length === 0) return undefined;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadata(s, s.workload.name, s.workload.labels),
    spec: {
      selector: s.workload.labels,
      ports: s.workload.ports.map((p) => ({ name: p.name, port: p.number, targetPort: p.number, protocol: 'TCP' })),
    },
  };
}

export function workloadEntry(s: Settings, network: string): KubeObject {
  return {
    apiVersion: 'networking.istio.io/v1',
    kind: 'WorkloadEntry',
    metadata: metadata(s, s.workload.name),
    spec: {
      address: s.workload.address,
      labels: s.workload.labels,
      serviceAccount: s.workload.serviceAccount,
      ...(s.workload.ports.length ? { ports: Object.fromEntries(s.workload.ports.map((p) => [p.name, p.number])) } : {}),
      ...(network ? { network } : {}),
    },
  };
}

/**
 * The VM's Sidecar: inbound traffic on each port goes to the app on 127.0.0.1 (the proxy
 * does not capture with iptables), and outbound mesh traffic is reached through the
 * egress listeners bound to EGRESS_BIND_ADDRESS.
 */
export function sidecar(s: Settings, egressPorts: number[]): KubeObject {
  return {
    apiVersion: 'networking.istio.io/v1',
    kind: 'Sidecar',
    metadata: metadata(s, s.workload.name),
    spec: {
      workloadSelector: { labels: s.workload.labels },
      ingress: s.workload.ports.map((p) => ({
        port: { number: p.number, protocol: p.protocol, name: p.name },
        defaultEndpoint: `127.0.0.1:${p.number}`,
      })),
      egress: [
        ...egressPorts.map((port) => ({
          port: { number: port, protocol: 'HTTP', name: `egress-http-${port}` },
          bind: EGRESS_BIND_ADDRESS,
          hosts: ['*/*'],
        })),
        { hosts: ['./*', `${s.cluster.istioNamespace}/*`] },
      ],
    },
  };
}
