// Issue #19, "Survival", on the real test world (real istiod, pilot-agent and Envoy; a docker VM
// with its own dockerd, a VM with real systemd under systemd-nspawn):
// - docker runtime: pilot-agent writes its key, chain and root into PROV_CERT/OUTPUT_CERTS, the
//   VM's proxy-config-dir/certs, with no EBUSY (a root certificate mounted as a file there made
//   every write fail); after the VM's dockerd is stopped and started again, the container comes
//   back by its restart policy and the probes pass without the action; offboard leaves no key;
// - systemd runtime: after `systemctl reboot` inside the VM the istio unit comes back enabled and
//   ready and the probes pass; nothing the proxy needs is on a tmpfs (the token is on disk, linked
//   from where pilot-agent reads it, the link made again at boot), so a VM whose certificate is
//   gone (as an expired one: "cert expired, using token instead") rejoins on its token alone.
// "The probes" are the action's own two, made by hand: a request from the runner to the VM's
// service port, through Envoy (its access log holds our request ID), and, from the docker VM, a
// request through its sidecar to the mesh service frontend (mTLS with the workload certificate).
import assert from 'node:assert/strict';
import { X509Certificate, createPrivateKey } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { buildSidecarDeb, type SidecarDeb } from '../support/control-plane/sidecar-deb.js';
import { startDockerd, stopDockerd } from '../support/dockerd.js';
import { vmInputs } from '../support/inputs.js';
import type { SystemdVm } from '../support/systemd-vm.js';
import type { TestVm } from '../support/vm-world.js';
import { startTestWorld, type TestWorld } from '../support/world.js';

let world: TestWorld;
let deb: SidecarDeb;
let dvm: TestVm;
let svm: SystemdVm;
let FRONTEND: string;
const runs: ActionRun[] = [];

before(
  async () => {
    const t0 = Date.now();
    [world, deb] = await Promise.all([startTestWorld({ vms: 1, frontend: true, systemdVms: 1 }), buildSidecarDeb()]);
    dvm = world.freeVms[0] as TestVm;
    svm = world.systemdVms[0] as SystemdVm;
    FRONTEND = world.frontend!.host;
    await world.startApp(dvm, 'backend-vm', 8080);
    await world.startApp(svm, 'backend-vm', 8080);
    console.log(`# world in ${Date.now() - t0} ms (systemd VM boot ${svm.bootMs} ms)`);
  },
  { timeout: 300_000 },
);
after(async () => {
  runs.forEach(removeRun);
  await world?.stop();
  assert.deepEqual(await world.leftovers(), [], 'the test world left nothing behind');
});

async function act(inputs: Record<string, string>): Promise<ActionRun> {
  const t0 = Date.now();
  const r = await runAction(inputs, { timeoutMs: 240_000 });
  console.log(`# ${inputs['proxy-runtime'] ?? 'docker'} ${inputs.mode ?? 'onboard'}: exit ${r.code} in ${Date.now() - t0} ms`);
  runs.push(r);
  return r;
}
const logOf = (r: ActionRun) => `${r.stdout.replace(/^::add-mask::.*\n/gm, '').slice(-5000)}\n${r.stderr.slice(-2000)}`;

async function sh(vm: TestVm, script: string): Promise<string> {
  const r = await vm.exec(['sh', '-c', script]);
  return (r.stdout + r.stderr).trim();
}

/** Polls pilot-agent's readiness on the VM until 200; the milliseconds it took. */
async function readyWithin(vm: TestVm, ms: number): Promise<number> {
  const t0 = Date.now();
  let code = '';
  while (Date.now() - t0 < ms) {
    code = await sh(vm, 'curl -s -o /dev/null -m 2 -w "%{http_code}" http://127.0.0.1:15020/healthz/ready || true');
    if (code === '200') return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 250));
  }
  assert.fail(`${vm.name}: pilot-agent not ready within ${ms} ms (last answer ${code || 'none'})`);
}

/** The inbound probe: the runner's request reaches the app through Envoy on the VM's address, and Envoy logged our request ID. */
async function inboundThroughEnvoy(vm: TestVm, accessLog: string): Promise<void> {
  const id = `ivo-survival-${vm.name}-${Date.now()}`;
  let status = 0;
  for (let i = 0; i < 40 && status !== 200; i++) {
    status = await fetch(`http://${vm.address}:8080/hello`, { headers: { 'x-request-id': id }, signal: AbortSignal.timeout(3000) }).then(
      (r) => r.status,
      () => 0,
    );
    if (status !== 200) await new Promise((r) => setTimeout(r, 250));
  }
  assert.equal(status, 200, `${vm.name}: the app answers on the service port`);
  let logged = false;
  for (let i = 0; i < 50 && !logged; i++) {
    logged = (await sh(vm, accessLog)).includes(id);
    if (!logged) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(logged, `${vm.name}: Envoy's access log holds the request ${id}`);
}

/** The workload certificate pilot-agent wrote: for this identity, its key beside it. */
function assertIdentity(chainPem: string, keyPem: string, namespace: string): X509Certificate {
  const cert = new X509Certificate(chainPem);
  assert.equal(cert.subjectAltName, `URI:spiffe://cluster.local/ns/${namespace}/sa/backend-vm`);
  assert.ok(cert.checkPrivateKey(createPrivateKey(keyPem)), "key.pem is the certificate's key");
  return cert;
}

describe('docker runtime: certificates on the VM, and a dockerd restart', () => {
  const inputs = (extra: Record<string, string> = {}) =>
    vmInputs(dvm, world.kube.kubeconfig, {
      namespace: 'survive',
      'probe-url': `http://${dvm.address}:8080/hello`,
      'probe-from-vm-url': `http://${FRONTEND}:8080/cats`,
      'probe-timeout': '20s',
      ...extra,
    });
  const dockerLog = 'docker logs --tail 200 istio-proxy 2>&1';

  it('pilot-agent writes its key, chain and root into proxy-config-dir/certs, with no EBUSY or other write error', async () => {
    const r = await act(inputs());
    assert.equal(r.code, 0, logOf(r));
    assert.equal(r.outputs['probe-status'], 'passed');
    // The root certificate at every issue (the workload certificate, then the root's own SDS push).
    const log = await sh(dvm, 'docker logs istio-proxy 2>&1');
    assert.doesNotMatch(
      log,
      /device or resource busy|error when output the resource|failed to write data to file/,
      'no certificate write failed',
    );
    assert.match(log, /generated new workload certificate/, 'pilot-agent got its certificate');
    assert.equal(
      await sh(dvm, 'stat -c "%a %U" /etc/istio-proxy/certs; ls /etc/istio-proxy/certs'),
      '700 root\ncert-chain.pem\nkey.pem\nroot-cert.pem',
    );
    const chain = (await dvm.readFile('/etc/istio-proxy/certs/cert-chain.pem')) ?? '';
    assertIdentity(chain, (await dvm.readFile('/etc/istio-proxy/certs/key.pem')) ?? '', 'survive');
    // The root pilot-agent wrote is the mesh's (it rewrites the file in its own format).
    const root = new X509Certificate((await dvm.readFile('/etc/istio-proxy/certs/root-cert.pem')) ?? '');
    assert.equal(root.fingerprint256, new X509Certificate(await world.rootCertPem()).fingerprint256);
    assert.equal(
      await sh(dvm, "docker inspect istio-proxy --format '{{range .Mounts}}{{.Source}}:{{.Destination}}:{{.RW}}{{println}}{{end}}' | sort"),
      '/etc/istio-proxy/certs:/var/run/secrets/istio:true\n/etc/istio-proxy/istio-token:/var/run/secrets/tokens/istio-token:false',
    );
    // Everything the container reads from the VM is on its disk, none on a tmpfs (the VM's /run is one).
    const fs = (
      await sh(
        dvm,
        'for p in /run /etc/istio-proxy/certs /etc/istio-proxy/istio-token /etc/istio-proxy/sidecar.env; do echo "$p $(findmnt -no FSTYPE -T "$p")"; done',
      )
    ).split('\n');
    assert.equal(fs[0], '/run tmpfs', 'findmnt tells a tmpfs');
    assert.deepEqual(
      fs.slice(1).filter((l) => / tmpfs$/.test(l) || !/ \S+$/.test(l)),
      [],
      fs.join('; '),
    );
  });

  it('after dockerd is stopped and started again, the same container comes back by its restart policy, ready, and the probes pass without the action', async () => {
    const before = await sh(dvm, "docker inspect istio-proxy --format '{{.Id}} {{.State.StartedAt}}'");
    const chainBefore = await dvm.readFile('/etc/istio-proxy/certs/cert-chain.pem');
    const argv = await stopDockerd(dvm);
    assert.notEqual(
      await sh(dvm, 'curl -s -o /dev/null -m 2 -w "%{http_code}" http://127.0.0.1:15020/healthz/ready || true'),
      '200',
      'the proxy went with dockerd',
    );
    const t0 = Date.now();
    await startDockerd(dvm, argv);
    const readyMs = await readyWithin(dvm, 90_000);
    console.log(`# docker VM: dockerd started again, istio-proxy ready ${Date.now() - t0} ms later (readiness polled ${readyMs} ms)`);
    const [id, started] = (await sh(dvm, "docker inspect istio-proxy --format '{{.Id}} {{.State.StartedAt}}'")).split(' ');
    assert.equal(id, before.split(' ')[0], 'the same container');
    assert.ok(Date.parse(started as string) > Date.parse(before.split(' ')[1] as string), 'started again');
    await inboundThroughEnvoy(dvm, dockerLog);
    // Outbound through the sidecar to the mesh service: istiod's config and the workload certificate (mTLS) both work.
    const out = await sh(dvm, `curl -s -m 10 -o /dev/null -w "%{http_code}" http://${FRONTEND}:8080/cats`);
    assert.equal(out, '200', 'the outbound probe through the sidecar passes');
    // It renewed with the certificate it had on disk, or got a new one: either way a valid one of this identity.
    const chain = (await dvm.readFile('/etc/istio-proxy/certs/cert-chain.pem')) ?? '';
    assert.ok(chainBefore, 'a certificate before');
    assert.ok(
      Date.parse(assertIdentity(chain, (await dvm.readFile('/etc/istio-proxy/certs/key.pem')) ?? '', 'survive').validTo) > Date.now(),
    );
    assert.doesNotMatch(await sh(dvm, 'docker logs istio-proxy 2>&1'), /device or resource busy|error when output the resource/);
  });

  it('a re-run with another ServiceAccount: the new proxy starts from its token, not the kept certificate, and gets the new identity', async () => {
    const r = await act(inputs({ 'service-account': 'backend-vm-2' }));
    assert.equal(r.code, 0, logOf(r));
    const chain = (await dvm.readFile('/etc/istio-proxy/certs/cert-chain.pem')) ?? '';
    assert.equal(new X509Certificate(chain).subjectAltName, 'URI:spiffe://cluster.local/ns/survive/sa/backend-vm-2');
  });

  it('offboard leaves no key, chain, root or token on the VM', async () => {
    const r = await act(inputs({ mode: 'offboard', 'service-account': 'backend-vm-2' }));
    assert.equal(r.code, 0, logOf(r));
    assert.equal(
      await sh(
        dvm,
        'ls -A /etc/istio-proxy; find /etc /var/lib/docker /run \\( -name key.pem -o -name cert-chain.pem -o -name istio-token \\) -print 2>/dev/null | wc -l; docker ps -aq | wc -l',
      ),
      '0\n0',
    );
  });
});

describe('systemd runtime: a reboot', () => {
  const inputs = (extra: Record<string, string> = {}) => ({
    ...vmInputs(svm, world.kube.kubeconfig, {
      namespace: 'survive-sd',
      'probe-url': `http://${svm.address}:8080/hello`,
      'ready-timeout': '60s',
    }),
    'proxy-runtime': 'systemd',
    'sidecar-package': deb.path,
    'sidecar-package-digest': `sha256:${deb.sha256}`,
    ...extra,
  });
  const istioLog = 'cat /var/log/istio/istio.log 2>/dev/null';
  /** What the unit needs to start, and the file system each is on. */
  const NEEDED = [
    '/var/lib/istio/envoy/cluster.env',
    '/etc/istio/config/mesh',
    '/etc/certs/root-cert.pem',
    '/etc/certs/key.pem',
    '/etc/certs/cert-chain.pem',
    '/var/lib/istio/tokens/istio-token',
    '/etc/hosts',
    '/etc/tmpfiles.d/istio-vm-onboard.conf',
  ];

  /** Reboots the VM; the unit comes back by itself, ready; the app (the workload's own process, not the action's) started again. */
  async function reboot(): Promise<void> {
    const ms = await svm.reboot();
    const readyMs = await readyWithin(svm, 90_000);
    console.log(`# systemd VM: rebooted in ${ms} ms, the istio unit ready ${readyMs} ms after`);
    assert.equal(await sh(svm, 'systemctl is-enabled istio; systemctl is-active istio'), 'enabled\nactive');
    await world.startApp(svm, 'backend-vm', 8080);
  }

  it('onboards with the token on disk, linked from where pilot-agent reads it; nothing the unit needs is on a tmpfs', async () => {
    const r = await act(inputs());
    assert.equal(r.code, 0, logOf(r));
    assert.equal(r.outputs['probe-status'], 'passed');
    assert.equal(await sh(svm, 'findmnt -no FSTYPE -T /var/run/secrets/tokens'), 'tmpfs', 'where pilot-agent reads its token is a tmpfs');
    assert.equal(await sh(svm, 'readlink /var/run/secrets/tokens/istio-token'), '/var/lib/istio/tokens/istio-token');
    assert.equal(
      await sh(svm, 'stat -c "%a %U:%G" /var/lib/istio/tokens/istio-token /etc/tmpfiles.d/istio-vm-onboard.conf'),
      '600 istio-proxy:istio-proxy\n644 root:root',
    );
    const fs = (await sh(svm, `for p in ${NEEDED.join(' ')}; do echo "$p $(findmnt -no FSTYPE -T "$p")"; done`)).split('\n');
    assert.deepEqual(
      fs.filter((l) => / tmpfs$/.test(l) || !/ \S+$/.test(l)),
      [],
      `none on a tmpfs: ${fs.join('; ')}`,
    );
    // systemd-tmpfiles makes the link as the install did (checked here, as the boot will run it).
    assert.equal(
      await sh(svm, 'systemd-tmpfiles --create --dry-run /etc/tmpfiles.d/istio-vm-onboard.conf 2>&1 | grep -ci error || true'),
      '0',
    );
  });

  it('after systemctl reboot the unit comes back enabled and ready, the token where pilot-agent reads it, and the probe passes without the action', async () => {
    const token = await sh(svm, 'cat /var/run/secrets/tokens/istio-token');
    await sh(svm, 'touch /run/ivo-before-reboot');
    await reboot();
    assert.equal(await sh(svm, 'ls /run/ivo-before-reboot 2>&1 | grep -c "No such file"'), '1', '/run was emptied: a real reboot');
    assert.equal(await sh(svm, 'cat /var/run/secrets/tokens/istio-token'), token, 'the tmpfiles.d entry made the link again at boot');
    await inboundThroughEnvoy(svm, istioLog);
  });

  it('a VM whose certificate is gone (as an expired one) comes back after a reboot on its token alone', async () => {
    // pilot-agent falls back to the token when its certificate in PROV_CERT is expired or unreadable
    // (pilot/pkg/grpc/tls.go: "cert expired, using token instead"): the same path, made at once.
    await sh(svm, 'systemctl stop istio; rm -f /etc/certs/key.pem /etc/certs/cert-chain.pem');
    const fellBack = 'cat /var/log/istio/istio.log /var/log/istio/istio.err.log 2>/dev/null | grep -c "using token instead" || true';
    const before = Number(await sh(svm, fellBack));
    const t0 = Date.now();
    await reboot();
    assert.ok(Number(await sh(svm, fellBack)) > before, 'pilot-agent authenticated with its token (its log says so)');
    const chain = (await svm.readFile('/etc/certs/cert-chain.pem')) ?? '';
    const cert = assertIdentity(chain, (await svm.readFile('/etc/certs/key.pem')) ?? '', 'survive-sd');
    assert.ok(
      Date.parse(cert.validFrom) >= t0 - 5 * 60_000 && Date.parse(cert.validTo) > Date.now(),
      `a new certificate, issued after the reboot: ${cert.validFrom}`,
    );
    await inboundThroughEnvoy(svm, istioLog);
  });

  it('a re-run with another ServiceAccount: the new proxy starts from its token, not the kept certificate, and gets the new identity', async () => {
    const r = await act(inputs({ 'service-account': 'backend-vm-2' }));
    assert.equal(r.code, 0, logOf(r));
    const chain = (await svm.readFile('/etc/certs/cert-chain.pem')) ?? '';
    assert.equal(new X509Certificate(chain).subjectAltName, 'URI:spiffe://cluster.local/ns/survive-sd/sa/backend-vm-2');
  });

  it('offboard removes the token, its link and the tmpfiles.d entry with the rest', async () => {
    const r = await act(inputs({ mode: 'offboard', 'service-account': 'backend-vm-2' }));
    assert.equal(r.code, 0, logOf(r));
    assert.equal(
      await sh(
        svm,
        'ls -A /etc/certs /var/lib/istio/tokens /var/run/secrets/tokens 2>/dev/null; ls /etc/tmpfiles.d/istio-vm-onboard.conf 2>&1 | grep -c "No such file"',
      ),
      '/etc/certs:\n\n/var/lib/istio/tokens:\n\n/var/run/secrets/tokens:\n1',
    );
  });
});
