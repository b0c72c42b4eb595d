// The VM hosts of the test world. Each "VM" is real where it matters to the action: its own
// network namespace (veth pair, address 10.231.N.2), its own mount/UTS/PID namespaces with
// overlays on /etc, /var, /opt, /usr/local and fresh tmpfs on /run, /tmp, /home, /root, a real
// OpenSSH sshd (key-only, own host key) and a real dockerd. Killing a VM's PID 1 ends
// everything in it. All names start with "ivo" (netns ivovmN, links ivovmNh, ivohubW) so
// leftovers are findable; the range 10.231.0.0/16 is routed `unreachable` on the host.
//
// Addresses: VM slot N (1..254, locked by `ip netns add ivovmN`) is 10.231.N.0/30, host side
// .1, VM .2. World slot W (locked by `ip link add ivohubW`) has the hub 10.231.0.W/32 on a
// host-kept veth and the blackhole 10.231.255.W (routed out of that veth to a MAC nobody has).
// Several worlds, in one process or many, can run at once.
//
// IPv6 (`startVmWorld({ ipv6: true })`, or `enableIpv6(world)` on a running world): each VM link
// also gets fd10:231:0:N::/64 (host side ::1, VM ::2), the hub fd10:231::W/128 on its veth, a
// route from each VM to it, and a second sshd in the VM listening on the VM's IPv6 address.
// Addresses are added with `nodad` (usable at once, no duplicate address detection wait). All
// of it goes with the links and the VM, so teardown and leftovers() need nothing more. VM to VM
// over IPv6 is not routed (that would need the host's global net.ipv6.conf.all.forwarding).
//
// Usage:
//   const world = await startVmWorld({ count: 3 });
//   after(() => world.stop());            // or after(stopAllVmWorlds)
//   ssh to vm.address:22 as vm.user (or root) with vm.privateKey; pin vm.hostKeyFingerprint.
// A process 'exit'/SIGINT/SIGTERM/SIGHUP hook tears down what a crashed test left; if the
// process is SIGKILLed the VMs die with it (pdeathsig) and the next startVmWorld sweeps the rest.
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmdirSync,
  rmSync,
  writeFileSync,
  createReadStream,
} from 'node:fs';
import { connect, isIPv6 } from 'node:net';
import { spawn } from 'node:child_process';
import { join, relative } from 'node:path';
import { isLive, procId, run, runOk, runSync, signalProc, sleep, sleepSync, waitGoneSync, type ProcId, type RunResult } from './procs.js';

export interface TestVm {
  name: string;
  address: string;
  sshPort: number;
  user: string;
  privateKey: string;
  privateKeyPath: string;
  encryptedPrivateKey: string;
  passphrase: string;
  knownHostsLine: string;
  hostKeyFingerprint: string;
  /** With IPv6 (enableIpv6): the VM's IPv6 address, where its sshd also listens, and its known_hosts line. */
  address6?: string;
  knownHostsLine6?: string;
  /**
   * Run as root inside the VM (all its namespaces), for test assertions. Resolves when the
   * command's stdout/stderr close: a command that leaves a daemon behind must redirect its output.
   */
  exec(argv: string[], opts?: { input?: string }): Promise<RunResult>;
  /** Read a file inside the VM's mount namespace; undefined if it does not exist. */
  readFile(path: string): Promise<string | undefined>;
  /** `docker load` an image tar into this VM's dockerd. */
  loadImage(tarPath: string): Promise<void>;
}

/** Everything a world created, as plain JSON (also written to TEMPDIR/state.json for sweeps). */
export interface WorldRecord {
  tag: string;
  tempDir: string;
  owner: ProcId;
  hubLink?: string;
  hubPeer?: string;
  hubAddress?: string;
  /** With IPv6: the hub's IPv6 address (fd10:231::W). */
  hubAddress6?: string;
  blackholeAddress?: string;
  user: string;
  vms: VmRecord[];
}

export interface VmRecord {
  name: string;
  netns: string;
  hostLink: string;
  address: string;
  hostAddress: string;
  /** With IPv6: fd10:231:0:N::2 and the host side fd10:231:0:N::1. */
  address6?: string;
  hostAddress6?: string;
  cgroupDirs: string[];
  /** VM PID 1 (docker-init) first, then the unshare that launched it. */
  procs: ProcId[];
  /** /proc/PID/ns/{pid,net} link targets of the VM, to find any process still inside. */
  nsIds: string[];
}

export interface VmWorld {
  tag: string;
  tempDir: string;
  hubAddress: string;
  /** With IPv6 (enableIpv6): the hub's IPv6 address, local to the host, routed from every VM. */
  hubAddress6?: string;
  vms: TestVm[];
  /** In the test range, answered by nobody: connections hang (like a firewalled VM). */
  blackholeAddress: string;
  record: WorldRecord;
  /** Idempotent; throws if anything is still left afterwards. */
  stop(): Promise<void>;
}

const RANGE = '10.231.0.0/16';
const TMP_PREFIX = 'ivo-vmw-';
const VM_USER = 'onboard';
const VM_ENV = {
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
  HOME: '/root',
  LANG: 'C.UTF-8',
};
const READY_TIMEOUT_MS = 30_000;
/** Inside every VM: the Node binary of the test process (for small apps the tests start there). */
export const VM_NODE = '/opt/ivo/node';
export const VM_USER_NAME = VM_USER;

// Runs as the VM's init (under docker-init as PID 1). $1 vm dir, $2 name, $3 user,
// $4 address, $5 cgroup parent, $6 the test's node binary. Files from $1 are copied in
// before /tmp is covered. The node binary is bound at VM_NODE, because the project (and so
// node_modules/node) may itself live under /tmp, which the VM covers with its own tmpfs.
const INIT_SCRIPT = String.raw`
set -eu
T=$1; NAME=$2; U=$3; ADDR=$4; CG=$5; NODE=$6
for d in etc var opt usr/local; do
  k=$(echo "$d" | tr / _)
  mount -t overlay "ivo-$k" -o "lowerdir=/$d,upperdir=$T/$k.upper,workdir=$T/$k.work" "/$d"
done
# dockerd's overlay2 cannot sit on overlayfs: its data root is a plain dir of the temp dir.
mkdir -p /var/lib/docker && mount --bind "$T/docker" /var/lib/docker
mkdir -p /opt/ivo && touch /opt/ivo/node && mount --bind "$NODE" /opt/ivo/node
install -m 600 "$T/ssh_host_ed25519_key" /etc/ssh/ssh_host_ed25519_key
install -m 644 "$T/ssh_host_ed25519_key.pub" /etc/ssh/ssh_host_ed25519_key.pub
install -m 644 "$T/sshd_config" /etc/ssh/sshd_config
AUTH=$(cat "$T/authorized_keys")
mount -t tmpfs -o mode=755 ivo-run /run
mount -t tmpfs -o mode=1777 ivo-tmp /tmp
mount -t tmpfs -o mode=755 ivo-home /home
mount -t tmpfs -o mode=700 ivo-root /root
hostname "$NAME"
echo "$NAME" > /etc/hostname
printf '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost\n%s\t%s\n' "$ADDR" "$NAME" > /etc/hosts
useradd -m -s /bin/bash "$U"
# useradd leaves the account locked ("!"), which sshd refuses with UsePAM no.
usermod -p '*' "$U"
usermod -p '*' root
for h in /root "/home/$U"; do
  mkdir -p -m 700 "$h/.ssh"
  printf '%s\n' "$AUTH" > "$h/.ssh/authorized_keys"
  chmod 600 "$h/.ssh/authorized_keys"
done
chown -R "$U:$U" "/home/$U/.ssh"
mkdir -p /etc/sudoers.d
printf '%s ALL=(ALL:ALL) NOPASSWD:ALL\n' "$U" > "/etc/sudoers.d/ivo-$U"
chmod 440 "/etc/sudoers.d/ivo-$U"
mkdir -p -m 755 /run/sshd
/usr/sbin/sshd -D -e -f /etc/ssh/sshd_config &
dockerd --data-root /var/lib/docker --exec-root /run/docker --pidfile /run/docker.pid \
  -H unix:///var/run/docker.sock --exec-opt native.cgroupdriver=cgroupfs --cgroup-parent "$CG" \
  --iptables=false --ip-masq=false --ip-forward=false --bridge=none --userland-proxy=false \
  --containerd-namespace "ivo-$NAME" --containerd-plugins-namespace "ivo-$NAME-plugins" \
  --log-level warn &
i=0
until /usr/bin/docker info >/dev/null 2>&1; do
  i=$((i + 1)); [ "$i" -lt 400 ] || { echo "dockerd did not answer" >&2; exit 1; }
  sleep 0.05
done
touch /run/ivo-ready
echo "ivo: $NAME ready"
wait
`;

function sshdConfig(address: string, pidFile = '/run/sshd.pid'): string {
  return [
    'Port 22',
    `ListenAddress ${address}`,
    `AddressFamily ${isIPv6(address) ? 'inet6' : 'inet'}`,
    'HostKey /etc/ssh/ssh_host_ed25519_key',
    `PidFile ${pidFile}`,
    'PermitRootLogin prohibit-password',
    'PubkeyAuthentication yes',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'UsePAM no',
    'UseDNS no',
    'AuthorizedKeysFile .ssh/authorized_keys',
    'X11Forwarding no',
    'PrintMotd no',
    'MaxStartups 100:30:200',
    'Subsystem sftp /usr/lib/openssh/sftp-server',
    '',
  ].join('\n');
}

// ---------- host-side plumbing ----------

export const ip = (...args: string[]): Promise<string> => runOk('ip', args);
export const linkExists = (name: string): boolean => existsSync(`/sys/class/net/${name}`);
export const netnsExists = (name: string): boolean => existsSync(`/run/netns/${name}`);

function anyHubLinks(): boolean {
  return readdirSync('/sys/class/net').some((n) => /^ivohub\d+$/.test(n));
}

function rangeRouteExists(): boolean {
  return runSync('ip', ['route', 'show', 'exact', RANGE, 'type', 'unreachable']).stdout.trim() !== '';
}

export async function ensureRangeRoute(): Promise<void> {
  const r = await run('ip', ['route', 'add', 'unreachable', RANGE]);
  if (r.code !== 0 && !/File exists/.test(r.stderr)) throw new Error(`ip route add unreachable ${RANGE}: ${r.stderr}`);
}

/** Take the first free slot: the create command itself fails if the name exists (our lock). */
export async function takeSlot(create: (n: number) => string[], what: string): Promise<number> {
  for (let n = 1; n <= 254; n++) {
    const r = await run('ip', create(n));
    if (r.code === 0) return n;
    if (!/File exists/.test(r.stderr)) throw new Error(`${what}: ip ${create(n).join(' ')}: ${r.stderr.trim()}`);
  }
  throw new Error(`${what}: all 254 slots are taken (stale worlds? see leftovers())`);
}

/** Where dockerd's containers (relative --cgroup-parent) land: under our own cgroup, per hierarchy. */
export function cgroupDirsFor(name: string): string[] {
  const mounts = readFileSync('/proc/self/mountinfo', 'utf8')
    .trim()
    .split('\n')
    .map((line) => {
      const [pre = '', post = ''] = line.split(' - ');
      const f = pre.split(' ');
      const [fstype = '', , superOpts = ''] = post.split(' ');
      return { root: f[3] ?? '/', point: f[4] ?? '', fstype, opts: superOpts.split(',') };
    });
  const dirs: string[] = [];
  for (const line of readFileSync('/proc/self/cgroup', 'utf8').trim().split('\n')) {
    const [, ctrls = '', ...rest] = line.split(':');
    const path = rest.join(':');
    const m =
      ctrls === ''
        ? mounts.find((x) => x.fstype === 'cgroup2')
        : mounts.find((x) => x.fstype === 'cgroup' && ctrls.split(',').every((c) => x.opts.includes(c)));
    if (m) dirs.push(join(m.point, relative(m.root, path), name));
  }
  return dirs;
}

export function removeCgroupTree(dir: string): void {
  if (!existsSync(dir)) return;
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) removeCgroupTree(join(dir, e.name));
  for (let i = 0; ; i++) {
    try {
      rmdirSync(dir);
      return;
    } catch (e) {
      if (i >= 100) throw e; // still busy after ~1 s: report it through leftovers()
      sleepSync(10);
    }
  }
}

export function nsIdsOf(pid: number): string[] {
  return ['pid', 'net'].map((k) => readlinkSync(`/proc/${pid}/ns/${k}`));
}

export function processesIn(nsIds: string[]): number[] {
  if (nsIds.length === 0) return [];
  const found: number[] = [];
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    for (const k of ['pid', 'net']) {
      try {
        if (nsIds.includes(readlinkSync(`/proc/${d}/ns/${k}`))) {
          found.push(Number(d));
          break;
        }
      } catch {
        // gone meanwhile
      }
    }
  }
  return found.filter((pid) => {
    const p = procId(pid);
    return p !== undefined && isLive(p);
  });
}

// ---------- teardown, leftovers, safety net ----------

function writeRecord(r: WorldRecord): void {
  writeFileSync(join(r.tempDir, 'state.json'), JSON.stringify(r, null, 1));
}

/** Synchronous so it can also run from process 'exit' and signal handlers. */
function teardownSync(r: WorldRecord): void {
  const all = r.vms.flatMap((v) => v.procs);
  // PID 1 of a VM first: the kernel then kills everything in its PID namespace.
  for (const p of all) signalProc(p, 'SIGKILL');
  waitGoneSync(all, 5000);
  for (const v of r.vms) {
    // Namespace ids are reused once a namespace is freed: trust them only while ours is alive.
    if (!netnsExists(v.netns)) continue;
    for (const pid of processesIn(v.nsIds)) {
      const p = procId(pid);
      if (p) signalProc(p, 'SIGKILL');
    }
  }
  // Host link before netns: whoever holds netns ivovmN owns the link names of slot N.
  for (const v of r.vms) {
    if (linkExists(v.hostLink)) runSync('ip', ['link', 'del', v.hostLink]);
    if (netnsExists(v.netns)) runSync('ip', ['netns', 'del', v.netns]);
    for (const d of v.cgroupDirs) {
      try {
        removeCgroupTree(d);
      } catch {
        // reported by leftovers()
      }
    }
  }
  if (r.hubLink && linkExists(r.hubLink)) runSync('ip', ['link', 'del', r.hubLink]);
  rmSync(r.tempDir, { recursive: true, force: true });
  // Last world out removes the range route (a starting world re-adds it if it raced us).
  if (!anyHubLinks() && rangeRouteExists()) runSync('ip', ['route', 'del', 'unreachable', RANGE]);
}

const liveWorlds = new Map<string, WorldRecord>();
const SIGNALS: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const signalHandlers = new Map<NodeJS.Signals, () => void>();

function teardownAllSync(): void {
  for (const r of liveWorlds.values()) {
    try {
      teardownSync(r);
    } catch {
      // best effort: keep going with the other worlds
    }
  }
  liveWorlds.clear();
}

function installSafetyNet(): void {
  if (signalHandlers.size > 0) return;
  process.on('exit', teardownAllSync);
  for (const sig of SIGNALS) {
    const h = (): void => {
      teardownAllSync();
      uninstallSafetyNet();
      // Keep the signal's usual effect unless someone else handles it.
      if (process.listenerCount(sig) === 0) process.kill(process.pid, sig);
    };
    signalHandlers.set(sig, h);
    process.on(sig, h);
  }
}

function uninstallSafetyNet(): void {
  process.off('exit', teardownAllSync);
  for (const [sig, h] of signalHandlers) process.off(sig, h);
  signalHandlers.clear();
}

/** Stop every world this process still has (for a test's after() hook). */
export async function stopAllVmWorlds(): Promise<void> {
  teardownAllSync();
  uninstallSafetyNet();
}

/**
 * Tear down worlds left behind by test processes that died without cleaning up (SIGKILL):
 * any TMPDIR/ivo-vmw-* whose recorded owner process is gone. Returns their tags.
 */
export function sweepStaleVmWorlds(): string[] {
  const swept: string[] = [];
  const base = '/tmp';
  for (const d of readdirSync(base)) {
    if (!d.startsWith(TMP_PREFIX)) continue;
    let r: WorldRecord;
    try {
      r = JSON.parse(readFileSync(join(base, d, 'state.json'), 'utf8')) as WorldRecord;
    } catch {
      continue; // no record (yet): not ours to judge
    }
    if (isLive(r.owner) || liveWorlds.has(r.tag)) continue;
    teardownSync(r);
    swept.push(r.tag);
  }
  return swept;
}

/** What is still there from this world; empty when clean. */
export async function leftovers(world: Pick<VmWorld, 'record'>): Promise<string[]> {
  const r = world.record;
  const out: string[] = [];
  for (const v of r.vms) {
    if (netnsExists(v.netns)) out.push(`netns ${v.netns}`);
    if (linkExists(v.hostLink)) out.push(`link ${v.hostLink}`);
    for (const p of v.procs) if (isLive(p)) out.push(`process ${p.pid} (${v.name})`);
    if (netnsExists(v.netns)) for (const pid of processesIn(v.nsIds)) out.push(`process ${pid} inside ${v.name}'s namespaces`);
    for (const d of v.cgroupDirs) if (existsSync(d)) out.push(`cgroup ${d}`);
  }
  for (const l of [r.hubLink, r.hubPeer]) if (l && linkExists(l)) out.push(`link ${l}`);
  if (r.blackholeAddress) {
    const route = runSync('ip', ['route', 'show', 'exact', `${r.blackholeAddress}/32`]).stdout.trim();
    if (route) out.push(`route ${route}`);
  }
  for (const line of readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
    const point = line.split(' ')[4];
    if (point && (point.startsWith(r.tempDir) || r.vms.some((v) => point === `/run/netns/${v.netns}`))) out.push(`mount ${point}`);
  }
  if (existsSync(r.tempDir)) out.push(`temp dir ${r.tempDir}`);
  if (
    readFileSync('/etc/passwd', 'utf8')
      .split('\n')
      .some((l) => l.startsWith(`${r.user}:`))
  )
    out.push(`host user ${r.user}`);
  if (existsSync(`/etc/sudoers.d/ivo-${r.user}`)) out.push(`host sudoers /etc/sudoers.d/ivo-${r.user}`);
  if (!anyHubLinks() && rangeRouteExists()) out.push(`route unreachable ${RANGE} (no world left)`);
  return out;
}

// ---------- keys ----------

export function fingerprintOf(pubLine: string): string {
  const blob = Buffer.from(pubLine.trim().split(/\s+/)[1] ?? '', 'base64');
  return 'SHA256:' + createHash('sha256').update(blob).digest('base64').replace(/=+$/, '');
}

export async function makeClientKeys(dir: string): Promise<{ path: string; key: string; encKey: string; passphrase: string; pub: string }> {
  mkdirSync(dir, { mode: 0o700 });
  const path = join(dir, 'id_ed25519');
  const encPath = join(dir, 'id_ed25519_enc');
  const passphrase = randomBytes(9).toString('base64url');
  await runOk('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'ivo-test-client', '-f', path]);
  writeFileSync(encPath, readFileSync(path), { mode: 0o600 });
  // Same key, re-encrypted: OpenSSH format with bcrypt KDF.
  await runOk('ssh-keygen', ['-q', '-p', '-P', '', '-N', passphrase, '-f', encPath]);
  return {
    path,
    key: readFileSync(path, 'utf8'),
    encKey: readFileSync(encPath, 'utf8'),
    passphrase,
    pub: readFileSync(`${path}.pub`, 'utf8').trim(),
  };
}

// ---------- one VM ----------

export async function waitTcp(host: string, port: number, deadline: number): Promise<void> {
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect({ host, port });
      s.setTimeout(1000, () => {
        s.destroy();
        resolve(false);
      });
      s.once('connect', () => {
        s.destroy();
        resolve(true);
      });
      s.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on ${host}:${port}`);
    await sleep(25);
  }
}

async function bootVm(r: WorldRecord, v: VmRecord, hubAddress: string): Promise<void> {
  const dir = join(r.tempDir, v.name);
  for (const k of ['etc', 'var', 'opt', 'usr_local']) {
    mkdirSync(join(dir, `${k}.upper`), { recursive: true });
    mkdirSync(join(dir, `${k}.work`), { recursive: true });
  }
  mkdirSync(join(dir, 'docker'), { recursive: true });
  writeFileSync(join(dir, 'sshd_config'), sshdConfig(v.address));
  await runOk('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `root@${v.name}`, '-f', join(dir, 'ssh_host_ed25519_key')]);

  const vmSide = `${v.netns}v`;
  if (linkExists(v.hostLink)) await ip('link', 'del', v.hostLink); // stale: we hold the slot's netns
  await ip('link', 'add', v.hostLink, 'type', 'veth', 'peer', 'name', vmSide);
  await ip('link', 'set', vmSide, 'netns', v.netns);
  await ip('-n', v.netns, 'link', 'set', vmSide, 'name', 'eth0');
  await ip('-n', v.netns, 'addr', 'add', `${v.address}/30`, 'dev', 'eth0');
  await ip('-n', v.netns, 'link', 'set', 'eth0', 'up');
  await ip('-n', v.netns, 'link', 'set', 'lo', 'up');
  await ip('addr', 'add', `${v.hostAddress}/30`, 'dev', v.hostLink);
  await ip('link', 'set', v.hostLink, 'up');
  // No default route: the VM reaches only the hub (a local address of the host).
  await ip('-n', v.netns, 'route', 'add', `${hubAddress}/32`, 'via', v.hostAddress);

  const logPath = join(dir, 'console.log');
  const logFd = openSync(logPath, 'a');
  // setpriv --pdeathsig: if this process dies hard, unshare gets SIGKILL and --kill-child
  // takes the VM's PID 1 (and so the whole VM) with it.
  const child = spawn(
    'setpriv',
    [
      '--pdeathsig',
      'KILL',
      '--',
      'nsenter',
      `--net=/run/netns/${v.netns}`,
      'unshare',
      '--mount',
      '--uts',
      '--pid',
      '--fork',
      '--kill-child',
      '--mount-proc',
      '--propagation',
      'private',
      '/usr/bin/docker-init',
      '--',
      '/bin/sh',
      '-c',
      INIT_SCRIPT,
      'ivo-init',
      dir,
      v.name,
      r.user,
      v.address,
      `${r.tag}-${v.name}`,
      realpathSync(process.execPath),
    ],
    { detached: true, stdio: ['ignore', logFd, logFd], env: VM_ENV },
  );
  closeSync(logFd);
  child.unref();
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const launcher = child.pid === undefined ? undefined : procId(child.pid);
  if (!launcher) throw new Error(`${v.name}: could not start unshare`);
  v.procs.push(launcher);
  writeRecord(r);

  const deadline = Date.now() + READY_TIMEOUT_MS;
  const fail = (why: string): Error => {
    let log = '';
    try {
      log = readFileSync(logPath, 'utf8').slice(-3000);
    } catch {
      /* none */
    }
    return new Error(`${v.name}: ${why}\n--- console.log ---\n${log}`);
  };
  let init: ProcId | undefined;
  while (!init) {
    if (exited) throw fail('VM exited during boot');
    if (Date.now() > deadline) throw fail('no PID 1');
    let kids = '';
    try {
      kids = readFileSync(`/proc/${launcher.pid}/task/${launcher.pid}/children`, 'utf8').trim();
    } catch {
      /* not yet */
    }
    const pid = Number(kids.split(' ')[0]);
    if (pid) init = procId(pid);
    else await sleep(5);
  }
  v.procs.unshift(init);
  v.nsIds = nsIdsOf(init.pid);
  writeRecord(r);
  while (!existsSync(`/proc/${init.pid}/root/run/ivo-ready`)) {
    if (exited || !isLive(init)) throw fail('VM exited during boot');
    if (Date.now() > deadline) throw fail('not ready in time');
    await sleep(20);
  }
  await waitTcp(v.address, 22, deadline).catch((e: Error) => {
    throw fail(e.message);
  });
}

function testVm(v: VmRecord, r: WorldRecord, keys: Awaited<ReturnType<typeof makeClientKeys>>): TestVm {
  const pub = readFileSync(join(r.tempDir, v.name, 'ssh_host_ed25519_key.pub'), 'utf8').trim();
  const [type, b64] = pub.split(/\s+/);
  const init = (): number => {
    const p = v.procs[0];
    if (!p || !isLive(p)) throw new Error(`${v.name} is not running`);
    return p.pid;
  };
  const nsenter = (argv: string[]): string[] => ['-t', String(init()), '-m', '-u', '-p', '-n', '--', ...argv];
  const exec = async (argv: string[], opts: { input?: string } = {}): Promise<RunResult> =>
    run('nsenter', nsenter(argv), { env: VM_ENV, ...(opts.input !== undefined ? { input: opts.input } : {}) });
  return {
    name: v.name,
    address: v.address,
    sshPort: 22,
    user: r.user,
    privateKey: keys.key,
    privateKeyPath: keys.path,
    encryptedPrivateKey: keys.encKey,
    passphrase: keys.passphrase,
    knownHostsLine: `${v.address} ${type} ${b64}`,
    hostKeyFingerprint: fingerprintOf(pub),
    ...(v.address6 ? { address6: v.address6, knownHostsLine6: `${v.address6} ${type} ${b64}` } : {}),
    exec,
    async readFile(path) {
      const res = await exec(['cat', '--', path]);
      if (res.code === 0) return res.stdout;
      if (/No such file or directory/.test(res.stderr)) return undefined;
      throw new Error(`${v.name}: cat ${path}: ${res.stderr.trim()}`);
    },
    async loadImage(tarPath) {
      const res = await run('nsenter', nsenter(['/usr/bin/docker', 'load', '-q']), { env: VM_ENV, input: createReadStream(tarPath) });
      if (res.code !== 0) throw new Error(`${v.name}: docker load ${tarPath}: ${res.stderr.trim()}`);
    },
  };
}

// ---------- the world ----------

// VMs of one world reach each other through the host, as VMs on one network do: in each VM a
// route to every other VM's /30 via its host side, and forwarding on this world's own host links
// only (net.ipv4.conf.LINK.forwarding; the links, and so the setting, go away with the world).
async function routeBetweenVms(r: WorldRecord): Promise<void> {
  for (const v of r.vms) writeFileSync(`/proc/sys/net/ipv4/conf/${v.hostLink}/forwarding`, '1');
  for (const v of r.vms) {
    for (const o of r.vms)
      if (o !== v) await ip('-n', v.netns, 'route', 'add', `${o.hostAddress.replace(/\.1$/, '.0')}/30`, 'via', v.hostAddress);
  }
}

const IPV6_PREFIX = 'fd10:231';

/**
 * IPv6 on a running world (see the header): the hub's and each VM link's addresses, the VMs'
 * routes to the hub, and an sshd on each VM's IPv6 address. Fills world.hubAddress6 and each
 * VM's address6 / knownHostsLine6. Idempotent.
 */
export async function enableIpv6(world: VmWorld): Promise<void> {
  const r = world.record;
  if (r.hubAddress6 && r.vms.every((v) => v.address6)) return;
  const slot = (name: string): number => Number(/(\d+)h?$/.exec(name)?.[1]);
  const hub6 = `${IPV6_PREFIX}::${slot(r.hubLink!)}`;
  await ip('-6', 'addr', 'replace', `${hub6}/128`, 'dev', r.hubLink!, 'nodad');
  r.hubAddress6 = hub6;
  world.hubAddress6 = hub6;
  writeRecord(r);
  await Promise.all(
    r.vms.map(async (v, i) => {
      const n = slot(v.netns);
      const [host6, vm6] = [`${IPV6_PREFIX}:0:${n}::1`, `${IPV6_PREFIX}:0:${n}::2`];
      await ip('-6', 'addr', 'replace', `${host6}/64`, 'dev', v.hostLink, 'nodad');
      await ip('-n', v.netns, '-6', 'addr', 'replace', `${vm6}/64`, 'dev', 'eth0', 'nodad');
      await ip('-n', v.netns, '-6', 'route', 'replace', `${hub6}/128`, 'via', host6);
      Object.assign(v, { address6: vm6, hostAddress6: host6 });
      writeRecord(r);
      const vm = world.vms[i] as TestVm;
      // A second sshd for the IPv6 address (same host key and users): the first keeps its own config.
      const started = await vm.exec(
        ['sh', '-c', 'cat > /etc/ssh/sshd_config_ivo6 && /usr/sbin/sshd -f /etc/ssh/sshd_config_ivo6 </dev/null >/dev/null 2>&1'],
        { input: sshdConfig(vm6, '/run/sshd6.pid') },
      );
      if (started.code !== 0) throw new Error(`${v.name}: sshd on ${vm6} did not start: ${started.stderr}`);
      await waitTcp(vm6, 22, Date.now() + READY_TIMEOUT_MS);
      const [type, b64] = vm.knownHostsLine.split(' ').slice(1);
      Object.assign(vm, { address6: vm6, knownHostsLine6: `${vm6} ${type} ${b64}` });
    }),
  );
}

export async function startVmWorld(opts: { count: number; routed?: boolean; ipv6?: boolean }): Promise<VmWorld> {
  if (!existsSync('/usr/bin/sudo')) throw new Error("the test VMs need Debian's sudo on the host (apt-get install sudo)");
  sweepStaleVmWorlds();
  const tempDir = mkdtempSync(join('/tmp', TMP_PREFIX));
  const owner = procId(process.pid);
  if (!owner) throw new Error('cannot read /proc/self/stat');
  const r: WorldRecord = { tag: `ivo${tempDir.slice(-6)}`, tempDir, owner, user: VM_USER, vms: [] };
  writeRecord(r);
  liveWorlds.set(r.tag, r);
  installSafetyNet();
  try {
    const w = await takeSlot((n) => ['link', 'add', `ivohub${n}`, 'type', 'veth', 'peer', 'name', `ivohub${n}p`], 'hub');
    Object.assign(r, { hubLink: `ivohub${w}`, hubPeer: `ivohub${w}p`, hubAddress: `10.231.0.${w}`, blackholeAddress: `10.231.255.${w}` });
    writeRecord(r);
    const hub = r.hubLink!;
    await ensureRangeRoute();
    await ip('link', 'set', r.hubPeer!, 'up');
    await ip('link', 'set', hub, 'up');
    await ip('addr', 'add', `${r.hubAddress}/32`, 'dev', hub);
    // The blackhole: sent out of the hub veth to a MAC nobody has; the peer drops it.
    await ip('route', 'add', `${r.blackholeAddress}/32`, 'dev', hub);
    await ip('neigh', 'replace', r.blackholeAddress!, 'lladdr', '02:00:0a:e7:ff:01', 'dev', hub, 'nud', 'permanent');

    const keysP = makeClientKeys(join(tempDir, 'client'));
    for (let i = 1; i <= opts.count; i++) {
      const n = await takeSlot((k) => ['netns', 'add', `ivovm${k}`], 'vm');
      const name = `vm${i}`;
      r.vms.push({
        name,
        netns: `ivovm${n}`,
        hostLink: `ivovm${n}h`,
        address: `10.231.${n}.2`,
        hostAddress: `10.231.${n}.1`,
        cgroupDirs: cgroupDirsFor(`${r.tag}-${name}`),
        procs: [],
        nsIds: [],
      });
      writeRecord(r);
    }
    const keys = await keysP;
    await Promise.all(
      r.vms.map(async (v) => {
        mkdirSync(join(tempDir, v.name), { recursive: true });
        writeFileSync(join(tempDir, v.name, 'authorized_keys'), keys.pub + '\n');
        await bootVm(r, v, r.hubAddress!);
      }),
    );
    if (opts.routed) await routeBetweenVms(r);
    await ensureRangeRoute(); // in case a world stopping concurrently removed it
    let stopped = false;
    const world: VmWorld = {
      tag: r.tag,
      tempDir,
      hubAddress: r.hubAddress!,
      blackholeAddress: r.blackholeAddress!,
      vms: r.vms.map((v) => testVm(v, r, keys)),
      record: r,
      async stop() {
        if (stopped) return;
        stopped = true;
        teardownSync(r);
        liveWorlds.delete(r.tag);
        if (liveWorlds.size === 0) uninstallSafetyNet();
        let left = await leftovers({ record: r });
        if (left.length > 0) {
          teardownSync(r); // one more pass (e.g. a cgroup still busy)
          left = await leftovers({ record: r });
          if (left.length > 0) throw new Error(`VM world ${r.tag} left behind: ${left.join('; ')}`);
        }
      },
    };
    if (opts.ipv6) await enableIpv6(world);
    return world;
  } catch (e) {
    teardownSync(r);
    liveWorlds.delete(r.tag);
    if (liveWorlds.size === 0) uninstallSafetyNet();
    throw e;
  }
}
