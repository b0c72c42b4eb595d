// Issue #12: proxy-runtime systemd on a VM whose package manager is rpm ("dpkg or rpm chosen by
// what the VM has"): the action uploads the istio-sidecar .rpm and installs it with `rpm -U`.
//
// The package: built by rpmbuild from the same files as the .deb, as Istio's packaging.mk
// `rpm/fpm` lays it out (control-plane/sidecar-deb.ts buildSidecarRpm: Requires iproute,
// iptables, sudo, hostname; postinst.sh as %post; the two config files %config(noreplace)).
//
// The VM (systemd-vm.ts, packageManager 'rpm'): no rpm distribution's tree can be had here (only
// Debian's archive), so it is the Debian tree made into an rpm VM as far as the action and the
// package can tell: Debian's own rpm 4.18 installed, dpkg's commands removed (the action looks
// for dpkg-query first), the rpm database system-wide in /var/lib/rpm as on Fedora/RHEL (Debian's
// rpm keeps one per user), bash as /bin/sh as on Fedora/RHEL (Istio's %post runs under /bin/sh
// and uses bash's brace expansion), and one package, ivo-distribution-base, standing in the rpm
// database for the distribution's own packages: it Provides what the tree has and Istio's
// package Requires (iproute, iptables, sudo, hostname, /bin/sh), each checked to be there. So
// rpm resolves the dependencies, runs the %post (istio-proxy user, directories) and records the
// package; nothing is forced (no --nodeps). What stays Debian's: the userland and rpm's warning
// on stderr that Debian prefers alien.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { buildSidecarRpm, type SidecarDeb } from '../support/control-plane/sidecar-deb.js';
import { clusterLeftovers, leaseOf } from '../support/run-leftovers.js';
import { startSystemdVm, type SystemdVm } from '../support/systemd-vm.js';
import { startTestWorld, type TestWorld } from '../support/world.js';
import type { RunResult } from '../../src/report/result.js';

let world: TestWorld;
let rpm: SidecarDeb;
let vm: SystemdVm | undefined;
const runs: ActionRun[] = [];
const PLACED = '/var/lib/istio/envoy/cluster.env /etc/istio/config/mesh /etc/certs/root-cert.pem /var/run/secrets/tokens/istio-token';

before(async () => {
  const t0 = Date.now();
  [world, rpm] = await Promise.all([startTestWorld({ vms: 0, noImage: true }), buildSidecarRpm()]);
  vm = await startSystemdVm({ hubAddress: world.vms.hubAddress, packageManager: 'rpm' });
  console.log(
    `# world with an rpm systemd VM in ${Date.now() - t0} ms (VM boot ${vm.bootMs} ms); ${rpm.path} ${rpm.bytes} bytes, ${rpm.cached ? 'cached' : `built in ${rpm.buildMs} ms`}`,
  );
  await world.startApp(vm, 'backend-vm', 8080);
});
after(async () => {
  runs.forEach(removeRun);
  await vm?.stop();
  await world?.stop();
  assert.deepEqual([...(vm?.leftovers() ?? []), ...(await world.leftovers())], [], 'the VM and the test world left nothing behind');
});

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  const v = vm as SystemdVm;
  return {
    'workload-name': 'backend-vm',
    namespace: 'demo',
    'vm-host': v.address,
    ports: 'http:8080',
    labels: 'app=backend-vm,version=v1',
    kubeconfig: world.api.kubeconfig,
    'ssh-user': v.user,
    'ssh-key': v.privateKey,
    'ssh-known-hosts': v.knownHostsLine,
    'ssh-connect-timeout': '3s',
    'ready-timeout': '60s',
    'probe-url': `http://${v.address}:8080/`,
    'proxy-runtime': 'systemd',
    'sidecar-package': rpm.path,
    'sidecar-package-digest': `sha256:${rpm.sha256}`,
    ...extra,
  };
}

async function act(extra: Record<string, string> = {}): Promise<ActionRun> {
  const t0 = Date.now();
  const r = await runAction(inputs(extra), { timeoutMs: 240_000 });
  console.log(`# ${extra.mode ?? 'onboard'}: exit ${r.code} in ${Date.now() - t0} ms`);
  runs.push(r);
  return r;
}

async function sh(script: string): Promise<string> {
  const r = await (vm as SystemdVm).exec(['sh', '-c', script]);
  return (r.stdout + r.stderr).trim();
}
/** As the ssh user (the action reads the package state without sudo). */
async function asUser(script: string): Promise<string> {
  const r = await (vm as SystemdVm).exec(['runuser', '-u', (vm as SystemdVm).user, '--', 'sh', '-c', script]);
  return (r.stdout + r.stderr).trim();
}

const report = (r: ActionRun): RunResult => JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;
const packageStep = (r: ActionRun): string => report(r).steps.find((s) => s.name === 'Install the istio-sidecar package')?.detail ?? '';
const QF = "rpm -q --qf '%{VERSION}-%{RELEASE} %{INSTALLTIME}' istio-sidecar";

describe('proxy-runtime systemd on a VM with rpm', () => {
  let installTime = '';

  it('installs the .rpm with rpm (dependencies resolved, %post run), starts the unit, the probe passes through Envoy', async () => {
    assert.equal(await sh('command -v dpkg-query dpkg || echo none'), 'none', 'no dpkg on this VM');
    assert.equal(await asUser('rpm -q istio-sidecar; true'), 'package istio-sidecar is not installed', 'a fresh VM');
    const r = await act();
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['proxy-status'], 'ready');
    assert.equal(r.outputs['probe-status'], 'passed');
    assert.match(
      packageStep(r),
      new RegExp(
        `^installed istio-sidecar ${rpm.version.replace(/\./g, '\\.')} \\(rpm, sha256 ${rpm.sha256.slice(0, 12)} checked on the VM\\)$`,
      ),
    );
    // In the system's rpm database, readable by the ssh user as the action reads it.
    const [version, time] = (await asUser(QF)).split(' ');
    assert.equal(version, rpm.version);
    installTime = time ?? '';
    // The files are as the package has them, but for the two modes Istio's %post changes
    // (`chmod 2755 /usr/local/bin/{envoy,pilot-agent}`: bash's brace expansion, under /bin/sh).
    assert.equal(await sh('rpm -V istio-sidecar; true'), '.M.......    /usr/local/bin/envoy\n.M.......    /usr/local/bin/pilot-agent');
    assert.equal(await sh('stat -c %a /usr/local/bin/envoy /usr/local/bin/pilot-agent'), '2755\n2755');
    // Istio's %post ran: the istio-proxy user and the directories it owns.
    assert.equal(
      await sh('id -u istio-proxy >/dev/null && stat -c %U /var/lib/istio/envoy /var/log/istio /etc/certs | sort -u'),
      'istio-proxy',
    );

    assert.equal(
      await sh(`stat -L -c '%n %U' ${PLACED}`)
        .then((t) => t.split('\n').map((l) => l.split(' ')[1]))
        .then((o) => [...new Set(o)])
        .then((o) => o.join()),
      'istio-proxy',
    );
    const chain = (await (vm as SystemdVm).readFile('/etc/certs/cert-chain.pem')) ?? '';
    assert.equal(
      new X509Certificate(chain).subjectAltName,
      'URI:spiffe://cluster.local/ns/demo/sa/backend-vm',
      "istiod signed this workload's identity",
    );
    assert.equal(await sh('systemctl is-enabled istio; systemctl is-active istio'), 'enabled\nactive');
    assert.equal(await sh('ps -o user:20= -C pilot-agent | sort -u'), 'istio-proxy');
    const probe = report(r).probes.find((p) => p.direction === 'inbound');
    assert.ok(
      report(r).accessLog?.ours.some(
        (e) => e.requestId === probe?.requestId && e.direction === 'inbound' && e.upstreamCluster === 'inbound|8080||',
      ),
      "the VM's Envoy logged our probe (/var/log/istio/istio.log)",
    );
  });

  it('converges on a rerun: the package is not installed again at the same version, the unit restarts', async () => {
    const pidBefore = await sh('systemctl show istio -p MainPID --value');
    const r = await act();
    assert.equal(r.code, 0, r.stdout);
    assert.match(
      packageStep(r),
      new RegExp(
        `^istio-sidecar ${rpm.version.replace(/\./g, '\\.')} already installed from this file \\(sha256 ${rpm.sha256.slice(0, 12)}\\)$`,
      ),
    );
    assert.equal(await asUser(QF), `${rpm.version} ${installTime}`, 'the same install, not a new one');
    assert.doesNotMatch(r.stdout, /uploading /, 'nothing uploaded');
    assert.notEqual(await sh('systemctl show istio -p MainPID --value'), pidBefore, 'the unit was restarted');
    assert.equal(r.outputs['probe-status'], 'passed');
  });

  it('offboard stops and disables the unit and removes the files and the hosts block, leaving the package', async () => {
    const r = await act({ mode: 'offboard' });
    assert.equal(r.code, 0, r.stdout);
    assert.deepEqual(await clusterLeftovers(world.api, 'demo'), []);
    assert.equal(await leaseOf(world.api, vm as SystemdVm), undefined);
    assert.equal(await sh('systemctl is-enabled istio; systemctl is-active istio; true'), 'disabled\ninactive');
    assert.equal(await sh(`for f in ${PLACED}; do [ -e "$f" ] && echo "$f"; done; true`), '', 'no bundle file left');
    assert.doesNotMatch(await sh('cat /etc/hosts'), /istio-vm-onboard/);
    assert.equal(await asUser(QF), `${rpm.version} ${installTime}`, 'the package stays');
  });
});
