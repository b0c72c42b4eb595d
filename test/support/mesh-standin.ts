// Host-side mesh stand-ins for the test world: istiod (CA + xDS, :15012) and the east-west
// gateway (:15443) on the VM world's hub address. Real istiod and Envoy cannot run here;
// mesh/istiod.ts and mesh/gateway.ts say what each checks and how it differs from the real
// component. The proxy side is proxy-standin/pilot-agent.mjs.
import type { IncomingHttpHeaders } from 'node:http';
import type { CertificateAuthority } from './pki.js';
import { startGateway } from './mesh/gateway.js';
import { startIstiod } from './mesh/istiod.js';
import type { MeshService } from './mesh/xds-config.js';

export { appServerArgv, appServerSource, APP_NODE, shellQuote } from './mesh/app.js';

export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  spec?: any;
}

// Satisfied by the Kubernetes API test server.
export interface MeshApi {
  // Throws on a bad signature or an expired token.
  verifyServiceAccountToken(jwt: string): { namespace: string; serviceAccount: string; audiences: string[]; expiresAt: Date };
  listObjects(apiVersion: string, kind: string, namespace?: string): KubeObject[];
}

export interface ServiceRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  requestId?: string;
}

export interface GatewayServiceOptions {
  host: string; // e.g. frontend.demo.svc.cluster.local
  port: number;
  respond?: (req: ServiceRequest) => { status: number; body: string };
}

export interface RecordedRequest {
  host: string;
  method: string;
  path: string;
  requestId?: string;
  time: Date;
}

export interface ConfigRequest {
  namespace: string;
  serviceAccount: string;
  workload: string;
  ok: boolean;
  reason?: string;
}

export interface MeshStandin {
  istiodAddress: string; // "hub:15012"
  gatewayAddress: string; // hub ip (east-west gateway, 15443)
  // An in-cluster service reachable from VMs through the gateway.
  addService(opts: GatewayServiceOptions): void;
  requestsTo(host: string): RecordedRequest[];
  configRequests: ConfigRequest[];
  stop(): Promise<void>;
}

export const ISTIOD_PORT = 15012;
export const GATEWAY_PORT = 15443;

function serviceNamespace(host: string): string {
  return /^[^.]+\.([^.]+)\.svc\./.exec(host)?.[1] ?? '';
}

export async function startMeshStandin(opts: {
  listenAddress: string; // the VM world's hub address
  rootCa: CertificateAuthority;
  api: MeshApi;
  trustDomain?: string;
}): Promise<MeshStandin> {
  const { listenAddress: address, api } = opts;
  const services: GatewayServiceOptions[] = [];
  const requests: RecordedRequest[] = [];
  const configRequests: ConfigRequest[] = [];

  // Mesh services: the API's Services plus addService ones, merged by FQDN.
  const meshServices = (): MeshService[] => {
    const byHost = new Map<string, MeshService>();
    const add = (host: string, ports: number[]) => {
      const s = byHost.get(host) ?? { host, namespace: serviceNamespace(host), ports: [] };
      s.ports = [...new Set([...s.ports, ...ports])];
      byHost.set(host, s);
    };
    for (const svc of api.listObjects('v1', 'Service')) {
      const ports = ((svc.spec?.ports ?? []) as any[]).map((p) => Number(p.port)).filter(Boolean);
      add(`${svc.metadata.name}.${svc.metadata.namespace ?? 'default'}.svc.cluster.local`, ports);
    }
    for (const s of services) add(s.host, [s.port]);
    return [...byHost.values()];
  };

  const gateway = await startGateway({ address, port: GATEWAY_PORT, istiodPort: ISTIOD_PORT, api, services, requests });
  let istiod;
  try {
    istiod = await startIstiod({
      address, port: ISTIOD_PORT, rootCa: opts.rootCa, api,
      trustDomain: opts.trustDomain ?? 'cluster.local',
      gateway: `${address}:${GATEWAY_PORT}`,
      services: meshServices,
      configRequests,
    });
  } catch (e) {
    await gateway.close();
    throw e;
  }

  return {
    istiodAddress: `${address}:${ISTIOD_PORT}`,
    gatewayAddress: address,
    addService: (s) => {
      services.push({ ...s, host: s.host.toLowerCase() });
    },
    requestsTo: (host) => requests.filter((r) => r.host === host.toLowerCase()),
    configRequests,
    stop: async () => {
      await Promise.all([gateway.close(), istiod.close()]);
    },
  };
}
