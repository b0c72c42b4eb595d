// Issue #12 "Several services on one VM": one workload with two ports, two Services from the
// user's manifests selecting it (backend-vm on http 8080, backend-admin on http-admin 9090),
// two apps on the VM, and one inbound probe per Service (probe-url, one URL per line): each
// probe passes with request IDs of its own, and the VM's Envoy logged each on its own inbound
// port. The VM's own call to backend-admin's mesh name shows istiod gave that second Service
// the VM as its endpoint.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { runLeftovers } from '../support/run-leftovers.js';
import type { TestVm } from '../support/vm-world.js';
import { startTestWorld, type TestWorld } from '../support/world.js';
import type { RunResult } from '../../src/report/result.js';

let world: TestWorld;
let vm: TestVm;
let workspace: string;
const runs: ActionRun[] = [];
const ADMIN_HOST = 'backend-admin.demo.svc.cluster.local';

const SERVICES = `apiVersion: v1
kind: Service
metadata:
  name: backend-vm
spec:
  selector:
    app: backend-vm
  ports:
    - name: http
      port: 8080
      targetPort: 8080
---
apiVersion: v1
kind: Service
metadata:
  name: backend-admin
spec:
  selector:
    app: backend-vm
  ports:
    - name: http-admin
      port: 9090
      targetPort: 9090
`;

before(async () => {
  world = await startTestWorld({ vms: 1 });
  vm = world.freeVms[0] as TestVm;
  await world.startApp(vm, 'backend-vm', 8080);
  await world.startApp(vm, 'backend-admin', 9090);
  workspace = mkdtempSync(join(tmpdir(), 'ivo-several-services-'));
  writeFileSync(join(workspace, 'services.yaml'), SERVICES);
});
after(async () => {
  runs.forEach(removeRun);
  if (workspace) rmSync(workspace, { recursive: true, force: true });
  await world?.stop();
  assert.deepEqual(await world.leftovers(), [], 'the test world left nothing behind');
});

async function act(extra: Record<string, string> = {}): Promise<ActionRun> {
  const r = await runAction(
    {
      'workload-name': 'backend-vm',
      namespace: 'demo',
      'vm-host': vm.address,
      ports: 'http:8080,http-admin:9090',
      manifests: 'services.yaml',
      kubeconfig: world.api.kubeconfig,
      'ssh-user': vm.user,
      'ssh-key': vm.privateKey,
      'ssh-known-hosts': vm.knownHostsLine,
      'ssh-connect-timeout': '3s',
      'probe-timeout': '30s',
      ...extra,
    },
    { cwd: workspace, timeoutMs: 180_000 },
  );
  runs.push(r);
  return r;
}

const report = (r: ActionRun): RunResult => JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;

describe('several services on one VM', () => {
  it('two Services select the workload; one inbound probe each passes with its own request IDs and its own access-log line', async () => {
    const r = await act({
      'probe-url': `http://${vm.address}:8080/hello\nhttp://${vm.address}:9090/admin/stats`,
      'probe-from-vm-url': `http://${ADMIN_HOST}:9090/from-vm`,
    });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['probe-status'], 'passed');
    const result = report(r);
    for (const name of ['backend-vm', 'backend-admin']) {
      const svc = await world.api.getObject('v1', 'Service', 'demo', name);
      assert.deepEqual(
        (svc?.spec as { selector?: unknown } | undefined)?.selector,
        { app: 'backend-vm' },
        `Service ${name} selects the workload`,
      );
    }
    const entry = await world.api.getObject('networking.istio.io/v1', 'WorkloadEntry', 'demo', 'backend-vm');
    assert.deepEqual((entry?.spec as { ports?: unknown }).ports, { http: 8080, 'http-admin': 9090 }, 'the entry names both Service ports');

    const inbound = result.probes.filter((p) => p.direction === 'inbound');
    assert.deepEqual(
      inbound.map((p) => [p.url, p.passed, p.httpStatus]),
      [
        [`http://${vm.address}:8080/hello`, true, 200],
        [`http://${vm.address}:9090/admin/stats`, true, 200],
      ],
    );
    const [main, admin] = inbound as [RunResult['probes'][number], RunResult['probes'][number]];
    assert.equal(
      new Set([...main.requestIds, ...admin.requestIds]).size,
      main.requestIds.length + admin.requestIds.length,
      'no request ID is shared',
    );
    // The VM's Envoy logged each probe on its own inbound port, reaching its own app.
    const line = (id: string, direction = 'inbound') => result.accessLog?.ours.find((e) => e.requestId === id && e.direction === direction);
    assert.deepEqual(
      [main, admin].map((p) => {
        const l = line(p.requestId);
        return l && [l.direction, l.path, l.responseCode, l.upstreamCluster];
      }),
      [
        ['inbound', '/hello', 200, 'inbound|8080||'],
        ['inbound', '/admin/stats', 200, 'inbound|9090||'],
      ],
    );
    // The apps answered: each got its probe's request ID (the app logs nothing, so ask it through its port).
    const admins = await vm.exec(['curl', '-s', '-H', 'x-request-id: check', 'http://127.0.0.1:9090/who']);
    assert.equal((JSON.parse(admins.stdout) as { app: string }).app, 'backend-admin', 'port 9090 is the admin app');

    // From the VM, backend-admin's mesh name through the sidecar reaches the VM's own port 9090:
    // istiod made the VM an endpoint of the second Service.
    const outbound = result.probes.find((p) => p.direction === 'outbound');
    assert.equal(outbound?.passed, true, JSON.stringify(outbound));
    const out = outbound ? line(outbound.requestId, 'outbound') : undefined;
    assert.deepEqual(out && [out.direction, out.path, out.responseCode, out.upstreamCluster], [
      'outbound',
      '/from-vm',
      200,
      `outbound|9090||${ADMIN_HOST}`,
    ]);
    const back = outbound ? line(outbound.requestId) : undefined;
    assert.deepEqual(back && [back.path, back.upstreamCluster], ['/from-vm', 'inbound|9090||'], 'the same request came back in on 9090');
    assert.match(
      r.summary,
      new RegExp(`\\| inbound \\| http://${vm.address.replace(/\./g, '\\.')}:9090/admin/stats \\| passed \\| 200 \\|`),
      'the summary has a row per probe',
    );
  });

  it('one probe failing fails the step, naming that URL only', async () => {
    const r = await act({ 'probe-url': `http://${vm.address}:8080/hello\nhttp://${vm.address}:9091/nothing`, 'probe-timeout': '3s' });
    assert.equal(r.code, 1, r.stdout);
    assert.equal(r.outputs['probe-status'], 'failed');
    const result = report(r);
    assert.deepEqual(
      result.probes.map((p) => p.passed),
      [true, false],
    );
    assert.match(
      result.error?.message ?? '',
      new RegExp(`: inbound probe http://${vm.address.replace(/\./g, '\\.')}:9091/nothing got no answer \\(ECONNREFUSED\\)`),
    );
    assert.doesNotMatch(result.error?.message ?? '', /:8080\/hello got/, 'the passing probe is not named as failed');
  });

  it('offboards both Services with the workload', async () => {
    const r = await act({ mode: 'offboard' });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(await world.api.getObject('v1', 'Service', 'demo', 'backend-admin'), undefined);
    assert.deepEqual(await runLeftovers(world.api, vm, 'demo'), []);
  });
});
