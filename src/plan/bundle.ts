// The bootstrap bundle: the files a VM's istio-proxy needs, built from the effective
// workload (what the applied WorkloadEntry says), mesh facts and the token (pure). sidecar.env, istio-ca.pem and istio-token are what the docker runtime
// mounts (tctl's layout); cluster.env, mesh.yaml and hosts are the official istioctl files,
// so a systemd runtime can use the same bundle.
import { isIPv6 } from 'node:net';
import { stringify } from 'yaml';
import type { MeshFacts } from '../cluster/mesh-facts.js';
import type { WorkloadIdentity } from './effective-workload.js';
import { groupProbe } from './workload-objects.js';

export interface BundleFile {
  name: BundleFileName;
  mode: number;
  content: string;
  /** Never shown: dry-run and logs print a placeholder. */
  secret: boolean;
}

/** Where the proxy finds its secrets inside the container (and where the agent renews certs). */
export const CONTAINER_ROOT_CERT = '/var/run/secrets/istio/root-cert.pem';
export const CONTAINER_TOKEN = '/var/run/secrets/tokens/istio-token';
const CERTS_DIR = '/var/run/secrets/istio';

/** Every file of the bundle, as buildBundle writes them (offboarding removes these). */
export const BUNDLE_FILE_NAMES = ['sidecar.env', 'istio-ca.pem', 'istio-token', 'cluster.env', 'mesh.yaml', 'hosts'] as const;
type BundleFileName = (typeof BUNDLE_FILE_NAMES)[number];

/** A file mode as chmod takes it and people read it: 0640. */
export function formatMode(mode: number): string {
  return mode.toString(8).padStart(4, '0');
}

export function istiodHost(facts: MeshFacts): string {
  return `istiod.${facts.istioNamespace}.svc`;
}

/** The cluster-local names of istiod that --add-host / hosts map to the gateway IP. */
export function istiodAliases(facts: MeshFacts): string[] {
  const ns = facts.istioNamespace;
  return [`istiod.${ns}.svc`, `istiod.${ns}.svc.cluster.local`, `istiod.${ns}`];
}

/** Discovery and CA address: istiod's name via --add-host for an IP gateway, the gateway name + SNI otherwise. */
export function discoveryAddress(facts: MeshFacts): string {
  return facts.gateway.isHostname ? `${facts.gateway.address}:15443` : `${istiodHost(facts)}:15012`;
}

function canonicalService(w: WorkloadIdentity): string {
  return w.labels['service.istio.io/canonical-name'] ?? w.labels.app ?? w.name;
}

function canonicalRevision(w: WorkloadIdentity): string {
  return w.labels['service.istio.io/canonical-revision'] ?? w.labels.version ?? 'latest';
}

/** The WorkloadEntry's network, else the install's (or the network input's). */
function networkOf(w: WorkloadIdentity, facts: MeshFacts): string {
  return w.network || facts.network;
}

/** readinessProbe: registration workload-group, the group's probe, which pilot-agent runs and reports to istiod (health checks). */
export function proxyConfig(facts: MeshFacts, readinessProbe?: Record<string, unknown>): Record<string, unknown> {
  const { proxyMetadata: _ignored, ...rest } = facts.defaultConfig as { proxyMetadata?: unknown };
  return { ...rest, discoveryAddress: discoveryAddress(facts), ...(readinessProbe ? { readinessProbe } : {}) };
}

function probeFor(w: WorkloadIdentity, autoRegisterGroup: string): Record<string, unknown> | undefined {
  if (!autoRegisterGroup) return undefined;
  return w.group ? w.group.probe : groupProbe(w); // the user's own group: its probe, or none
}

/**
 * sidecar.env keys in tctl's order: the mesh's proxyMetadata first, then the bootstrap keys.
 * A host-name gateway: tctl's CA_SNI and PILOT_SNI, and what Istio's own pilot-agent reads
 * instead (it knows neither): ISTIOD_SAN, the name it sends as SNI and checks istiod's
 * certificate for. pilot-agent applies ISTIOD_SAN to the CA only when CA_ADDR is unset (the CA
 * is then the discovery address, the same HOST:15443), so CA_ADDR is left out there.
 */
export function sidecarEnv(w: WorkloadIdentity, facts: MeshFacts, autoRegisterGroup = ''): Array<[string, string]> {
  const sni = facts.gateway.isHostname ? istiodHost(facts) : '';
  const owner = `kubernetes://apis/networking.istio.io/v1beta1/namespaces/${w.namespace}/workloadentries/${w.name}`;
  const entries: Array<[string, string]> = [
    ...Object.entries(facts.proxyMetadata),
    ['JWT_POLICY', 'third-party-jwt'],
    ['PROV_CERT', CERTS_DIR],
    ['OUTPUT_CERTS', CERTS_DIR],
    ['PILOT_CERT_PROVIDER', 'istiod'],
    ['CA_ADDR', sni ? '' : discoveryAddress(facts)],
    ['CA_SNI', sni],
    ['PILOT_SNI', sni],
    ['ISTIOD_SAN', sni],
    ['POD_NAME', w.name],
    ['POD_NAMESPACE', w.namespace],
    ['IDENTITY_IP', w.address],
    ['INSTANCE_IP', w.address],
    ['SERVICE_ACCOUNT', w.serviceAccount],
    ['HOST_IP', w.address],
    ['CANONICAL_SERVICE', canonicalService(w)],
    ['CANONICAL_REVISION', canonicalRevision(w)],
    ['PROXY_CONFIG', JSON.stringify(proxyConfig(facts, probeFor(w, autoRegisterGroup)))],
    ['ISTIO_META_CLUSTER_ID', facts.clusterName],
    ['ISTIO_META_INTERCEPTION_MODE', 'NONE'],
    // An IPv6 workload address on a VM that also has IPv4 (dual stack): pilot-agent's status
    // server checks Envoy's admin at the INSTANCE_IP family's localhost ([::1]:15000), but its
    // bootstrap puts the admin on 127.0.0.1 unless ISTIO_DUAL_STACK, whose first-IP rule then
    // puts it on ::1 (pilot/cmd/pilot-agent/status/server.go NewServer, pkg/bootstrap/config.go):
    // without it the proxy never reports ready. Only the bootstrap reads it in pilot-agent.
    ...(isIPv6(w.address) ? [['ISTIO_DUAL_STACK', 'true'] as [string, string]] : []),
    ['ISTIO_META_NETWORK', networkOf(w, facts)],
    ['ISTIO_METAJSON_LABELS', JSON.stringify(w.labels)],
    ['ISTIO_META_WORKLOAD_NAME', w.name],
    ['ISTIO_META_OWNER', owner],
    ['ISTIO_META_MESH_ID', facts.meshId],
    // registration: workload-group: istiod creates the WorkloadEntry from this group when the proxy connects.
    ['ISTIO_META_AUTO_REGISTER_GROUP', autoRegisterGroup],
  ];
  // A later key wins, as in the file; keep the first position for readability.
  const merged = new Map<string, string>();
  for (const [k, v] of entries) merged.set(k, v);
  return [...merged.entries()].filter(([, v]) => v !== '');
}

function clusterEnv(w: WorkloadIdentity, facts: MeshFacts, autoRegisterGroup: string): string {
  const values: Record<string, string> = {
    CANONICAL_REVISION: canonicalRevision(w),
    CANONICAL_SERVICE: canonicalService(w),
    ISTIO_INBOUND_PORTS: w.ports.map((p) => p.number).join(','),
    ISTIO_LOCAL_EXCLUDE_PORTS: '15090,15021,15020',
    ISTIO_METAJSON_LABELS: JSON.stringify(w.labels),
    ISTIO_META_CLUSTER_ID: facts.clusterName,
    ISTIO_META_DNS_CAPTURE: facts.proxyMetadata.ISTIO_META_DNS_CAPTURE ?? 'false',
    ISTIO_META_MESH_ID: facts.meshId,
    ISTIO_META_NETWORK: networkOf(w, facts),
    ISTIO_META_WORKLOAD_NAME: w.name,
    ISTIO_NAMESPACE: w.namespace,
    ISTIO_SERVICE: `${w.name}.${w.namespace}`,
    ISTIO_SERVICE_CIDR: '*',
    POD_NAMESPACE: w.namespace,
    SERVICE_ACCOUNT: w.serviceAccount,
    TRUST_DOMAIN: facts.trustDomain,
    ...(autoRegisterGroup ? { ISTIO_META_AUTO_REGISTER_GROUP: autoRegisterGroup } : {}),
  };
  return Object.keys(values)
    .sort()
    .map((k) => `${k}='${(values[k] as string).replace(/'/g, `'\\''`)}'`)
    .join('\n') + '\n';
}

/** autoRegisterGroup: the WorkloadGroup istiod registers the VM from (registration: workload-group); '' for none. */
export function buildBundle(w: WorkloadIdentity, facts: MeshFacts, token: string, autoRegisterGroup = ''): BundleFile[] {
  const env = sidecarEnv(w, facts, autoRegisterGroup).map(([k, v]) => `${k}=${v}`).join('\n') + '\n';
  const hosts = facts.gateway.isHostname ? '' : `${facts.gateway.address} ${istiodAliases(facts).join(' ')}\n`;
  return [
    { name: 'sidecar.env', mode: 0o640, content: env, secret: false },
    { name: 'istio-ca.pem', mode: 0o644, content: facts.rootCertPem, secret: false },
    { name: 'istio-token', mode: 0o600, content: token, secret: true },
    { name: 'cluster.env', mode: 0o640, content: clusterEnv(w, facts, autoRegisterGroup), secret: false },
    { name: 'mesh.yaml', mode: 0o644, content: stringify({ defaultConfig: proxyConfig(facts, probeFor(w, autoRegisterGroup)) }), secret: false },
    { name: 'hosts', mode: 0o644, content: hosts, secret: false },
  ];
}
