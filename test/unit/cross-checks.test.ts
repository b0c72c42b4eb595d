import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadContract } from '../../src/config/contract.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { crossChecks, type CrossProblem } from '../../src/plan/cross-checks.js';
import type { KubeObject, RenderedObject } from '../../src/plan/kube-object.js';
import { egressPorts, renderObjects } from '../../src/plan/render.js';
import { namespaceObject, service, serviceAccount, sidecar, workloadEntry } from '../../src/plan/workload-objects.js';
import { effectiveWorkload } from '../../src/plan/effective-workload.js';

const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
const settings = (inputs: Record<string, string>) => getSettings((n) => inputs[n] ?? defaults[n] ?? '', {});
const base = {
  mode: 'render',
  'workload-name': 'backend-vm',
  namespace: 'demo',
  'vm-address': '10.231.1.2',
  ports: 'http:8080',
  labels: 'app=backend,version=v1',
  'probe-from-vm-url': 'http://frontend.demo.svc:8000/',
};

const fromInputs = (o: KubeObject | undefined): RenderedObject => {
  assert.ok(o);
  return { object: o, source: { origin: 'inputs' } };
};
const fromFile = (object: KubeObject, file: string, line: number): RenderedObject => ({
  object,
  source: { origin: 'manifest', file, line },
});
const builtIn = (): RenderedObject[] => {
  const s = settings(base);
  const w = effectiveWorkload(s, []);
  return [
    namespaceObject(w),
    serviceAccount(w),
    service(w),
    sidecar(w, { ports: egressPorts(s), hosts: [], interception: 'none' }),
    workloadEntry(w, 'vm-net'),
  ].map(fromInputs);
};
const rules = (ps: CrossProblem[], rule: CrossProblem['rule']) => ps.filter((p) => p.rule === rule);

const svc = (name: string, selector: Record<string, string> | undefined, namespace?: string): KubeObject => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name, ...(namespace ? { namespace } : {}) },
  spec: { ...(selector ? { selector } : {}), ports: [{ port: 80 }] },
});
const we = (name: string, spec: Record<string, unknown>, meta: Partial<KubeObject['metadata']> = {}): KubeObject => ({
  apiVersion: 'networking.istio.io/v1beta1',
  kind: 'WorkloadEntry',
  metadata: { name, ...meta },
  spec: { address: '10.231.1.3', ...spec },
});
const sc = (name: string, selector?: Record<string, string>, namespace?: string): KubeObject => ({
  apiVersion: 'networking.istio.io/v1',
  kind: 'Sidecar',
  metadata: { name, ...(namespace ? { namespace } : {}) },
  spec: selector ? { workloadSelector: { labels: selector } } : { egress: [{ hosts: ['./*'] }] },
});

describe("crossChecks on the action's own objects", () => {
  it('finds nothing in the set the builders render', () => {
    assert.equal(builtIn().length, 5);
    assert.deepEqual(crossChecks(builtIn(), 'demo'), []);
  });
  it('finds nothing in renderObjects output without manifests', () => {
    const objects = renderObjects(settings(base), 'vm-net', tmpdir());
    assert.ok(objects.some((r) => r.object.kind === 'WorkloadEntry'));
    assert.deepEqual(crossChecks(objects, 'demo'), []);
  });
});

describe('duplicate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cross-checks-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('names both file:line of an object defined in two manifests', () => {
    writeFileSync(join(dir, 'a.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  a: "1"\n');
    writeFileSync(
      join(dir, 'b.yaml'),
      'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: other\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: demo\n',
    );
    const objects = renderObjects(settings({ ...base, manifests: 'a.yaml\nb.yaml' }), 'vm-net', dir);
    const found = crossChecks(objects, 'demo');
    assert.equal(found.length, 1, JSON.stringify(found));
    const [dup] = found;
    assert.equal(dup?.rule, 'duplicate');
    assert.deepEqual(dup?.refs, ['ConfigMap/demo/settings']);
    // The second line is whatever render reports for b.yaml's second document (its '---' or first key).
    const line = objects.find((r) => r.object.kind === 'ConfigMap' && r.source.file === 'b.yaml')?.source.line;
    assert.ok(line === 5 || line === 6, String(line));
    assert.ok(dup?.message.startsWith(`ConfigMap/demo/settings is defined 2 times (a.yaml:1, b.yaml:${line})`), dup?.message);
    assert.match(dup?.message ?? '', /keep only one/);
    assert.deepEqual(dup?.source, { file: 'b.yaml', line });
  });

  it('counts versions of one group as the same object', () => {
    const v1 = sc('backend-vm', undefined);
    const v1beta1 = { ...sc('backend-vm', undefined, 'demo'), apiVersion: 'networking.istio.io/v1beta1' };
    const found = rules(crossChecks([fromFile(v1, 'x.yaml', 1), fromFile(v1beta1, 'y.yaml', 3)], 'demo'), 'duplicate');
    assert.equal(found.length, 1);
    assert.match(found[0]?.message ?? '', /x\.yaml:1, y\.yaml:3/);
  });

  it('does not fire for different kinds, groups, namespaces or names', () => {
    const gwIstio: KubeObject = { apiVersion: 'networking.istio.io/v1', kind: 'Gateway', metadata: { name: 'gw' } };
    const gwApi: KubeObject = { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway', metadata: { name: 'gw' } };
    const objects = [
      fromFile(gwIstio, 'a.yaml', 1),
      fromFile(gwApi, 'a.yaml', 5),
      fromFile(svc('backend-vm', { app: 'backend' }), 'a.yaml', 9),
      fromFile(we('backend-vm', { labels: { app: 'backend' } }), 'a.yaml', 20),
      fromFile(svc('x', { app: 'backend' }, 'demo'), 'b.yaml', 1),
      fromFile(svc('x', { app: 'backend' }, 'other'), 'b.yaml', 9),
      fromFile(svc('y', { app: 'backend' }), 'b.yaml', 15),
    ];
    assert.deepEqual(rules(crossChecks(objects, 'demo'), 'duplicate'), []);
  });
});

describe('namespace-mismatch', () => {
  it('fires for an object in another namespace, with its source', () => {
    const se: KubeObject = {
      apiVersion: 'networking.istio.io/v1',
      kind: 'ServiceEntry',
      metadata: { name: 'ext', namespace: 'other' },
      spec: { hosts: ['x.example'] },
    };
    const found = crossChecks([...builtIn(), fromFile(se, 'se.yaml', 4)], 'demo');
    assert.deepEqual(
      found.map((p) => p.rule),
      ['namespace-mismatch'],
    );
    assert.deepEqual(found[0]?.refs, ['ServiceEntry/other/ext']);
    assert.deepEqual(found[0]?.source, { file: 'se.yaml', line: 4 });
    assert.match(found[0]?.message ?? '', /namespace "other" but the namespace input is "demo": set metadata\.namespace to "demo"/);
  });
  it('does not fire for Namespace objects or objects without a namespace', () => {
    const ns: KubeObject = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'other' } };
    const cm: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c' } };
    assert.deepEqual(crossChecks([...builtIn(), fromFile(ns, 'ns.yaml', 1), fromFile(cm, 'cm.yaml', 1)], 'demo'), []);
  });
});

describe('unselected-workload-entry', () => {
  const labels = { app: 'backend', version: 'v1' };
  it("fires when no Service selects the entry's labels", () => {
    const found = crossChecks(
      [fromFile(svc('frontend', { app: 'frontend' }), 's.yaml', 1), fromFile(we('backend-vm', { labels }), 'we.yaml', 2)],
      'demo',
    );
    assert.deepEqual(
      found.map((p) => p.rule),
      ['unselected-workload-entry'],
    );
    assert.deepEqual(found[0]?.refs, ['WorkloadEntry/demo/backend-vm']);
    assert.deepEqual(found[0]?.source, { file: 'we.yaml', line: 2 });
    assert.match(found[0]?.message ?? '', /labels app=backend,version=v1\) is selected by no Service in namespace demo.*add a Service/);
  });
  it('fires when the only selecting Service is in another namespace, or has no selector', () => {
    const other = crossChecks(
      [fromFile(svc('backend', { app: 'backend' }, 'other'), 's.yaml', 1), fromInputs(we('backend-vm', { labels }))],
      'demo',
    );
    assert.equal(rules(other, 'unselected-workload-entry').length, 1);
    const noSelector = crossChecks([fromInputs(svc('backend', undefined)), fromInputs(we('backend-vm', { labels }))], 'demo');
    assert.equal(rules(noSelector, 'unselected-workload-entry').length, 1);
    assert.equal(noSelector[0]?.source, undefined, 'objects built from inputs have no file');
  });
  it('does not fire when a Service selector is a subset of the labels, also via metadata.labels', () => {
    assert.deepEqual(crossChecks([fromInputs(svc('backend', { app: 'backend' })), fromInputs(we('backend-vm', { labels }))], 'demo'), []);
    const metaOnly = we('backend-vm', {}, { labels });
    assert.deepEqual(crossChecks([fromInputs(svc('backend', { app: 'backend' })), fromInputs(metaOnly)], 'demo'), []);
    assert.equal(
      rules(
        crossChecks([fromInputs(svc('backend', { app: 'backend', tier: 'x' })), fromInputs(metaOnly)], 'demo'),
        'unselected-workload-entry',
      ).length,
      1,
      'a superset selector does not select',
    );
  });
});

describe('unmatched-sidecar', () => {
  const entry = fromInputs(we('backend-vm', { labels: { app: 'backend', version: 'v1' } }));
  const service = fromInputs(svc('backend', { app: 'backend' }));
  it('fires when its selector matches no WorkloadEntry in its namespace', () => {
    const found = crossChecks([service, entry, fromFile(sc('other', { app: 'other' }), 'sc.yaml', 7)], 'demo');
    assert.deepEqual(
      found.map((p) => p.rule),
      ['unmatched-sidecar'],
    );
    assert.deepEqual(found[0]?.refs, ['Sidecar/demo/other']);
    assert.deepEqual(found[0]?.source, { file: 'sc.yaml', line: 7 });
    assert.match(
      found[0]?.message ?? '',
      /selects app=other but no WorkloadEntry or WorkloadGroup in namespace demo has these labels.*workloadSelector/,
    );
    const elsewhere = crossChecks([service, entry, fromInputs(sc('backend', { app: 'backend' }, 'other'))], 'demo');
    assert.equal(rules(elsewhere, 'unmatched-sidecar').length, 1, 'a WorkloadEntry in another namespace does not count');
  });
  it('does not fire for a matching selector or a namespace-wide Sidecar', () => {
    assert.deepEqual(crossChecks([service, entry, fromInputs(sc('backend', { app: 'backend' })), fromInputs(sc('default'))], 'demo'), []);
  });
});

describe('crossChecks read labels as istiod does (#18: one definition with the effective workload)', () => {
  it('a WorkloadEntry\'s spec.labels and metadata.labels together, metadata winning: no false "unselected" or "unmatched"', () => {
    // spec.labels has app, metadata.labels has version: a Service on app and a Sidecar on both select it.
    const entry = we('web', { labels: { app: 'web', version: 'v0' } }, { labels: { version: 'v1' } });
    const ps = crossChecks(
      [fromInputs(entry), fromInputs(svc('web', { app: 'web', version: 'v1' })), fromInputs(sc('web', { app: 'web', version: 'v1' }))],
      'demo',
    );
    assert.deepEqual(
      ps.map((p) => p.rule),
      [],
    );
    // The overridden value is not the entry's any more.
    const stale = crossChecks([fromInputs(entry), fromInputs(svc('web', { version: 'v0' }))], 'demo');
    assert.deepEqual(
      stale.map((p) => p.rule),
      ['unselected-workload-entry'],
    );
  });

  it("a Sidecar that selects a WorkloadGroup's entries-to-be (registration: workload-group) is matched", () => {
    const group: KubeObject = {
      apiVersion: 'networking.istio.io/v1',
      kind: 'WorkloadGroup',
      metadata: { name: 'web' },
      spec: { metadata: { labels: { app: 'web' } }, template: { serviceAccount: 'web', labels: { tier: 'b' } } },
    };
    assert.deepEqual(
      rules(crossChecks([fromInputs(group), fromInputs(sc('web', { app: 'web', tier: 'b' }))], 'demo'), 'unmatched-sidecar'),
      [],
    );
    assert.equal(rules(crossChecks([fromInputs(group), fromInputs(sc('web', { app: 'other' }))], 'demo'), 'unmatched-sidecar').length, 1);
  });
});
