// Issue #12: proxy-runtime systemd end to end, through `node dist/index.js`, on the real
// control plane (kube-apiserver, istiod) and a VM with real systemd (systemd-nspawn booting
// Debian), with the istio-sidecar .deb assembled from the real pilot-agent and Envoy and
// Istio's own istio-start.sh, istio.service and postinst. #21: interception redirect (the
// default) runs istio-start.sh's iptables step: chains while onboarded, none after offboard or a
// failed first onboarding, the previous ones after a failed re-run; an app on the VM reaches the
// mesh service "frontend" (its own VM, its own proxy) by name through pilot-agent's DNS proxy.
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
  [world, deb] = await Promise.all([startTestWorld({ vms: 0, frontend: true, systemdVms: 1 }), buildSidecarDeb()]);
  vm = world.systemdVms[0] as SystemdVm;
  // The VM's own resolver: a name server that answers nothing (the hub runs none), so a mesh
  // name resolves on the VM only through pilot-agent's DNS proxy; istio-iptables captures port
  // 53 to the servers this file names.
  await sh(`printf 'nameserver %s\\noptions timeout:1 attempts:1\\n' ${world.vms.hubAddress} > /etc/resolv.conf`);
  // A real VM has a default route, so connecting to a Service's address gets as far as the
  // OUTPUT chain, where Istio's rules capture it. The test VM is routed only to the world; its
  // route for the frontend's cluster IP is on-link, so a connection that escaped the capture
  // would find nobody on the link rather than leave it.
  const svc = await world.api.getObject('v1', 'Service', 'mesh-apps', 'frontend');
  await sh(`ip route add ${(svc?.spec as { clusterIP: string }).clusterIP}/32 dev eth0`);
  console.log(
    `# world with a systemd VM in ${Date.now() - t0} ms (VM boot ${vm.bootMs} ms); ${deb.path} ${deb.bytes} bytes, ${deb.cached ? 'cached' : `built in ${deb.buildMs} ms`}`,
  );
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
/** Every table of both backends (IPv4 and IPv6), without counters and comments: what Istio's chains look like now. */
const ALL_RULES =
  'for s in iptables-legacy-save iptables-nft-save ip6tables-legacy-save ip6tables-nft-save; do echo "== $s"; "$s" 2>/dev/null | grep -v "^#" | sed "s/\\[[0-9]*:[0-9]*\\]//"; done';

/** The backends the VM's kernel serves (nft needs nf_tables in the kernel, legacy the x_tables one). */
async function backends(): Promise<string[]> {
  const out: string[] = [];
  for (const b of ['legacy', 'nft']) if ((await vm.exec(['sh', '-c', `iptables-${b} -t nat -S >/dev/null 2>&1`])).code === 0) out.push(b);
  return out;
}

/** Istio's chains in one backend's nat table. */
async function istioChains(backend: string): Promise<string[]> {
  return (await sh(`iptables-${backend}-save -t nat 2>/dev/null | sed -n 's/^:\\(ISTIO_[A-Z_]*\\) .*/\\1/p'`)).split('\n').filter(Boolean);
}

/** The nat rules once istio-start.sh has set them up (the unit is Type=simple: after systemctl returned). */
async function natRulesWith(pattern: RegExp): Promise<string> {
  let rules = '';
  for (let i = 0; i < 50 && !pattern.test(rules); i++) {
    rules = await sh(NAT_RULES);
    if (!pattern.test(rules)) await new Promise((r) => setTimeout(r, 100));
  }
  return rules;
}

const frontendUrl = () => `http://${world.frontend!.host}:${world.frontend!.port}/`;
const PLACED = '/var/lib/istio/envoy/cluster.env /etc/istio/config/mesh /etc/certs/root-cert.pem /var/run/secrets/tokens/istio-token';

/** An HTTP request from the runner to the workload's port on the VM; the status, or 0. */
async function inbound(): Promise<number> {
  for (let i = 0; i < 20; i++) {
    const status = await fetch(`http://${vm.address}:8080/`, { signal: AbortSignal.timeout(2000) }).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return status;
    await new Promise((r) => setTimeout(r, 250));
  }
  return 0;
}

function report(r: ActionRun): {
  steps: Array<{ name: string; status?: string; detail?: string; durationMs?: number }>;
  error?: { message: string };
  accessLog?: { ours: Array<{ requestId: string }> };
  probes?: Array<{ direction: string; passed: boolean; httpStatus: number }>;
} {
  return JSON.parse(readFileSync(r.outputs.report as string, 'utf8'));
}

describe('proxy-runtime systemd', () => {
  it('installs the package, places the files, starts the istio unit and waits until pilot-agent is ready', async () => {
    assert.equal(
      await sh('dpkg-query -W istio-sidecar 2>&1 || true'),
      'dpkg-query: no packages found matching istio-sidecar',
      'a fresh VM',
    );
    assert.equal(
      await sh(`getent hosts ${world.frontend!.host}; echo "exit $?"`),
      'exit 2',
      "the VM's own resolver does not know the mesh name",
    );
    const r = await act({ 'probe-url': `http://${vm.address}:8080/`, 'probe-from-vm-url': frontendUrl() });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['proxy-status'], 'ready');
    assert.equal(r.outputs['probe-status'], 'passed');
    assert.equal(await sh("dpkg-query -W -f='${Status} ${Version}' istio-sidecar"), `install ok installed ${deb.version}`);
    assert.match(
      report(r).steps.find((s) => s.name === 'Install the istio-sidecar package')?.detail ?? '',
      new RegExp(`installed istio-sidecar ${deb.version.replace(/\./g, '\\.')} \\(dpkg, sha256 ${deb.sha256.slice(0, 12)}`),
    );

    // Where Istio's package reads them, owned by istio-proxy, narrow modes. pilot-agent itself
    // rewrites /etc/certs/root-cert.pem (istio-start.sh's OUTPUT_CERTS=/etc/certs) as 0600, beside
    // the workload certificate it got from istiod for this ServiceAccount.
    assert.equal(
      await sh(`stat -L -c '%n %a %U:%G' ${PLACED}`),
      [
        '/var/lib/istio/envoy/cluster.env 640 istio-proxy:istio-proxy',
        '/etc/istio/config/mesh 640 istio-proxy:istio-proxy',
        '/etc/certs/root-cert.pem 600 istio-proxy:root',
        '/var/run/secrets/tokens/istio-token 600 istio-proxy:istio-proxy',
      ].join('\n'),
    );
    assert.equal(await sh('cat /etc/certs/root-cert.pem'), (await world.rootCertPem()).trim());
    const chain = (await vm.readFile('/etc/certs/cert-chain.pem')) ?? '';
    assert.equal(
      new X509Certificate(chain).subjectAltName,
      'URI:spiffe://cluster.local/ns/demo/sa/backend-vm',
      "istiod signed this workload's identity",
    );
    const env = await sh('cat /var/lib/istio/envoy/cluster.env');
    assert.doesNotMatch(env, /^ISTIO_CUSTOM_IP_TABLES=/m, 'interception redirect: istio-start.sh runs its iptables step');
    assert.doesNotMatch(env, /^ISTIO_META_INTERCEPTION_MODE=/m);
    assert.match(env, /^ISTIO_META_DNS_CAPTURE='true'$/m, 'the mesh turns DNS capture on');
    assert.match(env, /^SERVICE_ACCOUNT='backend-vm'$/m);
    assert.match(await sh('cat /etc/istio/config/mesh'), /discoveryAddress: istiod\.istio-system\.svc:15012/);
    assert.match(
      await sh('cat /etc/hosts'),
      new RegExp(`# BEGIN istio-vm-onboard demo/backend-vm\\n${world.vms.hubAddress.replace(/\./g, '\\.')} istiod\\.istio-system\\.svc`),
    );
    const token = await sh('cat /var/run/secrets/tokens/istio-token');
    assert.ok(r.masks.includes(token) && !r.visibleLog.includes(token), 'the token was masked and never shown');

    // The unit runs Istio's istio-start.sh, which runs pilot-agent as istio-proxy.
    assert.equal(await sh('systemctl is-enabled istio; systemctl is-active istio'), 'enabled\nactive');
    assert.equal(await sh('ps -o user:20= -C pilot-agent | sort -u'), 'istio-proxy');
    // The mesh's proxyMetadata reached pilot-agent's environment (#21): a key only the operator
    // knows, its quote and spaces kept by istio-start.sh's shell; and the ProxyConfig it reads.
    const environ = (await sh('tr "\\0" "\\n" < /proc/$(ps -o pid= -C pilot-agent | head -n1 | tr -d " ")/environ')).split('\n');
    assert.ok(
      environ.includes(`MESH_CUSTOM_KEY=${MESH_CUSTOM_VALUE}`),
      `pilot-agent's environment has the mesh's custom key: ${environ.filter((l) => /^(MESH|ISTIO_META)_/.test(l)).join(' ')}`,
    );
    assert.ok(environ.includes('ISTIO_META_DNS_AUTO_ALLOCATE=true'));
    assert.ok(
      environ.includes('ISTIO_META_OWNER=kubernetes://apis/networking.istio.io/v1beta1/namespaces/demo/workloadentries/backend-vm'),
      'the WorkloadEntry the action applies',
    );
    assert.match(await sh('cat /etc/istio/config/mesh'), /^    MESH_CUSTOM_KEY: set mesh-wide, it's one value$/m);
    assert.equal(await sh('curl -s -o /dev/null -w "%{http_code}" http://127.0.0.1:15020/healthz/ready'), '200');
    const we = await world.api.getObject('networking.istio.io/v1', 'WorkloadEntry', 'demo', 'backend-vm');
    assert.equal((we?.spec as { address?: string }).address, vm.address);
    // Traffic went through this VM's Envoy: its access-log line (from /var/log/istio/istio.log) carries our request ID.
    assert.ok(
      (report(r).accessLog?.ours.length ?? 0) >= 2,
      `both probes' access-log lines were read from the VM: ${r.stdout.slice(-2000)}`,
    );
  });

  it("interception redirect: Istio's chains capture the workload port, outbound traffic and DNS, never SSH; an app reaches the mesh service by name through pilot-agent's DNS proxy", async () => {
    // pilot-agent picks the iptables backend itself, so both are read.
    const rules = await natRulesWith(/ISTIO_REDIRECT -p tcp/);
    assert.match(rules, /-A ISTIO_INBOUND -p tcp -m tcp --dport 8080 -j ISTIO_IN_REDIRECT/, `the workload port is captured: ${rules}`);
    assert.match(rules, /-A ISTIO_IN_REDIRECT -p tcp -j REDIRECT --to-ports 15006/);
    assert.match(rules, /-A ISTIO_REDIRECT -p tcp -j REDIRECT --to-ports 15001/);
    assert.match(
      rules,
      new RegExp(
        `-A ISTIO_OUTPUT_DNS -d ${world.vms.hubAddress.replace(/\./g, '\\.')}/32 -p udp .*--dport 53 .*-j REDIRECT --to-ports 15053`,
      ),
      `DNS to the VM's name server goes to pilot-agent's DNS proxy: ${rules}`,
    );
    assert.doesNotMatch(rules, /--dport 22 /, 'SSH is not captured');
    assert.doesNotMatch(
      await sh(ALL_RULES),
      /istio-vm-onboard/,
      "the conntrack hold that kept the action's connection out of the capture is gone",
    );
    const used = (await Promise.all((await backends()).map(async (b) => ((await istioChains(b)).length ? b : '')))).filter(Boolean);
    console.log(
      `# interception redirect: chains in iptables-${used.join(', iptables-')}; nat rules ${rules.split('\n').filter((l) => l.startsWith('-A ISTIO')).length}`,
    );

    // The outbound probe went by name: no /etc/hosts entry for it, the DNS proxy answered.
    const probe = report(runs[0] as ActionRun).probes?.find((p) => p.direction === 'outbound');
    assert.equal(probe?.passed, true, JSON.stringify(probe));
    assert.doesNotMatch(
      await sh('cat /etc/hosts'),
      new RegExp(world.frontend!.host.replace(/\./g, '\\.')),
      'no hosts entry for the mesh name',
    );
    const svc = await world.api.getObject('v1', 'Service', 'mesh-apps', 'frontend');
    const clusterIp = (svc?.spec as { clusterIP?: string }).clusterIP ?? '';
    assert.ok(clusterIp, 'the Service has a cluster IP');
    // An application on the VM, as an ordinary user: the name resolves to the Service's address
    // (only istiod knows it), and the connection to it is captured to Envoy, which routes it
    // over mTLS to the frontend's proxy.
    assert.deepEqual((await sh(`runuser -u ${vm.user} -- getent hosts ${world.frontend!.host}`)).split(/\s+/), [
      clusterIp,
      world.frontend!.host,
    ]);
    const t0 = Date.now();
    const got = await sh(
      `runuser -u ${vm.user} -- curl -s -m 5 -o /dev/null -w '%{http_code} %{remote_ip}' -H 'x-request-id: ivo-app-on-vm' ${frontendUrl()}`,
    );
    console.log(`# an app on the VM: ${world.frontend!.host} -> ${got} in ${Date.now() - t0} ms`);
    assert.equal(got, `200 ${clusterIp}`);
    // Envoy writes its access log in batches: the line comes within a few seconds.
    let line = '';
    for (let i = 0; i < 50 && !line; i++) {
      line = await sh('grep -h ivo-app-on-vm /var/log/istio/istio.log || true');
      if (!line) await new Promise((r) => setTimeout(r, 200));
    }
    assert.match(line, /outbound\|8080\|\|frontend\.mesh-apps\.svc\.cluster\.local/, "through this VM's Envoy, to the frontend's cluster");
  });

  it('converges on a rerun over SSH with interception on: the same package is not installed again, the unit restarts with a fresh token, the chains set up again', async () => {
    const pidBefore = await sh('systemctl show istio -p MainPID --value');
    const tokenBefore = await sh('cat /var/run/secrets/tokens/istio-token');
    assert.match(await sh(NAT_RULES), /ISTIO_REDIRECT/, 'the chains are in place while the action connects');
    const r = await act();
    assert.equal(r.code, 0, r.stdout);
    // The action's SSH connection (port 22, excluded) stayed up across the restart, in which the
    // chains went and came back: every step after the restart ran over it.
    assert.equal(report(r).steps.find((s) => s.name === 'Connect to the VM')?.status, 'ok');
    assert.equal(report(r).steps.filter((s) => s.status !== 'ok' && s.status !== 'skipped').length, 0, JSON.stringify(report(r).steps));
    assert.match(await natRulesWith(/ISTIO_REDIRECT -p tcp/), /-A ISTIO_INBOUND -p tcp -m tcp --dport 8080 -j ISTIO_IN_REDIRECT/);
    assert.match(
      report(r).steps.find((s) => s.name === 'Install the istio-sidecar package')?.detail ?? '',
      /already installed from this file/,
    );
    assert.notEqual(await sh('systemctl show istio -p MainPID --value'), pidBefore, 'the unit was restarted');
    assert.notEqual(await sh('cat /var/run/secrets/tokens/istio-token'), tokenBefore, 'a fresh token');
    assert.equal(
      (await sh('cat /etc/hosts')).split('\n').filter((l) => l === '# BEGIN istio-vm-onboard demo/backend-vm').length,
      1,
      'one hosts block',
    );
    assert.equal(await sh('systemctl is-active istio'), 'active');
  });

  it("interception none turns Istio's step off (no chain in either backend, the mesh host through /etc/hosts), and a rerun without it turns it on again", async () => {
    const r = await act({ interception: 'none', 'probe-from-vm-url': frontendUrl() });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['probe-status'], 'passed');
    assert.doesNotMatch(await sh(NAT_RULES), /ISTIO_/, 'no Istio chain left');
    const env = await sh('cat /var/lib/istio/envoy/cluster.env');
    assert.match(env, /^ISTIO_CUSTOM_IP_TABLES='true'$/m);
    assert.match(env, /^ISTIO_META_INTERCEPTION_MODE='NONE'$/m);
    assert.match(
      await sh('cat /etc/hosts'),
      new RegExp(`^127\\.0\\.0\\.2 ${world.frontend!.host.replace(/\./g, '\\.')}$`, 'm'),
      "the mesh host at the Sidecar's listener",
    );
    assert.equal(await inbound(), 200, 'the app is reached through the NONE-mode listener');

    const back = await act();
    assert.equal(back.code, 0, back.stdout);
    const took = (run: ActionRun) =>
      ['Start the proxy', 'Wait for the proxy to be ready']
        .map((n) => `${report(run).steps.find((x) => x.name === n)?.durationMs} ms`)
        .join(' + ');
    console.log(
      `# start + ready: interception none ${took(r)}, redirect ${took(back)} (the conntrack hold and the wait for Istio's chains included)`,
    );
    assert.match(await natRulesWith(/ISTIO_REDIRECT -p tcp/), /-A ISTIO_INBOUND -p tcp -m tcp --dport 8080 -j ISTIO_IN_REDIRECT/);
    assert.doesNotMatch(await sh('cat /etc/hosts'), /127\.0\.0\.2/, 'no mesh host entry with redirect');
    assert.equal(await inbound(), 200, 'the runner reaches the app through the captured port (iptables -> 15006 -> Envoy -> app)');
  });

  it('a re-run whose proxy never gets ready leaves the VM as it was: the previous files, hosts block, unit and interception chains restored and ready, the WorkloadEntry untouched (#18, #21)', async () => {
    const state = async () => ({
      rules: await sh(ALL_RULES),
      files: await sh(`sha256sum /var/lib/istio/envoy/cluster.env /etc/istio/config/mesh /var/run/secrets/tokens/istio-token`),
      hosts: await sh("sed -n '/^# BEGIN istio-vm-onboard/,/^# END istio-vm-onboard/p' /etc/hosts"),
      unit: await sh('systemctl is-enabled istio; systemctl is-active istio'),
      kept: await sh('ls -A /var/lib/istio-vm-onboard'),
      entry: await world.api
        .getObject('networking.istio.io/v1', 'WorkloadEntry', 'demo', 'backend-vm')
        .then((e) => e && { uid: e.metadata.uid, rv: e.metadata.resourceVersion, spec: e.spec }),
    });
    const before = await state();
    assert.ok(before.entry, 'onboarded');
    assert.match(before.rules, /ISTIO_IN_REDIRECT/, 'with interception redirect');
    // The failed re-run switches to interception none: its unit start removes the chains.
    const r = await act({ 'gateway-address': world.vms.blackholeAddress, 'ready-timeout': '5s', interception: 'none' });
    assert.equal(r.code, 1, r.stdout);
    const result = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as {
      error?: { step: string; message: string };
      steps: Array<{ name: string; status: string; detail?: string }>;
    };
    assert.equal(result.error?.step, 'Wait for the proxy to be ready');
    assert.match(
      result.error?.message ?? '',
      /rolled back: restored the previous files and \/etc\/hosts block; restored the previous proxy \(the istio unit \(istio-sidecar [^)]+\)\), ready in \d+ ms/,
    );
    assert.equal(result.steps.find((s) => s.name === 'Roll back')?.status, 'ok');
    assert.deepEqual(await state(), before, "the files, the hosts block, the unit, Istio's chains and the WorkloadEntry are as they were");
    assert.equal(await sh('curl -s -o /dev/null -w "%{http_code}" http://127.0.0.1:15020/healthz/ready'), '200');
    assert.equal(await inbound(), 200, 'the app answers through the restored proxy');
  });

  it("offboard stops and disables the unit and removes the files, the credentials pilot-agent wrote, the hosts block and Istio's chains in both iptables backends, leaving the package", async () => {
    assert.equal(
      await sh('ls /etc/certs'),
      'cert-chain.pem\nkey.pem\nroot-cert.pem',
      'pilot-agent wrote the workload key and certificate (OUTPUT_CERTS=/etc/certs)',
    );
    const served = await backends();
    console.log(`# iptables backends on the VM: ${served.join(', ')}`);
    assert.ok(served.length >= 1);
    // Chains in the backend pilot-agent did not pick (as an earlier Istio, or one forced to the
    // other binary, leaves them): istio-start.sh's own clean would not see them.
    for (const b of served) {
      if ((await istioChains(b)).length) continue;
      await sh(
        `iptables-${b} -t nat -N ISTIO_INBOUND && iptables-${b} -t nat -A ISTIO_INBOUND -p tcp --dport 8080 -j RETURN && iptables-${b} -t nat -A PREROUTING -p tcp -j ISTIO_INBOUND`,
      );
    }
    for (const b of served) assert.notDeepEqual(await istioChains(b), [], `chains in iptables-${b} before offboarding`);
    const r = await act({ mode: 'offboard' });
    assert.equal(r.code, 0, r.stdout);
    for (const b of served) assert.deepEqual(await istioChains(b), [], `no Istio chain left in iptables-${b}`);
    assert.doesNotMatch(await sh(ALL_RULES), /ISTIO_/, 'nor a jump to one, in any table or family');
    assert.equal(
      await sh('ls -A /etc/certs; ls -A /var/lib/istio-vm-onboard'),
      'istio-sidecar.sha256\npackage',
      "no key, certificate or token left; of the action's state only the package record",
    );
    assert.match(
      report(r).steps.find((s) => s.name === 'Stop the proxy and remove the bundle')?.detail ?? '',
      /removed the bundle files at Istio's paths and the credentials pilot-agent wrote \(\/etc\/certs\/key\.pem, \/etc\/certs\/cert-chain\.pem\)/,
    );
    assert.equal(await sh('systemctl is-enabled istio; systemctl is-active istio; true'), 'disabled\ninactive');
    assert.equal(await sh(`for f in ${PLACED}; do [ -e "$f" ] && echo "$f"; done; true`), '', 'no bundle file left');
    assert.doesNotMatch(await sh('cat /etc/hosts'), /istio-vm-onboard/);
    assert.equal(await sh("dpkg-query -W -f='${Status}' istio-sidecar"), 'install ok installed', 'the package stays');
    assert.equal(await world.api.getObject('networking.istio.io/v1', 'WorkloadEntry', 'demo', 'backend-vm'), undefined);
  });

  it('a first onboarding that fails after pilot-agent got its certificate rolls back to no key or certificate on the VM', async () => {
    // The WorkloadEntry is applied only once the proxy is ready, i.e. once pilot-agent has written its key.
    world.api.injectFault({
      method: 'PATCH',
      path: /\/namespaces\/demo\/workloadentries\/backend-vm$/,
      status: 500,
      message: 'etcdserver: request timed out',
    });
    let r: ActionRun;
    try {
      r = await act();
    } finally {
      world.api.clearFaults();
    }
    assert.equal(r.code, 1, r.stdout);
    const result = report(r);
    assert.equal(
      result.steps.find((s) => s.name === 'Wait for the proxy to be ready')?.status,
      'ok',
      'the proxy was ready: it had its certificate',
    );
    assert.match(
      result.error?.message ?? '',
      /removed the files at Istio's paths, the key and certificates pilot-agent wrote, and the \/etc\/hosts block/,
    );
    assert.equal(
      await sh('ls -A /etc/certs; systemctl is-active istio; true'),
      'inactive',
      'no key, certificate or root left, the unit stopped',
    );
    assert.doesNotMatch(await sh(ALL_RULES), /ISTIO_/, "no Istio chain left in either backend: the VM's traffic is its own again");
  });
});

describe("proxy-runtime systemd with registration workload-group: Istio's VM guide end to end", () => {
  it('the package already there, istiod auto-registers the VM from the group and marks it healthy; offboard removes both', async () => {
    const r = await act({ registration: 'workload-group' });
    assert.equal(r.code, 0, r.stdout);
    assert.match(
      report(r).steps.find((s) => s.name === 'Install the istio-sidecar package')?.detail ?? '',
      /already installed from this file/,
    );
    assert.match(await sh('cat /var/lib/istio/envoy/cluster.env'), /^ISTIO_META_AUTO_REGISTER_GROUP='backend-vm'$/m);
    assert.match(await sh('cat /etc/istio/config/mesh'), /readinessProbe:/);
    const name = r.outputs['workload-entry']?.split('/')[1] ?? '';
    const e = await world.api.getObject('networking.istio.io/v1', 'WorkloadEntry', 'demo', name);
    assert.equal(e?.metadata.annotations?.['istio.io/autoRegistrationGroup'], 'backend-vm', `istiod's entry ${name}`);
    assert.equal((e?.spec as { address?: string }).address, vm.address);
    assert.equal(
      (e?.status as { conditions?: Array<{ type: string; status: string }> } | undefined)?.conditions?.find((c) => c.type === 'Healthy')
        ?.status,
      'True',
    );
    assert.equal(await inbound(), 200);

    const off = await act({ registration: 'workload-group', mode: 'offboard' });
    assert.equal(off.code, 0, off.stdout);
    assert.equal(await world.api.getObject('networking.istio.io/v1', 'WorkloadEntry', 'demo', name), undefined);
    assert.equal(await world.api.getObject('networking.istio.io/v1', 'WorkloadGroup', 'demo', 'backend-vm'), undefined);
    assert.equal(await sh('systemctl is-active istio; true'), 'inactive');
    assert.equal(await sh(`ls -A /etc/certs; for f in ${PLACED}; do [ -e "$f" ] && echo "$f"; done; true`), '', 'no credential left');
    assert.doesNotMatch(await sh(ALL_RULES), /ISTIO_/, 'no chain left');
  });
});
