// Issue #12: registration: workload-group on the real control plane. The action applies a
// WorkloadGroup (health checks on) and no WorkloadEntry; the real istiod creates the entry when
// the VM's proxy connects with ISTIO_META_AUTO_REGISTER_GROUP and marks it healthy once
// pilot-agent's probe of the app passes; offboard removes istiod's entry and the group.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import type { TestVm } from '../support/vm-world.js';
import { startTestWorld, type TestWorld } from '../support/world.js';

let world: TestWorld;
let vm: TestVm;
let vm2: TestVm;
const runs: ActionRun[] = [];
before(async () => {
  world = await startTestWorld({ vms: 2 });
  [vm, vm2] = world.freeVms as [TestVm, TestVm];
  await Promise.all([world.startApp(vm, 'backend-vm', 8080), world.startApp(vm2, 'backend-vm', 8080)]);
});
after(async () => {
  runs.forEach(removeRun);
  await world?.stop();
  assert.deepEqual(await world.leftovers(), [], 'the test world left nothing behind');
});

async function act(extra: Record<string, string> = {}, on: TestVm = vm, cwd?: string): Promise<ActionRun> {
  const t0 = Date.now();
  const r = await runAction(
    {
      'workload-name': 'backend-vm',
      namespace: 'demo',
      'vm-host': on.address,
      ports: 'http:8080',
      labels: 'app=backend-vm,version=v1',
      kubeconfig: world.api.kubeconfig,
      'ssh-user': on.user,
      'ssh-key': on.privateKey,
      'ssh-known-hosts': on.knownHostsLine,
      'ssh-connect-timeout': '3s',
      'ready-timeout': '60s',
      registration: 'workload-group',
      ...extra,
    },
    { timeoutMs: 180_000, ...(cwd ? { cwd } : {}) },
  );
  console.log(`# ${extra.mode ?? 'onboard'}: exit ${r.code} in ${Date.now() - t0} ms`);
  runs.push(r);
  return r;
}

interface Entry {
  metadata: { name: string; annotations?: Record<string, string> };
  spec: { address?: string; serviceAccount?: string; labels?: Record<string, string> };
  status?: { conditions?: Array<{ type: string; status: string }> };
}

async function entries(): Promise<Entry[]> {
  return (await world.api.listObjects('networking.istio.io/v1', 'WorkloadEntry', 'demo')) as unknown as Entry[];
}

describe('registration: workload-group', () => {
  it('applies a WorkloadGroup, and istiod creates the WorkloadEntry for this VM and marks it healthy', async () => {
    const r = await act();
    assert.equal(r.code, 0, r.stdout);
    const group = await world.api.getObject('networking.istio.io/v1', 'WorkloadGroup', 'demo', 'backend-vm');
    assert.ok(group, 'the WorkloadGroup was applied');
    const spec = group.spec as {
      metadata: { labels: Record<string, string>; annotations: Record<string, string> };
      template: { serviceAccount: string };
      probe: unknown;
    };
    assert.equal(spec.metadata.annotations['proxy.istio.io/health-checks-enabled'], 'true');
    assert.deepEqual(spec.probe, { tcpSocket: { port: 8080 }, periodSeconds: 2, failureThreshold: 2 });
    assert.equal(spec.template.serviceAccount, 'backend-vm');
    assert.ok(!world.api.writes().some((w) => /workloadentries/.test(w.path)), 'the action wrote no WorkloadEntry');

    const e = await world.api.getObject(
      'networking.istio.io/v1',
      'WorkloadEntry',
      'demo',
      r.outputs['workload-entry']?.split('/')[1] ?? '',
    );
    assert.ok(e, `istiod's WorkloadEntry ${r.outputs['workload-entry']} exists`);
    assert.equal(e.metadata.annotations?.['istio.io/autoRegistrationGroup'], 'backend-vm', 'created by auto-registration from our group');
    assert.equal((e.spec as { address: string }).address, vm.address);
    assert.equal(
      (e.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions?.find((c) => c.type === 'Healthy')
        ?.status,
      'True',
      'istiod marked it healthy',
    );
    const report = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as { autoRegistered?: { name: string; healthy: string } };
    assert.deepEqual(report.autoRegistered, { name: e.metadata.name, group: 'backend-vm', healthy: 'True' });
    assert.match((await vm.readFile('/etc/istio-proxy/sidecar.env')) ?? '', /^ISTIO_META_AUTO_REGISTER_GROUP=backend-vm$/m);
  });

  it('a second VM joins the same group: two entries, one per address, both healthy', async () => {
    const r = await act({}, vm2);
    assert.equal(r.code, 0, r.stdout);
    const mine = (await entries()).filter((e) => e.metadata.annotations?.['istio.io/autoRegistrationGroup'] === 'backend-vm');
    assert.deepEqual(mine.map((e) => e.spec.address).sort(), [vm.address, vm2.address].sort());
    assert.ok(
      mine.every((e) => e.status?.conditions?.some((c) => c.type === 'Healthy' && c.status === 'True')),
      JSON.stringify(mine.map((e) => e.status)),
    );
  });

  it('offboarding one VM removes its entry only: the group and what its members share stay for the other', async () => {
    const r = await act({ mode: 'offboard' });
    assert.equal(r.code, 0, r.stdout);
    assert.deepEqual(
      (await entries()).map((e) => e.spec.address),
      [vm2.address],
    );
    assert.ok(await world.api.getObject('networking.istio.io/v1', 'WorkloadGroup', 'demo', 'backend-vm'), 'the group stays');
    assert.ok(await world.api.getObject('v1', 'Service', 'demo', 'backend-vm'), 'the shared Service stays');
  });

  it("offboarding the last VM removes istiod's entry and the group", async () => {
    const r = await act({ mode: 'offboard' }, vm2);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(await world.api.getObject('networking.istio.io/v1', 'WorkloadGroup', 'demo', 'backend-vm'), undefined);
    assert.deepEqual(
      (await entries()).map((e) => e.metadata.name),
      [],
      'no WorkloadEntry left in the namespace',
    );
  });

  it('both VMs in one fleet run: what they share is written once for the run; per VM only its lease and its token', async () => {
    const from = world.api.writes().length;
    const inventory = [vm, vm2].map((v) => `- vm-host: ${v.address}\n`).join('');
    const knownHosts = [vm, vm2].map((v) => v.knownHostsLine).join('\n');
    const r = await act({ inventory, concurrency: '2', 'vm-host': '', 'ssh-known-hosts': knownHosts });
    assert.equal(r.code, 0, r.stdout);
    const writes = world.api
      .writes()
      .slice(from)
      .map(
        (w) =>
          `${w.method} ${w.path.replace(/^\/apis?\/(?:[^/]+\/)?v1\/namespaces\/[^/]+\//, '').replace(/\/istio-vm-onboard\.[^/]+$/, '/<vm>')}`,
      );
    const count = (w: string) => writes.filter((x) => x === w).length;
    for (const shared of [
      'PATCH serviceaccounts/backend-vm',
      'PATCH services/backend-vm',
      'PATCH sidecars/backend-vm',
      'PATCH workloadgroups/backend-vm',
    ])
      assert.equal(count(shared), 1, `${shared} once: ${writes.join(', ')}`);
    assert.equal(count('POST leases'), 2);
    assert.equal(count('DELETE leases/<vm>'), 2);
    assert.equal(count('POST serviceaccounts/backend-vm/token'), 2);
    assert.equal(writes.filter((w) => !/leases|token$/.test(w)).length, 4, `nothing else written: ${writes.join(', ')}`);
    const mine = (await entries()).filter((e) => e.metadata.annotations?.['istio.io/autoRegistrationGroup'] === 'backend-vm');
    assert.deepEqual(mine.map((e) => e.spec.address).sort(), [vm.address, vm2.address].sort(), 'istiod registered both');

    const off = await act({ inventory, concurrency: '2', 'vm-host': '', 'ssh-known-hosts': knownHosts, mode: 'offboard' });
    assert.equal(off.code, 0, off.stdout);
    assert.equal(
      await world.api.getObject('networking.istio.io/v1', 'WorkloadGroup', 'demo', 'backend-vm'),
      undefined,
      'the group is gone with its last VM',
    );
    assert.deepEqual(
      (await entries()).map((e) => e.metadata.name),
      [],
    );
  });

  it("the user's own WorkloadGroup in manifests (as Istio's VM guide has one write it) decides: istiod registers the VM from it, healthy by its probe", async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ivo-own-group-'));
    try {
      writeFileSync(
        join(workspace, 'group.yaml'),
        `apiVersion: networking.istio.io/v1
kind: WorkloadGroup
metadata:
  name: ledger
  namespace: demo
spec:
  metadata:
    labels:
      app: ledger
    annotations:
      proxy.istio.io/health-checks-enabled: "true"
  template:
    serviceAccount: ledger-sa
    ports:
      http: 8080
  probe:
    periodSeconds: 2
    tcpSocket:
      port: 8080
`,
      );
      const own = { manifests: 'group.yaml', 'workload-name': '', labels: '', ports: '' };
      const r = await act(own, vm, workspace);
      assert.equal(r.code, 0, r.stdout);
      const group = await world.api.getObject('networking.istio.io/v1', 'WorkloadGroup', 'demo', 'ledger');
      assert.equal(
        (group?.spec as { template: { serviceAccount: string } }).template.serviceAccount,
        'ledger-sa',
        "the user's group was applied",
      );
      assert.equal(
        await world.api.getObject('networking.istio.io/v1', 'WorkloadGroup', 'demo', 'backend-vm'),
        undefined,
        'no group of ours beside it',
      );
      const mine = (await entries()).filter((e) => e.metadata.annotations?.['istio.io/autoRegistrationGroup'] === 'ledger');
      assert.deepEqual(
        mine.map((e) => [e.spec.address, e.spec.serviceAccount]),
        [[vm.address, 'ledger-sa']],
      );
      assert.ok(
        mine[0]?.status?.conditions?.some((c) => c.type === 'Healthy' && c.status === 'True'),
        "istiod marked it healthy from the group's probe",
      );
      assert.equal(r.outputs['workload-entry'], `demo/${mine[0]?.metadata.name}`);
      assert.equal(r.outputs['service-account'], 'demo/ledger-sa');
      assert.match((await vm.readFile('/etc/istio-proxy/sidecar.env')) ?? '', /^ISTIO_META_AUTO_REGISTER_GROUP=ledger$/m);

      const off = await act({ ...own, mode: 'offboard' }, vm, workspace);
      assert.equal(off.code, 0, off.stdout);
      assert.equal(await world.api.getObject('networking.istio.io/v1', 'WorkloadGroup', 'demo', 'ledger'), undefined);
      assert.equal(await world.api.getObject('v1', 'ServiceAccount', 'demo', 'ledger-sa'), undefined);
      assert.deepEqual(
        (await entries()).map((e) => e.metadata.name),
        [],
      );
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });
});
