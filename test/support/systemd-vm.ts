// Test VMs with real systemd: a Debian rootfs made once per machine with debootstrap, booted by
// `systemd-nspawn --boot` on an overlay (the cached tree stays clean) inside a network namespace
// made as vm-world.ts makes its own (slot ivovmN, 10.231.N.2/30, a route to the world's hub).
// Inside: systemd as PID 1, journald, dbus, a real sshd (own host key), a non-root sudo user;
// so the action meets what a real VM gives it: systemctl, dpkg, the journal, iptables.
// `packageManager: 'rpm'` boots a second tree instead, with rpm and no dpkg (RPM_VM_SCRIPT).
//
// IPv6 (`ipv6: true` with the world's `hubAddress6`, see vm-world.ts enableIpv6): the link also
// gets fd10:231:0:N::/64 (host side ::1, VM ::2, `nodad`), the VM a route to the hub's IPv6
// address, and its sshd listens on both addresses. All of it goes with the link and the netns.
//
// The overlay is mounted in a private mount namespace that only the nspawn process holds: when
// it ends, the mount ends with it. stop() kills the container's init and nspawn by PID + start
// time, deletes the host link and the netns, and checks that nothing is left.
//
// Usage:
//   const vm = await startSystemdVm({ hubAddress: world.vms.hubAddress });
//   after(() => vm.stop());
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  closeSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { isLive, procId, run, runOk, runSync, signalProc, sleep, waitGoneSync, type ProcId, type RunResult } from './procs.js';
import {
  cgroupDirsFor,
  ensureRangeRoute,
  fingerprintOf,
  removeCgroupTree,
  ip,
  linkExists,
  makeClientKeys,
  netnsExists,
  nsIdsOf,
  processesIn,
  takeSlot,
  VM_NODE,
  VM_USER_NAME,
  waitTcp,
  type TestVm,
} from './vm-world.js';

const SUITE = 'bookworm';
const MIRROR = 'http://deb.debian.org/debian';
/** What a small cloud VM has, plus what Istio's package depends on (iproute2, iptables, sudo, hostname). */
const INCLUDE = [
  'systemd',
  'systemd-sysv',
  'dbus',
  'openssh-server',
  'sudo',
  'curl',
  'iproute2',
  'iptables',
  'ca-certificates',
  'hostname',
  'procps',
];
const TMP_PREFIX = 'ivo-svm-';
const BOOT_TIMEOUT_MS = 60_000;
const VM_ENV = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', HOME: '/root', LANG: 'C.UTF-8' };

export interface SystemdVm extends TestVm {
  /** Milliseconds from nspawn's start to sshd answering with systemd `running`. */
  bootMs: number;
  /**
   * `systemctl reboot` inside, as a user would: systemd shuts down, nspawn exits 133 and the
   * launch loop boots the same tree again. Resolves once the new systemd is `running` and sshd
   * answers; returns the milliseconds that took. /run (a tmpfs) starts empty, as after any reboot.
   */
  reboot(): Promise<number>;
  /** The journal of a unit (for failure messages). */
  journal(unit: string, lines?: number): Promise<string>;
  record: SystemdVmRecord;
  stop(): Promise<void>;
  leftovers(): string[];
}

export interface SystemdVmRecord {
  name: string;
  netns: string;
  hostLink: string;
  address: string;
  hostAddress: string;
  /** With ipv6: fd10:231:0:N::2 and the host side fd10:231:0:N::1. */
  address6?: string;
  hostAddress6?: string;
  tempDir: string;
  owner: ProcId;
  /** nspawn first, then the container's systemd (PID 1 inside). */
  procs: ProcId[];
  nsIds: string[];
  cgroupDirs: string[];
}

// ---------- the rootfs, once per machine ----------

/**
 * `rpm`: the same Debian tree made into a VM whose package manager is rpm (see RPM_VM_SCRIPT):
 * Debian's rpm package, no dpkg, and the rpm database holding what the tree has.
 */
export type RootfsVariant = 'dpkg' | 'rpm';
const RPM_INCLUDE = ['rpm'];
/** What Istio's rpm Requires (tools/packaging/packaging.mk, rpm/fpm), and the /bin/sh its %post runs with. */
const RPM_BASE_PROVIDES = [
  '/bin/sh',
  '/bin/bash',
  'bash',
  'iproute',
  'iptables',
  'sudo',
  'hostname',
  'systemd',
  'shadow-utils',
  'coreutils',
];

function rootfsKey(variant: RootfsVariant): string {
  const spec =
    variant === 'dpkg'
      ? { SUITE, MIRROR, INCLUDE, v: 1 }
      : { SUITE, MIRROR, INCLUDE, v: 1, variant, RPM_INCLUDE, RPM_BASE_PROVIDES, RPM_VM_SCRIPT };
  return createHash('sha256').update(JSON.stringify(spec)).digest('hex').slice(0, 12);
}

// The rpm VM, from the Debian tree with Debian's rpm in it ($R; $1 the provides). An rpm
// distribution (Fedora, RHEL) has no dpkg, keeps the system's rpm database in /var/lib/rpm
// (Debian's rpm keeps one per user in ~/.rpmdb), has bash as /bin/sh, and its rpm database
// lists the packages its tree was installed from. So: dpkg's commands are removed (apt goes
// with them), %_dbpath is /var/lib/rpm, /bin/sh is bash, and one package, ivo-distribution-base,
// built here with the host's rpmbuild, stands for the distribution's own packages in the
// database: it Provides what Istio's package Requires, each checked to be in the tree first.
const RPM_VM_SCRIPT = String.raw`
set -eu
for c in ip iptables sudo hostname bash useradd; do chroot "$R" sh -c "command -v $c" >/dev/null || { echo "rpm VM: $c missing" >&2; exit 1; }; done
mkdir -p "$R/etc/rpm"
printf '%%_dbpath /var/lib/rpm\n' > "$R/etc/rpm/macros"
B=$(mktemp -d)
{
  echo 'Name: ivo-distribution-base'; echo 'Version: 12'; echo 'Release: 1'; echo 'BuildArch: noarch'; echo 'AutoReqProv: no'
  echo 'License: various'; echo 'Summary: the packages of the Debian tree this rpm VM is made of'
  for p in $1; do echo "Provides: $p"; done
  printf '%%description\nThe Debian tree of the test VM, as the rpm database sees it.\n%%files\n'
} > "$B/base.spec"
rpmbuild --quiet --define "_topdir $B/top" --define '_binary_payload w1.gzdio' -bb "$B/base.spec" >"$B/log" 2>&1 || { cat "$B/log" >&2; exit 1; }
rpm --root "$R" --dbpath /var/lib/rpm --initdb
rpm --root "$R" --dbpath /var/lib/rpm -i "$B"/top/RPMS/noarch/ivo-distribution-base-*.rpm 2>&1 | grep -v '^rpm: ' >&2 || true
rpm --root "$R" --dbpath /var/lib/rpm -q ivo-distribution-base >/dev/null
rm -rf "$B"
ln -sf bash "$R/usr/bin/sh"
rm -f "$R"/usr/bin/dpkg "$R"/usr/bin/dpkg-*
`;

// Runs under flock: a second process waits, then finds `done`. The tree is built beside its
// final place and renamed, so a half-built tree is never used. The host keys debootstrap's
// openssh-server generated are removed: each VM gets its own at boot.
const BUILD_SCRIPT = String.raw`
set -eu
D=$1; SUITE=$2; MIRROR=$3; INCLUDE=$4; U=$5; VARIANT=$6; RPM_SETUP=$7; PROVIDES=$8
[ -e "$D/done" ] && exit 0
rm -rf "$D/root.tmp"
debootstrap --variant=minbase --include="$INCLUDE" "$SUITE" "$D/root.tmp" "$MIRROR" >"$D/debootstrap.log" 2>&1 || { tail -20 "$D/debootstrap.log" >&2; exit 1; }
R=$D/root.tmp
rm -f "$R"/etc/ssh/ssh_host_*
chroot "$R" useradd -m -s /bin/bash "$U"
chroot "$R" usermod -p '*' "$U"
chroot "$R" usermod -p '*' root
printf '%s ALL=(ALL:ALL) NOPASSWD:ALL\n' "$U" > "$R/etc/sudoers.d/ivo-$U"
chmod 440 "$R/etc/sudoers.d/ivo-$U"
# A container has no consoles to serve, and no clock or udev of its own to manage.
for u in getty@tty1.service console-getty.service systemd-timesyncd.service; do chroot "$R" systemctl mask "$u" >/dev/null 2>&1 || true; done
if [ "$VARIANT" = rpm ]; then R=$R sh -c "$RPM_SETUP" rpm-vm "$PROVIDES"; fi
: > "$R/etc/machine-id"
apt-get -o Dir="$R" clean 2>/dev/null || true
rm -rf "$R"/var/lib/apt/lists/*
rm -rf "$D/root"
mv "$R" "$D/root"
touch "$D/done"
`;

export interface Rootfs {
  dir: string;
  /** Milliseconds this call spent building (0 when it was cached). */
  buildMs: number;
}

/** The cached Debian tree (debootstrap, once per machine and variant, under a lock). */
export async function debianRootfs(variant: RootfsVariant = 'dpkg'): Promise<Rootfs> {
  const base = join(process.env.ISTIO_VM_ONBOARD_CACHE ?? join(homedir(), '.cache', 'istio-vm-onboard'), 'rootfs', rootfsKey(variant));
  if (existsSync(join(base, 'done'))) return { dir: join(base, 'root'), buildMs: 0 };
  for (const tool of ['debootstrap', 'systemd-nspawn', ...(variant === 'rpm' ? ['rpmbuild'] : [])]) {
    if (runSync('sh', ['-c', `command -v ${tool}`]).code !== 0)
      throw new Error(`systemd VMs need ${tool} on the host (apt-get install debootstrap systemd-container rpm; scripts/setup.sh does)`);
  }
  mkdirSync(base, { recursive: true });
  const t0 = Date.now();
  const include = variant === 'rpm' ? [...INCLUDE, ...RPM_INCLUDE] : INCLUDE;
  await runOk('flock', [
    join(base, '.lock'),
    'sh',
    '-c',
    BUILD_SCRIPT,
    'ivo-rootfs',
    base,
    SUITE,
    MIRROR,
    include.join(','),
    VM_USER_NAME,
    variant,
    RPM_VM_SCRIPT,
    RPM_BASE_PROVIDES.join(' '),
  ]);
  return { dir: join(base, 'root'), buildMs: Date.now() - t0 };
}

// ---------- one VM ----------

// $1 rootfs, $2 temp dir, $3 machine name, $4 netns, $5 the test's node binary (bound at VM_NODE
// for the small apps tests run there), then the VM's cgroup dirs. Runs in its own mount namespace: the
// overlay and everything below it vanish with nspawn. Per-VM files go into the overlay's
// upper layer before boot, so the cached tree is never written.
const LAUNCH_SCRIPT = String.raw`
set -eu
ROOT=$1; T=$2; NAME=$3; NETNS=$4; NODE=$5; shift 5
# Our own cgroup in every hierarchy: nspawn makes its payload/supervisor groups below it, so
# VMs side by side never share them, and stop() removes the whole tree.
for cg in "$@"; do mkdir -p "$cg" && echo $$ > "$cg/cgroup.procs"; done
mkdir -p "$T/upper" "$T/work" "$T/merged"
mount -t overlay ivo-svm -o "lowerdir=$ROOT,upperdir=$T/upper,workdir=$T/work" "$T/merged"
# CAP_NET_ADMIN, as root has on a real VM: nspawn grants it only with --private-network, which
# cannot be combined with --network-namespace-path; Istio's iptables step needs it.
# A reboot inside (systemctl reboot): with --keep-unit nspawn exits 133 and leaves the restart to
# its supervisor (systemd-nspawn@.service has RestartForceExitStatus=133), which this loop is:
# the same overlay (what the VM wrote stays, as a disk does), a fresh boot, /run empty again.
while :; do
  rc=0
  systemd-nspawn -D "$T/merged" --machine="$NAME" --hostname="$NAME" --register=no --keep-unit --capability=CAP_NET_ADMIN \
    --network-namespace-path="/run/netns/$NETNS" --boot --console=passive --resolv-conf=off --timezone=off --link-journal=no --bind-ro="$NODE:$VM_NODE" || rc=$?
  [ "$rc" = 133 ] || exit "$rc"
  echo "ivo-svm: $NAME rebooting" >&2
done
`;

function sshdConfig(address: string, address6?: string): string {
  return [
    `ListenAddress ${address}`,
    ...(address6 ? [`ListenAddress ${address6}`] : []),
    `AddressFamily ${address6 ? 'any' : 'inet'}`,
    'HostKey /etc/ssh/ssh_host_ed25519_key',
    'PermitRootLogin prohibit-password',
    'PasswordAuthentication no',
    'KbdInteractiveAuthentication no',
    'UsePAM yes',
    'UseDNS no',
    'PrintMotd no',
    'MaxStartups 100:30:200',
    '',
  ].join('\n');
}

function descendants(pid: number): number[] {
  const out: number[] = [];
  const walk = (p: number): void => {
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      return;
    }
    for (const t of tasks) {
      let kids: string;
      try {
        kids = readFileSync(`/proc/${p}/task/${t}/children`, 'utf8').trim();
      } catch {
        continue;
      }
      for (const k of kids.split(' ').filter(Boolean).map(Number)) {
        out.push(k);
        walk(k);
      }
    }
  };
  walk(pid);
  return out;
}

function teardownSync(r: SystemdVmRecord): void {
  // The container's init first: the kernel then kills everything in its PID namespace.
  for (const p of [...r.procs].reverse()) signalProc(p, 'SIGKILL');
  waitGoneSync(r.procs, 5000);
  if (netnsExists(r.netns))
    for (const pid of processesIn(r.nsIds)) {
      const p = procId(pid);
      if (p) signalProc(p, 'SIGKILL');
    }
  if (linkExists(r.hostLink)) runSync('ip', ['link', 'del', r.hostLink]);
  if (netnsExists(r.netns)) runSync('ip', ['netns', 'del', r.netns]);
  for (const d of r.cgroupDirs) {
    try {
      removeCgroupTree(d);
    } catch {
      /* reported by leftovers */
    }
  }
  rmSync(r.tempDir, { recursive: true, force: true });
}

function leftoversOf(r: SystemdVmRecord): string[] {
  const out: string[] = [];
  if (netnsExists(r.netns)) out.push(`netns ${r.netns}`);
  if (linkExists(r.hostLink)) out.push(`link ${r.hostLink}`);
  for (const p of r.procs) if (isLive(p)) out.push(`process ${p.pid} (${r.name})`);
  if (netnsExists(r.netns)) for (const pid of processesIn(r.nsIds)) out.push(`process ${pid} inside ${r.name}`);
  for (const line of readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
    const point = line.split(' ')[4];
    if (point && (point.startsWith(r.tempDir) || point === `/run/netns/${r.netns}`)) out.push(`mount ${point}`);
  }
  if (existsSync(r.tempDir)) out.push(`temp dir ${r.tempDir}`);
  for (const d of r.cgroupDirs) if (existsSync(d)) out.push(`cgroup ${d}`);
  return out;
}

const live = new Map<string, SystemdVmRecord>();
let netInstalled = false;
function teardownAllSync(): void {
  for (const r of live.values()) {
    try {
      teardownSync(r);
    } catch {
      /* best effort */
    }
  }
  live.clear();
}
function installSafetyNet(): void {
  if (netInstalled) return;
  netInstalled = true;
  process.on('exit', teardownAllSync);
}

/** Systemd VMs of test processes that died (SIGKILL) without stopping them. */
export function sweepStaleSystemdVms(): string[] {
  const swept: string[] = [];
  for (const d of readdirSync('/tmp')) {
    if (!d.startsWith(TMP_PREFIX)) continue;
    let r: SystemdVmRecord;
    try {
      r = JSON.parse(readFileSync(join('/tmp', d, 'state.json'), 'utf8')) as SystemdVmRecord;
    } catch {
      continue;
    }
    if (isLive(r.owner) || live.has(r.tempDir)) continue;
    teardownSync(r);
    swept.push(r.name);
  }
  return swept;
}

/**
 * The VM's cgroup in the hierarchies nspawn uses: name=systemd and the unified one (on a pure
 * cgroup2 host, its only one). Controller hierarchies (cpuset, ...) refuse a bare new group.
 */
function nspawnCgroupDirs(name: string): string[] {
  const v1Controller = /^\/sys\/fs\/cgroup\/(?!systemd\/|unified\/)[^/]+\//;
  const pureV2 = !existsSync('/sys/fs/cgroup/systemd') && !existsSync('/sys/fs/cgroup/unified');
  return cgroupDirsFor(name).filter((d) => pureV2 || !v1Controller.test(d));
}

export interface SystemdVmOptions {
  /** The world's hub (vm-world's hubAddress): the only address the VM is routed to. */
  hubAddress: string;
  name?: string;
  /** The VM's package manager: `rpm` boots the rpm variant of the tree (RPM_VM_SCRIPT). Default dpkg. */
  packageManager?: RootfsVariant;
  /** IPv6 as well (see the header): needs the world's hub IPv6 address (vm-world.ts enableIpv6). */
  ipv6?: { hubAddress6: string };
}

export async function startSystemdVm(opts: SystemdVmOptions): Promise<SystemdVm> {
  sweepStaleSystemdVms();
  const rootfs = await debianRootfs(opts.packageManager);
  const tempDir = mkdtempSync(join('/tmp', TMP_PREFIX));
  const owner = procId(process.pid);
  if (!owner) throw new Error('cannot read /proc/self/stat');
  const n = await takeSlot((k) => ['netns', 'add', `ivovm${k}`], 'systemd vm');
  const r: SystemdVmRecord = {
    name: opts.name ?? `svm${n}`,
    netns: `ivovm${n}`,
    hostLink: `ivovm${n}h`,
    address: `10.231.${n}.2`,
    hostAddress: `10.231.${n}.1`,
    tempDir,
    owner,
    procs: [],
    nsIds: [],
    cgroupDirs: nspawnCgroupDirs(tempDir.slice('/tmp/'.length)),
    ...(opts.ipv6 ? { address6: `fd10:231:0:${n}::2`, hostAddress6: `fd10:231:0:${n}::1` } : {}),
  };
  const save = (): void => writeFileSync(join(tempDir, 'state.json'), JSON.stringify(r, null, 1));
  save();
  live.set(tempDir, r);
  installSafetyNet();
  try {
    const keys = await makeClientKeys(join(tempDir, 'client'));
    // Per-VM files, placed in the overlay's upper layer before boot.
    const up = (p: string): string => join(tempDir, 'upper', p);
    for (const d of ['etc/ssh/sshd_config.d', 'root/.ssh', `home/${VM_USER_NAME}/.ssh`]) mkdirSync(up(d), { recursive: true });
    await runOk('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', `root@${r.name}`, '-f', up('etc/ssh/ssh_host_ed25519_key')]);
    writeFileSync(up('etc/ssh/sshd_config.d/ivo.conf'), sshdConfig(r.address, r.address6));
    writeFileSync(up('etc/hostname'), `${r.name}\n`);
    writeFileSync(up('etc/hosts'), `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost\n${r.address}\t${r.name}\n`);
    for (const h of ['root', `home/${VM_USER_NAME}`]) writeFileSync(up(`${h}/.ssh/authorized_keys`), keys.pub + '\n', { mode: 0o600 });
    // The user's uid/gid as the rootfs has them (useradd at build time).
    const pw =
      readFileSync(join(rootfs.dir, 'etc/passwd'), 'utf8')
        .split('\n')
        .find((l) => l.startsWith(`${VM_USER_NAME}:`))
        ?.split(':') ?? [];
    await runOk('chown', ['-R', `${pw[2]}:${pw[3]}`, up(`home/${VM_USER_NAME}`)]);
    await runOk('chmod', ['700', up('root/.ssh'), up(`home/${VM_USER_NAME}/.ssh`)]);
    await runOk('chmod', ['755', up('home'), up(`home/${VM_USER_NAME}`)]);
    await runOk('chmod', ['700', up('root')]);

    const vmSide = `${r.netns}v`;
    if (linkExists(r.hostLink)) await ip('link', 'del', r.hostLink);
    await ip('link', 'add', r.hostLink, 'type', 'veth', 'peer', 'name', vmSide);
    await ip('link', 'set', vmSide, 'netns', r.netns);
    await ip('-n', r.netns, 'link', 'set', vmSide, 'name', 'eth0');
    await ip('-n', r.netns, 'addr', 'add', `${r.address}/30`, 'dev', 'eth0');
    await ip('-n', r.netns, 'link', 'set', 'eth0', 'up');
    await ip('-n', r.netns, 'link', 'set', 'lo', 'up');
    await ip('addr', 'add', `${r.hostAddress}/30`, 'dev', r.hostLink);
    await ip('link', 'set', r.hostLink, 'up');
    await ip('-n', r.netns, 'route', 'add', `${opts.hubAddress}/32`, 'via', r.hostAddress);
    if (opts.ipv6 && r.address6 && r.hostAddress6) {
      await ip('-6', 'addr', 'add', `${r.hostAddress6}/64`, 'dev', r.hostLink, 'nodad');
      await ip('-n', r.netns, '-6', 'addr', 'add', `${r.address6}/64`, 'dev', 'eth0', 'nodad');
      await ip('-n', r.netns, '-6', 'route', 'add', `${opts.ipv6.hubAddress6}/128`, 'via', r.hostAddress6);
    }
    await ensureRangeRoute();

    const t0 = Date.now();
    const logPath = join(tempDir, 'console.log');
    const logFd = openSync(logPath, 'a');
    // In a PID namespace of its own with the launch loop as its PID 1: if this process dies hard,
    // pdeathsig kills unshare, --kill-child kills the loop, and the kernel every process below it,
    // nspawn and the VM's systemd included (nspawn alone would leave its container running).
    // --mount-proc: nspawn reads /proc/PID of its child by the PID it sees; the host's /proc
    // would answer for another process (or none: "Failed to get container cgroup path").
    const child = spawn(
      'setpriv',
      [
        '--pdeathsig',
        'KILL',
        '--',
        'unshare',
        '--mount',
        '--pid',
        '--fork',
        '--kill-child',
        '--propagation',
        'private',
        '--mount-proc',
        '--',
        'sh',
        '-c',
        LAUNCH_SCRIPT,
        'ivo-svm',
        rootfs.dir,
        tempDir,
        r.name,
        r.netns,
        realpathSync(process.execPath),
        ...r.cgroupDirs,
      ],
      { detached: true, stdio: ['ignore', logFd, logFd], env: { ...VM_ENV, VM_NODE } },
    );
    closeSync(logFd);
    child.unref();
    let exited = false;
    child.on('exit', () => {
      exited = true;
    });
    const nspawn = child.pid === undefined ? undefined : procId(child.pid);
    if (!nspawn) throw new Error(`${r.name}: could not start systemd-nspawn`);
    r.procs.push(nspawn);
    save();
    const deadline = t0 + BOOT_TIMEOUT_MS;
    const fail = (why: string): Error => {
      let log = '';
      try {
        log = readFileSync(logPath, 'utf8').slice(-3000);
      } catch {
        /* none */
      }
      return new Error(`${r.name}: ${why}\n--- console.log ---\n${log}`);
    };
    const boot = { deadline, fail, exited: () => exited };
    const init = await findInit(nspawn, undefined, boot);
    r.procs.push(init);
    r.nsIds = nsIdsOf(init.pid);
    save();
    const vm = systemdTestVm(r, keys, save);
    await waitBooted(vm, init, boot);
    vm.bootMs = Date.now() - t0;
    return vm;
  } catch (e) {
    teardownSync(r);
    live.delete(tempDir);
    throw e;
  }
}

interface BootWatch {
  deadline: number;
  fail: (why: string) => Error;
  exited: () => boolean;
}

/** The container's systemd: nspawn's descendant in another PID namespace (not `previous`, the one before a reboot). */
async function findInit(launcher: ProcId, previous: ProcId | undefined, b: BootWatch): Promise<ProcId> {
  const mine = readlinkSafe('/proc/self/ns/pid');
  for (;;) {
    if (b.exited() || !isLive(launcher)) throw b.fail('nspawn exited during boot');
    if (Date.now() > b.deadline) throw b.fail('no init');
    for (const pid of descendants(launcher.pid)) {
      if (previous && pid === previous.pid && isLive(previous)) continue;
      if (readFileSafe(`/proc/${pid}/comm`).trim() === 'systemd' && readlinkSafe(`/proc/${pid}/ns/pid`) !== mine) {
        const p = procId(pid);
        if (p && !(previous && p.pid === previous.pid && p.start === previous.start)) return p;
      }
    }
    await sleep(20);
  }
}

/** `running` (or `degraded`: a unit failed, said) once boot is done, then sshd answering. */
async function waitBooted(vm: SystemdVm, init: ProcId, b: BootWatch): Promise<void> {
  let state = '';
  for (;;) {
    if (b.exited() || !isLive(init)) throw b.fail('the VM died during boot');
    if (Date.now() > b.deadline) throw b.fail(`systemd did not finish booting (state: ${state})`);
    state = (await vm.exec(['systemctl', 'is-system-running'])).stdout.trim();
    if (state === 'running' || state === 'degraded') break;
    await sleep(100);
  }
  if (state === 'degraded') {
    const failed = await vm.exec(['systemctl', '--failed', '--no-legend', '--plain']);
    throw b.fail(`units failed at boot: ${failed.stdout.trim()}`);
  }
  const r = vm.record;
  await waitTcp(r.address, 22, b.deadline).catch((e: Error) => {
    throw b.fail(e.message);
  });
  if (r.address6)
    await waitTcp(r.address6, 22, b.deadline).catch((e: Error) => {
      throw b.fail(e.message);
    });
}

function readFileSafe(p: string): string {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return '';
  }
}
function readlinkSafe(p: string): string {
  try {
    return runSync('readlink', [p]).stdout.trim();
  } catch {
    return '';
  }
}

function systemdTestVm(r: SystemdVmRecord, keys: Awaited<ReturnType<typeof makeClientKeys>>, save: () => void): SystemdVm {
  const pub = readFileSync(join(r.tempDir, 'upper/etc/ssh/ssh_host_ed25519_key.pub'), 'utf8').trim();
  const [type, b64] = pub.split(/\s+/);
  const init = (): number => {
    const p = r.procs[1];
    if (!p || !isLive(p)) throw new Error(`${r.name} is not running`);
    return p.pid;
  };
  const exec = async (argv: string[], opts: { input?: string } = {}): Promise<RunResult> =>
    run('nsenter', ['-t', String(init()), '-m', '-u', '-i', '-n', '-p', '-C', '--', ...argv], {
      env: VM_ENV,
      ...(opts.input !== undefined ? { input: opts.input } : {}),
    });
  let stopped = false;
  const vm: SystemdVm = {
    name: r.name,
    address: r.address,
    sshPort: 22,
    user: VM_USER_NAME,
    privateKey: keys.key,
    privateKeyPath: keys.path,
    encryptedPrivateKey: keys.encKey,
    passphrase: keys.passphrase,
    knownHostsLine: `${r.address} ${type} ${b64}`,
    ...(r.address6 ? { address6: r.address6, knownHostsLine6: `${r.address6} ${type} ${b64}` } : {}),
    hostKeyFingerprint: fingerprintOf(pub),
    bootMs: 0,
    record: r,
    exec,
    async readFile(path) {
      const res = await exec(['cat', '--', path]);
      if (res.code === 0) return res.stdout;
      if (/No such file or directory/.test(res.stderr)) return undefined;
      throw new Error(`${r.name}: cat ${path}: ${res.stderr.trim()}`);
    },
    async loadImage() {
      throw new Error(`${r.name} is a systemd VM: it has no Docker`);
    },
    async reboot() {
      const t0 = Date.now();
      const [launcher, old] = r.procs;
      if (!launcher || !old || !isLive(old)) throw new Error(`${r.name} is not running`);
      // systemctl may be cut off by the shutdown it starts: its answer does not matter, the old init's end does.
      await exec(['systemctl', 'reboot']).catch(() => undefined);
      const b: BootWatch = {
        deadline: t0 + BOOT_TIMEOUT_MS,
        fail: (why) =>
          new Error(`${r.name} (reboot): ${why}\n--- console.log ---\n${readFileSafe(join(r.tempDir, 'console.log')).slice(-3000)}`),
        exited: () => !isLive(launcher),
      };
      while (isLive(old)) {
        if (Date.now() > b.deadline) throw b.fail('the old systemd did not end');
        await sleep(50);
      }
      const init = await findInit(launcher, old, b);
      r.procs[1] = init;
      r.nsIds = nsIdsOf(init.pid);
      save();
      await waitBooted(vm, init, b);
      return Date.now() - t0;
    },
    async journal(unit, lines = 40) {
      const res = await exec(['journalctl', '--no-pager', '-u', unit, '-n', String(lines)]);
      return res.stdout + res.stderr;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      teardownSync(r);
      live.delete(r.tempDir);
      let left = leftoversOf(r);
      if (left.length > 0) {
        await sleep(200);
        teardownSync(r);
        left = leftoversOf(r);
        if (left.length > 0) throw new Error(`systemd VM ${r.name} left behind: ${left.join('; ')}`);
      }
    },
    leftovers: () => leftoversOf(r),
  };
  return vm;
}
