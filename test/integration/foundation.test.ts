// Issue #2's proof: the test world comes up (3 VMs + the API server), the bundled action
// refuses invalid inputs naming them, plans a dry-run for each VM without touching
// anything, and the world leaves nothing behind.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { removeRun, runAction } from '../support/action-runner.js';
import { startTestWorld } from '../support/world.js';

function hostState(): string {
  const netns = execFileSync('ip', ['netns', 'list']).toString();
  const links = execFileSync('ip', ['-o', 'link', 'show']).toString().split('\n').filter((l) => /ivo/.test(l)).join('\n');
  return `${netns}\n${links}`;
}

test('3 VMs and the API server; invalid inputs refused; dry-run touches nothing; nothing left behind', async () => {
  const before = hostState();
  const world = await startTestWorld({ vms: 3, noImage: true });
  let stopped = false;
  try {
    assert.equal(world.vms.vms.length, 3);
    assert.notEqual(hostState(), before, 'the world is visible on the host while it runs');
    const base = (i: number) => {
      const vm = world.vms.vms[i]!;
      return {
        'workload-name': `app-${i}`,
        namespace: 'foundation',
        'vm-host': vm.address,
        ports: 'http:8080',
        kubeconfig: world.api.kubeconfig,
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
    assert.equal(world.api.requests.length, 0, 'an invalid run never called the API server');

    for (let i = 0; i < 3; i++) {
      const r = await runAction({ ...base(i), 'dry-run': 'true' });
      removeRun(r);
      assert.equal(r.code, 0, r.stdout);
      assert.match(r.stdout, new RegExp(`connect onboard@${world.vms.vms[i]!.address.replace(/\./g, '\\.')}:22 \\(host key pinned by ssh-host-fingerprint\\)`));
      assert.match(r.summary, /onboard \(dry-run\): succeeded/);
      const ls = await world.vms.vms[i]!.exec(['sh', '-c', 'ls -d /etc/istio-proxy 2>/dev/null; docker ps -aq']);
      assert.equal(ls.stdout.trim(), '', `VM ${i} untouched`);
    }
    assert.deepEqual(world.api.writes(), [], 'dry-runs wrote nothing to the API server');

    await world.stop();
    stopped = true;
    assert.deepEqual(await world.leftovers(), []);
    assert.equal(hostState(), before, 'no namespace or veth of the world is left on the host');
  } finally {
    if (!stopped) await world.stop();
  }
});
