// The commands onboarding runs on the VM, as argv arrays (pure). The SSH layer quotes them.
import type { MeshFacts } from '../cluster/mesh-facts.js';
import type { Settings } from '../config/settings.js';
import { CONTAINER_ROOT_CERT, CONTAINER_TOKEN, formatMode, istiodAliases } from './bundle.js';
import type { WorkloadIdentity } from './effective-workload.js';

export const PROXY_CONTAINER = 'istio-proxy';
/**
 * pilot-agent's own readiness (its status port), which Envoy's :15021 listener only forwards to
 * (tools/packaging/common/envoy_bootstrap.json). Without iptables (interception mode NONE) every
 * imported service port gets an outbound listener on 127.0.0.1, so a mesh Service with port
 * 15021 (the east-west gateway's status-port) shadows 127.0.0.1:15021 on the VM; 15020 is the
 * agent's own socket and cannot be shadowed by a listener of Envoy.
 */
export const READY_URL = 'http://127.0.0.1:15020/healthz/ready';

/** Prefix for commands that need root when the SSH user is not root. */
export function privileged(s: Settings, argv: string[]): string[] {
  return s.ssh.target.user === 'root' ? argv : ['sudo', '-n', '--', ...argv];
}

export const HOSTS_FILE = '/etc/hosts';

/**
 * hosts_block FILE MARKER [LINE...]: makes the block "# BEGIN MARKER" ... "# END MARKER" of
 * FILE (/etc/hosts) hold exactly LINEs (no LINE: no block). The block keeps its place; a new one
 * goes at the end; no other line changes. Markers that do not pair up are refused rather
 * than guessed at. /etc/hosts is often a bind mount (docker, some VM images), where
 * rename(2) over it fails with EBUSY, so the new content is computed into a temp file and
 * written into the same inode with `cat >` (one short write; the file's owner and mode stay);
 * unchanged content is not rewritten, so a rerun leaves the file alone.
 */
const HOSTS_BLOCK_FUNCTION = [
  'hosts_block() {',
  '  f=$1; begin="# BEGIN $2"; end="# END $2"; shift 2',
  '  nb=$(grep -cxF -- "$begin" "$f" || true); ne=$(grep -cxF -- "$end" "$f" || true)',
  '  if [ "$nb" != "$ne" ] || [ "$nb" -gt 1 ]; then echo "$f: the lines <$begin> ($nb) and <$end> ($ne) do not pair up: fix them by hand" >&2; return 66; fi',
  '  blk=$(mktemp) && new=$(mktemp) || return 1',
  '  if [ $# -gt 0 ]; then printf "%s\\n" "$begin" "$@" "$end" > "$blk"; fi',
  '  awk -v b="$begin" -v e="$end" -v blk="$blk" \'',
  '    function put(  l) { while ((getline l < blk) > 0) print l; done = 1 }',
  '    $0 == b { skip = 1; put(); next }',
  '    skip { if ($0 == e) skip = 0; next }',
  '    { print }',
  '    END { if (!done) put() }\' "$f" > "$new" || { rm -f "$blk" "$new"; return 1; }',
  '  rc=0; cmp -s "$new" "$f" || cat "$new" > "$f" || rc=1',
  '  rm -f "$blk" "$new"; return $rc',
  '}',
].join('\n');

/** The /etc/hosts block of one workload: its marker and entry lines ("ADDRESS NAME..."). */
export interface HostsBlock {
  marker: string;
  lines: string[];
  /** Always HOSTS_FILE on a VM; tests point it elsewhere. */
  file?: string;
}

// Shared by both bundle installers (docker: one directory; systemd: Istio's own paths).
// A write cut short (the connection dropped, the job cancelled) leaves no half-written temp file.
const TEMP_FILE_TRAPS = [
  'tmp=""',
  'trap \'rm -f "$tmp"\' EXIT',
  "trap 'exit 129' HUP; trap 'exit 141' PIPE; trap 'exit 143' TERM; trap 'exit 130' INT",
];

/** Inside the `while read -r name mode data` loop: a file name from stdin is a plain name, never a path. */
const CHECK_FILE_NAME = '  case "$name" in ""|*[!A-Za-z0-9._-]*) echo "bad file name: $name" >&2; exit 65;; esac';

/** Inside that loop: $data (base64) to a temp file beside the target in $dir, its mode, OWNER, renamed onto TARGET (a quoted shell word). */
function writeFileAtomically(owner: string, target: string): string[] {
  return [
    '  tmp=$(mktemp "$dir/.$name.XXXXXX")',
    '  printf %s "$data" | base64 -d > "$tmp" || { rm -f "$tmp"; exit 1; }',
    '  chmod "$mode" "$tmp"',
    `  chown ${owner} "$tmp"`,
    `  mv -f "$tmp" ${target}`,
    '  tmp=""',
    '  echo "$name"',
  ];
}

/**
 * Installs the whole bundle in one round trip. stdin holds one line per file,
 * "NAME MODE BASE64"; each file is written to a temp file in the same directory, given its
 * mode and root ownership, then renamed into place (atomic per file). Then the workload's
 * /etc/hosts block is made to hold the mesh host entries (none: the block goes). The script
 * is fixed; the directory, the marker and the entries are positional arguments; secrets
 * travel only on stdin.
 */
export function installBundleCommand(s: Settings, hosts: HostsBlock): string[] {
  const script = [
    'set -eu',
    'umask 077',
    HOSTS_BLOCK_FUNCTION,
    'dir=$1; shift',
    ...TEMP_FILE_TRAPS,
    'mkdir -p "$dir"',
    'chmod 0750 "$dir"',
    'while read -r name mode data; do',
    CHECK_FILE_NAME,
    ...writeFileAtomically('0:0', '"$dir/$name"'),
    'done',
    'umask 022',
    'hosts_block "$@"',
  ].join('\n');
  return privileged(s, ['sh', '-c', script, 'install-bundle', s.proxy.configDir, hosts.file ?? HOSTS_FILE, hosts.marker, ...hosts.lines]);
}

/** Removes the workload's /etc/hosts block (offboarding, rollback); nothing else in the file changes. */
export function removeHostsBlockCommand(s: Settings, marker: string, file = HOSTS_FILE): string[] {
  return privileged(s, ['sh', '-c', ['set -eu', 'umask 077', HOSTS_BLOCK_FUNCTION, 'hosts_block "$1" "$2"'].join('\n'), 'hosts-block', file, marker]);
}

/** The stdin of installBundleCommand for these files. */
export function bundleStdin(files: Array<{ name: string; mode: number; content: string }>): string {
  return files.map((f) => `${f.name} ${formatMode(f.mode)} ${Buffer.from(f.content).toString('base64')}\n`).join('');
}

export function removeProxyCommand(s: Settings): string[] {
  return privileged(s, ['docker', 'rm', '--force', PROXY_CONTAINER]);
}

export function runProxyCommand(s: Settings, w: WorkloadIdentity, facts: MeshFacts): string[] {
  const dir = s.proxy.configDir;
  const addHosts = facts.gateway.isHostname ? [] : istiodAliases(facts).flatMap((h) => ['--add-host', `${h}:${facts.gateway.address}`]);
  return privileged(s, [
    'docker', 'run', '-d',
    '--name', PROXY_CONTAINER,
    '--restart', 'unless-stopped',
    '--network', 'host',
    '-v', `${dir}/istio-ca.pem:${CONTAINER_ROOT_CERT}:ro`,
    '-v', `${dir}/istio-token:${CONTAINER_TOKEN}:ro`,
    '--env-file', `${dir}/sidecar.env`,
    ...addHosts,
    facts.image,
    'proxy', 'sidecar',
    '--serviceCluster', `${w.name}.${w.namespace}`,
    '--concurrency', '0',
    '--trust-domain', facts.trustDomain,
  ]);
}

/** What replaceProxyCommand prints before docker run's container ID when it removed a previous container. */
export const REMOVED_PREVIOUS_PROXY = 'removed-previous-istio-proxy';

/**
 * Replaces the istio-proxy container in one round trip: `docker rm --force` of a previous one
 * (its outcome printed as REMOVED_PREVIOUS_PROXY, its errors dropped: docker run then says what
 * is wrong), then runProxyCommand's docker run, exec'd so its exit status and stderr are the
 * command's. Both stay argv: the container name and docker run's words are positional arguments.
 */
export function replaceProxyCommand(s: Settings, w: WorkloadIdentity, facts: MeshFacts): string[] {
  const run = runProxyCommand(s, w, facts);
  const docker = run.slice(run.indexOf('docker'));
  const script = `if docker rm --force "$1" >/dev/null 2>&1; then echo ${REMOVED_PREVIOUS_PROXY}; fi; shift; exec "$@"`;
  return privileged(s, ['sh', '-c', script, 'replace-proxy', PROXY_CONTAINER, ...docker]);
}

/** The longest one readiness round trip waits on the VM: a cancelled run's poll loop there ends by then. */
export const READY_WAIT_PER_ROUND_TRIP_S = 5;

/**
 * Polls the readiness endpoint on the VM every 0.1 s for up to waitSeconds, then prints its last
 * HTTP status (000 when nothing answers): readiness is seen within 0.1 s of it, at the cost of
 * one round trip per few seconds, where polling from here cost one per poll and saw it up to a
 * second late. Exits 127 when the VM has neither curl nor wget.
 */
export function readinessCommand(waitSeconds = READY_WAIT_PER_ROUND_TRIP_S): string[] {
  const script = [
    'if command -v curl >/dev/null 2>&1; then check() { curl -s -o /dev/null -m 2 -w "%{http_code}" "$1" || true; }',
    'elif command -v wget >/dev/null 2>&1; then check() { if wget -q -T 2 -O /dev/null "$1"; then echo 200; else echo 503; fi; }',
    'else echo "neither curl nor wget is installed" >&2; exit 127; fi',
    'end=$(( $(date +%s) + $2 ))',
    'while :; do code=$(check "$1"); if [ "$code" = 200 ] || [ "$(date +%s)" -ge "$end" ]; then break; fi; sleep 0.1 2>/dev/null || sleep 1; done',
    'echo "$code"',
  ].join('; ');
  return ['sh', '-c', script, 'ready-check', READY_URL, String(waitSeconds)];
}

export function proxyLogsCommand(s: Settings, tail: number, since?: string): string[] {
  return privileged(s, ['docker', 'logs', '--tail', String(tail), ...(since ? ['--since', since] : []), PROXY_CONTAINER]);
}

export function proxyStateCommand(s: Settings): string[] {
  return privileged(s, ['docker', 'inspect', '--format', '{{.State.Status}} {{.RestartCount}} {{.Config.Image}}', PROXY_CONTAINER]);
}

/** Removes the bundle files and any temp file of theirs a cut-short install left (`.NAME.XXXXXX`, mktemp's). */
export function removeBundleCommand(s: Settings, names: readonly string[]): string[] {
  return privileged(s, ['sh', '-c', 'dir=$1; shift; for n do rm -f -- "$dir/$n" "$dir/.$n".??????; done', 'remove-bundle', s.proxy.configDir, ...names]);
}

// ---------- the systemd runtime: Istio's own VM package (proxy-runtime: systemd) ----------

/** The name of Istio's VM package (tools/packaging/packaging.mk) and of its unit. */
export const SIDECAR_PACKAGE = 'istio-sidecar';
export const SIDECAR_UNIT = 'istio';
/** Istio's package writes its logs here (istio-start.sh: pilot-agent stderr and Envoy's stdout, the access log). */
export const SIDECAR_LOG_FILES = ['/var/log/istio/istio.log', '/var/log/istio/istio.err.log'];
/** The sha256 of the package file this action installed, so a rerun with the same file skips the install. */
export const SIDECAR_PACKAGE_RECORD = '/var/lib/istio-vm-onboard/istio-sidecar.sha256';

/**
 * Prints "MANAGER VERSION SHA256": the VM's package manager (dpkg, rpm, or none), the installed
 * istio-sidecar version (empty when not installed) and the sha256 this action recorded when it
 * installed it (empty if it did not); "nosystemd" as MANAGER when systemctl is missing.
 */
export function sidecarPackageStateCommand(): string[] {
  const script = [
    'command -v systemctl >/dev/null 2>&1 || { echo "nosystemd - -"; exit 0; }',
    'v=""',
    'if command -v dpkg-query >/dev/null 2>&1; then m=dpkg',
    '  case "$(dpkg-query -W -f=\'${Status}\' "$1" 2>/dev/null)" in *" installed") v=$(dpkg-query -W -f=\'${Version}\' "$1");; esac',
    'elif command -v rpm >/dev/null 2>&1; then m=rpm',
    '  v=$(rpm -q --qf \'%{VERSION}-%{RELEASE}\' "$1" 2>/dev/null) || v=""',
    'else m=none; fi',
    'sha=$(cat "$2" 2>/dev/null || true)',
    'echo "$m ${v:--} ${sha:--}"',
  ].join('\n');
  return ['sh', '-c', script, 'sidecar-package-state', SIDECAR_PACKAGE, SIDECAR_PACKAGE_RECORD];
}

/**
 * Installs the package arriving on stdin: written to a private temp dir, its sha256 checked
 * against the one computed on the runner (a short or altered upload is refused before dpkg or
 * rpm sees it), installed, recorded; prints the installed version. The temp dir goes on exit.
 */
export function installSidecarPackageCommand(s: Settings, manager: 'dpkg' | 'rpm', sha256: string): string[] {
  const script = [
    'set -eu',
    'umask 077',
    'mgr=$1; sha=$2; record=$3; pkg=$4',
    'd=$(mktemp -d)',
    'trap \'rm -rf "$d"\' EXIT',
    "trap 'exit 129' HUP; trap 'exit 141' PIPE; trap 'exit 143' TERM; trap 'exit 130' INT",
    'cat > "$d/package"',
    'got=$(sha256sum "$d/package" | cut -d" " -f1)',
    '[ "$got" = "$sha" ] || { echo "the uploaded package has sha256 $got, expected $sha" >&2; exit 66; }',
    'chmod 0644 "$d/package"',
    'if [ "$mgr" = dpkg ]; then mv "$d/package" "$d/package.deb"; dpkg -i "$d/package.deb" >&2; v=$(dpkg-query -W -f=\'${Version}\' "$pkg")',
    'else mv "$d/package" "$d/package.rpm"; rpm -U --replacepkgs --replacefiles "$d/package.rpm" >&2; v=$(rpm -q --qf \'%{VERSION}-%{RELEASE}\' "$pkg"); fi',
    // Not secret: the state check reads it without sudo.
    'umask 022',
    'mkdir -p "$(dirname "$record")"',
    'printf "%s\\n" "$sha" > "$record"',
    'echo "$v"',
  ].join('\n');
  return privileged(s, ['sh', '-c', script, 'install-sidecar-package', manager, sha256, SIDECAR_PACKAGE_RECORD, SIDECAR_PACKAGE]);
}

/** A bundle file at the place Istio's package reads it from. */
export interface PlacedFile {
  name: string;
  path: string;
  mode: number;
}

/**
 * Installs the files at Istio's paths in one round trip (stdin: "NAME MODE BASE64" lines as
 * bundleStdin makes them; each NAME maps to the PATH given as an argument "NAME=PATH"), each
 * written to a temp file beside its target, given its mode, owned by istio-proxy, renamed into
 * place; then the workload's /etc/hosts block. Refuses when istio-proxy does not exist (the
 * package's postinst makes it).
 */
export function installPlacedFilesCommand(s: Settings, files: PlacedFile[], hosts: HostsBlock): string[] {
  const script = [
    'set -eu',
    'umask 077',
    HOSTS_BLOCK_FUNCTION,
    'id istio-proxy >/dev/null 2>&1 || { echo "no user istio-proxy: is the istio-sidecar package installed?" >&2; exit 67; }',
    'n=$1; shift',
    'map=""',
    'i=0; while [ "$i" -lt "$n" ]; do map="$map$1',
    '"; shift; i=$((i + 1)); done',
    ...TEMP_FILE_TRAPS,
    'while read -r name mode data; do',
    CHECK_FILE_NAME,
    '  path=""; set -f; for pair in $map; do case "$pair" in "$name="*) path=${pair#*=}; break;; esac; done; set +f',
    '  [ -n "$path" ] || { echo "no place for $name" >&2; exit 65; }',
    '  dir=$(dirname "$path")',
    '  [ -d "$dir" ] || { mkdir -p "$dir"; chown istio-proxy:istio-proxy "$dir"; chmod 0750 "$dir"; }',
    ...writeFileAtomically('istio-proxy:istio-proxy', '"$path"'),
    'done',
    'umask 022',
    'hosts_block "$@"',
  ].join('\n');
  return privileged(s, ['sh', '-c', script, 'install-files', String(files.length), ...files.map((f) => `${f.name}=${f.path}`), hosts.file ?? HOSTS_FILE, hosts.marker, ...hosts.lines]);
}

/**
 * Removes Istio's iptables chains. The unit's ExecStopPost (istio-start.sh clean) skips this
 * when the cluster.env it reads says ISTIO_CUSTOM_IP_TABLES=true, which ours does: chains left
 * by an earlier run with interception on would send the workload's ports to a 15006 that a
 * proxy in mode NONE does not serve (found on the test world's systemd VM).
 */
// pilot-agent's own --cleanup-only picks one iptables backend and needs the flags the rules were
// made with; this removes every ISTIO_* chain, and the jumps to them, from both backends.
const CLEAN_ISTIO_IPTABLES = [
  'for save in iptables-legacy-save iptables-nft-save ip6tables-legacy-save ip6tables-nft-save; do',
  '  command -v "$save" >/dev/null 2>&1 || continue; ipt=${save%-save}',
  '  for t in nat mangle raw; do',
  '    rules=$("$save" -t "$t" 2>/dev/null) || continue',
  '    printf "%s\\n" "$rules" | grep -E "^-A [A-Z]+ .*-j ISTIO_" | grep -vE "^-A ISTIO_" | sed "s/^-A /-D /" | while read -r r; do eval "\\"\\$ipt\\" -t \\"\\$t\\" $r" 2>/dev/null || true; done',
  '    chains=$(printf "%s\\n" "$rules" | sed -n "s/^:\\(ISTIO_[A-Z0-9_]*\\) .*/\\1/p")',
  '    for c in $chains; do "$ipt" -t "$t" -F "$c" 2>/dev/null || true; done',
  '    for c in $chains; do "$ipt" -t "$t" -X "$c" 2>/dev/null || true; done',
  '  done',
  'done',
].join('\n');

/** Enable the unit for boots and (re)start it now: a rerun restarts with the new files, without Istio's old chains. */
export function startSidecarUnitCommand(s: Settings): string[] {
  return privileged(s, ['sh', '-c', `systemctl stop "$1" >/dev/null 2>&1 || true; ${CLEAN_ISTIO_IPTABLES}; systemctl enable "$1" >/dev/null 2>&1 && systemctl start "$1"`, 'start-unit', SIDECAR_UNIT]);
}

/** Stop and disable the unit (and drop Istio's chains); true (exit 0) when there was one. */
export function stopSidecarUnitCommand(s: Settings): string[] {
  return privileged(s, ['sh', '-c', `systemctl cat "$1" >/dev/null 2>&1 || exit 3; systemctl disable --now "$1" >/dev/null 2>&1; systemctl reset-failed "$1" >/dev/null 2>&1 || true; ${CLEAN_ISTIO_IPTABLES}`, 'stop-unit', SIDECAR_UNIT]);
}

export function sidecarUnitStateCommand(s: Settings): string[] {
  return privileged(s, ['systemctl', 'show', SIDECAR_UNIT, '-p', 'ActiveState,SubState,NRestarts,ExecMainStatus', '--value']);
}

/** The journal of the unit, then the tail of Istio's own log files (where Envoy's access log goes). */
export function sidecarLogsCommand(s: Settings, tail: number, since?: string): string[] {
  const script = [
    'n=$1; since=$2; shift 2',
    'journalctl --no-pager -o cat -u istio -n "$n" ${since:+--since "$since"} 2>&1 || true',
    'for f do [ -r "$f" ] && tail -n "$n" "$f"; done; true',
  ].join('\n');
  return privileged(s, ['sh', '-c', script, 'sidecar-logs', String(tail), since ? since.replace('T', ' ').replace(/\.\d+Z$/, ' UTC').replace(/Z$/, ' UTC') : '', ...SIDECAR_LOG_FILES]);
}

/** Removes the placed files and any temp file of theirs a cut-short install left. */
export function removePlacedFilesCommand(s: Settings, paths: readonly string[]): string[] {
  return privileged(s, ['sh', '-c', 'for p do rm -f -- "$p" "$(dirname "$p")/.$(basename "$p")".??????; done', 'remove-files', ...paths]);
}
