// Adding a step touches one place: a step inserted into the list (modes/workload-steps.ts) is in
// onboard's dry-run plan at its place, runs in order, is undone in reverse by the rollback, and
// its offboard action is replayed by offboard (and its plan), all without another change. Each
// step is handed only the settings it declares (`uses`): a read of any other key fails here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { loadContract } from '../../src/config/contract.js';
import type { Settings } from '../../src/config/settings.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { WORKLOAD_STEPS, workloadStep, type WorkloadStep } from '../../src/modes/workload-steps.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { offboardActions, planSteps } from '../../src/pipeline/steps.js';
import type { RunResult } from '../../src/report/result.js';
import { fakeWorld, memoryLogger, type FakeWorld } from '../support/fakes.js';
import { guardStep, guardSteps } from '../support/slice-guard.js';

const dir = mkdtempSync(join(tmpdir(), 'ivo-unit-workload-steps-'));
after(() => rmSync(dir, { recursive: true, force: true }));
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'key')]);

const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
const inputs: Record<string, string> = {
  'workload-name': 'backend-vm',
  namespace: 'demo',
  'vm-host': '10.0.93.162',
  ports: 'http:8080',
  labels: 'app=backend-vm',
  'ssh-user': 'ubuntu',
  'ssh-key': readFileSync(join(dir, 'key'), 'utf8'),
  'ssh-known-hosts': '10.0.93.162 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJx1o4bY5z1l6E1O0yqXbQ1oZ0u8X7Xh9o0W4mYb3K2R',
  kubeconfig:
    'apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "https://127.0.0.1:6443"}}]\nusers: [{name: u, user: {token: t}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n',
  'proxy-runtime': 'docker',
};
const run = (world: FakeWorld, mode: string, more: Record<string, string> = {}): Promise<RunResult> =>
  runPipeline(
    getSettings((n) => ({ ...inputs, mode, ...more })[n] ?? defaults[n] ?? '', {}),
    { log: memoryLogger(), signal: new AbortController().signal, env: {}, workDir: dir, cwd: dir, connect: world.connect },
  );
const changes = (w: FakeWorld) => w.timeline.filter((c) => !c.startsWith('read ') && !c.startsWith('list '));

/** A step of this test's own, after the token and before the VM's switch; it writes what it does on the fake world's timeline. */
let world: FakeWorld;
const extra: WorkloadStep = {
  name: 'Extra step',
  uses: [],
  plan: ({ w }) => [`extra: stamp ${w.namespace}/${w.name}`],
  run: async (r) => {
    world.timeline.push('extra run');
    r.undo.push({
      what: 'unstamp',
      undo: async () => {
        world.timeline.push('extra undo');
        return 'unstamped';
      },
    });
  },
  offboard: {
    phase: 'vm',
    plan: () => ['extra: unstamp'],
    run: async () => {
      world.timeline.push('extra offboard');
    },
  },
};

describe('a step added to the list', () => {
  const at = WORKLOAD_STEPS.findIndex((s) => s.name === 'Mint the bootstrap token') + 1;
  beforeEach(() => {
    world = fakeWorld();
    WORKLOAD_STEPS.splice(at, 0, extra);
  });
  afterEach(() => {
    WORKLOAD_STEPS.splice(WORKLOAD_STEPS.indexOf(extra), 1);
  });

  it("is in onboard's dry-run plan at its place in the list", async () => {
    const r = await run(world, 'onboard', { 'dry-run': 'true', kubeconfig: '' });
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    const plan = r.plan ?? [];
    const i = plan.indexOf('extra: stamp demo/backend-vm');
    assert.ok(i > 0, plan.join('\n'));
    assert.match(plan[i - 1] ?? '', /^request a token for ServiceAccount demo\/backend-vm/);
    assert.match(plan[i + 1] ?? '', /^interception none/);
  });

  it('runs in order', async () => {
    const r = await run(world, 'onboard');
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    const c = changes(world);
    assert.equal(c[c.indexOf('token demo/backend-vm') + 1], 'extra run');
    assert.equal(c[c.indexOf('extra run') + 1], 'vm install-bundle');
    assert.ok(!c.includes('extra undo'), 'a verified run undoes nothing');
  });

  it('is undone in reverse by the rollback: after the VM (a later step), before the objects (earlier steps)', async () => {
    world.vmAnswers['ready-check'] = { code: 127, stdout: '', stderr: 'neither curl nor wget is installed' };
    const r = await run(world, 'onboard');
    assert.equal(r.verdict, 'failed');
    const c = changes(world);
    const tail = c.slice(c.indexOf('vm ready-check'));
    assert.deepEqual(tail.slice(0, 4), ['vm ready-check', 'vm retire-proxy', 'vm restore-bundle', 'extra undo']);
    assert.match(tail[4] ?? '', /^delete /);
    assert.match(r.steps.find((s) => s.name === 'Roll back')?.detail ?? '', /unstamped/);
  });

  it('is replayed by offboard in reverse within its phase, and is in its plan', async () => {
    assert.equal((await run(world, 'onboard')).verdict, 'succeeded');
    world.timeline.length = 0;
    const r = await run(world, 'offboard');
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    const c = changes(world);
    assert.deepEqual(c.slice(c.indexOf('delete WorkloadEntry demo/backend-vm'), c.indexOf('extra offboard') + 2), [
      'delete WorkloadEntry demo/backend-vm',
      'vm connect',
      'vm remove-proxy',
      'vm remove-bundle',
      'vm hosts-block',
      'extra offboard',
      'delete Sidecar demo/backend-vm',
    ]);
    const plan = (await run(fakeWorld(), 'offboard', { 'dry-run': 'true' })).plan ?? [];
    const i = plan.indexOf('extra: unstamp');
    assert.match(plan[i - 1] ?? '', /remove the block/);
    assert.match(plan[i + 1] ?? '', /^delete Sidecar\/demo\/backend-vm/);
  });
});

describe('the executor', () => {
  it('orders offboard actions by phase, each phase in the reverse of the list; steps that do not apply are left out', () => {
    const step = (name: string, phase?: 'unroute' | 'vm' | 'cluster', applies = true) => ({
      name,
      uses: [],
      when: () => applies,
      plan: () => [name],
      run: async () => undefined,
      ...(phase ? { offboard: { phase, plan: () => [`undo ${name}`], run: async () => undefined } } : {}),
    });
    const steps = [
      step('a', 'cluster'),
      step('b'),
      step('c', 'vm'),
      step('d', 'cluster'),
      step('e', 'unroute'),
      step('f', 'unroute', false),
    ];
    assert.deepEqual(planSteps(steps, {}, {}), ['a', 'b', 'c', 'd', 'e']);
    assert.deepEqual(
      offboardActions(steps, {}, {}).flatMap((a) => a.plan({})),
      ['undo e', 'undo c', 'undo d', 'undo a'],
    );
  });
});

describe('each step is handed only the settings it declares (uses)', () => {
  /** What the steps read beyond their `uses`, or were handed beyond it: empty when every step keeps to its declaration. */
  let violations: string[];
  let restore: () => void;

  // The inbound probe's target: a loopback server of this test's own.
  const server = createServer((_, res) => res.end('ok'));
  let probeUrl = '';
  beforeEach(async () => {
    violations = [];
    world = fakeWorld();
    restore = guardSteps(WORKLOAD_STEPS, violations);
    if (!server.listening) await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    probeUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterEach(() => restore());
  after(() => server.close());

  it('in the dry-run plans of onboard and offboard, both registrations, with every probe', async () => {
    for (const registration of ['workload-entry', 'workload-group'])
      for (const mode of ['onboard', 'offboard']) {
        const r = await run(world, mode, {
          'dry-run': 'true',
          registration,
          'probe-url': probeUrl,
          'probe-from-vm-url': 'http://frontend.demo.svc.cluster.local:8080/',
        });
        assert.equal(r.verdict, 'succeeded', `${mode} ${registration}: ${JSON.stringify(r.error)}`);
      }
    assert.deepEqual(violations, []);
  });

  it('in a run of onboard that is verified, and in offboard after it', async () => {
    const r = await run(world, 'onboard', { 'probe-url': probeUrl });
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    assert.equal(r.probeStatus, 'passed');
    assert.equal((await run(world, 'offboard')).verdict, 'succeeded');
    assert.deepEqual(violations, []);
  });

  it("in runs that fail and roll back: the probe from the VM, istiod's entry that never comes, offboarding a group", async () => {
    const fromVm = await run(world, 'onboard', {
      'probe-from-vm-url': 'http://frontend.demo.svc.cluster.local:8080/',
      'probe-timeout': '1s',
    });
    assert.ok(
      fromVm.steps.some((s) => s.name === 'Verify traffic'),
      JSON.stringify(fromVm.steps),
    );
    const group = await run(world, 'onboard', { registration: 'workload-group', 'ready-timeout': '1s' });
    assert.equal(group.verdict, 'failed');
    assert.ok(
      group.steps.some((s) => s.name === "Wait for istiod's WorkloadEntry"),
      JSON.stringify(group.steps),
    );
    assert.equal((await run(world, 'offboard', { registration: 'workload-group' })).verdict, 'succeeded');
    assert.deepEqual(violations, []);
  });

  it('catches a step that reads a key it did not declare', async () => {
    const sneaky = workloadStep({
      name: 'Sneaky step',
      uses: ['ssh'],
      // What TypeScript refuses without the cast: the slice has no proxy.
      plan: (_, s) => [`sneaky: ${(s as unknown as Settings).proxy.configDir}`],
      run: async () => undefined,
    });
    WORKLOAD_STEPS.push(guardStep(sneaky, violations));
    const r = await run(world, 'onboard', { 'dry-run': 'true' });
    assert.equal(r.verdict, 'failed');
    assert.deepEqual(violations, ['Sneaky step: read settings.proxy']);
  });
});
