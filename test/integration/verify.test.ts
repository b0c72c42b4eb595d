// Issue #4: onboarding proves traffic flows both ways and reports the proxy's own (real Envoy)
// access-log lines for our request IDs, through `node dist/index.js`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import type { TestVm } from '../support/vm-world.js';
import { startTestWorld, type TestWorld } from '../support/world.js';

let world: TestWorld;
let vm: TestVm;
let FRONTEND: string;
const runs: ActionRun[] = [];

before(async () => {
  // "frontend" is a real mesh workload on its own VM, behind its own Envoy.
  world = await startTestWorld({ vms: 1, frontend: true });
  vm = world.freeVms[0] as TestVm;
  FRONTEND = world.frontend!.host;
  await world.startApp(vm, 'backend-vm', 8080);
});
after(async () => {
  runs.forEach(removeRun);
  await world?.stop();
  assert.deepEqual(await world.leftovers(), []);
});

async function onboard(extra: Record<string, string>): Promise<ActionRun> {
  const r = await runAction(
    {
      'workload-name': 'backend-vm',
      namespace: 'demo',
      'vm-host': vm.address,
      ports: 'http:8080',
      kubeconfig: world.api.kubeconfig,
      'ssh-user': vm.user,
      'ssh-key': vm.privateKey,
      'ssh-known-hosts': vm.knownHostsLine,
      'probe-timeout': '20s',
      ...extra,
    },
    { timeoutMs: 180_000 },
  );
  runs.push(r);
  return r;
}

describe('verify', () => {
  it('probes both directions and reports the access-log lines carrying our request IDs', async () => {
    const r = await onboard({ 'probe-url': `http://${vm.address}:8080/hello`, 'probe-from-vm-url': `http://${FRONTEND}:8080/cats` });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['probe-status'], 'passed');
    const report = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as {
      probes: Array<{ direction: string; passed: boolean; requestId: string; httpStatus: number }>;
      accessLog: { ours: Array<{ requestId: string; direction: string; path: string; responseCode: number; upstreamCluster: string }> };
    };
    const inbound = report.probes.find((p) => p.direction === 'inbound')!;
    const outbound = report.probes.find((p) => p.direction === 'outbound')!;
    assert.ok(inbound.passed && outbound.passed);
    assert.match(inbound.requestId, /^ivo-[0-9a-f-]{36}$/);
    // The proxy's own lines, tied to our probes by request ID, in both directions.
    const inLine = report.accessLog.ours.find((e) => e.requestId === inbound.requestId);
    const outLine = report.accessLog.ours.find((e) => e.requestId === outbound.requestId);
    assert.deepEqual(inLine && { d: inLine.direction, p: inLine.path, c: inLine.responseCode, u: inLine.upstreamCluster }, {
      d: 'inbound',
      p: '/hello',
      c: 200,
      u: 'inbound|8080||',
    });
    assert.deepEqual(outLine && { d: outLine.direction, p: outLine.path, c: outLine.responseCode, u: outLine.upstreamCluster }, {
      d: 'outbound',
      p: '/cats',
      c: 200,
      u: `outbound|8080||${FRONTEND}`,
    });
    // The mesh service's own Envoy logged our request ID: the request really went VM -> sidecar -> frontend's sidecar.
    const frontendLog = await world.frontend!.vm.exec(['docker', 'logs', 'mesh-frontend']);
    assert.ok((frontendLog.stdout + frontendLog.stderr).includes(outbound.requestId));
    // The job summary holds both lines (table and raw) with the request IDs.
    assert.match(r.summary, /### Probes/);
    assert.match(
      r.summary,
      new RegExp(`\\| inbound \\| GET \\| /hello \\| 200 \\| - \\| inbound&#124;8080&#124;&#124; \\| \\d+ ms \\| ${inbound.requestId} \\|`),
    );
    assert.match(r.summary, new RegExp(`\\| outbound \\| GET \\| /cats \\| 200 \\|`));
    assert.ok(r.summary.includes(outbound.requestId));
    assert.match(r.summary, /<details><summary>Raw access-log lines<\/summary>/);
  });

  it('fails the step on a wrong probe URL, naming the probe and the reason; an unverified first onboarding is undone', async () => {
    const r = await onboard({ 'probe-url': `http://${vm.address}:9999/`, 'probe-timeout': '3s' });
    assert.equal(r.code, 1);
    assert.equal(r.outputs['probe-status'], 'failed');
    assert.equal(r.outputs['proxy-status'], 'restored', 'the new proxy was not kept: the previous one runs again');
    const errors = r.errors.join('\n');
    assert.match(
      errors,
      new RegExp(
        `Verify traffic .*inbound probe http://${vm.address.replace(/\./g, '\\.')}:9999/ got no answer \\(ECONNREFUSED\\), expected 200, after \\d+ attempt\\(s\\) in 3 s`,
      ),
    );
    assert.match(r.summary, /Failed in Verify traffic/);
    assert.match(r.summary, /\| inbound \| http:\/\/[\d.]+:9999\/ \| failed \| - \|/);
    // The change is kept only once verified (#18): this run had replaced the proxy of the test
    // above, so that proxy is back, ready, and its WorkloadEntry stays.
    assert.match(r.errors.join('\n'), /restored the previous proxy \(image [^)]+\), ready in \d+ ms/);
    assert.ok(await world.api.getObject('networking.istio.io/v1', 'WorkloadEntry', 'demo', 'backend-vm'), 'the previous onboarding stays');
  });
});
