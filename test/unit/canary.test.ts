// Issue #19 (upgrades in canary waves): the `canary` input read and checked before anything
// runs, the waves it makes, and a rollout on the in-memory cluster and VMs: the canary wave
// must succeed before the next starts; a failure stops the rollout, the failed VMs are restored
// on their own, the VMs of the waves left are not touched and are named; the summary shows
// each VM's wave and its proxy old -> new.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseCanary } from '../../src/config/canary.js';
import { InputError } from '../../src/config/errors.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { NOT_STARTED } from '../../src/modes/fleet.js';
import { rolloutWaves } from '../../src/modes/waves.js';
import { runPipeline } from '../../src/pipeline/run.js';
import type { Connectors } from '../../src/pipeline/context.js';
import { outputsOf } from '../../src/report/outputs.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import type { SshSession } from '../../src/vm/ssh-session.js';
import { commandKind, fakeWorld, memoryLogger } from '../support/fakes.js';
import { readerOf, TEST_KUBECONFIG, testKeys } from '../support/unit-inputs.js';

const reader = readerOf;
const { dir: keyDir, key, hostKey } = testKeys('canary');
const kubeconfig = TEST_KUBECONFIG;
const hosts = ['10.231.1.2', '10.231.2.2', '10.231.3.2', '10.231.4.2', '10.231.5.2'];
const fleetInputs = (more: Record<string, string> = {}) => ({
  namespace: 'demo',
  ports: 'http:8080',
  kubeconfig,
  'ssh-key': key,
  'ssh-known-hosts': hosts.map((h) => `${h} ${hostKey}`).join('\n'),
  inventory: hosts.map((h, i) => `- {vm-host: ${h}, workload-name: backend-${i}}\n`).join(''),
  ...more,
});

function problemsOf(inputs: Record<string, string>): Array<{ input: string; message: string }> {
  try {
    getSettings(reader(inputs), {});
    return [];
  } catch (err) {
    assert.ok(err instanceof InputError, String(err));
    return err.problems;
  }
}

describe('the canary input', () => {
  it('is a count of VMs or a share of the inventory, rounded up, at least one VM', () => {
    assert.deepEqual(parseCanary('', 10), { count: 0 });
    assert.deepEqual(parseCanary('2', 10), { count: 2 });
    assert.deepEqual(parseCanary('50', 10), { count: 10 }, 'more than the fleet: the whole fleet');
    assert.deepEqual(parseCanary('10%', 10), { count: 1 });
    assert.deepEqual(parseCanary('25%', 10), { count: 3 }, 'rounded up');
    assert.deepEqual(parseCanary('1%', 5), { count: 1 });
    assert.deepEqual(parseCanary('100%', 5), { count: 5 });
    for (const bad of ['0', '0%', '101%', '-1', 'one', '1.5', '10 %', '$(id)']) assert.ok('problem' in parseCanary(bad, 10), bad);
  });

  it('cuts the fleet into the canary wave, then waves of concurrency VMs', () => {
    assert.deepEqual(rolloutWaves(5, 0, 2), [[0, 1, 2, 3, 4]], 'no canary: one wave');
    assert.deepEqual(rolloutWaves(5, 1, 2), [[0], [1, 2], [3, 4]]);
    assert.deepEqual(rolloutWaves(6, 2, 3), [[0, 1], [2, 3, 4], [5]]);
    assert.deepEqual(rolloutWaves(3, 3, 10), [[0, 1, 2]]);
  });

  it('is refused, naming the input, without an inventory, for another mode, or when malformed', () => {
    const one = {
      namespace: 'demo',
      'workload-name': 'backend',
      'vm-host': '10.231.1.2',
      kubeconfig,
      'ssh-key': key,
      'ssh-known-hosts': `10.231.1.2 ${hostKey}`,
      canary: '1',
    };
    assert.deepEqual(
      problemsOf(one).map((p) => p.input),
      ['canary'],
    );
    assert.match(problemsOf(one)[0]?.message ?? '', /over an inventory: give inventory too/);
    const check = problemsOf(fleetInputs({ canary: '1', mode: 'check' }));
    assert.deepEqual(
      check.map((p) => p.input),
      ['canary'],
    );
    assert.match(check[0]?.message ?? '', /is for mode onboard/);
    assert.match(problemsOf(fleetInputs({ canary: 'ten' }))[0]?.message ?? '', /must be a number of VMs .* or a percentage/);
    assert.equal(getSettings(reader(fleetInputs({ canary: '40%', concurrency: '2' })), {}).fleet?.canary, 2);
  });

  it('an inventory item cannot set it (it holds for the run)', () => {
    const p = problemsOf(fleetInputs({ inventory: `- {vm-host: ${hosts[0]}, workload-name: backend-0, canary: "1"}\n` }));
    assert.deepEqual(
      p.map((x) => x.input),
      ['inventory[0].canary'],
    );
  });
});

/** The fake world's connectors, except that on the VMs `bad` docker run fails: those fail after registering, and restore. */
function failingOn(world: ReturnType<typeof fakeWorld>, bad: string[]): Connectors {
  return {
    ...world.connect,
    vm: async (s, log, signal) => {
      const session = await world.connect.vm(s, log, signal);
      if (!bad.includes(s.ssh.target.host)) return session;
      const exec: SshSession['exec'] = (argv, opts) =>
        commandKind(argv) === 'docker run'
          ? Promise.resolve({ code: 125, stdout: '', stderr: 'docker: Error response from daemon: manifest unknown' })
          : session.exec(argv, opts);
      return Object.assign(Object.create(session) as SshSession, { exec });
    },
  };
}

const ctxOf = (connect: Connectors) => ({
  log: memoryLogger(),
  signal: new AbortController().signal,
  env: {},
  workDir: keyDir,
  cwd: keyDir,
  connect,
});
const connectsTo = (world: ReturnType<typeof fakeWorld>) => world.sessions.map((s) => s.target.replace(/^.*@|:\d+$/g, ''));

describe('a rollout in waves on the in-memory cluster and VMs', () => {
  it("runs every wave when each succeeds, and reports each VM's wave and proxy version", async () => {
    const world = fakeWorld();
    const ctx = ctxOf(world.connect);
    const r = await runPipeline(getSettings(reader(fleetInputs({ canary: '1', concurrency: '2' })), {}), ctx);
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    assert.deepEqual(
      r.vms?.map((v) => v.wave),
      [1, 2, 2, 3, 3],
    );
    assert.ok(
      r.vms?.every((v) => v.proxyVersion?.before === 'none' && /^image /.test(v.proxyVersion.after)),
      JSON.stringify(r.vms?.map((v) => v.proxyVersion)),
    );
    const waveLines = ctx.log.lines.filter((l) => /rollout: /.test(l));
    assert.match(
      waveLines.join('\n'),
      /rollout: the canary wave of 3: 10\.231\.1\.2\n.*rollout: the canary wave onboarded, ready and verified\n.*rollout: wave 2 of 3: 10\.231\.2\.2, 10\.231\.3\.2/,
    );
    const md = renderSummary(r);
    assert.match(md, /\| VM \| Workload \| Wave \| Status \| Duration \| Proxy \| Version \(old → new\) \| Probes \| Failed in \|/);
    assert.match(md, /\| 10\.231\.1\.2 \| demo\/backend-0 \| 1 \(canary\) \| succeeded \|.*\| none → image /);
  });

  it('a failed canary stops the rollout: the canary is undone, no other VM is touched, all are named', async () => {
    const world = fakeWorld();
    const r = await runPipeline(
      getSettings(reader(fleetInputs({ canary: '1', concurrency: '2' })), {}),
      ctxOf(failingOn(world, [hosts[0] as string])),
    );
    assert.equal(r.verdict, 'failed');
    assert.deepEqual(connectsTo(world), [hosts[0]], 'only the canary VM was connected to');
    assert.equal(r.vms?.[0]?.error?.step, 'Start the proxy');
    for (const v of r.vms?.slice(1) ?? []) {
      assert.equal(v.error?.step, NOT_STARTED);
      assert.match(v.error?.message ?? '', /^not started: the canary wave failed \(10\.231\.1\.2\); this VM was left as it was$/);
      assert.equal(v.proxyStatus, 'not-started');
    }
    assert.match(
      r.error?.message ?? '',
      /^the rollout stopped at wave 1: 10\.231\.1\.2 \(Start the proxy.*; not started, left as they were: 10\.231\.2\.2, 10\.231\.3\.2, 10\.231\.4\.2, 10\.231\.5\.2$/,
    );
    assert.ok(
      ![...world.objects.keys()].some((k) => k.startsWith('WorkloadEntry')),
      'no WorkloadEntry: the canary was rolled back, the others never registered',
    );
    assert.equal(
      outputsOf(r, '/tmp/r.json')['failed-vms'],
      hosts.join('\n'),
      'failed-vms names the failed and the not started VMs: the inventory to run again',
    );
    assert.match(renderText(r), /10\.231\.3\.2 demo\/backend-2 \(wave 2\): proxy not-started/);
  });

  it('a failure in a later wave lets that wave finish, keeps the waves before, and stops the ones after', async () => {
    const world = fakeWorld();
    const r = await runPipeline(
      getSettings(reader(fleetInputs({ canary: '1', concurrency: '2' })), {}),
      ctxOf(failingOn(world, [hosts[2] as string])),
    );
    assert.deepEqual(
      r.vms?.map((v) => v.verdict),
      ['succeeded', 'succeeded', 'failed', 'failed', 'failed'],
    );
    assert.deepEqual(
      r.vms?.map((v) => v.error?.step ?? ''),
      ['', '', 'Start the proxy', NOT_STARTED, NOT_STARTED],
    );
    assert.deepEqual(connectsTo(world).sort(), hosts.slice(0, 3).sort(), 'wave 3 never connected');
    assert.match(
      r.error?.message ?? '',
      /^the rollout stopped at wave 2: 10\.231\.3\.2 .*; not started, left as they were: 10\.231\.4\.2, 10\.231\.5\.2$/,
    );
    assert.ok(
      world.objects.has('WorkloadEntry demo/backend-0') && world.objects.has('WorkloadEntry demo/backend-1'),
      'the waves before stay onboarded',
    );
  });

  it('without canary, one failed VM stops nothing (every VM at once, as before)', async () => {
    const world = fakeWorld();
    const r = await runPipeline(getSettings(reader(fleetInputs({ concurrency: '2' })), {}), ctxOf(failingOn(world, [hosts[0] as string])));
    assert.deepEqual(
      r.vms?.map((v) => v.verdict),
      ['failed', 'succeeded', 'succeeded', 'succeeded', 'succeeded'],
    );
    assert.ok(r.vms?.every((v) => v.wave === undefined));
    assert.doesNotMatch(renderSummary(r), /\| Wave \|/);
  });
});
