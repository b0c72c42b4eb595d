// Issue #11: Kubernetes API failures turned into what was being done and what to do about it.
// The Status bodies are the real API server's (staging/src/k8s.io/apiserver/pkg/endpoints/
// handlers/responsewriters/errors.go forbiddenMessage; the typed-patch 500 of server-side apply).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiException } from '@kubernetes/client-node';
import { ApiTimeout, clusterError, parseForbidden } from '../../src/cluster/errors.js';

function status(code: number, message: string, reason?: string, details?: Record<string, unknown>): ApiException<string> {
  return new ApiException(
    code,
    'HTTP-Code',
    JSON.stringify({
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Failure',
      message,
      ...(reason ? { reason } : {}),
      ...(details ? { details } : {}),
      code,
    }),
    {},
  );
}

describe('clusterError', () => {
  it('names verb, resource, API group, namespace and user of an RBAC refusal in the hint', () => {
    const err = clusterError(
      'request a token for ServiceAccount demo/backend-vm',
      status(
        403,
        'serviceaccounts "backend-vm" is forbidden: User "system:serviceaccount:ci:onboarder" cannot create resource "serviceaccounts/token" in API group "" in the namespace "demo"',
        'Forbidden',
        { name: 'backend-vm', kind: 'serviceaccounts' },
      ),
    );
    assert.equal(
      err.message,
      'request a token for ServiceAccount demo/backend-vm: HTTP 403 Forbidden: serviceaccounts "backend-vm" is forbidden: User "system:serviceaccount:ci:onboarder" cannot create resource "serviceaccounts/token" in API group "" in the namespace "demo"',
    );
    assert.equal(
      err.hint,
      'grant verb "create" on resource "serviceaccounts/token" (the core API group) in namespace demo to system:serviceaccount:ci:onboarder: deploy/rbac.yaml holds every permission the action needs',
    );
  });

  it('says "at the cluster scope" for a cluster-scoped refusal, and names a non-core API group', () => {
    assert.deepEqual(
      parseForbidden('namespaces is forbidden: User "alice" cannot list resource "namespaces" in API group "" at the cluster scope'),
      { user: 'alice', verb: 'list', resource: 'namespaces', group: '', namespace: '' },
    );
    const err = clusterError(
      'delete WorkloadEntry/demo/web',
      status(
        403,
        'workloadentries.networking.istio.io "web" is forbidden: User "bob" cannot delete resource "workloadentries" in API group "networking.istio.io" in the namespace "demo"',
        'Forbidden',
      ),
    );
    assert.equal(
      err.hint,
      'grant verb "delete" on resource "workloadentries" (API group networking.istio.io) in namespace demo to bob: deploy/rbac.yaml holds every permission the action needs',
    );
    const cluster = clusterError(
      'get Namespace/x',
      status(
        403,
        'namespaces "x" is forbidden: User "bob" cannot get resource "namespaces" in API group "" at the cluster scope',
        'Forbidden',
      ),
    );
    assert.match(
      cluster.hint ?? '',
      /^grant verb "get" on resource "namespaces" \(the core API group\) at the cluster scope \(a ClusterRole\) to bob/,
    );
  });

  it("keeps the general RBAC hint when the message is not the authorizer's", () => {
    assert.match(
      clusterError('read x', status(403, 'forbidden by a webhook')).hint ?? '',
      /lacks RBAC permission for this: grant it \(deploy\/rbac\.yaml/,
    );
  });

  it('gives the typed-patch 500 of server-side apply a hint to fix the field, not to retry', () => {
    const err = clusterError(
      'apply Sidecar/demo/web',
      status(
        500,
        'failed to create typed patch object (demo/web; networking.istio.io/v1, Kind=Sidecar): .spec.egres: field not declared in schema',
      ),
    );
    assert.match(err.message, /HTTP 500: failed to create typed patch object .*\.spec\.egres: field not declared in schema$/);
    assert.match(err.hint ?? '', /not in its kind's schema on this API server .*retrying will not help$/);
    assert.equal(
      clusterError('apply x', status(500, 'etcdserver: request timed out', 'InternalError')).hint,
      'the API server failed: retry later',
    );
  });

  it('says a request went unanswered within api-timeout', () => {
    const err = clusterError('read ConfigMap istio-system/istio', new ApiTimeout(2000));
    assert.equal(err.message, 'read ConfigMap istio-system/istio: no answer from the API server within 2s');
    assert.match(err.hint ?? '', /raise api-timeout/);
  });
});

describe('a request that never reached the API server', () => {
  it('says ECONNREFUSED and the address, not "fetch failed" (a real refused connection on loopback)', async () => {
    const { createServer } = await import('node:net');
    const { connectCluster } = await import('../../src/cluster/client.js');
    // A port that was just free: nothing listens there once the server is closed.
    const server = createServer();
    const port = await new Promise<number>((resolve) =>
      server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port)),
    );
    await new Promise((resolve) => server.close(resolve));
    const kubeconfig = `clusters: [{name: c, cluster: {server: "https://127.0.0.1:${port}"}}]\nusers: [{name: u, user: {token: t}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n`;
    const log = { info() {}, debug() {}, warning() {}, error() {}, secret() {}, redact: (s: string) => s } as never;
    const cluster = await connectCluster(kubeconfig, '', log, new AbortController().signal, 5_000);
    const err = await cluster
      .call(() => cluster.readConfigMap('istio-system', 'istio'))
      .then(
        () => assert.fail('no server listens there'),
        (e: unknown) => e,
      );
    assert.equal((err as Error).message, 'fetch failed', 'what the client throws says nothing by itself');
    const step = clusterError('read ConfigMap istio-system/istio', err);
    assert.equal(step.message, `read ConfigMap istio-system/istio: connect ECONNREFUSED 127.0.0.1:${port}`);
    assert.match(step.hint ?? '', /^nothing listens there: check the server URL in the kubeconfig/);
  });

  it('names every address an AggregateError tried', () => {
    const refused = (address: string) =>
      Object.assign(new Error(`connect ECONNREFUSED ${address}:6443`), { code: 'ECONNREFUSED', address, port: 6443 });
    const both = Object.assign(new AggregateError([refused('::1'), refused('127.0.0.1')], ''), { code: 'ECONNREFUSED' });
    const err = clusterError('list Services', Object.assign(new TypeError('fetch failed'), { cause: both }));
    assert.equal(err.message, 'list Services: ECONNREFUSED [::1]:6443, 127.0.0.1:6443');
    assert.equal(clusterError('x', new TypeError('fetch failed')).message, 'x: fetch failed', 'no cause: as it was');
  });
});
