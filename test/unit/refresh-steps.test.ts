// mode refresh through runPipeline on the in-memory cluster and VM (test/support/fakes.ts):
// an onboarding first, then refreshes of it. A healthy VM: only reads, no lease, no token. An
// expired certificate: lease, token, the bundle written, a new container, readiness, and no
// object written (the WorkloadEntry's resourceVersion unchanged). A refreshed proxy that does
// not get ready: the previous container and files restored. A dry-run: the plan and the
// reasons, nothing written. An inventory: one record per VM, refreshed-vms. Each of refresh's
// steps is handed only the settings it declares.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { REFRESH_STEPS } from '../../src/modes/refresh-steps.js';
import { CHECK_SECTION, fileDigest } from '../../src/plan/remote-commands.js';
import { outputsOf } from '../../src/report/outputs.js';
import { reportOf } from '../../src/report/write.js';
import { fakeWorld, type FakeWorld } from '../support/fakes.js';
import { guardSteps } from '../support/slice-guard.js';
import { fakeVmRunner } from '../support/unit-inputs.js';

const { inputs, run } = fakeVmRunner('refresh-steps');

const IMAGE = 'registry.test/istio/proxyv2:1.29.1'; // the container's own, not the mesh's current 1.30.0
const TOKEN = `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(JSON.stringify({ exp: Math.floor(Date.now() / 1000) - 3600 })).toString('base64url')}.c2ln`;

/** The files the onboarding wrote, as sha256 by name. */
function writtenHashes(world: FakeWorld): Record<string, string> {
  const install = world.sessions.flatMap((s) => s.commands).find((c) => c.argv.includes('install-bundle'));
  assert.ok(install?.stdin);
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

/** check-proxy's output: the container in this state, its certificate expiring at certAt. */
function proxyAnswer(hashes: Record<string, string>, certAt: string, state = 'running'): string {
  return [
    `state ${state} ${IMAGE}`,
    `ready ${state === 'running' ? '200' : '000'}`,
    ...Object.entries(hashes)
      .filter(([n]) => n !== 'istio-token')
      .map(([n, h]) => `hash ${n} ${h}`),
    ...(state === 'running'
      ? [
          '',
          `${CHECK_SECTION} connected_state`,
          'control_plane.connected_state: 1',
          '',
          `${CHECK_SECTION} certs`,
          JSON.stringify({ certificates: [{ cert_chain: [{ expiration_time: certAt }] }] }),
        ]
      : []),
  ].join('\n');
}

const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

async function onboarded(
  certAt: string,
  state = 'running',
  more: Record<string, string> = {},
): Promise<{ world: FakeWorld; entryVersion: string }> {
  const world = fakeWorld();
  // registration: workload-group: the entry istiod made for the VM, Healthy (the fake cluster has no istiod).
  if (more.registration === 'workload-group')
    world.objects.set('WorkloadEntry demo/backend-vm', {
      apiVersion: 'networking.istio.io/v1',
      kind: 'WorkloadEntry',
      metadata: {
        name: 'backend-vm',
        namespace: 'demo',
        resourceVersion: '1',
        annotations: { 'istio.io/autoRegistrationGroup': 'backend-vm' },
      },
      spec: { address: '10.0.93.162' },
      status: { conditions: [{ type: 'Healthy', status: 'True' }] },
    });
  const r = await run(world, 'onboard', more);
  assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
  world.vmAnswers['check-proxy'] = { stdout: proxyAnswer(writtenHashes(world), certAt, state) };
  world.vmAnswers['cat -- /etc/istio-proxy/istio-token'] = { stdout: TOKEN };
  world.vmAnswers['prepare-image'] = { stdout: `container /istio-proxy ${state} ${IMAGE}\nimage present\n` };
  world.timeline.length = 0;
  const entry = world.objects.get('WorkloadEntry demo/backend-vm');
  assert.ok(entry);
  return { world, entryVersion: entry.metadata.resourceVersion as string };
}

const writes = (world: FakeWorld) => world.timeline.filter((c) => /^(apply|delete|token|lease create)/.test(c));

describe('mode refresh on the in-memory cluster and VM', () => {
  it('a healthy VM is skipped: only reads and dry-runs, no lease, no token, nothing on the VM changed', async () => {
    const { world } = await onboarded(inHours(20));
    const sessionsBefore = world.sessions.length;
    const r = await run(world, 'refresh');
    assert.ok(
      world.sessions.slice(sessionsBefore).every((x) => x.closed),
      'the reading kept its connection for a refresh; none is due: closed',
    );
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    assert.equal(r.refresh?.action, 'skipped');
    assert.match(r.refresh?.reasons.join() ?? '', /^healthy: the certificate is valid until/);
    assert.deepEqual(writes(world), []);
    assert.ok(!world.timeline.some((c) => /vm (install-bundle|replace-proxy|docker run)/.test(c)), world.timeline.join('\n'));
    assert.equal(outputsOf(r, '/tmp/r.json')['refreshed-vms'], '');
  });

  it('an expired certificate: a token, the bundle, a new container of its own image, readiness; no object written, the WorkloadEntry untouched', async () => {
    const { world, entryVersion } = await onboarded(inHours(-1));
    const sessionsBefore = world.sessions.length;
    const r = await run(world, 'refresh');
    // The reading's connection goes on into the refresh: one handshake, closed at the end.
    const opened = world.sessions.slice(sessionsBefore);
    assert.equal(opened.length, 1, 'one SSH connection for the reading and the refresh');
    assert.ok(opened[0]?.closed, 'closed once the run is done');
    assert.ok(
      opened[0]?.commands.some((c) => c.argv.includes('check-proxy')) && opened[0]?.commands.some((c) => c.argv.includes('install-bundle')),
    );
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    assert.equal(r.refresh?.action, 'refreshed');
    assert.equal(r.refresh?.restart, true);
    assert.match(r.refresh?.reasons.join() ?? '', /the workload certificate expired at/);
    assert.deepEqual(writes(world), ['lease create', 'token demo/backend-vm'], 'the token is the only write besides the lease');
    assert.equal(world.objects.get('WorkloadEntry demo/backend-vm')?.metadata.resourceVersion, entryVersion);
    // Ready within the start's own round trip: no separate readiness poll.
    const order = ['token demo/backend-vm', 'vm install-bundle', 'vm docker run', 'vm commit-change', 'lease delete'];
    const seen = world.timeline.filter((c) => order.includes(c));
    assert.deepEqual([...new Set(seen)], order, world.timeline.join('\n'));
    const replace = world.sessions.flatMap((s) => s.commands).findLast((c) => c.argv.includes('replace-proxy')); // the refresh's, not the onboarding's
    assert.ok(replace?.argv.includes(IMAGE), `the container it runs, not the mesh's current image: ${replace?.argv.join(' ')}`);
    assert.equal(outputsOf(r, '/tmp/r.json')['refreshed-vms'], '10.0.93.162');
    assert.ok(r.refresh?.after, 'the proxy read again after the refresh');
    const report = reportOf(r) as { vms: Array<{ vm: string; refresh: { action: string } }> };
    assert.deepEqual(
      report.vms.map((v) => [v.vm, v.refresh.action]),
      [['10.0.93.162', 'refreshed']],
    );
  });

  it('a stopped proxy past its certificate: started anew; when it does not get ready, the previous container and files are restored and the run fails', async () => {
    const { world } = await onboarded('', 'exited');
    world.vmAnswers['ready-check'] = { stdout: '503' };
    const r = await run(world, 'refresh', { 'ready-timeout': '1s' });
    assert.equal(r.verdict, 'failed');
    assert.equal(r.refresh?.action, 'failed');
    assert.match(r.refresh?.reasons.join() ?? '', /the proxy is exited/);
    const after = world.timeline.slice(world.timeline.indexOf('vm docker run'));
    assert.ok(after.includes('vm restore-proxy') && after.includes('vm restore-bundle'), after.join('\n'));
    assert.ok(!world.timeline.includes('vm commit-change'));
    assert.deepEqual(
      writes(world)
        .filter((c) => c !== 'lease create' && !c.startsWith('token'))
        .filter((c) => !c.startsWith('delete WorkloadEntry')),
      [],
    );
  });

  it('the container gone between the read and the lease (an offboard held it): nothing refreshed, nothing written but the lease', async () => {
    const { world } = await onboarded(inHours(-1));
    world.vmAnswers['prepare-image'] = { stdout: 'image present\n' };
    const r = await run(world, 'refresh');
    assert.equal(r.verdict, 'failed');
    assert.equal(r.refresh?.action, 'failed');
    assert.match(r.error?.message ?? '', /the istio-proxy container on .* is gone since the check read it/);
    assert.deepEqual(writes(world), ['lease create']);
    assert.ok(!world.timeline.some((c) => /vm (install-bundle|docker run)/.test(c)), world.timeline.join('\n'));
  });

  it('dry-run: the plan says what and why; nothing written, nothing on the VM changed', async () => {
    const { world } = await onboarded(inHours(2));
    const r = await run(world, 'refresh', { 'dry-run': 'true' });
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    assert.equal(r.refresh?.action, 'planned');
    assert.match(r.plan?.[0] ?? '', /^refresh root@10\.0\.93\.162:22: the workload certificate expires at .*, within 8h/);
    assert.ok(
      r.plan?.some((l) => l.includes(`a new container of the image it runs, ${IMAGE}`)),
      r.plan?.join('\n'),
    );
    assert.ok(r.plan?.some((l) => /no object is written to the cluster/.test(l)));
    assert.deepEqual(writes(world), []);
    assert.ok(!world.timeline.some((c) => /vm (install-bundle|replace-proxy)/.test(c)));
    assert.equal(outputsOf(r, '/tmp/r.json')['refreshed-vms'], '10.0.93.162');
  });

  it('an inventory: each VM decided on its own (one without a WorkloadEntry skipped); refresh-within not an item input; a record per VM; refreshed-vms the refreshed one', async () => {
    const { world } = await onboarded(inHours(20));
    // Both VMs answer from the same fake VM: a window of 1 day takes its 20 h certificate (the default 8 h does not).
    const pins = `${inputs['ssh-known-hosts']}\n10.0.93.163 ${(inputs['ssh-known-hosts'] as string).split(' ').slice(1).join(' ')}`;
    const items = '- vm-host: 10.0.93.162\n- vm-host: 10.0.93.163\n  workload-name: backend-vm-2\n';
    await assert.rejects(
      async () => run(world, 'refresh', { inventory: `${items}  refresh-within: 1d\n`, 'ssh-known-hosts': pins }),
      /inventory\[1\]\.refresh-within` holds for every VM of the run/,
    );
    const ok = await run(world, 'refresh', { inventory: items, 'refresh-within': '1d', 'ssh-known-hosts': pins });
    assert.equal(ok.verdict, 'succeeded', JSON.stringify(ok.error));
    // The second VM's workload was never onboarded: no WorkloadEntry, so refresh leaves it alone.
    assert.deepEqual(
      ok.vms?.map((v) => v.refresh?.action),
      ['refreshed', 'skipped'],
    );
    assert.match(ok.vms?.[1]?.refresh?.reasons.join() ?? '', /no WorkloadEntry/);
    assert.equal(outputsOf(ok, '/tmp/r.json')['refreshed-vms'], '10.0.93.162');
    assert.equal((reportOf(ok) as { vms: unknown[] }).vms.length, 2);
  });
});

describe("each of refresh's steps is handed only the settings it declares (uses)", () => {
  let violations: string[];
  let restore: () => void;
  beforeEach(() => {
    violations = [];
    restore = guardSteps(REFRESH_STEPS, violations);
  });
  afterEach(() => restore());

  it('in the dry-run plan, with every probe and with workload-group', async () => {
    const cases: Array<Record<string, string>> = [
      { 'probe-url': 'http://10.0.93.162:8080/healthz', 'probe-from-vm-url': 'http://frontend.demo.svc.cluster.local:8080/' },
      { registration: 'workload-group' },
    ];
    for (const more of cases) {
      const { world } = await onboarded(inHours(2), 'running', more.registration ? more : {});
      const r = await run(world, 'refresh', { 'dry-run': 'true', ...more });
      assert.equal(r.refresh?.action, 'planned', JSON.stringify(r.error));
      assert.ok(
        r.plan?.some((l) => /^(probe on the VM|wait up to .* for istiod's WorkloadEntry)/.test(l)),
        r.plan?.join('\n'),
      );
    }
    assert.deepEqual(violations, []);
  });

  it("in runs: refreshed with istiod's entry waited for; not ready and rolled back; the probe from the VM failing", async () => {
    const group = await onboarded(inHours(-1), 'running', { registration: 'workload-group' });
    const refreshed = await run(group.world, 'refresh', { registration: 'workload-group' });
    assert.equal(refreshed.refresh?.action, 'refreshed', JSON.stringify(refreshed.error));
    assert.ok(refreshed.steps.some((s) => s.name === "Wait for istiod's WorkloadEntry"));
    const stopped = await onboarded('', 'exited');
    stopped.world.vmAnswers['ready-check'] = { stdout: '503' };
    assert.equal((await run(stopped.world, 'refresh', { 'ready-timeout': '1s' })).refresh?.action, 'failed');
    const probed = await onboarded(inHours(-1));
    const r = await run(probed.world, 'refresh', {
      'probe-from-vm-url': 'http://frontend.demo.svc.cluster.local:8080/',
      'probe-timeout': '1s',
    });
    assert.ok(
      r.steps.some((s) => s.name === 'Verify traffic'),
      JSON.stringify(r.steps),
    );
    assert.deepEqual(violations, []);
  });
});
