// The objects that register a VM workload, built from the effective workload (pure), in the
// shape the workshop applies: ServiceAccount, Service, WorkloadEntry, Sidecar.
import type { Interception } from '../config/settings.js';
import type { WorkloadIdentity } from './effective-workload.js';
import type { KubeObject } from './kube-object.js';
import { HEALTH_CHECKS_ANNOTATION, MANAGED_BY_LABEL, MANAGED_BY_VALUE, WORKLOAD_LABEL } from './labels.js';

/** Without iptables on the VM (interception mode NONE), apps reach the mesh at this address. */
export const EGRESS_BIND_ADDRESS = '127.0.0.2';

function metadata(w: WorkloadIdentity, name: string, extraLabels: Record<string, string> = {}): KubeObject['metadata'] {
  return {
    name,
    namespace: w.namespace,
    labels: { ...extraLabels, [MANAGED_BY_LABEL]: MANAGED_BY_VALUE, [WORKLOAD_LABEL]: w.name },
  };
}

export function namespaceObject(w: WorkloadIdentity): KubeObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name: w.namespace } };
}

export function serviceAccount(w: WorkloadIdentity): KubeObject {
  const meta = metadata(w, w.serviceAccount);
  // A ServiceAccount not named after the workload may be shared by several (service-account):
  // a workload label would flip with each one applied, and a fleet could not apply it once.
  if (w.serviceAccount !== w.name) delete meta.labels?.[WORKLOAD_LABEL];
  return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: meta };
}

export function service(w: WorkloadIdentity): KubeObject | undefined {
  if (w.ports.length === 0) return undefined;
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: metadata(w, w.name, w.labels),
    spec: {
      selector: w.labels,
      ports: w.ports.map((p) => ({ name: p.name, port: p.number, targetPort: p.number, protocol: 'TCP' })),
    },
  };
}

export function workloadEntry(w: WorkloadIdentity, network: string): KubeObject {
  return {
    apiVersion: 'networking.istio.io/v1',
    kind: 'WorkloadEntry',
    metadata: metadata(w, w.name),
    spec: {
      address: w.address,
      labels: w.labels,
      serviceAccount: w.serviceAccount,
      ...(w.ports.length ? { ports: Object.fromEntries(w.ports.map((p) => [p.name, p.number])) } : {}),
      ...(network ? { network } : {}),
    },
  };
}

/** The group's probe, also the proxy's readinessProbe (pilot-agent runs it and reports to istiod): a TCP connect to the first port. */
export function groupProbe(w: Pick<WorkloadIdentity, 'ports'>): Record<string, unknown> | undefined {
  const first = w.ports[0];
  return first ? { tcpSocket: { port: first.number }, periodSeconds: 2, failureThreshold: 2 } : undefined;
}

/**
 * Whether istiod marks the VM's entry healthy only from the probe: the user's group says so by its annotation; the built-
 * in one whenever there is a port to probe.
 */
export function groupHealthChecks(w: Pick<WorkloadIdentity, 'ports' | 'group'>): boolean {
  return w.group ? w.group.healthChecks : w.ports.length > 0;
}

/**
 * registration: workload-group: the template istiod fills in when this VM's proxy connects with
 * ISTIO_META_AUTO_REGISTER_GROUP (auto-registration), with health checks on: the entry stays
 * unhealthy (no traffic) until the probe, a TCP connect to the first port, passes on the VM.
 */
export function workloadGroup(w: WorkloadIdentity, network: string): KubeObject {
  const first = w.ports[0];
  const probe = groupProbe(w);
  return {
    apiVersion: 'networking.istio.io/v1',
    kind: 'WorkloadGroup',
    metadata: metadata(w, w.name),
    spec: {
      metadata: { labels: w.labels, ...(first ? { annotations: { [HEALTH_CHECKS_ANNOTATION]: 'true' } } : {}) },
      template: {
        serviceAccount: w.serviceAccount,
        ...(w.ports.length ? { ports: Object.fromEntries(w.ports.map((p) => [p.name, p.number])) } : {}),
        ...(network ? { network } : {}),
      },
      ...(probe ? { probe } : {}),
    },
  };
}

/** What the VM calls out to: ports that get their own HTTP listener, and hosts to import. */
export interface EgressPlan {
  /** The port of probe-from-vm-url: an HTTP listener importing every host on it. */
  ports: number[];
  /** mesh-hosts: imported by the catch-all listener, whatever their namespace. */
  hosts: string[];
  /** none: the listeners bound to EGRESS_BIND_ADDRESS; redirect: unbound, reached through iptables. */
  interception: Interception;
}

/**
 * The VM's Sidecar: inbound traffic on each port goes to the app on 127.0.0.1, and outbound
 * mesh traffic is reached only through the egress listeners: without iptables (interception
 * none) bound to EGRESS_BIND_ADDRESS, as in the workshop's own Sidecar; with Istio's iptables
 * step (redirect) without a bind, so a connection to a Service's address, captured to 15001,
 * finds its listener (a bind would make the listener match only connections to that address).
 */
export function sidecar(w: WorkloadIdentity, egress: EgressPlan): KubeObject {
  const bind = egress.interception === 'none' ? { bind: EGRESS_BIND_ADDRESS } : {};
  return {
    apiVersion: 'networking.istio.io/v1',
    kind: 'Sidecar',
    metadata: metadata(w, w.name),
    spec: {
      workloadSelector: { labels: w.labels },
      ingress: w.ports.map((p) => ({
        port: { number: p.number, protocol: p.protocol, name: p.name },
        defaultEndpoint: `127.0.0.1:${p.number}`,
      })),
      egress: [
        ...egress.ports.map((port) => ({
          port: { number: port, protocol: 'HTTP', name: `egress-http-${port}` },
          ...bind,
          hosts: ['*/*'],
        })),
        // Without iptables (interception mode NONE) a catch-all egress listener without a bind
        // binds every imported service port on 127.0.0.1 (pilot/pkg/networking/core/
        // listener.go), which collides with the VM's own app (Envoy then rejects the whole LDS
        // update: "cannot bind 127.0.0.1:8080") and shadows :15021. So the catch-all imports
        // only the mesh-hosts, on EGRESS_BIND_ADDRESS too (one address for /etc/hosts), and
        // else nothing: "~/*" (an egress list must not be empty: empty means "*/*",
        // pilot/pkg/model/sidecar.go).
        egress.hosts.length > 0 ? { ...bind, hosts: [...new Set(egress.hosts)].map((h) => `*/${h}`) } : { hosts: ['~/*'] },
      ],
    },
  };
}
