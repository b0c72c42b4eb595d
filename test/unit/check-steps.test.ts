// mode check through runPipeline on the in-memory cluster and VM (test/support/fakes.ts): an
// onboarding first, then checks of it. What the check calls (reads and dry-runs only, no lease,
// no token), what it makes of the VM's answers (the bundle as the onboarding wrote it, a rotated
// root, a missing token file), and a read that fails: a problem, the other reads still made,
// the run failed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CHECK_SECTION, fileDigest } from '../../src/plan/remote-commands.js';
import { StepError } from '../../src/pipeline/step-error.js';
import { fakeWorld, type FakeWorld } from '../support/fakes.js';
import { fakeVmRunner } from '../support/unit-inputs.js';

const { run } = fakeVmRunner('check-steps');

const EXP = Math.floor(Date.now() / 1000) + 10 * 3600; // in 10 h, whole seconds as a JWT has it
const TOKEN = `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(JSON.stringify({ aud: ['istio-ca'], exp: EXP })).toString('base64url')}.c2lnbmF0dXJl`;
const future = new Date(Date.now() + 20 * 3_600_000).toISOString();

/** The files the onboarding wrote (install-bundle's stdin: "NAME MODE BASE64"), as sha256 by name. */
function writtenHashes(world: FakeWorld): Record<string, string> {
  const install = world.sessions.flatMap((s) => s.commands).find((c) => c.argv.includes('install-bundle'));
  assert.ok(install?.stdin, 'the onboarding wrote the bundle');
  return Object.fromEntries(
    install.stdin
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [name = '', , data = ''] = l.split(' ');
        return [name, fileDigest(`/etc/istio-proxy/${name}`, Buffer.from(data, 'base64').toString('utf8'))];
      }),
  );
}

/** check-proxy's output for a healthy proxy whose files hash as given. */
function proxyAnswer(hashes: Record<string, string>): string {
  return [
    'state running docker.io/istio/proxyv2:1.30.0',
    'ready 200',
    ...Object.entries(hashes)
      .filter(([n]) => n !== 'istio-token')
      .map(([n, h]) => `hash ${n} ${h}`),
    '',
    `${CHECK_SECTION} server_info`,
    JSON.stringify({ version: 'abc/1.38.3/Clean/RELEASE/BoringSSL', node: { metadata: { ISTIO_VERSION: '1.30.0' } } }),
    '',
    `${CHECK_SECTION} connected_state`,
    'cluster.xds-grpc;.upstream_rq_active: 1',
    '',
    `${CHECK_SECTION} certs`,
    JSON.stringify({ certificates: [{ cert_chain: [{ expiration_time: future }] }] }),
  ].join('\n');
}

async function onboarded(): Promise<{ world: FakeWorld; hashes: Record<string, string> }> {
  const world = fakeWorld();
  const r = await run(world, 'onboard');
  assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
  const hashes = writtenHashes(world);
  world.vmAnswers['check-proxy'] = { stdout: proxyAnswer(hashes) };
  world.vmAnswers['cat -- /etc/istio-proxy/istio-token'] = { stdout: `${TOKEN}\n` };
  world.timeline.length = 0;
  return { world, hashes };
}

describe('mode check on the in-memory cluster and VM', () => {
  it('a VM as onboarded: succeeded, no drift, no problem; only reads and dry-runs, no lease, no token minted', async () => {
    const { world } = await onboarded();
    const r = await run(world, 'check');
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    const c = r.check;
    assert.ok(c);
    assert.deepEqual(
      { ...c, certExpiresAt: null },
      {
        vm: '10.0.93.162',
        workload: 'demo/backend-vm',
        proxy: 'running',
        ready: true,
        connected: true,
        proxyVersion: 'abc/1.38.3/Clean/RELEASE/BoringSSL',
        agentVersion: '1.30.0',
        certExpiresAt: null,
        tokenExpiresAt: new Date(EXP * 1000).toISOString(),
        workloadEntry: { present: true, healthy: null, name: 'backend-vm', address: '10.0.93.162' },
        drift: [],
        problems: [],
      },
    );
    assert.equal(c.certExpiresAt, future);
    const changing = world.timeline.filter((t) => !/^(read |list |dry-run apply |vm connect$|vm check-proxy$|vm cat -- )/.test(t));
    assert.deepEqual(changing, [], 'nothing but reads and dry-runs');
    assert.ok(world.timeline.some((t) => t.startsWith('dry-run apply Service demo/backend-vm')));
    assert.ok(!world.timeline.some((t) => /lease|token /.test(t)), 'no lease, no token');
    assert.ok(world.sessions.at(-1)?.closed, 'the SSH session is closed');
    assert.ok(!JSON.stringify(r).includes(TOKEN.split('.')[1] as string), 'the token is not in the result');
  });

  it('a rotated root and a changed file are drift, named; fail-on: drift fails the run', async () => {
    const { world, hashes } = await onboarded();
    world.vmAnswers['check-proxy'] = { stdout: proxyAnswer({ ...hashes, 'istio-ca.pem': 'f'.repeat(64), 'mesh.yaml': 'e'.repeat(64) }) };
    const relaxed = await run(world, 'check');
    assert.equal(relaxed.verdict, 'succeeded', 'drift does not fail fail-on: not-ready');
    assert.deepEqual(relaxed.check?.drift, [
      "/etc/istio-proxy/istio-ca.pem is not the mesh's current root certificate (ConfigMap istio-system/istio-ca-root-cert): the root was rotated, or the file changed",
      '/etc/istio-proxy/mesh.yaml differs from the render',
    ]);
    const strict = await run(world, 'check', { 'fail-on': 'drift' });
    assert.equal(strict.verdict, 'failed');
    assert.equal(strict.error?.step, 'Evaluate fail-on');
    assert.match(strict.error?.message ?? '', /^Evaluate fail-on \(fail-on drift\): 10\.0\.93\.162: drift: .*istio-ca\.pem/);
    assert.match(strict.error?.hint ?? '', /run onboard again/);
  });

  it('a missing token file and a missing WorkloadEntry are problems of the VM', async () => {
    const { world } = await onboarded();
    world.objects.delete('WorkloadEntry demo/backend-vm');
    world.vmAnswers['cat -- /etc/istio-proxy/istio-token'] = {
      code: 1,
      stdout: '',
      stderr: 'cat: /etc/istio-proxy/istio-token: No such file or directory',
    };
    const r = await run(world, 'check', { 'fail-on': '' });
    assert.equal(r.verdict, 'succeeded', 'fail-on empty: report only');
    assert.deepEqual(r.check?.problems, [
      'WorkloadEntry demo/backend-vm is missing: the mesh does not route to the VM',
      '/etc/istio-proxy/istio-token is missing',
    ]);
    assert.deepEqual(r.check?.drift, ['WorkloadEntry/demo/backend-vm is missing']);
    assert.equal(r.check?.tokenExpiresAt, null);
  });

  it('an expired token and certificate are problems; cert-expires-within fails on a certificate that expires within it', async () => {
    const { world, hashes } = await onboarded();
    const past = Math.floor(Date.now() / 1000) - 60;
    world.vmAnswers['cat -- /etc/istio-proxy/istio-token'] = {
      stdout: TOKEN.replace(/\.[^.]+\./, `.${Buffer.from(JSON.stringify({ exp: past })).toString('base64url')}.`),
    };
    const r = await run(world, 'check');
    assert.match(
      r.check?.problems.join('\n') ?? '',
      /^the bootstrap token in \/etc\/istio-proxy\/istio-token expired at .*: a running proxy renews through its own certificate, but once that lapses \(the proxy stopped past it\) it cannot rejoin; mode refresh writes a fresh token$/,
    );
    assert.equal(r.verdict, 'succeeded', 'not-ready alone: the proxy is ready');
    const soon = await run(world, 'check', { 'fail-on': 'cert-expires-within=1d' });
    assert.equal(soon.verdict, 'failed');
    assert.match(soon.error?.message ?? '', /the workload certificate expires at .*, within 1d/);
    world.vmAnswers['check-proxy'] = { stdout: proxyAnswer(hashes).replace(future, new Date(Date.now() - 1000).toISOString()) };
    const expired = await run(world, 'check', { 'fail-on': '' });
    assert.ok(
      expired.check?.problems.some((p) => p.startsWith('the workload certificate expired at')),
      expired.check?.problems.join('\n'),
    );
  });

  it("registration: workload-group: istiod's entry for the address, its Healthy condition; not Healthy is a problem", async () => {
    const world = fakeWorld();
    const entry = (status: string) =>
      world.objects.set('WorkloadEntry demo/backend-vm-10.0.93.162', {
        apiVersion: 'networking.istio.io/v1',
        kind: 'WorkloadEntry',
        metadata: { name: 'backend-vm-10.0.93.162', namespace: 'demo', annotations: { 'istio.io/autoRegistrationGroup': 'backend-vm' } },
        spec: { address: '10.0.93.162' },
        status: { conditions: [{ type: 'Healthy', status }] },
      } as never);
    entry('True');
    const group = { registration: 'workload-group' };
    assert.equal((await run(world, 'onboard', group)).verdict, 'succeeded');
    world.vmAnswers['check-proxy'] = { stdout: proxyAnswer(writtenHashes(world)) };
    world.vmAnswers['cat -- /etc/istio-proxy/istio-token'] = { stdout: TOKEN };
    const r = await run(world, 'check', group);
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    assert.deepEqual(r.check?.workloadEntry, { present: true, healthy: true, name: 'backend-vm-10.0.93.162', address: '10.0.93.162' });
    assert.deepEqual([r.check?.drift, r.check?.problems], [[], []], "istiod's entry is not ours to render: no drift for it");
    entry('False');
    const sick = await run(world, 'check', group);
    assert.deepEqual(sick.check?.problems, ['WorkloadEntry demo/backend-vm-10.0.93.162 is not Healthy']);
    assert.equal(sick.check?.workloadEntry.healthy, false);
  });

  it('the VM out of reach: a problem, the cluster still read, the run failed naming the connect', async () => {
    const { world } = await onboarded();
    world.faults.push({ at: (c) => c === 'vm connect', fault: new StepError('connect ECONNREFUSED 10.0.93.162:22', 'is sshd running?') });
    const r = await run(world, 'check');
    assert.equal(r.verdict, 'failed');
    assert.equal(r.error?.step, 'Connect to the VM');
    assert.deepEqual(r.check?.problems, ['Connect to the VM: connect ECONNREFUSED 10.0.93.162:22']);
    assert.equal(r.check?.workloadEntry.present, true, 'the cluster was read');
    assert.equal(r.check?.ready, false);
    const steps = Object.fromEntries(r.steps.map((s) => [s.name, s.status]));
    assert.deepEqual([steps['Read the WorkloadEntry'], steps['Connect to the VM'], steps['Evaluate fail-on']], ['ok', 'failed', 'failed']);
  });
});

describe('mode check of an inventory on the in-memory cluster and VMs', () => {
  const fleet = {
    'vm-host': '',
    'workload-name': '',
    concurrency: '1',
    inventory: '- {vm-host: 10.0.93.162, workload-name: a}\n- {vm-host: 10.0.93.163, workload-name: b}\n',
  };
  it('one record per VM in the report, one summary row each, unhealthy-vms the VM out of reach, the mesh facts read once', async () => {
    const { renderSummary } = await import('../../src/report/summary.js');
    const { outputsOf } = await import('../../src/report/outputs.js');
    const { reportOf } = await import('../../src/report/write.js');
    const world = fakeWorld();
    const onboard = await run(world, 'onboard', fleet);
    assert.equal(onboard.verdict, 'succeeded', JSON.stringify(onboard.error));
    world.vmAnswers['check-proxy'] = { stdout: proxyAnswer(writtenHashes(world)) }; // VM a's files: VM b's differ from them
    world.vmAnswers['cat -- /etc/istio-proxy/istio-token'] = { stdout: TOKEN };
    world.timeline.length = 0;
    const r = await run(world, 'check', fleet);
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    const report = reportOf(r) as { vms: Array<{ vm: string; workload: string; drift: string[]; problems: string[] }> };
    assert.deepEqual(
      report.vms.map((v) => [v.vm, v.workload, v.problems.length, v.drift.length > 0]),
      [
        ['10.0.93.162', 'demo/a', 0, false],
        ['10.0.93.163', 'demo/b', 0, true],
      ],
    );
    assert.equal(world.timeline.filter((t) => t === 'read ConfigMap istio-system/istio').length, 1, 'the mesh facts read once for the run');
    assert.ok(!world.timeline.some((t) => /lease|token |^apply |^delete /.test(t)), 'nothing written, no lease');
    const summary = renderSummary(r);
    assert.match(summary, /### Check\n\n\| {2}\| VM .*\n\| --- .*\n\| ✅ \| 10\.0\.93\.162 .*\n\| ⚠️ \| 10\.0\.93\.163 /);
    assert.equal(outputsOf(r, '/tmp/r.json')['unhealthy-vms'], '');

    world.faults.push({ at: (c) => c === 'vm connect', fault: new StepError('connect ECONNREFUSED 10.0.93.162:22') });
    const down = await run(world, 'check', fleet);
    assert.equal(down.verdict, 'failed');
    assert.match(down.error?.message ?? '', /^1 of 2 VMs failed: 10\.0\.93\.162 \(Connect to the VM/);
    assert.match(down.error?.hint ?? '', /a check changed nothing/);
    assert.equal(outputsOf(down, '/tmp/r.json')['unhealthy-vms'], '10.0.93.162');
  });
});
