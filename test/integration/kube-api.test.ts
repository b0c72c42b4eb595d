// The contract of cluster/kube-api.ts, the one file that talks to @kubernetes/client-node, on
// the real kube-apiserver: each call the action makes (read, apply, delete, list, ConfigMap,
// Service, token, Lease) does what the rest of the action counts on, the requests it sends are
// the ones recorded by the front (query parameters, content type), and what the client throws
// for a refusal is what cluster/errors.ts reads. A version bump of the client has to pass this.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ApiTimeout, statusOf } from '../../src/cluster/errors.js';
import { connectCluster } from '../../src/cluster/client.js';
import { openKubeApi, type KubeApi } from '../../src/cluster/kube-api.js';
import type { Logger } from '../../src/log.js';
import type { KubeObject } from '../../src/plan/kube-object.js';
import { startKube, type KubeCluster } from '../support/control-plane/kube.js';

const NS = 'contract';
const MANAGER = 'istio-vm-onboard-contract';
let kube: KubeCluster;
let api: KubeApi;

before(async () => {
  kube = await startKube();
  await kube.putObject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: NS } });
  await kube.putObject({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'workload', namespace: NS } });
  api = openKubeApi({ kubeconfig: kube.kubeconfig, context: '', signal: new AbortController().signal, requestTimeoutMs: 10_000 });
});
after(async () => {
  await kube?.stop();
});

/** What the API server answered, as errors.ts reads it: the HTTP status, or undefined for no answer. */
async function refusal(p: Promise<unknown>): Promise<number | undefined> {
  return p.then(
    () => assert.fail('the API server accepted it'),
    (err: unknown) => statusOf(err)?.code,
  );
}

const since = (n: number) => kube.requests.slice(n);
const configMap = (name: string, data: Record<string, string>): KubeObject => ({
  apiVersion: 'v1',
  kind: 'ConfigMap',
  metadata: { name, namespace: NS },
  data,
});

describe('kube-api: objects', () => {
  it("names the kubeconfig's server", () => {
    assert.equal(api.server, kube.url.replace(/\/$/, ''));
  });

  it('apply: server-side apply as the field manager, strict, the object as given; a dry-run stores nothing; the same apply keeps the version', async () => {
    const n = kube.requests.length;
    const dry = await api.apply(configMap('settings', { a: '1' }), { fieldManager: MANAGER, dryRun: true });
    assert.equal(dry.metadata.name, 'settings');
    assert.equal(await kube.getObject('v1', 'ConfigMap', NS, 'settings'), undefined, 'a dry-run stores nothing');
    const created = await api.apply(configMap('settings', { a: '1' }), { fieldManager: MANAGER, dryRun: false });
    assert.deepEqual(created['data'], { a: '1' });
    assert.equal((created.metadata['managedFields'] as Array<{ manager: string; operation: string }>)[0]?.manager, MANAGER);
    const again = await api.apply(configMap('settings', { a: '1' }), { fieldManager: MANAGER, dryRun: false });
    assert.equal(
      again.metadata['resourceVersion'],
      created.metadata['resourceVersion'],
      'an apply that changes nothing keeps the resourceVersion',
    );
    const patches = since(n).filter((r) => r.method === 'PATCH');
    assert.deepEqual(
      patches.map((r) => [
        r.path,
        r.query['fieldManager'],
        r.query['fieldValidation'],
        r.query['force'],
        r.query['dryRun'],
        r.contentType?.split(';')[0],
      ]),
      [
        [`/api/v1/namespaces/${NS}/configmaps/settings`, MANAGER, 'Strict', 'false', 'All', 'application/apply-patch+yaml'],
        [`/api/v1/namespaces/${NS}/configmaps/settings`, MANAGER, 'Strict', 'false', undefined, 'application/apply-patch+yaml'],
        [`/api/v1/namespaces/${NS}/configmaps/settings`, MANAGER, 'Strict', 'false', undefined, 'application/apply-patch+yaml'],
      ],
    );
  });

  it('apply: a field another manager owns is a conflict (409), not taken over', async () => {
    await kube.putObject(configMap('owned', { k: 'theirs' }));
    assert.equal(await refusal(api.apply(configMap('owned', { k: 'ours' }), { fieldManager: MANAGER, dryRun: false })), 409);
    assert.deepEqual((await kube.getObject('v1', 'ConfigMap', NS, 'owned'))?.['data'], { k: 'theirs' });
  });

  it('read: the live object; an absent one is a 404 errors.ts recognises', async () => {
    const live = await api.read({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: NS } });
    assert.deepEqual(live['data'], { a: '1' });
    assert.equal(await refusal(api.read({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'absent', namespace: NS } })), 404);
  });

  it('list: the objects of one kind in one namespace', async () => {
    const names = (await api.list('v1', 'ConfigMap', NS)).map((o) => o.metadata.name).sort();
    assert.deepEqual(
      names.filter((x) => x !== 'kube-root-ca.crt'),
      ['owned', 'settings'],
    );
    assert.deepEqual(
      await api.list('v1', 'ConfigMap', 'kube-public').then((l) => l.every((o) => o.metadata.namespace === 'kube-public')),
      true,
    );
  });

  it('delete: propagationPolicy Background; deleting what is gone is a 404', async () => {
    const n = kube.requests.length;
    await api.delete({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: NS } });
    assert.equal(await kube.getObject('v1', 'ConfigMap', NS, 'settings'), undefined);
    const deletes = since(n).filter((r) => r.method === 'DELETE');
    assert.deepEqual(
      deletes.map((r) => [r.path, r.query['propagationPolicy']]),
      [[`/api/v1/namespaces/${NS}/configmaps/settings`, 'Background']],
    );
    assert.equal(await refusal(api.delete({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: NS } })), 404);
  });

  it('readConfigMap and readService: the typed reads mesh-facts uses', async () => {
    await kube.putObject(configMap('istio', { mesh: 'trustDomain: cluster.local\n' }));
    assert.deepEqual((await api.readConfigMap(NS, 'istio')).data, { mesh: 'trustDomain: cluster.local\n' });
    await kube.putObject({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'gateway', namespace: NS },
      spec: { ports: [{ name: 'tls', port: 15443 }] },
    });
    const svc = await api.readService(NS, 'gateway');
    assert.ok(svc.status && typeof svc.status === 'object', 'a Service with its status');
    assert.equal(await refusal(api.readService(NS, 'absent')), 404);
  });
});

describe('kube-api: token', () => {
  it('requestToken: a TokenRequest with the audience and lifetime; the token is accepted for that audience only', async () => {
    const before = Date.now();
    const issued = await api.requestToken(NS, 'workload', { audiences: ['istio-ca'], expirationSeconds: 3600 });
    assert.ok(issued.token && issued.token.split('.').length === 3, 'a JWT');
    assert.ok(issued.expirationTimestamp instanceof Date, 'the expiry as a Date');
    const lifetime = (issued.expirationTimestamp.getTime() - before) / 1000;
    assert.ok(lifetime > 3500 && lifetime < 3700, `lifetime ${lifetime} s`);
    const review = await kube.reviewToken(issued.token, ['istio-ca']);
    assert.equal(review.authenticated, true, review.error);
    assert.equal(review.user, `system:serviceaccount:${NS}:workload`);
    assert.equal((await kube.reviewToken(issued.token, ['another'])).authenticated, false);
    assert.equal(await refusal(api.requestToken(NS, 'absent', { audiences: ['istio-ca'], expirationSeconds: 3600 })), 404);
  });
});

describe('kube-api: Lease', () => {
  const lease = (holder: string, renew: string, resourceVersion?: string) => ({
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name: 'vm', namespace: NS, ...(resourceVersion ? { resourceVersion } : {}) },
    spec: { holderIdentity: holder, leaseDurationSeconds: 15, acquireTime: renew, renewTime: renew, leaseTransitions: 0 },
  });

  it('create, read (MicroTime back as text, to the microsecond sent), replace only at the live version, delete only at the live version', async () => {
    const created = await api.createLease(NS, lease('run-a', '2026-01-02T03:04:05.123456Z'));
    assert.equal(await refusal(api.createLease(NS, lease('run-b', '2026-01-02T03:04:05.123456Z'))), 409, 'a second create is a conflict');
    const read = await api.readLease(NS, 'vm');
    assert.equal(read.spec?.holderIdentity, 'run-a');
    // client-node keeps a MicroTime as the text it read (lease.ts's timeOf takes either).
    assert.equal(read.spec?.renewTime, '2026-01-02T03:04:05.123456Z');
    const v1 = created.metadata?.resourceVersion ?? '';
    const renewed = await api.replaceLease(NS, 'vm', lease('run-a', '2026-01-02T03:04:10.000000Z', v1));
    assert.notEqual(renewed.metadata?.resourceVersion, v1);
    assert.equal(
      await refusal(api.replaceLease(NS, 'vm', lease('run-b', '2026-01-02T03:04:11.000000Z', v1))),
      409,
      'a replace at a stale version',
    );
    assert.equal(await refusal(api.deleteLease(NS, 'vm', v1)), 409, 'a delete at a stale version');
    assert.equal((await api.readLease(NS, 'vm')).spec?.holderIdentity, 'run-a', 'both refused: the lease is as it was');
    await api.deleteLease(NS, 'vm', renewed.metadata?.resourceVersion);
    assert.equal(await refusal(api.readLease(NS, 'vm')), 404);
  });
});

describe('kube-api: signals and timeouts', () => {
  it('a request with an aborted signal is not sent; withSignal gives the same cluster with a live one', async () => {
    const stop = new AbortController();
    const stopped = openKubeApi({ kubeconfig: kube.kubeconfig, context: '', signal: stop.signal, requestTimeoutMs: 10_000 });
    stop.abort(new Error('the run stopped'));
    const n = kube.requests.length;
    await assert.rejects(stopped.readConfigMap(NS, 'istio'));
    assert.equal(since(n).length, 0, 'nothing reached the API server');
    assert.deepEqual((await stopped.withSignal(new AbortController().signal).readConfigMap(NS, 'istio')).data, {
      mesh: 'trustDomain: cluster.local\n',
    });
  });

  it('withSignal shares the keep-alive connections of the client it comes from: no new TLS handshake', async () => {
    await kube.putObject(configMap('pooled', { a: 'b' }));
    const first = openKubeApi({ kubeconfig: kube.kubeconfig, context: '', signal: new AbortController().signal, requestTimeoutMs: 10_000 });
    // undici's pool settles at two connections for requests one after the other (the second
    // request goes out before the first connection is handed back); after that it reuses them.
    for (let i = 0; i < 3; i++) await first.readConfigMap(NS, 'pooled');
    const pooled = kube.connections();
    const derived = first.withSignal(new AbortController().signal);
    for (let i = 0; i < 3; i++) await derived.readConfigMap(NS, 'pooled');
    await derived.withSignal(new AbortController().signal).readConfigMap(NS, 'pooled');
    assert.equal(kube.connections(), pooled, 'the derived clients opened no connection of their own');
  });

  it('speaks HTTP/2 when the server offers it, as kube-apiserver does: requests at once share one connection', async () => {
    await kube.putObject(configMap('h2', { a: 'b' }));
    const fresh = openKubeApi({ kubeconfig: kube.kubeconfig, context: '', signal: new AbortController().signal, requestTimeoutMs: 10_000 });
    const [opened, n] = [kube.connections(), kube.requests.length];
    await Promise.all([0, 1, 2, 3].map(() => fresh.readConfigMap(NS, 'h2')));
    assert.deepEqual(
      since(n).map((r) => r.httpVersion),
      ['2.0', '2.0', '2.0', '2.0'],
    );
    assert.equal(kube.connections(), opened + 1, 'four requests at once, one connection');
  });

  it('a request without an answer ends at the request timeout, which client.ts reports as ApiTimeout', async () => {
    const quiet: Logger = { info() {}, debug() {}, warning() {}, error() {}, group: (_t, fn) => fn(), secret() {} };
    const cluster = await connectCluster(kube.kubeconfig, '', quiet, new AbortController().signal, 1_000);
    kube.injectFault({ method: 'GET', path: `/api/v1/namespaces/${NS}/configmaps/istio`, status: 0, hang: true, times: 1 });
    try {
      const started = Date.now();
      await assert.rejects(
        cluster.call(() => cluster.readConfigMap(NS, 'istio')),
        (err: unknown) => err instanceof ApiTimeout && err.timeoutMs === 1_000,
      );
      assert.ok(Date.now() - started < 5_000);
    } finally {
      kube.clearFaults();
    }
  });
});
