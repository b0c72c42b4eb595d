// Stand-in for istiod (CA + xDS) as seen by a VM's proxy. Real istiod cannot run here.
//
// Protocol (our stand-in of the CSR + xDS stream, spoken by pilot-agent.mjs):
//   POST https://ADDRESS:15012/standin/xds/v1/config
//   authorization: Bearer <the istio-token>
//   {"node": {"id", "workloadName", "namespace", "serviceAccount", "instanceIp",
//             "serviceCluster", "trustDomain", "labels", "meta"}}
//   200 -> ProxyConfig JSON (see xds-config.ts); 401/403 -> {"reason": "..."}; the proxy
//   re-polls (its stand-in of pushes) and retries with backoff on rejection.
// TLS: a serving cert issued by the mesh root CA for istiod.istio-system.svc (+ .cluster.local,
// istiod.istio-system, istiod) and the listen IP, so the proxy verifies it as it would the
// real one.
//
// Checks, as istiod's authenticator and xDS authorization would:
//   - the token's signature and expiry (api.verifyServiceAccountToken, in place of TokenReview);
//   - its audiences include istio-ca;
//   - the node's namespace/service account are the token's;
//   - the ServiceAccount exists.
// Like real istiod, a proxy needs no WorkloadEntry to get its config (the action applies the
// WorkloadEntry only once the proxy is ready); its Sidecar is selected by the labels the
// proxy sends (ISTIO_METAJSON_LABELS). If a WorkloadEntry of that name exists, its
// serviceAccount must be the token's.
import { createServer, type Server } from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { issueCert, type CertificateAuthority } from '../pki.js';
import { listen, tracked } from './listen.js';
import type { ConfigRequest, KubeObject, MeshApi } from '../mesh-standin.js';
import { computeProxyConfig, type MeshService } from './xds-config.js';

export const CONFIG_PATH = '/standin/xds/v1/config';
const ISTIO_API_VERSIONS = ['networking.istio.io/v1', 'networking.istio.io/v1beta1', 'networking.istio.io/v1alpha3'];

export interface IstiodOptions {
  address: string;
  port: number;
  rootCa: CertificateAuthority;
  api: MeshApi;
  trustDomain: string;
  gateway: string; // host:port proxies send mesh traffic to
  services: () => MeshService[]; // all mesh services, read per request
  configRequests: ConfigRequest[];
}

class Rejection extends Error {
  constructor(readonly status: number, reason: string) {
    super(reason);
  }
}

// Istio kinds may be served under several versions; the same object must count once.
export function listIstio(api: MeshApi, kind: string, namespace?: string): KubeObject[] {
  const seen = new Map<string, KubeObject>();
  for (const v of ISTIO_API_VERSIONS) {
    let items: KubeObject[] = [];
    try {
      items = api.listObjects(v, kind, namespace);
    } catch {
      // version not served by this API server
    }
    for (const o of items) {
      const key = `${o.metadata.namespace ?? ''}/${o.metadata.name}`;
      if (!seen.has(key)) seen.set(key, o);
    }
  }
  return [...seen.values()];
}

async function readJson(req: IncomingMessage): Promise<any> {
  let text = '';
  for await (const c of req) {
    text += c;
    if (text.length > 1 << 20) throw new Rejection(413, 'request too large');
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new Rejection(400, 'request body is not JSON');
  }
}

function authorize(opts: IstiodOptions, authHeader: string | undefined, node: any, record: ConfigRequest) {
  const m = /^Bearer (\S+)$/.exec(authHeader ?? '');
  if (!m) throw new Rejection(401, 'authentication failed: no bearer token');
  let id: ReturnType<MeshApi['verifyServiceAccountToken']>;
  try {
    id = opts.api.verifyServiceAccountToken(m[1]!);
  } catch (e) {
    throw new Rejection(401, `authentication failed: ${(e as Error).message}`);
  }
  record.namespace = id.namespace;
  record.serviceAccount = id.serviceAccount;
  if (!id.audiences.includes('istio-ca')) {
    throw new Rejection(401, `authentication failed: token audiences ${JSON.stringify(id.audiences)} do not include "istio-ca"`);
  }
  if (id.expiresAt.getTime() <= Date.now()) throw new Rejection(401, `authentication failed: token expired at ${id.expiresAt.toISOString()}`);
  if (node.namespace !== id.namespace || node.serviceAccount !== id.serviceAccount) {
    throw new Rejection(403, `authorization failed: node claims ${node.namespace}/${node.serviceAccount} but the token is for ${id.namespace}/${id.serviceAccount}`);
  }
  const sas = opts.api.listObjects('v1', 'ServiceAccount', id.namespace);
  if (!sas.some((s) => s.metadata.name === id.serviceAccount)) {
    throw new Rejection(403, `authorization failed: ServiceAccount ${id.namespace}/${id.serviceAccount} does not exist`);
  }
  const we = listIstio(opts.api, 'WorkloadEntry', id.namespace).find((w) => w.metadata.name === node.workloadName);
  const weSa = we ? (we.spec?.serviceAccount as string | undefined) || 'default' : id.serviceAccount;
  if (we && weSa !== id.serviceAccount) {
    throw new Rejection(403, `WorkloadEntry ${id.namespace}/${we!.metadata.name} has serviceAccount "${weSa}" but the token is for "${id.serviceAccount}"`);
  }
  return { id, we };
}

async function handle(opts: IstiodOptions, req: IncomingMessage, res: ServerResponse) {
  const reply = (status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  };
  if (req.method !== 'POST' || req.url !== CONFIG_PATH) return reply(404, { reason: `no such endpoint ${req.method} ${req.url}` });
  const record: ConfigRequest = { namespace: '', serviceAccount: '', workload: '', ok: false };
  try {
    const body = await readJson(req);
    const node = body?.node ?? {};
    record.workload = String(node.workloadName ?? '');
    record.namespace = String(node.namespace ?? '');
    record.serviceAccount = String(node.serviceAccount ?? '');
    const { id, we } = authorize(opts, req.headers.authorization, node, record);
    const config = computeProxyConfig({
      workloadName: record.workload,
      labels: node.labels && typeof node.labels === 'object' ? (node.labels as Record<string, string>) : {},
      ...(we ? { workloadEntry: we } : {}),
      sidecars: listIstio(opts.api, 'Sidecar'),
      services: opts.services(),
      namespace: id.namespace,
      serviceAccount: id.serviceAccount,
      instanceIp: String(node.instanceIp ?? ''),
      trustDomain: opts.trustDomain,
      gateway: opts.gateway,
    });
    record.ok = true;
    opts.configRequests.push(record);
    reply(200, config);
  } catch (e) {
    const status = e instanceof Rejection ? e.status : 500;
    record.reason = (e as Error).message;
    opts.configRequests.push(record);
    reply(status, { reason: record.reason });
  }
}

export async function startIstiod(opts: IstiodOptions): Promise<{ close(): Promise<void> }> {
  const cert = issueCert(opts.rootCa, {
    commonName: 'istiod.istio-system.svc',
    dns: ['istiod.istio-system.svc', 'istiod.istio-system.svc.cluster.local', 'istiod.istio-system', 'istiod'],
    ips: [opts.address],
  });
  const server: Server = createServer({ cert: cert.certPem, key: cert.keyPem }, (req, res) => {
    handle(opts, req, res).catch(() => res.destroy());
  });
  const connections = tracked(server);
  await listen(server, opts.port, opts.address);
  return { close: connections.close };
}
