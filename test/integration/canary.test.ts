// Issue #19 (upgrades in canary waves), on the real test world (kube-apiserver, istiod, VMs with
// sshd + dockerd and the real proxy image), through `node dist/index.js`. Three VMs are
// onboarded; then a rollout of a new proxy-image with canary: 1. A mistyped tag fails the canary
// VM before it changes anything, and the rollout stops there: every VM runs the same container
// as before, ready. A tag that exists rolls out wave by wave: every VM ends on it, ready, and
// the report and summary show each VM's wave and old -> new image.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { dump } from 'js-yaml';
import type { RunResult } from '../../src/report/result.js';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import type { TestVm } from '../support/vm-world.js';
import { PROXY_IMAGE, startTestWorld, type TestWorld } from '../support/world.js';

const NEW_IMAGE = 'registry.test.local/istio/proxyv2:canary-next';
let world: TestWorld;
let vms: TestVm[];
const runs: ActionRun[] = [];

before(
  async () => {
    world = await startTestWorld({ vms: 3 });
    vms = world.freeVms.slice(0, 3);
    // The "new release": the same proxy under another tag, on each VM's own dockerd.
    for (const vm of vms) {
      const tagged = await vm.exec(['docker', 'tag', PROXY_IMAGE, NEW_IMAGE]);
      assert.equal(tagged.code, 0, tagged.stderr);
    }
  },
  { timeout: 300_000 },
);
after(async () => {
  runs.forEach(removeRun);
  await world?.stop();
  assert.deepEqual(await world.leftovers(), []);
});

async function run(extra: Record<string, string>): Promise<ActionRun> {
  const first = vms[0] as TestVm;
  const r = await runAction(
    {
      namespace: 'canary',
      'create-namespace': 'true',
      ports: 'http:8080',
      kubeconfig: world.api.kubeconfig,
      'ssh-user': first.user,
      'ssh-key': first.privateKey,
      'ssh-known-hosts': vms.map((vm) => vm.knownHostsLine).join('\n'),
      'ssh-connect-timeout': '5s',
      'ssh-retries': '0',
      'ready-timeout': '60s',
      timeout: '5m',
      inventory: dump(vms.map((vm, i) => ({ 'vm-host': vm.address, 'workload-name': `canary-vm-${i}` }))),
      ...extra,
    },
    { timeoutMs: 240_000 },
  );
  runs.push(r);
  return r;
}
const reportOf = (r: ActionRun) => JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;

/** Each VM's istio-proxy container: ID, image, running, and pilot-agent's readiness. */
async function proxies(): Promise<string[]> {
  return Promise.all(
    vms.map(async (vm) => {
      const r = await vm.exec([
        'sh',
        '-c',
        "docker inspect --format '{{.Id}} {{.Config.Image}} {{.State.Running}}' istio-proxy; curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:15020/healthz/ready",
      ]);
      return r.stdout.trim().replace(/\n/, ' ready:');
    }),
  );
}

describe('a proxy-image rollout in canary waves (docker runtime)', () => {
  let before: string[];

  it('onboards the fleet (every VM at once)', async () => {
    const r = await run({ concurrency: '3' });
    assert.equal(r.code, 0, r.stdout.slice(-4000));
    before = await proxies();
    for (const p of before) assert.match(p, new RegExp(`^[0-9a-f]{64} ${PROXY_IMAGE.replace(/[.]/g, '\\.')} true ready:200$`));
  });

  it('a missing image fails the canary before it changes anything; the rollout stops and no VM is touched', async () => {
    const r = await run({ canary: '1', concurrency: '1', 'proxy-image': 'registry.test.local/istio/proxyv2:canary-nxet' });
    assert.equal(r.code, 1, r.stdout.slice(-4000));
    const report = reportOf(r);
    assert.equal(report.vms?.[0]?.error?.step, 'Prepare the VM');
    assert.deepEqual(
      report.vms?.map((v) => v.wave),
      [1, 2, 3],
    );
    assert.deepEqual(
      report.vms?.slice(1).map((v) => v.error?.step),
      ['Wait for the waves before', 'Wait for the waves before'],
    );
    assert.match(
      r.errors.join('\n'),
      new RegExp(
        `the rollout stopped at wave 1: ${vms[0]?.address}.*not started, left as they were: ${vms[1]?.address}, ${vms[2]?.address}`,
      ),
    );
    assert.deepEqual(
      r.outputs['failed-vms']?.split('\n'),
      vms.map((vm) => vm.address),
    );
    assert.deepEqual(await proxies(), before, 'the same containers, same image, running and ready');
  });

  it('an image that exists rolls out wave by wave; every VM ends on it, ready; the summary shows old -> new', async () => {
    const r = await run({ canary: '1', concurrency: '2', 'proxy-image': NEW_IMAGE });
    assert.equal(r.code, 0, r.stdout.slice(-4000));
    const report = reportOf(r);
    assert.deepEqual(
      report.vms?.map((v) => v.wave),
      [1, 2, 2],
    );
    for (const v of report.vms ?? []) assert.deepEqual(v.proxyVersion, { before: `image ${PROXY_IMAGE}`, after: `image ${NEW_IMAGE}` });
    // The canary VM was ready before the second wave started.
    const [canary, second] = report.vms ?? [];
    assert.ok(
      canary?.finishedAt && second && Date.parse(second.startedAt) >= Date.parse(canary.finishedAt) - 5,
      `${canary?.finishedAt} then ${second?.startedAt}`,
    );
    for (const p of await proxies()) assert.match(p, new RegExp(`^[0-9a-f]{64} ${NEW_IMAGE.replace(/[.]/g, '\\.')} true ready:200$`));
    assert.match(
      r.summary,
      new RegExp(
        `\\| ${vms[0]?.address.replace(/\./g, '\\.')} \\| canary/canary-vm-0 \\| 1 \\(canary\\) \\| succeeded \\|.*\\| image ${PROXY_IMAGE.replace(/[.]/g, '\\.')} → image ${NEW_IMAGE.replace(/[.]/g, '\\.')} \\|`,
      ),
    );
  });
});
