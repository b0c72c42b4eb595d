// Issue #11 "Two runs, one VM": through `node dist/index.js` against the real kube-apiserver,
// the coordination.k8s.io/v1 Lease per VM serializes two runs started at once (every write of a
// run falls while it holds the lease), a second run that cannot wait fails within lock-timeout
// naming the holder's run ID, a running holder renews the lease, and the lease of a run that
// died (SIGKILL: no rollback, no release) expires and is taken over.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { LEASE_DURATION_SECONDS, vmLeaseName } from '../../src/cluster/lease.js';
import type { RunResult } from '../../src/report/result.js';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { vmInputs } from '../support/inputs.js';
import { sleep } from '../support/procs.js';
import { leaseOf, runLeftovers } from '../support/run-leftovers.js';
import { startTestWorld, type TestWorld } from '../support/world.js';
import type { TestVm } from '../support/vm-world.js';

let world: TestWorld;
let vm: TestVm;
const runs: ActionRun[] = [];
before(async () => {
  world = await startTestWorld({ vms: 1 });
  vm = world.freeVms[0] as TestVm;
});
after(async () => {
  runs.forEach(removeRun);
  await world?.stop();
  assert.deepEqual(await world.leftovers(), [], 'the test world left nothing behind');
});

function inputsFor(ns: string, extra: Record<string, string> = {}): Record<string, string> {
  return vmInputs(vm, world.kube.kubeconfig, { namespace: ns, ...extra });
}

/** A GitHub run: its ID goes into the lease holder. */
const github = (runId: string) => ({
  GITHUB_REPOSITORY: 'acme/vms',
  GITHUB_RUN_ID: runId,
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_JOB: 'onboard',
  GITHUB_SERVER_URL: 'https://github.example',
});

async function run(
  inputs: Record<string, string>,
  runId: string,
  onStdout?: (out: string, child: ChildProcess) => void,
): Promise<ActionRun> {
  const r = await runAction(inputs, { timeoutMs: 120_000, env: github(runId), onStdout });
  runs.push(r);
  return r;
}

/** The log of a run for an assertion message: no mask lines, the end only. */
const logOf = (r: ActionRun) => `${r.stdout.replace(/^::add-mask::.*\n/gm, '').slice(-4000)}\n${r.stderr.slice(-2000)}`;
const report = (r: ActionRun): RunResult => JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;
const leasePath = () => `/apis/coordination.k8s.io/v1/namespaces/istio-system/leases`;
const isLeaseRequest = (path: string) => path === leasePath() || path === `${leasePath()}/${vmLeaseName(vm.address)}`;
const NEVER_READY = () => ({ 'gateway-address': world.vms.blackholeAddress, 'ready-timeout': '10m', timeout: '90s' });

describe('the VM lease', () => {
  it('serializes two runs started at once: the second waits for the first, naming it, and every write falls while its run holds the lease', async () => {
    const from = world.kube.requests.length;
    const [a, b] = await Promise.all([
      run(inputsFor('lease-both', { 'lock-timeout': '60s' }), '1001'),
      run(inputsFor('lease-both', { 'lock-timeout': '60s' }), '1002'),
    ]);
    assert.equal(a.code, 0, logOf(a));
    assert.equal(b.code, 0, logOf(b));
    const waiter = [a, b].find((r) => /the VM is held by/.test(r.stdout));
    const first = waiter === a ? b : a;
    assert.ok(waiter, 'one run waited');
    assert.ok(!/the VM is held by/.test(first.stdout), 'only one run waited');
    const firstId = first === a ? '1001' : '1002';
    assert.match(
      waiter.stdout,
      new RegExp(
        `the VM is held by github:acme/vms/runs/${firstId}/attempts/1/jobs/onboard#[0-9a-f]{6} \\(onboard lease-both/backend-vm on onboard@${vm.address.replace(/\./g, '\\.')}:22\\) https://github\\.example/acme/vms/actions/runs/${firstId}/attempts/1`,
      ),
    );
    assert.match(
      report(waiter).steps.find((s) => s.name === "Take the VM's lease")?.detail ?? '',
      /^held by this run as github:acme\/vms\/runs\/\d+\/attempts\/1\/jobs\/onboard#[0-9a-f]{6}, after waiting \d+s$/,
    );

    // Mutual exclusion, read from what the API server was sent: a created lease, then its
    // delete, then the other's; every write to the workload inside one of those intervals.
    const reqs = world.kube.requests.slice(from);
    const leaseEvents = reqs
      .filter((q) => isLeaseRequest(q.path) && ((q.method === 'POST' && q.status === 201) || (q.method === 'DELETE' && q.status === 200)))
      .map((q) => q.method);
    assert.deepEqual(leaseEvents, ['POST', 'DELETE', 'POST', 'DELETE'], 'taken, released, taken, released: never held twice');
    let held = false;
    for (const q of reqs) {
      if (isLeaseRequest(q.path) && q.method === 'POST' && q.status === 201) held = true;
      else if (isLeaseRequest(q.path) && q.method === 'DELETE' && q.status === 200) held = false;
      else if (q.method !== 'GET' && !q.dryRun && q.path.includes('/namespaces/lease-both/'))
        assert.ok(held, `${q.method} ${q.path} was sent while no run held the VM`);
    }
    assert.deepEqual(
      await runLeftovers(world.kube, vm, 'lease-both').then((l) => l.filter((x) => x.startsWith('Lease'))),
      [],
      'both leases were released',
    );
    assert.equal((await vm.exec(['docker', 'ps', '-q'])).stdout.trim().split('\n').length, 1, 'one proxy on the VM');
  });

  // Issue #17 class 7: a VM under two spellings is one VM, with one Lease.
  it('two spellings of one VM (a.b.c.d and ::ffff:a.b.c.d) in two runs at once contend for one Lease', async () => {
    const from = world.kube.requests.length;
    const spelt = `::FFFF:${vm.address}`;
    const [a, b] = await Promise.all([
      run(inputsFor('lease-spelt', { 'lock-timeout': '60s' }), '1101'),
      run(inputsFor('lease-spelt', { 'vm-host': spelt, 'lock-timeout': '60s' }), '1102'),
    ]);
    assert.equal(a.code, 0, logOf(a));
    assert.equal(b.code, 0, logOf(b));
    const name = vmLeaseName(vm.address);
    for (const r of [a, b]) {
      assert.equal(report(r).steps.find((s) => s.name === "Take the VM's lease")?.target, `Lease istio-system/${name}`);
      assert.equal(report(r).workload.vmHost, vm.address, 'the report names the VM in its one spelling');
    }
    assert.equal([a, b].filter((r) => /the VM is held by/.test(r.stdout)).length, 1, 'one run waited for the other');
    // From what the API server was sent: one Lease, taken and released twice, never held twice.
    const reqs = world.kube.requests.slice(from);
    const leaseEvents = reqs
      .filter((q) => isLeaseRequest(q.path) && ((q.method === 'POST' && q.status === 201) || (q.method === 'DELETE' && q.status === 200)))
      .map((q) => q.method);
    assert.deepEqual(leaseEvents, ['POST', 'DELETE', 'POST', 'DELETE'], 'taken, released, taken, released');
    assert.deepEqual(
      reqs.filter((q) => q.path.startsWith(`${leasePath()}/`) && !q.path.endsWith(`/${name}`)).map((q) => `${q.method} ${q.path}`),
      [],
      'no other Lease',
    );
    assert.equal((await vm.exec(['docker', 'ps', '-q'])).stdout.trim().split('\n').length, 1, 'one proxy on the VM');
    const off = await run(inputsFor('lease-spelt', { mode: 'offboard' }), '1103');
    assert.equal(off.code, 0, logOf(off));
  });

  it('a second run that cannot wait fails within lock-timeout naming the holder; the holder renews; a holder killed with SIGKILL leaves a lease that expires and is taken over', async () => {
    let holder: ChildProcess | undefined;
    let waiting = false;
    const aRun = run(inputsFor('lease-dead', NEVER_READY()), '2001', (out, child) => {
      holder = child;
      waiting ||= /^::group::Wait for the proxy to be ready/m.test(out);
    });
    for (let i = 0; i < 200 && !waiting; i++) await sleep(100);
    if (!waiting) {
      const a = await aRun;
      assert.fail(`the first run did not reach the readiness wait: ${logOf(a)}`);
    }
    assert.ok(holder, 'the first run holds the VM and waits for its proxy');
    const held = await leaseOf(world.kube, vm);
    assert.match(held?.spec.holderIdentity ?? '', /^github:acme\/vms\/runs\/2001\/attempts\/1\/jobs\/onboard#[0-9a-f]{6}$/);
    assert.equal(held?.spec.leaseDurationSeconds, LEASE_DURATION_SECONDS);

    // A second run with lock-timeout 2s: fails in about that, naming the holder, having written nothing.
    const from = world.kube.requests.length;
    const b = await run(inputsFor('lease-other', { 'lock-timeout': '2s' }), '2002');
    assert.equal(b.code, 1, logOf(b));
    assert.ok(b.durationMs < 8_000, `failed after ${b.durationMs} ms`);
    const bResult = report(b);
    assert.equal(bResult.error?.step, "Take the VM's lease");
    assert.match(
      bResult.error?.message ?? '',
      new RegExp(
        `the VM onboard@${vm.address.replace(/\./g, '\\.')}:22 is held by another run: Lease istio-system/${vmLeaseName(vm.address).replace(/\./g, '\\.')} holder ${held?.spec.holderIdentity} \\(onboard lease-dead/backend-vm on .*\\) https://github\\.example/acme/vms/actions/runs/2001/attempts/1, renewed \\d+ s ago; waited 2 s \\(lock-timeout 2s\\)`,
      ),
    );
    assert.match(bResult.error?.hint ?? '', /let that run finish, then run again \(or raise lock-timeout\)/);
    assert.match(b.errors.join('\n'), /Take the VM's lease .* is held by another run/);
    // The holder's renewals (PUT of its lease) fall in the same window: the second run's only
    // possible PUT there is a takeover, which would have changed the holder. Its one write is
    // the create a run begins with (a released lease is deleted), refused: 409 AlreadyExists.
    const leasePath = `/apis/coordination.k8s.io/v1/namespaces/istio-system/leases/${vmLeaseName(vm.address)}`;
    const writes = world.kube.requests.slice(from).filter((q) => q.method !== 'GET' && !(q.method === 'PUT' && q.path === leasePath));
    assert.deepEqual(
      writes.map((q) => `${q.method} ${q.path} ${q.status}`),
      ['POST /apis/coordination.k8s.io/v1/namespaces/istio-system/leases 409'],
      'the second run wrote nothing: its create of the lease was refused',
    );
    assert.equal((await leaseOf(world.kube, vm))?.spec.holderIdentity, held?.spec.holderIdentity, "the lease is still the first run's");
    assert.ok(!bResult.steps.some((s) => s.name === 'Connect to the VM'), 'nor touched the VM');

    // The holder renews while it runs.
    const renewedBefore = Date.parse((await leaseOf(world.kube, vm))?.spec.renewTime ?? '');
    let renewed = renewedBefore;
    for (let i = 0; i < 80 && renewed === renewedBefore; i++) {
      await sleep(100);
      renewed = Date.parse((await leaseOf(world.kube, vm))?.spec.renewTime ?? '');
    }
    assert.ok(renewed > renewedBefore, 'the running holder renewed its lease');

    // SIGKILL: no rollback, no release. The lease stays, unrenewed, until it expires.
    holder?.kill('SIGKILL');
    const a = await aRun;
    assert.notEqual(a.code, 0);
    const dead = await leaseOf(world.kube, vm);
    assert.equal(dead?.spec.holderIdentity, held?.spec.holderIdentity, 'the dead run left its lease');
    const lastRenewal = Date.parse(dead?.spec.renewTime ?? '');

    const c = await run(inputsFor('lease-dead', { 'lock-timeout': '40s' }), '2003');
    assert.equal(c.code, 0, logOf(c));
    const cSteps = report(c).steps;
    assert.match(
      cSteps.find((s) => s.name === "Take the VM's lease")?.detail ?? '',
      new RegExp(`took over the expired lease of ${held?.spec.holderIdentity}$`),
    );
    assert.match(c.stdout, /took over the VM's Lease .* it expired \(last renewed 1[5-9] s ago; that run has ended or stopped renewing\)/);
    const leaseTaken =
      Date.parse(report(c).startedAt) +
      cSteps.slice(0, cSteps.findIndex((s) => s.name === "Take the VM's lease") + 1).reduce((t, s) => t + s.durationMs, 0);
    assert.ok(
      leaseTaken - lastRenewal >= LEASE_DURATION_SECONDS * 1000 - 500,
      `taken ${leaseTaken - lastRenewal} ms after the dead run's last renewal: not before it expired`,
    );
    assert.ok(
      leaseTaken - lastRenewal < LEASE_DURATION_SECONDS * 1000 + 5_000,
      `taken ${leaseTaken - lastRenewal} ms after the last renewal: soon after it expired`,
    );
    assert.equal(c.outputs['proxy-status'], 'ready', 'the run that took over onboarded the VM');
    assert.equal(await leaseOf(world.kube, vm), undefined, 'and released the lease');
  });

  it('a lease left long ago (renewed an hour ago) is taken over at once', async () => {
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
    await world.kube.putObject({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: vmLeaseName(vm.address), namespace: 'istio-system' },
      spec: {
        holderIdentity: 'github:acme/vms/runs/1/attempts/1/jobs/onboard#dead00',
        leaseDurationSeconds: LEASE_DURATION_SECONDS,
        acquireTime: hourAgo,
        renewTime: hourAgo,
      },
    } as never);
    const r = await run(inputsFor('lease-dead', { 'lock-timeout': '0s' }), '3001');
    assert.equal(r.code, 0, logOf(r));
    assert.match(
      report(r).steps.find((s) => s.name === "Take the VM's lease")?.detail ?? '',
      /^held by this run as github:acme\/vms\/runs\/3001\/attempts\/1\/jobs\/onboard#[0-9a-f]{6}; took over the expired lease of github:acme\/vms\/runs\/1\/attempts\/1\/jobs\/onboard#dead00$/,
    );
    assert.equal(await leaseOf(world.kube, vm), undefined);
  });
});
