// Issue #10 point 2, server side: every apply and dry-run asks the API server for strict field
// validation, and sends the object as rendered (client-node's typed models would drop a
// built-in kind's unknown fields before the server could refuse them).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { applyObject } from '../../src/cluster/apply.js';
import { connectCluster, type Cluster } from '../../src/cluster/client.js';
import type { Logger } from '../../src/log.js';
import type { KubeObject } from '../../src/plan/kube-object.js';
import { startApiServer, type TestApiServer } from '../support/kube-api-server.js';

const quiet: Logger = { info() {}, debug() {}, warning() {}, error() {}, group: (_t, fn) => fn(), secret() {} };
let api: TestApiServer;
let cluster: Cluster;

before(async () => {
  api = await startApiServer();
  api.putObject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'demo' } });
  cluster = connectCluster(api.kubeconfig, '', quiet, new AbortController().signal);
});
after(async () => {
  await api?.stop();
});

const service = (spec: Record<string, unknown>): KubeObject => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'backend', namespace: 'demo' }, spec });
const applies = () => api.requests.filter((r) => r.method === 'PATCH');

describe('applyObject: fieldValidation=Strict', () => {
  it('has the API server refuse an unknown field of a built-in kind in a dry-run, naming it', async () => {
    const before = applies().length;
    // The stand-in knows a Service's top-level and metadata fields (not its spec's): a
    // misspelt `labels` is what client-node's typed ObjectMeta would have dropped unseen.
    const misspelt = service({ selector: { app: 'backend' }, ports: [{ name: 'http', port: 8080 }] });
    misspelt.metadata['lables'] = { app: 'backend' };
    await assert.rejects(
      applyObject(cluster, misspelt, { dryRun: true }),
      /apply Service\/demo\/backend \(server-side dry-run\): .*strict decoding error: unknown field "metadata\.lables"/,
    );
    const sent = applies().slice(before);
    assert.equal(sent.length, 1);
    assert.equal(sent[0]?.query['fieldValidation'], 'Strict');
    assert.equal(sent[0]?.query['dryRun'], 'All');
    assert.equal(api.getObject('v1', 'Service', 'demo', 'backend'), undefined, 'nothing stored');
  });

  it('applies a valid object with the same parameter, and the object as rendered', async () => {
    const before = applies().length;
    const applied = await applyObject(cluster, service({ selector: { app: 'backend' }, ports: [{ name: 'http', port: 8080, targetPort: 8080 }] }), { dryRun: false });
    assert.equal(applied.action, 'created');
    const sent = applies().slice(before);
    assert.deepEqual(sent.map((r) => [r.query['fieldValidation'], r.query['fieldManager'], r.contentType?.split(';')[0]]), [['Strict', 'istio-vm-onboard', 'application/apply-patch+yaml']]);
    assert.deepEqual(api.getObject('v1', 'Service', 'demo', 'backend')?.spec?.['selector' as never], { app: 'backend' });
  });
});
