import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KubeObject } from '../../src/plan/kube-object.js';
import { diffObjects, fieldPath, summarize } from '../../src/plan/object-diff.js';

const entry = (spec: Record<string, unknown>, meta: Record<string, unknown> = {}): KubeObject => ({
  apiVersion: 'networking.istio.io/v1',
  kind: 'WorkloadEntry',
  metadata: { name: 'backend-vm', namespace: 'demo', ...meta },
  spec,
});
// What the API server returns for an applied object: its own metadata, status, and defaults.
const serverSide = (o: KubeObject, extraSpec: Record<string, unknown> = {}): KubeObject => ({
  ...o,
  metadata: {
    ...o.metadata,
    uid: '5b0e',
    resourceVersion: '4711',
    generation: 3,
    creationTimestamp: '2024-01-01T00:00:00Z',
    managedFields: [{ manager: 'istio-vm-onboard', operation: 'Apply' }],
    annotations: { ...o.metadata.annotations, 'kubectl.kubernetes.io/last-applied-configuration': '{"old":true}' },
  },
  spec: { ...(o.spec as object), ...extraSpec },
  status: { conditions: [{ type: 'Ready', status: 'True' }] },
});

describe('diffObjects', () => {
  const desired = entry({ address: '10.0.0.2', labels: { app: 'backend', version: 'v1' }, ports: { http: 8080 } });

  it('reports an object the cluster does not have as new', () => {
    const d = diffObjects(undefined, desired);
    assert.deepEqual(d, { status: 'new', changes: [] });
    assert.equal(summarize(d), 'new object');
  });

  it('ignores server-owned metadata, status and fields desired does not set', () => {
    const live = serverSide(desired, { network: 'vm-net', weight: 1 });
    live.metadata.labels = { owner: 'someone-else' };
    const d = diffObjects(live, { ...desired, metadata: { ...desired.metadata } });
    assert.deepEqual(d.changes, []);
    assert.equal(d.status, 'unchanged');
    assert.equal(summarize(d), 'unchanged');
    // Server-owned fields in desired (copied from kubectl get) are ignored too.
    const copied = serverSide(desired);
    copied.metadata.resourceVersion = '1';
    copied.metadata.annotations = { 'kubectl.kubernetes.io/last-applied-configuration': '{}' };
    copied.status = { other: true };
    assert.equal(diffObjects(serverSide(desired), copied).status, 'unchanged');
  });

  it('reports changed and added fields with dotted paths', () => {
    const live = serverSide(entry({ address: '10.0.0.1', labels: { app: 'backend' }, ports: { http: 8080 } }));
    const d = diffObjects(live, desired);
    assert.equal(d.status, 'changed');
    assert.deepEqual(d.changes, [
      { path: 'spec.address', op: 'change', from: '10.0.0.1', to: '10.0.0.2' },
      { path: 'spec.labels.version', op: 'add', to: 'v1' },
    ]);
    assert.equal(summarize(d), '2 changes: spec.address 10.0.0.1 -> 10.0.0.2; spec.labels.version added');
  });

  it('reports a removal only for a field desired sets to null', () => {
    const live = serverSide(entry({ address: '10.0.0.2', network: 'old-net' }));
    const d = diffObjects(live, entry({ address: '10.0.0.2', network: null }));
    assert.deepEqual(d.changes, [{ path: 'spec.network', op: 'remove', from: 'old-net' }]);
    assert.equal(summarize(d), '1 change: spec.network removed');
    assert.equal(
      diffObjects(serverSide(entry({ address: '10.0.0.2' })), entry({ address: '10.0.0.2', network: null })).status,
      'unchanged',
    );
  });

  it('compares lists as a whole, tolerating server defaults inside items', () => {
    const svc = (ports: unknown[]): KubeObject => ({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'backend', namespace: 'demo' },
      spec: { ports },
    });
    const live = serverSide(svc([{ name: 'http', port: 8080, targetPort: 8080, protocol: 'TCP' }]), {
      clusterIP: '10.96.0.10',
      type: 'ClusterIP',
    });
    assert.equal(
      diffObjects(live, svc([{ name: 'http', port: 8080, targetPort: 8080 }])).status,
      'unchanged',
      'protocol defaulted by the server',
    );
    const changed = diffObjects(live, svc([{ name: 'http', port: 8081, targetPort: 8081 }]));
    assert.deepEqual(
      changed.changes.map((c) => [c.path, c.op]),
      [['spec.ports', 'change']],
    );
    assert.deepEqual(changed.changes[0]?.to, [{ name: 'http', port: 8081, targetPort: 8081 }]);
    const longer = diffObjects(
      live,
      svc([
        { name: 'http', port: 8080 },
        { name: 'grpc', port: 9090 },
      ]),
    );
    assert.deepEqual(
      longer.changes.map((c) => c.path),
      ['spec.ports'],
    );
    // Long values are cut at 60 characters.
    assert.equal(
      summarize(longer),
      '1 change: spec.ports [{"name":"http","port":8080,"targetPort":8080,"protocol":... -> [{"name":"http","port":8080},{"name":"grpc","port":9090}]',
    );
  });

  it('treats an empty map or list as already present, and catches a type change', () => {
    assert.equal(diffObjects(serverSide(entry({ address: 'a' })), entry({ address: 'a', labels: {} })).status, 'unchanged');
    const d = diffObjects(serverSide(entry({ address: 'a', ports: [8080] })), entry({ address: 'a', ports: { http: 8080 } }));
    assert.deepEqual(d.changes, [{ path: 'spec.ports', op: 'change', from: [8080], to: { http: 8080 } }]);
  });

  it('diffs annotations other than last-applied, and quotes dotted keys', () => {
    const live = serverSide(entry({ address: 'a' }, { labels: { 'app.kubernetes.io/name': 'old' }, annotations: { note: 'x' } }));
    const d = diffObjects(
      live,
      entry(
        { address: 'a' },
        {
          labels: { 'app.kubernetes.io/name': 'new' },
          annotations: { note: 'y', 'kubectl.kubernetes.io/last-applied-configuration': 'z' },
        },
      ),
    );
    assert.deepEqual(
      d.changes.map((c) => c.path),
      ['metadata.labels["app.kubernetes.io/name"]', 'metadata.annotations.note'],
    );
  });
});

describe('fieldPath', () => {
  it('joins keys with dots, indexes with brackets and quotes odd keys', () => {
    assert.equal(fieldPath(['spec', 'ingress', 0, 'port', 'number']), 'spec.ingress[0].port.number');
    assert.equal(fieldPath(['metadata', 'annotations', 'a/b']), 'metadata.annotations["a/b"]');
    assert.equal(fieldPath([]), '');
  });
});
