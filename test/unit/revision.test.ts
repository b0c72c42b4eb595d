// Issue #19 (istio-revision): a revisioned istiod as istioctl's --revision has it
// (istioctl/pkg/workload/workload.go: ConfigMaps istio-REV and istio-sidecar-injector-REV,
// istiod-REV.NS.svc as discovery and CA address, CA_ADDR in cluster.env), and the workload's
// Istio objects labelled istio.io/rev. The same files against the real istioctl are in
// test/integration/istioctl-files.test.ts.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ApiException } from '@kubernetes/client-node';
import type { Cluster } from '../../src/cluster/client.js';
import { readMeshFacts } from '../../src/cluster/mesh-facts.js';
import { loadContract } from '../../src/config/contract.js';
import { InputError } from '../../src/config/errors.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { buildBundle } from '../../src/plan/bundle.js';
import { renderWorkload } from '../../src/plan/render.js';

const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
const settings = (more: Record<string, string> = {}) =>
  getSettings(
    (n) =>
      (
        ({
          'workload-name': 'backend-vm',
          namespace: 'demo',
          'vm-host': '10.0.93.162',
          ports: 'http:8080',
          mode: 'render',
          ...more,
        }) as Record<string, string>
      )[n] ??
      defaults[n] ??
      '',
    {},
  );

function problemsOf(more: Record<string, string>): string[] {
  try {
    settings(more);
    return [];
  } catch (err) {
    assert.ok(err instanceof InputError, String(err));
    return err.problems.map((p) => `${p.input}: ${p.message}`);
  }
}

/** The ConfigMaps of a mesh with the default istiod (mesh) and a revision "canary" (its own mesh config). */
function cluster(maps: Record<string, Record<string, string>>, reads: string[] = []): Cluster {
  const reader: Pick<Cluster, 'call' | 'readConfigMap' | 'readService'> = {
    call: (fn) => fn(),
    readConfigMap: async (_namespace, name) => {
      reads.push(name);
      if (!maps[name]) throw new ApiException(404, 'not found', { kind: 'Status', code: 404, reason: 'NotFound' }, {});
      return { data: maps[name] };
    },
    readService: async () => ({ status: { loadBalancer: { ingress: [{ ip: '203.0.113.10' }] } } }),
  };
  return reader as Cluster;
}
const values = JSON.stringify({ global: { jwtPolicy: 'third-party-jwt', pilotCertProvider: 'istiod' } });
const MAPS = {
  istio: { mesh: 'trustDomain: default.example\n' },
  'istio-sidecar-injector': { values },
  'istio-canary': { mesh: 'trustDomain: canary.example\ndefaultConfig:\n  proxyMetadata:\n    CANARY_KEY: "yes"\n' },
  'istio-sidecar-injector-canary': { values },
  'istio-ca-root-cert': { 'root-cert.pem': 'root' },
};

describe('istio-revision', () => {
  it('is a revision name; "default" is the default istiod, as istioctl takes it', () => {
    assert.equal(settings({ 'istio-revision': 'canary' }).cluster.istioRevision, 'canary');
    assert.equal(settings({ 'istio-revision': 'default' }).cluster.istioRevision, '');
    assert.equal(settings().cluster.istioRevision, '');
    for (const bad of ['Canary', '1-2.3', 'a_b', `r${'x'.repeat(56)}`, '$(id)']) {
      assert.deepEqual(
        problemsOf({ 'istio-revision': bad }).map((p) => p.split(':')[0]),
        ['istio-revision'],
        bad,
      );
    }
    assert.deepEqual(problemsOf({ 'istio-revision': `r${'x'.repeat(55)}` }), [], '56 characters: istiod-REV is a 63-character label');
  });

  it("reads the revision's own mesh config and injector values; a missing revision says what to check", async () => {
    const reads: string[] = [];
    const facts = await readMeshFacts(cluster(MAPS, reads), settings({ 'istio-revision': 'canary' }));
    assert.deepEqual(reads, ['istio-canary', 'istio-sidecar-injector-canary', 'istio-ca-root-cert']);
    assert.equal(facts.revision, 'canary');
    assert.equal(facts.trustDomain, 'canary.example');
    assert.deepEqual(facts.proxyMetadata, { CANARY_KEY: 'yes' });
    await assert.rejects(readMeshFacts(cluster(MAPS), settings({ 'istio-revision': 'stable' })), (err: Error & { hint?: string }) => {
      assert.match(err.message, /^Istio mesh config not found: ConfigMap istio-system\/istio-stable does not exist$/);
      assert.match(err.hint ?? '', /is istiod revision stable installed in namespace istio-system/);
      return true;
    });
  });

  it('points the proxy at istiod-REV: discovery and CA address, the hosts names, CA_ADDR in cluster.env', async () => {
    const s = settings({ 'istio-revision': 'canary' });
    const facts = await readMeshFacts(cluster(MAPS), s);
    const { workload } = renderWorkload(s, '');
    const files = Object.fromEntries(buildBundle(workload, facts, 'token').map((f) => [f.name, f]));
    assert.match(files['sidecar.env']?.content ?? '', /^CA_ADDR=istiod-canary\.istio-system\.svc:15012$/m);
    assert.match(files['mesh.yaml']?.content ?? '', /^  discoveryAddress: istiod-canary\.istio-system\.svc:15012$/m);
    assert.equal(
      files.hosts?.content,
      '203.0.113.10 istiod-canary.istio-system.svc istiod-canary.istio-system.svc.cluster.local istiod-canary.istio-system\n',
    );
    assert.equal(files['cluster.env']?.env?.CA_ADDR, 'istiod-canary.istio-system.svc:15012');
    // The default istiod: no CA_ADDR in cluster.env (istio-start.sh's default is istiod's own name), as istioctl.
    const plain = await readMeshFacts(cluster(MAPS), settings());
    const base = Object.fromEntries(buildBundle(renderWorkload(settings(), '').workload, plain, 'token').map((f) => [f.name, f]));
    assert.equal(base['cluster.env']?.env?.CA_ADDR, undefined);
    assert.match(base.hosts?.content ?? '', / istiod\.istio-system\.svc /);
  });

  it("labels the workload's Istio objects istio.io/rev, not its Service or ServiceAccount", () => {
    const { objects } = renderWorkload(settings({ 'istio-revision': 'canary' }), '');
    const labelled = objects
      .filter((r) => r.object.metadata.labels?.['istio.io/rev'] === 'canary')
      .map((r) => r.object.kind)
      .sort();
    assert.deepEqual(labelled, ['Sidecar', 'WorkloadEntry']);
    const group = renderWorkload(settings({ 'istio-revision': 'canary', registration: 'workload-group' }), '').objects.find(
      (r) => r.object.kind === 'WorkloadGroup',
    );
    assert.equal(group?.object.metadata.labels?.['istio.io/rev'], 'canary');
    assert.ok(
      !renderWorkload(settings(), '').objects.some((r) => r.object.metadata.labels?.['istio.io/rev']),
      'no label without a revision',
    );
  });

  const dir = mkdtempSync(join(tmpdir(), 'ivo-unit-revision-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  it("labels the manifests' Istio objects too, and refuses one that names another revision, at its file and line", () => {
    writeFileSync(
      join(dir, 'entry.yaml'),
      'apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n  name: backend-vm\nspec:\n  address: 10.0.93.162\n  labels: {app: backend-vm}\n  serviceAccount: backend-vm\n',
    );
    writeFileSync(
      join(dir, 'other.yaml'),
      'apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n  name: backend-vm\n  labels:\n    istio.io/rev: stable\nspec:\n  address: 10.0.93.162\n  labels: {app: backend-vm}\n  serviceAccount: backend-vm\n',
    );
    const own = renderWorkload(settings({ 'istio-revision': 'canary', manifests: 'entry.yaml' }), '', dir).objects.find(
      (r) => r.object.kind === 'WorkloadEntry',
    );
    assert.equal(own?.source.origin, 'manifest');
    assert.equal(own?.object.metadata.labels?.['istio.io/rev'], 'canary');
    assert.throws(
      () => renderWorkload(settings({ 'istio-revision': 'canary', manifests: 'other.yaml' }), '', dir),
      (err: unknown) => {
        assert.ok(err instanceof InputError);
        assert.equal(err.problems[0]?.input, 'istio-revision');
        assert.match(err.problems[0]?.message ?? '', /WorkloadEntry backend-vm of the manifests is labelled istio\.io\/rev="stable"/);
        assert.equal(err.problems[0]?.file, 'other.yaml');
        return true;
      },
    );
  });
});
