// Issue #18 on the systemd runtime (Istio's istio-sidecar package and its unit, on a VM with
// real systemd): a re-run that upgrades the package and then fails puts the previous package
// version back, with the previous files, hosts block and unit, ready; a re-run whose SSH
// connection drops mid-transfer changes nothing. Read from the VM and the cluster themselves.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { RunResult } from '../../src/report/result.js';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { buildSidecarDeb, sidecarDebWithVersion, type SidecarDeb } from '../support/control-plane/sidecar-deb.js';
import { DROPPING_BASE64 } from '../support/dropping-base64.js';
import type { SystemdVm } from '../support/systemd-vm.js';
import { startTestWorld, type TestWorld } from '../support/world.js';

let world: TestWorld;
let deb: SidecarDeb;
let vm: SystemdVm;
let dir: string;
/** The same package with another version: what an upgrade installs. */
let next: { path: string; sha256: string; version: string };
const runs: ActionRun[] = [];

before(
  async () => {
    [world, deb] = await Promise.all([startTestWorld({ vms: 0, noImage: true, systemdVms: 1 }), buildSidecarDeb()]);
    vm = world.systemdVms[0] as SystemdVm;
    await world.startApp(vm, 'backend-vm', 8080);
    dir = mkdtempSync(join(tmpdir(), 'ivo-systemd-rerun-'));
    next = sidecarDebWithVersion(deb, 'upgrade1', dir);
  },
  { timeout: 600_000 },
);
after(async () => {
  runs.forEach(removeRun);
  await world?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
  assert.deepEqual(await world.leftovers(), [], 'the test world left nothing behind');
});

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'workload-name': 'backend-vm',
    namespace: 'demo',
    'vm-host': vm.address,
    ports: 'http:8080',
    labels: 'app=backend-vm',
    kubeconfig: world.api.kubeconfig,
    'ssh-user': vm.user,
    'ssh-key': vm.privateKey,
    'ssh-known-hosts': vm.knownHostsLine,
    'ssh-connect-timeout': '3s',
    'ready-timeout': '60s',
    'proxy-runtime': 'systemd',
    'sidecar-package': deb.path,
    'sidecar-package-digest': `sha256:${deb.sha256}`,
    ...extra,
  };
}
async function act(extra: Record<string, string> = {}): Promise<ActionRun> {
  const r = await runAction(inputs(extra), { timeoutMs: 240_000 });
  runs.push(r);
  return r;
}
const sh = async (script: string) => {
  const r = await vm.exec(['sh', '-c', script]);
  return (r.stdout + r.stderr).trim();
};
const report = (r: ActionRun): RunResult => JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;

async function state() {
  return {
    package: await sh("dpkg-query -W -f='${Version}' istio-sidecar"),
    files: await sh('sha256sum /var/lib/istio/envoy/cluster.env /etc/istio/config/mesh /var/run/secrets/tokens/istio-token'),
    hosts: await sh("sed -n '/^# BEGIN istio-vm-onboard/,/^# END istio-vm-onboard/p' /etc/hosts"),
    unit: await sh('systemctl is-enabled istio; systemctl is-active istio'),
    entry: await world.api
      .getObject('networking.istio.io/v1', 'WorkloadEntry', 'demo', 'backend-vm')
      .then((e) => e && { uid: e.metadata.uid, rv: e.metadata.resourceVersion, spec: e.spec }),
  };
}
async function answering(): Promise<void> {
  assert.equal(await sh('curl -s -o /dev/null -w "%{http_code}" http://127.0.0.1:15020/healthz/ready'), '200');
  let status = 0;
  for (let i = 0; i < 20 && status !== 200; i++) {
    status = await fetch(`http://${vm.address}:8080/`, { signal: AbortSignal.timeout(2000) }).then(
      (res) => res.status,
      () => 0,
    );
    if (status !== 200) await new Promise((res) => setTimeout(res, 250));
  }
  assert.equal(status, 200, 'the app answers through the proxy');
}

describe('a failed re-run leaves a working VM as it was (systemd runtime)', () => {
  let onboarded: Awaited<ReturnType<typeof state>>;

  it('onboards with the package (this action installs it, so it can install it again)', async () => {
    const r = await act();
    assert.equal(r.code, 0, r.stdout);
    onboarded = await state();
    assert.equal(onboarded.package, deb.version);
    assert.equal(
      await sh('ls -A /var/lib/istio-vm-onboard | sort | tr "\\n" " "'),
      'istio-sidecar.sha256 package',
      'the installed package file is kept, nothing else',
    );
  });

  it('an upgrade whose proxy never gets ready: the previous package version is installed again, and the unit runs ready with the previous files', async () => {
    const r = await act({
      'sidecar-package': next.path,
      'sidecar-package-digest': `sha256:${next.sha256}`,
      'gateway-address': world.vms.blackholeAddress,
      'ready-timeout': '5s',
    });
    assert.equal(r.code, 1, r.stdout);
    const result = report(r);
    assert.equal(result.error?.step, 'Wait for the proxy to be ready');
    assert.match(
      result.steps.find((s) => s.name === 'Install the istio-sidecar package')?.detail ?? '',
      new RegExp(`replaced istio-sidecar ${deb.version.replace(/\./g, '\\.')} with istio-sidecar ${next.version.replace(/[.+]/g, '\\$&')}`),
    );
    assert.match(
      result.error?.message ?? '',
      new RegExp(
        `rolled back: installed the previous istio-sidecar again \\(${deb.version.replace(/\./g, '\\.')}\\); restored the previous files and /etc/hosts block; restored the previous proxy \\(the istio unit \\(istio-sidecar [^)]+\\)\\), ready in \\d+ ms`,
      ),
    );
    assert.equal(r.outputs['proxy-status'], 'restored');
    assert.deepEqual(await state(), onboarded, 'the package version, files, hosts block, unit and WorkloadEntry are as they were');
    assert.equal(
      await sh('ls -A /var/lib/istio-vm-onboard | sort | tr "\\n" " "'),
      'istio-sidecar.sha256 package',
      'nothing staged or kept is left',
    );
    assert.equal(
      await sh('cat /var/lib/istio-vm-onboard/istio-sidecar.sha256'),
      deb.sha256,
      'the record names the package installed again',
    );
    await answering();
  });

  it('SSH dropped while the bundle is staged: nothing live changed', async () => {
    await sh('rm -f /tmp/ivo-b64-calls');
    await vm.exec(['sh', '-c', 'cat > /usr/local/bin/base64 && chmod 755 /usr/local/bin/base64'], { input: DROPPING_BASE64 });
    let r: ActionRun;
    try {
      r = await act();
    } finally {
      await sh('rm -f /usr/local/bin/base64 /tmp/ivo-b64-calls /tmp/ivo-at-drop');
    }
    assert.equal(r.code, 1, r.stdout);
    assert.equal(report(r).error?.step, 'Transfer the bootstrap bundle');
    assert.match(report(r).error?.message ?? '', /the SSH connection was lost/);
    assert.deepEqual(await state(), onboarded);
    assert.equal(
      await sh('ls -A /var/lib/istio/envoy /etc/istio/config /var/run/secrets/tokens | grep "^\\." || true'),
      '',
      'no staged file left beside the live ones',
    );
    await answering();
  });

  it('offboards', async () => {
    const r = await act({ mode: 'offboard' });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(await sh('systemctl is-active istio; true'), 'inactive');
  });
});
