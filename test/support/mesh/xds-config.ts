// What the istiod stand-in computes for one proxy: our stand-in of the LDS/RDS/CDS answer,
// made from the Kubernetes objects the action applied. Pure, so it is easy to reason about.
//
// As istiod does with interception mode NONE:
//   - the Sidecar is the one in the proxy's namespace whose workloadSelector.labels are a
//     subset of the workload's labels, else the namespace's selector-less Sidecar, else the
//     root namespace's (istio-system) selector-less one;
//   - ingress entries become inbound listeners (bind or INSTANCE_IP : port.number ->
//     defaultEndpoint; 0.0.0.0:P means the instance IP);
//   - egress entries with a bind become outbound listeners on bind:port (one per service port
//     when the entry has no port), routing the services their `hosts` make visible
//     (`ns/host`: ns `.`, `*`, `~` or a name; host `*`, `*.suffix` or exact). Entries without
//     bind would need traffic capture, which VMs without iptables do not have: skipped with a
//     warning.
// Every route goes to the east-west gateway (the VM is on another network) with the service's
// FQDN:port as Host, which the gateway stand-in routes on.
import { createHash } from 'node:crypto';
import type { KubeObject } from '../mesh-standin.js';

export interface MeshService {
  host: string; // FQDN, e.g. frontend.demo.svc.cluster.local
  namespace: string; // '' when the host is not NAME.NS.svc.*
  ports: number[];
}

export interface InboundListener {
  port: number;
  bind?: string;
  endpoint: string; // host:port of the app
}

export interface OutboundRoute {
  domains: string[]; // Host header values that select the route (lower case)
  cluster: string; // outbound|PORT||FQDN
  upstream: string; // host:port to connect to (the gateway)
  authority: string; // Host to send upstream
}

export interface OutboundListener {
  bind: string;
  port: number;
  routes: OutboundRoute[];
}

export interface ProxyConfig {
  version: string;
  identity: string;
  trustDomain: string;
  sidecar: string | null;
  inbound: InboundListener[];
  outbound: OutboundListener[];
  warnings: string[];
}

export function workloadLabels(we: KubeObject): Record<string, string> {
  return { ...(we.metadata.labels ?? {}), ...((we.spec?.labels as Record<string, string> | undefined) ?? {}) };
}

function selects(selector: Record<string, string> | undefined, labels: Record<string, string>): boolean {
  return !!selector && Object.entries(selector).every(([k, v]) => labels[k] === v);
}

export function selectSidecar(sidecars: KubeObject[], namespace: string, labels: Record<string, string>, rootNamespace = 'istio-system'): KubeObject | undefined {
  const byName = [...sidecars].sort((a, b) => a.metadata.name.localeCompare(b.metadata.name));
  const inNs = byName.filter((s) => s.metadata.namespace === namespace);
  const noSelector = (s: KubeObject) => !s.spec?.workloadSelector?.labels;
  return (
    inNs.find((s) => selects(s.spec?.workloadSelector?.labels, labels)) ??
    inNs.find(noSelector) ??
    byName.filter((s) => s.metadata.namespace === rootNamespace).find(noSelector)
  );
}

export function hostVisible(patterns: string[], svc: MeshService, sidecarNamespace: string): boolean {
  return patterns.some((p) => {
    const slash = p.indexOf('/');
    const ns = slash < 0 ? '*' : p.slice(0, slash);
    const host = slash < 0 ? p : p.slice(slash + 1);
    const nsOk = ns === '*' || (ns === '.' ? svc.namespace === sidecarNamespace : ns !== '~' && ns === svc.namespace);
    const hostOk = host === '*' || (host.startsWith('*.') ? svc.host.endsWith(host.slice(1)) : host === svc.host);
    return nsOk && hostOk;
  });
}

export function domainsFor(svc: MeshService, port: number, proxyNamespace: string): string[] {
  const names = [svc.host];
  const m = /^([^.]+)\.([^.]+)\.svc\.(.+)$/.exec(svc.host);
  if (m) {
    const [, name, ns] = m;
    names.push(`${name}.${ns}`, `${name}.${ns}.svc`);
    if (ns === proxyNamespace) names.push(name!);
  }
  return names.flatMap((n) => [n, `${n}:${port}`]);
}

export interface ConfigInput {
  workloadName: string;
  /** The proxy's own labels (ISTIO_METAJSON_LABELS); the WorkloadEntry's when it sends none. */
  labels: Record<string, string>;
  workloadEntry?: KubeObject;
  sidecars: KubeObject[];
  services: MeshService[];
  namespace: string;
  serviceAccount: string;
  instanceIp: string;
  trustDomain: string;
  gateway: string; // host:port of the east-west gateway
}

export function computeProxyConfig(input: ConfigInput): ProxyConfig {
  const { namespace, instanceIp } = input;
  const warnings: string[] = [];
  const weAddress = input.workloadEntry?.spec?.address as string | undefined;
  if (weAddress && weAddress !== instanceIp) {
    warnings.push(`WorkloadEntry ${namespace}/${input.workloadName} has address ${weAddress} but INSTANCE_IP is ${instanceIp}`);
  }
  const labels = Object.keys(input.labels).length || !input.workloadEntry ? input.labels : workloadLabels(input.workloadEntry);
  const sidecar = selectSidecar(input.sidecars, namespace, labels);
  if (!sidecar) warnings.push(`no Sidecar selects workload ${namespace}/${input.workloadName}: no inbound or outbound listeners`);

  const inbound: InboundListener[] = [];
  for (const ing of (sidecar?.spec?.ingress ?? []) as any[]) {
    const port = Number(ing?.port?.number);
    if (!port) continue;
    let endpoint = String(ing.defaultEndpoint ?? `127.0.0.1:${port}`);
    if (endpoint.startsWith('unix://')) {
      warnings.push(`ingress port ${port}: unix socket endpoints are not supported by the stand-in`);
      continue;
    }
    if (endpoint.startsWith('0.0.0.0:')) endpoint = `${instanceIp}:${endpoint.slice(8)}`;
    inbound.push({ port, ...(ing.bind ? { bind: String(ing.bind) } : {}), endpoint });
  }

  const outbound: OutboundListener[] = [];
  for (const eg of (sidecar?.spec?.egress ?? []) as any[]) {
    const hosts: string[] = Array.isArray(eg?.hosts) ? eg.hosts : [];
    if (!eg?.bind) {
      warnings.push(`egress entry ${JSON.stringify(hosts)} has no bind address: it would need traffic capture; skipped`);
      continue;
    }
    const visible = input.services.filter((s) => hostVisible(hosts, s, sidecar!.metadata.namespace ?? namespace));
    const ports = eg.port?.number ? [Number(eg.port.number)] : [...new Set(visible.flatMap((s) => s.ports))].sort((a, b) => a - b);
    for (const port of ports) {
      const routes = visible
        .filter((s) => s.ports.includes(port))
        .map((s) => ({
          domains: domainsFor(s, port, namespace),
          cluster: `outbound|${port}||${s.host}`,
          upstream: input.gateway,
          authority: `${s.host}:${port}`,
        }));
      outbound.push({ bind: String(eg.bind), port, routes });
    }
  }

  const body = {
    identity: `spiffe://${input.trustDomain}/ns/${namespace}/sa/${input.serviceAccount}`,
    trustDomain: input.trustDomain,
    sidecar: sidecar ? `${sidecar.metadata.namespace}/${sidecar.metadata.name}` : null,
    inbound,
    outbound,
    warnings,
  };
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 12);
  return { version, ...body };
}
