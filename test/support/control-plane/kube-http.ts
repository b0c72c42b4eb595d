// A small HTTPS client for the test world's own calls to the real kube-apiserver (seeding,
// assertions): bearer token, the cluster CA, JSON in and out. The action under test never uses it.
import { request } from 'node:https';

export interface KubeHttp {
  url: string;
  caPem: string;
  token: string;
}

export interface KubeResponse {
  status: number;
  body: unknown;
  text: string;
}

export function kubeCall(
  k: KubeHttp,
  method: string,
  path: string,
  body?: unknown,
  contentType = 'application/json',
): Promise<KubeResponse> {
  const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      `${k.url}${path}`,
      {
        method,
        ca: k.caPem,
        headers: {
          authorization: `Bearer ${k.token}`,
          accept: 'application/json',
          ...(payload !== undefined ? { 'content-type': contentType, 'content-length': Buffer.byteLength(payload) } : {}),
        },
        timeout: 30_000,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            parsed = undefined;
          }
          resolve({ status: res.statusCode ?? 0, body: parsed, text });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`${method} ${path}: no answer within 30 s`)));
    req.on('error', reject);
    req.end(payload);
  });
}

export async function kubeOk(k: KubeHttp, method: string, path: string, body?: unknown, contentType?: string): Promise<unknown> {
  const r = await kubeCall(k, method, path, body, contentType);
  if (r.status < 200 || r.status >= 300) throw new Error(`${method} ${path}: HTTP ${r.status}: ${r.text.slice(0, 500)}`);
  return r.body;
}
