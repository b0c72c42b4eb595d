// Issue #10 point 3: the `timeout` input and a cancelled job (SIGTERM) really stop the run,
// then undo it. Through `node dist/index.js` against the test world: the step that was
// running is named as interrupted, the rollback removes what the run made in the cluster and
// on the VM, and the process ends by itself with exit code 1.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT, removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { vmInputs } from '../support/inputs.js';
import { startTestWorld, type TestWorld } from '../support/world.js';
import type { TestVm } from '../support/vm-world.js';
import type { RunResult } from '../../src/report/result.js';

let world: TestWorld;
const runs: ActionRun[] = [];
before(async () => {
  world = await startTestWorld({ vms: 2 });
});
after(async () => {
  runs.forEach(removeRun);
  await world?.stop();
  assert.deepEqual(await world.leftovers(), [], 'the test world left nothing behind');
});

function inputsFor(vm: TestVm, namespace: string, extra: Record<string, string> = {}): Record<string, string> {
  return vmInputs(vm, world.api.kubeconfig, { namespace, labels: 'app=backend-vm', ...extra });
}

/**
 * Inputs under which the proxy never gets ready: a gateway address where nothing answers, so the
 * proxy never reaches istiod (the real istiod rewrites a tampered istio-ca-root-cert at once).
 */
function neverReady(): Record<string, string> {
  return { 'gateway-address': world.vms.blackholeAddress };
}

async function sh(vm: TestVm, script: string): Promise<string> {
  const r = await vm.exec(['sh', '-c', script]);
  return (r.stdout + r.stderr).trim();
}

const report = (r: ActionRun): RunResult => JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;

/** What the run may have left: its objects in the cluster, the container and bundle on the VM. */
async function leftovers(vm: TestVm, ns: string): Promise<string[]> {
  const objects = [
    ['v1', 'ServiceAccount'],
    ['v1', 'Service'],
    ['networking.istio.io/v1', 'Sidecar'],
    ['networking.istio.io/v1', 'WorkloadEntry'],
  ];
  const present: string[] = [];
  for (const [apiVersion, kind] of objects) {
    if (await world.api.getObject(apiVersion as string, kind as string, ns, 'backend-vm')) present.push(`${kind} ${ns}/backend-vm`);
  }
  const found = present;
  // -A: a transfer cut short could leave mktemp's dot files behind.
  const vmState = await sh(vm, 'docker ps -aq; ls -A /etc/istio-proxy 2>/dev/null');
  return [
    ...found,
    ...vmState
      .split('\n')
      .filter(Boolean)
      .map((l) => `on the VM: ${l}`),
  ];
}

describe('cancellation', () => {
  it('timeout: a readiness that never comes is interrupted at the timeout, rolled back, and the process ends by itself', async () => {
    const vm = world.vms.vms[0] as TestVm;
    const r = await runAction(inputsFor(vm, 'timeout', { timeout: '20s', 'ready-timeout': '10m', ...neverReady() }), {
      timeoutMs: 120_000,
    });
    runs.push(r);
    assert.equal(r.code, 1, r.stdout);
    assert.ok(r.durationMs < 30_000, `ended after ${r.durationMs} ms`);
    assert.ok(r.durationMs >= 20_000, `the timeout was 20 s, ended after ${r.durationMs} ms`);
    assert.doesNotMatch(r.stdout, /still open after the run/, 'nothing held the process: it ended by itself');

    const result = report(r);
    const interrupted = result.steps.filter((s) => s.status === 'interrupted');
    assert.deepEqual(
      interrupted.map((s) => s.name),
      ['Wait for the proxy to be ready'],
    );
    assert.equal(result.error?.step, 'Wait for the proxy to be ready');
    assert.equal(result.error?.interruptedBy, 'timeout');
    assert.match(
      result.error?.message ?? '',
      /was interrupted: the run did not finish within the timeout of 20s \(rolled back: removed the istio-proxy container; removed the bundle files and the \/etc\/hosts block; deleted /,
    );
    const rollback = result.steps.find((s) => s.name === 'Roll back');
    assert.equal(rollback?.status, 'ok', rollback?.detail);
    assert.deepEqual(
      result.steps.map((s) => s.name).slice(-2),
      ['Wait for the proxy to be ready', 'Roll back'],
      'nothing ran after the interrupted step but the rollback',
    );
    assert.match(r.summary, /Interrupted \(timeout\) in Wait for the proxy to be ready/);
    assert.match(
      r.errors.join('\n'),
      /Wait for the proxy to be ready .* was interrupted: the run did not finish within the timeout of 20s/,
    );
    assert.equal(r.outputs['proxy-status'], 'not-ready');

    assert.deepEqual(await leftovers(vm, 'timeout'), []);
    const deletes = world.api
      .writes()
      .filter((w) => w.method === 'DELETE' && w.path.includes('/namespaces/timeout/'))
      .map((w) => w.path.split('/').slice(-2)[0]);
    assert.deepEqual(deletes, ['sidecars', 'services', 'serviceaccounts'], 'the rollback deleted what the run created, in reverse');
  });

  it('SIGTERM mid-transfer: the step stops, the rollback runs, the process ends with exit 1', async () => {
    const vm = world.vms.vms[1] as TestVm;
    let signalled = -1;
    const r = await runAction(inputsFor(vm, 'sigterm', { 'ready-timeout': '10m' }), {
      timeoutMs: 120_000,
      onStdout: (out, child) => {
        if (signalled < 0 && /^::group::Transfer the bootstrap bundle/m.test(out)) {
          signalled = Date.now();
          child.kill('SIGTERM');
        }
      },
    });
    runs.push(r);
    assert.ok(signalled > 0, 'the transfer started');
    assert.equal(r.code, 1, `${r.stdout}\n${r.stderr}`);
    assert.doesNotMatch(r.stdout, /still open after the run/, 'nothing held the process: it ended by itself');

    const result = report(r);
    const interrupted = result.steps.filter((s) => s.status === 'interrupted');
    assert.equal(interrupted.length, 1, JSON.stringify(result.steps));
    // The signal lands during the transfer or just after it: in one of the steps on the VM.
    assert.ok(
      ['Transfer the bootstrap bundle', 'Start the proxy', 'Wait for the proxy to be ready'].includes(interrupted[0]?.name ?? ''),
      interrupted[0]?.name,
    );
    assert.equal(result.error?.step, interrupted[0]?.name);
    assert.equal(result.error?.interruptedBy, 'SIGTERM');
    assert.match(
      result.error?.message ?? '',
      /was interrupted: the run was cancelled \(SIGTERM\) \(rolled back: .*deleted ServiceAccount\/sigterm\/backend-vm/,
    );
    assert.equal(result.steps.find((s) => s.name === 'Roll back')?.status, 'ok');
    assert.ok(!result.steps.some((s) => s.name === 'Make the WorkloadEntry live'), 'the WorkloadEntry step never ran');
    assert.match(r.stdout, /SIGTERM received: stopping the current step, then undoing what this run changed/);

    assert.deepEqual(await leftovers(vm, 'sigterm'), []);
  });

  it('the CLI: Ctrl-C (SIGINT) while waiting for readiness stops the wait, rolls back, exit 1', async () => {
    const vm = world.vms.vms[0] as TestVm;
    const dir = mkdtempSync(join(tmpdir(), 'ivo-cli-cancel-'));
    try {
      const files = { kubeconfig: world.api.kubeconfig, 'ssh-key': vm.privateKey, 'ssh-known-hosts': vm.knownHostsLine };
      const flags = Object.entries(files).flatMap(([name, content]) => {
        writeFileSync(join(dir, name), content, { mode: 0o600 });
        return [`--${name}`, join(dir, name)];
      });
      const args = [
        'onboard',
        '--workload-name',
        'backend-vm',
        '--namespace',
        'sigint',
        '--vm-host',
        vm.address,
        '--ports',
        'http:8080',
        '--ssh-user',
        vm.user,
        '--ready-timeout',
        '10m',
        '--gateway-address',
        neverReady()['gateway-address'] as string,
        ...flags,
      ];
      const { code, stdout, stderr, afterSignalMs } = await new Promise<{
        code: number | null;
        stdout: string;
        stderr: string;
        afterSignalMs: number;
      }>((resolve, reject) => {
        const child = spawn(process.execPath, [join(PROJECT_ROOT, 'dist/cli.js'), ...args], {
          cwd: dir,
          env: { PATH: process.env.PATH, HOME: dir, TMPDIR: dir },
        });
        let out = '';
        let err = '';
        let signalled = 0;
        const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
        child.stdout.on('data', (d: Buffer) => (out += d.toString()));
        child.stderr.on('data', (d: Buffer) => {
          err += d.toString();
          if (!signalled && /^== Wait for the proxy to be ready/m.test(err)) {
            signalled = Date.now();
            setTimeout(() => child.kill('SIGINT'), 1_000); // a few readiness polls in
          }
        });
        child.on('error', reject);
        child.on('close', (c) => {
          clearTimeout(killer);
          resolve({ code: c, stdout: out, stderr: err, afterSignalMs: Date.now() - signalled - 1_000 });
        });
      });
      assert.equal(code, 1, `${stdout}\n${stderr}`);
      assert.ok(afterSignalMs < 10_000, `ended ${afterSignalMs} ms after SIGINT`);
      assert.match(stderr, /SIGINT received: stopping the current step/);
      assert.match(
        stdout,
        /^interrupted in Wait for the proxy to be ready: .* was interrupted: the run was cancelled \(SIGINT\) \(rolled back: removed the istio-proxy container/m,
      );
      assert.match(stdout, /^ {2}interrupted Wait for the proxy to be ready -> /m);
      assert.match(stdout, /^ {2}ok {10}Roll back -> /m);
      assert.deepEqual(await leftovers(vm, 'sigint'), []);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
