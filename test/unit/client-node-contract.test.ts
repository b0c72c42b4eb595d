// What src/cluster/kube-api.ts, the one file that talks to @kubernetes/client-node, counts on
// in the package without a cluster: the exact version, the entry's exports it calls, the two
// KubeConfig methods it overrides (the per-request signal, one connection pool), and the shape
// of the error the client throws for a refusal, which cluster/errors.ts reads without the
// class. Each request on the real kube-apiserver: test/integration/kube-api.test.ts. The
// kubeconfig reader that stands in for KubeConfig at startup: test/unit/kubeconfig-file.test.ts.
// A version bump has to pass all three.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import * as k8s from '@kubernetes/client-node';
import { clusterError, isNotFound, statusOf } from '../../src/cluster/errors.js';
import { openKubeApi } from '../../src/cluster/kube-api.js';
import pkg from '../../package.json' with { type: 'json' };

describe('the client-node the adapter is written against', () => {
  it('is pinned exactly, and the installed one is that version', () => {
    const pinned = pkg.dependencies['@kubernetes/client-node'];
    assert.match(pinned, /^\d+\.\d+\.\d+$/);
    const entry = createRequire(import.meta.url).resolve('@kubernetes/client-node');
    let dir = dirname(entry);
    while (!dir.endsWith(join('@kubernetes', 'client-node'))) dir = dirname(dir);
    assert.equal((JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version, pinned);
  });

  it('exports what the adapter builds its requests with: the kubeconfig, the server configuration, the transport, the refusal type', () => {
    for (const name of ['KubeConfig', 'ServerConfiguration', 'IsomorphicFetchHttpLibrary', 'ApiException'] as const)
      assert.equal(typeof k8s[name], 'function', name);
    assert.equal(k8s.PatchStrategy.ServerSideApply, 'application/apply-patch+yaml');
    assert.deepEqual(
      [k8s.HttpMethod.GET, k8s.HttpMethod.POST, k8s.HttpMethod.PUT, k8s.HttpMethod.PATCH, k8s.HttpMethod.DELETE],
      ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    );
    assert.equal(typeof k8s.IsomorphicFetchHttpLibrary.prototype.send, 'function');
    const ctx = new k8s.ServerConfiguration('https://a.example:6443', {}).makeRequestContext(
      '/api/v1/namespaces/x/configmaps/y',
      k8s.HttpMethod.GET,
    );
    ctx.setQueryParam('fieldValidation', 'Strict');
    ctx.setHeaderParam('Accept', 'application/json');
    assert.equal(ctx.getUrl(), 'https://a.example:6443/api/v1/namespaces/x/configmaps/y?fieldValidation=Strict');
    assert.equal(ctx.getHeaders()['Accept'], 'application/json');
    for (const m of ['setBody', 'setSignal', 'setDispatcher'] as const) assert.equal(typeof ctx[m], 'function', m);
  });

  it('has the KubeConfig methods the adapter overrides: applySecurityAuthentication, and the private createDispatcher it reuses', () => {
    const proto = k8s.KubeConfig.prototype as unknown as Record<string, unknown>;
    assert.equal(typeof proto['applySecurityAuthentication'], 'function');
    assert.equal(typeof proto['createDispatcher'], 'function', 'renamed or gone: one TLS connection per request again (kube-api.ts)');
  });

  it('throws a refusal as an error errors.ts reads by its shape: a number code, the body, the headers', () => {
    const body = JSON.stringify({
      kind: 'Status',
      apiVersion: 'v1',
      status: 'Failure',
      message: 'configmaps "istio" not found',
      reason: 'NotFound',
      code: 404,
    });
    const err = new k8s.ApiException(404, 'HTTP-Code', body, { 'content-type': 'application/json' });
    assert.deepEqual(statusOf(err), { code: 404, status: JSON.parse(body) });
    assert.ok(isNotFound(err));
    assert.equal(
      clusterError('read ConfigMap istio-system/istio', err).message,
      'read ConfigMap istio-system/istio: HTTP 404 NotFound: configmaps "istio" not found',
    );
    // What is not such a refusal: a system error (its code is text), an Error with a number code and no body.
    assert.equal(statusOf(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })), undefined);
    assert.equal(statusOf(Object.assign(new Error('x'), { code: 404 })), undefined);
    assert.equal(statusOf({ code: 404, body: '', headers: {} }), undefined, 'not an Error');
  });

  it("opens a cluster from a kubeconfig without contacting it: the current context's server, or the one named", () => {
    const kubeconfig = [
      'clusters: [{name: a, cluster: {server: "https://a.example:6443/"}}, {name: b, cluster: {server: "https://b.example"}}]',
      'users: [{name: u, user: {token: t}}]',
      'contexts: [{name: x, context: {cluster: a, user: u}}, {name: y, context: {cluster: b, user: u}}]',
      'current-context: x',
    ].join('\n');
    const signal = new AbortController().signal;
    assert.equal(openKubeApi({ kubeconfig, context: '', signal, requestTimeoutMs: 1000 }).server, 'https://a.example:6443');
    const other = openKubeApi({ kubeconfig, context: 'y', signal, requestTimeoutMs: 1000 });
    assert.equal(other.server, 'https://b.example');
    assert.equal(other.withSignal(new AbortController().signal).server, 'https://b.example');
  });
});
