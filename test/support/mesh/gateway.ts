// Stand-in for the east-west gateway's port 15443 as seen from VMs.
//
// The real port is mTLS AUTO_PASSTHROUGH: it routes a proxy's TLS connection by its SNI
// (outbound_.PORT_._.HOST) to the service's endpoints. The stand-in proxy speaks no mTLS, so
// here mesh traffic is plain HTTP/1.1 routed by its Host header (FQDN[:port]):
//   - services added with addService answer in-process (playing in-cluster pods) and every
//     request is recorded with its x-request-id;
//   - Kubernetes Services known to the API are forwarded to the WorkloadEntries their
//     selector matches (address : WorkloadEntry port of that name, else targetPort), so a VM
//     can call another VM's service; 503 "no healthy upstream" when none;
//   - anything else: 404, as a route miss.
// A TLS ClientHello whose SNI names istiod (CA_SNI/PILOT_SNI for hostname gateways) is passed
// through, bytes untouched, to the istiod stand-in, as the istiod passthrough route does.
import { request, createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { connect, createServer } from 'node:net';
import type { GatewayServiceOptions, KubeObject, MeshApi, RecordedRequest } from '../mesh-standin.js';
import { listIstio } from './istiod.js';
import { listen, tracked } from './listen.js';
import { workloadLabels } from './xds-config.js';

export interface GatewayOptions {
  address: string;
  port: number;
  istiodPort: number;
  api: MeshApi;
  services: GatewayServiceOptions[];
  requests: RecordedRequest[];
}

const ISTIOD_SNI = /^(istiod\.istio-system\.svc(\.cluster\.local)?|istiod\.istio-system|outbound_\.15012_\._\.istiod\.istio-system\.svc\.cluster\.local)$/;

// Server name from a TLS ClientHello in the first chunk, or undefined.
export function sniOf(buf: Buffer): string | undefined {
  try {
    if (buf[0] !== 0x16 || buf[5] !== 0x01) return undefined;
    let p = 5 + 4 + 2 + 32; // record header, handshake header, version, random
    p += 1 + buf[p]!; // session id
    p += 2 + buf.readUInt16BE(p); // cipher suites
    p += 1 + buf[p]!; // compression methods
    const end = p + 2 + buf.readUInt16BE(p);
    p += 2;
    while (p + 4 <= end) {
      const type = buf.readUInt16BE(p);
      const len = buf.readUInt16BE(p + 2);
      if (type === 0 && buf[p + 6] === 0) {
        const nameLen = buf.readUInt16BE(p + 7);
        return buf.subarray(p + 9, p + 9 + nameLen).toString('ascii');
      }
      p += 4 + len;
    }
  } catch {
    // truncated hello
  }
  return undefined;
}

function splitHost(hostHeader: string): { host: string; port?: number } {
  const m = /^(.*?)(?::(\d+))?$/.exec(hostHeader.toLowerCase())!;
  return { host: m[1]!, ...(m[2] ? { port: Number(m[2]) } : {}) };
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

// A Service in the API, by FQDN (NAME.NS.svc.cluster.local), with its endpoints.
function apiEndpoints(api: MeshApi, host: string, port: number | undefined): { found: boolean; endpoints: string[] } {
  const m = /^([^.]+)\.([^.]+)\.svc\.cluster\.local$/.exec(host);
  if (!m) return { found: false, endpoints: [] };
  const [, name, ns] = m;
  const svc = api.listObjects('v1', 'Service', ns).find((s) => s.metadata.name === name);
  if (!svc) return { found: false, endpoints: [] };
  const ports: any[] = svc.spec?.ports ?? [];
  const sp = port === undefined ? (ports.length === 1 ? ports[0] : undefined) : ports.find((p) => p.port === port);
  const selector: Record<string, string> | undefined = svc.spec?.selector;
  if (!sp || !selector) return { found: true, endpoints: [] };
  const wes = listIstio(api, 'WorkloadEntry', ns).filter((we: KubeObject) => {
    const labels = workloadLabels(we);
    return we.spec?.address && Object.entries(selector).every(([k, v]) => labels[k] === v);
  });
  const endpoints = wes.map((we) => {
    const named = sp.name ? we.spec?.ports?.[sp.name] : undefined;
    const target = named ?? (typeof sp.targetPort === 'number' ? sp.targetPort : sp.port);
    return `${we.spec.address}:${target}`;
  });
  return { found: true, endpoints };
}

function forward(req: IncomingMessage, res: ServerResponse, body: Buffer, endpoint: string) {
  const i = endpoint.lastIndexOf(':');
  const up = request({ host: endpoint.slice(0, i), port: Number(endpoint.slice(i + 1)), method: req.method, path: req.url, headers: req.headers, agent: false });
  up.on('response', (r) => {
    res.writeHead(r.statusCode ?? 502, r.headers);
    r.pipe(res);
  });
  up.on('error', (e) => {
    if (res.headersSent) return res.destroy();
    res.writeHead(503, { 'content-type': 'text/plain' }).end(`upstream connect error or disconnect/reset before headers. reset reason: ${e.message}`);
  });
  up.end(body);
}

async function route(opts: GatewayOptions, req: IncomingMessage, res: ServerResponse) {
  const { host, port } = splitHost(req.headers.host ?? '');
  const requestId = typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : undefined;
  const body = await readBody(req);
  const record = () => opts.requests.push({ host, method: req.method ?? '', path: req.url ?? '', ...(requestId ? { requestId } : {}), time: new Date() });

  const svc = opts.services.find((s) => s.host === host && (port === undefined || s.port === port));
  if (svc) {
    record();
    const method = req.method ?? '';
    const path = req.url ?? '';
    const out = svc.respond
      ? svc.respond({ method, path, headers: req.headers, body: body.toString('utf8'), ...(requestId ? { requestId } : {}) })
      : { status: 200, body: JSON.stringify({ service: host, method, path, requestId: requestId ?? null }) + '\n' };
    const headers: Record<string, string> = { 'content-type': 'text/plain', 'content-length': String(Buffer.byteLength(out.body)) };
    if (requestId) headers['x-request-id'] = requestId;
    return res.writeHead(out.status, headers).end(out.body);
  }
  const api = apiEndpoints(opts.api, host, port);
  if (api.found) {
    record();
    const endpoint = api.endpoints[Math.floor(Math.random() * api.endpoints.length)];
    if (!endpoint) return res.writeHead(503, { 'content-type': 'text/plain' }).end('no healthy upstream');
    return forward(req, res, body, endpoint);
  }
  res.writeHead(404).end();
}

export async function startGateway(opts: GatewayOptions): Promise<{ close(): Promise<void> }> {
  const http = createHttpServer((req, res) => {
    route(opts, req, res).catch(() => res.destroy());
  });
  const server = createServer((sock) => {
    sock.on('error', () => sock.destroy());
    sock.once('data', (chunk: Buffer) => {
      if (chunk[0] === 0x16) {
        const sni = sniOf(chunk);
        if (!sni || !ISTIOD_SNI.test(sni)) return sock.destroy();
        const up = connect(opts.istiodPort, opts.address);
        connections.track(up);
        up.on('error', () => sock.destroy());
        up.write(chunk);
        sock.pipe(up).pipe(sock);
        return;
      }
      // Plain HTTP: hand the connection, first bytes put back, to the HTTP router.
      sock.pause();
      sock.unshift(chunk);
      http.emit('connection', sock);
      process.nextTick(() => sock.resume());
    });
  });
  const connections = tracked(server);
  await listen(server, opts.port, opts.address);
  return { close: connections.close };
}
