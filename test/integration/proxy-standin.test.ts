// The stand-in istio-proxy (pilot-agent.mjs) against the host-side mesh stand-ins (istiod +
// east-west gateway), first run directly on the host (loopback addresses 127.0.10.x), then as
// an image inside a test VM's dockerd, started exactly as `tctl x sidecar-bootstrap` does.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { request, createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createCa, type CertificateAuthority } from '../support/pki.js';
import { startMeshStandin, type MeshStandin } from '../support/mesh-standin.js';
import { FakeMeshApi } from '../support/mesh/fake-api.js';
import { startLocalAgent, writeBootstrap, type LocalAgent } from '../support/proxy-standin/local-agent.js';
import { buildProxyImageTar, lastProxyImageBuild } from '../support/proxy-standin/image.js';
import { appServerArgv, shellQuote } from '../support/mesh/app.js';
import { leftovers, startVmWorld, type TestVm } from '../support/vm-world.js';

const HUB = '127.0.10.1';
const VM_IP = '127.0.10.2';
const BIND = '127.0.10.3';
const CLIENT = '127.0.10.9';
const NS = 'demo';
const SA = 'vm-sa';
const WL = 'vm-1';
const FRONTEND = 'frontend.demo.svc.cluster.local';
const ISO_MS = /^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\]$/;

let ca: CertificateAuthority;
let api: FakeMeshApi;
let mesh: MeshStandin | undefined;
let tmp: string;
let app: Server;
let appPort: number;
let deadPort: number;
const appSeen: Array<{ url: string; requestId: string | undefined; host: string | undefined }> = [];
const agents: LocalAgent[] = [];

function baseEnv(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string | undefined> = {
    CA_ADDR: 'istiod.istio-system.svc:15012',
    POD_NAME: WL,
    POD_NAMESPACE: NS,
    SERVICE_ACCOUNT: SA,
    INSTANCE_IP: VM_IP,
    ISTIO_META_WORKLOAD_NAME: WL,
    JWT_POLICY: 'third-party-jwt',
    PROV_CERT: '/var/run/secrets/istio',
    OUTPUT_CERTS: '/var/run/secrets/istio',
    PILOT_CERT_PROVIDER: 'istiod',
    PROXY_CONFIG: JSON.stringify({ discoveryAddress: 'istiod.istio-system.svc:15012' }),
    ISTIO_META_INTERCEPTION_MODE: 'NONE',
    STANDIN_STATUS_ADDRESS: VM_IP,
    STANDIN_REFRESH_MS: '300',
    ...overrides,
  };
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

let rootN = 0;
function bootstrapDir(b: Partial<Parameters<typeof writeBootstrap>[1]> = {}): string {
  const root = join(tmp, `root${++rootN}`);
  writeBootstrap(root, {
    token: api.mintToken({ namespace: NS, serviceAccount: SA }),
    rootCert: ca.certPem,
    hosts: `127.0.0.1 localhost\n${HUB} istiod.istio-system.svc\n`,
    ...b,
  });
  return root;
}

function start(opts: { root?: string; env?: Record<string, string>; args?: string[] } = {}): LocalAgent {
  const a = startLocalAgent({
    root: opts.root ?? bootstrapDir(),
    env: opts.env ?? baseEnv(),
    args: opts.args ?? ['proxy', 'sidecar', '--serviceCluster', `${WL}.${NS}`, '--concurrency', '0', '--trust-domain', 'cluster.local'],
  });
  agents.push(a);
  return a;
}

function httpCall(o: { host: string; port: number; path?: string; headers?: Record<string, string> }): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: o.host, port: o.port, path: o.path ?? '/', headers: o.headers, localAddress: CLIENT, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const readiness = (addr: string) => httpCall({ host: addr, port: 15021, path: '/healthz/ready' });

// Access-log tokens: [START] and "quoted" fields stay whole.
function tokens(line: string): string[] {
  return line.match(/\[[^\]]*\]|"[^"]*"|\S+/g) ?? [];
}

function assertOneErrorLine(stderr: string[], re: RegExp): void {
  assert.equal(stderr.length, 1, `exactly one line expected, got:\n${stderr.join('\n')}`);
  const [time, level, msg] = stderr[0]!.split('\t');
  assert.match(time!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
  assert.equal(level, 'error');
  assert.match(msg!, re);
}

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'ivo-proxy-standin-'));
  ca = createCa();
  api = new FakeMeshApi();
  api.add(
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: SA, namespace: NS } },
    { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'other', namespace: NS } },
  );
  app = createServer((req, res) => {
    const requestId = req.headers['x-request-id'] as string | undefined;
    appSeen.push({ url: req.url ?? '', requestId, host: req.headers.host });
    const body = JSON.stringify({ app: 'vm-app', requestId });
    res.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((r) => app.listen(0, '127.0.0.1', r));
  appPort = (app.address() as AddressInfo).port;
  const dead = createServer();
  await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
  deadPort = (dead.address() as AddressInfo).port;
  await new Promise((r) => dead.close(r));
  mesh = await startMeshStandin({ listenAddress: HUB, rootCa: ca, api, trustDomain: 'cluster.local' });
  mesh.addService({ host: FRONTEND, port: 8080 });
});

after(async () => {
  await Promise.all(agents.map((a) => a.stop()));
  await mesh?.stop();
  app?.closeAllConnections();
  await new Promise((r) => app?.close(r));
  rmSync(tmp, { recursive: true, force: true });
});

// ---------------------------------------------------------------- bad bootstraps
const badCases: Array<{ name: string; root?: () => string; env?: () => Record<string, string>; args?: string[]; line: RegExp }> = [
  { name: 'not "proxy sidecar"', args: ['proxy', 'router'], line: /^bad arguments: proxy type must be "sidecar"/ },
  { name: 'unknown flag', args: ['proxy', 'sidecar', '--service-cluster', 'x'], line: /^bad arguments: unknown flag: --service-cluster$/ },
  { name: 'no token', root: () => bootstrapDir({ token: null }), line: /^istio token \/var\/run\/secrets\/tokens\/istio-token does not exist/ },
  { name: 'token is a directory (docker -v of a missing host file)', root: () => bootstrapDir({ token: 'dir' }), line: /^istio token \/var\/run\/secrets\/tokens\/istio-token is a directory, not a file/ },
  { name: 'token not a JWT', root: () => bootstrapDir({ token: 'not-a-jwt\n' }), line: /^istio token \/var\/run\/secrets\/tokens\/istio-token is not a JWT: expected 3 base64url parts/ },
  { name: 'token parts not JSON', root: () => bootstrapDir({ token: 'aaaa.bbbb.cccc' }), line: /is not a JWT: header and payload are not base64url JSON/ },
  { name: 'wrong audience', root: () => bootstrapDir({ token: api.mintToken({ namespace: NS, serviceAccount: SA, audiences: ['https://kubernetes.default.svc'] }) }), line: /^istio token audience \["https:\/\/kubernetes.default.svc"\] does not include "istio-ca"/ },
  { name: 'expired token', root: () => bootstrapDir({ token: api.mintToken({ namespace: NS, serviceAccount: SA, expiresInSeconds: -60 }) }), line: /^istio token expired at \d{4}-.*Z \(6\ds ago\): mint a new one$/ },
  { name: 'no root cert', root: () => bootstrapDir({ rootCert: null }), line: /^root cert \/var\/run\/secrets\/istio\/root-cert.pem does not exist/ },
  { name: 'root cert not PEM', root: () => bootstrapDir({ rootCert: 'hello\n' }), line: /^root cert \/var\/run\/secrets\/istio\/root-cert.pem is not a PEM certificate \(no BEGIN CERTIFICATE block\)$/ },
  { name: 'root cert bad PEM body', root: () => bootstrapDir({ rootCert: '-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n' }), line: /^root cert \/var\/run\/secrets\/istio\/root-cert.pem is not a PEM certificate: / },
  { name: 'missing env', env: () => baseEnv({ SERVICE_ACCOUNT: undefined, INSTANCE_IP: undefined }), line: /^missing environment variable\(s\) SERVICE_ACCOUNT, INSTANCE_IP \(expected in sidecar.env\)$/ },
  { name: 'no workload name', env: () => baseEnv({ POD_NAME: undefined, ISTIO_META_WORKLOAD_NAME: undefined }), line: /^missing environment variable\(s\) ISTIO_META_WORKLOAD_NAME or POD_NAME/ },
  { name: 'CA_ADDR without port', env: () => baseEnv({ CA_ADDR: 'istiod.istio-system.svc' }), line: /^CA_ADDR "istiod.istio-system.svc" is not host:port$/ },
  { name: 'PROXY_CONFIG not JSON', env: () => baseEnv({ PROXY_CONFIG: '{discoveryAddress: ' }), line: /^PROXY_CONFIG is not valid JSON: / },
  { name: 'token subject is another service account', root: () => bootstrapDir({ token: api.mintToken({ namespace: NS, serviceAccount: 'other' }) }), line: /^istio token subject "system:serviceaccount:demo:other" does not match POD_NAMESPACE\/SERVICE_ACCOUNT \(expected "system:serviceaccount:demo:vm-sa"\)$/ },
];

for (const c of badCases) {
  test(`bad bootstrap: ${c.name} -> one clear line, exit 1`, async () => {
    const a = start({ ...(c.root ? { root: c.root() } : {}), ...(c.env ? { env: c.env() } : {}), ...(c.args ? { args: c.args } : {}) });
    const { code } = await a.exited;
    assert.equal(code, 1);
    assertOneErrorLine(a.stderr, c.line);
    assert.deepEqual(a.stdout, []);
  });
}

// ---------------------------------------------------------------- istiod says no
test('istiod rejects a token with a bad signature; the proxy retries and stays not ready', async () => {
  const forged = api.mintToken({ namespace: NS, serviceAccount: SA }, new FakeMeshApi());
  const a = start({ root: bootstrapDir({ token: forged }), env: baseEnv({ STANDIN_STATUS_ADDRESS: '127.0.10.4' }) });
  const line = await a.waitForLine('stderr', /istiod rejected the request/);
  assert.match(line, /\twarn\tistiod rejected the request: authentication failed: invalid bearer token, token could not be verified \(bad signature\) \(retrying in 0\.25s\)$/);
  await a.waitForLine('stderr', /retrying in 0\.50s/); // backoff grows
  const r = await readiness('127.0.10.4');
  assert.equal(r.status, 503);
  assert.match(r.body, /bad signature/);
  assert.ok(mesh!.configRequests.some((q) => !q.ok && q.workload === WL && /bad signature/.test(q.reason ?? '')));
  await a.stop();
});

test('a root cert from another CA fails TLS verification of istiod', async () => {
  const a = start({ root: bootstrapDir({ rootCert: createCa('some other CA').certPem }), env: baseEnv({ STANDIN_STATUS_ADDRESS: '127.0.10.5' }) });
  const line = await a.waitForLine('stderr', /TLS verification/);
  assert.match(line, /\twarn\tTLS verification of istiod at istiod.istio-system.svc:15012 failed: .*(self-signed|unable to (get|verify))/i);
  assert.equal((await readiness('127.0.10.5')).status, 503);
  await a.stop();
});

// ---------------------------------------------------------------- the good path, in order
let main: LocalAgent;

test('a WorkloadEntry of that name for another ServiceAccount: istiod rejects, the reason is logged and /healthz/ready is 503', async () => {
  const wrong = { apiVersion: 'networking.istio.io/v1beta1', kind: 'WorkloadEntry', metadata: { name: WL, namespace: NS }, spec: { address: VM_IP, labels: { app: 'vm-app' }, serviceAccount: 'other' } };
  api.add(wrong);
  main = start();
  const line = await main.waitForLine('stderr', /istiod rejected/);
  assert.match(line, /istiod rejected the request: WorkloadEntry demo\/vm-1 has serviceAccount "other" but the token is for "vm-sa"/);
  const r = await readiness(VM_IP);
  assert.equal(r.status, 503);
  assert.match(r.body, /^Envoy proxy is NOT ready: config not received from istiod: istiod rejected the request: WorkloadEntry/);
  const rec = mesh!.configRequests.find((q) => q.workload === WL && /serviceAccount "other"/.test(q.reason ?? ''));
  assert.deepEqual(rec && { ...rec, reason: undefined }, { namespace: NS, serviceAccount: SA, workload: WL, ok: false, reason: undefined });
  assert.ok(!main.stderr.some((l) => /Envoy proxy is ready/.test(l)));
  api.objects.splice(api.objects.indexOf(wrong), 1);
});

test('once the WorkloadEntry and Sidecar exist the proxy gets its config and becomes ready', async () => {
  api.add(
    { apiVersion: 'networking.istio.io/v1beta1', kind: 'WorkloadEntry', metadata: { name: WL, namespace: NS }, spec: { address: VM_IP, labels: { app: 'vm-app' }, serviceAccount: SA } },
    {
      apiVersion: 'networking.istio.io/v1', kind: 'Sidecar', metadata: { name: WL, namespace: NS },
      spec: {
        workloadSelector: { labels: { app: 'vm-app' } },
        ingress: [
          { port: { number: 8080, protocol: 'HTTP', name: 'http' }, defaultEndpoint: `127.0.0.1:${appPort}` },
          { port: { number: 9090, protocol: 'HTTP', name: 'http-dead' }, defaultEndpoint: `127.0.0.1:${deadPort}` },
        ],
        egress: [{ port: { number: 8080, protocol: 'HTTP', name: 'http' }, bind: BIND, hosts: ['./*'] }],
      },
    },
    { apiVersion: 'v1', kind: 'Service', metadata: { name: WL, namespace: NS }, spec: { selector: { app: 'vm-app' }, ports: [{ name: 'http', port: 8080, targetPort: 8080 }] } },
  );
  await main.waitForLine('stderr', /\tinfo\tEnvoy proxy is ready$/);
  assert.ok(main.stderr.some((l) => /\tinfo\tReadiness succeeded in \d+ms$/.test(l)));
  assert.ok(main.stderr.some((l) => /config \w+ from istiod: identity spiffe:\/\/cluster.local\/ns\/demo\/sa\/vm-sa, sidecar demo\/vm-1, 2 inbound, 1 outbound/.test(l)));
  assert.equal((await readiness(VM_IP)).status, 200);
  assert.ok(mesh!.configRequests.some((q) => q.ok && q.workload === WL && q.namespace === NS && q.serviceAccount === SA));
});

test('inbound: INSTANCE_IP:8080 -> the app, request ID kept, one access-log line', async () => {
  const r = await httpCall({ host: VM_IP, port: 8080, path: '/hello?x=1', headers: { host: 'vm-1.demo.svc:8080', 'x-request-id': 'req-in-1', 'user-agent': 'test-client/1.0' } });
  assert.equal(r.status, 200);
  assert.deepEqual(JSON.parse(r.body), { app: 'vm-app', requestId: 'req-in-1' });
  assert.match(String(r.headers['x-envoy-upstream-service-time']), /^\d+$/);
  assert.deepEqual(appSeen.at(-1), { url: '/hello?x=1', requestId: 'req-in-1', host: 'vm-1.demo.svc:8080' });
  const line = await main.waitForLine('stdout', /"req-in-1"/);
  const t = tokens(line);
  assert.equal(t.length, 22, line);
  assert.match(t[0]!, ISO_MS);
  assert.equal(t[1], '"GET /hello?x=1 HTTP/1.1"');
  assert.deepEqual(t.slice(2, 9), ['200', '-', 'via_upstream', '-', '"-"', '0', String(Buffer.byteLength(r.body))]);
  assert.match(t[9]!, /^\d+$/); // duration
  assert.match(t[10]!, /^\d+$/); // upstream service time
  assert.deepEqual(t.slice(11, 17), ['"-"', '"test-client/1.0"', '"req-in-1"', '"vm-1.demo.svc:8080"', `"127.0.0.1:${appPort}"`, 'inbound|8080||']);
  assert.match(t[17]!, /^127\.0\.0\.1:\d+$/);
  assert.equal(t[18], `${VM_IP}:8080`);
  assert.match(t[19]!, /^127\.0\.10\.9:\d+$/);
  assert.deepEqual(t.slice(20), ['-', 'default']);
  assert.equal(main.stdout.filter((l) => l.includes('req-in-1')).length, 1);
});

test('inbound without x-request-id: the proxy makes a UUID, sends it upstream and logs it', async () => {
  const before = main.stdout.length;
  const r = await httpCall({ host: VM_IP, port: 8080, path: '/no-id' });
  assert.equal(r.status, 200);
  const id = appSeen.at(-1)?.requestId ?? '';
  assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  const line = await main.waitForLine('stdout', new RegExp(`"${id}"`));
  assert.equal(main.stdout.indexOf(line) >= before, true);
  assert.equal(tokens(line)[13], `"${id}"`);
});

test('outbound: bind:8080 with Host frontend:8080 -> the gateway -> the in-cluster service', async () => {
  const r = await httpCall({ host: BIND, port: 8080, path: '/api', headers: { host: 'frontend:8080', 'x-request-id': 'req-out-1', 'user-agent': 'test-client/1.0' } });
  assert.equal(r.status, 200);
  assert.deepEqual(JSON.parse(r.body), { service: FRONTEND, method: 'GET', path: '/api', requestId: 'req-out-1' });
  const seen = mesh!.requestsTo(FRONTEND);
  assert.equal(seen.length, 1);
  assert.deepEqual({ ...seen[0], time: undefined }, { host: FRONTEND, method: 'GET', path: '/api', requestId: 'req-out-1', time: undefined });
  const t = tokens(await main.waitForLine('stdout', /"req-out-1"/));
  assert.equal(t.length, 22);
  assert.deepEqual(t.slice(1, 7), ['"GET /api HTTP/1.1"', '200', '-', 'via_upstream', '-', '"-"']);
  assert.deepEqual(t.slice(13, 17), ['"req-out-1"', '"frontend:8080"', `"${HUB}:15443"`, `outbound|8080||${FRONTEND}`]);
  assert.match(t[17]!, /^127\.0\.0\.1:\d+$/);
  assert.equal(t[18], `${BIND}:8080`);
  assert.equal(t[21], 'default');
});

test('outbound to a Service of the API: gateway -> WorkloadEntry -> inbound -> app, one request ID in both log lines', async () => {
  const r = await httpCall({ host: BIND, port: 8080, path: '/loop', headers: { host: 'vm-1.demo:8080', 'x-request-id': 'req-loop' } });
  assert.equal(r.status, 200);
  assert.deepEqual(JSON.parse(r.body), { app: 'vm-app', requestId: 'req-loop' });
  assert.deepEqual(mesh!.requestsTo('vm-1.demo.svc.cluster.local').map((q) => q.requestId), ['req-loop']);
  await main.waitForLine('stdout', /"req-loop".*inbound\|8080\|\|/);
  await main.waitForLine('stdout', /"req-loop".*outbound\|8080\|\|vm-1/);
  const lines = main.stdout.filter((l) => l.includes('"req-loop"')).map(tokens);
  assert.deepEqual(lines.map((t) => [t[14], t[16], t[18]]).sort(), [
    ['"vm-1.demo.svc.cluster.local:8080"', 'inbound|8080||', `${VM_IP}:8080`],
    ['"vm-1.demo:8080"', 'outbound|8080||vm-1.demo.svc.cluster.local', `${BIND}:8080`],
  ]);
});

test('outbound to a host with no route: 404 NR route_not_found', async () => {
  const r = await httpCall({ host: BIND, port: 8080, headers: { host: 'nowhere.example.com', 'x-request-id': 'req-nr' } });
  assert.equal(r.status, 404);
  const t = tokens(await main.waitForLine('stdout', /"req-nr"/));
  assert.deepEqual(t.slice(2, 5), ['404', 'NR', 'route_not_found']);
  assert.deepEqual(t.slice(15, 18), ['"-"', '-', '-']);
  assert.equal(t[21], '-');
});

test('inbound to a closed app port: 503 UF with the connect error', async () => {
  const r = await httpCall({ host: VM_IP, port: 9090, headers: { 'x-request-id': 'req-uf' } });
  assert.equal(r.status, 503);
  assert.equal(r.body, 'upstream connect error or disconnect/reset before headers. reset reason: remote connection failure, transport failure reason: delayed connect error: Connection refused');
  const t = tokens(await main.waitForLine('stdout', /"req-uf"/));
  assert.deepEqual(t.slice(2, 7), ['503', 'UF', 'upstream_reset_before_response_started{remote_connection_failure,delayed_connect_error:_Connection_refused}', '-', '"delayed_connect_error:_Connection_refused"']);
  assert.equal(t[8], String(Buffer.byteLength(r.body)));
  assert.equal(t[10], '-');
  assert.deepEqual(t.slice(15, 18), [`"127.0.0.1:${deadPort}"`, 'inbound|9090||', '-']);
});

test('CA_ADDR at the gateway (hostname gateway) with CA_SNI: TLS passes through to istiod', async () => {
  const a = start({
    env: baseEnv({ CA_ADDR: `${HUB}:15443`, CA_SNI: 'istiod.istio-system.svc', PILOT_SNI: 'istiod.istio-system.svc', STANDIN_STATUS_ADDRESS: '127.0.10.6', INSTANCE_IP: '127.0.10.6' }),
  });
  // Same workload as the main proxy, so its outbound bind is taken: config arrives, not ready.
  await a.waitForLine('stderr', /config \w+ from istiod: identity spiffe:\/\/cluster.local\/ns\/demo\/sa\/vm-sa/);
  await a.waitForLine('stderr', /\twarn\tWorkloadEntry demo\/vm-1 has address 127.0.10.2 but INSTANCE_IP is 127.0.10.6$/);
  await a.waitForLine('stderr', /\terror\tcannot bind outbound 127.0.10.3:8080: EADDRINUSE$/);
  assert.equal((await readiness('127.0.10.6')).status, 503);
  await a.stop();
});

test('gateway down: outbound 503 UF,URX after retries; the proxy keeps its last config and stays ready', async () => {
  await mesh!.stop();
  mesh = undefined;
  const r = await httpCall({ host: BIND, port: 8080, path: '/api', headers: { host: FRONTEND, 'x-request-id': 'req-urx' } });
  assert.equal(r.status, 503);
  assert.match(r.body, /^upstream connect error or disconnect\/reset before headers\. retried and the latest reset reason: remote connection failure/);
  const t = tokens(await main.waitForLine('stdout', /"req-urx"/));
  assert.deepEqual(t.slice(2, 4), ['503', 'UF,URX']);
  assert.equal(t[16], `outbound|8080||${FRONTEND}`);
  await main.waitForLine('stderr', /istiod at istiod.istio-system.svc:15012 unreachable: connect ECONNREFUSED/);
  assert.equal((await readiness(VM_IP)).status, 200);
});

test('SIGTERM: exits promptly with code 0', async () => {
  const t0 = Date.now();
  await main.stop();
  const { code } = await main.exited;
  assert.equal(code, 0);
  assert.ok(Date.now() - t0 < 1000, `took ${Date.now() - t0} ms`);
});

// ---------------------------------------------------------------- in a VM, as tctl starts it
test('in a VM: the image started exactly like tctl becomes ready and proxies both ways', { timeout: 180_000 }, async () => {
  const world = await startVmWorld({ count: 1 });
  let vmMesh: MeshStandin | undefined;
  try {
    const vm: TestVm = world.vms[0]!;
    const hub = world.hubAddress;
    const vmApi = new FakeMeshApi();
    const ns = 'vmns';
    const wl = 'vm-a';
    vmApi.add(
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: SA, namespace: ns } },
      { apiVersion: 'networking.istio.io/v1', kind: 'WorkloadEntry', metadata: { name: wl, namespace: ns }, spec: { address: vm.address, labels: { app: wl }, serviceAccount: SA } },
      {
        apiVersion: 'networking.istio.io/v1', kind: 'Sidecar', metadata: { name: wl, namespace: ns },
        spec: {
          workloadSelector: { labels: { app: wl } },
          ingress: [{ port: { number: 8080, protocol: 'HTTP', name: 'http' }, defaultEndpoint: '127.0.0.1:8888' }],
          egress: [{ port: { number: 8080, protocol: 'HTTP', name: 'http' }, bind: '127.0.0.2', hosts: ['./*'] }],
        },
      },
    );
    vmMesh = await startMeshStandin({ listenAddress: hub, rootCa: ca, api: vmApi });
    const frontend = `frontend.${ns}.svc.cluster.local`;
    vmMesh.addService({ host: frontend, port: 8080 });

    const image = 'ivo/proxyv2-standin:test';
    await buildProxyImageTar({ repoTag: image, outPath: join(tmp, 'proxy.tar') });
    const build = lastProxyImageBuild()!;
    const tLoad = Date.now();
    await vm.loadImage(join(tmp, 'proxy.tar'));
    const loadMs = Date.now() - tLoad;

    const sh = async (cmd: string, input?: string) => {
      const r = await vm.exec(['sh', '-c', cmd], input === undefined ? {} : { input });
      assert.equal(r.code, 0, `${cmd}: ${r.stderr}`);
      return r.stdout;
    };
    const dir = '/etc/istio-proxy';
    const env = [
      'JWT_POLICY=third-party-jwt', 'PROV_CERT=/var/run/secrets/istio', 'OUTPUT_CERTS=/var/run/secrets/istio',
      'PILOT_CERT_PROVIDER=istiod', 'CA_ADDR=istiod.istio-system.svc:15012', `POD_NAME=${wl}`, `POD_NAMESPACE=${ns}`,
      `INSTANCE_IP=${vm.address}`, `SERVICE_ACCOUNT=${SA}`, `HOST_IP=${vm.address}`, `CANONICAL_SERVICE=${wl}`,
      `PROXY_CONFIG=${JSON.stringify({ discoveryAddress: 'istiod.istio-system.svc:15012', proxyMetadata: {} })}`,
      'ISTIO_META_CLUSTER_ID=Kubernetes', 'ISTIO_META_INTERCEPTION_MODE=NONE', `ISTIO_META_WORKLOAD_NAME=${wl}`,
      `ISTIO_METAJSON_LABELS=${JSON.stringify({ app: wl })}`,
      `ISTIO_META_OWNER=kubernetes://apis/networking.istio.io/v1beta1/namespaces/${ns}/workloadentries/${wl}`,
    ].join('\n') + '\n';
    await sh(`mkdir -p ${dir} && cat > ${dir}/sidecar.env && chmod 644 ${dir}/sidecar.env`, env);
    await sh(`cat > ${dir}/istio-ca.pem && chmod 644 ${dir}/istio-ca.pem`, ca.certPem);
    await sh(`cat > ${dir}/istio-token && chmod 640 ${dir}/istio-token`, vmApi.mintToken({ namespace: ns, serviceAccount: SA }));
    await sh(`${shellQuote(appServerArgv({ name: 'vm-app', port: 8888 }))} >/tmp/app.log 2>&1 &`);

    const dockerRun = (name: string, tokenPath: string) => [
      'docker', 'run', '-d', '--name', name, '--restart', 'unless-stopped', '--network', 'host',
      '-v', `${dir}/istio-ca.pem:/var/run/secrets/istio/root-cert.pem`,
      '-v', `${tokenPath}:/var/run/secrets/tokens/istio-token`,
      '--env-file', `${dir}/sidecar.env`,
      '--add-host', `istiod.istio-system.svc:${hub}`,
      image, 'proxy', 'sidecar', '--serviceCluster', `${wl}.${ns}`, '--concurrency', '0', '--trust-domain', 'cluster.local',
    ];
    const tRun = Date.now();
    const run = await vm.exec(dockerRun('istio-proxy', `${dir}/istio-token`));
    assert.equal(run.code, 0, run.stderr);
    let ready = '';
    for (let i = 0; i < 150 && ready !== '200'; i++) {
      ready = (await vm.exec(['curl', '-s', '-o', '/dev/null', '-w', '%{http_code}', 'http://localhost:15021/healthz/ready'])).stdout;
      if (ready !== '200') await new Promise((r) => setTimeout(r, 100));
    }
    const readyMs = Date.now() - tRun;
    assert.equal(ready, '200', (await vm.exec(['docker', 'logs', 'istio-proxy'])).stderr);
    assert.match(await sh('cat /tmp/app.log'), /^listening 127\.0\.0\.1:8888$/m);

    const inbound = JSON.parse(await sh(`curl -s -H 'x-request-id: vm-in-1' http://${vm.address}:8080/hello`));
    assert.deepEqual({ app: inbound.app, requestId: inbound.requestId, path: inbound.path }, { app: 'vm-app', requestId: 'vm-in-1', path: '/hello' });
    const outbound = JSON.parse(await sh(`curl -s -H 'x-request-id: vm-out-1' -H 'Host: frontend:8080' http://127.0.0.2:8080/api`));
    assert.deepEqual(outbound, { service: frontend, method: 'GET', path: '/api', requestId: 'vm-out-1' });
    assert.deepEqual(vmMesh.requestsTo(frontend).map((r) => r.requestId), ['vm-out-1']);

    const logs = await vm.exec(['docker', 'logs', 'istio-proxy']);
    assert.match(logs.stderr, /\tinfo\tEnvoy proxy is ready$/m);
    const inLine = tokens(logs.stdout.split('\n').find((l) => l.includes('"vm-in-1"')) ?? '');
    assert.deepEqual([inLine[2], inLine[15], inLine[16], inLine[18]], ['200', '"127.0.0.1:8888"', 'inbound|8080||', `${vm.address}:8080`]);
    const outLine = tokens(logs.stdout.split('\n').find((l) => l.includes('"vm-out-1"')) ?? '');
    assert.deepEqual([outLine[2], outLine[15], outLine[16], outLine[18]], ['200', `"${hub}:15443"`, `outbound|8080||${frontend}`, '127.0.0.2:8080']);
    assert.ok(vmMesh.configRequests.some((q) => q.ok && q.workload === wl && q.namespace === ns));

    // A token path missing on the VM: docker mounts an empty directory; the complaint shows
    // in `docker logs` and docker keeps restarting the container.
    const bad = await vm.exec(dockerRun('istio-proxy-bad', `${dir}/no-such-token`));
    assert.equal(bad.code, 0, bad.stderr);
    let badLogs = '';
    for (let i = 0; i < 100 && !/is a directory/.test(badLogs); i++) {
      badLogs = (await vm.exec(['docker', 'logs', 'istio-proxy-bad'])).stderr;
      if (!/is a directory/.test(badLogs)) await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(badLogs, /\terror\tistio token \/var\/run\/secrets\/tokens\/istio-token is a directory, not a file/);
    console.log(`proxy image: ${(build.bytes / 1e6).toFixed(1)} MB, build ${build.cached ? 'cached' : `${build.buildMs} ms`}, docker load ${loadMs} ms, docker run -> ready ${readyMs} ms`);
  } finally {
    await vmMesh?.stop();
    await world.stop();
    assert.deepEqual(await leftovers(world), []);
  }
});
