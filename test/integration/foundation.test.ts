// Issue #2's proof: the test world comes up (3 VMs + the real kube-apiserver with an Istio
// install), the bundled action refuses invalid inputs naming them, plans a dry-run for each VM
// without touching anything, and the world leaves nothing behind. No istiod and no proxy image:
// a dry-run starts nothing on the VMs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { test } from 'node:test';
import { removeRun, runAction } from '../support/action-runner.js';
import { installIstio } from '../support/control-plane/istio-install.js';
import { startKube, type KubeCluster } from '../support/control-plane/kube.js';
import { createCa } from '../support/pki.js';
import { isLive } from '../support/procs.js';
import { leftovers, startVmWorld, type VmWorld } from '../support/vm-world.js';

/**
 * Which of the world's network namespaces and veths (as its record names them) are on the host.
 * Only this world's: other test files may run their own VM worlds on this host at the same time.
 */
function onHost(world: VmWorld): string[] {
  const r = world.record;
  const names = [r.hubLink, r.hubPeer, ...r.vms.flatMap((v) => [v.netns, v.hostLink])].filter((n): n is string => Boolean(n));
  const netns = execFileSync('ip', ['netns', 'list'])
    .toString()
    .split('\n')
    .map((l) => l.split(' ')[0]);
  const links = execFileSync('ip', ['-o', 'link', 'show'])
    .toString()
    .split('\n')
    .map((l) => l.split(': ')[1]?.split('@')[0]);
  return names.filter((n) => netns.includes(n) || links.includes(n));
}

test('3 VMs and the API server; invalid inputs refused; dry-run touches nothing; nothing left behind', async () => {
  // Both start at once; whichever did start is stopped even if the other failed.
  const [k, v] = await Promise.allSettled([startKube(), startVmWorld({ count: 3 })]);
  const kube: KubeCluster | undefined = k.status === 'fulfilled' ? k.value : undefined;
  const vms: VmWorld | undefined = v.status === 'fulfilled' ? v.value : undefined;
  const stopWorld = async () => {
    await vms?.stop();
    await kube?.stop();
  };
  let stopped = false;
  try {
    if (k.status === 'rejected') throw k.reason;
    if (v.status === 'rejected') throw v.reason;
    const api = kube!;
    const world = vms!;
    await installIstio(api, { gatewayAddress: world.hubAddress, hub: 'registry.test.local/istio', tag: '1.30-test' });
    // istiod publishes istio-ca-root-cert in the full world (test/support/world.ts); a dry-run
    // only reads it, so it is put here as istiod would.
    await api.putObject({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'istio-ca-root-cert', namespace: 'istio-system' },
      data: { 'root-cert.pem': createCa().certPem },
    });
    assert.equal(world.vms.length, 3);
    assert.equal(
      onHost(world).length,
      2 + 2 * 3,
      'the world (hub veth pair, a netns and a veth per VM) is visible on the host while it runs',
    );
    const base = (i: number) => {
      const vm = world.vms[i]!;
      return {
        'workload-name': `app-${i}`,
        namespace: 'foundation',
        'vm-host': vm.address,
        ports: 'http:8080',
        kubeconfig: api.kubeconfig,
        'ssh-user': vm.user,
        'ssh-key': vm.privateKey,
        'ssh-host-fingerprint': vm.hostKeyFingerprint,
      };
    };

    const bad = await runAction({ ...base(0), 'ssh-port': '0', 'token-lifetime': '1s', 'ssh-host-fingerprint': 'md5:aa:bb' });
    removeRun(bad);
    assert.equal(bad.code, 1);
    const errors = bad.errors.join('\n');
    for (const input of ['ssh-port', 'token-lifetime', 'ssh-host-fingerprint']) assert.match(errors, new RegExp(`input \`${input}\``));
    // The front records only the action's requests (the world's own go to kube-apiserver directly).
    assert.equal(api.requests.length, 0, 'an invalid run never called the API server');

    for (let i = 0; i < 3; i++) {
      const r = await runAction({ ...base(i), 'dry-run': 'true' });
      removeRun(r);
      assert.equal(r.code, 0, r.stdout);
      assert.match(
        r.stdout,
        new RegExp(`connect onboard@${world.vms[i]!.address.replace(/\./g, '\\.')}:22 \\(host key pinned by ssh-host-fingerprint\\)`),
      );
      assert.match(r.summary, /onboard \(dry-run\): succeeded/);
      const ls = await world.vms[i]!.exec(['sh', '-c', 'ls -d /etc/istio-proxy 2>/dev/null; docker ps -aq']);
      assert.equal(ls.stdout.trim(), '', `VM ${i} untouched`);
    }
    assert.ok(api.requests.length > 0, 'the dry-runs read the cluster through the front');
    assert.deepEqual(api.writes(), [], 'dry-runs wrote nothing to the API server');

    await stopWorld();
    stopped = true;
    assert.deepEqual(await leftovers(world), []);
    assert.deepEqual(onHost(world), [], 'no namespace or veth of the world is left on the host');
    assert.deepEqual(
      api.daemons.filter((d) => isLive(d.proc)).map((d) => d.name),
      [],
      'etcd, kube-apiserver and kube-controller-manager have ended',
    );
    assert.equal(existsSync(dirname(api.kubeconfigPath)), false, "the control plane's directory is removed");
  } finally {
    if (!stopped) await stopWorld();
  }
});
