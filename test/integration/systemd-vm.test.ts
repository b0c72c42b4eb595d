// The systemd VM of the test world: boots from the cached Debian tree, systemd `running`, sshd
// with the recorded host key, a non-root user with sudo, and nothing left after stop().
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../support/procs.js';
import { startSystemdVm, type SystemdVm } from '../support/systemd-vm.js';
import { VM_NODE } from '../support/vm-world.js';

const vms: SystemdVm[] = [];
after(async () => {
  for (const vm of vms) await vm.stop();
});

test('a systemd VM boots, serves ssh with its recorded host key and a sudo user, and leaves nothing', { timeout: 300_000 }, async () => {
  const [a, b] = await Promise.all([startSystemdVm({ hubAddress: '10.231.0.254' }), startSystemdVm({ hubAddress: '10.231.0.254' })]);
  vms.push(a!, b!);
  const vm = a!;
  console.log(`# boot: ${a!.bootMs} ms and ${b!.bootMs} ms (two side by side)`);
  assert.equal((await vm.exec(['systemctl', 'is-system-running'])).stdout.trim(), 'running');
  assert.equal((await vm.exec(['readlink', '/proc/1/exe'])).stdout.trim(), '/usr/lib/systemd/systemd');
  assert.equal(
    (await vm.exec([VM_NODE, '-p', 'process.versions.node.split(".")[0]'])).stdout.trim(),
    process.versions.node.split('.')[0],
    "the test apps' node runs inside",
  );
  const dir = mkdtempSync('/tmp/ivo-svm-test-');
  try {
    const kh = join(dir, 'known_hosts');
    writeFileSync(kh, vm.knownHostsLine + '\n');
    const ssh = await run('ssh', [
      '-i',
      vm.privateKeyPath,
      '-o',
      'BatchMode=yes',
      '-o',
      'StrictHostKeyChecking=yes',
      '-o',
      `UserKnownHostsFile=${kh}`,
      `${vm.user}@${vm.address}`,
      'id -un; sudo -n id -u; hostname',
    ]);
    assert.equal(ssh.code, 0, ssh.stderr);
    assert.deepEqual(ssh.stdout.trim().split('\n'), [vm.user, '0', vm.name]);
    // The other VM's host key is not this one's: pinning is per VM.
    writeFileSync(kh, b!.knownHostsLine.replace(b!.address, vm.address) + '\n');
    const wrong = await run('ssh', [
      '-i',
      vm.privateKeyPath,
      '-o',
      'BatchMode=yes',
      '-o',
      'StrictHostKeyChecking=yes',
      '-o',
      `UserKnownHostsFile=${kh}`,
      `${vm.user}@${vm.address}`,
      'true',
    ]);
    assert.notEqual(wrong.code, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // Writes stay in the VM's overlay: the other VM does not see them.
  await vm.exec(['sh', '-c', 'echo mine > /etc/ivo-marker']);
  assert.equal(await b!.readFile('/etc/ivo-marker'), undefined);
  await vm.stop();
  assert.deepEqual(vm.leftovers(), []);
  await b!.stop();
  assert.deepEqual(b!.leftovers(), []);
});

test(
  'a test process killed hard takes its systemd VM with it; the next start sweeps the netns and files',
  { timeout: 120_000 },
  async () => {
    const { spawn } = await import('node:child_process');
    const { isLive } = await import('../support/procs.js');
    const { sweepStaleSystemdVms } = await import('../support/systemd-vm.js');
    const script = `import { startSystemdVm } from ${JSON.stringify(new URL('../support/systemd-vm.ts', import.meta.url).pathname)};
const vm = await startSystemdVm({ hubAddress: '10.231.0.254' });
console.log(JSON.stringify(vm.record));
setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const line = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('\n')) resolve(out.split('\n')[0] as string);
      });
      child.on('exit', (code) => reject(new Error(`the child exited (${code}) before its VM was up`)));
    });
    const record = JSON.parse(line) as SystemdVm['record'];
    assert.ok(record.procs.every(isLive), "nspawn and the VM's systemd run");
    child.kill('SIGKILL');
    const deadline = Date.now() + 10_000;
    while (record.procs.some(isLive) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.ok(!record.procs.some(isLive), 'the VM died with the test process (pdeathsig, then its PID namespace)');
    assert.ok(sweepStaleSystemdVms().includes(record.name), 'swept');
    const { existsSync } = await import('node:fs');
    assert.ok(!existsSync(`/run/netns/${record.netns}`) && !existsSync(record.tempDir), 'netns and temp dir gone');
    assert.ok(
      record.cgroupDirs.every((d) => !existsSync(d)),
      'cgroups gone',
    );
  },
);
