import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { loadContract } from '../../src/config/contract.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import type { KubeObject } from '../../src/plan/kube-object.js';
import { egressPorts } from '../../src/plan/render.js';
import { loadValidators, validateObject } from '../../src/plan/validate.js';

// Every kind's validator, as the offline check loads those of the objects it checks.
before(() => loadValidators());
import { namespaceObject, service, serviceAccount, sidecar, workloadEntry } from '../../src/plan/workload-objects.js';
import { effectiveWorkload } from '../../src/plan/effective-workload.js';

const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
const settings = (inputs: Record<string, string>) => getSettings((n) => inputs[n] ?? defaults[n] ?? '', {});
const base = {
  mode: 'render',
  'workload-name': 'backend-vm',
  namespace: 'demo',
  'vm-address': '10.231.1.2',
  ports: 'http:8080,grpc-api:9090',
  labels: 'app=backend,version=v1',
  'probe-from-vm-url': 'http://frontend.demo.svc:8000/',
};

const obj = (apiVersion: string, kind: string, name: string, rest: Record<string, unknown> = {}): KubeObject => ({
  apiVersion,
  kind,
  metadata: { name, namespace: 'demo' },
  ...rest,
});
const problemsOf = (o: KubeObject) => validateObject(o).problems;

describe("validateObject: the action's own objects", () => {
  it('finds no problem in what the builders render', () => {
    const s = settings(base);
    const w = effectiveWorkload(s, []);
    assert.deepEqual(egressPorts(s), [8000], 'the Sidecar gets an egress listener too');
    const objects = [
      namespaceObject(w),
      serviceAccount(w),
      service(w),
      sidecar(w, { ports: egressPorts(s), hosts: [], interception: 'none' }),
      workloadEntry(w, 'vm-net'),
      workloadEntry(w, ''),
    ];
    assert.equal(objects.length, 6);
    for (const o of objects) {
      assert.ok(o);
      const v = validateObject(o);
      assert.deepEqual(v.problems, [], v.ref);
      assert.equal(v.valid, true);
      assert.equal(v.known, true, `${v.ref} has an offline schema`);
    }
    assert.equal(validateObject(workloadEntry(w, 'vm-net')).ref, 'WorkloadEntry/demo/backend-vm');
  });
});

describe('validateObject: schema problems', () => {
  it('flags the workshop-style WorkloadEntry whose ports are a list (must be a map) at spec.ports', () => {
    const workshop = parse(`
apiVersion: networking.istio.io/v1beta1
kind: WorkloadEntry
metadata:
  name: backend-vm
  namespace: demo
spec:
  address: 10.231.1.2
  labels: {app: backend}
  serviceAccount: backend-vm
  ports:
  - name: http
    number: 8080
`) as KubeObject;
    const v = validateObject(workshop);
    assert.equal(v.valid, false);
    assert.equal(v.known, true);
    assert.deepEqual(v.problems, [{ path: 'spec.ports', message: 'must be object' }]);
    // The same object with ports as a map passes, at every served version.
    for (const apiVersion of ['networking.istio.io/v1', 'networking.istio.io/v1beta1', 'networking.istio.io/v1alpha3']) {
      const fixed = { ...workshop, apiVersion, spec: { ...(workshop.spec as object), ports: { http: 8080 } } };
      assert.deepEqual(validateObject(fixed).problems, [], apiVersion);
    }
  });

  it('flags a Service port given as a string', () => {
    const svc = obj('v1', 'Service', 'backend', { spec: { selector: { app: 'backend' }, ports: [{ name: 'http', port: '8080' }] } });
    assert.deepEqual(problemsOf(svc), [{ path: 'spec.ports[0].port', message: 'must be integer' }]);
  });

  it('reports a missing required field at the field itself', () => {
    const svc = obj('v1', 'Service', 'backend', { spec: { ports: [{ name: 'http' }] } });
    assert.deepEqual(problemsOf(svc), [{ path: 'spec.ports[0].port', message: 'is required' }]);
  });

  it('collapses an int-or-string mismatch into one problem', () => {
    const svc = obj('v1', 'Service', 'backend', { spec: { ports: [{ port: 80, targetPort: true }] } });
    assert.deepEqual(problemsOf(svc), [{ path: 'spec.ports[0].targetPort', message: 'must be integer or string' }]);
  });

  it('gives nested Istio paths and allowed enum values', () => {
    const sc = obj('networking.istio.io/v1', 'Sidecar', 'backend-vm', {
      spec: { ingress: [{ port: { number: 'http', protocol: 'HTTP' }, defaultEndpoint: '127.0.0.1:8080' }] },
    });
    assert.deepEqual(problemsOf(sc), [{ path: 'spec.ingress[0].port.number', message: 'must be integer' }]);
    const ap = obj('security.istio.io/v1beta1', 'AuthorizationPolicy', 'allow', { spec: { action: 'PERMIT' } });
    assert.deepEqual(problemsOf(ap), [{ path: 'spec.action', message: 'must be one of ALLOW, DENY, AUDIT, CUSTOM' }]);
  });

  it('quotes map keys that are not plain identifiers in paths', () => {
    const sa = obj('v1', 'ServiceAccount', 'backend-vm');
    sa.metadata.labels = { 'app.kubernetes.io/name': 7 as unknown as string };
    assert.deepEqual(problemsOf(sa), [{ path: 'metadata.labels["app.kubernetes.io/name"]', message: 'must be string' }]);
  });
});

describe('validateObject: names', () => {
  it('requires a DNS-1035 label for a Service, a DNS-1123 label for a Namespace, a subdomain otherwise', () => {
    const svcPorts = { spec: { ports: [{ port: 80 }] } };
    assert.deepEqual(problemsOf(obj('v1', 'Service', 'backend', svcPorts)), []);
    for (const bad of ['9backend', 'Backend', 'back.end', 'backend-', 'a'.repeat(64)]) {
      const p = problemsOf(obj('v1', 'Service', bad, svcPorts));
      assert.equal(p.length, 1, bad);
      assert.equal(p[0]?.path, 'metadata.name');
    }
    assert.deepEqual(problemsOf({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'demo' } }), []);
    assert.equal(problemsOf({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'demo.x' } })[0]?.path, 'metadata.name');
    assert.deepEqual(problemsOf(obj('v1', 'ServiceAccount', 'backend.vm')), [], 'dots are fine in a subdomain');
    assert.equal(problemsOf(obj('v1', 'ServiceAccount', 'backend_vm'))[0]?.path, 'metadata.name');
    assert.equal(problemsOf(obj('v1', 'ServiceAccount', 'a'.repeat(254)))[0]?.path, 'metadata.name');
    assert.deepEqual(problemsOf(obj('v1', 'ServiceAccount', 'a'.repeat(253))), []);
  });

  it('checks the namespace name too', () => {
    const sa = obj('v1', 'ServiceAccount', 'backend-vm');
    sa.metadata.namespace = 'Demo';
    assert.deepEqual(
      problemsOf(sa).map((p) => p.path),
      ['metadata.namespace'],
    );
  });
});

describe('validateObject: kinds without an offline schema', () => {
  it('marks an unknown Istio kind known: false, not invalid, and says so', () => {
    const ef = obj('networking.istio.io/v1alpha3', 'EnvoyFilter', 'tweak', { spec: { anything: [1, 2] } });
    const v = validateObject(ef);
    assert.equal(v.known, false);
    assert.equal(v.valid, true);
    assert.deepEqual(v.problems, []);
    assert.match(v.note ?? '', /no offline schema for networking\.istio\.io\/v1alpha3 EnvoyFilter/);
    assert.equal(validateObject(obj('telemetry.istio.io/v1', 'Telemetry', 'logs')).known, false);
    assert.equal(
      validateObject(obj('networking.istio.io/v2', 'WorkloadEntry', 'x', { spec: { ports: [] } })).known,
      false,
      'an unserved version',
    );
  });

  it('still checks the name of an unknown kind', () => {
    const v = validateObject(obj('example.com/v1', 'Widget', 'Not_Valid'));
    assert.equal(v.known, false);
    assert.equal(v.valid, false);
    assert.deepEqual(
      v.problems.map((p) => p.path),
      ['metadata.name'],
    );
  });
});
