// Issue #19 (upgrades in canary waves) on the systemd runtime: two VMs with real systemd and
// Istio's istio-sidecar package, onboarded as one inventory; then a new package version rolled
// out with canary: 1, concurrency: 1. The canary VM is upgraded, ready and verified before the
// second wave starts; both end on the new version with the unit active and ready, their
// WorkloadEntries untouched; the report and summary show each VM's wave and old -> new.
// (A failed wave stopping the rollout: test/integration/canary.test.ts on the docker runtime;
// a failed package upgrade restored on one VM: systemd-rerun.test.ts.)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { dump } from 'js-yaml';
import type { RunResult } from '../../src/report/result.js';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { buildSidecarDeb, sidecarDebWithVersion, type SidecarDeb } from '../support/control-plane/sidecar-deb.js';
import type { SystemdVm } from '../support/systemd-vm.js';
import { startTestWorld, type TestWorld } from '../support/world.js';

const NS = 'canary-sd';
let world: TestWorld;
let deb: SidecarDeb;
let next: { path: string; sha256: string; version: string };
let vms: SystemdVm[];
let dir: string;
const runs: ActionRun[] = [];

before(
  async () => {
    [world, deb] = await Promise.all([startTestWorld({ vms: 0, noImage: true, systemdVms: 2 }), buildSidecarDeb()]);
    vms = world.systemdVms.slice(0, 2);
    dir = mkdtempSync(join(tmpdir(), 'ivo-systemd-canary-'));
    next = sidecarDebWithVersion(deb, 'canary1', dir);
    // One deploy key for the fleet, as a real one has (ssh-key holds for every VM of a run):
    // the first VM's key authorized on the second too.
    const keyFile = join(dir, 'fleet-key');
    writeFileSync(keyFile, (vms[0] as SystemdVm).privateKey, { mode: 0o600 });
    const pub = execFileSync('ssh-keygen', ['-y', '-f', keyFile], { encoding: 'utf8' }).trim();
    const added = await (vms[1] as SystemdVm).exec([
      'sh',
      '-c',
      `printf '%s\\n' "$1" >> "/home/$2/.ssh/authorized_keys"`,
      'add-key',
      pub,
      (vms[1] as SystemdVm).user,
    ]);
    assert.equal(added.code, 0, added.stderr);
  },
  { timeout: 600_000 },
);
after(async () => {
  runs.forEach(removeRun);
  await world?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  assert.deepEqual(await world.leftovers(), []);
});

async function run(extra: Record<string, string>): Promise<ActionRun> {
  const first = vms[0] as SystemdVm;
  const r = await runAction(
    {
      namespace: NS,
      'create-namespace': 'true',
      ports: 'http:8080',
      kubeconfig: world.api.kubeconfig,
      'ssh-user': first.user,
      'ssh-key': first.privateKey,
      'ssh-known-hosts': vms.map((vm) => vm.knownHostsLine).join('\n'),
      'ssh-connect-timeout': '5s',
      'ready-timeout': '60s',
      'proxy-runtime': 'systemd',
      timeout: '8m',
      inventory: dump(vms.map((vm, i) => ({ 'vm-host': vm.address, 'workload-name': `sd-vm-${i}` }))),
      ...extra,
    },
    { timeoutMs: 480_000 },
  );
  runs.push(r);
  return r;
}
const reportOf = (r: ActionRun) => JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;

/** Each VM's package version, unit state and readiness. */
const vmStates = () =>
  Promise.all(
    vms.map(async (vm) => {
      const r = await vm.exec([
        'sh',
        '-c',
        "dpkg-query -W -f='${Version} ' istio-sidecar; systemctl is-active istio; curl -s -o /dev/null -m 2 -w '%{http_code}' http://127.0.0.1:15020/healthz/ready",
      ]);
      return r.stdout.trim().replace(/\s+/g, ' ');
    }),
  );

describe('a sidecar-package rollout in canary waves (systemd runtime)', () => {
  let entries: unknown[];

  it('onboards both VMs with the package', async () => {
    const r = await run({ 'sidecar-package': deb.path, 'sidecar-package-digest': `sha256:${deb.sha256}`, concurrency: '2' });
    assert.equal(r.code, 0, r.stdout.slice(-4000));
    assert.deepEqual(
      await vmStates(),
      vms.map(() => `${deb.version} active 200`),
    );
    entries = await Promise.all(
      vms.map((_, i) =>
        world.api
          .getObject('networking.istio.io/v1', 'WorkloadEntry', NS, `sd-vm-${i}`)
          .then((e) => e && { uid: e.metadata.uid, rv: e.metadata.resourceVersion }),
      ),
    );
  });

  it('the new version goes to the canary first, then to the next wave; both end on it, ready', async () => {
    const r = await run({ 'sidecar-package': next.path, 'sidecar-package-digest': `sha256:${next.sha256}`, canary: '1', concurrency: '1' });
    assert.equal(r.code, 0, r.stdout.slice(-4000));
    const report = reportOf(r);
    assert.deepEqual(
      report.vms?.map((v) => v.wave),
      [1, 2],
    );
    const [canary, second] = report.vms ?? [];
    assert.ok(
      canary?.finishedAt && second && Date.parse(second.startedAt) >= Date.parse(canary.finishedAt) - 5,
      `${canary?.finishedAt} then ${second?.startedAt}`,
    );
    for (const v of report.vms ?? []) {
      assert.match(v.proxyVersion?.before ?? '', new RegExp(`istio-sidecar ${deb.version.replace(/[.+]/g, '\\$&')}`));
      assert.equal(v.proxyVersion?.after, 'istio-sidecar from istio-sidecar-canary1.deb');
    }
    assert.deepEqual(
      await vmStates(),
      vms.map(() => `${next.version} active 200`),
    );
    assert.match(r.summary, /\| 1 \(canary\) \| succeeded \|.*→ istio-sidecar from istio-sidecar-canary1\.deb \|/);
    const after = await Promise.all(
      vms.map((_, i) =>
        world.api
          .getObject('networking.istio.io/v1', 'WorkloadEntry', NS, `sd-vm-${i}`)
          .then((e) => e && { uid: e.metadata.uid, rv: e.metadata.resourceVersion }),
      ),
    );
    assert.deepEqual(after, entries, 'an upgrade leaves the WorkloadEntries as they were');
  });
});
