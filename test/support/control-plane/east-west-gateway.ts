// The test world's east-west gateway: the real Envoy, run by the real `pilot-agent proxy router`
// (the proxyv2 image of proxy-image.ts) on a VM of its own, configured by the real istiod from a
// Gateway and a VirtualService, as Istio's samples/multicluster/expose-istiod.yaml exposes istiod
// through the east-west gateway (TLS PASSTHROUGH to istiod.istio-system.svc.cluster.local:15012).
// Here the server is port 15443 for the SNI istiod.istio-system.svc only: the flow tctl's sidecar
// bootstrap uses with a host-name gateway (HOST:15443, CA_SNI / PILOT_SNI = istiod.<ns>.svc;
// ../shared/reference/istio-vm-onboarding.md). Any other SNI matches no filter chain, and Envoy
// closes the connection.
//
// The gateway is set up as Istio's gateway injection template sets one up
// (manifests/charts/istio-control/istio-discovery/files/gateway-injection-template.yaml):
// args `proxy router --domain istio-system.svc.cluster.local ...`, identity ServiceAccount
// istio-system/istio-eastwestgateway, and the labels of the east-west gateway
// (samples/multicluster/gen-eastwest-gateway.sh) as ISTIO_METAJSON_LABELS: outside Kubernetes no
// pod carries them, and istiod then takes the proxy's metadata labels (pkg/bootstrap/config.go
// extractAttributesMetadata; pilot/pkg/model/context.go SetWorkloadLabels).
//
// istiod runs as a host process, not a pod, so its Service (istio-install.ts) has no endpoints of
// its own: a manual EndpointSlice (label kubernetes.io/service-name: istiod, no targetRef, which
// Istio takes as an endpoint without a pod; the world runs no EndpointSlice controller) points it
// at istiod's real address.
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../../../src/plan/kube-object.js';
import type { KubeCluster } from './kube.js';
import { envoyAdmin, startVmProxy, waitVmProxyReady, type VmProxy } from './vm-proxy.js';
import { sleep } from '../procs.js';
import type { TestVm } from '../vm-world.js';

export const ISTIOD_SNI = 'istiod.istio-system.svc';
export const GATEWAY_PORT = 15443;
/** The passthrough cluster the gateway routes istiod's SNI to. */
export const ISTIOD_CLUSTER = 'outbound|15012||istiod.istio-system.svc.cluster.local';
export const GATEWAY_LABELS = { istio: 'eastwestgateway', app: 'istio-eastwestgateway', 'topology.istio.io/network': 'network1' };

// After samples/multicluster/expose-istiod.yaml (there: port 15012, and 15017 for the webhook,
// sniHosts "*"); here one server on 15443 for istiod's SNI.
const EXPOSE_ISTIOD_YAML = `
apiVersion: networking.istio.io/v1
kind: Gateway
metadata:
  name: istiod-gateway
  namespace: istio-system
spec:
  selector:
    istio: eastwestgateway
  servers:
    - port:
        name: tls-istiod
        number: ${GATEWAY_PORT}
        protocol: TLS
      tls:
        mode: PASSTHROUGH
      hosts:
        - "${ISTIOD_SNI}"
---
apiVersion: networking.istio.io/v1
kind: VirtualService
metadata:
  name: istiod-vs
  namespace: istio-system
spec:
  hosts:
    - "${ISTIOD_SNI}"
  gateways:
    - istiod-gateway
  tls:
    - match:
        - port: ${GATEWAY_PORT}
          sniHosts:
            - "${ISTIOD_SNI}"
      route:
        - destination:
            host: istiod.istio-system.svc.cluster.local
            port:
              number: 15012
`;

export function exposeIstiodObjects(): KubeObject[] {
  return parseAllDocuments(EXPOSE_ISTIOD_YAML).map((d) => d.toJSON() as KubeObject);
}

/** istiod's endpoints at its real address (the ports of the istiod Service it listens on). */
export function istiodEndpointSlice(istiodAddress: string): KubeObject {
  return {
    apiVersion: 'discovery.k8s.io/v1',
    kind: 'EndpointSlice',
    metadata: { name: 'istiod-test-world', namespace: 'istio-system', labels: { 'kubernetes.io/service-name': 'istiod' } },
    addressType: 'IPv4',
    endpoints: [{ addresses: [istiodAddress], conditions: { ready: true } }],
    ports: [{ name: 'https-dns', port: 15012, protocol: 'TCP' }],
  } as KubeObject;
}

export interface EastWestGateway extends VmProxy {
  /** The gateway VM's address: where a gateway host name must resolve. */
  address: string;
  /** How long from `docker run` until pilot-agent said ready and the 15443 listener was there. */
  readyMs: number;
  /** GET on the gateway Envoy's admin (:15000 inside its VM). */
  admin(path: string): Promise<string>;
  /** Connections the gateway opened to istiod (cx_total of the passthrough cluster's hosts). */
  istiodConnections(): Promise<number>;
  /** The gateway's access log (its container's stdout). */
  accessLog(): Promise<string>;
}

export async function startEastWestGateway(
  kube: KubeCluster,
  vm: TestVm,
  opts: {
    image: string;
    istiodAddress: string;
    clusterId: string;
    network?: string;
    /** More of pilot-agent's environment (SECRET_TTL with short certificate lifetimes). */
    env?: Record<string, string>;
  },
): Promise<EastWestGateway> {
  const network = opts.network ?? 'network1';
  const labels = { ...GATEWAY_LABELS, 'topology.istio.io/network': network };
  await kube.putObject({
    apiVersion: 'v1',
    kind: 'ServiceAccount',
    metadata: { name: 'istio-eastwestgateway', namespace: 'istio-system', labels },
  });
  await kube.putObject(istiodEndpointSlice(opts.istiodAddress));
  for (const obj of exposeIstiodObjects()) await kube.putObject(obj);
  const started = Date.now();
  const proxy = await startVmProxy(kube, vm, {
    container: 'istio-eastwestgateway',
    image: opts.image,
    serviceAccount: 'istio-eastwestgateway',
    namespace: 'istio-system',
    istiodAddress: opts.istiodAddress,
    env: {
      JWT_POLICY: 'third-party-jwt',
      PILOT_CERT_PROVIDER: 'istiod',
      CA_ADDR: 'istiod.istio-system.svc:15012',
      PROXY_CONFIG: JSON.stringify({ discoveryAddress: 'istiod.istio-system.svc:15012' }),
      POD_NAME: `istio-eastwestgateway-${vm.name}`,
      POD_NAMESPACE: 'istio-system',
      INSTANCE_IP: vm.address,
      HOST_IP: vm.address,
      SERVICE_ACCOUNT: 'istio-eastwestgateway',
      ISTIO_META_CLUSTER_ID: opts.clusterId,
      ISTIO_META_NETWORK: network,
      // gen-eastwest-gateway.sh: traffic through this gateway is routed inside its network.
      ISTIO_META_REQUESTED_NETWORK_VIEW: network,
      ISTIO_META_WORKLOAD_NAME: 'istio-eastwestgateway',
      ...opts.env,
      ISTIO_META_OWNER: 'kubernetes://apis/apps/v1/namespaces/istio-system/deployments/istio-eastwestgateway',
      ISTIO_METAJSON_LABELS: JSON.stringify(labels),
      CANONICAL_SERVICE: 'istio-eastwestgateway',
      CANONICAL_REVISION: 'latest',
    },
    args: [
      'proxy',
      'router',
      '--domain',
      'istio-system.svc.cluster.local',
      '--proxyLogLevel=warning',
      '--proxyComponentLogLevel=misc:error',
      '--log_output_level=default:info',
    ],
  });
  const admin = (path: string) => envoyAdmin(proxy, path);
  await waitVmProxyReady(proxy);
  // Ready means istiod's LDS was accepted; the Gateway's listener may come with a later push.
  for (let i = 0; ; i++) {
    const listeners = await admin('/listeners').catch(() => '');
    if (listeners.includes(`0.0.0.0:${GATEWAY_PORT}`)) break;
    if (i >= 150) {
      const logs = await vm.exec(['docker', 'logs', '--tail', '40', proxy.container]);
      throw new Error(
        `east-west gateway: no listener on ${GATEWAY_PORT} within 30 s after ready (listeners: ${listeners.trim() || 'none'}):\n${logs.stdout}${logs.stderr}`,
      );
    }
    await sleep(200);
  }
  const readyMs = Date.now() - started;
  return {
    ...proxy,
    address: vm.address,
    readyMs,
    admin,
    async istiodConnections() {
      // Per-host counters from /clusters: the bootstrap's stats matcher keeps no cluster.outbound|... stats.
      const lines = (await admin('/clusters')).split('\n').filter((l) => l.startsWith(`${ISTIOD_CLUSTER}::`) && l.includes('::cx_total::'));
      if (!lines.length) throw new Error(`east-west gateway: no endpoints in cluster ${ISTIOD_CLUSTER}`);
      return lines.reduce((n, l) => n + Number(l.slice(l.lastIndexOf('::') + 2)), 0);
    },
    async accessLog() {
      const r = await vm.exec(['docker', 'logs', proxy.container]);
      return r.stdout;
    },
  };
}
