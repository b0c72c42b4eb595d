// A missing Istio install, or a missing piece of it, is a clear error that says what was
// looked for where, before anything is changed (mesh facts are read first). Against the real
// kube-apiserver with what `istioctl install` leaves, one piece taken away per case.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { removeRun, runAction } from '../support/action-runner.js';
import { installIstio, istioInstallObjects, type IstioInstall } from '../support/control-plane/istio-install.js';
import { startKube, type KubeCluster } from '../support/control-plane/kube.js';
import { createCa } from '../support/pki.js';

type Piece = NonNullable<IstioInstall['omit']>[number] | 'root-cert';

const keyDir = mkdtempSync(join(tmpdir(), 'ivo-facts-key-'));
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(keyDir, 'id')]);
const rootCertPem = createCa().certPem;
let kube: KubeCluster;

before(async () => {
  kube = await startKube();
});
after(async () => {
  rmSync(keyDir, { recursive: true, force: true });
  await kube?.stop();
});

/** The install with the given pieces missing: whatever an earlier case put and this one omits is deleted. */
async function installWithout(omit: Piece[], extra: Partial<IstioInstall>): Promise<void> {
  const installOmit = omit.filter((p): p is NonNullable<IstioInstall['omit']>[number] => p !== 'root-cert');
  const seed: IstioInstall = {
    hub: 'registry.test.local/istio',
    tag: '1.30-test',
    gatewayAddress: '10.231.250.1',
    ...extra,
    omit: installOmit,
  };
  await installIstio(kube, seed);
  const all = istioInstallObjects({ ...seed, omit: [] });
  const kept = new Set(istioInstallObjects(seed).map((o) => `${o.kind}/${o.metadata.name}`));
  for (const o of all.filter((x) => !kept.has(`${x.kind}/${x.metadata.name}`))) {
    await kube.deleteObject(o.apiVersion, o.kind, o.metadata.namespace, o.metadata.name);
  }
  // istiod publishes istio-ca-root-cert in the full world (test/support/world.ts); without an
  // istiod here, the test puts it as istiod would.
  if (omit.includes('root-cert')) await kube.deleteObject('v1', 'ConfigMap', 'istio-system', 'istio-ca-root-cert');
  else
    await kube.putObject({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'istio-ca-root-cert', namespace: 'istio-system' },
      data: { 'root-cert.pem': rootCertPem },
    });
}

async function onboardAgainst(omit: Piece[], extra: Partial<IstioInstall> = {}) {
  await installWithout(omit, extra);
  const writesBefore = kube.writes().length;
  // The VM is never reached: loopback port 1, so nothing could leave this machine anyway.
  const r = await runAction({
    'workload-name': 'web',
    namespace: 'demo',
    'vm-host': '127.0.0.1',
    'ssh-port': '1',
    kubeconfig: kube.kubeconfig,
    'ssh-key': readFileSync(join(keyDir, 'id'), 'utf8'),
    'ssh-strict-host-key': 'false',
    'ssh-retries': '0',
  });
  removeRun(r);
  return { r, writes: kube.writes().slice(writesBefore) };
}

describe('mesh facts', () => {
  const cases: Array<[Piece[], RegExp]> = [
    [['mesh-config'], /Istio mesh config not found: ConfigMap istio-system\/istio does not exist/],
    [['injector'], /Istio sidecar injector values not found: ConfigMap istio-system\/istio-sidecar-injector does not exist/],
    [['root-cert'], /the mesh root certificate not found: ConfigMap istio-system\/istio-ca-root-cert does not exist/],
    [
      ['gateway'],
      /no gateway for VMs found: none of the Services istio-system\/istio-eastwestgateway, istio-system\/istio-ingressgateway exists/,
    ],
  ];
  for (const [omit, message] of cases) {
    it(`without ${omit.join(', ')}: a clear error and nothing changed`, async () => {
      const { r, writes } = await onboardAgainst(omit);
      assert.equal(r.code, 1);
      assert.match(r.errors.join('\n'), message);
      assert.deepEqual(writes, []);
      assert.match(r.summary, /Failed in Read mesh facts/);
    });
  }
  it('a gateway without a load balancer address yet says so', async () => {
    const { r } = await onboardAgainst([], { gatewayAddress: undefined });
    assert.match(r.errors.join('\n'), /gateway Service istio-system\/istio-eastwestgateway has no load balancer address yet/);
  });
});
