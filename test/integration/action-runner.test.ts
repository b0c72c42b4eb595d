// The bundled action run as the runner runs it: validation errors, render mode, outputs,
// summary, masking (no cluster, no VM); the post step after a main step killed holding the
// VM's lease, and after a normal run (a test world: kube-apiserver, istiod, one VM).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { LEASE_DURATION_SECONDS, vmLeaseName } from '../../src/cluster/lease.js';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { vmInputs } from '../support/inputs.js';
import { leaseOf } from '../support/run-leftovers.js';
import type { TestVm } from '../support/vm-world.js';
import type { TestWorld } from '../support/world.js';

const runs: ActionRun[] = [];
after(() => runs.forEach(removeRun));
async function run(inputs: Record<string, string>, opts: Parameters<typeof runAction>[1] = {}): Promise<ActionRun> {
  const r = await runAction(inputs, opts);
  runs.push(r);
  return r;
}

describe('node dist/index.js', () => {
  it('fails with ::error:: naming each invalid input, before doing anything', async () => {
    const r = await run({
      'workload-name': 'Backend_VM',
      namespace: 'demo',
      'vm-host': '10.231.250.2',
      ports: 'http:0',
      'ssh-key': 'not a key',
    });
    assert.equal(r.code, 1);
    const text = r.errors.join('\n');
    assert.match(text, /input `workload-name` must be a DNS-1123 label/);
    assert.match(text, /input `ports` port 0 is outside 1-65535/);
    assert.match(text, /input `ssh-key` is not a private key/);
    assert.match(text, /input `kubeconfig` is required for mode onboard/);
    assert.equal(r.summary, '', 'no summary: nothing ran');
    assert.deepEqual(r.outputs, {});
    assert.ok(!existsSync(join(r.dir, 'runner-temp')), 'nothing was written');
  });

  it('masks the SSH key before reporting that it is malformed', async () => {
    const fakeKey = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ==\n-----END OPENSSH PRIVATE KEY-----';
    const r = await run({ 'workload-name': 'web', namespace: 'demo', 'vm-host': 'vm1', 'ssh-key': fakeKey });
    assert.equal(r.code, 1);
    assert.ok(r.masks.includes('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ=='));
    const firstMask = r.stdout.indexOf('::add-mask::');
    const firstError = r.stdout.indexOf('::error::');
    assert.ok(firstMask >= 0 && firstMask < firstError, 'masks are registered before the first error');
    assert.ok(!r.visibleLog.includes('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ=='));
  });

  it('renders the workshop template with ${VAR} substitution and sets outputs and summary', async () => {
    const workspace = (await run({ mode: 'render', 'workload-name': 'x', namespace: 'x', 'vm-address': 'x' })).dir;
    writeFileSync(
      join(workspace, '01-backend-vm.yaml'),
      [
        'apiVersion: networking.istio.io/v1beta1',
        'kind: WorkloadEntry',
        'metadata:',
        '  name: backend-vm',
        '  namespace: ${PREFIX}-demo-secure',
        'spec:',
        '  address: ${VM_IP}',
        '  labels: {app: backend-vm}',
        '  serviceAccount: vm-sa',
        '',
      ].join('\n'),
    );
    const r = await run(
      {
        mode: 'render',
        'workload-name': 'backend-vm',
        namespace: 'abz-demo-secure',
        'vm-address': '10.0.93.162',
        ports: 'http:8888',
        manifests: '*.yaml',
        vars: 'PREFIX=abz\nVM_IP=10.0.93.162',
      },
      { cwd: workspace },
    );
    assert.equal(r.code, 0, r.stdout);
    const manifests = readFileSync(r.outputs.manifests as string, 'utf8');
    const objects = parseAllDocuments(manifests).map(
      (d) => d.toJS() as { kind: string; apiVersion: string; metadata: { namespace?: string }; spec?: { address?: string } },
    );
    assert.deepEqual(
      objects.map((o) => o.kind),
      ['Namespace', 'ServiceAccount', 'Service', 'Sidecar', 'WorkloadEntry'],
    );
    const we = objects.find((o) => o.kind === 'WorkloadEntry')!;
    assert.equal(we.apiVersion, 'networking.istio.io/v1beta1', 'the user file replaced the built-in WorkloadEntry');
    assert.equal(we.metadata.namespace, 'abz-demo-secure');
    assert.equal(we.spec?.address, '10.0.93.162');
    assert.match(r.summary, /render: succeeded/);
    assert.match(r.summary, /01-backend-vm.yaml:1/);
    assert.equal(r.outputs['workload-entry'], 'abz-demo-secure/backend-vm');
    const report = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as { verdict: string };
    assert.equal(report.verdict, 'succeeded');
  });

  it('fails render on an unknown variable, naming file and line', async () => {
    const workspace = (await run({ mode: 'render', 'workload-name': 'x', namespace: 'x', 'vm-address': 'x' })).dir;
    writeFileSync(join(workspace, 'svc.yaml'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: ${NAME}\n  namespace: demo\n');
    const r = await run(
      { mode: 'render', 'workload-name': 'web', namespace: 'demo', 'vm-address': '10.0.0.1', manifests: 'svc.yaml' },
      { cwd: workspace },
    );
    assert.equal(r.code, 1);
    assert.match(r.errors.join('\n'), /svc\.yaml:4: variable \$\{NAME\} is not set/);
  });

  it('runs the post step from the same bundle with the saved state', async () => {
    const main = await run({ mode: 'render', 'workload-name': 'web', namespace: 'demo', 'vm-address': '10.0.0.1' });
    assert.equal(main.state.isPost, 'true');
    const post = await runAction({}, { postOf: main });
    assert.equal(post.code, 0, post.stdout);
    assert.match(post.stdout, /nothing to clean up/);
  });
});

describe('pull request comment from node dist/index.js', () => {
  it('creates one sticky comment, updates it on the next run, and never fails a fork PR', async () => {
    const { startGitHubApiStandin } = await import('../support/github-api-standin.js');
    const gh = await startGitHubApiStandin({
      token: 'ghs_writer',
      readOnlyToken: 'ghs_reader',
      seedComments: [{ issue: 7, body: 'LGTM' }],
    });
    try {
      const first = await run({
        mode: 'render',
        'workload-name': 'web',
        namespace: 'demo',
        'vm-address': '10.0.0.1',
        'github-token': 'ghs_writer',
      });
      const eventPath = join(first.dir, 'event.json');
      writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7 }, repository: { name: 'repo', owner: { login: 'owner' } } }));
      const env = {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: eventPath,
        GITHUB_REPOSITORY: 'owner/repo',
        GITHUB_API_URL: gh.url,
      };
      const inputs = { mode: 'render', 'workload-name': 'web', namespace: 'demo', 'vm-address': '10.0.0.1', 'github-token': 'ghs_writer' };
      const a = await run(inputs, { env });
      assert.equal(a.code, 0, a.stdout);
      assert.match(a.stdout, /pull request comment: created/);
      const b = await run({ ...inputs, 'vm-address': '10.0.0.2' }, { env });
      assert.match(b.stdout, /pull request comment: updated/);
      const ours = gh.comments(7).filter((c) => c.body.startsWith('<!-- istio-vm-onboard:demo/web -->'));
      assert.equal(ours.length, 1, 'one comment after two runs');
      assert.match(ours[0]!.body, /render: succeeded/);
      assert.equal(gh.comments(7).length, 2, "the user's comment is untouched");
      const fork = await run({ ...inputs, 'github-token': 'ghs_reader' }, { env });
      assert.equal(fork.code, 0, 'a read-only token does not fail the step');
      assert.match(fork.stdout, /^::warning::.*Resource not accessible by integration/m);
      assert.ok(!fork.visibleLog.includes('ghs_reader'), 'the token is masked');
    } finally {
      await gh.stop();
    }
  });
});

describe('the post step', () => {
  let world: TestWorld;
  let vm: TestVm;
  before(async () => {
    const { startTestWorld } = await import('../support/world.js');
    world = await startTestWorld({ vms: 1, noImage: true });
    vm = world.freeVms[0] as TestVm;
  });
  after(async () => {
    await world?.stop();
    assert.deepEqual(await world.leftovers(), [], 'the test world left nothing behind');
  });

  /** One job of a GitHub run: main and post share it (and so the lease holder's prefix). */
  const github = (runId: string) => ({
    GITHUB_REPOSITORY: 'acme/vms',
    GITHUB_RUN_ID: runId,
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'onboard',
  });
  const holderOf = (runId: string) => new RegExp(`^github:acme/vms/runs/${runId}/attempts/1/jobs/onboard#[0-9a-f]{6}$`);
  const log = (r: ActionRun) => `${r.stdout.replace(/^::add-mask::.*\n/gm, '').slice(-3000)}\n${r.stderr.slice(-1000)}`;
  // vm-host is the blackhole: main takes the VM's lease, then waits to connect over SSH (changing
  // nothing yet), and is killed there as the runner kills a step: SIGKILL, no rollback, no release.
  const killedInputs = (ns: string) =>
    vmInputs(vm, world.kube.kubeconfig, {
      namespace: ns,
      'vm-host': world.vms.blackholeAddress,
      'ssh-connect-timeout': '60s',
      'ssh-retries': '0',
    });
  const blackholeLease = () => leaseOf(world.kube, vm, 'istio-system', world.vms.blackholeAddress);

  async function killedHoldingTheLease(ns: string, runId: string): Promise<ActionRun> {
    let killed = false;
    const main = await run(killedInputs(ns), {
      env: github(runId),
      timeoutMs: 120_000,
      onStdout: (out, child) => {
        if (!killed && /took the VM's Lease /.test(out)) {
          killed = true;
          child.kill('SIGKILL');
        }
      },
    });
    assert.ok(killed, `main took the lease: ${log(main)}`);
    assert.notEqual(main.code, 0);
    return main;
  }

  /** Every file under a directory, recursively. */
  const filesUnder = (dir: string): string[] =>
    existsSync(dir)
      ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .map((f) => join(dir, f))
          .filter((f) => statSync(f).isFile())
      : [];

  it("after main was killed holding the VM's lease: releases it at once, and no key is left under RUNNER_TEMP", async () => {
    const main = await killedHoldingTheLease('post-killed', '5001');
    const left = await blackholeLease();
    assert.match(left?.spec.holderIdentity ?? '', holderOf('5001'), 'the killed main step left its lease');
    assert.deepEqual(JSON.parse(main.state.heldLeases ?? '[]'), [
      { namespace: 'istio-system', name: vmLeaseName(world.vms.blackholeAddress), holder: left?.spec.holderIdentity },
    ]);

    const post = await run(killedInputs('post-killed'), { postOf: main, env: github('5001'), timeoutMs: 60_000 });
    assert.equal(post.code, 0, log(post));
    assert.match(
      post.stdout,
      new RegExp(
        `released the VM's Lease istio-system/${vmLeaseName(world.vms.blackholeAddress).replace(/\./g, '\\.')}, which the main step held as github:acme/vms/runs/5001/`,
      ),
    );
    assert.equal(await blackholeLease(), undefined, 'the lease is gone: the next run need not wait ' + LEASE_DURATION_SECONDS + ' s');
    // The action writes no key file (the SSH key stays in memory, the token goes over SSH stdin):
    // nothing under RUNNER_TEMP holds the key, and post had no path to remove.
    const keyLine = vm.privateKey.split('\n')[1] ?? '';
    assert.ok(keyLine.length > 20);
    for (const f of filesUnder(join(main.dir, 'runner-temp')))
      assert.ok(!readFileSync(f, 'utf8').includes(keyLine), `${f} holds the SSH key`);
    assert.match(post.stdout, /nothing to clean up/);
  });

  it('leaves a lease another run took over after main was killed', async () => {
    const main = await killedHoldingTheLease('post-taken', '5002');
    const name = vmLeaseName(world.vms.blackholeAddress);
    const other = 'github:acme/vms/runs/6000/attempts/1/jobs/onboard#0ther0';
    const now = new Date().toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
    await world.kube.putObject({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name, namespace: 'istio-system' },
      spec: { holderIdentity: other, leaseDurationSeconds: LEASE_DURATION_SECONDS, acquireTime: now, renewTime: now },
    } as never);
    try {
      const post = await run(killedInputs('post-taken'), { postOf: main, env: github('5002'), timeoutMs: 60_000 });
      assert.equal(post.code, 0, log(post));
      assert.match(
        post.stdout,
        /left the VM's Lease istio-system\/\S+: it is held by github:acme\/vms\/runs\/6000\/\S+( .*)? now, not by this run/,
      );
      assert.equal((await blackholeLease())?.spec.holderIdentity, other, 'the other run keeps its lease');
    } finally {
      await world.kube.deleteObject('coordination.k8s.io/v1', 'Lease', 'istio-system', name);
    }
  });

  it('after a normal run (main released its lease) touches no lease, not even one of a later run', async () => {
    const main = await run(vmInputs(vm, world.kube.kubeconfig, { namespace: 'post-ok', mode: 'offboard' }), {
      env: github('5003'),
      timeoutMs: 120_000,
    });
    assert.equal(main.code, 0, log(main));
    assert.deepEqual(JSON.parse(main.state.heldLeases ?? 'null'), [], 'taken and released: none left');
    const name = vmLeaseName(vm.address);
    const later = 'github:acme/vms/runs/5003/attempts/1/jobs/onboard#1a7e40'; // the same job's prefix: post must still leave it
    const now = new Date().toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
    await world.kube.putObject({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name, namespace: 'istio-system' },
      spec: { holderIdentity: later, leaseDurationSeconds: LEASE_DURATION_SECONDS, acquireTime: now, renewTime: now },
    } as never);
    try {
      const from = world.kube.requests.length;
      const post = await run(vmInputs(vm, world.kube.kubeconfig, { namespace: 'post-ok', mode: 'offboard' }), {
        postOf: main,
        env: github('5003'),
        timeoutMs: 60_000,
      });
      assert.equal(post.code, 0, log(post));
      assert.match(post.stdout, /no VM lease left to release/);
      assert.deepEqual(
        world.kube.requests.slice(from).map((q) => `${q.method} ${q.path}`),
        [],
        'post sent the API server nothing',
      );
      assert.equal((await leaseOf(world.kube, vm))?.spec.holderIdentity, later);
    } finally {
      await world.kube.deleteObject('coordination.k8s.io/v1', 'Lease', 'istio-system', name);
    }
  });
});
