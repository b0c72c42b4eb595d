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
    'mkdir -p "$dir"',
    'chmod 0750 "$dir"',
    'while read -r name mode data; do',
    '  case "$name" in ""|*[!A-Za-z0-9._-]*) echo "bad file name: $name" >&2; exit 65;; esac',
    '  tmp=$(mktemp "$dir/.$name.XXXXXX")',
    '  printf %s "$data" | base64 -d > "$tmp" || { rm -f "$tmp"; exit 1; }',
    '  chmod "$mode" "$tmp"',
    '  chown 0:0 "$tmp"',
    '  mv -f "$tmp" "$dir/$name"',
    '  echo "$name"',
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

/** Prints the HTTP status of the readiness endpoint (000 when nothing answers). */
export function readinessCommand(): string[] {
  const script = [
    'if command -v curl >/dev/null 2>&1; then curl -s -o /dev/null -m 3 -w "%{http_code}" "$1" || true',
    'elif command -v wget >/dev/null 2>&1; then if wget -q -T 3 -O /dev/null "$1"; then echo 200; else echo 503; fi',
    'else echo "neither curl nor wget is installed" >&2; exit 127; fi',
  ].join('; ');
  return ['sh', '-c', script, 'ready-check', READY_URL];
}

export function proxyLogsCommand(s: Settings, tail: number, since?: string): string[] {
  return privileged(s, ['docker', 'logs', '--tail', String(tail), ...(since ? ['--since', since] : []), PROXY_CONTAINER]);
}

export function proxyStateCommand(s: Settings): string[] {
  return privileged(s, ['docker', 'inspect', '--format', '{{.State.Status}} {{.RestartCount}} {{.Config.Image}}', PROXY_CONTAINER]);
}

export function removeBundleCommand(s: Settings, names: readonly string[]): string[] {
  return privileged(s, ['rm', '-f', '--', ...names.map((n) => `${s.proxy.configDir}/${n}`)]);
}
