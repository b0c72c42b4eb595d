// Issue #12: proxy-runtime systemd end to end, through `node dist/index.js`, on the real
// control plane (kube-apiserver, istiod) and a VM with real systemd (systemd-nspawn booting
// Debian), with the istio-sidecar .deb assembled from the real pilot-agent and Envoy and
// Istio's own istio-start.sh, istio.service and postinst.
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { MESH_CUSTOM_VALUE } from '../support/control-plane/istio-install.js';
import { buildSidecarDeb, type SidecarDeb } from '../support/control-plane/sidecar-deb.js';
import type { SystemdVm } from '../support/systemd-vm.js';
import { startTestWorld, type TestWorld } from '../support/world.js';

let world: TestWorld;
let deb: SidecarDeb;
let vm: SystemdVm;
const runs: ActionRun[] = [];
before(async () => {
  const t0 = Date.now();
  [world, deb] = await Promise.all([startTestWorld({ vms: 0, noImage: true, systemdVms: 1 }), buildSidecarDeb()]);
  vm = world.systemdVms[0] as SystemdVm;
  console.log(`# world with a systemd VM in ${Date.now() - t0} ms (VM boot ${vm.bootMs} ms); ${deb.path} ${deb.bytes} bytes, ${deb.cached ? 'cached' : `built in ${deb.buildMs} ms`}`);
  await world.startApp(vm, 'backend-vm', 8080);
});
after(async () => {
  runs.forEach(removeRun);
  await world?.stop();
  assert.deepEqual(await world.leftovers(), [], 'the test world left nothing behind');
});

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return {
    'workload-name': 'backend-vm',
    namespace: 'demo',
    'vm-host': vm.address,
    ports: 'http:8080',
    labels: 'app=backend-vm,version=v1',
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
  const t0 = Date.now();
  const r = await runAction(inputs(extra), { timeoutMs: 240_000 });
  console.log(`# ${extra.mode ?? 'onboard'}: exit ${r.code} in ${Date.now() - t0} ms`);
  runs.push(r);
  return r;
}

async function sh(script: string): Promise<string> {
  const r = await vm.exec(['sh', '-c', script]);
  return (r.stdout + r.stderr).trim();
}

/** The nat table in both iptables backends. */
const NAT_RULES = '{ iptables-nft-save -t nat; iptables-legacy-save -t nat; } 2>/dev/null';
const PLACED = '/var/lib/istio/envoy/cluster.env /etc/istio/config/mesh /etc/certs/root-cert.pem /var/run/secrets/tokens/istio-token';

/** An HTTP request from the runner to the workload's port on the VM; the status, or 0. */
async function inbound(): Promise<number> {
  for (let i = 0; i < 20; i++) {
    const status = await fetch(`http://${vm.address}:8080/`, { signal: AbortSignal.timeout(2000) }).then((r) => r.status, () => 0);
    if (status === 200) return status;
    await new Promise((r) => setTimeout(r, 250));
  }
  return 0;
}

function report(r: ActionRun): { steps: Array<{ name: string; status?: string; detail?: string }>; error?: { message: string }; accessLog?: { ours: Array<{ requestId: string }> } } {
  return JSON.parse(readFileSync(r.outputs.report as string, 'utf8'));
}

describe('proxy-runtime systemd', () => {
  it('installs the package, places the files, starts the istio unit and waits until pilot-agent is ready', async () => {
    assert.equal(await sh('dpkg-query -W istio-sidecar 2>&1 || true'), 'dpkg-query: no packages found matching istio-sidecar', 'a fresh VM');
    const r = await act({ 'probe-url': `http://${vm.address}:8080/` });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['proxy-status'], 'ready');
    assert.equal(r.outputs['probe-status'], 'passed');
    assert.equal(await sh("dpkg-query -W -f='${Status} ${Version}' istio-sidecar"), `install ok installed ${deb.version}`);
    assert.match(report(r).steps.find((s) => s.name === 'Install the istio-sidecar package')?.detail ?? '', new RegExp(`installed istio-sidecar ${deb.version.replace(/\./g, '\\.')} \\(dpkg, sha256 ${deb.sha256.slice(0, 12)}`));

    // Where Istio's package reads them, owned by istio-proxy, narrow modes. pilot-agent itself
    // rewrites /etc/certs/root-cert.pem (istio-start.sh's OUTPUT_CERTS=/etc/certs) as 0600, beside
    // the workload certificate it got from istiod for this ServiceAccount.
    assert.equal(await sh(`stat -L -c '%n %a %U:%G' ${PLACED}`), [
      '/var/lib/istio/envoy/cluster.env 640 istio-proxy:istio-proxy',
      '/etc/istio/config/mesh 640 istio-proxy:istio-proxy',
      '/etc/certs/root-cert.pem 600 istio-proxy:root',
      '/var/run/secrets/tokens/istio-token 600 istio-proxy:istio-proxy',
    ].join('\n'));
    assert.equal(await sh('cat /etc/certs/root-cert.pem'), (await world.rootCertPem()).trim());
    const chain = (await vm.readFile('/etc/certs/cert-chain.pem')) ?? '';
    assert.equal(new X509Certificate(chain).subjectAltName, 'URI:spiffe://cluster.local/ns/demo/sa/backend-vm', 'istiod signed this workload\'s identity');
    const env = await sh('cat /var/lib/istio/envoy/cluster.env');
    assert.match(env, /^ISTIO_CUSTOM_IP_TABLES='true'$/m);
    assert.match(env, /^ISTIO_META_INTERCEPTION_MODE='NONE'$/m);
    assert.match(env, /^SERVICE_ACCOUNT='backend-vm'$/m);
    assert.match(await sh('cat /etc/istio/config/mesh'), /discoveryAddress: istiod\.istio-system\.svc:15012/);
    assert.match(await sh('cat /etc/hosts'), new RegExp(`# BEGIN istio-vm-onboard demo/backend-vm\\n${world.vms.hubAddress.replace(/\./g, '\\.')} istiod\\.istio-system\\.svc`));
    const token = await sh('cat /var/run/secrets/tokens/istio-token');
    assert.ok(r.masks.includes(token) && !r.visibleLog.includes(token), 'the token was masked and never shown');

    // The unit runs Istio's istio-start.sh, which runs pilot-agent as istio-proxy.
    assert.equal(await sh('systemctl is-enabled istio; systemctl is-active istio'), 'enabled\nactive');
    assert.equal(await sh('ps -o user:20= -C pilot-agent | sort -u'), 'istio-proxy');
    // The mesh's proxyMetadata reached pilot-agent's environment (#21): a key only the operator
    // knows, its quote and spaces kept by istio-start.sh's shell; and the ProxyConfig it reads.
    const environ = (await sh('tr "\\0" "\\n" < /proc/$(ps -o pid= -C pilot-agent | head -n1 | tr -d " ")/environ')).split('\n');
    assert.ok(environ.includes(`MESH_CUSTOM_KEY=${MESH_CUSTOM_VALUE}`), `pilot-agent's environment has the mesh's custom key: ${environ.filter((l) => /^(MESH|ISTIO_META)_/.test(l)).join(' ')}`);
    assert.ok(environ.includes('ISTIO_META_DNS_AUTO_ALLOCATE=true'));
    assert.ok(environ.includes('ISTIO_META_OWNER=kubernetes://apis/networking.istio.io/v1beta1/namespaces/demo/workloadentries/backend-vm'), 'the WorkloadEntry the action applies');
    assert.match(await sh('cat /etc/istio/config/mesh'), /^    MESH_CUSTOM_KEY: set mesh-wide, it's one value$/m);
    assert.equal(await sh('curl -s -o /dev/null -w "%{http_code}" http://127.0.0.1:15020/healthz/ready'), '200');
    const we = await world.api.getObject('networking.istio.io/v1', 'WorkloadEntry', 'demo', 'backend-vm');
    assert.equal((we?.spec as { address?: string }).address, vm.address);
    // Traffic went through this VM's Envoy: its access-log line (from /var/log/istio/istio.log) carries our request ID.
    assert.ok((report(r).accessLog?.ours.length ?? 0) >= 1, `the probe's access-log line was read from the VM: ${r.stdout.slice(-2000)}`);
  });

  it('converges on a rerun: the same package is not installed again, the unit restarts with a fresh token', async () => {
    const pidBefore = await sh('systemctl show istio -p MainPID --value');
    const tokenBefore = await sh('cat /var/run/secrets/tokens/istio-token');
    const r = await act();
    assert.equal(r.code, 0, r.stdout);
    assert.match(report(r).steps.find((s) => s.name === 'Install the istio-sidecar package')?.detail ?? '', /already installed from this file/);
    assert.notEqual(await sh('systemctl show istio -p MainPID --value'), pidBefore, 'the unit was restarted');
    assert.notEqual(await sh('cat /var/run/secrets/tokens/istio-token'), tokenBefore, 'a fresh token');
    assert.equal((await sh('cat /etc/hosts')).split('\n').filter((l) => l === '# BEGIN istio-vm-onboard demo/backend-vm').length, 1, 'one hosts block');
    assert.equal(await sh('systemctl is-active istio'), 'active');
  });

  it('with Istio\'s own iptables step turned on (as istio-start.sh runs it by default), inbound is captured, SSH is not, and a rerun turns it off again', async () => {
    // What an operator would do to use interception: drop the two keys the action adds for NONE.
    await sh("sed -i -e '/^ISTIO_CUSTOM_IP_TABLES=/d' -e '/^ISTIO_META_INTERCEPTION_MODE=/d' /var/lib/istio/envoy/cluster.env && systemctl restart istio");
    // The unit is Type=simple: istio-start.sh sets the rules up after systemctl has returned.
    // pilot-agent picks the iptables backend itself (here: legacy), so read both.
    let rules = '';
    for (let i = 0; i < 50 && !/ISTIO_REDIRECT -p tcp/.test(rules); i++) {
      rules = await sh(NAT_RULES);
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.match(rules, /-A ISTIO_INBOUND -p tcp -m tcp --dport 8080 -j ISTIO_IN_REDIRECT/, `the workload port is captured: ${rules}\n${await vm.journal('istio', 30)}`);
    assert.match(rules, /-A ISTIO_IN_REDIRECT -p tcp -j REDIRECT --to-ports 15006/);
    assert.match(rules, /-A ISTIO_REDIRECT -p tcp -j REDIRECT --to-ports 15001/);
    assert.doesNotMatch(rules, /--dport 22 -j ISTIO_IN_REDIRECT/, 'SSH is not captured');
    let ready = '';
    for (let i = 0; i < 60 && ready !== '200'; i++) {
      ready = await sh('curl -s -o /dev/null -m 2 -w "%{http_code}" http://127.0.0.1:15020/healthz/ready || true');
      if (ready !== '200') await new Promise((r) => setTimeout(r, 500));
    }
    console.log(`# interception REDIRECT: readiness ${ready}; nat rules ${rules.split('\n').filter((l) => l.startsWith('-A ISTIO')).length}`);
    assert.equal(ready, '200', 'upstream Envoy accepts istiod\'s REDIRECT-mode listeners (15001, 15006) too');
    assert.equal(await inbound(), 200, 'the runner reaches the app through the captured port (iptables -> 15006 -> Envoy -> app)');
    // The action still reaches the VM over SSH with the rules in place, and puts its own mode back:
    // the restart runs the unit's ExecStopPost (istio-start.sh clean), which removes Istio's chains.
    const r = await act();
    assert.equal(r.code, 0, r.stdout);
    assert.doesNotMatch(await sh(NAT_RULES), /ISTIO_/, 'no Istio chain left after the rerun');
    assert.match(await sh('cat /var/lib/istio/envoy/cluster.env'), /^ISTIO_CUSTOM_IP_TABLES='true'$/m);
    assert.equal(await inbound(), 200, 'and the app is reached again through the NONE-mode listener');
  });

  it('a re-run whose proxy never gets ready leaves the VM as it was: the previous files, hosts block and unit restored and ready, the WorkloadEntry untouched (#18)', async () => {
    const state = async () => ({
      files: await sh(`sha256sum /var/lib/istio/envoy/cluster.env /etc/istio/config/mesh /var/run/secrets/tokens/istio-token`),
      hosts: await sh("sed -n '/^# BEGIN istio-vm-onboard/,/^# END istio-vm-onboard/p' /etc/hosts"),
      unit: await sh('systemctl is-enabled istio; systemctl is-active istio'),
      kept: await sh('ls -A /var/lib/istio-vm-onboard'),
      entry: await world.api.getObject('networking.istio.io/v1', 'WorkloadEntry', 'demo', 'backend-vm').then((e) => e && { uid: e.metadata.uid, rv: e.metadata.resourceVersion, spec: e.spec }),
    });
    const before = await state();
    assert.ok(before.entry, 'onboarded');
    const r = await act({ 'gateway-address': world.vms.blackholeAddress, 'ready-timeout': '5s' });
    assert.equal(r.code, 1, r.stdout);
    const result = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as { error?: { step: string; message: string }; steps: Array<{ name: string; status: string; detail?: string }> };
    assert.equal(result.error?.step, 'Wait for the proxy to be ready');
    assert.match(result.error?.message ?? '', /rolled back: restored the previous files and \/etc\/hosts block; restored the previous proxy \(the istio unit \(istio-sidecar [^)]+\)\), ready in \d+ ms/);
    assert.equal(result.steps.find((s) => s.name === 'Roll back')?.status, 'ok');
    assert.deepEqual(await state(), before, 'the files, the hosts block, the unit and the WorkloadEntry are as they were');
    assert.equal(await sh('curl -s -o /dev/null -w "%{http_code}" http://127.0.0.1:15020/healthz/ready'), '200');
    assert.equal(await inbound(), 200, 'the app answers through the restored proxy');
  });

  it('offboard stops and disables the unit and removes the files, the credentials pilot-agent wrote and the hosts block, leaving the package', async () => {
    assert.equal(await sh('ls /etc/certs'), 'cert-chain.pem\nkey.pem\nroot-cert.pem', 'pilot-agent wrote the workload key and certificate (OUTPUT_CERTS=/etc/certs)');
    const r = await act({ mode: 'offboard' });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(await sh('ls -A /etc/certs; ls -A /var/lib/istio-vm-onboard'), 'istio-sidecar.sha256\npackage', 'no key, certificate or token left; of the action\'s state only the package record');
    assert.match(report(r).steps.find((s) => s.name === 'Stop the proxy and remove the bundle')?.detail ?? '', /removed the bundle files at Istio's paths and the credentials pilot-agent wrote \(\/etc\/certs\/key\.pem, \/etc\/certs\/cert-chain\.pem\)/);
    assert.equal(await sh('systemctl is-enabled istio; systemctl is-active istio; true'), 'disabled\ninactive');
    assert.equal(await sh(`for f in ${PLACED}; do [ -e "$f" ] && echo "$f"; done; true`), '', 'no bundle file left');
    assert.doesNotMatch(await sh('cat /etc/hosts'), /istio-vm-onboard/);
    assert.equal(await sh("dpkg-query -W -f='${Status}' istio-sidecar"), 'install ok installed', 'the package stays');
    assert.equal(await world.api.getObject('networking.istio.io/v1', 'WorkloadEntry', 'demo', 'backend-vm'), undefined);
  });

  it('a first onboarding that fails after pilot-agent got its certificate rolls back to no key or certificate on the VM', async () => {
    // The WorkloadEntry is applied only once the proxy is ready, i.e. once pilot-agent has written its key.
    world.api.injectFault({ method: 'PATCH', path: /\/namespaces\/demo\/workloadentries\/backend-vm$/, status: 500, message: 'etcdserver: request timed out' });
    let r: ActionRun;
    try {
      r = await act();
    } finally {
      world.api.clearFaults();
    }
    assert.equal(r.code, 1, r.stdout);
    const result = report(r);
    assert.equal(result.steps.find((s) => s.name === 'Wait for the proxy to be ready')?.status, 'ok', 'the proxy was ready: it had its certificate');
    assert.match(result.error?.message ?? '', /removed the files at Istio's paths, the key and certificates pilot-agent wrote, and the \/etc\/hosts block/);
    assert.equal(await sh('ls -A /etc/certs; systemctl is-active istio; true'), 'inactive', 'no key, certificate or root left, the unit stopped');
  });
});

describe('proxy-runtime systemd with registration workload-group: Istio\'s VM guide end to end', () => {
  it('the package already there, istiod auto-registers the VM from the group and marks it healthy; offboard removes both', async () => {
    const r = await act({ registration: 'workload-group' });
    assert.equal(r.code, 0, r.stdout);
    assert.match(report(r).steps.find((s) => s.name === 'Install the istio-sidecar package')?.detail ?? '', /already installed from this file/);
    assert.match(await sh('cat /var/lib/istio/envoy/cluster.env'), /^ISTIO_META_AUTO_REGISTER_GROUP='backend-vm'$/m);
    assert.match(await sh('cat /etc/istio/config/mesh'), /readinessProbe:/);
    const name = r.outputs['workload-entry']?.split('/')[1] ?? '';
    const e = await world.api.getObject('networking.istio.io/v1', 'WorkloadEntry', 'demo', name);
    assert.equal(e?.metadata.annotations?.['istio.io/autoRegistrationGroup'], 'backend-vm', `istiod's entry ${name}`);
    assert.equal((e?.spec as { address?: string }).address, vm.address);
    assert.equal((e?.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions?.find((c) => c.type === 'Healthy')?.status, 'True');
    assert.equal(await inbound(), 200);

    const off = await act({ registration: 'workload-group', mode: 'offboard' });
    assert.equal(off.code, 0, off.stdout);
    assert.equal(await world.api.getObject('networking.istio.io/v1', 'WorkloadEntry', 'demo', name), undefined);
    assert.equal(await world.api.getObject('networking.istio.io/v1', 'WorkloadGroup', 'demo', 'backend-vm'), undefined);
    assert.equal(await sh('systemctl is-active istio; true'), 'inactive');
    assert.equal(await sh(`ls -A /etc/certs; for f in ${PLACED}; do [ -e "$f" ] && echo "$f"; done; true`), '', 'no credential left');
  });
});
