// Seed state: what a fresh cluster has (system namespaces, the `kubernetes` Service, a `default`
// ServiceAccount and kube-root-ca.crt in every namespace) and, optionally, what an Istio
// multi-network install leaves for VM onboarding (istio-system, the `istio` mesh ConfigMap, the
// sidecar injector values, istio-ca-root-cert in every namespace as istiod distributes it, and an
// east-west gateway Service with a LoadBalancer address).
import { stringify } from 'yaml';
import type { IstioSeed, KubeObject } from './types.js';

export const SYSTEM_NAMESPACES = ['default', 'kube-system', 'kube-public', 'kube-node-lease'];

export interface Seeder {
  put(obj: KubeObject, manager: string): void;
}

export function namespaceObject(name: string, labels: Record<string, string> = {}): KubeObject {
  return { apiVersion: 'v1', kind: 'Namespace', metadata: { name, ...(Object.keys(labels).length ? { labels } : {}) } };
}

/** What kube-controller-manager (and istiod, when installed) put in every new namespace. */
export function namespaceChildren(ns: string, clusterCaPem: string, istioRootCertPem: string | undefined): Array<{ obj: KubeObject; manager: string }> {
  const out: Array<{ obj: KubeObject; manager: string }> = [
    { obj: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: ns } }, manager: 'kube-controller-manager' },
    {
      obj: {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'kube-root-ca.crt', namespace: ns, annotations: { 'kubernetes.io/description': 'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.' } },
        data: { 'ca.crt': clusterCaPem },
      },
      manager: 'kube-controller-manager',
    },
  ];
  if (istioRootCertPem !== undefined && !ns.startsWith('kube-')) {
    out.push({
      obj: {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'istio-ca-root-cert', namespace: ns, labels: { 'istio.io/config': 'true' } },
        data: { 'root-cert.pem': istioRootCertPem },
      },
      manager: 'pilot-discovery',
    });
  }
  return out;
}

export function seedCluster(s: Seeder): void {
  for (const ns of SYSTEM_NAMESPACES) s.put(namespaceObject(ns), 'kube-apiserver');
  s.put(
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'kubernetes', namespace: 'default', labels: { component: 'apiserver', provider: 'kubernetes' } },
      spec: { type: 'ClusterIP', clusterIP: '10.96.0.1', clusterIPs: ['10.96.0.1'], ports: [{ name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }] },
    },
    'kube-apiserver',
  );
}

const INSTALL_LABELS = { 'install.operator.istio.io/owning-resource': 'unknown', 'istio.io/rev': 'default', 'operator.istio.io/component': 'Pilot', release: 'istio' };

export function seedIstio(s: Seeder, seed: IstioSeed): void {
  const omit = new Set(seed.omit ?? []);
  const network = seed.network ?? 'network1';
  const trustDomain = seed.trustDomain ?? 'cluster.local';
  s.put(namespaceObject('istio-system', { 'topology.istio.io/network': network }), 'istioctl');
  s.put(
    {
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'istiod', namespace: 'istio-system', labels: { ...INSTALL_LABELS, app: 'istiod', istio: 'pilot' } },
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
    'istioctl',
  );
  if (!omit.has('mesh-config')) {
    const mesh = {
      accessLogFile: '/dev/stdout',
      defaultConfig: {
        discoveryAddress: 'istiod.istio-system.svc:15012',
        proxyMetadata: { ISTIO_META_DNS_CAPTURE: 'true', ISTIO_META_DNS_AUTO_ALLOCATE: 'true' },
        tracing: { zipkin: { address: 'zipkin.istio-system:9411' } },
      },
      enablePrometheusMerge: true,
      rootNamespace: 'istio-system',
      trustDomain,
    };
    s.put(
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'istio', namespace: 'istio-system', labels: INSTALL_LABELS },
        data: { mesh: stringify(mesh), meshNetworks: 'networks: {}' },
      },
      'istioctl',
    );
  }
  if (!omit.has('injector')) {
    const values = {
      global: {
        hub: seed.hub ?? 'docker.io/istio',
        tag: seed.tag ?? '1.24.2',
        proxy: { image: 'proxyv2', clusterDomain: 'cluster.local', logLevel: 'warning', privileged: false },
        multiCluster: { clusterName: seed.clusterName ?? 'cluster1', enabled: false },
        network,
        meshID: seed.meshId ?? 'mesh1',
        jwtPolicy: 'third-party-jwt',
        pilotCertProvider: 'istiod',
        istioNamespace: 'istio-system',
        caAddress: '',
      },
      revision: '',
      sidecarInjectorWebhook: { enableNamespacesByDefault: false },
    };
    s.put(
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'istio-sidecar-injector', namespace: 'istio-system', labels: INSTALL_LABELS },
        data: { values: JSON.stringify(values, null, 2), config: 'defaultTemplates: [sidecar]\npolicy: enabled\n' },
      },
      'istioctl',
    );
  }
  if (!omit.has('gateway')) {
    const ingress = seed.gatewayHostname ? [{ hostname: seed.gatewayHostname }] : seed.gatewayAddress ? [{ ip: seed.gatewayAddress, ipMode: 'VIP' }] : [];
    s.put(
      {
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
        status: { loadBalancer: ingress.length ? { ingress } : {} },
      },
      'istioctl',
    );
  }
}
