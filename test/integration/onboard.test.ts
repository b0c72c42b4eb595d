// Issue #3: mode onboard end to end, through `node dist/index.js`, against the test world:
// real sshd + dockerd VMs, real kube-apiserver, real istiod, and the real proxyv2 image
// (pilot-agent + Envoy) in each VM's dockerd.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { vmInputs } from '../support/inputs.js';
import { PROXY_IMAGE, startTestWorld, type TestWorld } from '../support/world.js';
import type { TestVm } from '../support/vm-world.js';

let world: TestWorld;
const runs: ActionRun[] = [];
before(async () => {
  world = await startTestWorld({ vms: 3 });
});
after(async () => {
  runs.forEach(removeRun);
  await world?.stop();
  assert.deepEqual(await world.leftovers(), [], 'the test world left nothing behind');
});

function inputsFor(vm: TestVm, extra: Record<string, string> = {}): Record<string, string> {
  return vmInputs(vm, world.api.kubeconfig, { labels: 'app=backend-vm,version=v1', ...extra });
}

async function onboard(inputs: Record<string, string>): Promise<ActionRun> {
  const r = await runAction(inputs, { timeoutMs: 180_000 });
  runs.push(r);
  return r;
}

async function sh(vm: TestVm, script: string): Promise<string> {
  const r = await vm.exec(['sh', '-c', script]);
  return (r.stdout + r.stderr).trim();
}

const kinds = async (ns: string) => ({
  sa: await world.api.getObject('v1', 'ServiceAccount', ns, 'backend-vm'),
  svc: await world.api.getObject('v1', 'Service', ns, 'backend-vm'),
  we: await world.api.getObject('networking.istio.io/v1', 'WorkloadEntry', ns, 'backend-vm'),
  sidecar: await world.api.getObject('networking.istio.io/v1', 'Sidecar', ns, 'backend-vm'),
});

/** istiod's /debug/syncz entry for a proxy, once it acked what istiod sent it. */
async function syncedInIstiod(proxyPrefix: string): Promise<boolean> {
  // Applying the WorkloadEntry makes istiod push again; the ack of that push follows shortly.
  for (let i = 0; i < 40; i++) {
    const entries = (await world.istiod.debug('/debug/syncz')) as Array<{ proxy: string; listener_sent?: string; listener_acked?: string }>;
    if (entries.some((e) => e.proxy.startsWith(proxyPrefix) && Boolean(e.listener_sent) && e.listener_sent === e.listener_acked))
      return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

describe('onboard', () => {
  it('registers the workload, transfers the bundle, starts the proxy and waits until it is ready', async () => {
    const vm = world.vms.vms[0] as TestVm;
    const r = await onboard(inputsFor(vm));
    assert.equal(r.code, 0, r.stdout);
    const o = await kinds('demo');
    assert.ok(o.sa, 'ServiceAccount applied');
    assert.deepEqual((o.svc?.spec as { selector: unknown }).selector, { app: 'backend-vm', version: 'v1' });
    assert.deepEqual(o.we?.spec, {
      address: vm.address,
      labels: { app: 'backend-vm', version: 'v1' },
      serviceAccount: 'backend-vm',
      ports: { http: 8080 },
    });
    assert.equal(o.we?.metadata.labels?.['app.kubernetes.io/managed-by'], 'istio-vm-onboard');
    const managers = (o.we?.metadata.managedFields as Array<{ manager: string; operation: string }>).map(
      (m) => `${m.manager}/${m.operation}`,
    );
    assert.deepEqual(managers, ['istio-vm-onboard/Apply']);
    // Readiness came before the WorkloadEntry: the mesh never routed to a VM without a proxy.
    const weWrite = world.api.writes().findIndex((w) => /workloadentries\/backend-vm$/.test(w.path));
    const tokenWrite = world.api.writes().findIndex((w) => /serviceaccounts\/backend-vm\/token$/.test(w.path));
    assert.ok(tokenWrite >= 0 && weWrite > tokenWrite, 'the WorkloadEntry is applied last');
    assert.ok(await syncedInIstiod('backend-vm.demo'), 'the proxy got its config from istiod and acked it');

    assert.equal(
      await sh(vm, 'stat -c "%n %a %U" /etc/istio-proxy /etc/istio-proxy/* | sort'),
      [
        '/etc/istio-proxy 750 root',
        '/etc/istio-proxy/certs 700 root',
        '/etc/istio-proxy/cluster.env 640 root',
        '/etc/istio-proxy/hosts 644 root',
        '/etc/istio-proxy/istio-ca.pem 644 root',
        '/etc/istio-proxy/istio-token 600 root',
        '/etc/istio-proxy/mesh.yaml 644 root',
        '/etc/istio-proxy/sidecar.env 640 root',
      ].join('\n'),
    );
    const env = await sh(vm, 'cat /etc/istio-proxy/sidecar.env');
    assert.match(env, /^CA_ADDR=istiod\.istio-system\.svc:15012$/m);
    assert.match(env, /^POD_NAMESPACE=demo$/m);
    assert.match(env, new RegExp(`^INSTANCE_IP=${vm.address.replace(/\./g, '\\.')}$`, 'm'));
    assert.equal(await sh(vm, 'cat /etc/istio-proxy/istio-ca.pem'), (await world.rootCertPem()).trim());
    assert.equal(
      await sh(
        vm,
        `docker inspect istio-proxy --format '{{.Config.Image}} {{.HostConfig.NetworkMode}} {{.State.Running}} {{.HostConfig.RestartPolicy.Name}}'`,
      ),
      `${PROXY_IMAGE} host true unless-stopped`,
    );
    assert.equal(await sh(vm, 'curl -s -o /dev/null -w "%{http_code}" http://127.0.0.1:15020/healthz/ready'), '200');

    assert.equal(r.outputs['proxy-status'], 'ready');
    assert.equal(r.outputs['workload-entry'], 'demo/backend-vm');
    assert.ok(Date.parse(r.outputs['token-expires-at'] as string) > Date.now() + 23 * 3600_000);
    const token = await sh(vm, 'cat /etc/istio-proxy/istio-token');
    assert.ok(r.masks.includes(token), 'the minted token was masked');
    assert.ok(
      !r.visibleLog.includes(token) && !r.summary.includes(token) && !r.stderr.includes(token),
      'the token appears in no log or summary',
    );
    assert.ok(!r.visibleLog.includes(vm.privateKey.split('\n')[1] as string), 'no line of the key is visible');
  });

  it('converges on a second run: no duplicate objects, a fresh token, the proxy restarted', async () => {
    const vm = world.vms.vms[0] as TestVm;
    const tokenBefore = await sh(vm, 'cat /etc/istio-proxy/istio-token');
    const containerBefore = await sh(vm, `docker inspect istio-proxy --format '{{.Id}}'`);
    const r = await onboard(inputsFor(vm));
    assert.equal(r.code, 0, r.stdout);
    const report = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(r.outputs.report as string, 'utf8'))) as {
      objects: Array<{ kind: string; action: string }>;
    };
    assert.deepEqual(
      report.objects
        .filter((x) => x.kind !== 'Namespace')
        .map((x) => `${x.kind}:${x.action}`)
        .sort(),
      ['Service:unchanged', 'ServiceAccount:unchanged', 'Sidecar:unchanged', 'WorkloadEntry:unchanged'],
    );
    assert.equal((await world.api.listObjects('networking.istio.io/v1', 'WorkloadEntry', 'demo')).length, 1);
    assert.notEqual(await sh(vm, 'cat /etc/istio-proxy/istio-token'), tokenBefore, 'a fresh token');
    assert.notEqual(await sh(vm, `docker inspect istio-proxy --format '{{.Id}}'`), containerBefore, 'a new container');
    assert.equal(await sh(vm, 'docker ps -q | wc -l'), '1');
  });

  it('offboards: WorkloadEntry first, then the proxy and bundle, then the objects this action applied', async () => {
    const vm = world.vms.vms[0] as TestVm;
    const writesBefore = world.api.writes().length;
    // pilot-agent wrote the workload's key and certificate into OUTPUT_CERTS, the VM's
    // /etc/istio-proxy/certs mounted there: a valid identity on the VM's disk.
    assert.equal(await sh(vm, 'ls /etc/istio-proxy/certs'), 'cert-chain.pem\nkey.pem\nroot-cert.pem');
    const r = await onboard({ ...inputsFor(vm), mode: 'offboard' });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(
      await sh(vm, 'find /var/lib/docker /etc/istio-proxy -name key.pem -o -name cert-chain.pem -o -name istio-token 2>/dev/null | wc -l'),
      '0',
      'no credential of the proxy is left on the VM',
    );
    assert.match(
      r.stdout,
      /and \/etc\/istio-proxy\/certs \(the root certificate, and the workload key and certificates pilot-agent wrote there as \/var\/run\/secrets\/istio\)/,
    );
    const o = await kinds('demo');
    assert.deepEqual([o.sa, o.svc, o.we, o.sidecar], [undefined, undefined, undefined, undefined]);
    const deletes = world.api
      .writes()
      .slice(writesBefore)
      .filter((w) => w.method === 'DELETE')
      .map((w) => w.path.split('/').slice(-2)[0]);
    // Then the VM's lease (#11), released after everything else.
    assert.deepEqual(deletes, ['workloadentries', 'sidecars', 'services', 'serviceaccounts', 'leases']);
    assert.ok(await world.api.getObject('v1', 'Namespace', undefined, 'demo'), 'the namespace stays');
    assert.equal(await sh(vm, 'docker ps -aq | wc -l; ls /etc/istio-proxy | wc -l'), '0\n0');
  });

  it('dry-run prints the whole plan and changes nothing anywhere', async () => {
    const vm = world.vms.vms[1] as TestVm;
    const writesBefore = world.api.writes().length;
    const r = await onboard(inputsFor(vm, { namespace: 'dry', 'dry-run': 'true' }));
    assert.equal(r.code, 0, r.stdout);
    assert.equal(world.api.writes().length, writesBefore, 'no write reached the API server');
    assert.ok(
      world.api.requests.some((q) => q.dryRun),
      'objects were validated by server-side dry-run',
    );
    assert.match(r.stdout, /docker run -d --name istio-proxy --restart unless-stopped --network host/);
    assert.match(r.stdout, /istio-token \(mode 0600\)[^\n]*\n\s+\| <redacted: minted at run time>/);
    assert.match(r.stdout, /CA_ADDR=istiod\.istio-system\.svc:15012/);
    assert.equal(r.outputs['proxy-status'], 'planned');
    assert.equal(
      await sh(vm, 'ls /etc/istio-proxy 2>&1; docker ps -aq | wc -l'),
      "ls: cannot access '/etc/istio-proxy': No such file or directory\n0",
    );
  });

  it('refuses a wrong host key and changes nothing', async () => {
    const [other, target] = world.vms.vms as [TestVm, TestVm, TestVm];
    const writesBefore = world.api.writes().length;
    // known_hosts names the target's address, but with another VM's key: a man in the middle.
    const r = await onboard(
      inputsFor(target, { namespace: 'wrongkey', 'ssh-known-hosts': other.knownHostsLine.replace(other.address, target.address) }),
    );
    assert.equal(r.code, 1);
    assert.match(
      r.errors.join('\n'),
      new RegExp(
        `host key of onboard@${target.address.replace(/\./g, '\\.')}:22 \\(SHA256:[A-Za-z0-9+/]{43}\\) refused: it does not match the pinned key`,
      ),
    );
    // Nothing but the VM's lease (#11), taken and released.
    assert.deepEqual(
      world.api
        .writes()
        .slice(writesBefore)
        .map((w) => `${w.method} ${w.path.split('/').slice(-2).join('/')}`),
      ['POST istio-system/leases', `DELETE leases/istio-vm-onboard.${target.address}`],
      'nothing else was written to the cluster',
    );
    assert.equal(await sh(target, 'ls /etc/istio-proxy 2>/dev/null | wc -l'), '0');
  });

  it('fails within the bound on an unreachable VM, with a clear error and no WorkloadEntry', async () => {
    const vm = world.vms.vms[2] as TestVm;
    const started = Date.now();
    const r = await onboard(
      inputsFor(vm, {
        namespace: 'unreachable',
        'vm-host': world.vms.blackholeAddress,
        'ssh-strict-host-key': 'false',
        'ssh-known-hosts': '',
        'ssh-connect-timeout': '2s',
        'ssh-retries': '1',
      }),
    );
    const elapsed = Date.now() - started;
    assert.equal(r.code, 1);
    assert.match(
      r.errors.join('\n'),
      new RegExp(`cannot connect to onboard@${world.vms.blackholeAddress.replace(/\./g, '\\.')}:22 after 2 attempt\\(s\\)`),
    );
    assert.ok(elapsed < 20_000, `failed in ${elapsed} ms (2 attempts of 2 s + 1 s backoff + start-up)`);
    assert.equal(await world.api.getObject('networking.istio.io/v1', 'WorkloadEntry', 'unreachable', 'backend-vm'), undefined);
    assert.match(r.summary, /Connect to the VM/);
  });

  it('fails when the proxy never gets ready, shows its own complaint and rolls back', async () => {
    const vm = world.vms.vms[2] as TestVm;
    // A gateway address where nothing answers: the proxy cannot reach istiod for its certificate
    // (the real istiod rewrites a tampered istio-ca-root-cert at once, so that is no fault to inject).
    const r = await onboard(inputsFor(vm, { namespace: 'notready', 'ready-timeout': '6s', 'gateway-address': world.vms.blackholeAddress }));
    assert.equal(r.code, 1);
    const errors = r.errors.join('\n');
    assert.match(errors, /istio-proxy on onboard@[\d.]+:22 was not ready within 6 s/);
    assert.match(
      r.summary,
      new RegExp(world.vms.blackholeAddress.replace(/\./g, '\\.') + '|istiod\\.istio-system\\.svc:15012'),
      "the proxy's own log line is in the report",
    );
    assert.match(errors, /rolled back: .*removed the istio-proxy container/);
    const o = await kinds('notready');
    assert.equal(o.we, undefined, 'no WorkloadEntry');
    assert.equal(o.sa, undefined, 'the ServiceAccount this run created is gone');
    assert.equal(o.sidecar, undefined);
    assert.equal(await sh(vm, 'docker ps -aq | wc -l; ls /etc/istio-proxy | wc -l'), '0\n0');
    assert.equal(r.outputs['proxy-status'], 'not-ready');
  });

  it('goes through a jump host with a passphrase-protected key, checking both host keys', async () => {
    // The test VMs cannot reach each other, so the bastion is the VM itself: the second hop is
    // a forwarded channel from the bastion's sshd to the VM's address, as with a real bastion.
    const vm = world.vms.vms[1] as TestVm;
    const r = await onboard(
      inputsFor(vm, {
        namespace: 'jump',
        'ssh-key': vm.encryptedPrivateKey,
        'ssh-key-passphrase': vm.passphrase,
        'ssh-jump-host': `${vm.user}@${vm.address}:22`,
      }),
    );
    assert.equal(r.code, 0, r.stdout);
    assert.match(
      r.stdout,
      new RegExp(`jump host onboard@${vm.address.replace(/\./g, '\\.')}:22: host key SHA256:\\S+ \\(pinned by ssh-known-hosts\\)`),
    );
    assert.match(r.summary, new RegExp(`onboard@${vm.address.replace(/\./g, '\\.')}:22 via onboard@`));
    assert.ok(r.masks.includes(vm.passphrase), 'the passphrase is masked');
    assert.equal(r.outputs['proxy-status'], 'ready');
    const refused = await onboard(inputsFor(vm, { namespace: 'jump2', 'ssh-jump-host': `${vm.user}@${world.vms.vms[2]!.address}:22` }));
    assert.equal(refused.code, 1, 'the jump host key is pinned too');
    assert.match(refused.errors.join('\n'), /host key of onboard@[\d.]+:22 \(SHA256:\S+\) refused: no pin for this host/);
  });
});
