// Mesh names on the VM. A proxy in interception mode NONE (no iptables) binds each outbound
// listener on the Sidecar egress listener's `bind` address, else on 127.0.0.1
// (pilot/pkg/networking/core/listener.go), so an application on the VM reaches a mesh
// service by name only if the name resolves, on the VM, to that address. These are the
// /etc/hosts entries that make it so, for the mesh hosts the VM calls (`mesh-hosts` and the
// host of `probe-from-vm-url`), each at the address of the effective Sidecar's egress
// listener that imports it (pure). With interception redirect (Istio's iptables step) there are
// none: names resolve through pilot-agent's DNS proxy and connections are captured to Envoy.
import { isIPAddress } from '../config/ip-address.js';
import { InputError, type InputProblem } from '../config/errors.js';
import type { Settings } from '../config/settings.js';
import { isMap, locate, type HostsEntry, type Labels, type WorkloadIdentity } from './effective-workload.js';
import { objectRef, type KubeObject, type RenderedObject } from './kube-object.js';

/** Where Envoy listens when the Sidecar's egress listener has no bind (Istio's default in NONE mode). */
export const DEFAULT_BIND = '127.0.0.1';

export type { HostsEntry } from './effective-workload.js';

export interface EgressListener {
  port?: number;
  /** The address Envoy binds: the listener's bind, else 127.0.0.1. */
  bind: string;
  hosts: string[];
}

function selectorOf(o: KubeObject): Labels | undefined {
  const spec = isMap(o.spec) ? o.spec : {};
  const labels = isMap(spec.workloadSelector) ? spec.workloadSelector.labels : undefined;
  return isMap(labels) && Object.keys(labels).length > 0 ? (labels as Labels) : undefined;
}

const subsetOf = (selector: Labels, labels: Labels): boolean => Object.entries(selector).every(([k, v]) => labels[k] === v);

/**
 * The Sidecar istiod gives this workload: one in its namespace whose workloadSelector selects
 * its labels, else the namespace's Sidecar without a selector (as Istio prefers them).
 */
export function sidecarFor(objects: RenderedObject[], w: Pick<WorkloadIdentity, 'namespace' | 'labels'>): RenderedObject | undefined {
  const inNamespace = objects.filter((r) => r.object.kind === 'Sidecar' && (r.object.metadata.namespace ?? w.namespace) === w.namespace);
  return (
    inNamespace.find((r) => {
      const sel = selectorOf(r.object);
      return sel !== undefined && subsetOf(sel, w.labels);
    }) ?? inNamespace.find((r) => selectorOf(r.object) === undefined)
  );
}

/** A Service in the workload's namespace whose selector picks the workload. */
export function serviceFor(objects: RenderedObject[], w: Pick<WorkloadIdentity, 'namespace' | 'labels'>): RenderedObject | undefined {
  return objects.find((r) => {
    if (r.object.kind !== 'Service' || (r.object.metadata.namespace ?? w.namespace) !== w.namespace) return false;
    const selector = isMap(r.object.spec) && isMap(r.object.spec.selector) ? (r.object.spec.selector as Labels) : undefined;
    return selector !== undefined && Object.keys(selector).length > 0 && subsetOf(selector, w.labels);
  });
}

/** The Sidecar's egress listeners; without any, Istio imports every host on 127.0.0.1. */
export function egressListeners(sidecar: KubeObject | undefined): EgressListener[] {
  const spec = sidecar && isMap(sidecar.spec) ? sidecar.spec : {};
  const egress = Array.isArray(spec.egress) ? spec.egress.filter(isMap) : [];
  if (egress.length === 0) return [{ bind: DEFAULT_BIND, hosts: ['*/*'] }];
  return egress.map((e) => {
    const port = isMap(e.port) && Number.isInteger(e.port.number) ? (e.port.number as number) : undefined;
    const hosts = Array.isArray(e.hosts) ? e.hosts.filter((h): h is string => typeof h === 'string') : [];
    return { ...(port !== undefined ? { port } : {}), bind: typeof e.bind === 'string' && e.bind !== '' ? e.bind : DEFAULT_BIND, hosts };
  });
}

/** The namespace of a Kubernetes service name (name.namespace.svc...), else undefined. */
function namespaceOfHost(host: string): string | undefined {
  return /^[^.]+\.([^.]+)\.svc(\.|$)/.exec(host)?.[1];
}

/**
 * Whether an egress `hosts` item (namespace/dnsName) imports a host. The namespace part is
 * checked only for Kubernetes service names, whose namespace is in the name; for other hosts
 * (ServiceEntry hosts) it cannot be known here, so any namespace but "~" counts.
 */
export function imports(item: string, host: string, sidecarNamespace: string): boolean {
  const slash = item.indexOf('/');
  const ns = slash < 0 ? '*' : item.slice(0, slash);
  const dns = (slash < 0 ? item : item.slice(slash + 1)).toLowerCase();
  if (ns === '~') return false;
  const hostNs = namespaceOfHost(host);
  const nsOk = ns === '*' || hostNs === undefined || hostNs === (ns === '.' ? sidecarNamespace : ns);
  const dnsOk = dns === '*' || (dns.startsWith('*.') ? host.endsWith(dns.slice(1)) : host === dns);
  return nsOk && dnsOk;
}

/**
 * The address the sidecar listens on for host (and port). A listener with that port wins;
 * else the catch-all listener (no port), unless a port listener on the same address has the
 * port (istiod then locks it). Without a port, every listener that imports the host must
 * agree on one address, since /etc/hosts maps a name to one.
 */
export function listenerAddress(
  listeners: EgressListener[],
  host: string,
  port: number | undefined,
  sidecarNamespace: string,
): { address?: string; why?: string } {
  const importing = listeners.filter((l) => l.hosts.some((h) => imports(h, host, sidecarNamespace)));
  const catchAll = importing.find((l) => l.port === undefined);
  if (port !== undefined) {
    const exact = importing.find((l) => l.port === port);
    if (exact) return { address: exact.bind };
    const locked = listeners.some((l) => l.port === port && l.bind === catchAll?.bind);
    if (catchAll && !locked) return { address: catchAll.bind };
    return { why: 'no egress listener imports it on that port' };
  }
  const addresses = [...new Set(importing.map((l) => l.bind))];
  if (addresses.length === 1) return { address: addresses[0] };
  if (addresses.length === 0) return { why: 'no egress listener imports it' };
  return { why: `egress listeners import it on several addresses (${addresses.join(', ')}): give its port as host:port` };
}

/** The host of probe-from-vm-url when it is a name (an IP needs no /etc/hosts entry). */
export function probeHost(url: string): { host: string; port: number } | undefined {
  if (!url) return undefined;
  const u = new URL(url);
  const host = u.hostname.toLowerCase();
  if (isIPAddress(host.replace(/^\[|\]$/g, '')) || host === 'localhost') return undefined;
  return { host, port: Number(u.port || (u.protocol === 'https:' ? 443 : 80)) };
}

/**
 * Every mesh host the VM calls, with the address its sidecar listens on for it. Throws
 * InputError. With interception redirect none: the names resolve through pilot-agent's DNS
 * proxy (DNS capture) and connections are captured to Envoy, so /etc/hosts holds no mesh host;
 * each must still be imported by the Sidecar.
 */
export function meshHostEntries(s: Settings, w: WorkloadIdentity, objects: RenderedObject[]): HostsEntry[] {
  const wanted: Array<Omit<HostsEntry, 'address'>> = s.workload.meshHosts.map((h) => ({ ...h, input: 'mesh-hosts' as const }));
  const probe = probeHost(s.probe.fromVmUrl);
  if (probe) wanted.push({ ...probe, input: 'probe-from-vm-url' });
  if (wanted.length === 0) return [];
  const sidecar = sidecarFor(objects, w);
  const listeners = egressListeners(sidecar?.object);
  const problems: InputProblem[] = [];
  const entries: HostsEntry[] = [];
  for (const h of wanted) {
    const { address, why } = listenerAddress(listeners, h.host, h.port, w.namespace);
    const name = `${h.host}${h.port !== undefined ? `:${h.port}` : ''}`;
    const where = sidecar ? locate(sidecar, ['spec', 'egress']) : undefined;
    const at = where?.file ? { file: where.file, ...(where.line ? { line: where.line } : {}) } : {};
    const sidecarText = sidecar ? `${objectRef(sidecar.object)} (${where?.at})` : `the mesh's default Sidecar`;
    // With Istio's iptables step the listeners are not bound: an import is all a name needs.
    if (s.proxy.interception === 'redirect' && (address || !why?.startsWith('no egress listener'))) continue;
    if (!address) {
      problems.push({
        input: h.input,
        message: `names ${name}, but in ${sidecarText} ${why}, so no application on the VM could reach it through the sidecar: add it to the Sidecar's egress hosts (e.g. */${h.host})`,
        ...at,
      });
      continue;
    }
    if (!isIPAddress(address)) {
      problems.push({
        input: h.input,
        message: `names ${name}, which ${sidecarText} binds to ${address}: /etc/hosts can only point a name at an IP address`,
        ...at,
      });
      continue;
    }
    const same = entries.find((e) => e.host === h.host);
    if (same && same.address !== address) {
      problems.push({
        input: h.input,
        message: `names ${name} at ${address} in ${sidecarText}, but ${same.host}${same.port !== undefined ? `:${same.port}` : ''} is at ${same.address}: /etc/hosts maps a name to one address`,
        ...at,
      });
      continue;
    }
    if (!same) entries.push({ ...h, address });
  }
  if (problems.length > 0) throw new InputError(problems);
  return entries;
}

/** The marker lines of this workload's block in /etc/hosts. */
export function hostsBlockMarker(w: Pick<WorkloadIdentity, 'namespace' | 'name'>): string {
  return `istio-vm-onboard ${w.namespace}/${w.name}`;
}

/** The block's entry lines, "ADDRESS NAME...", one per address in first-seen order. */
export function hostsBlockLines(entries: HostsEntry[]): string[] {
  const byAddress = new Map<string, string[]>();
  for (const e of entries) byAddress.set(e.address, [...(byAddress.get(e.address) ?? []), e.host]);
  return [...byAddress.entries()].map(([address, hosts]) => `${address} ${hosts.join(' ')}`);
}
