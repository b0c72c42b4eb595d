// Issue #10 point 2, server side: every apply and dry-run asks the API server for strict field
// validation, and sends the object as rendered (client-node's typed models would drop a
// built-in kind's unknown fields before the server could refuse them). Against the real
// kube-apiserver: its server-side apply builds a typed patch from the object and refuses a field
// the schema does not declare (HTTP 500 "failed to create typed patch object", whatever
// fieldValidation says), so a refusal proves the object went as rendered; the parameter itself
// is checked on the request the front recorded.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { applyObject } from '../../src/cluster/apply.js';
import { connectCluster, type Cluster } from '../../src/cluster/client.js';
import type { Logger } from '../../src/log.js';
import type { KubeObject } from '../../src/plan/kube-object.js';
import { startKube, type KubeCluster } from '../support/control-plane/kube.js';

const quiet: Logger = { info() {}, debug() {}, warning() {}, error() {}, group: (_t, fn) => fn(), secret() {} };
let kube: KubeCluster;
let cluster: Cluster;

before(async () => {
  kube = await startKube();
  await kube.putObject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'demo' } });
  cluster = await connectCluster(kube.kubeconfig, '', quiet, new AbortController().signal);
});
after(async () => {
  await kube?.stop();
});

const service = (spec: Record<string, unknown>): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'backend', namespace: 'demo' },
  spec,
});
const applies = () => kube.requests.filter((r) => r.method === 'PATCH');

describe('applyObject: fieldValidation=Strict', () => {
  it('has the API server refuse an unknown field of a built-in kind in a dry-run, naming it', async () => {
    const before = applies().length;
    // A misspelt `selector`: client-node's typed V1ServiceSpec would have dropped it unseen,
    // and the Service would have been applied selecting nothing.
    const misspelt = service({ selectr: { app: 'backend' }, ports: [{ name: 'http', port: 8080 }] });
    await assert.rejects(
      applyObject(cluster, misspelt, { dryRun: true }),
      /apply Service\/demo\/backend \(server-side dry-run\): HTTP 500: failed to create typed patch object \(demo\/backend; \/v1, Kind=Service\): \.spec\.selectr: field not declared in schema/,
    );
    const sent = applies().slice(before);
    assert.equal(sent.length, 1);
    assert.equal(sent[0]?.query['fieldValidation'], 'Strict');
    assert.equal(sent[0]?.query['dryRun'], 'All');
    assert.equal(await kube.getObject('v1', 'Service', 'demo', 'backend'), undefined, 'nothing stored');
  });

  it('gives that 500 a hint to fix the field, not to retry (issue #11)', async () => {
    const misspelt = service({ selectr: { app: 'backend' }, ports: [{ name: 'http', port: 8080 }] });
    await assert.rejects(applyObject(cluster, misspelt, { dryRun: true }), (err: { hint?: string }) => {
      assert.match(
        err.hint ?? '',
        /^a field of this object is not in its kind's schema on this API server .*: fix or remove the field named above; retrying will not help$/,
      );
      return true;
    });
  });

  it('refuses an unknown metadata field the same way (typed ObjectMeta would drop it too)', async () => {
    const misspelt = service({ selector: { app: 'backend' }, ports: [{ name: 'http', port: 8080 }] });
    misspelt.metadata['lables'] = { app: 'backend' };
    await assert.rejects(
      applyObject(cluster, misspelt, { dryRun: true }),
      /apply Service\/demo\/backend \(server-side dry-run\): .*\.metadata\.lables: field not declared in schema/,
    );
    assert.equal(await kube.getObject('v1', 'Service', 'demo', 'backend'), undefined, 'nothing stored');
  });

  it('applies a valid object with the same parameter, and the object as rendered', async () => {
    const before = applies().length;
    const applied = await applyObject(
      cluster,
      service({ selector: { app: 'backend' }, ports: [{ name: 'http', port: 8080, targetPort: 8080 }] }),
      { dryRun: false },
    );
    assert.equal(applied.action, 'created');
    const sent = applies().slice(before);
    assert.deepEqual(
      sent.map((r) => [r.query['fieldValidation'], r.query['fieldManager'], r.contentType?.split(';')[0]]),
      [['Strict', 'istio-vm-onboard', 'application/apply-patch+yaml']],
    );
    assert.deepEqual((await kube.getObject('v1', 'Service', 'demo', 'backend'))?.spec?.['selector' as never], { app: 'backend' });
  });
});
