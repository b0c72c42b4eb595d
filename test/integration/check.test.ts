// Issue #19, mode check (read-only), on the real test world: a VM onboarded by the bundled
// action (and a systemd VM with Istio's package: the unit, the files at Istio's paths),
// action, then checked with `node dist/index.js` (mode: check). The report is compared with what
// the world itself says (Envoy's server_info read on the VM, the onboard report's token expiry);
// then drift is made (a label of the live Service, a bundle file on the VM) and `fail-on: drift`
// fails naming both; then istiod is stopped and the check finds the proxy ready but not
// connected; then the proxy container is stopped and `not-ready` fails with
// `unhealthy-vms` naming the VM. No check writes to the API server (every request the front
// recorded during a check is a GET or a dry-run) or changes a file on the VM (the config dir
// hashed, dot files too, and the container's ID and state, before and after).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { CheckRecord } from '../../src/report/check.js';
import type { RunResult } from '../../src/report/result.js';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { buildSidecarDeb, type SidecarDeb } from '../support/control-plane/sidecar-deb.js';
import type { SystemdVm } from '../support/systemd-vm.js';
import { vmInputs } from '../support/inputs.js';
import type { TestVm } from '../support/vm-world.js';
import { startTestWorld, type TestWorld } from '../support/world.js';

const NS = 'check';
let world: TestWorld;
let vm: TestVm;
let sdVm: SystemdVm;
let deb: SidecarDeb;
const runs: ActionRun[] = [];

before(
  async () => {
    [world, deb] = await Promise.all([startTestWorld({ vms: 1, systemdVms: 1 }), buildSidecarDeb()]);
    vm = world.freeVms[0] as TestVm;
    sdVm = world.systemdVms[0] as SystemdVm;
  },
  { timeout: 600_000 },
);
after(async () => {
  runs.forEach(removeRun);
  await world?.stop();
  assert.deepEqual(await world.leftovers(), []);
});

const inputs = (extra: Record<string, string> = {}) => vmInputs(vm, world.kube.kubeconfig, { namespace: NS, ...extra });
const logOf = (r: ActionRun) => `${r.stdout.replace(/^::add-mask::.*\n/gm, '').slice(-5000)}\n${r.stderr.slice(-2000)}`;

async function run(extra: Record<string, string>, base = inputs()): Promise<ActionRun> {
  const r = await runAction({ ...base, ...extra }, { timeoutMs: 240_000 });
  runs.push(r);
  return r;
}

/** The VM as the world shows it: every file of the config dir (dot files too) hashed, the container's ID, state and restarts, the /etc/hosts block. */
async function vmState(): Promise<string> {
  const r = await vm.exec([
    'sh',
    '-c',
    [
      'cd /etc/istio-proxy && ls -A | sort | tr "\\n" " "; echo',
      'cd /etc/istio-proxy && find . -type f | sort | xargs sha256sum',
      "docker inspect --format '{{.Id}} {{.State.Status}} {{.RestartCount}} {{.State.StartedAt}}' istio-proxy",
      "sed -n '/^# BEGIN istio-vm-onboard/,/^# END istio-vm-onboard/p' /etc/hosts",
    ].join('; '),
  ]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

/** The systemd VM as the world shows it: the files at Istio's paths and what this action keeps, hashed, the unit's state and main PID, the /etc/hosts block. */
async function sdVmState(): Promise<string> {
  const r = await sdVm.exec([
    'sh',
    '-c',
    [
      'find /var/lib/istio /etc/istio /etc/certs /var/run/secrets/tokens /var/lib/istio-vm-onboard -type f 2>/dev/null | sort | xargs sha256sum',
      'systemctl show istio -p ActiveState -p SubState -p MainPID -p NRestarts',
      "sed -n '/^# BEGIN istio-vm-onboard/,/^# END istio-vm-onboard/p' /etc/hosts",
    ].join('; '),
  ]);
  assert.equal(r.code, 0, r.stderr);
  return r.stdout;
}

/** Requests the action made from index `from` on that could change something: neither a GET nor a dry-run. */
const writesSince = (from: number) => world.kube.requests.slice(from).filter((q) => q.method !== 'GET' && !q.dryRun);

interface Checked {
  run: ActionRun;
  record: CheckRecord;
  ms: number;
}

/** A check, asserted read-only: no write to the API server, nothing changed on the VM. */
async function check(extra: Record<string, string> = {}, base = inputs(), state = vmState): Promise<Checked> {
  const before = await state();
  const from = world.kube.requests.length;
  const started = performance.now();
  const r = await run({ mode: 'check', ...extra }, base);
  const ms = performance.now() - started;
  assert.deepEqual(
    writesSince(from).map((q) => `${q.method} ${q.path}`),
    [],
    'a check writes nothing to the cluster',
  );
  assert.ok(
    world.kube.requests.slice(from).some((q) => q.dryRun),
    'the objects were compared by server-side dry-run',
  );
  assert.ok(!world.kube.requests.slice(from).some((q) => q.path.includes('/leases')), 'a check takes no lease');
  assert.equal(await state(), before, 'a check changes nothing on the VM');
  const report = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as { vms: CheckRecord[] };
  assert.deepEqual(Object.keys(report), ['vms']);
  assert.equal(report.vms.length, 1);
  return { run: r, record: report.vms[0] as CheckRecord, ms };
}

// First: the docker runtime's describe below ends with istiod stopped.
describe('mode check (systemd runtime)', () => {
  const sdInputs = () => ({
    'workload-name': 'backend-sd',
    namespace: 'check-sd',
    'vm-host': sdVm.address,
    ports: 'http:8080',
    kubeconfig: world.kube.kubeconfig,
    'ssh-user': sdVm.user,
    'ssh-key': sdVm.privateKey,
    'ssh-known-hosts': sdVm.knownHostsLine,
    'ssh-connect-timeout': '3s',
    'ready-timeout': '60s',
    'proxy-runtime': 'systemd',
  });
  let onboarded: RunResult;

  before(async () => {
    const r = await run({ 'sidecar-package': deb.path, 'sidecar-package-digest': `sha256:${deb.sha256}` }, sdInputs());
    assert.equal(r.code, 0, logOf(r));
    onboarded = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;
  });

  it("a healthy VM: the istio unit, the files at Istio's paths, the real Envoy", async () => {
    const { run: r, record, ms } = await check({}, sdInputs(), sdVmState);
    assert.equal(r.code, 0, logOf(r));
    const info = JSON.parse((await sdVm.exec(['curl', '-sS', 'http://127.0.0.1:15000/server_info'])).stdout) as { version: string };
    assert.deepEqual(
      [
        record.vm,
        record.workload,
        record.proxy,
        record.ready,
        record.connected,
        record.proxyVersion,
        record.tokenExpiresAt,
        record.drift,
        record.problems,
      ],
      [sdVm.address, 'check-sd/backend-sd', 'running', true, true, info.version, onboarded.tokenExpiresAt, [], []],
    );
    assert.ok(record.certExpiresAt && Date.parse(record.certExpiresAt) > Date.now(), String(record.certExpiresAt));
    assert.equal(record.workloadEntry.present, true);
    console.log(`check of one systemd VM: ${Math.round(ms)} ms (the process, end to end)`);
  });

  it("a changed file at Istio's path is drift; the unit stopped is not-ready, unhealthy-vms names the VM", async () => {
    await sdVm.exec(['sh', '-c', 'echo "# edited by hand" >> /var/lib/istio/envoy/cluster.env']);
    const stopped = await sdVm.exec(['systemctl', 'stop', 'istio']);
    assert.equal(stopped.code, 0, stopped.stderr);
    const { run: r, record } = await check({ 'fail-on': 'not-ready,drift' }, sdInputs(), sdVmState);
    assert.equal(r.code, 1, logOf(r));
    assert.deepEqual(record.drift, ['/var/lib/istio/envoy/cluster.env differs from the render']);
    assert.equal(record.ready, false);
    assert.match(record.proxy, /^(inactive|failed)\//);
    assert.ok(
      record.problems.some((p) => p.startsWith('the istio unit is ')),
      record.problems.join('\n'),
    );
    assert.equal(r.outputs['unhealthy-vms'], sdVm.address);
    assert.ok(
      r.errors.some((e) => e.includes(`${sdVm.address}: the proxy is not ready`) && e.includes('cluster.env')),
      r.errors.join('\n'),
    );
  });
});

describe('mode check (docker runtime)', () => {
  let onboarded: RunResult;
  let token: string;

  before(async () => {
    const r = await run({});
    assert.equal(r.code, 0, logOf(r));
    onboarded = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;
    token = (await vm.readFile('/etc/istio-proxy/istio-token')) ?? '';
    assert.ok(token.length > 100, 'the onboarding wrote a token');
  });

  it('a healthy VM: exit 0, the record filled from the real Envoy, a summary row, the token never shown', async () => {
    const { run: r, record, ms } = await check();
    assert.equal(r.code, 0, logOf(r));
    const info = JSON.parse((await vm.exec(['curl', '-sS', 'http://127.0.0.1:15000/server_info'])).stdout) as { version: string };
    assert.equal(record.vm, vm.address);
    assert.equal(record.workload, `${NS}/backend-vm`);
    const seen = JSON.stringify(record, null, 2);
    assert.equal(record.proxy, 'running', seen);
    assert.equal(record.ready, true, seen);
    assert.equal(record.connected, true, seen);
    assert.equal(record.proxyVersion, info.version, "Envoy's own server_info version");
    assert.ok(
      record.certExpiresAt && Date.parse(record.certExpiresAt) > Date.now(),
      `certificate expiry in the future: ${record.certExpiresAt}`,
    );
    assert.match(record.certExpiresAt, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    assert.equal(record.tokenExpiresAt, onboarded.tokenExpiresAt, "the token's exp is the onboarding's TokenRequest expiry");
    assert.deepEqual(record.workloadEntry, { present: true, healthy: null, name: 'backend-vm', address: vm.address });
    assert.deepEqual(record.drift, []);
    assert.deepEqual(record.problems, []);
    assert.equal(r.outputs['unhealthy-vms'], '');
    assert.match(r.summary, /### Check/);
    const row = r.summary.split('\n').find((l) => l.startsWith('| ✅ |'));
    assert.ok(row, r.summary);
    assert.ok(row.includes(vm.address) && row.includes('check/backend-vm') && / d \(/.test(row), row);
    for (const text of [r.stdout, r.stderr, r.summary, readFileSync(r.outputs.report as string, 'utf8')]) {
      assert.ok(!text.includes(token.trim()), 'the token is nowhere in the log, summary or report');
      assert.ok(!text.includes(token.trim().split('.')[1] as string), 'nor its payload');
    }
    assert.ok(!r.masks.some((m) => token.includes(m) && m.length > 20), 'nor masked (it was never printed)');
    console.log(`check of one VM: ${Math.round(ms)} ms (the process, end to end)`);
  });

  it("config-dump: Envoy's config dump saved without its secrets section or a private key; the path in config-dumps", async () => {
    const { run: r, record } = await check({ 'config-dump': 'true' });
    assert.equal(r.code, 0, logOf(r));
    assert.deepEqual(record.problems, []);
    const raw = (await vm.exec(['curl', '-sS', 'http://127.0.0.1:15000/config_dump'])).stdout;
    assert.ok(raw.includes('SecretsConfigDump') && raw.includes('private_key'), "Envoy's own dump has a secrets section");
    const path = r.outputs['config-dumps'] as string;
    assert.match(path, /\/config-dump-1\.json$/);
    const text = readFileSync(path, 'utf8');
    const dump = JSON.parse(text) as { configs: Array<{ '@type': string }> };
    assert.ok(
      dump.configs.some((c) => c['@type'].endsWith('.BootstrapConfigDump')) &&
        dump.configs.some((c) => c['@type'].endsWith('.ClustersConfigDump')),
      'the configuration is there',
    );
    for (const gone of ['SecretsConfigDump', 'private_key', 'PRIVATE KEY', token.trim()])
      assert.ok(!text.includes(gone), gone.slice(0, 30));
  });

  it('an inventory of the VM: the same record, under the fleet; the summary row', async () => {
    const { run: r, record } = await check({ 'vm-host': '', inventory: `- vm-host: ${vm.address}\n` });
    assert.equal(r.code, 0, logOf(r));
    assert.deepEqual([record.vm, record.ready, record.connected, record.drift, record.problems], [vm.address, true, true, [], []]);
    assert.ok(
      r.summary.split('\n').some((l) => l.startsWith('| ✅ |') && l.includes(vm.address)),
      r.summary,
    );
  });

  it('drift: a label of the live Service and a bundle file on the VM; fail-on: drift fails naming both', async () => {
    const svc = (await world.kube.getObject('v1', 'Service', NS, 'backend-vm')) as {
      metadata: { labels: Record<string, string> };
    } & Record<string, unknown>;
    const [label] = Object.keys(svc.metadata.labels);
    assert.ok(label, 'the Service has a label of ours');
    // Applied as the world's own field manager: only the label it takes over.
    await world.kube.putObject({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'backend-vm', namespace: NS, labels: { [label]: 'edited-by-hand' } },
    } as never);
    await vm.exec(['sh', '-c', 'echo "# edited by hand" >> /etc/istio-proxy/cluster.env']);

    const relaxed = await check({ 'fail-on': 'not-ready' });
    assert.equal(relaxed.run.code, 0, `drift alone does not fail fail-on: not-ready\n${logOf(relaxed.run)}`);
    assert.equal(relaxed.record.drift.length, 2, relaxed.record.drift.join('\n'));

    const { run: r, record } = await check({ 'fail-on': 'not-ready,drift' });
    assert.equal(r.code, 1, logOf(r));
    assert.ok(
      record.drift.some((d) => d.includes(`Service/${NS}/backend-vm`) && d.includes(`metadata.labels.${label}`)),
      record.drift.join('\n'),
    );
    assert.ok(
      record.drift.some((d) => d.includes('/etc/istio-proxy/cluster.env')),
      record.drift.join('\n'),
    );
    assert.ok(
      r.errors.some(
        (e) =>
          /Evaluate fail-on \(fail-on not-ready, drift\): .*drift/.test(e) &&
          e.includes(`Service/${NS}/backend-vm`) &&
          e.includes('cluster.env'),
      ),
      r.errors.join('\n'),
    );
    assert.equal(r.outputs['unhealthy-vms'], '', 'drift is no problem of the VM');
    assert.ok(
      r.summary.split('\n').some((l) => l.startsWith('| ⚠️ |') && l.includes('cluster.env')),
      r.summary,
    );
  });

  it('istiod gone: the proxy still ready, but not connected, a problem naming it; unhealthy-vms names the VM', async () => {
    await world.istiod.stop();
    // Envoy's xDS stream to pilot-agent ends once the agent's stream to istiod has: a few seconds.
    let last: Checked | undefined;
    for (let i = 0; i < 20 && (!last || last.record.connected); i++) {
      if (last) await new Promise((r) => setTimeout(r, 1000));
      last = await check({ 'fail-on': 'not-ready' });
    }
    assert.ok(last);
    const { run: r, record } = last;
    assert.equal(record.connected, false, JSON.stringify(record, null, 2));
    assert.equal(record.ready, true, 'pilot-agent still answers ready: Envoy keeps the configuration it has');
    assert.equal(r.code, 0, `fail-on: not-ready does not fail on a lost connection alone\n${logOf(r)}`);
    assert.ok(
      record.problems.some((p) => p.startsWith('Envoy is not connected to istiod')),
      record.problems.join('\n'),
    );
    assert.equal(r.outputs['unhealthy-vms'], vm.address);
  });

  it('not-ready: the proxy container stopped; the default fail-on fails, unhealthy-vms names the VM', async () => {
    const stopped = await vm.exec(['docker', 'stop', 'istio-proxy']);
    assert.equal(stopped.code, 0, stopped.stderr);
    const { run: r, record } = await check();
    assert.equal(r.code, 1, logOf(r));
    assert.equal(record.ready, false);
    assert.equal(record.proxy, 'exited');
    assert.ok(
      record.problems.some((p) => p.includes('istio-proxy container is exited')),
      record.problems.join('\n'),
    );
    assert.equal(r.outputs['unhealthy-vms'], vm.address);
    assert.ok(
      r.errors.some((e) => e.includes(`${vm.address}: the proxy is not ready`)),
      r.errors.join('\n'),
    );
    assert.ok(
      r.summary.split('\n').some((l) => l.startsWith('| ❌ |') && l.includes(vm.address)),
      r.summary,
    );
  });
});
