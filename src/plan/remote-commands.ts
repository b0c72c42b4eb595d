// The commands onboarding runs on the VM, as argv arrays (pure). The SSH layer quotes them.
import { createHash } from 'node:crypto';
import type { MeshFacts } from '../cluster/mesh-facts.js';
import type { Settings } from '../config/settings.js';
import { CONTAINER_CERTS_DIR, CONTAINER_TOKEN, formatMode, istiodAliases } from './bundle.js';
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
export function privileged(s: Pick<Settings, 'ssh'>, argv: string[]): string[] {
  return s.ssh.target.user === 'root' ? argv : ['sudo', '-n', '--', ...argv];
}

export const HOSTS_FILE = '/etc/hosts';

/**
 * hosts_block FILE MARKER [LINE...]: makes the block "# BEGIN MARKER" ... "# END MARKER" of
 * FILE (/etc/hosts) hold exactly LINEs (no LINE: no block; none there and none wanted: the
 * file is not touched). The block keeps its place; a new one goes at the end; no other line
 * changes. Markers that do not pair up are refused rather than guessed at. /etc/hosts is often
 * a bind mount (docker, some VM images), where rename(2) over it fails with EBUSY, so the new
 * content is computed into a temp file and written into the same inode with `cat >` (one short
 * write; the file's owner and mode stay); unchanged content is not rewritten, so a rerun leaves
 * the file alone.
 */
const HOSTS_BLOCK_FUNCTION = [
  'hosts_block() {',
  '  f=$1; begin="# BEGIN $2"; end="# END $2"; shift 2',
  '  nb=$(grep -cxF -- "$begin" "$f" || true); ne=$(grep -cxF -- "$end" "$f" || true)',
  '  if [ "$nb" != "$ne" ] || [ "$nb" -gt 1 ]; then echo "$f: the lines <$begin> ($nb) and <$end> ($ne) do not pair up: fix them by hand" >&2; return 66; fi',
  '  if [ "$nb" = 0 ] && [ $# -eq 0 ]; then return 0; fi',
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

/** Inside the `while read -r name mode data` loop: a file name from stdin is a plain name, never a path. */
const CHECK_FILE_NAME = '  case "$name" in ""|*[!A-Za-z0-9._-]*) echo "bad file name: $name" >&2; exit 65;; esac';

/**
 * hosts_lines FILE MARKER: the lines inside the block "# BEGIN MARKER" ... "# END MARKER" of
 * FILE (nothing when there is no block): what a restore gives hosts_block back.
 */
const HOSTS_LINES_FUNCTION = [
  'hosts_lines() {',
  '  [ -f "$1" ] || return 0',
  '  awk -v b="# BEGIN $2" -v e="# END $2" \'$0 == b { on = 1; next } $0 == e { on = 0; next } on { print }\' "$1"',
  '}',
].join('\n');

/**
 * Where a change keeps what it replaced until the new proxy is ready and verified: the previous
 * bundle files (hard links, or copies across file systems) and the previous /etc/hosts block.
 * `.complete` is written once everything is kept and before the first file is switched, so a
 * restore knows the switch may have begun; without it nothing live was touched.
 */
export function keptDir(s: Settings): string {
  return s.proxy.runtime === 'systemd' ? '/var/lib/istio-vm-onboard/previous' : `${s.proxy.configDir}/.previous`;
}

/**
 * The docker runtime's directory for pilot-agent's PROV_CERT and OUTPUT_CERTS, bind-mounted
 * (read-write) at CONTAINER_CERTS_DIR: the root certificate is placed in it and pilot-agent
 * writes the workload's key and chain beside it. A read-only root certificate mounted as a file
 * into that directory made every certificate write end in EBUSY (rename over a mount point):
 * pilot-agent could not keep the trust bundle it receives, and the key it wrote lived only in the
 * container's own layer. Here it survives a container restart on the VM's disk, and offboarding
 * removes it with the bundle.
 */
export function proxyCertsDir(s: Settings): string {
  return `${s.proxy.configDir}/certs`;
}
/** The files of proxyCertsDir: the root certificate the install places, the key and chain pilot-agent writes. */
export const PROXY_CERT_FILES = ['root-cert.pem', 'key.pem', 'cert-chain.pem'] as const;

/**
 * Keeps the live files ("NAME=PATH" words in $map) and the hosts block in $kept, then marks
 * it complete. Run after everything new is staged, so a failed upload never reaches it.
 */
const KEEP_PREVIOUS = [
  'rm -rf "$kept"; mkdir -p "$kept"; chmod 0700 "$kept"',
  'set -f; for pair in $map; do n=${pair%%=*}; p=${pair#*=}; if [ -e "$p" ]; then ln -f "$p" "$kept/$n" 2>/dev/null || cp -p "$p" "$kept/$n"; fi; done; set +f',
  'hosts_lines "$1" "$2" > "$kept/hosts-block"',
  ': > "$kept/.complete"',
];

/**
 * Installs the whole bundle in one round trip, keeping what it replaces. stdin holds one line
 * per file, "NAME MODE BASE64"; every file is first staged in a private directory beside the
 * targets (mode, root ownership), so a failed or cut-short upload changes nothing live; then
 * the live files and the workload's /etc/hosts block are kept (keptDir), and only then is each
 * staged file renamed into place (atomic per file) and the block made to hold the mesh host
 * entries (none: the block goes). restoreBundleCommand puts the kept state back;
 * commitBundleCommand drops it. The script is fixed; the directory, the marker and the entries
 * are positional arguments; secrets travel only on stdin.
 */
export function installBundleCommand(s: Settings, hosts: HostsBlock): string[] {
  const script = [
    'set -eu',
    'umask 077',
    HOSTS_BLOCK_FUNCTION,
    HOSTS_LINES_FUNCTION,
    'dir=$1; kept=$2; certs=$3; shift 3',
    'mkdir -p "$dir"',
    'chmod 0750 "$dir"',
    'stage=$(mktemp -d "$dir/.staged.XXXXXX")',
    'trap \'rm -rf "$stage"\' EXIT',
    "trap 'exit 129' HUP; trap 'exit 141' PIPE; trap 'exit 143' TERM; trap 'exit 130' INT",
    'map=""; staged=""; names=""',
    'while read -r name mode data; do',
    CHECK_FILE_NAME,
    '  printf %s "$data" | base64 -d > "$stage/$name"',
    '  chmod "$mode" "$stage/$name"',
    '  map="$map $name=$dir/$name"; staged="$staged $stage/$name"; names="$names $name"',
    'done',
    // One chown and one mv for all the files (each still renamed on its own, atomically): a
    // process per file costs more than the upload itself.
    'set -f; [ -z "$staged" ] || chown 0:0 $staged; set +f',
    // The certificates directory (proxyCertsDir) is kept with the files: its root certificate, and
    // the key and chain the previous proxy wrote, which the new one does not start from (its
    // identity may be another's: istiod's CA issues for the client certificate's identity first).
    `for n in ${PROXY_CERT_FILES.join(' ')}; do map="$map $n=$certs/$n"; done`,
    'if [ -f "$stage/istio-ca.pem" ]; then cp -p "$stage/istio-ca.pem" "$stage/.root-cert.pem"; fi',
    ...KEEP_PREVIOUS,
    'set -f; [ -z "$staged" ] || mv -f -- $staged "$dir/"; for n in $names; do echo "$n"; done; set +f',
    'mkdir -p "$certs"; chmod 0700 "$certs"; rm -f -- "$certs/key.pem" "$certs/cert-chain.pem"',
    'if [ -f "$stage/.root-cert.pem" ]; then mv -f "$stage/.root-cert.pem" "$certs/root-cert.pem"; fi',
    'umask 022',
    'hosts_block "$@"',
  ].join('\n');
  return privileged(s, [
    'sh',
    '-c',
    script,
    'install-bundle',
    s.proxy.configDir,
    keptDir(s),
    proxyCertsDir(s),
    hosts.file ?? HOSTS_FILE,
    hosts.marker,
    ...hosts.lines,
  ]);
}

/**
 * Puts back what installBundleCommand or installPlacedFilesCommand kept: each file as it was
 * (one that did not exist is removed: a first onboarding leaves nothing) and the /etc/hosts
 * block's previous lines. Without a complete keep, nothing live was switched: only the keep and
 * any staged files go. Prints "restored" or "nothing-switched". Arguments: kept dir, hosts
 * file, marker, a directory of the runtime's to drop when left empty ('' for none), then
 * "NAME=PATH" words.
 */
export function restoreBundleCommand(
  s: Settings,
  files: ReadonlyArray<{ name: string; path: string }>,
  marker: string,
  file = HOSTS_FILE,
  ownDir = '',
): string[] {
  const script = [
    'set -eu',
    'umask 077',
    HOSTS_BLOCK_FUNCTION,
    'kept=$1; hf=$2; marker=$3; own=$4; shift 4',
    // Ours (.staged.XXXXXX, .NAME.XXXXXX) and pilot-agent's (NAME.tmp.N: Go's os.CreateTemp) cut-short writes.
    'for pair do p=${pair#*=}; rm -rf "$(dirname "$p")"/.staged.?????? "$(dirname "$p")/.$(basename "$p")".?????? "$p".tmp.*; done',
    'if [ ! -f "$kept/.complete" ]; then rm -rf "$kept"; echo nothing-switched; exit 0; fi',
    // A kept hard link still the live file (one the change did not replace, e.g. a key pilot-agent did not rewrite) stays as it is.
    'for pair do n=${pair%%=*}; p=${pair#*=}; if [ "$kept/$n" -ef "$p" ]; then rm -f -- "$kept/$n"; elif [ -e "$kept/$n" ]; then mv -f "$kept/$n" "$p"; else rm -f -- "$p"; fi; done',
    'set --; while IFS= read -r l; do set -- "$@" "$l"; done < "$kept/hosts-block"',
    'umask 022',
    'hosts_block "$hf" "$marker" "$@"',
    'rm -rf "$kept"',
    // A directory the runtime made for the proxy (proxyCertsDir), left empty by a first onboarding's restore.
    'if [ -n "$own" ]; then rmdir -- "$own" 2>/dev/null || true; fi',
    'echo restored',
  ].join('\n');
  return privileged(s, [
    'sh',
    '-c',
    script,
    'restore-bundle',
    keptDir(s),
    file,
    marker,
    ownDir,
    ...files.map((f) => `${f.name}=${f.path}`),
  ]);
}

/**
 * restoreBundleCommand for the docker runtime: these bundle files in proxy-config-dir, and proxyCertsDir's files (the
 * directory goes when a first onboarding's restore leaves it empty).
 */
export function restoreProxyFilesCommand(s: Settings, names: readonly string[], marker: string, file = HOSTS_FILE): string[] {
  const certs = proxyCertsDir(s);
  const files = [
    ...names.map((name) => ({ name, path: `${s.proxy.configDir}/${name}` })),
    ...PROXY_CERT_FILES.map((name) => ({ name, path: `${certs}/${name}` })),
  ];
  return restoreBundleCommand(s, files, marker, file, certs);
}

/** Removes the workload's /etc/hosts block (offboarding, rollback); nothing else in the file changes. */
export function removeHostsBlockCommand(s: Pick<Settings, 'ssh'>, marker: string, file = HOSTS_FILE): string[] {
  return privileged(s, [
    'sh',
    '-c',
    ['set -eu', 'umask 077', HOSTS_BLOCK_FUNCTION, 'hosts_block "$1" "$2"'].join('\n'),
    'hosts-block',
    file,
    marker,
  ]);
}

/** The stdin of installBundleCommand for these files. */
export function bundleStdin(files: Array<{ name: string; mode: number; content: string }>): string {
  return files.map((f) => `${f.name} ${formatMode(f.mode)} ${Buffer.from(f.content).toString('base64')}\n`).join('');
}

/** Removes the istio-proxy container (and a kept previous one an interrupted run left); docker rm's exit status and stderr are the command's. */
export function removeProxyCommand(s: Settings): string[] {
  return privileged(s, [
    'sh',
    '-c',
    'docker rm --force "$2" >/dev/null 2>&1; exec docker rm --force "$1"',
    'remove-proxy',
    PROXY_CONTAINER,
    PREVIOUS_PROXY_CONTAINER,
  ]);
}

export function runProxyCommand(s: Settings, w: WorkloadIdentity, facts: MeshFacts): string[] {
  const dir = s.proxy.configDir;
  const addHosts = facts.gateway.isHostname ? [] : istiodAliases(facts).flatMap((h) => ['--add-host', `${h}:${facts.gateway.address}`]);
  return privileged(s, [
    'docker',
    'run',
    '-d',
    '--name',
    PROXY_CONTAINER,
    '--restart',
    'unless-stopped',
    '--network',
    'host',
    '-v',
    `${proxyCertsDir(s)}:${CONTAINER_CERTS_DIR}`,
    '-v',
    `${dir}/istio-token:${CONTAINER_TOKEN}:ro`,
    '--env-file',
    `${dir}/sidecar.env`,
    ...addHosts,
    facts.image,
    'proxy',
    'sidecar',
    '--serviceCluster',
    `${w.name}.${w.namespace}`,
    '--concurrency',
    '0',
    '--trust-domain',
    facts.trustDomain,
  ]);
}

/** Where replaceProxyCommand keeps the container it replaces, stopped, until the new one is ready and verified. */
export const PREVIOUS_PROXY_CONTAINER = 'istio-proxy-previous';
/** What replaceProxyCommand prints before docker run's container ID when it kept a previous container. */
export const KEPT_PREVIOUS_PROXY = 'kept-previous-istio-proxy';

/**
 * Before anything changes: the proxy image on the VM (`docker image inspect`, else `docker pull`)
 * and the state of the istio-proxy container and of a kept istio-proxy-previous (one docker
 * call for both). Prints "container /NAME STATUS IMAGE" per container there, then "image
 * present|pulled". A mistyped image fails here, before any change, with docker's own words on
 * stderr.
 */
export function prepareProxyImageCommand(s: Settings, image: string): string[] {
  const script = [
    'img=$1; c=$2; prev=$3',
    // The containers' state is read beside the image check (each a docker CLI start); lines are read by their prefix, in any order.
    '{ docker inspect --type container --format "container {{.Name}} {{.State.Status}} {{.Config.Image}}" "$c" "$prev" 2>/dev/null || true; } &',
    'if docker image inspect "$img" >/dev/null 2>&1; then echo "image present"; else docker pull -q "$img" >/dev/null || { s=$?; wait; exit $s; }; echo "image pulled"; fi',
    'wait',
  ].join('\n');
  return privileged(s, ['sh', '-c', script, 'prepare-image', image, PROXY_CONTAINER, PREVIOUS_PROXY_CONTAINER]);
}

/**
 * Replaces the istio-proxy container in one round trip, keeping the one it replaces: a current
 * container is stopped, kept from restarting with dockerd, and renamed PREVIOUS_PROXY_CONTAINER
 * (an older kept one goes), printing KEPT_PREVIOUS_PROXY; then runProxyCommand's docker run,
 * whose exit status and stderr are the command's when it fails; then, with readyWaitS, the wait
 * for readiness in the same round trip ("ready-check CODE" last). With the host network the two
 * cannot run side by side, so the old one stops first; restoreProxyCommand brings it back. The
 * container names and docker run's words are positional arguments.
 */
export function replaceProxyCommand(s: Settings, w: WorkloadIdentity, facts: MeshFacts, readyWaitS = 0): string[] {
  const run = runProxyCommand(s, w, facts);
  const docker = run.slice(run.indexOf('docker'));
  const script = [
    WAIT_READY_FUNCTION,
    'c=$1; prev=$2; url=$3; wait=$4; shift 4',
    'if docker inspect "$c" >/dev/null 2>&1; then',
    '  docker rm --force "$prev" >/dev/null 2>&1 || true',
    '  docker update --restart=no "$c" >/dev/null && docker stop --time 1 "$c" >/dev/null && docker rename "$c" "$prev" || exit 70',
    `  echo ${KEPT_PREVIOUS_PROXY}`,
    'fi',
    '"$@" || exit $?',
    ...READY_AFTER_START_LINES,
  ].join('\n');
  return privileged(s, [
    'sh',
    '-c',
    script,
    'replace-proxy',
    PROXY_CONTAINER,
    PREVIOUS_PROXY_CONTAINER,
    READY_URL,
    String(readyWaitS),
    ...docker,
  ]);
}

/**
 * Undoes replaceProxyCommand: this run's container goes and the kept one is renamed back, set
 * to restart with dockerd again and started. Without a kept one: hadProxy (a container was there
 * before the run) means the switch never got to it, so it is only started again; otherwise the
 * run's own container is removed (a first onboarding leaves nothing). Prints "restored IMAGE",
 * "restarted IMAGE", "removed" or "absent".
 */
export function restoreProxyCommand(s: Settings, hadProxy: boolean): string[] {
  const script = [
    'set -u; c=$1; prev=$2; had=$3',
    'if docker inspect "$prev" >/dev/null 2>&1; then',
    '  docker rm --force "$c" >/dev/null 2>&1 || true',
    '  docker rename "$prev" "$c" && docker update --restart=unless-stopped "$c" >/dev/null && docker start "$c" >/dev/null || exit 71',
    '  echo "restored $(docker inspect --format "{{.Config.Image}}" "$c")"',
    'elif [ "$had" = 1 ]; then',
    '  docker update --restart=unless-stopped "$c" >/dev/null && docker start "$c" >/dev/null || exit 71',
    '  echo "restarted $(docker inspect --format "{{.Config.Image}}" "$c")"',
    'elif docker inspect "$c" >/dev/null 2>&1 && docker rm --force "$c" >/dev/null; then echo removed',
    'else echo absent; fi',
  ].join('\n');
  return privileged(s, ['sh', '-c', script, 'restore-proxy', PROXY_CONTAINER, PREVIOUS_PROXY_CONTAINER, hadProxy ? '1' : '0']);
}

/**
 * The first half of a restore, before the files are put back: this run's container goes, so
 * no pilot-agent writes a key into the certificates directory while it is restored, and the
 * kept one starts (restoreProxyCommand) only with its own files back. Without a kept one and
 * with a proxy before (hadProxy), the container is the previous one: left alone. Prints
 * "removed", "absent" or "kept".
 */
export function retireProxyCommand(s: Settings, hadProxy: boolean): string[] {
  const script = [
    'set -u; c=$1; prev=$2; had=$3',
    'if [ "$had" = 1 ] && ! docker inspect "$prev" >/dev/null 2>&1; then echo kept; exit 0; fi',
    'if docker inspect "$c" >/dev/null 2>&1; then docker rm --force "$c" >/dev/null || exit 71; echo removed; else echo absent; fi',
  ].join('\n');
  return privileged(s, ['sh', '-c', script, 'retire-proxy', PROXY_CONTAINER, PREVIOUS_PROXY_CONTAINER, hadProxy ? '1' : '0']);
}

/** Once the new proxy is ready and verified: the kept container and files go. */
export function commitProxyCommand(s: Settings, keptContainer = true): string[] {
  // Without a kept container (a first onboarding: none ran before, none was left), no docker call.
  const script =
    '[ "$4" = 0 ] || docker rm --force "$1" >/dev/null 2>&1 || true; rm -rf -- "$2"; for d in "$3"/.staged.??????; do [ -e "$d" ] && rm -rf -- "$d"; done; true';
  return privileged(s, [
    'sh',
    '-c',
    script,
    'commit-change',
    PREVIOUS_PROXY_CONTAINER,
    keptDir(s),
    s.proxy.configDir,
    keptContainer ? '1' : '0',
  ]);
}

/** The longest one readiness round trip waits on the VM: a cancelled run's poll loop there ends by then. */
export const READY_WAIT_PER_ROUND_TRIP_S = 5;

/**
 * wait_ready URL SECONDS: polls URL every 0.1 s for up to SECONDS, then prints its last HTTP
 * status (000 when nothing answers); returns 127 when the VM has neither curl nor wget.
 */
const WAIT_READY_FUNCTION = [
  'wait_ready() {',
  '  if command -v curl >/dev/null 2>&1; then check() { curl -s -o /dev/null -m 2 -w "%{http_code}" "$1" || true; }',
  '  elif command -v wget >/dev/null 2>&1; then check() { if wget -q -T 2 -O /dev/null "$1"; then echo 200; else echo 503; fi; }',
  '  else echo "neither curl nor wget is installed" >&2; return 127; fi',
  '  end=$(( $(date +%s) + $2 ))',
  '  while :; do code=$(check "$1"); if [ "$code" = 200 ] || [ "$(date +%s)" -ge "$end" ]; then break; fi; sleep 0.1 2>/dev/null || sleep 1; done',
  '  echo "$code"',
  '}',
].join('\n');

/**
 * Polls the readiness endpoint on the VM every 0.1 s for up to waitSeconds, then prints its last
 * HTTP status (000 when nothing answers): readiness is seen within 0.1 s of it, at the cost of
 * one round trip per few seconds, where polling from here cost one per poll and saw it up to a
 * second late. Exits 127 when the VM has neither curl nor wget.
 */
export function readinessCommand(waitSeconds = READY_WAIT_PER_ROUND_TRIP_S): string[] {
  return ['sh', '-c', [WAIT_READY_FUNCTION, 'wait_ready "$1" "$2"'].join('\n'), 'ready-check', READY_URL, String(waitSeconds)];
}

/** What a start command prints last when it also waited for readiness: "ready-check CODE". */
const READY_AFTER_START = 'ready-check ';

/**
 * The end of a start script (its $url and $wait set): once the proxy started, the readiness
 * wait of readinessCommand in the same round trip, for up to $wait seconds (0: none), printed as
 * "ready-check CODE" (127: no curl or wget; the readiness step then says so).
 */
const READY_AFTER_START_LINES = [
  '[ "$wait" -gt 0 ] || exit 0',
  `printf "${READY_AFTER_START}%s\\n" "$(wait_ready "$url" "$wait" 2>/dev/null || echo 127)"`,
];

/** A start command's output split: its own lines, and the readiness answer when it waited (else undefined). */
export function readyAfterStart(stdout: string): { lines: string[]; last: string | undefined } {
  const lines = stdout
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const i = lines.findIndex((l) => l.startsWith(READY_AFTER_START));
  return i < 0 ? { lines, last: undefined } : { lines: lines.slice(0, i), last: lines[i]?.slice(READY_AFTER_START.length) };
}

/** How long a start's round trip waits for readiness: a round trip's wait, within ready-timeout. */
export function startReadyWaitS(s: Settings): number {
  return Math.max(1, Math.min(READY_WAIT_PER_ROUND_TRIP_S, Math.floor(s.proxy.readyTimeoutMs / 1000)));
}

export function proxyLogsCommand(s: Settings, tail: number, since?: string): string[] {
  return privileged(s, ['docker', 'logs', '--tail', String(tail), ...(since ? ['--since', since] : []), PROXY_CONTAINER]);
}

export function proxyStateCommand(s: Settings): string[] {
  return privileged(s, ['docker', 'inspect', '--format', '{{.State.Status}} {{.RestartCount}} {{.Config.Image}}', PROXY_CONTAINER]);
}

/**
 * Removes the bundle files, the certificates directory with the key and chain pilot-agent wrote
 * (proxyCertsDir), what a cut-short install left (`.NAME.XXXXXX`, staged directories) and a keep
 * an interrupted run left.
 */
export function removeBundleCommand(s: Settings, names: readonly string[]): string[] {
  return privileged(s, [
    'sh',
    '-c',
    'dir=$1; kept=$2; certs=$3; shift 3; rm -rf -- "$kept" "$certs" "$dir"/.staged.??????; for n do rm -f -- "$dir/$n" "$dir/.$n".??????; done',
    'remove-bundle',
    s.proxy.configDir,
    keptDir(s),
    proxyCertsDir(s),
    ...names,
  ]);
}

// ---------- mode check: read-only ----------

/** Envoy's admin, on the VM's loopback (the proxy runs in the host network). */
export const ENVOY_ADMIN = 'http://127.0.0.1:15000';
/** The line before each of checkProxyCommand's multi-line sections: no Envoy answer holds it. */
export const CHECK_SECTION = '==istio-vm-onboard-check==';
/** The Envoy admin pages a check reads, by section name. */
export const CHECK_ADMIN_PAGES = {
  server_info: `${ENVOY_ADMIN}/server_info`,
  // control_plane.connected_state is left out by Istio's default stats inclusion list (a proxy
  // config's proxyStatsMatcher may add it): without it, the xDS stream to pilot-agent, which the
  // agent holds open only while its own stream to istiod is up.
  connected_state: `${ENVOY_ADMIN}/stats?filter=${encodeURIComponent('^(control_plane\\.connected_state|cluster\\.xds-grpc;?\\.upstream_rq_active)$')}`,
  certs: `${ENVOY_ADMIN}/certs`,
} as const;

/**
 * Reads, changes nothing: the proxy's state ("state running WHAT"; "state STATE WHAT" otherwise,
 * "state none -" without one): the istio-proxy container (docker runtime; WHAT its image), or the
 * istio unit (systemd runtime; STATE ActiveState/SubState), then pilot-agent's readiness once
 * ("ready CODE", 000 when nothing answers), each file's sha256 ("hash NAME SHA256", "hash NAME -"
 * when missing; files as NAME=PATH; a .pem file's of its base64 alone: fileDigest), then Envoy's server_info, stats and certs, each after a
 * CHECK_SECTION line with its name. Exits 127 without curl or wget.
 */
export function checkProxyCommand(s: Pick<Settings, 'ssh' | 'proxy'>, files: ReadonlyArray<{ name: string; path: string }>): string[] {
  const script = [
    'kind=$1; c=$2; info=$3; conn=$4; certs=$5; shift 5',
    'if command -v curl >/dev/null 2>&1; then get() { curl -s -m 3 "$1" || true; }; code() { curl -s -o /dev/null -m 3 -w "%{http_code}" "$1" || true; }',
    'elif command -v wget >/dev/null 2>&1; then get() { wget -q -T 3 -O - "$1" || true; }; code() { if wget -q -T 3 -O /dev/null "$1"; then echo 200; else echo 503; fi; }',
    'else echo "neither curl nor wget is installed" >&2; exit 127; fi',
    'if [ "$kind" = unit ]; then',
    '  load=$(systemctl show -p LoadState --value "$c" 2>/dev/null); active=$(systemctl show -p ActiveState --value "$c" 2>/dev/null); sub=$(systemctl show -p SubState --value "$c" 2>/dev/null)',
    '  if [ -z "$load" ] || [ "$load" = not-found ]; then state="none -"; elif [ "$active/$sub" = active/running ]; then state="running $c.service"; else state="$active/$sub $c.service"; fi',
    'else',
    '  state=$(docker inspect --format "{{.State.Status}} {{.Config.Image}}" "$c" 2>/dev/null) || state="none -"',
    'fi',
    'echo "state $state"',
    `echo "ready $(code ${READY_URL})"`,
    // A .pem file by its certificates alone (PEM_DIGEST): pilot-agent rewrites the package's root-cert.pem in its own format.
    'for pair do n=${pair%%=*}; p=${pair#*=}; if [ -f "$p" ]; then case "$p" in *.pem) h=$(grep -v -- "-----" "$p" | tr -d " \\t\\r\\n" | sha256sum | cut -d" " -f1);; *) h=$(sha256sum < "$p" | cut -d" " -f1);; esac; echo "hash $n $h"; else echo "hash $n -"; fi; done',
    `for p in "server_info $info" "connected_state $conn" "certs $certs"; do echo; echo "${CHECK_SECTION} \${p%% *}"; get "\${p#* }"; done`,
  ].join('\n');
  const pages = CHECK_ADMIN_PAGES;
  const [kind, name] = s.proxy.runtime === 'systemd' ? ['unit', SIDECAR_UNIT] : ['container', PROXY_CONTAINER];
  return privileged(s, [
    'sh',
    '-c',
    script,
    'check-proxy',
    kind,
    name,
    pages.server_info,
    pages.connected_state,
    pages.certs,
    ...files.map((f) => `${f.name}=${f.path}`),
  ]);
}

/** Envoy's whole config dump, read on the VM (no privilege needed: the admin port is loopback). */
export function configDumpCommand(): string[] {
  const script =
    'if command -v curl >/dev/null 2>&1; then exec curl -sS -m 20 "$1"; elif command -v wget >/dev/null 2>&1; then exec wget -q -T 20 -O - "$1"; else echo "neither curl nor wget is installed" >&2; exit 127; fi';
  return ['sh', '-c', script, 'config-dump', `${ENVOY_ADMIN}/config_dump`];
}

/**
 * What checkProxyCommand prints for a file of this path and content: the sha256 of the bytes, and
 * for a .pem file of its base64 text alone (no BEGIN/END lines, no whitespace), so the same
 * certificates written differently (pilot-agent rewrites the package's root-cert.pem without
 * the final newline) hash the same.
 */
export function fileDigest(path: string, content: string): string {
  const text = path.endsWith('.pem')
    ? content
        .split('\n')
        .filter((l) => !l.includes('-----'))
        .join('')
        .replace(/[ \t\r\n]/g, '')
    : content;
  return createHash('sha256').update(text).digest('hex');
}

/** The bootstrap token file's content, for its `exp` only: decoded on the runner, never logged or kept. */
export function readTokenCommand(path: string, s: Settings): string[] {
  return privileged(s, ['cat', '--', path]);
}

// ---------- the systemd runtime: Istio's own VM package (proxy-runtime: systemd) ----------

/** Where Istio's package reads cluster.env (istio-start.sh's ISTIO_CLUSTER_CONFIG). */
export const SIDECAR_CLUSTER_ENV = '/var/lib/istio/envoy/cluster.env';
/** The name of Istio's VM package (tools/packaging/packaging.mk) and of its unit. */
export const SIDECAR_PACKAGE = 'istio-sidecar';
export const SIDECAR_UNIT = 'istio';
/** Istio's package writes its logs here (istio-start.sh: pilot-agent stderr and Envoy's stdout, the access log). */
export const SIDECAR_LOG_FILES = ['/var/log/istio/istio.log', '/var/log/istio/istio.err.log'];
/** The action's own state on a systemd VM: the package file it installed and its sha256, a staged upload, what a change keeps. */
export const SIDECAR_STATE_DIR = '/var/lib/istio-vm-onboard';
/** The sha256 of the package file this action installed, so a rerun with the same file skips the install. */
export const SIDECAR_PACKAGE_RECORD = `${SIDECAR_STATE_DIR}/istio-sidecar.sha256`;

/**
 * Prints "MANAGER VERSION SHA256 UNIT": the VM's package manager (dpkg, rpm, or none), the
 * installed istio-sidecar version (empty when not installed), the sha256 this action recorded
 * when it installed it (empty if it did not) and whether the istio unit is active now;
 * "nosystemd" as MANAGER when systemctl is missing.
 */
export function sidecarPackageStateCommand(): string[] {
  const script = [
    'command -v systemctl >/dev/null 2>&1 || { echo "nosystemd - - -"; exit 0; }',
    'v=""',
    'if command -v dpkg-query >/dev/null 2>&1; then m=dpkg',
    '  case "$(dpkg-query -W -f=\'${Status}\' "$1" 2>/dev/null)" in *" installed") v=$(dpkg-query -W -f=\'${Version}\' "$1");; esac',
    'elif command -v rpm >/dev/null 2>&1; then m=rpm',
    '  v=$(rpm -q --qf \'%{VERSION}-%{RELEASE}\' "$1" 2>/dev/null) || v=""',
    'else m=none; fi',
    'sha=$(cat "$2" 2>/dev/null || true)',
    'unit=$(systemctl is-active "$3" 2>/dev/null || true)',
    'echo "$m ${v:--} ${sha:--} ${unit:-unknown}"',
  ].join('\n');
  return ['sh', '-c', script, 'sidecar-package-state', SIDECAR_PACKAGE, SIDECAR_PACKAGE_RECORD, SIDECAR_UNIT];
}

/**
 * Before anything changes: the package arriving on stdin is staged on the VM and its sha256
 * checked against the one computed on the runner (a short or altered upload is refused and
 * dropped), nothing installed. installSidecarPackageCommand installs it later in the change.
 */
export function uploadSidecarPackageCommand(s: Settings, sha256: string): string[] {
  const script = [
    'set -eu',
    'umask 077',
    'sha=$1; dir=$2',
    'mkdir -p "$dir"; chmod 0755 "$dir"',
    'tmp=$(mktemp "$dir/.upload.XXXXXX")',
    'trap \'rm -f "$tmp"\' EXIT',
    "trap 'exit 129' HUP; trap 'exit 141' PIPE; trap 'exit 143' TERM; trap 'exit 130' INT",
    'cat > "$tmp"',
    'got=$(sha256sum "$tmp" | cut -d" " -f1)',
    '[ "$got" = "$sha" ] || { echo "the uploaded package has sha256 $got, expected $sha" >&2; exit 66; }',
    'mv -f "$tmp" "$dir/staged-package"',
    'echo staged',
  ].join('\n');
  return privileged(s, ['sh', '-c', script, 'upload-sidecar-package', sha256, SIDECAR_STATE_DIR]);
}

/**
 * Installs the staged package (dpkg or rpm), keeping the file of the package this action
 * installed before (and its sha256) as previous-package, so a failed change can install it
 * again; then records the new one. Prints the installed version.
 */
export function installSidecarPackageCommand(s: Settings, manager: 'dpkg' | 'rpm', sha256: string): string[] {
  const script = [
    'set -eu',
    'umask 077',
    'mgr=$1; sha=$2; dir=$3; pkg=$4',
    '[ -f "$dir/staged-package" ] || { echo "no staged package in $dir" >&2; exit 68; }',
    'rm -f "$dir/previous-package" "$dir/previous-package.sha256"',
    'if [ -f "$dir/package" ]; then mv -f "$dir/package" "$dir/previous-package"; cp -p "$dir/istio-sidecar.sha256" "$dir/previous-package.sha256" 2>/dev/null || true; fi',
    'ext=deb; [ "$mgr" = rpm ] && ext=rpm',
    'd=$(mktemp -d); trap \'rm -rf "$d"\' EXIT',
    'ln -f "$dir/staged-package" "$d/package.$ext" 2>/dev/null || cp "$dir/staged-package" "$d/package.$ext"; chmod 0644 "$d/package.$ext"',
    'if [ "$mgr" = dpkg ]; then dpkg -i "$d/package.$ext" >&2; v=$(dpkg-query -W -f=\'${Version}\' "$pkg")',
    'else rpm -U --replacepkgs --replacefiles --oldpackage "$d/package.$ext" >&2; v=$(rpm -q --qf \'%{VERSION}-%{RELEASE}\' "$pkg"); fi',
    'mv -f "$dir/staged-package" "$dir/package"',
    // Not secret: the state check reads it without sudo.
    'umask 022',
    'printf "%s\\n" "$sha" > "$dir/istio-sidecar.sha256"',
    'echo "$v"',
  ].join('\n');
  return privileged(s, ['sh', '-c', script, 'install-sidecar-package', manager, sha256, SIDECAR_STATE_DIR, SIDECAR_PACKAGE]);
}

/**
 * Undoes installSidecarPackageCommand: the kept previous package file is installed again and
 * recorded; prints "restored VERSION", or "not-kept" when this action had not installed the
 * previous package itself (nothing to install it from).
 */
export function restoreSidecarPackageCommand(s: Settings, manager: 'dpkg' | 'rpm'): string[] {
  const script = [
    'set -eu',
    'umask 077',
    'mgr=$1; dir=$2; pkg=$3',
    'rm -f "$dir/staged-package"',
    '[ -f "$dir/previous-package" ] || { echo not-kept; exit 0; }',
    'ext=deb; [ "$mgr" = rpm ] && ext=rpm',
    'd=$(mktemp -d); trap \'rm -rf "$d"\' EXIT',
    'cp "$dir/previous-package" "$d/package.$ext"; chmod 0644 "$d/package.$ext"',
    'if [ "$mgr" = dpkg ]; then dpkg -i "$d/package.$ext" >&2; v=$(dpkg-query -W -f=\'${Version}\' "$pkg")',
    'else rpm -U --replacepkgs --replacefiles --oldpackage "$d/package.$ext" >&2; v=$(rpm -q --qf \'%{VERSION}-%{RELEASE}\' "$pkg"); fi',
    'mv -f "$dir/previous-package" "$dir/package"',
    'umask 022',
    'if [ -f "$dir/previous-package.sha256" ]; then mv -f "$dir/previous-package.sha256" "$dir/istio-sidecar.sha256"; else rm -f "$dir/istio-sidecar.sha256"; fi',
    'echo "restored $v"',
  ].join('\n');
  return privileged(s, ['sh', '-c', script, 'restore-sidecar-package', manager, SIDECAR_STATE_DIR, SIDECAR_PACKAGE]);
}

/** Once the new proxy is ready and verified (systemd runtime): the kept files and package go. */
export function commitPlacedCommand(s: Settings): string[] {
  return privileged(s, [
    'sh',
    '-c',
    'rm -rf -- "$1"; rm -f -- "$2/previous-package" "$2/previous-package.sha256" "$2/staged-package"',
    'commit-change',
    keptDir(s),
    SIDECAR_STATE_DIR,
  ]);
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
 * package's postinst makes it). alsoKept: files the proxy writes itself, kept with the others so
 * that a restore puts them back, or removes them when there were none (a link too: kept as the
 * link). opts.link: a symlink to a placed file and the tmpfiles.d file that makes it again at
 * boot; opts.startFresh: paths (kept in alsoKept) removed from the live place once kept.
 */
export function installPlacedFilesCommand(
  s: Settings,
  files: PlacedFile[],
  hosts: HostsBlock,
  alsoKept: ReadonlyArray<{ name: string; path: string }> = [],
  opts: { link?: PlacedLink; startFresh?: readonly string[] } = {},
): string[] {
  const { link, startFresh = [] } = opts;
  const script = [
    'set -eu',
    'umask 077',
    HOSTS_BLOCK_FUNCTION,
    HOSTS_LINES_FUNCTION,
    'id istio-proxy >/dev/null 2>&1 || { echo "no user istio-proxy: is the istio-sidecar package installed?" >&2; exit 67; }',
    'kept=$1; link=$2; target=$3; conf=$4; lines=$5; fresh=$6; n=$7; shift 7',
    'map=""',
    'i=0; while [ "$i" -lt "$n" ]; do map="$map$1',
    '"; shift; i=$((i + 1)); done',
    // Every file staged beside its target first: a failed upload leaves the live ones as they are.
    'staged=""',
    'trap \'set -f; for f in $staged; do rm -f -- "${f%%=*}"; done\' EXIT',
    "trap 'exit 129' HUP; trap 'exit 141' PIPE; trap 'exit 143' TERM; trap 'exit 130' INT",
    'while read -r name mode data; do',
    CHECK_FILE_NAME,
    '  path=""; set -f; for pair in $map; do case "$pair" in "$name="*) path=${pair#*=}; break;; esac; done; set +f',
    '  [ -n "$path" ] || { echo "no place for $name" >&2; exit 65; }',
    '  dir=$(dirname "$path")',
    '  [ -d "$dir" ] || { mkdir -p "$dir"; chown istio-proxy:istio-proxy "$dir"; chmod 0750 "$dir"; }',
    // Named after the target (.root-cert.pem.XXXXXX, not .istio-ca.pem.XXXXXX): what a restore and offboarding look for when a cut-short run left it.
    '  tmp=$(mktemp "$dir/.$(basename "$path").XXXXXX")',
    '  staged="$staged $tmp=$path"',
    '  printf %s "$data" | base64 -d > "$tmp"',
    '  chmod "$mode" "$tmp"',
    '  chown istio-proxy:istio-proxy "$tmp"',
    'done',
    ...KEEP_PREVIOUS,
    'set -f; for f in $staged; do tmp=${f%%=*}; path=${f#*=}; mv -f "$tmp" "$path"; basename "$path"; done; set +f',
    'staged=""',
    // Kept above, gone from the live place: the new proxy starts from its fresh token, as a first onboarding's does.
    'set -f; for p in $fresh; do rm -f -- "$p"; done; set +f',
    'umask 022',
    // The link (made beside its place, renamed over what is there: a token file of an older
    // layout too) and its tmpfiles.d entry, root's, read at boot.
    'if [ -n "$link" ]; then',
    '  ldir=$(dirname "$link"); [ -d "$ldir" ] || { mkdir -p "$ldir"; chown istio-proxy:istio-proxy "$ldir"; chmod 0750 "$ldir"; }',
    // Temp names as .NAME.XXXXXX: a restore or an offboarding removes one a cut-short run left.
    '  tmp="$ldir/.$(basename "$link").lnktmp"; ln -sfn -- "$target" "$tmp" && mv -Tf -- "$tmp" "$link"',
    '  cdir=$(dirname "$conf"); mkdir -p "$cdir"; tmp="$cdir/.$(basename "$conf").newtmp"',
    '  printf "%s\\n" "$lines" > "$tmp" && chmod 0644 "$tmp" && chown 0:0 "$tmp" && mv -f -- "$tmp" "$conf"',
    'fi',
    'hosts_block "$@"',
  ].join('\n');
  const pairs = [...files, ...alsoKept].map((f) => `${f.name}=${f.path}`);
  return privileged(s, [
    'sh',
    '-c',
    script,
    'install-files',
    keptDir(s),
    link?.path ?? '',
    link?.target ?? '',
    link?.tmpfiles ?? '',
    (link?.lines ?? []).join('\n'),
    startFresh.join('\n'),
    String(pairs.length),
    ...pairs,
    hosts.file ?? HOSTS_FILE,
    hosts.marker,
    ...hosts.lines,
  ]);
}

/**
 * A link installPlacedFilesCommand makes to a placed file (the token, from the tmpfs pilot-agent reads it on), and the
 * tmpfiles.d file that makes it again at boot.
 */
export interface PlacedLink {
  path: string;
  target: string;
  tmpfiles: string;
  lines: readonly string[];
}

/**
 * Removes Istio's iptables chains, run after the unit stopped and before it starts. The unit's
 * ExecStopPost (istio-start.sh clean) cleans only when the cluster.env it reads then leaves
 * ISTIO_CUSTOM_IP_TABLES unset, and only in the backend pilot-agent picks: a switch from
 * interception redirect to none, or a file replaced under a running unit, would leave chains
 * that send the workload's ports to a 15006 a proxy in mode NONE does not serve (found on the
 * test world's systemd VM). With redirect, istio-start.sh sets them up again on start.
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

/**
 * The rule that keeps connection tracking on in the VM's network namespace while Istio's chains
 * come up (both families: the action may connect over IPv6): a rule of the filter table's
 * OUTPUT chain with no target, so it only counts. Found on the test world's systemd VM: while
 * no rule uses conntrack, a recent kernel tracks nothing in a network namespace, so the action's SSH
 * connection has no entry; when istio-iptables adds its REDIRECT rules, tracking starts, picks
 * the connection up mid-stream as a new one, and its next packet from sshd is redirected to
 * Envoy's 15001: the connection is lost under the action. Held before the unit starts, the
 * connection is tracked (and its address translation decided: none) by the command's own round
 * trip, so Istio's rules, which only see new connections, leave it alone.
 */
export const CONNTRACK_HOLD_COMMENT = 'istio-vm-onboard: SSH tracked before Istio chains';
const CONNTRACK_HOLD_RULE = '-m conntrack --ctstate NEW -m comment --comment "$HOLD"';
const RELEASE_CONNTRACK_HOLD = `for ipt in iptables-legacy iptables-nft ip6tables-legacy ip6tables-nft iptables ip6tables; do command -v "$ipt" >/dev/null 2>&1 || continue; while "$ipt" -w -D OUTPUT ${CONNTRACK_HOLD_RULE} 2>/dev/null; do :; done; done`;

/**
 * Before the unit starts: the conntrack hold (CONNTRACK_HOLD_COMMENT) in each family the VM
 * has, with the VM's own iptables, else either backend (a kernel without nf_tables, a VM with
 * IPv6 off); prints "held", and fails only when no family could hold.
 */
export function holdConntrackCommand(s: Settings): string[] {
  const script = [
    'HOLD=$1; n=0; err=""',
    'for fam in iptables ip6tables; do',
    '  for ipt in "$fam" "$fam-legacy" "$fam-nft"; do',
    '    command -v "$ipt" >/dev/null 2>&1 || continue',
    `    if "$ipt" -w -C OUTPUT ${CONNTRACK_HOLD_RULE} 2>/dev/null || e=$("$ipt" -w -A OUTPUT ${CONNTRACK_HOLD_RULE} 2>&1); then n=$((n + 1)); break; fi`,
    '    err="$err${err:+; }$ipt: $e"',
    '  done',
    'done',
    '[ "$n" -gt 0 ] || { echo "no iptables binary could add a rule (the istio-sidecar package needs iptables): ${err:-none installed}" >&2; exit 69; }',
    'echo held',
  ].join('\n');
  return privileged(s, ['sh', '-c', script, 'hold-conntrack', CONNTRACK_HOLD_COMMENT]);
}

/**
 * Enable the unit for boots and (re)start it now: a rerun restarts with the new files, without
 * Istio's old chains. The unit is Type=simple, so istio-start.sh sets its chains up after
 * systemctl returns: unless cluster.env skips that step, this waits (up to 10 s, or until the
 * unit is no longer starting) for Istio's ISTIO_OUTPUT chain, in the IPv6 tables too for a
 * dual-stack workload, before it releases the conntrack hold (holdConntrackCommand); with
 * readyWaitS, then the wait for readiness in the same round trip.
 */
export function startSidecarUnitCommand(s: Settings, readyWaitS = 0): string[] {
  const script = [
    WAIT_READY_FUNCTION,
    'unit=$1; env=$2; HOLD=$3; url=$4; wait=$5',
    `systemctl stop "$unit" >/dev/null 2>&1 || true; ${CLEAN_ISTIO_IPTABLES}`,
    'systemctl enable "$unit" >/dev/null 2>&1 && systemctl start "$unit" || { rc=$?; ' + RELEASE_CONNTRACK_HOLD + '; exit $rc; }',
    'chain() { for v in "$@"; do "$v" -t nat 2>/dev/null | grep -q "^:ISTIO_OUTPUT " && return 0; done; return 1; }',
    'if ! grep -qx "ISTIO_CUSTOM_IP_TABLES=\'true\'" "$env" 2>/dev/null; then',
    '  six=:; grep -qx "ISTIO_DUAL_STACK=\'true\'" "$env" 2>/dev/null && six="chain ip6tables-legacy-save ip6tables-nft-save"',
    '  i=0; while [ "$i" -lt 100 ] && ! { chain iptables-legacy-save iptables-nft-save && $six; }; do',
    '    case "$(systemctl is-active "$unit" 2>/dev/null)" in active|activating) ;; *) break;; esac',
    '    sleep 0.1; i=$((i + 1))',
    '  done',
    'fi',
    RELEASE_CONNTRACK_HOLD,
    ...READY_AFTER_START_LINES,
  ].join('\n');
  return privileged(s, [
    'sh',
    '-c',
    script,
    'start-unit',
    SIDECAR_UNIT,
    SIDECAR_CLUSTER_ENV,
    CONNTRACK_HOLD_COMMENT,
    READY_URL,
    String(readyWaitS),
  ]);
}

/**
 * Stop and disable the unit (and drop Istio's chains). Prints "stopped", or "absent" when the
 * VM has no such unit; a failing systemctl is the command's failure (exit status and stderr), so
 * a refused sudo or a unit that would not stop is never read as "no unit".
 */
export function stopSidecarUnitCommand(s: Settings): string[] {
  // A hold a cut-short start left goes too.
  return privileged(s, [
    'sh',
    '-c',
    `HOLD=$2; systemctl cat "$1" >/dev/null 2>&1 || { echo absent; exit 0; }; systemctl disable --now "$1" >/dev/null || exit $?; systemctl reset-failed "$1" >/dev/null 2>&1 || true; ${CLEAN_ISTIO_IPTABLES}; ${RELEASE_CONNTRACK_HOLD}; echo stopped`,
    'stop-unit',
    SIDECAR_UNIT,
    CONNTRACK_HOLD_COMMENT,
  ]);
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
  return privileged(s, [
    'sh',
    '-c',
    script,
    'sidecar-logs',
    String(tail),
    since
      ? since
          .replace('T', ' ')
          .replace(/\.\d+Z$/, ' UTC')
          .replace(/Z$/, ' UTC')
      : '',
    ...SIDECAR_LOG_FILES,
  ]);
}

/**
 * Removes the placed files, the files pilot-agent wrote itself (its key and certificates), the
 * temp files of either a cut-short write left (ours `.NAME.XXXXXX`, pilot-agent's atomic write
 * `NAME.tmp.*`) and a keep an interrupted run left; prints each path that was there.
 */
export function removePlacedFilesCommand(s: Settings, paths: readonly string[]): string[] {
  const script =
    'rm -rf -- "$1"; shift; for p do if [ -e "$p" ]; then echo "$p"; fi; rm -f -- "$p" "$(dirname "$p")/.$(basename "$p")".?????? "$p".tmp.*; done; true';
  return privileged(s, ['sh', '-c', script, 'remove-files', keptDir(s), ...paths]);
}
