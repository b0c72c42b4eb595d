// Issue #11 "Least privilege": docs/security.md shows deploy/rbac.yaml as it is, and the file holds
// only what the action uses: namespaced roles, no wildcard, no cluster-scoped binding.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';

const shipped = readFileSync('deploy/rbac.yaml', 'utf8');
type Doc = {
  kind: string;
  metadata: { name: string; namespace?: string };
  rules?: Array<{ apiGroups: string[]; resources: string[]; verbs: string[]; resourceNames?: string[] }>;
};
const docs = parseAllDocuments(shipped).map((d) => d.toJS() as Doc);

describe('deploy/rbac.yaml', () => {
  it('is in docs/security.md as it is', () => {
    const doc = readFileSync('docs/security.md', 'utf8');
    const m = /<!-- deploy\/rbac\.yaml, as is[^>]*-->\n```yaml\n([\s\S]*?)```/.exec(doc);
    assert.ok(m, 'docs/security.md has the block');
    assert.equal(m[1], shipped);
  });

  it('grants no wildcard, nothing bound at the cluster scope, no list but of WorkloadEntries, and no write in the Istio namespace but Leases', () => {
    for (const d of docs) {
      for (const r of d.rules ?? []) {
        for (const x of [...r.apiGroups, ...r.resources, ...r.verbs]) assert.notEqual(x, '*', `${d.metadata.name}: no wildcard`);
        assert.ok(
          !r.verbs.some((v) => ['watch', 'escalate', 'bind', 'impersonate'].includes(v)),
          `${d.metadata.name}: ${r.verbs.join(',')}`,
        );
        // One list, bound per namespace: istiod's auto-registered WorkloadEntries (registration: workload-group).
        if (r.verbs.includes('list'))
          assert.deepEqual(
            [d.kind, r.resources, r.verbs],
            ['ClusterRole', ['workloadentries'], ['list']],
            `${d.metadata.name}: list only on workloadentries`,
          );
      }
      assert.notEqual(d.kind, 'ClusterRoleBinding', 'bound per namespace only');
    }
    const mesh = docs.find((d) => d.kind === 'Role' && d.metadata.namespace === 'istio-system');
    for (const r of mesh?.rules ?? []) {
      if (r.verbs.some((v) => v !== 'get')) assert.deepEqual(r.resources, ['leases'], 'in istio-system only Leases are written');
      else assert.ok(r.resourceNames?.length, `reads of ${r.resources.join(',')} in istio-system are by name`);
    }
  });
});
