// The VM hosts of the test world, checked from the outside the way the action will use them:
// SSH (ssh2) with host-key pinning, sudo, docker, the hub address both ways, and a teardown
// that leaves nothing behind, also when a test throws or its process dies.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Client } from 'ssh2';
import { buildImageTar } from '../support/image.js';
import { isLive, runOk, sleep } from '../support/procs.js';
import {
  leftovers,
  startVmWorld,
  stopAllVmWorlds,
  sweepStaleVmWorlds,
  type TestVm,
  type VmWorld,
  type WorldRecord,
} from '../support/vm-world.js';

const IMAGE = 'ivo-test/busybox:1';
const LONG_PATH = `/deep/${'a'.repeat(60)}/${'b'.repeat(60)}/long.txt`;

interface SshTarget {
  vm: TestVm;
  /** Another address of the VM (its IPv6 one); vm.address when not given. */
  host?: string;
  username?: string;
  privateKey?: string;
  passphrase?: string;
  password?: string;
  fingerprint?: string;
}

/** Connect with ssh2, pin the host key by SHA256 fingerprint, run one command. */
function sshRun(t: SshTarget, command: string, clients: Client[] = []): Promise<{ code: number; stdout: string; verified: string[] }> {
  const verified: string[] = [];
  return new Promise((resolve, reject) => {
    const c = new Client();
    clients.push(c);
    c.on('error', (e) => reject(Object.assign(e, { verified })));
    // A connection that just ends (the VM went away) settles too; no-op once resolved.
    c.on('close', () => reject(Object.assign(new Error('connection closed'), { verified })));
    c.on('ready', () => {
      c.exec(command, (err, ch) => {
        if (err) return reject(err);
        let stdout = '';
        ch.on('data', (d: Buffer) => {
          stdout += d.toString();
        });
        ch.stderr.on('data', () => undefined);
        ch.on('close', (code: number) => {
          c.end();
          resolve({ code, stdout, verified });
        });
      });
    });
    c.connect({
      host: t.host ?? t.vm.address,
      port: t.vm.sshPort,
      username: t.username ?? t.vm.user,
      readyTimeout: 10_000,
      ...(t.password !== undefined ? { password: t.password } : { privateKey: t.privateKey ?? t.vm.privateKey }),
      ...(t.passphrase !== undefined ? { passphrase: t.passphrase } : {}),
      hostVerifier: (key: Buffer) => {
        const fp = 'SHA256:' + createHash('sha256').update(key).digest('base64').replace(/=+$/, '');
        verified.push(fp);
        return fp === (t.fingerprint ?? t.vm.hostKeyFingerprint);
      },
    });
  });
}

/** Resolves 'connected' | 'error' | 'pending' after waiting at most ms. */
function tcpOutcome(host: string, port: number, ms: number): Promise<string> {
  return new Promise((resolve) => {
    const s = connect({ host, port });
    const done = (what: string): void => {
      clearTimeout(timer);
      s.destroy();
      resolve(what);
    };
    const timer = setTimeout(() => done('pending'), ms);
    s.once('connect', () => done('connected'));
    s.once('error', (e: NodeJS.ErrnoException) => done(`error ${e.code}`));
  });
}

describe('VM world of 3', () => {
  let world: VmWorld;
  let imageDir: string;
  let imagePath: string;

  before(async () => {
    imageDir = mkdtempSync(join(tmpdir(), 'ivo-img-'));
    imagePath = await buildImageTar({
      repoTag: IMAGE,
      outPath: join(imageDir, 'busybox.tar'),
      env: ['PATH=/bin'],
      files: [
        { path: '/bin/busybox', sourcePath: '/bin/busybox' },
        { path: '/www/index.html', content: 'hello from the vm\n' },
        { path: LONG_PATH, content: 'a long path\n', mode: 0o600 },
      ],
    });
    const t0 = Date.now();
    world = await startVmWorld({ count: 3 });
    console.log(`# 3 VMs up in ${Date.now() - t0} ms`);
  });

  after(async () => {
    await stopAllVmWorlds();
    rmSync(imageDir, { recursive: true, force: true });
  });

  test('leftovers() sees the running world', async () => {
    const left = await leftovers(world);
    for (const v of world.record.vms) {
      assert.ok(left.includes(`netns ${v.netns}`), `missing netns ${v.netns} in ${left.join('; ')}`);
      assert.ok(left.some((l) => l.startsWith('process ') && l.includes(v.name)));
    }
    assert.ok(left.includes(`temp dir ${world.tempDir}`));
    assert.equal(new Set(world.vms.map((v) => v.address)).size, 3);
  });

  test('host keys: known_hosts line and fingerprint agree with ssh-keygen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ivo-kh-'));
    try {
      for (const vm of world.vms) {
        assert.match(vm.knownHostsLine, new RegExp(`^${vm.address.replaceAll('.', '\\.')} ssh-ed25519 AAAA[A-Za-z0-9+/=]+$`));
        writeFileSync(join(dir, 'kh'), vm.knownHostsLine + '\n');
        const out = await runOk('ssh-keygen', ['-lf', join(dir, 'kh')]);
        assert.equal(out.split(' ')[1], vm.hostKeyFingerprint);
      }
      assert.equal(new Set(world.vms.map((v) => v.hostKeyFingerprint)).size, 3, 'each VM has its own host key');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('SSH as the user with the key, host key pinned; sudo -n works', async () => {
    for (const vm of world.vms) {
      const r = await sshRun({ vm }, 'id -un; hostname; sudo -n true && echo sudo-ok');
      assert.equal(r.code, 0);
      assert.equal(r.stdout, `${vm.user}\n${vm.name}\nsudo-ok\n`);
      assert.deepEqual(r.verified, [vm.hostKeyFingerprint]);
    }
  });

  test('root logs in with the key; the passphrase copy needs its passphrase', async () => {
    const vm = world.vms[1]!;
    assert.equal((await sshRun({ vm, username: 'root' }, 'id -u')).stdout, '0\n');
    const enc = await sshRun({ vm, privateKey: vm.encryptedPrivateKey, passphrase: vm.passphrase }, 'id -un');
    assert.equal(enc.stdout, `${vm.user}\n`);
    assert.match(vm.encryptedPrivateKey, /BEGIN OPENSSH PRIVATE KEY/);
    await assert.rejects(sshRun({ vm, privateKey: vm.encryptedPrivateKey }, 'true'), /passphrase|encrypted/i);
    assert.equal(statSync(vm.privateKeyPath).mode & 0o777, 0o600);
  });

  test('a wrong host fingerprint is refused; passwords are refused', async () => {
    const vm = world.vms[0]!;
    const wrong = world.vms[2]!.hostKeyFingerprint;
    await assert.rejects(sshRun({ vm, fingerprint: wrong }, 'true'), (e: Error & { verified?: string[] }) => {
      assert.match(e.message, /verification failed/i);
      assert.deepEqual(e.verified, [vm.hostKeyFingerprint]);
      return true;
    });
    await assert.rejects(sshRun({ vm, password: 'onboard' }, 'true'), /authentication methods failed/i);
  });

  test('VM isolation: own hostname, /etc and users; no default route', async () => {
    const vm = world.vms[2]!;
    assert.equal(await vm.readFile('/etc/hostname'), `${vm.name}\n`);
    assert.match((await vm.readFile('/etc/hosts')) ?? '', new RegExp(`${vm.address}\\s+${vm.name}`));
    assert.match((await vm.readFile(`/etc/sudoers.d/ivo-${vm.user}`)) ?? '', /NOPASSWD:ALL/);
    assert.equal(await vm.readFile('/etc/does-not-exist'), undefined);
    const r = await vm.exec(['ip', 'route', 'get', '192.0.2.1']);
    assert.notEqual(r.code, 0);
    assert.match(r.stderr, /unreachable/i);
    assert.equal((await vm.exec(['which', 'curl'])).stdout.trim(), '/usr/bin/curl');
    // The user exists inside, not on the host.
    assert.equal((await vm.exec(['id', '-u', vm.user])).code, 0);
  });

  test('docker: load a built image and run it (as root, and via ssh + sudo)', async () => {
    await Promise.all(world.vms.map((vm) => vm.loadImage(imagePath)));
    for (const vm of world.vms) {
      const r = await vm.exec(['docker', 'run', '--rm', '--network', 'host', IMAGE, 'busybox', 'echo', 'hi']);
      assert.equal(r.stdout, 'hi\n', r.stderr);
    }
    const vm = world.vms[0]!;
    const s = await sshRun({ vm }, `sudo docker run --rm --network host ${IMAGE} busybox cat ${LONG_PATH}`);
    assert.equal(s.code, 0);
    assert.equal(s.stdout, 'a long path\n');
  });

  test('hub: VMs reach a host server on the hub address; the host reaches VM servers', async () => {
    const server: Server = createServer((req, res) => res.end(`seen ${req.socket.remoteAddress}`));
    await new Promise<void>((r) => server.listen(0, world.hubAddress, r));
    try {
      const port = (server.address() as AddressInfo).port;
      for (const vm of world.vms) {
        const r = await vm.exec(['curl', '-sS', '--max-time', '5', `http://${world.hubAddress}:${port}/`]);
        assert.equal(r.stdout, `seen ${vm.address}`, r.stderr);
      }
    } finally {
      server.close();
    }
    for (const vm of world.vms) {
      const run = await vm.exec([
        'docker',
        'run',
        '-d',
        '--network',
        'host',
        IMAGE,
        'busybox',
        'httpd',
        '-f',
        '-p',
        `${vm.address}:8080`,
        '-h',
        '/www',
      ]);
      assert.equal(run.code, 0, run.stderr);
      let body = '';
      for (let i = 0; i < 100 && !body; i++) {
        body = await fetch(`http://${vm.address}:8080/index.html`).then(
          (r) => r.text(),
          () => '',
        );
        if (!body) await sleep(20);
      }
      assert.equal(body, 'hello from the vm\n');
    }
  });

  test('the blackhole address hangs; the rest of the range is unreachable', async () => {
    assert.equal(await tcpOutcome(world.blackholeAddress, 22, 400), 'pending');
    assert.match(await tcpOutcome('10.231.0.255', 22, 2000), /^error E(HOSTUNREACH|NETUNREACH)/);
  });

  test('stop() removes everything (with containers and an SSH session still running)', async () => {
    const vm = world.vms[0]!;
    // Containers from the tests above are still running: their cgroups are visible leftovers now.
    assert.ok((await leftovers(world)).some((l) => l.startsWith('cgroup ')));
    const clients: Client[] = [];
    const hold = sshRun({ vm }, 'sleep 30', clients).then(
      () => 'finished',
      () => 'closed',
    );
    await sleep(200);
    const t0 = Date.now();
    await world.stop();
    console.log(`# 3 VMs down in ${Date.now() - t0} ms`);
    try {
      assert.deepEqual(await leftovers(world), []);
      await world.stop(); // idempotent
      // The open session ends with the VM (unless its FIN was lost with the link: then 'timeout').
      assert.match(await Promise.race([hold, sleep(3000).then(() => 'timeout')]), /^(closed|timeout)$/);
    } finally {
      for (const c of clients) c.destroy();
    }
  });
});

describe('VM world with IPv6', () => {
  let world: VmWorld;
  before(async () => {
    world = await startVmWorld({ count: 2, ipv6: true });
  });
  after(stopAllVmWorlds);

  test("SSH on each VM's IPv6 address (same pinned key), the hub's IPv6 address reached from each VM; stop() leaves nothing", async () => {
    assert.match(world.hubAddress6 ?? '', /^fd10:231::\d+$/);
    const server: Server = createServer((req, res) => res.end(`seen ${req.socket.remoteAddress}`));
    await new Promise<void>((r) => server.listen(0, world.hubAddress6, r));
    try {
      const port = (server.address() as AddressInfo).port;
      for (const vm of world.vms) {
        assert.match(vm.address6 ?? '', /^fd10:231:0:\d+::2$/);
        assert.equal(vm.knownHostsLine6, vm.knownHostsLine.replace(vm.address, vm.address6 as string));
        const r = await sshRun({ vm, host: vm.address6 as string }, 'echo $SSH_CONNECTION');
        assert.deepEqual([r.code, r.stdout.trim().split(' ')[2], r.verified], [0, vm.address6, [vm.hostKeyFingerprint]]);
        assert.equal((await sshRun({ vm }, 'true')).code, 0, 'IPv4 SSH as before');
        const c = await vm.exec(['curl', '-sS', '--max-time', '5', `http://[${world.hubAddress6}]:${port}/`]);
        assert.equal(c.stdout, `seen ${vm.address6}`, c.stderr);
      }
    } finally {
      server.close();
    }
    await world.stop();
    assert.deepEqual(await leftovers(world), []);
  });
});

describe('teardown when a test fails', () => {
  after(stopAllVmWorlds);

  test('stop() in finally after a throw mid-way leaves nothing', async () => {
    const world = await startVmWorld({ count: 1 });
    await assert.rejects(async () => {
      try {
        const vm = world.vms[0]!;
        await vm.exec(['sh', '-c', 'mkdir -p /opt/x && echo y > /opt/x/y']);
        throw new Error('test failed mid-way');
      } finally {
        await world.stop();
      }
    }, /mid-way/);
    assert.deepEqual(await leftovers(world), []);
  });

  const repo = fileURLToPath(new URL('../../', import.meta.url));
  const moduleUrl = new URL('../support/vm-world.ts', import.meta.url).href;

  /** A test process that starts a world and then dies as told. */
  function childWorld(
    mode: 'throw' | 'wait',
  ): Promise<{ record: WorldRecord; exited: Promise<{ code: number | null; signal: string | null }>; kill: (s: NodeJS.Signals) => void }> {
    const code = `
      const { startVmWorld } = await import(${JSON.stringify(moduleUrl)});
      const w = await startVmWorld({ count: 1 });
      process.stdout.write(JSON.stringify(w.record) + '\\n');
      if (${JSON.stringify(mode)} === 'throw') setTimeout(() => { throw new Error('crash mid-test'); }, 500);
      else setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<{ code: number | null; signal: string | null }>((r) =>
      child.on('exit', (c, s) => r({ code: c, signal: s })),
    );
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
    });
    return new Promise((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const nl = out.indexOf('\n');
        if (nl >= 0) resolve({ record: JSON.parse(out.slice(0, nl)) as WorldRecord, exited, kill: (s) => child.kill(s) });
      });
      void exited.then(() => reject(new Error(`child exited before its world was up: ${err}`)));
    });
  }

  test('an uncaught exception in the test process tears the world down (exit hook)', async () => {
    const c = await childWorld('throw');
    assert.notDeepEqual(await leftovers({ record: c.record }), []);
    const ex = await c.exited;
    assert.equal(ex.code, 1);
    assert.deepEqual(await leftovers({ record: c.record }), []);
  });

  test('SIGTERM to the test process tears the world down (signal hook)', async () => {
    const c = await childWorld('wait');
    c.kill('SIGTERM');
    const ex = await c.exited;
    assert.equal(ex.signal, 'SIGTERM');
    assert.deepEqual(await leftovers({ record: c.record }), []);
  });

  test('SIGKILL: the VM dies with its parent (pdeathsig); a later sweep removes the rest', async () => {
    const c = await childWorld('wait');
    c.kill('SIGKILL');
    await c.exited;
    const procs = c.record.vms.flatMap((v) => v.procs);
    for (let i = 0; i < 100 && procs.some(isLive); i++) await sleep(20);
    assert.equal(procs.some(isLive), false, 'VM processes outlived the test process');
    assert.notDeepEqual(await leftovers({ record: c.record }), []);
    assert.ok(sweepStaleVmWorlds().includes(c.record.tag));
    assert.deepEqual(await leftovers({ record: c.record }), []);
  });
});
