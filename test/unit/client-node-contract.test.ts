// The parts of @kubernetes/client-node the action imports from the package's own dist/ paths
// rather than its entry (so that a validation error, a render or a dry-run without a cluster
// does not load the whole 5.6 MiB client): they must be the very objects the entry uses, or an
// `instanceof` and a patch strategy would silently stop matching. The version is pinned exactly
// in package.json; this test is what a version bump has to pass.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as entry from '@kubernetes/client-node';
import { ApiException } from '@kubernetes/client-node/dist/gen/apis/exception.js';
import { PatchStrategy } from '@kubernetes/client-node/dist/patch.js';
import { newClusters, newContexts, newUsers } from '@kubernetes/client-node/dist/config_types.js';
import pkg from '../../package.json' with { type: 'json' };

describe('the client-node internals the action imports', () => {
  it('the version is pinned exactly (the dist/ paths are no public API)', () => {
    assert.match(pkg.dependencies['@kubernetes/client-node'], /^\d+\.\d+\.\d+$/);
  });

  it('ApiException and PatchStrategy are the entry\'s own', () => {
    assert.equal(ApiException, entry.ApiException);
    assert.equal(PatchStrategy, entry.PatchStrategy);
    assert.equal(PatchStrategy.ServerSideApply, 'application/apply-patch+yaml');
  });

  it('the kubeconfig readers are what KubeConfig.loadFromString uses: the same clusters, users and contexts', () => {
    const text = { clusters: [{ name: 'c', cluster: { server: 'https://127.0.0.1:6443', 'insecure-skip-tls-verify': true } }], users: [{ name: 'u', user: { token: 't' } }], contexts: [{ name: 'x', context: { cluster: 'c', user: 'u', namespace: 'n' } }] };
    const kc = new entry.KubeConfig();
    kc.loadFromString(JSON.stringify({ apiVersion: 'v1', kind: 'Config', ...text, 'current-context': 'x' }));
    assert.deepEqual(newClusters(text.clusters), kc.getClusters());
    assert.deepEqual(newUsers(text.users), kc.getUsers());
    assert.deepEqual(newContexts(text.contexts), kc.getContexts());
  });
});
