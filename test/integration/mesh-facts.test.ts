// A missing Istio install, or a missing piece of it, is a clear error that says what was
// looked for where, before anything is changed (mesh facts are read first).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { removeRun, runAction } from '../support/action-runner.js';
import { startApiServer, type IstioSeed } from '../support/kube-api-server.js';
import { createCa } from '../support/pki.js';

const keyDir = mkdtempSync(join(tmpdir(), 'ivo-facts-key-'));
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(keyDir, 'id')]);
after(() => rmSync(keyDir, { recursive: true, force: true }));
const rootCertPem = createCa().certPem;

async function onboardAgainst(omit: NonNullable<IstioSeed['omit']>, extra: Partial<IstioSeed> = {}) {
  const api = await startApiServer({ seedIstio: { rootCertPem, gatewayAddress: '10.231.250.1', omit, ...extra } });
  try {
    // The VM is never reached: loopback port 1, so nothing could leave this machine anyway.
    const r = await runAction({
      'workload-name': 'web', namespace: 'demo', 'vm-host': '127.0.0.1', 'ssh-port': '1', kubeconfig: api.kubeconfig,
      'ssh-key': readFileSync(join(keyDir, 'id'), 'utf8'), 'ssh-strict-host-key': 'false', 'ssh-retries': '0',
    });
    removeRun(r);
    return { r, writes: api.writes().length };
  } finally {
    await api.stop();
  }
}

describe('mesh facts', () => {
  const cases: Array<[NonNullable<IstioSeed['omit']>, RegExp]> = [
    [['mesh-config'], /Istio mesh config not found: ConfigMap istio-system\/istio does not exist/],
    [['injector'], /Istio sidecar injector values not found: ConfigMap istio-system\/istio-sidecar-injector does not exist/],
    [['root-cert'], /the mesh root certificate not found: ConfigMap istio-system\/istio-ca-root-cert does not exist/],
    [['gateway'], /no gateway for VMs found: none of the Services istio-system\/istio-eastwestgateway, istio-system\/istio-ingressgateway exists/],
  ];
  for (const [omit, message] of cases) {
    it(`without ${omit.join(', ')}: a clear error and nothing changed`, async () => {
      const { r, writes } = await onboardAgainst(omit);
      assert.equal(r.code, 1);
      assert.match(r.errors.join('\n'), message);
      assert.equal(writes, 0);
      assert.match(r.summary, /Failed in Read mesh facts/);
    });
  }
  it('a gateway without a load balancer address yet says so', async () => {
    const { r } = await onboardAgainst([], { gatewayAddress: undefined });
    assert.match(r.errors.join('\n'), /gateway Service istio-system\/istio-eastwestgateway has no load balancer address yet/);
  });
});
