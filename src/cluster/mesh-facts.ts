// What the mesh install tells us, read the way `tctl x sidecar-bootstrap` reads it: mesh config
// (ConfigMap istio), injector values (ConfigMap istio-sidecar-injector), the root cert
// (ConfigMap istio-ca-root-cert) and the gateway that exposes istiod to VMs.
import { isIPAddress } from '../config/ip-address.js';
import { parse } from 'yaml';
import type { Settings } from '../config/settings.js';
import { envProblem } from '../plan/shell.js';
import { StepError } from '../pipeline/step-error.js';
import type { Cluster } from './client.js';
import { clusterError, isNotFound } from './errors.js';

export interface Gateway {
  address: string;
  isHostname: boolean;
  /** Where the address came from, for the report. */
  source: string;
}

export interface MeshFacts {
  istioNamespace: string;
  /** The istiod revision (istio-revision): '' or absent for the default istiod. */
  revision?: string;
  trustDomain: string;
  /** meshConfig.defaultConfig: the proxy's ProxyConfig (PROXY_CONFIG). */
  defaultConfig: Record<string, unknown>;
  /** defaultConfig.proxyMetadata: each key fit for an env file (checked when read). */
  proxyMetadata: Record<string, string>;
  image: string;
  clusterName: string;
  network: string;
  meshId: string;
  rootCertPem: string;
  gateway: Gateway;
}

interface InjectorValues {
  global?: {
    hub?: string;
    tag?: string | number;
    proxy?: { image?: string };
    multiCluster?: { clusterName?: string };
    network?: string;
    meshID?: string;
    jwtPolicy?: string;
    pilotCertProvider?: string;
  };
}

const GATEWAY_SERVICES = ['istio-eastwestgateway', 'istio-ingressgateway'];

async function readConfigMapKey(cluster: Cluster, ns: string, name: string, key: string, what: string, revision = ''): Promise<string> {
  let cm;
  try {
    cm = await cluster.call(() => cluster.readConfigMap(ns, name));
  } catch (err) {
    if (isNotFound(err)) {
      throw new StepError(
        `${what} not found: ConfigMap ${ns}/${name} does not exist`,
        revision
          ? `is istiod revision ${revision} installed in namespace ${ns} (istioctl x revision list shows the revisions)? Check istio-revision and istio-namespace`
          : `is Istio installed with its control plane in namespace ${ns}? If it is elsewhere, set istio-namespace`,
      );
    }
    throw clusterError(`read ConfigMap ${ns}/${name}`, err);
  }
  const value = cm.data?.[key];
  if (!value) throw new StepError(`${what} not found: ConfigMap ${ns}/${name} has no key ${key}`, 'check the Istio installation');
  return value;
}

/** The settings the mesh facts depend on: where istiod lives, and what the inputs set instead of the mesh. */
export interface MeshFactsSettings {
  cluster: Pick<Settings['cluster'], 'istioNamespace' | 'istioRevision'>;
  proxy: Pick<Settings['proxy'], 'gatewayAddress' | 'image'>;
  workload: Pick<Settings['workload'], 'network'>;
}

async function findGateway(cluster: Cluster, s: MeshFactsSettings): Promise<Gateway> {
  if (s.proxy.gatewayAddress)
    return { address: s.proxy.gatewayAddress, isHostname: !isIPAddress(s.proxy.gatewayAddress), source: 'input gateway-address' };
  const ns = s.cluster.istioNamespace;
  for (const name of GATEWAY_SERVICES) {
    let svc;
    try {
      svc = await cluster.call(() => cluster.readService(ns, name));
    } catch (err) {
      if (isNotFound(err)) continue;
      throw clusterError(`read Service ${ns}/${name}`, err);
    }
    const ingress = svc.status?.loadBalancer?.ingress?.[0];
    const address = ingress?.ip || ingress?.hostname;
    if (!address) {
      throw new StepError(
        `gateway Service ${ns}/${name} has no load balancer address yet`,
        'wait for the load balancer, or set gateway-address',
      );
    }
    return { address, isHostname: !ingress?.ip, source: `Service ${ns}/${name}` };
  }
  throw new StepError(
    `no gateway for VMs found: none of the Services ${GATEWAY_SERVICES.map((n) => `${ns}/${n}`).join(', ')} exists`,
    'install an east-west gateway that exposes istiod (ports 15012, 15443), or set gateway-address',
  );
}

/** A read started now and awaited later: its failure is the awaiter's, never an unhandled rejection. */
function started<T>(read: Promise<T>): Promise<T> {
  read.catch(() => undefined);
  return read;
}

export async function readMeshFacts(cluster: Cluster, s: MeshFactsSettings): Promise<MeshFacts> {
  const ns = s.cluster.istioNamespace;
  // A revisioned control plane has its own mesh config and injector values (istioctl's createMeshConfig).
  const rev = s.cluster.istioRevision;
  const suffix = rev ? `-${rev}` : '';
  // The reads go out together (one round trip's wait, not four); their answers are checked in
  // this order, so the first problem reported is the same as reading one after the other.
  const reads = {
    mesh: started(readConfigMapKey(cluster, ns, `istio${suffix}`, 'mesh', 'Istio mesh config', rev)),
    values: started(readConfigMapKey(cluster, ns, `istio-sidecar-injector${suffix}`, 'values', 'Istio sidecar injector values', rev)),
    rootCert: started(readConfigMapKey(cluster, ns, 'istio-ca-root-cert', 'root-cert.pem', 'the mesh root certificate')),
    gateway: started(findGateway(cluster, s)),
  };
  const meshText = await reads.mesh;
  const mesh = (parse(meshText) ?? {}) as { trustDomain?: string; defaultConfig?: Record<string, unknown> };
  const valuesText = await reads.values;
  let values: InjectorValues;
  try {
    values = JSON.parse(valuesText) as InjectorValues;
  } catch {
    throw new StepError(`ConfigMap ${ns}/istio-sidecar-injector${suffix} key values is not JSON`, 'check the Istio installation');
  }
  const g = values.global ?? {};
  // Same refusal as tctl: VMs authenticate with third-party tokens to istiod's own CA.
  if (g.jwtPolicy && g.jwtPolicy !== 'third-party-jwt') {
    throw new StepError(
      `the mesh uses jwtPolicy ${g.jwtPolicy}; VM onboarding needs third-party-jwt`,
      'install Istio with values.global.jwtPolicy=third-party-jwt',
    );
  }
  if (g.pilotCertProvider && g.pilotCertProvider !== 'istiod') {
    throw new StepError(
      `the mesh uses pilotCertProvider ${g.pilotCertProvider}; VM onboarding needs istiod`,
      'install Istio with values.global.pilotCertProvider=istiod',
    );
  }
  const rootCertPem = await reads.rootCert;
  const proxyImage = g.proxy?.image ?? 'proxyv2';
  const image =
    s.proxy.image || (proxyImage.includes('/') ? proxyImage : `${g.hub ?? 'docker.io/istio'}/${proxyImage}:${g.tag ?? 'latest'}`);
  const defaultConfig = mesh.defaultConfig ?? {};
  const proxyMetadata = Object.fromEntries(
    Object.entries((defaultConfig.proxyMetadata ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
  );
  // The cluster's, not the repository's, but each key becomes a line of sidecar.env and of
  // cluster.env (sourced by a shell on the VM): one that would not stay one line is refused.
  for (const [k, v] of Object.entries(proxyMetadata)) {
    const why = envProblem(k, v);
    if (why)
      throw new StepError(
        `ConfigMap ${ns}/istio${suffix}: mesh defaultConfig.proxyMetadata cannot go into the proxy's environment: ${why}`,
        'fix the mesh config (meshConfig.defaultConfig.proxyMetadata)',
      );
  }
  return {
    istioNamespace: ns,
    revision: rev,
    trustDomain: mesh.trustDomain || 'cluster.local',
    defaultConfig,
    proxyMetadata,
    image,
    clusterName: g.multiCluster?.clusterName || 'Kubernetes',
    network: s.workload.network || g.network || '',
    meshId: g.meshID || mesh.trustDomain || 'cluster.local',
    rootCertPem,
    gateway: await reads.gateway,
  };
}
