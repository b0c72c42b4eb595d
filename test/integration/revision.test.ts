// Issue #19 (istio-revision), end to end on the real test world with a revisioned control
// plane, as Istio's charts install one with `revision: canary`: istiod runs with REVISION=canary
// (it reads ConfigMap istio-canary and serves as istiod-canary.istio-system.svc too), and the
// install's ConfigMaps and Service carry the revision's names; there is no default istiod's
// ConfigMap. An onboarding without istio-revision fails before any change, saying what to
// check; with istio-revision: canary the VM's proxy reaches istiod under the revision's name,
// gets ready, and its objects are labelled istio.io/rev=canary. (The files against the real
// istioctl --revision: test/integration/istioctl-files.test.ts.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { RunResult } from '../../src/report/result.js';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { vmInputs } from '../support/inputs.js';
import type { TestVm } from '../support/vm-world.js';
import { startTestWorld, type TestWorld } from '../support/world.js';

const NS = 'revision';
let world: TestWorld;
let vm: TestVm;
const runs: ActionRun[] = [];

before(
  async () => {
    world = await startTestWorld({ vms: 1, istioRevision: 'canary' });
    vm = world.freeVms[0] as TestVm;
  },
  { timeout: 300_000 },
);
after(async () => {
  runs.forEach(removeRun);
  await world?.stop();
  assert.deepEqual(await world.leftovers(), []);
});

async function run(extra: Record<string, string>): Promise<ActionRun> {
  const r = await runAction(
    vmInputs(vm, world.kube.kubeconfig, { namespace: NS, 'create-namespace': 'true', 'ready-timeout': '60s', ...extra }),
    {
      timeoutMs: 180_000,
    },
  );
  runs.push(r);
  return r;
}
const reportOf = (r: ActionRun) => JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;

describe('istio-revision against a revisioned istiod (docker runtime)', () => {
  it('without istio-revision: fails reading the mesh facts, before any change, naming the ConfigMap', async () => {
    const r = await run({});
    assert.equal(r.code, 1, r.stdout.slice(-3000));
    const report = reportOf(r);
    assert.equal(report.error?.step, 'Read mesh facts');
    assert.match(report.error?.message ?? '', /ConfigMap istio-system\/istio does not exist/);
    assert.equal(await world.kube.getObject('v1', 'ServiceAccount', NS, 'backend-vm'), undefined, 'nothing registered');
    assert.equal((await vm.exec(['sh', '-c', 'docker ps -aq --filter name=istio-proxy | wc -l'])).stdout.trim(), '0');
  });

  it('with istio-revision: canary: the proxy reaches istiod-canary, gets ready; the objects carry istio.io/rev', async () => {
    const r = await run({ 'istio-revision': 'canary' });
    assert.equal(r.code, 0, r.stdout.slice(-4000));
    assert.equal(r.outputs['proxy-status'], 'ready');
    const env = await vm.exec(['cat', '/etc/istio-proxy/sidecar.env']);
    assert.match(env.stdout, /^CA_ADDR=istiod-canary\.istio-system\.svc:15012$/m);
    const hosts = await vm.exec(['sh', '-c', "docker inspect --format '{{json .HostConfig.ExtraHosts}}' istio-proxy"]);
    assert.match(hosts.stdout, /istiod-canary\.istio-system\.svc:/, hosts.stdout);
    // Envoy's xDS cluster is istiod under the revision's name, and it is connected.
    const clusters = await vm.exec(['sh', '-c', 'curl -s http://127.0.0.1:15000/clusters | grep -m1 "^xds-grpc::" || true']);
    assert.match(clusters.stdout, /^xds-grpc::/, 'the proxy has its xDS cluster');
    for (const [apiVersion, kind] of [
      ['networking.istio.io/v1', 'WorkloadEntry'],
      ['networking.istio.io/v1', 'Sidecar'],
    ] as const) {
      const o = (await world.kube.getObject(apiVersion, kind, NS, 'backend-vm')) as
        { metadata: { labels?: Record<string, string> } } | undefined;
      assert.equal(o?.metadata.labels?.['istio.io/rev'], 'canary', kind);
    }
    const sa = (await world.kube.getObject('v1', 'ServiceAccount', NS, 'backend-vm')) as
      { metadata: { labels?: Record<string, string> } } | undefined;
    assert.equal(sa?.metadata.labels?.['istio.io/rev'], undefined, 'a ServiceAccount is no Istio object');
    const offboard = await run({ 'istio-revision': 'canary', mode: 'offboard' });
    assert.equal(offboard.code, 0, offboard.stdout.slice(-3000));
  });
});
