// The bootstrap bundle: the files a VM's istio-proxy needs, built from the effective
// workload (what the applied WorkloadEntry says), mesh facts and the token (pure). sidecar.env, istio-ca.pem and istio-token are what the docker runtime
// mounts (tctl's layout); cluster.env, mesh.yaml and hosts are the official istioctl files,
// so a systemd runtime can use the same bundle.
import { isIPv6Address } from '../config/ip-address.js';
import { stringify } from 'yaml';
import type { MeshFacts } from '../cluster/mesh-facts.js';
import type { WorkloadIdentity } from './effective-workload.js';
import { envProblem, shellEnvFile } from './shell.js';
import { groupProbe } from './workload-objects.js';

export interface BundleFile {
  name: BundleFileName;
  mode: number;
  content: string;
  /** Never shown: dry-run and logs print a placeholder. */
  secret: boolean;
  /** An env file's variables (content is made from them): a runtime that adds its own reads these, never the text. */
  env?: Record<string, string>;
}

/** Where the proxy finds its token inside the container (pilot-agent's fixed ./var/run/secrets/tokens/istio-token from /). */
export const CONTAINER_TOKEN = '/var/run/secrets/tokens/istio-token';
/**
 * pilot-agent's PROV_CERT and OUTPUT_CERTS in the container: its root-cert.pem (placed by the
 * install), and where it writes the workload's key and certificates (the VM's proxyCertsDir).
 */
export const CONTAINER_CERTS_DIR = '/var/run/secrets/istio';

/** Every file of the bundle, as buildBundle writes them (offboarding removes these). */
export const BUNDLE_FILE_NAMES = ['sidecar.env', 'istio-ca.pem', 'istio-token', 'cluster.env', 'mesh.yaml', 'hosts'] as const;
type BundleFileName = (typeof BUNDLE_FILE_NAMES)[number];

/** A file mode as chmod takes it and people read it: 0640. */
export function formatMode(mode: number): string {
  return mode.toString(8).padStart(4, '0');
}

/** istiod's Service: istiod, or istiod-REV for a revision (istioctl's IstiodHost). */
function istiodService(facts: Pick<MeshFacts, 'revision'>): string {
  return facts.revision ? `istiod-${facts.revision}` : 'istiod';
}

export function istiodHost(facts: Pick<MeshFacts, 'istioNamespace' | 'revision'>): string {
  return `${istiodService(facts)}.${facts.istioNamespace}.svc`;
}

/** The cluster-local names of istiod that --add-host / hosts map to the gateway IP. */
export function istiodAliases(facts: Pick<MeshFacts, 'istioNamespace' | 'revision'>): string[] {
  const ns = facts.istioNamespace;
  const svc = istiodService(facts);
  return [`${svc}.${ns}.svc`, `${svc}.${ns}.svc.cluster.local`, `${svc}.${ns}`];
}

/** Discovery and CA address: istiod's name via --add-host for an IP gateway, the gateway name + SNI otherwise. */
export function discoveryAddress(facts: MeshFacts): string {
  return facts.gateway.isHostname ? `${facts.gateway.address}:15443` : `${istiodHost(facts)}:15012`;
}

/** The canonical service name and revision as Istio derives them from labels (pkg/kube/labels CanonicalService). */
function canonical(w: WorkloadIdentity): { name: string; revision: string } {
  const first = (keys: string[]) => keys.map((k) => w.labels[k]).find((v) => v !== undefined);
  return {
    name: first(['service.istio.io/canonical-name', 'app.kubernetes.io/name', 'app']) ?? w.name,
    revision: first(['service.istio.io/canonical-revision', 'app.kubernetes.io/version', 'version']) ?? 'latest',
  };
}

/** The workload's labels with the canonical name and revision istiod reads from them, keys sorted (Go's json.Marshal of a map). */
function metaLabels(w: WorkloadIdentity): string {
  const c = canonical(w);
  const all: Record<string, string> = {
    ...w.labels,
    'service.istio.io/canonical-name': c.name,
    'service.istio.io/canonical-revision': c.revision,
  };
  return JSON.stringify(
    Object.fromEntries(
      Object.keys(all)
        .sort()
        .map((k) => [k, all[k]]),
    ),
  );
}

/** ISTIO_META_POD_PORTS as istioctl writes it for a group's ports: sorted by name, protocol empty. */
function podPorts(w: WorkloadIdentity): string {
  const ports = [...w.ports].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return ports.length ? JSON.stringify(ports.map((p) => ({ name: p.name, containerPort: p.number, protocol: '' }))) : '';
}

/** The WorkloadEntry's network, else the install's (or the network input's). */
function networkOf(w: WorkloadIdentity, facts: MeshFacts): string {
  return w.network || facts.network;
}

/**
 * The ProxyConfig of the proxy, without proxyMetadata: the mesh's defaultConfig, the top-level
 * fields of the group's proxy.istio.io/config over it (as istioctl applies them), the discovery
 * address this action reaches istiod at, and with registration workload-group the group's probe
 * as readinessProbe (pilot-agent runs it and reports to istiod).
 */
export function proxyConfig(w: WorkloadIdentity, facts: MeshFacts, autoRegisterGroup = ''): Record<string, unknown> {
  const { proxyMetadata: _mesh, ...mesh } = facts.defaultConfig as { proxyMetadata?: unknown };
  const { proxyMetadata: _group, ...group } = (w.group?.proxyConfig?.fields ?? {}) as { proxyMetadata?: unknown };
  const readinessProbe = probeFor(w, autoRegisterGroup);
  return { ...mesh, ...group, discoveryAddress: discoveryAddress(facts), ...(readinessProbe ? { readinessProbe } : {}) };
}

function probeFor(w: WorkloadIdentity, autoRegisterGroup: string): Record<string, unknown> | undefined {
  if (!autoRegisterGroup) return undefined;
  return w.group ? w.group.probe : groupProbe(w); // the user's own group: its probe, or none
}

/**
 * The proxy's metadata as istioctl computes it for mesh.yaml's proxyMetadata and cluster.env
 * (createMeshConfig): the mesh's proxyMetadata, the group's proxy.istio.io/config proxyMetadata
 * over it, then the workload's own keys. pilot-agent gets every key of it in its environment.
 */
export function proxyMetadata(w: WorkloadIdentity, facts: MeshFacts, autoRegisterGroup = ''): Record<string, string> {
  const c = canonical(w);
  const ports = podPorts(w);
  return {
    ...facts.proxyMetadata,
    ...(w.group?.proxyConfig?.proxyMetadata ?? {}),
    CANONICAL_SERVICE: c.name,
    CANONICAL_REVISION: c.revision,
    POD_NAMESPACE: w.namespace,
    SERVICE_ACCOUNT: w.serviceAccount,
    TRUST_DOMAIN: facts.trustDomain,
    ISTIO_META_CLUSTER_ID: facts.clusterName,
    ISTIO_META_MESH_ID: facts.meshId,
    ISTIO_META_NETWORK: networkOf(w, facts),
    ...(ports ? { ISTIO_META_POD_PORTS: ports } : {}),
    ISTIO_META_WORKLOAD_NAME: w.name,
    ISTIO_METAJSON_LABELS: metaLabels(w),
    ...(autoRegisterGroup ? { ISTIO_META_AUTO_REGISTER_GROUP: autoRegisterGroup } : {}),
  };
}

/**
 * sidecar.env keys in tctl's order: the proxy's metadata (the mesh's and the group's) first,
 * then the bootstrap keys. A host-name gateway: tctl's CA_SNI and PILOT_SNI, and what Istio's
 * own pilot-agent reads instead (it knows neither): ISTIOD_SAN, the name it sends as SNI and
 * checks istiod's certificate for. pilot-agent applies ISTIOD_SAN to the CA only when CA_ADDR
 * is unset (the CA is then the discovery address, the same HOST:15443), so CA_ADDR is left out there.
 */
export function sidecarEnv(w: WorkloadIdentity, facts: MeshFacts, autoRegisterGroup = ''): Array<[string, string]> {
  const sni = facts.gateway.isHostname ? istiodHost(facts) : '';
  const c = canonical(w);
  // Under auto-registration istiod creates and names the entry itself: no owner to name here.
  const owner = autoRegisterGroup
    ? ''
    : `kubernetes://apis/networking.istio.io/v1beta1/namespaces/${w.namespace}/workloadentries/${w.name}`;
  const entries: Array<[string, string]> = [
    ...Object.entries(facts.proxyMetadata),
    ...Object.entries(w.group?.proxyConfig?.proxyMetadata ?? {}),
    ['JWT_POLICY', 'third-party-jwt'],
    ['PROV_CERT', CONTAINER_CERTS_DIR],
    ['OUTPUT_CERTS', CONTAINER_CERTS_DIR],
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
    ['CANONICAL_SERVICE', c.name],
    ['CANONICAL_REVISION', c.revision],
    ['PROXY_CONFIG', JSON.stringify(proxyConfig(w, facts, autoRegisterGroup))],
    ['ISTIO_META_CLUSTER_ID', facts.clusterName],
    ['ISTIO_META_INTERCEPTION_MODE', 'NONE'],
    // An IPv6 workload address on a VM that also has IPv4 (dual stack): pilot-agent's status
    // server checks Envoy's admin at the INSTANCE_IP family's localhost ([::1]:15000), but its
    // bootstrap puts the admin on 127.0.0.1 unless ISTIO_DUAL_STACK, whose first-IP rule then
    // puts it on ::1 (pilot/cmd/pilot-agent/status/server.go NewServer, pkg/bootstrap/config.go):
    // without it the proxy never reports ready. Only the bootstrap reads it in pilot-agent.
    ...(isIPv6Address(w.address) ? [['ISTIO_DUAL_STACK', 'true'] as [string, string]] : []),
    ['ISTIO_META_NETWORK', networkOf(w, facts)],
    ['ISTIO_METAJSON_LABELS', metaLabels(w)],
    ['ISTIO_META_POD_PORTS', podPorts(w)],
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

/**
 * cluster.env as istioctl writes it (createClusterEnv): the proxy's metadata, then what it says
 * about the workload and the ports interception leaves alone (22 first: SSH, the connection
 * the action works over; pilot-agent's status port).
 */
function clusterEnv(w: WorkloadIdentity, facts: MeshFacts, autoRegisterGroup: string): Record<string, string> {
  const statusPort = Number((facts.defaultConfig as { statusPort?: unknown }).statusPort) || 15020;
  const exclude = ['22', '15090', '15021', ...(statusPort === 15090 || statusPort === 15021 ? [] : [String(statusPort)])];
  return {
    ...proxyMetadata(w, facts, autoRegisterGroup),
    ISTIO_INBOUND_PORTS: w.ports.map((p) => p.number).join(',') || '*',
    ISTIO_LOCAL_EXCLUDE_PORTS: exclude.join(','),
    ISTIO_NAMESPACE: w.namespace,
    ISTIO_SERVICE: `${w.name}.${w.namespace}`,
    ISTIO_SERVICE_CIDR: '*',
    SERVICE_ACCOUNT: w.serviceAccount,
    // istioctl names a revision's istiod as the CA here (istio-start.sh's default is istiod's own name).
    ...(facts.revision ? { CA_ADDR: `${istiodHost(facts)}:15012` } : {}),
  };
}

/** autoRegisterGroup: the WorkloadGroup istiod registers the VM from (registration: workload-group); '' for none. */
export function buildBundle(w: WorkloadIdentity, facts: MeshFacts, token: string, autoRegisterGroup = ''): BundleFile[] {
  const sidecar = sidecarEnv(w, facts, autoRegisterGroup);
  // docker's --env-file reads a line as NAME=VALUE, literally: a line break would start another variable.
  for (const [k, v] of sidecar) {
    const why = envProblem(k, v);
    if (why) throw new Error(`sidecar.env: ${why}`);
  }
  const cluster = clusterEnv(w, facts, autoRegisterGroup);
  const mesh = {
    defaultConfig: { ...proxyConfig(w, facts, autoRegisterGroup), proxyMetadata: proxyMetadata(w, facts, autoRegisterGroup) },
  };
  const hosts = facts.gateway.isHostname ? '' : `${facts.gateway.address} ${istiodAliases(facts).join(' ')}\n`;
  return [
    {
      name: 'sidecar.env',
      mode: 0o640,
      content: sidecar.map(([k, v]) => `${k}=${v}`).join('\n') + '\n',
      secret: false,
      env: Object.fromEntries(sidecar),
    },
    { name: 'istio-ca.pem', mode: 0o644, content: facts.rootCertPem, secret: false },
    { name: 'istio-token', mode: 0o600, content: token, secret: true },
    { name: 'cluster.env', mode: 0o640, content: shellEnvFile(cluster), secret: false, env: cluster },
    { name: 'mesh.yaml', mode: 0o644, content: stringify(mesh), secret: false },
    { name: 'hosts', mode: 0o644, content: hosts, secret: false },
  ];
}
