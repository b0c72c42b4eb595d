// The Kubernetes API stand-in, checked with the real kubectl and with @kubernetes/client-node
// the way the action calls it, so that it stays honest. The kubectl is the one on PATH, or
// $KUBECTL: run it with both this machine's current kubectl and Debian 12's kubernetes-client
// (1.20), which scripts/setup.sh installs on a fresh machine. Where the two talk to the server
// differently, the tests check each version's way (see KubectlFeatures).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createPublicKey, verify as verifySignature, type JsonWebKey } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request, type RequestOptions } from 'node:https';
import type { IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import * as k8s from '@kubernetes/client-node';
import { parse as parseYaml } from 'yaml';
import { startApiServer, type KubeObject, type TestApiServer } from '../support/kube-api-server.js';
import { createCa } from '../support/pki.js';

const KUBECTL = process.env.KUBECTL || 'kubectl';
const NS = 'vm-demo';

let api: TestApiServer;
let home: string;
let startMs: number;
let kc: KubectlFeatures;

/** What the kubectl under test does, from its minor version (read once, in before()). Runs check
 * 1.20 (Debian 12) and 1.32; the thresholds between them come from kubectl's release notes. */
interface KubectlFeatures {
  minor: number;
  /** `kubectl create token` exists (1.24+). */
  createToken: boolean;
  /** Sends fieldValidation=Strict and leaves unknown fields to the server (1.25+); older ones
   * validate client-side against /openapi/v2 instead. */
  serverFieldValidation: boolean;
  /** Asks for apidiscovery.k8s.io/v2 aggregated discovery (1.30+); older ones read every group version. */
  aggregatedDiscovery: boolean;
}
const rootCa = createCa('kube-api test mesh root');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Real kubectl against the stand-in only: its kubeconfig, a private HOME and discovery cache. */
function kubectl(args: string[], input?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(KUBECTL, ['--kubeconfig', api.kubeconfigPath, '--cache-dir', join(home, 'cache'), ...args], {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: any;
}

/** A raw HTTPS request, for what neither kubectl nor client-node would send. */
function call(method: string, path: string, opts: { body?: unknown; contentType?: string; token?: string | null; accept?: string } = {}): Promise<Reply> {
  const u = new URL(api.url);
  const body = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  const headers: Record<string, string> = { Accept: opts.accept ?? 'application/json' };
  if (opts.token !== null) headers['Authorization'] = `Bearer ${opts.token ?? api.token}`;
  if (body !== undefined) headers['Content-Type'] = opts.contentType ?? 'application/json';
  const ro: RequestOptions = { method, host: u.hostname, port: u.port, path, ca: api.caPem, headers };
  return new Promise((resolve, reject) => {
    const req = request(ro, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => {
        let parsed: unknown = text;
        try {
          parsed = JSON.parse(text);
        } catch {
          // not JSON: keep the text
        }
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: parsed });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** A ServiceAccount token by `kubectl create token`, or, for kubectl before 1.24 (which has no
 * such command), by the TokenRequest call it makes, with the same body. */
async function createToken(sa: string, opts: { audience?: string; seconds?: number } = {}): Promise<{ ok: boolean; token: string; error: string }> {
  if (kc.createToken) {
    const flags = [...(opts.audience ? ['--audience', opts.audience] : []), ...(opts.seconds ? ['--duration', `${opts.seconds}s`] : [])];
    const r = await kubectl(['create', 'token', sa, '-n', NS, ...flags]);
    return { ok: r.code === 0, token: r.stdout.trim(), error: r.stderr };
  }
  const body = {
    apiVersion: 'authentication.k8s.io/v1',
    kind: 'TokenRequest',
    spec: { audiences: opts.audience ? [opts.audience] : null, ...(opts.seconds ? { expirationSeconds: opts.seconds } : {}) },
  };
  const r = await call('POST', `/api/v1/namespaces/${NS}/serviceaccounts/${sa}/token`, { body });
  return { ok: r.status === 201, token: r.body?.status?.token ?? '', error: `${r.status} ${r.body?.reason}: ${r.body?.message}` };
}

function claimsOf(jwt: string): Record<string, any> {
  return JSON.parse(Buffer.from(jwt.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

const MANIFEST = `
apiVersion: v1
kind: ServiceAccount
metadata:
  name: vm-app
  namespace: ${NS}
---
apiVersion: v1
kind: Service
metadata:
  name: vm-app
  namespace: ${NS}
  labels: {app: vm-app}
spec:
  selector: {app: vm-app}
  ports:
  - {name: http, port: 8080}
---
apiVersion: networking.istio.io/v1beta1
kind: WorkloadEntry
metadata:
  name: vm-app-1
  namespace: ${NS}
  labels: {app: vm-app}
spec:
  address: 10.231.1.2
  serviceAccount: vm-app
  labels: {app: vm-app}
  ports: {http: 8080}
---
apiVersion: networking.istio.io/v1
kind: Sidecar
metadata:
  name: vm-app
  namespace: ${NS}
spec:
  workloadSelector:
    labels: {app: vm-app}
  ingress:
  - port: {number: 8080, protocol: HTTP, name: http}
    defaultEndpoint: 127.0.0.1:8080
  egress:
  - bind: 127.0.0.2
    hosts: ["./*"]
`;

before(async () => {
  home = mkdtempSync(join(tmpdir(), 'ivo-kubectl-home-'));
  const t0 = performance.now();
  api = await startApiServer({ seedIstio: { rootCertPem: rootCa.certPem, gatewayAddress: '10.231.0.1', clusterName: 'cluster1', network: 'network1' } });
  startMs = performance.now() - t0;
  const v = await kubectl(['version', '--client', '-o', 'json']);
  assert.equal(v.code, 0, `${KUBECTL} version: ${v.stderr}`);
  const minor = Number.parseInt((JSON.parse(v.stdout) as { clientVersion: { minor: string } }).clientVersion.minor, 10);
  kc = { minor, createToken: minor >= 24, serverFieldValidation: minor >= 25, aggregatedDiscovery: minor >= 30 };
});

after(async () => {
  await api?.stop();
  rmSync(home, { recursive: true, force: true });
});

describe('kube-api stand-in with the real kubectl', () => {
  it('starts quickly and serves kubectl version without skew warnings', async (t) => {
    t.diagnostic(`server start (first, with serving PKI and signing key): ${startMs.toFixed(0)} ms`);
    t.diagnostic(`kubectl under test: ${KUBECTL}, 1.${kc.minor}`);
    assert.ok(startMs < 3000, `start took ${startMs} ms`);
    const r = await kubectl(['version']);
    assert.equal(r.code, 0, r.stderr);
    // 1.28+ prints "Server Version: v1.32.4...", older ones the Go struct.
    assert.match(r.stdout, /Server Version: (v1\.32\.|version\.Info\{Major:"1", Minor:"32", GitVersion:"v1\.32\.)/);
    assert.equal(r.stderr, '');
  });

  it('lists namespaces (table output, aggregated or legacy discovery)', async () => {
    const r = await kubectl(['get', 'ns']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.match(r.stdout, /^NAME\s+STATUS\s+AGE/);
    for (const ns of ['default', 'istio-system', 'kube-system']) assert.match(r.stdout, new RegExp(`^${ns}\\s+Active`, 'm'));
    const discovery = api.requests.filter((q) => q.userAgent?.startsWith('kubectl/') && (q.path === '/apis' || /^\/apis?\/[^/]+(\/[^/]+)?$/.test(q.path)));
    assert.ok(discovery.some((q) => q.path === '/apis' && q.status === 200), 'kubectl read /apis');
    if (kc.aggregatedDiscovery) {
      assert.ok(!discovery.some((q) => q.path.startsWith('/apis/')), 'aggregated discovery: no per-group-version fallback');
    } else {
      // Legacy discovery: /api, /apis, then one APIResourceList per served group version.
      const groups = (await call('GET', '/apis')).body as { groups: Array<{ versions: Array<{ groupVersion: string }> }> };
      const gvs = ['/api/v1', ...groups.groups.flatMap((g) => g.versions.map((v) => `/apis/${v.groupVersion}`))];
      assert.ok(gvs.length > 5, gvs.join(' '));
      for (const gv of gvs) assert.ok(discovery.some((q) => q.path === gv && q.status === 200), `kubectl read ${gv}`);
    }
  });

  it('reads the seeded mesh config', async () => {
    const r = await kubectl(['get', 'configmap', 'istio', '-n', 'istio-system', '-o', 'yaml']);
    assert.equal(r.code, 0, r.stderr);
    const cm = parseYaml(r.stdout) as { data: { mesh: string; meshNetworks: string } };
    const mesh = parseYaml(cm.data.mesh) as { accessLogFile: string; trustDomain: string; defaultConfig: { discoveryAddress: string; proxyMetadata: Record<string, string> } };
    assert.equal(mesh.accessLogFile, '/dev/stdout');
    assert.equal(mesh.trustDomain, 'cluster.local');
    assert.equal(mesh.defaultConfig.discoveryAddress, 'istiod.istio-system.svc:15012');
    assert.equal(mesh.defaultConfig.proxyMetadata['ISTIO_META_DNS_CAPTURE'], 'true');
    assert.deepEqual(parseYaml(cm.data.meshNetworks), { networks: {} });
  });

  it('server-side applies a ServiceAccount, Service, WorkloadEntry and Sidecar', async () => {
    const ns = await kubectl(['create', 'namespace', NS]); // protobuf body from kubectl's typed client
    assert.equal(ns.code, 0, ns.stderr);
    assert.ok(api.getObject('v1', 'ConfigMap', NS, 'istio-ca-root-cert'), 'istiod-style root cert ConfigMap in the new namespace');
    const r = await kubectl(['apply', '--server-side', '--field-manager=test', '-f', '-'], MANIFEST);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout.match(/serverside-applied/g)?.length, 4, r.stdout);
    const patches = api.requests.filter((q) => q.method === 'PATCH' && q.path.includes(`/namespaces/${NS}/`));
    assert.equal(patches.length, 4);
    for (const p of patches) {
      assert.equal(p.contentType, 'application/apply-patch+yaml');
      assert.equal(p.fieldManager, 'test');
      // kubectl 1.25+ found the fieldValidation parameter in the OpenAPI document; older ones
      // checked the manifest themselves against /openapi/v2 and send no fieldValidation.
      assert.equal(p.query['fieldValidation'], kc.serverFieldValidation ? 'Strict' : undefined);
      assert.equal(p.status, 201);
    }
    if (!kc.serverFieldValidation) {
      const v2 = api.requests.filter((q) => q.path === '/openapi/v2' && q.userAgent?.startsWith('kubectl/'));
      assert.ok(v2.length > 0 && v2.every((q) => q.status === 200), 'kubectl read /openapi/v2 for client-side validation');
    }
    const got = await kubectl(['get', 'workloadentries.networking.istio.io', '-n', NS, '-o', 'json']);
    assert.equal(got.code, 0, got.stderr);
    const items = (JSON.parse(got.stdout) as { items: KubeObject[] }).items;
    assert.equal(items.length, 1);
    const we = items[0] as KubeObject & { spec: { address: string; ports: Record<string, number> } };
    assert.equal(we.apiVersion, 'networking.istio.io/v1', 'written as v1beta1, read back as v1');
    assert.equal(we.spec.address, '10.231.1.2');
    assert.deepEqual(we.spec.ports, { http: 8080 });
    const stored = api.getObject('networking.istio.io/v1', 'WorkloadEntry', NS, 'vm-app-1');
    const mf = stored?.metadata['managedFields'] as Array<{ manager: string; operation: string; fieldsType: string; fieldsV1: any }>;
    assert.equal(mf.length, 1);
    assert.equal(mf[0]?.manager, 'test');
    assert.equal(mf[0]?.operation, 'Apply');
    assert.equal(mf[0]?.fieldsType, 'FieldsV1');
    assert.deepEqual(mf[0]?.fieldsV1['f:spec']['f:ports'], { 'f:http': {} });
    const svc = api.getObject('v1', 'Service', NS, 'vm-app') as KubeObject & { spec: { clusterIP: string; ports: Array<{ protocol: string; targetPort: number }> } };
    assert.match(svc.spec.clusterIP, /^10\.96\./, 'defaulted like a real Service');
    assert.equal(svc.spec.ports[0]?.protocol, 'TCP');
  });

  it('reports a conflict with another manager, and --force-conflicts takes the field', async () => {
    const other = `apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata: {name: vm-app-1, namespace: ${NS}}
spec: {address: 10.231.1.99}
`;
    const r = await kubectl(['apply', '--server-side', '--field-manager=other', '-f', '-'], other);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /Apply failed with 1 conflict: conflict with "test": \.spec\.address/);
    assert.match(r.stderr, /--force-conflicts/);
    const still = api.getObject('networking.istio.io/v1', 'WorkloadEntry', NS, 'vm-app-1') as KubeObject & { spec: { address: string } };
    assert.equal(still.spec.address, '10.231.1.2');

    const forced = await kubectl(['apply', '--server-side', '--field-manager=other', '--force-conflicts', '-f', '-'], other);
    assert.equal(forced.code, 0, forced.stderr);
    const now = api.getObject('networking.istio.io/v1', 'WorkloadEntry', NS, 'vm-app-1') as KubeObject & { spec: { address: string; ports: object } };
    assert.equal(now.spec.address, '10.231.1.99');
    assert.deepEqual(now.spec.ports, { http: 8080 }, 'fields only "test" applied stay');
    assert.equal(now.metadata['generation'], 2);
    const mf = now.metadata['managedFields'] as Array<{ manager: string; fieldsV1: any }>;
    assert.ok(mf.find((e) => e.manager === 'other')?.fieldsV1['f:spec']['f:address']);
    assert.equal(mf.find((e) => e.manager === 'test')?.fieldsV1['f:spec']['f:address'], undefined, 'test lost .spec.address');
  });

  it('refuses unknown fields and wrong types before storing (server-side, or old kubectl against /openapi/v2)', async () => {
    const bad = (spec: string) => `apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata: {name: vm-bad, namespace: ${NS}}
spec: ${spec}
`;
    const patchesBefore = api.requests.filter((q) => q.method === 'PATCH' && q.path.endsWith('/vm-bad')).length;
    const unknown = await kubectl(['apply', '--server-side', '--field-manager=test', '-f', '-'], bad('{address: 10.231.1.5, bogus: true}'));
    assert.notEqual(unknown.code, 0);
    const wrongType = await kubectl(['apply', '--server-side', '--field-manager=test', '-f', '-'], bad('{address: 10.231.1.5, ports: [{name: http, number: 8080}]}'));
    assert.notEqual(wrongType.code, 0);
    const patches = api.requests.filter((q) => q.method === 'PATCH' && q.path.endsWith('/vm-bad')).slice(patchesBefore);
    if (kc.serverFieldValidation) {
      assert.match(unknown.stderr, /\(BadRequest\).*strict decoding error: unknown field "spec\.bogus"/);
      assert.match(wrongType.stderr, /spec\.ports in body must be of type object: "array"/);
      assert.deepEqual(patches.map((q) => q.status), [400, 422]);
    } else {
      // kubectl's own check against the stand-in's /openapi/v2 definitions; nothing is sent.
      assert.match(unknown.stderr, /ValidationError\(WorkloadEntry\.spec\): unknown field "bogus" in io\.istio\.networking\.v1\.WorkloadEntry\.spec/);
      assert.match(wrongType.stderr, /ValidationError\(WorkloadEntry\.spec\.ports\): invalid type for io\.istio\.networking\.v1\.WorkloadEntry\.spec\.ports: got "array", expected "map"/);
      assert.deepEqual(patches, []);
    }
    assert.equal(api.getObject('networking.istio.io/v1', 'WorkloadEntry', NS, 'vm-bad'), undefined);
  });

  it('stores nothing on --dry-run=server', async () => {
    const writes = api.writes().length;
    const rvBefore = (await call('GET', '/api/v1/namespaces')).body.metadata.resourceVersion as string;
    const manifest = `apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata: {name: vm-app-2, namespace: ${NS}}
spec: {address: 10.231.1.3, ports: {http: 8080}}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: dry, namespace: ${NS}}
data: {a: b}
`;
    const r = await kubectl(['apply', '--server-side', '--field-manager=test', '--dry-run=server', '-f', '-'], manifest);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.match(/\(server dry run\)/g)?.length, 2);
    assert.equal(api.getObject('networking.istio.io/v1', 'WorkloadEntry', NS, 'vm-app-2'), undefined);
    assert.equal(api.getObject('v1', 'ConfigMap', NS, 'dry'), undefined);
    assert.equal(api.writes().length, writes, 'writes() ignores dry-run requests');
    assert.equal(api.requests.filter((q) => q.dryRun && q.method === 'PATCH').length, 2);
    const rvAfter = (await call('GET', '/api/v1/namespaces')).body.metadata.resourceVersion as string;
    assert.equal(rvAfter, rvBefore, 'resourceVersion not bumped');
  });

  it('issues ServiceAccount tokens (kubectl create token; the TokenRequest API before kubectl 1.24)', async () => {
    const r = await createToken('vm-app', { audience: 'istio-ca', seconds: 3600 });
    assert.ok(r.ok, r.error);
    const jwt = r.token;
    const c = claimsOf(jwt);
    assert.deepEqual(c['aud'], ['istio-ca']);
    assert.equal(c['sub'], `system:serviceaccount:${NS}:vm-app`);
    assert.equal(c['exp'] - c['iat'], 3600);
    assert.equal(c['kubernetes.io'].namespace, NS);
    assert.equal(c['kubernetes.io'].serviceaccount.name, 'vm-app');
    assert.equal(c['kubernetes.io'].serviceaccount.uid, api.getObject('v1', 'ServiceAccount', NS, 'vm-app')?.metadata['uid']);
    // The signature checks out against the server's published key, independently of its verifier.
    const jwks = (await call('GET', '/openid/v1/jwks')).body as { keys: Array<JsonWebKey & { kid: string }> };
    const [h, p, s] = jwt.split('.') as [string, string, string];
    assert.equal(JSON.parse(Buffer.from(h, 'base64url').toString()).kid, jwks.keys[0]?.kid);
    const key = createPublicKey({ key: jwks.keys[0] as JsonWebKey, format: 'jwk' });
    assert.ok(verifySignature('sha256', Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url')));
    const id = api.verifyServiceAccountToken(jwt);
    assert.equal(id.namespace, NS);
    assert.equal(id.serviceAccount, 'vm-app');
    assert.deepEqual(id.audiences, ['istio-ca']);
    assert.ok(Math.abs(id.expiresAt.getTime() - (Date.now() + 3600_000)) < 10_000);
    const forged = `${h}.${Buffer.from(JSON.stringify({ ...c, sub: 'system:serviceaccount:x:y' })).toString('base64url')}.${s}`;
    assert.throws(() => api.verifyServiceAccountToken(forged), /signature is invalid/);

    const short = await createToken('vm-app', { seconds: 300 });
    assert.equal(short.ok, false);
    assert.match(short.error, /may not specify a duration less than 10 minutes/);
    const missing = await createToken('nobody');
    assert.equal(missing.ok, false);
    assert.match(missing.error, /serviceaccounts "nobody" not found/);
  });

  it('deletes what it applied', async () => {
    const r = await kubectl(['delete', '-f', '-'], MANIFEST);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /workloadentry.networking.istio.io "vm-app-1" deleted/);
    assert.equal(api.getObject('networking.istio.io/v1', 'WorkloadEntry', NS, 'vm-app-1'), undefined);
    assert.equal(api.getObject('v1', 'Service', NS, 'vm-app'), undefined);
    const got = await kubectl(['get', 'we', '-n', NS]);
    assert.equal(got.code, 0, got.stderr);
    assert.match(got.stderr, /No resources found/);
    const del = api.requests.filter((q) => q.method === 'DELETE');
    assert.ok(del.length >= 4 && del.every((q) => q.status === 200));
  });

  it('answers 403 to the read-only context', async () => {
    const r = await kubectl(['--context', 'stand-in-read-only', 'create', 'configmap', 'x', '-n', NS, '--from-literal=a=b']);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /configmaps is forbidden: User ".*" cannot create resource "configmaps" in API group "" in the namespace "vm-demo"/);
    const ok = await kubectl(['--context', 'stand-in-read-only', 'get', 'configmap', 'istio', '-n', 'istio-system']);
    assert.equal(ok.code, 0, ok.stderr);
  });
});

describe('kube-api stand-in with @kubernetes/client-node', () => {
  let kc: k8s.KubeConfig;
  let objects: k8s.KubernetesObjectApi;
  let core: k8s.CoreV1Api;
  const ns = 'cn-demo';
  const we = (name: string, spec: Record<string, unknown>, labels: Record<string, string> = { app: 'cn' }) => ({
    apiVersion: 'networking.istio.io/v1',
    kind: 'WorkloadEntry',
    metadata: { name, namespace: ns, labels },
    spec,
  });
  const ssa = (obj: k8s.KubernetesObject, opts: { dryRun?: boolean; force?: boolean; manager?: string } = {}) =>
    objects.patch(obj, undefined, opts.dryRun ? 'All' : undefined, opts.manager ?? 'istio-vm-onboard', opts.force ?? false, k8s.PatchStrategy.ServerSideApply);

  before(async () => {
    kc = new k8s.KubeConfig();
    kc.loadFromString(api.kubeconfig);
    objects = k8s.KubernetesObjectApi.makeApiClient(kc);
    core = kc.makeApiClient(k8s.CoreV1Api);
    await ssa({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  });

  it('server-side applies, reads and lists; SSA median latency', async (t) => {
    const created = await ssa(we('cn-1', { address: '10.231.2.2', ports: { http: 8080 } }));
    assert.ok(created.metadata?.uid);
    const rv1 = Number(created.metadata?.resourceVersion);
    const times: number[] = [];
    for (let i = 0; i < 31; i++) {
      const t0 = performance.now();
      await ssa(we('cn-1', { address: '10.231.2.2', ports: { http: 8080 + (i % 2) } }));
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    const median = times[15] as number;
    t.diagnostic(`server-side apply via client-node: median ${median.toFixed(1)} ms, max ${(times[30] as number).toFixed(1)} ms (31 requests)`);
    assert.ok(median < 100, `median SSA ${median} ms`);
    const read = (await objects.read({ apiVersion: 'networking.istio.io/v1', kind: 'WorkloadEntry', metadata: { name: 'cn-1', namespace: ns } })) as KubeObject;
    assert.ok(Number(read.metadata['resourceVersion']) > rv1);
    await ssa(we('cn-2', { address: '10.231.2.3' }, { app: 'other' }));
    const sel = async (labelSelector?: string, fieldSelector?: string) =>
      (await objects.list('networking.istio.io/v1', 'WorkloadEntry', ns, undefined, undefined, undefined, fieldSelector, labelSelector)).items.map((o) => o.metadata?.name).sort();
    assert.deepEqual(await sel('app=cn'), ['cn-1']);
    assert.deepEqual(await sel('app!=cn'), ['cn-2']);
    assert.deepEqual(await sel('app in (cn,other)'), ['cn-1', 'cn-2']);
    assert.deepEqual(await sel('app notin (cn)'), ['cn-2']);
    assert.deepEqual(await sel(undefined, 'metadata.name=cn-2'), ['cn-2']);
  });

  it('removes fields a manager stops applying, keeps those another manager owns', async () => {
    await ssa(we('cn-3', { address: '10.231.2.4', ports: { http: 80, grpc: 90 } }, { app: 'cn', tier: 'x' }));
    await ssa({ apiVersion: 'networking.istio.io/v1', kind: 'WorkloadEntry', metadata: { name: 'cn-3', namespace: ns, labels: { team: 'a' } } }, { manager: 'labeller' });
    await ssa(we('cn-3', { address: '10.231.2.4', ports: { http: 80 } }, { app: 'cn' }));
    const o = api.getObject('networking.istio.io/v1', 'WorkloadEntry', ns, 'cn-3') as KubeObject & { spec: { ports: object } };
    assert.deepEqual(o.spec.ports, { http: 80 });
    assert.deepEqual(o.metadata.labels, { app: 'cn', team: 'a' });
  });

  it('changes nothing on a dry-run apply', async () => {
    const writes = api.writes().length;
    const out = (await ssa(we('cn-dry', { address: '10.231.2.9' }), { dryRun: true })) as KubeObject;
    assert.equal(out.metadata.name, 'cn-dry');
    assert.equal(api.getObject('networking.istio.io/v1', 'WorkloadEntry', ns, 'cn-dry'), undefined);
    assert.equal(api.writes().length, writes);
  });

  it('creates ServiceAccount tokens with CoreV1Api.createNamespacedServiceAccountToken', async () => {
    await ssa({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'cn-sa', namespace: ns } });
    const tr = await core.createNamespacedServiceAccountToken({ name: 'cn-sa', namespace: ns, body: { spec: { audiences: ['istio-ca'], expirationSeconds: 7200 } } });
    const jwt = tr.status?.token as string;
    const id = api.verifyServiceAccountToken(jwt);
    assert.equal(id.serviceAccount, 'cn-sa');
    assert.ok(Math.abs((tr.status?.expirationTimestamp as Date).getTime() - id.expiresAt.getTime()) < 1000);
    assert.ok(Math.abs(id.expiresAt.getTime() - Date.now() - 7200_000) < 10_000);
    const dflt = await core.createNamespacedServiceAccountToken({ name: 'cn-sa', namespace: ns, body: { spec: { audiences: ['istio-ca'] } } });
    assert.equal(dflt.spec?.expirationSeconds, 3600, 'default expiry');
    // A token outlives nothing: once its ServiceAccount is gone it no longer verifies.
    await objects.delete({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'cn-sa', namespace: ns } }, undefined, undefined, undefined, undefined, 'Background');
    assert.throws(() => api.verifyServiceAccountToken(jwt), /does not exist/);
  });

  it('answers injected faults as real Status errors (503 with Retry-After, 403)', async () => {
    const ref = { apiVersion: 'networking.istio.io/v1', kind: 'WorkloadEntry', metadata: { name: 'cn-1', namespace: ns } };
    api.injectFault({ method: 'GET', path: /\/workloadentries\/cn-1$/, status: 503, retryAfterSeconds: 2, times: 1 });
    await assert.rejects(objects.read(ref), (e: k8s.ApiException<string>) => {
      assert.equal(e.code, 503);
      assert.equal(e.headers['retry-after'], '2');
      const st = JSON.parse(e.body) as { reason: string; code: number; details: { retryAfterSeconds: number } };
      assert.equal(st.reason, 'ServiceUnavailable');
      assert.equal(st.details.retryAfterSeconds, 2);
      return true;
    });
    assert.ok(await objects.read(ref), 'times: 1 -> the next request is served');
    api.injectFault({ path: `/apis/networking.istio.io/v1/namespaces/${ns}/workloadentries/cn-1`, status: 403, message: 'denied by test' });
    await assert.rejects(ssa(we('cn-1', { address: '10.231.2.2' })), (e: k8s.ApiException<string>) => {
      assert.equal(e.code, 403);
      assert.deepEqual(JSON.parse(e.body), { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'denied by test', reason: 'Forbidden', code: 403 });
      return true;
    });
    assert.equal(api.requests.at(-1)?.status, 403);
    api.clearFaults();
    assert.ok(await objects.read(ref));
  });

  it('refuses WorkloadEntry ports given as a list (422) and writes into a missing namespace (404)', async () => {
    await assert.rejects(ssa(we('cn-bad', { address: '10.231.2.5', ports: [{ name: 'http', number: 8080 }] })), (e: k8s.ApiException<string>) => {
      assert.equal(e.code, 422);
      const st = JSON.parse(e.body) as { reason: string; message: string; details: { kind: string; causes: Array<{ field: string; reason: string }> } };
      assert.equal(st.reason, 'Invalid');
      assert.equal(st.details.kind, 'WorkloadEntry');
      assert.equal(st.details.causes[0]?.field, 'spec.ports');
      assert.equal(st.details.causes[0]?.reason, 'FieldValueTypeInvalid');
      assert.match(st.message, /spec\.ports in body must be of type object: "array"/);
      return true;
    });
    await assert.rejects(ssa({ ...we('x', { address: '10.231.2.6' }), metadata: { name: 'x', namespace: 'nope' } }), (e: k8s.ApiException<string>) => {
      assert.equal(e.code, 404);
      const st = JSON.parse(e.body) as { reason: string; message: string };
      assert.equal(st.reason, 'NotFound');
      assert.equal(st.message, 'namespaces "nope" not found');
      return true;
    });
  });
});

describe('kube-api stand-in over raw HTTPS', () => {
  const path = '/apis/networking.istio.io/v1/namespaces/cn-demo/workloadentries';

  it('answers 401 without or with a wrong token, 403 to the read-only token on writes', async () => {
    for (const token of [null, 'wrong']) {
      const r = await call('GET', '/api/v1/namespaces', { token });
      assert.equal(r.status, 401);
      assert.deepEqual(r.body, { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'Unauthorized', reason: 'Unauthorized', code: 401 });
    }
    const w = await call('POST', '/api/v1/namespaces/cn-demo/configmaps', { token: api.readOnlyToken, body: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'ro' } } });
    assert.equal(w.status, 403);
    assert.equal(w.body.reason, 'Forbidden');
    assert.equal((await call('GET', '/api/v1/namespaces/cn-demo/configmaps', { token: api.readOnlyToken })).status, 200);
  });

  it('requires fieldManager for apply and a kind/apiVersion matching the URL', async () => {
    const body = { apiVersion: 'networking.istio.io/v1', kind: 'WorkloadEntry', metadata: { name: 'raw-1' }, spec: { address: '10.231.2.7' } };
    const noMgr = await call('PATCH', `${path}/raw-1`, { body, contentType: 'application/apply-patch+yaml' });
    assert.equal(noMgr.status, 422);
    assert.equal(noMgr.body.details.causes[0].field, 'fieldManager');
    const wrongKind = await call('PATCH', `${path}/raw-1?fieldManager=t`, { body: { ...body, kind: 'Sidecar' }, contentType: 'application/apply-patch+yaml' });
    assert.equal(wrongKind.status, 400);
    const yamlBody = 'apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata: {name: raw-1}\nspec: {address: 10.231.2.7}\n';
    const ok = await call('PATCH', `${path}/raw-1?fieldManager=t`, { body: yamlBody, contentType: 'application/apply-patch+yaml' });
    assert.equal(ok.status, 201, JSON.stringify(ok.body));
  });

  it('warns about unknown fields, or refuses them with fieldValidation=Strict', async () => {
    const body = { apiVersion: 'networking.istio.io/v1', kind: 'WorkloadEntry', metadata: { name: 'raw-2' }, spec: { address: '10.231.2.8', bogus: 1 }, extra: true };
    const strict = await call('POST', `${path}?fieldValidation=Strict`, { body });
    assert.equal(strict.status, 400);
    assert.match(strict.body.message, /strict decoding error: unknown field "extra", unknown field "spec.bogus"/);
    const warn = await call('POST', path, { body });
    assert.equal(warn.status, 201);
    assert.match(String(warn.headers['warning']), /299 - "unknown field \\"extra\\""/);
    assert.equal(warn.body.extra, undefined);
    assert.equal(warn.body.spec.bogus, undefined);
    const again = await call('POST', path, { body });
    assert.equal(again.status, 409);
    assert.equal(again.body.reason, 'AlreadyExists');
  });

  it('applies merge and JSON patches, refuses strategic merge on custom resources (415)', async () => {
    const merge = await call('PATCH', `${path}/raw-2`, { body: { metadata: { labels: { a: 'b' } } }, contentType: 'application/merge-patch+json' });
    assert.equal(merge.status, 200);
    assert.deepEqual(merge.body.metadata.labels, { a: 'b' });
    const json = await call('PATCH', `${path}/raw-2`, { body: [{ op: 'replace', path: '/spec/address', value: '10.231.2.88' }], contentType: 'application/json-patch+json' });
    assert.equal(json.status, 200);
    assert.equal(json.body.spec.address, '10.231.2.88');
    assert.equal(json.body.metadata.generation, 2);
    const smp = await call('PATCH', `${path}/raw-2`, { body: { spec: {} }, contentType: 'application/strategic-merge-patch+json' });
    assert.equal(smp.status, 415);
    const svc = await call('PATCH', '/api/v1/namespaces/istio-system/services/istiod', { body: { metadata: { labels: { x: 'y' } } }, contentType: 'application/strategic-merge-patch+json' });
    assert.equal(svc.status, 200, 'built-in kinds take strategic merge patches');
  });

  it('validates names and Service ports (422 with causes)', async () => {
    const bad = await call('POST', '/api/v1/namespaces/cn-demo/services', {
      body: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'Bad_Name' }, spec: { ports: [{ name: 'a', port: 80 }, { name: 'b' }] } },
    });
    assert.equal(bad.status, 422);
    const fields = (bad.body.details.causes as Array<{ field: string }>).map((c) => c.field);
    assert.deepEqual(fields, ['metadata.name', 'spec.ports[1].port']);
  });

  it('serves one storage for the Istio versions', async () => {
    const a = await call('GET', '/apis/networking.istio.io/v1alpha3/namespaces/cn-demo/workloadentries/raw-2');
    assert.equal(a.status, 200);
    assert.equal(a.body.apiVersion, 'networking.istio.io/v1alpha3');
    const list = await call('GET', '/apis/networking.istio.io/v1beta1/workloadentries');
    assert.ok(list.body.items.every((i: KubeObject) => i.apiVersion === 'networking.istio.io/v1beta1'));
  });

  it('streams watch events', async () => {
    const watching = call('GET', '/api/v1/namespaces/cn-demo/configmaps?watch=true&timeoutSeconds=1&labelSelector=w%3D1');
    await new Promise((r) => setTimeout(r, 200));
    const created = await call('POST', '/api/v1/namespaces/cn-demo/configmaps', { body: { metadata: { name: 'watched', labels: { w: '1' } }, data: { a: 'b' } } });
    assert.equal(created.status, 201, 'kind and apiVersion default from the URL for built-in kinds');
    await call('DELETE', '/api/v1/namespaces/cn-demo/configmaps/watched');
    const w = await watching;
    assert.equal(w.status, 200);
    const events = String(w.body).trim().split('\n').map((l) => JSON.parse(l) as { type: string; object: KubeObject });
    assert.deepEqual(events.map((e) => `${e.type} ${e.object.metadata.name}`), ['ADDED watched', 'DELETED watched']);
  });

  it('deletes a namespace with its contents', async () => {
    const del = await call('DELETE', '/api/v1/namespaces/cn-demo?propagationPolicy=Foreground');
    assert.equal(del.status, 200);
    assert.equal(api.listObjects('networking.istio.io/v1', 'WorkloadEntry', 'cn-demo').length, 0);
    assert.equal((await call('GET', '/api/v1/namespaces/cn-demo')).status, 404);
  });
});

describe('kube-api stand-in seed options', () => {
  it('can leave out pieces of the Istio install and give the gateway a hostname', async (t) => {
    const t0 = performance.now();
    const s = await startApiServer({ seedIstio: { rootCertPem: rootCa.certPem, gatewayHostname: 'gw.example.com', omit: ['injector', 'root-cert'] } });
    t.diagnostic(`server start (PKI cached in process): ${(performance.now() - t0).toFixed(0)} ms`);
    try {
      assert.equal(s.getObject('v1', 'ConfigMap', 'istio-system', 'istio-sidecar-injector'), undefined);
      assert.equal(s.getObject('v1', 'ConfigMap', 'istio-system', 'istio-ca-root-cert'), undefined);
      assert.ok(s.getObject('v1', 'ConfigMap', 'istio-system', 'istio'));
      const gw = s.getObject('v1', 'Service', 'istio-system', 'istio-eastwestgateway') as KubeObject & { status: { loadBalancer: { ingress: Array<{ hostname?: string }> } }; spec: { ports: Array<{ name: string; port: number }> } };
      assert.equal(gw.status.loadBalancer.ingress[0]?.hostname, 'gw.example.com');
      assert.deepEqual(gw.spec.ports.map((p) => [p.name, p.port]).filter(([n]) => n === 'tls' || n === 'tls-istiod'), [['tls', 15443], ['tls-istiod', 15012]]);
    } finally {
      await s.stop();
    }
    const ip = await startApiServer({ seedIstio: { rootCertPem: rootCa.certPem, gatewayAddress: '10.231.9.9' } });
    try {
      const values = JSON.parse(String((ip.getObject('v1', 'ConfigMap', 'istio-system', 'istio-sidecar-injector') as KubeObject & { data: { values: string } }).data.values));
      assert.equal(values.global.jwtPolicy, 'third-party-jwt');
      assert.equal(values.global.pilotCertProvider, 'istiod');
      assert.equal(values.global.proxy.image, 'proxyv2');
      const root = ip.getObject('v1', 'ConfigMap', 'istio-system', 'istio-ca-root-cert') as KubeObject & { data: Record<string, string> };
      assert.equal(root.data['root-cert.pem'], rootCa.certPem);
      const gw = ip.getObject('v1', 'Service', 'istio-system', 'istio-eastwestgateway') as KubeObject & { status: { loadBalancer: { ingress: Array<{ ip?: string }> } } };
      assert.equal(gw.status.loadBalancer.ingress[0]?.ip, '10.231.9.9');
    } finally {
      await ip.stop();
    }
  });
});
