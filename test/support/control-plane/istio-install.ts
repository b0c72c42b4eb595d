// What `istioctl install` (multi-network profile, with an east-west gateway) leaves in a cluster
// for VM onboarding, put into the real API server: Istio's CRDs from the Istio module's own chart
// (manifests/charts/base/files/crd-all.gen.yaml), namespace istio-system, the `istio` mesh
// ConfigMap, the `istio-sidecar-injector` values, the istiod Service, and the east-west gateway
// Service with a load-balancer address (the world's gateway address, where istiod listens).
// istio-ca-root-cert is not put here: the real istiod publishes it.
// With `revision`, the names Istio's istio-discovery chart gives a revisioned install
// (manifests/charts/istio-control/istio-discovery/templates: `istiod-REV`, ConfigMap `istio-REV`,
// `istio-sidecar-injector-REV`, labelled istio.io/rev=REV), which istiod run with REVISION=REV reads.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, stringify } from 'yaml';
import type { KubeObject } from '../../../src/plan/kube-object.js';
import { controlPlaneBinaries } from './binaries.js';
import { kubeOk } from './kube-http.js';
import type { KubeCluster } from './kube.js';

export interface IstioInstall {
  gatewayAddress?: string;
  gatewayHostname?: string;
  hub: string;
  tag: string;
  clusterName?: string;
  network?: string;
  meshId?: string;
  trustDomain?: string;
  omit?: Array<'mesh-config' | 'injector' | 'gateway'>;
  /** More of the mesh's defaultConfig.proxyMetadata (e.g. SECRET_TTL: what lifetime pilot-agent asks for). */
  proxyMetadata?: Record<string, string>;
  /**
   * A revisioned control plane, as Istio's charts install one with `revision: REV`: the Service
   * istiod-REV, ConfigMaps istio-REV and istio-sidecar-injector-REV, labelled istio.io/rev=REV.
   */
  revision?: string;
}

/** The value of the mesh's custom proxyMetadata key MESH_CUSTOM_KEY in the test world. */
export const MESH_CUSTOM_VALUE = "set mesh-wide, it's one value";

const INSTALL_LABELS = {
  'install.operator.istio.io/owning-resource': 'unknown',
  'istio.io/rev': 'default',
  'operator.istio.io/component': 'Pilot',
  release: 'istio',
};

export function istioInstallObjects(seed: IstioInstall): KubeObject[] {
  const omit = new Set(seed.omit ?? []);
  const rev = seed.revision ?? '';
  const suffix = rev ? `-${rev}` : '';
  const labels = { ...INSTALL_LABELS, 'istio.io/rev': rev || 'default' };
  const network = seed.network ?? 'network1';
  const out: KubeObject[] = [
    { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'istio-system', labels: { 'topology.istio.io/network': network } } },
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: `istiod${suffix}`, namespace: 'istio-system', labels: { ...labels, app: 'istiod', istio: 'pilot' } },
      spec: {
        selector: { app: 'istiod', istio: 'pilot' },
        ports: [
          { name: 'grpc-xds', port: 15010, protocol: 'TCP' },
          { name: 'https-dns', port: 15012, protocol: 'TCP' },
          { name: 'https-webhook', port: 443, protocol: 'TCP', targetPort: 15017 },
          { name: 'http-monitoring', port: 15014, protocol: 'TCP' },
        ],
      },
    },
  ];
  if (!omit.has('mesh-config')) {
    const mesh = {
      accessLogFile: '/dev/stdout',
      defaultConfig: {
        discoveryAddress: 'istiod.istio-system.svc:15012',
        // As Istio's istiod chart writes it from values.global.meshID.
        meshId: seed.meshId ?? 'mesh1',
        // MESH_CUSTOM_KEY: a key only an operator knows of, which must still reach pilot-agent's
        // environment on the VM (#21), with a quote and spaces that a shell must keep as one value.
        proxyMetadata: {
          ISTIO_META_DNS_CAPTURE: 'true',
          ISTIO_META_DNS_AUTO_ALLOCATE: 'true',
          MESH_CUSTOM_KEY: MESH_CUSTOM_VALUE,
          ...seed.proxyMetadata,
        },
      },
      enablePrometheusMerge: true,
      rootNamespace: 'istio-system',
      trustDomain: seed.trustDomain ?? 'cluster.local',
    };
    out.push({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `istio${suffix}`, namespace: 'istio-system', labels },
      data: { mesh: stringify(mesh), meshNetworks: 'networks: {}' },
    });
  }
  if (!omit.has('injector')) {
    const values = {
      global: {
        hub: seed.hub,
        tag: seed.tag,
        proxy: { image: 'proxyv2', clusterDomain: 'cluster.local', logLevel: 'warning', privileged: false },
        multiCluster: { clusterName: seed.clusterName ?? 'cluster1', enabled: false },
        network,
        meshID: seed.meshId ?? 'mesh1',
        jwtPolicy: 'third-party-jwt',
        pilotCertProvider: 'istiod',
        istioNamespace: 'istio-system',
        caAddress: '',
      },
      revision: rev,
      sidecarInjectorWebhook: { enableNamespacesByDefault: false },
    };
    out.push({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: `istio-sidecar-injector${suffix}`, namespace: 'istio-system', labels },
      data: { values: JSON.stringify(values, null, 2), config: 'defaultTemplates: [sidecar]\npolicy: enabled\n' },
    });
  }
  if (!omit.has('gateway')) {
    out.push({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: {
        name: 'istio-eastwestgateway',
        namespace: 'istio-system',
        labels: { app: 'istio-eastwestgateway', istio: 'eastwestgateway', 'topology.istio.io/network': network, ...INSTALL_LABELS },
      },
      spec: {
        type: 'LoadBalancer',
        selector: { app: 'istio-eastwestgateway', istio: 'eastwestgateway', 'topology.istio.io/network': network },
        ports: [
          { name: 'status-port', port: 15021, protocol: 'TCP', targetPort: 15021 },
          { name: 'tls', port: 15443, protocol: 'TCP', targetPort: 15443 },
          { name: 'tls-istiod', port: 15012, protocol: 'TCP', targetPort: 15012 },
          { name: 'tls-webhook', port: 15017, protocol: 'TCP', targetPort: 15017 },
        ],
      },
    });
  }
  return out;
}

/** Applies Istio's CRDs (server-side, as `kubectl apply --server-side` does; in parallel) and waits until they are served. */
export async function applyIstioCrds(kube: KubeCluster): Promise<void> {
  const file = readFileSync(join(controlPlaneBinaries().istioFiles, 'crd-all.gen.yaml'), 'utf8');
  const crds = parseAllDocuments(file)
    .map((d) => d.toJSON() as KubeObject)
    .filter((o) => o?.kind === 'CustomResourceDefinition');
  await Promise.all(
    crds.map((crd) =>
      kubeOk(
        kube.http,
        'PATCH',
        `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${crd.metadata.name}?fieldManager=istioctl&force=true`,
        crd,
        'application/apply-patch+yaml',
      ),
    ),
  );
  const established = async (name: string) => {
    const r = (await kubeOk(kube.http, 'GET', `/apis/apiextensions.k8s.io/v1/customresourcedefinitions/${name}`)) as {
      status?: { conditions?: Array<{ type: string; status: string }> };
    };
    return Boolean(r.status?.conditions?.some((c) => c.type === 'Established' && c.status === 'True'));
  };
  for (const crd of crds) {
    for (let i = 0; !(await established(crd.metadata.name)); i++) {
      if (i > 600) throw new Error(`CRD ${crd.metadata.name} was not Established within 60 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

export async function installIstio(kube: KubeCluster, seed: IstioInstall): Promise<void> {
  await applyIstioCrds(kube);
  for (const obj of istioInstallObjects(seed)) await kube.putObject(obj);
  if (!(seed.omit ?? []).includes('gateway')) {
    // What the cloud's load-balancer controller writes: status is its own subresource.
    const ingress = seed.gatewayHostname
      ? [{ hostname: seed.gatewayHostname }]
      : seed.gatewayAddress
        ? [{ ip: seed.gatewayAddress, ipMode: 'VIP' }]
        : [];
    await kubeOk(
      kube.http,
      'PATCH',
      '/api/v1/namespaces/istio-system/services/istio-eastwestgateway/status?fieldManager=cloud-controller-manager&force=true',
      {
        apiVersion: 'v1',
        kind: 'Service',
        metadata: { name: 'istio-eastwestgateway', namespace: 'istio-system' },
        status: { loadBalancer: ingress.length ? { ingress } : {} },
      },
      'application/apply-patch+yaml',
    );
  }
}
