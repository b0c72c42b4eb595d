// A recording, fault-injecting HTTPS proxy in front of the real kube-apiserver. The action under
// test talks to it (its kubeconfig points here), so a test can see which requests the action
// made (requests, writes) and make the API fail the way real ones do: 5xx, 429 with
// Retry-After, delays and hangs, per verb and path. The answer to a fault is a metav1.Status
// shaped like kube-apiserver's (staging/src/k8s.io/apimachinery/pkg/api/errors/errors.go:
// reason from the code, details.retryAfterSeconds with Retry-After for 429/503/504). It offers
// HTTP/2 by ALPN before HTTP/1.1, as kube-apiserver's TLS config does
// (staging/src/k8s.io/apiserver/pkg/server/secure_serving.go: NextProtos h2, http/1.1, unless
// HTTP/2 is disabled), so a client that takes HTTP/2 from the real server takes it here too.
import { request } from 'node:https';
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { createSecureServer, type Http2ServerRequest, type Http2ServerResponse } from 'node:http2';
import type { AddressInfo, Socket } from 'node:net';

export interface RequestRecord {
  time: Date;
  method: string;
  path: string;
  query: Record<string, string>;
  dryRun: boolean;
  fieldManager?: string;
  contentType?: string;
  status: number;
  userAgent?: string;
  /** True when a fault answered instead of kube-apiserver. */
  faulted: boolean;
  /** '2.0' when the client took the HTTP/2 the front offers (as kube-apiserver does), else '1.1'. */
  httpVersion: string;
}

export interface Fault {
  method?: string;
  /** A RegExp is tested against the path, a string must equal it. */
  path?: RegExp | string;
  /** HTTP status of the answer; 0 with hang means no answer at all. */
  status: number;
  times?: number;
  retryAfterSeconds?: number;
  delayMs?: number;
  /** Never answer (the client's own timeout must end the request). */
  hang?: boolean;
  message?: string;
}

const REASONS: Record<number, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  409: 'Conflict',
  422: 'Invalid',
  429: 'TooManyRequests',
  500: 'InternalError',
  503: 'ServiceUnavailable',
  504: 'Timeout',
};

export interface ApiFront {
  url: string;
  requests: RequestRecord[];
  /** TCP connections accepted so far (a client with a keep-alive pool opens few). */
  connections(): number;
  injectFault(f: Fault): void;
  clearFaults(): void;
  stop(): Promise<void>;
}

export async function startApiFront(opts: { upstream: string; upstreamCaPem: string; certPem: string; keyPem: string }): Promise<ApiFront> {
  const requests: RequestRecord[] = [];
  let faults: Array<Fault & { used: number }> = [];
  const sockets = new Set<Socket>();
  let accepted = 0;
  const up = new URL(opts.upstream);

  const matches = (f: Fault, method: string, path: string) =>
    (!f.method || f.method === method) && (!f.path || (typeof f.path === 'string' ? f.path === path : f.path.test(path)));

  // client-node's undici takes the HTTP/2 offered (see the header): the action multiplexes its
  // requests on one connection, as against a real cluster.
  const handle = (reqIn: IncomingMessage | Http2ServerRequest, resIn: ServerResponse | Http2ServerResponse) => {
    // Node's HTTP/2 compatibility API answers to the same calls as HTTP/1.1's request and response.
    const req = reqIn as IncomingMessage;
    const res = resIn as ServerResponse;
    const u = new URL(req.url ?? '/', 'https://front');
    const query = Object.fromEntries(u.searchParams.entries());
    const rec: RequestRecord = {
      time: new Date(),
      method: req.method ?? 'GET',
      path: u.pathname,
      query,
      dryRun: query.dryRun === 'All',
      fieldManager: query.fieldManager,
      contentType: req.headers['content-type'],
      status: 0,
      userAgent: req.headers['user-agent'],
      faulted: false,
      httpVersion: req.httpVersion,
    };
    requests.push(rec);
    const fault = faults.find((f) => matches(f, rec.method, rec.path) && (f.times === undefined || f.used < f.times));
    if (fault) {
      fault.used++;
      rec.faulted = true;
      req.resume();
      if (fault.hang) return; // the socket stays open until the client gives up or stop()
      const answer = () => {
        const reason = REASONS[fault.status] ?? 'InternalError';
        const body = {
          kind: 'Status',
          apiVersion: 'v1',
          metadata: {},
          status: 'Failure',
          message: fault.message ?? `injected fault: ${reason}`,
          reason,
          ...(fault.retryAfterSeconds !== undefined ? { details: { retryAfterSeconds: fault.retryAfterSeconds } } : {}),
          code: fault.status,
        };
        rec.status = fault.status;
        res.writeHead(fault.status, {
          'content-type': 'application/json',
          ...(fault.retryAfterSeconds !== undefined ? { 'retry-after': String(fault.retryAfterSeconds) } : {}),
        });
        res.end(JSON.stringify(body));
      };
      if (fault.delayMs) setTimeout(answer, fault.delayMs);
      else answer();
      return;
    }
    // To kube-apiserver over HTTP/1.1: HTTP/2's pseudo-headers (:method, :path, ...) are not headers there.
    const headers = { ...withoutPseudoHeaders(req.headers), host: up.host };
    const upstream = request(
      { protocol: up.protocol, hostname: up.hostname, port: up.port, method: req.method, path: req.url, headers, ca: opts.upstreamCaPem },
      (upRes) => {
        rec.status = upRes.statusCode ?? 0;
        res.writeHead(upRes.statusCode ?? 502, forClient(upRes.headers, req.httpVersionMajor));
        upRes.pipe(res);
      },
    );
    upstream.on('error', (err) => {
      rec.status = 502;
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`api front: ${err.message}`);
    });
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  };

  const server = createSecureServer({ cert: opts.certPem, key: opts.keyPem, allowHTTP1: true }, handle);
  server.on('connection', (s: Socket) => {
    accepted++;
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `https://127.0.0.1:${port}`,
    requests,
    connections: () => accepted,
    injectFault: (f) => faults.push({ ...f, used: 0 }),
    clearFaults: () => {
      faults = [];
    },
    async stop() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function withoutPseudoHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !k.startsWith(':')));
}

/** The upstream answer's headers as the client's protocol allows: HTTP/2 has no connection-specific ones (RFC 9113 8.2.2). */
function forClient(headers: IncomingHttpHeaders, httpVersionMajor: number): OutgoingHttpHeaders {
  if (httpVersionMajor < 2) return headers;
  const hop = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade']);
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !hop.has(k)));
}
