// Step order, rollback and cancellation of onboard and offboard, through runPipeline with an
// in-memory cluster and VM (test/support/fakes.ts) in place of the real connectors: what the
// run changes, in which order, what it undoes, and under which signal.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadContract } from '../../src/config/contract.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { RunInterrupted } from '../../src/pipeline/abort.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { StepError } from '../../src/pipeline/step-error.js';
import type { RunResult } from '../../src/report/result.js';
import { fakeWorld, memoryLogger, type FakeWorld } from '../support/fakes.js';

const dir = mkdtempSync(join(tmpdir(), 'ivo-unit-steps-'));
after(() => rmSync(dir, { recursive: true, force: true }));
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'key')]);

const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
const inputs = {
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
const settings = (mode: string, more: Record<string, string> = {}) =>
  getSettings((n) => ({ ...inputs, mode, ...more })[n as keyof typeof inputs] ?? defaults[n] ?? '', {});

async function run(world: FakeWorld, mode: string, signal = new AbortController().signal): Promise<RunResult> {
  return runPipeline(settings(mode), { log: memoryLogger(), signal, env: {}, workDir: dir, cwd: dir, connect: world.connect });
}

/** The calls that change something (reads left out): the order the cluster and the VM see. */
const changes = (w: FakeWorld) => w.timeline.filter((c) => !c.startsWith('read ') && !c.startsWith('list '));

/** The rendered objects, by the report's rows: "Kind ns/name", in render order. */
const refs = (r: RunResult, keep: (kind: string) => boolean) =>
  r.objects.filter((o) => keep(o.kind)).map((o) => `${o.kind} ${o.namespace ? `${o.namespace}/` : ''}${o.name}`);

const statuses = (r: RunResult) => Object.fromEntries(r.steps.map((s) => [s.name, s.status]));

describe('onboard with in-memory cluster and VM', () => {
  it('changes things in the order that keeps the mesh from routing to a VM without a ready proxy', async () => {
    const world = fakeWorld();
    const r = await run(world, 'onboard');
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    const objects = refs(r, (k) => k !== 'WorkloadEntry');
    assert.ok(objects.length >= 2, `expected identity and routing objects, got ${objects.join(', ')}`);
    assert.deepEqual(changes(world), [
      'vm connect', // opened at once, beside the mesh facts and the lease: connecting changes nothing
      'lease create',
      'vm prepare-image', // the image there (or pulled) before anything changes
      ...objects.map((o) => `apply ${o}`),
      'token demo/backend-vm',
      'vm install-bundle',
      'vm docker run', // after a previous container is stopped and kept; then the readiness wait, all in one round trip
      'apply WorkloadEntry demo/backend-vm', // ready within the start's round trip: no poll of its own
      'vm commit-change', // verified: what was kept for a restore goes
      'lease delete',
    ]);
    assert.deepEqual([...world.objects.keys()].sort(), [...objects, 'WorkloadEntry demo/backend-vm'].sort());
    // The bundle travels on stdin, with the token the fake cluster minted.
    const session = world.sessions[0] ?? assert.fail('no session opened');
    const install = session.commands.find((c) => c.argv.includes('install-bundle'));
    assert.match(
      Buffer.from(
        install?.stdin
          ?.split('\n')
          .find((l) => l.startsWith('istio-token '))
          ?.split(' ')[2] ?? '',
        'base64',
      ).toString(),
      /^fake-token-for-backend-vm$/,
    );
    // Issue #13: at most 3 remote round trips until the proxy is ready (the image, bundle + hosts block,
    // replace-proxy with the readiness wait); then the one that drops what was kept.
    assert.deepEqual(
      session.commands.map((c) => c.argv.find((a) => ['prepare-image', 'install-bundle', 'replace-proxy', 'commit-change'].includes(a))),
      ['prepare-image', 'install-bundle', 'replace-proxy', 'commit-change'],
    );
    assert.equal(r.steps.find((st) => st.name === 'Wait for the proxy to be ready')?.detail, 'ready within the round trip that started it');
    // A first onboarding kept no container: the commit makes no docker call.
    assert.equal(session.commands.find((c) => c.argv.includes('commit-change'))?.argv.at(-1), '0');
    assert.equal(session.closed, true);
  });

  it('the commit removes a kept container: the previous proxy of a re-run, or one an interrupted run left', async () => {
    const world = fakeWorld();
    for (const [prepared, kept] of [
      ['container /istio-proxy running registry.test/istio/proxyv2:1.29.0\nimage present\n', '1'],
      ['container /istio-proxy-previous exited registry.test/istio/proxyv2:1.28.0\nimage present\n', '1'],
      ['image pulled\n', '0'],
    ] as const) {
      world.vmAnswers['prepare-image'] = { stdout: prepared };
      const r = await run(world, 'onboard');
      assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
      assert.equal(
        world.sessions
          .at(-1)
          ?.commands.find((c) => c.argv.includes('commit-change'))
          ?.argv.at(-1),
        kept,
        prepared,
      );
    }
  });

  it("a proxy not ready within the start's round trip is polled until it is", async () => {
    const world = fakeWorld();
    world.startReady = '503';
    const r = await run(world, 'onboard');
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    const tail = changes(world).slice(changes(world).indexOf('vm docker run'));
    assert.deepEqual(tail.slice(0, 3), ['vm docker run', 'vm ready-check', 'apply WorkloadEntry demo/backend-vm']);
    assert.match(r.steps.find((st) => st.name === 'Start the proxy')?.detail ?? '', /not ready within its 5 s \(last answer: 503\)/);
    assert.equal(r.proxyStatus, 'ready');
  });

  it('a rerun does not patch the namespace that exists (create-namespace creates a missing one)', async () => {
    const world = fakeWorld();
    await run(world, 'onboard');
    const from = world.timeline.length;
    const r = await run(world, 'onboard');
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    const again = world.timeline.slice(from);
    assert.ok(again.includes('read Namespace demo'), again.join('\n'));
    assert.ok(!again.includes('apply Namespace demo'), 'no write to the namespace');
    assert.ok(again.includes('apply ServiceAccount demo/backend-vm'), 'the workload objects are still applied');
    assert.equal(r.objects.find((o) => o.kind === 'Namespace')?.action, 'unchanged');
  });

  it('a failure at readiness undoes in reverse order what the run created, and names the step', async () => {
    const world = fakeWorld();
    world.vmAnswers['ready-check'] = { code: 127, stdout: '', stderr: 'neither curl nor wget is installed' };
    const r = await run(world, 'onboard');
    assert.equal(r.verdict, 'failed');
    assert.equal(r.error?.step, 'Wait for the proxy to be ready');
    assert.match(r.error?.message ?? '', /cannot check readiness/);
    assert.equal(statuses(r)['Roll back'], 'ok');
    const created = refs(r, (k) => k !== 'WorkloadEntry' && k !== 'Namespace');
    const tail = changes(world).slice(changes(world).indexOf('vm ready-check'));
    assert.deepEqual(tail, [
      'vm ready-check',
      'vm retire-proxy',
      'vm restore-bundle',
      ...created.reverse().map((o) => `delete ${o}`),
      'lease delete',
    ]);
    assert.ok(!world.timeline.includes('apply WorkloadEntry demo/backend-vm'), 'the WorkloadEntry must not be applied');
    assert.deepEqual(
      [...world.objects.keys()].filter((k) => !k.startsWith('Namespace ')),
      [],
      'nothing the run created is left',
    );
    for (const o of r.objects.filter((x) => x.kind !== 'WorkloadEntry' && x.kind !== 'Namespace'))
      assert.equal(o.action, 'rolled-back', `${o.kind}/${o.name}`);
  });

  it('an undo that fails does not stop the others, and the report names it', async () => {
    const world = fakeWorld();
    world.vmAnswers['ready-check'] = { code: 127, stdout: '', stderr: 'no curl' };
    world.faults.push({ at: (c) => c === 'vm restore-bundle', fault: new StepError('disk is read-only') });
    const r = await run(world, 'onboard');
    assert.equal(r.error?.step, 'Wait for the proxy to be ready', 'the first failure stays the run error');
    const rollback = r.steps.find((s) => s.name === 'Roll back');
    assert.equal(rollback?.status, 'failed');
    assert.match(rollback?.detail ?? '', /remove the proxy, bundle and hosts block this run wrote: disk is read-only/);
    assert.ok(world.timeline.includes('vm retire-proxy'));
    assert.deepEqual(
      [...world.objects.keys()].filter((k) => !k.startsWith('Namespace ')),
      [],
    );
  });

  it('aborted while waiting for readiness: the step is interrupted, the rollback runs under its own signal', async () => {
    const world = fakeWorld();
    const run$ = new AbortController();
    world.startReady = '503'; // not ready within the start's own round trip: the poll waits
    world.faults.push({ at: (c) => c === 'vm ready-check', fault: 'hang' });
    world.onCall = (c) => {
      if (c === 'vm ready-check')
        setImmediate(() => run$.abort(new RunInterrupted('timeout', 'the run did not finish within the timeout of 20s')));
    };
    const started = performance.now();
    const r = await run(world, 'onboard', run$.signal);
    // Well under the 5 s grace run-step gives a step that ignores the signal: the wait itself stopped.
    assert.ok(performance.now() - started < 2000, `took ${Math.round(performance.now() - started)} ms`);
    assert.equal(r.verdict, 'failed');
    assert.equal(statuses(r)['Wait for the proxy to be ready'], 'interrupted');
    assert.equal(r.error?.step, 'Wait for the proxy to be ready');
    assert.equal(r.error?.interruptedBy, 'timeout');
    assert.equal(statuses(r)['Roll back'], 'ok');
    // The fakes refuse a call made with an aborted signal: these ran under the rollback's own.
    const created = refs(r, (k) => k !== 'WorkloadEntry' && k !== 'Namespace');
    assert.deepEqual(changes(world).slice(changes(world).indexOf('vm ready-check') + 1), [
      'vm retire-proxy',
      'vm restore-bundle',
      ...created.reverse().map((o) => `delete ${o}`),
      'lease delete',
    ]);
    assert.ok(!world.timeline.includes('apply WorkloadEntry demo/backend-vm'));
  });

  it("the connection opens before the mesh facts are read; a run that fails before the VM's part closes it, and changes nothing", async () => {
    const world = fakeWorld();
    world.faults.push({ at: (c) => c === 'lease create', fault: new StepError('leases is forbidden') });
    const r = await run(world, 'onboard');
    assert.equal(r.error?.step, "Take the VM's lease");
    assert.ok(
      world.timeline.indexOf('vm connect') < world.timeline.findIndex((c) => c.startsWith('read ConfigMap')),
      world.timeline.join('\n'),
    );
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(world.sessions.length, 1);
    assert.equal(world.sessions[0]?.closed, true, 'the early connection is closed');
    assert.deepEqual(world.sessions[0]?.commands, [], 'nothing ran on the VM');
    assert.ok(!statuses(r)['Connect to the VM'], 'no Connect step: the run did not get there');
    assert.deepEqual(changes(world), ['vm connect', 'lease create']);
  });

  it('a connection that fails while the lease is taken fails the Connect step, after which nothing changes', async () => {
    const world = fakeWorld();
    world.faults.push({ at: (c) => c === 'vm connect', fault: new StepError('host key mismatch') });
    const r = await run(world, 'onboard');
    assert.equal(r.error?.step, 'Connect to the VM');
    assert.match(r.error?.message ?? '', /host key mismatch/);
    assert.deepEqual(changes(world), ['vm connect', 'lease create', 'lease delete']);
    assert.deepEqual([...world.objects.keys()], []);
  });

  it('a connection lost mid-run is undone over a new one', async () => {
    const world = fakeWorld();
    world.faults.push({
      at: (c) => c === 'vm docker run',
      fault: new StepError('the SSH connection was lost before the command finished'),
    });
    world.onCall = (c) => {
      if (c === 'vm docker run') world.sessions[0]?.close();
    };
    const r = await run(world, 'onboard');
    assert.equal(r.error?.step, 'Start the proxy');
    assert.equal(world.sessions.length, 2, 'the rollback opened a second session');
    assert.deepEqual(
      (world.sessions[1]?.commands ?? []).map((c) => c.argv.find((a) => ['retire-proxy', 'restore-bundle', 'restore-proxy'].includes(a))),
      ['retire-proxy', 'restore-bundle'],
    );
    assert.match(r.steps.find((s) => s.name === 'Roll back')?.detail ?? '', /reconnected to the VM/);
  });
});

describe('a re-run that fails leaves the VM as it was (issue #18)', () => {
  /** A world where a first onboarding succeeded; the VM now says it runs the previous proxy. */
  async function onboarded(): Promise<{ world: FakeWorld; entry: unknown }> {
    const world = fakeWorld();
    const first = await run(world, 'onboard');
    assert.equal(first.verdict, 'succeeded', JSON.stringify(first.error));
    world.vmAnswers['prepare-image'] = { stdout: 'container /istio-proxy running registry.test/istio/proxyv2:1.29.0\nimage present\n' };
    world.vmAnswers['restore-proxy'] = { stdout: 'restored registry.test/istio/proxyv2:1.29.0\n' };
    world.vmAnswers['restore-bundle'] = { stdout: 'restored\n' };
    world.timeline.length = 0;
    return { world, entry: structuredClone(world.objects.get('WorkloadEntry demo/backend-vm')) };
  }

  it('a missing image fails at "Prepare the VM" with nothing changed, in the cluster or on the VM', async () => {
    const { world, entry } = await onboarded();
    world.vmAnswers['prepare-image'] = { code: 1, stdout: '', stderr: 'Error response from daemon: manifest unknown: manifest unknown' };
    const r = await run(world, 'onboard');
    assert.equal(r.error?.step, 'Prepare the VM');
    assert.match(
      r.error?.message ?? '',
      /checking the image .* \(docker image inspect, else docker pull\) failed \(exit 1\): Error response from daemon: manifest unknown/,
    );
    assert.match(r.error?.hint ?? '', /check the image name/);
    assert.deepEqual(changes(world), ['vm connect', 'lease create', 'vm prepare-image', 'lease delete']);
    assert.deepEqual(world.objects.get('WorkloadEntry demo/backend-vm'), entry);
  });

  it('readiness fails: the previous proxy, files and hosts block are restored and waited for; the cluster objects stay', async () => {
    const { world, entry } = await onboarded();
    world.startReady = '503';
    world.faults.push({ at: (c) => c === 'vm ready-check', fault: new StepError('istio-proxy was not ready within 2 s') });
    const r = await run(world, 'onboard');
    assert.equal(r.error?.step, 'Wait for the proxy to be ready');
    const tail = changes(world).slice(changes(world).indexOf('vm ready-check'));
    // No object was created or changed by this run (all unchanged): nothing of the cluster's is undone.
    // This run's container goes before the files are put back, the kept one starts after them.
    assert.deepEqual(tail, [
      'vm ready-check',
      'vm retire-proxy',
      'vm restore-bundle',
      'vm restore-proxy',
      'vm ready-check',
      'lease delete',
    ]);
    assert.match(
      r.error?.message ?? '',
      /rolled back: restored the previous bundle files and \/etc\/hosts block; restored the previous proxy \(image registry\.test\/istio\/proxyv2:1\.29\.0\), ready in \d+ ms/,
    );
    assert.deepEqual(world.objects.get('WorkloadEntry demo/backend-vm'), entry, 'the WorkloadEntry is as it was');
    assert.equal(statuses(r)['Roll back'], 'ok');
  });

  it('an object the re-run changed is applied again as it was', async () => {
    const { world } = await onboarded();
    const before = structuredClone(world.objects.get('Service demo/backend-vm'));
    world.faults.push({ at: (c) => c === 'vm docker run', fault: new StepError('docker run failed') });
    const r = await runPipeline(settings('onboard', { ports: 'http:8080,grpc:9090' }), {
      log: memoryLogger(),
      signal: new AbortController().signal,
      env: {},
      workDir: dir,
      cwd: dir,
      connect: world.connect,
    });
    assert.equal(r.error?.step, 'Start the proxy');
    assert.match(r.error?.message ?? '', /restored Service\/demo\/backend-vm as it was/);
    const after = world.objects.get('Service demo/backend-vm') as { spec?: unknown } | undefined;
    assert.deepEqual(after?.spec, (before as { spec?: unknown }).spec, 'the Service has its previous ports');
  });

  it('when the previous proxy cannot be restored, the VM is taken out of rotation and the first line says so', async () => {
    const { world } = await onboarded();
    world.startReady = '503';
    world.faults.push({ at: (c) => c === 'vm ready-check', fault: new StepError('not ready') });
    world.vmAnswers['restore-proxy'] = { code: 71, stdout: '', stderr: 'Error response from daemon: No such image' };
    const r = await run(world, 'onboard');
    assert.match(
      r.error?.message ?? '',
      /^The previous proxy on ubuntu@10\.0\.93\.162:22 could not be restored \(restoring the previous istio-proxy container .* failed \(exit 71\).*\): the VM was taken out of rotation; fix the VM, then run onboard again\. Wait for the proxy to be ready/,
    );
    assert.match(r.error?.message ?? '', /took the VM out of rotation: deleted WorkloadEntry\/demo\/backend-vm/);
    assert.ok(!world.objects.has('WorkloadEntry demo/backend-vm'), 'the mesh no longer routes to the VM');
    assert.ok(world.objects.has('ServiceAccount demo/backend-vm'), 'identity objects stay for the next run');
  });
});

describe('offboard with in-memory cluster and VM', () => {
  it('removes the WorkloadEntry first, then the proxy, bundle and hosts block, then the other objects in reverse', async () => {
    const world = fakeWorld();
    const on = await run(world, 'onboard');
    assert.equal(on.verdict, 'succeeded', JSON.stringify(on.error));
    world.timeline.length = 0;
    const r = await run(world, 'offboard');
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    const rest = refs(on, (k) => k !== 'WorkloadEntry' && k !== 'Namespace');
    assert.deepEqual(changes(world), [
      'lease create',
      'delete WorkloadEntry demo/backend-vm',
      'vm connect',
      'vm remove-proxy',
      'vm remove-bundle',
      'vm hosts-block',
      ...rest.reverse().map((o) => `delete ${o}`),
      'lease delete',
    ]);
    assert.deepEqual(
      [...world.objects.keys()].filter((k) => !k.startsWith('Namespace ')),
      [],
    );
    assert.equal(r.objects.find((o) => o.kind === 'Namespace')?.action, 'unchanged', 'the namespace is left, and the report says so');
  });

  it("keeps a ServiceAccount another workload's WorkloadEntry runs as; the last one offboarded deletes it", async () => {
    const world = fakeWorld();
    const as = (workload: string, host: string, mode: string) =>
      runPipeline(
        settings(mode, {
          'workload-name': workload,
          'vm-host': host,
          'ssh-known-hosts': `${host} ${inputs['ssh-known-hosts'].split(' ').slice(1).join(' ')}`,
          labels: `app=${workload}`,
          'service-account': 'backend',
        }),
        { log: memoryLogger(), signal: new AbortController().signal, env: {}, workDir: dir, cwd: dir, connect: world.connect },
      );
    for (const [name, host] of [
      ['backend-a', '10.0.93.162'],
      ['backend-b', '10.0.93.163'],
    ] as const)
      assert.equal((await as(name, host, 'onboard')).verdict, 'succeeded');
    const a = await as('backend-a', '10.0.93.162', 'offboard');
    assert.equal(a.verdict, 'succeeded', JSON.stringify(a.error));
    assert.ok(world.objects.has('ServiceAccount demo/backend'), 'backend-b still runs as it');
    assert.equal(a.objects.find((o) => o.kind === 'ServiceAccount')?.action, 'unchanged');
    assert.equal(
      a.steps.find((st) => st.name === 'Remove the workload objects')?.detail,
      'kept ServiceAccount/demo/backend: WorkloadEntry demo/backend-b runs as it',
    );
    assert.ok(
      !world.objects.has('Service demo/backend-a') && !world.objects.has('Sidecar demo/backend-a'),
      "backend-a's own objects are gone",
    );
    const b = await as('backend-b', '10.0.93.163', 'offboard');
    assert.equal(b.verdict, 'succeeded', JSON.stringify(b.error));
    assert.equal(b.objects.find((o) => o.kind === 'ServiceAccount')?.action, 'deleted');
    assert.deepEqual(
      [...world.objects.keys()].filter((k) => !k.startsWith('Namespace ')),
      [],
    );
  });

  it("dry-run: the plan names the lease first, as onboard's does, and nothing is touched", async () => {
    const world = fakeWorld();
    const r = await runPipeline(settings('offboard', { 'dry-run': 'true' }), {
      log: memoryLogger(),
      signal: new AbortController().signal,
      env: {},
      workDir: dir,
      cwd: dir,
      connect: world.connect,
    });
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    assert.equal(
      r.plan?.[0],
      "take the VM's lease: Lease istio-system/istio-vm-onboard.10.0.93.162 (wait up to 5m for another run; released at the end)",
    );
    assert.deepEqual(world.timeline, []);
  });

  it('leaves an object another manager applied', async () => {
    const world = fakeWorld();
    await run(world, 'onboard');
    const [key, obj] = [...world.objects].find(([k]) => k.startsWith('ServiceAccount ')) ?? assert.fail('no ServiceAccount rendered');
    obj.metadata.managedFields = [{ manager: 'kubectl' }];
    world.timeline.length = 0;
    const r = await run(world, 'offboard');
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    assert.ok(world.objects.has(key));
    assert.ok(!world.timeline.includes(`delete ${key}`));
    assert.equal(r.objects.find((o) => o.kind === 'ServiceAccount')?.action, 'unchanged');
  });
});
