// Issue #11 "Faults are survived or failed cleanly": a catalogue of 14 kinds of fault, each
// through `node dist/index.js` against the test world (real kube-apiserver behind the
// fault-injecting front, real sshd and dockerd VMs, real istiod and proxy image). A fault the
// action should survive ends in success; any other ends with exit code 1, an ::error:: naming
// the step, what was being done and to what, a hint, and nothing left: no object of the run in
// the cluster, no lease, and on the VM no container, no bundle file (mktemp's dot files
// included) and no /etc/hosts block: looked up in the world itself, not in the run's report.
import assert from 'node:assert/strict';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { RunResult } from '../../src/report/result.js';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { vmInputs } from '../support/inputs.js';
import { startDockerd, stopDockerd } from '../support/dockerd.js';
import { runLeftovers } from '../support/run-leftovers.js';
import { DROPPING_BASE64 } from '../support/dropping-base64.js';
import { startTestWorld, type TestWorld } from '../support/world.js';
import type { TestVm } from '../support/vm-world.js';

let world: TestWorld;
let keyDir: string;
const runs: ActionRun[] = [];
before(async () => {
  world = await startTestWorld({ vms: 4 });
  keyDir = mkdtempSync(join(tmpdir(), 'ivo-faults-'));
});
after(async () => {
  runs.forEach(removeRun);
  rmSync(keyDir, { recursive: true, force: true });
  await world?.stop();
  assert.deepEqual(await world.leftovers(), [], 'the test world left nothing behind');
});

/** VM 0 takes the runs that succeed, VM 1 the failures, VMs 2 and 3 the faults made on the VM itself. */
const vmOf = (i: number) => world.freeVms[i] as TestVm;

function inputsFor(vm: TestVm, ns: string, extra: Record<string, string> = {}): Record<string, string> {
  return vmInputs(vm, world.kube.kubeconfig, { namespace: ns, 'api-timeout': '3s', 'lock-timeout': '0s', ...extra });
}

async function run(inputs: Record<string, string>, onStdout?: (out: string, child: ChildProcess) => void): Promise<ActionRun> {
  const r = await runAction(inputs, { timeoutMs: 120_000, onStdout });
  runs.push(r);
  return r;
}

const logOf = (r: ActionRun) => `${r.stdout.replace(/^::add-mask::.*\n/gm, '').slice(-4000)}\n${r.stderr.slice(-2000)}`;
const report = (r: ActionRun): RunResult => JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;
const ip = (vm: TestVm) => vm.address.replace(/\./g, '\\.');

async function survived(r: ActionRun, vm: TestVm): Promise<void> {
  assert.equal(r.code, 0, logOf(r));
  assert.equal(r.outputs['proxy-status'], 'ready');
  assert.equal((await runLeftovers(world.kube, vm, 'f-ok')).filter((l) => l.startsWith('Lease')).length, 0, 'the lease was released');
}

/**
 * Exit 1; the report's error in `step`, matching `message`, with a hint matching `hint`; the
 * same in an ::error:: line and the hint in the log; the rollback (if any) ok; nothing left.
 */
async function failedCleanly(
  r: ActionRun,
  vm: TestVm,
  ns: string,
  want: { step: string; message: RegExp; hint: RegExp },
): Promise<RunResult> {
  assert.equal(r.code, 1, logOf(r));
  const result = report(r);
  assert.equal(result.error?.step, want.step, logOf(r));
  assert.match(result.error?.message ?? '', want.message);
  assert.match(result.error?.hint ?? '', want.hint);
  const error = r.errors.find((e) => e.includes(want.step));
  assert.ok(error, `an ::error:: names the step: ${r.errors.join(' | ')}`);
  assert.match(error, want.message);
  assert.ok(r.stdout.includes(result.error?.hint ?? '\u0000'), 'the hint is in the log');
  const rollback = result.steps.find((s) => s.name === 'Roll back');
  if (rollback) assert.equal(rollback.status, 'ok', rollback.detail);
  assert.doesNotMatch(r.stdout, /still open after the run/, 'the process ended by itself');
  assert.deepEqual(await runLeftovers(world.kube, vm, ns), [], 'nothing of the run is left');
  return result;
}

/** Requests the front recorded from index `from` on that changed something (answered by the API server). */
const writesSince = (from: number) => world.kube.requests.slice(from).filter((q) => q.method !== 'GET' && !q.dryRun && !q.faulted);
const workloadWritesSince = (from: number) => writesSince(from).filter((q) => !q.path.includes('/leases'));

describe('faults in the Kubernetes API', () => {
  it('503 once: the request is repeated and the run succeeds', async () => {
    world.kube.injectFault({ method: 'GET', path: /\/namespaces\/istio-system\/configmaps\/istio$/, status: 503, times: 1 });
    const r = await run(inputsFor(vmOf(0), 'f-ok'));
    world.kube.clearFaults();
    await survived(r, vmOf(0));
    assert.match(r.stdout, /API server answered 503; retrying in \d+ ms \(attempt 2 of 4\)/);
  });

  it('500 on applying the Service: fails naming the apply, and the ServiceAccount applied before it is deleted again', async () => {
    const vm = vmOf(1);
    world.kube.injectFault({
      method: 'PATCH',
      path: /\/namespaces\/f-500\/services\/backend-vm$/,
      status: 500,
      message: 'etcdserver: request timed out',
    });
    const from = world.kube.requests.length;
    const r = await run(inputsFor(vm, 'f-500'));
    world.kube.clearFaults();
    await failedCleanly(r, vm, 'f-500', {
      step: 'Register the workload',
      // The Service counts as the run's before its apply (one cut short may still land): absent, so nothing to delete.
      // The objects are applied at once: the ServiceAccount and the Sidecar landed and are deleted again (in reverse order).
      message:
        /apply Service\/f-500\/backend-vm: HTTP 500 InternalError: etcdserver: request timed out \(rolled back: deleted Sidecar\/f-500\/backend-vm; absent Service\/f-500\/backend-vm; deleted ServiceAccount\/f-500\/backend-vm\)$/,
      hint: /^the API server failed: retry later$/,
    });
    assert.equal(world.kube.requests.slice(from).filter((q) => q.faulted).length, 1, 'a 500 is not repeated');
  });

  it('429 with Retry-After: the action waits as told, twice, and succeeds', async () => {
    world.kube.injectFault({ method: 'POST', path: /\/serviceaccounts\/backend-vm\/token$/, status: 429, retryAfterSeconds: 1, times: 2 });
    const from = world.kube.requests.length;
    const r = await run(inputsFor(vmOf(0), 'f-ok'));
    world.kube.clearFaults();
    await survived(r, vmOf(0));
    const tries = world.kube.requests
      .slice(from)
      .filter((q) => q.method === 'POST' && q.path.endsWith('/serviceaccounts/backend-vm/token'));
    assert.deepEqual(
      tries.map((q) => q.status),
      [429, 429, 201],
    );
    for (let i = 1; i < tries.length; i++) {
      const gap = (tries[i] as { time: Date }).time.getTime() - (tries[i - 1] as { time: Date }).time.getTime();
      assert.ok(gap >= 950, `attempt ${i + 1} came ${gap} ms after the 429 that said Retry-After: 1`);
    }
    assert.match(r.stdout, /API server answered 429; retrying in 1000 ms/);
  });

  it('a 504 Timeout answer once: repeated, and the run succeeds', async () => {
    world.kube.injectFault({ method: 'PATCH', path: /\/namespaces\/f-ok\/workloadentries\/backend-vm$/, status: 504, times: 1 });
    const r = await run(inputsFor(vmOf(0), 'f-ok'));
    world.kube.clearFaults();
    await survived(r, vmOf(0));
    assert.match(r.stdout, /API server answered 504; retrying/);
  });

  it('an API server that never answers (hang): the request ends at api-timeout, the run fails naming it and rolls back', async () => {
    const vm = vmOf(1);
    world.kube.injectFault({ method: 'POST', path: /\/namespaces\/f-hang\/serviceaccounts\/backend-vm\/token$/, status: 0, hang: true });
    const r = await run(inputsFor(vm, 'f-hang', { 'api-timeout': '2s' }));
    world.kube.clearFaults();
    await failedCleanly(r, vm, 'f-hang', {
      step: 'Mint the bootstrap token',
      message:
        /request a token for ServiceAccount f-hang\/backend-vm: no answer from the API server within 2s \(rolled back: deleted Sidecar\/f-hang\/backend-vm; deleted Service\/f-hang\/backend-vm; deleted ServiceAccount\/f-hang\/backend-vm\)$/,
      hint: /raise api-timeout/,
    });
    assert.ok(r.durationMs < 15_000, `ended after ${r.durationMs} ms`);
  });

  it('403 from RBAC (a user without the role): fails before any write, the hint naming verb, resource, namespace and user', async () => {
    const vm = vmOf(1);
    const from = world.kube.requests.length;
    // The world's read-only user: bound to the built-in view role, which holds nothing here (no aggregation controller runs).
    const r = await run(inputsFor(vm, 'f-403', { context: 'test-world-read-only' }));
    await failedCleanly(r, vm, 'f-403', {
      step: 'Read mesh facts',
      message:
        /read ConfigMap istio-system\/istio: HTTP 403 Forbidden: configmaps "istio" is forbidden: User "test-read-only" cannot get resource "configmaps" in API group "" in the namespace "istio-system"$/,
      hint: /^grant verb "get" on resource "configmaps" \(the core API group\) in namespace istio-system to test-read-only: deploy\/rbac\.yaml holds every permission the action needs$/,
    });
    assert.deepEqual(writesSince(from), [], 'nothing written');
  });
});

describe('faults on the way to the VM', () => {
  it('SSH refused (nothing listens on the port): fails naming user, host and port after its retries; no write but the lease, which is released', async () => {
    const vm = vmOf(1);
    const from = world.kube.requests.length;
    const r = await run(inputsFor(vm, 'f-refused', { 'ssh-port': '2222' }));
    await failedCleanly(r, vm, 'f-refused', {
      step: 'Connect to the VM',
      message: new RegExp(`cannot connect to onboard@${ip(vm)}:2222 after 2 attempt\\(s\\): connect ECONNREFUSED ${ip(vm)}:2222`),
      hint: /check that the VM is up, the address and ssh-port are right/,
    });
    assert.deepEqual(workloadWritesSince(from), []);
  });

  it('authentication failure (a key the VM does not know): not retried, fails naming the user', async () => {
    const vm = vmOf(1);
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'stranger', '-f', join(keyDir, 'stranger')]);
    const from = world.kube.requests.length;
    const r = await run(inputsFor(vm, 'f-auth', { 'ssh-key': readFileSync(join(keyDir, 'stranger'), 'utf8') }));
    await failedCleanly(r, vm, 'f-auth', {
      step: 'Connect to the VM',
      message: new RegExp(`SSH login to onboard@${ip(vm)}:22 was refused: All configured authentication methods failed`),
      hint: /^check that ssh-key is authorized for user onboard on the VM/,
    });
    assert.doesNotMatch(r.stdout, /retrying in/, 'an authentication failure is not retried');
    assert.deepEqual(workloadWritesSince(from), []);
  });
});

/**
 * Stands in for base64 on the VM: on its third call (the third bundle file) it notes what the
 * config directory holds, then kills the sshd processes of its own session (the connection
 * drops) and the shell writing the bundle (no trap runs: the temp file stays half-written).
 */

describe('faults on the VM', () => {
  it('connection dropped mid-transfer: fails naming the lost connection; the rollback reconnects and removes every file, the half-written one too', async () => {
    const vm = vmOf(2);
    await vm.exec(
      ['sh', '-c', 'cat > /usr/local/bin/base64 && chmod 755 /usr/local/bin/base64 && rm -f /tmp/ivo-b64-calls /tmp/ivo-at-drop'],
      { input: DROPPING_BASE64 },
    );
    try {
      const r = await run(inputsFor(vm, 'f-drop'));
      const atDrop = (await vm.readFile('/tmp/ivo-at-drop')) ?? '';
      assert.match(atDrop, /^\.[a-z.-]+\.[A-Za-z0-9]{6}$/m, `a temp file was being written when the connection dropped: ${atDrop}`);
      await failedCleanly(r, vm, 'f-drop', {
        step: 'Transfer the bootstrap bundle',
        message: new RegExp(
          `on onboard@${ip(vm)}:22: sudo -n -- sh: the SSH connection was lost before the command finished \\(no exit status\\) \\(rolled back: reconnected to the VM; deleted Sidecar/f-drop/backend-vm; deleted Service/f-drop/backend-vm; deleted ServiceAccount/f-drop/backend-vm\\)$`,
        ),
        hint: /the network path to the VM or its sshd dropped the connection/,
      });
    } finally {
      await vm.exec(['rm', '-f', '/usr/local/bin/base64', '/tmp/ivo-b64-calls', '/tmp/ivo-at-drop']);
    }
  });

  it('VM disk full where the bundle goes: fails naming the write and the full file system; the files written are removed', async () => {
    const vm = vmOf(2);
    // Two pages: the first files fit, a later one does not.
    await vm.exec(['sh', '-c', 'mkdir -p /etc/istio-proxy && mount -t tmpfs -o size=8k ivo-full /etc/istio-proxy']);
    try {
      const r = await run(inputsFor(vm, 'f-full'));
      await failedCleanly(r, vm, 'f-full', {
        step: 'Transfer the bootstrap bundle',
        message:
          /writing the bundle into \/etc\/istio-proxy on onboard@[\d.]+:22 failed \(exit 1, 0 of 6 files written\): .*No space left on device.* \(rolled back: deleted /,
        hint: /^the VM's file system holding \/etc\/istio-proxy \(or \/etc\/hosts\) is full: free space there/,
      });
    } finally {
      await vm.exec(['umount', '/etc/istio-proxy']);
    }
    assert.deepEqual(await runLeftovers(world.kube, vm, 'f-full'), [], 'nothing under the tmpfs either');
  });

  it('dockerd down: fails before any change, naming the image check and the daemon; no container once dockerd is back', async () => {
    const vm = vmOf(3);
    const argv = await stopDockerd(vm);
    let r: ActionRun;
    try {
      r = await run(inputsFor(vm, 'f-dockerd'));
    } finally {
      await startDockerd(vm, argv);
    }
    const result = await failedCleanly(r, vm, 'f-dockerd', {
      step: 'Prepare the VM',
      message:
        /^Prepare the VM \(onboard@[\d.]+:22 \(docker\)\): checking the image registry\.test\.local\/istio\/proxyv2:1\.30-test on onboard@[\d.]+:22 \(docker image inspect, else docker pull\) failed \(exit \d+\): .*Cannot connect to the Docker daemon[^(]*$/,
      hint: /^the Docker daemon on the VM is not running: start it/,
    });
    assert.doesNotMatch(
      result.error?.message ?? '',
      /istio-proxy container|rolled back/,
      'nothing had changed: nothing is said to be undone',
    );
  });

  it('image pull failure: fails before any change, naming the image and the registry', async () => {
    const vm = vmOf(1);
    const image = '127.0.0.1:5999/istio/proxyv2:missing';
    const r = await run(inputsFor(vm, 'f-pull', { 'proxy-image': image }));
    await failedCleanly(r, vm, 'f-pull', {
      step: 'Prepare the VM',
      message:
        /checking the image 127\.0\.0\.1:5999\/istio\/proxyv2:missing on onboard@[\d.]+:22 \(docker image inspect, else docker pull\) failed \(exit \d+\): .*127\.0\.0\.1:5999.*connection refused/,
      hint: new RegExp(`^the VM could not pull ${image.replace(/\./g, '\\.')}: check the image name`),
    });
  });

  it('proxy never ready (istiod out of reach): fails at ready-timeout with the proxy log; container, bundle and objects removed', async () => {
    const vm = vmOf(1);
    const r = await run(inputsFor(vm, 'f-ready', { 'gateway-address': world.vms.blackholeAddress, 'ready-timeout': '3s' }));
    const result = await failedCleanly(r, vm, 'f-ready', {
      step: 'Wait for the proxy to be ready',
      message: new RegExp(
        `istio-proxy on onboard@${ip(vm)}:22 was not ready within 3 s \\(last readiness answer: \\d+; container: running .*\\) \\(rolled back: removed the istio-proxy container; removed the bundle files and the /etc/hosts block; deleted `,
      ),
      hint: /^read the proxy log below/,
    });
    assert.ok((result.error?.proxyLogs ?? []).length > 0, 'the proxy log is in the report');
    assert.equal(r.outputs['proxy-status'], 'not-ready');
  });

  it('job cancelled (SIGTERM while registering the workload): rollback, then exit 1', async () => {
    const vm = vmOf(1);
    let signalled = false;
    const r = await run(inputsFor(vm, 'f-sigterm'), (out, child) => {
      if (!signalled && /^::group::Register the workload/m.test(out)) {
        signalled = true;
        child.kill('SIGTERM');
      }
    });
    assert.ok(signalled, 'the run got as far as registering');
    const result = report(r);
    const interrupted = result.steps.find((s) => s.status === 'interrupted');
    assert.ok(interrupted, JSON.stringify(result.steps));
    assert.equal(result.error?.interruptedBy, 'SIGTERM');
    await failedCleanly(r, vm, 'f-sigterm', {
      step: interrupted.name,
      message: /was interrupted: the run was cancelled \(SIGTERM\)/,
      hint: /the job was cancelled or the process was told to stop/,
    });
    assert.match(r.stdout, /SIGTERM received: stopping the current step, then undoing what this run changed/);
    assert.deepEqual(result.steps.map((s) => s.name).slice(-1), ['Roll back'], 'nothing ran after the rollback');
  });
});
