// The commands onboarding runs on the VM, as argv arrays (pure). The SSH layer quotes them.
import type { MeshFacts } from '../cluster/mesh-facts.js';
import type { Settings } from '../config/settings.js';
import { CONTAINER_ROOT_CERT, CONTAINER_TOKEN, formatMode, istiodAliases } from './bundle.js';

export const PROXY_CONTAINER = 'istio-proxy';
export const READY_URL = 'http://127.0.0.1:15021/healthz/ready';

/** Prefix for commands that need root when the SSH user is not root. */
export function privileged(s: Settings, argv: string[]): string[] {
  return s.ssh.target.user === 'root' ? argv : ['sudo', '-n', '--', ...argv];
}

/**
 * Installs the whole bundle in one round trip. stdin holds one line per file,
 * "NAME MODE BASE64"; each file is written to a temp file in the same directory, given its
 * mode and root ownership, then renamed into place (atomic per file). The script is fixed;
 * the directory is a positional argument; secrets travel only on stdin.
 */
export function installBundleCommand(s: Settings): string[] {
  const script = [
    'set -eu',
    'umask 077',
    'dir=$1',
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
  ].join('\n');
  return privileged(s, ['sh', '-c', script, 'install-bundle', s.proxy.configDir]);
}

/** The stdin of installBundleCommand for these files. */
export function bundleStdin(files: Array<{ name: string; mode: number; content: string }>): string {
  return files.map((f) => `${f.name} ${formatMode(f.mode)} ${Buffer.from(f.content).toString('base64')}\n`).join('');
}

export function removeProxyCommand(s: Settings): string[] {
  return privileged(s, ['docker', 'rm', '--force', PROXY_CONTAINER]);
}

export function runProxyCommand(s: Settings, facts: MeshFacts): string[] {
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
    '--serviceCluster', `${s.workload.name}.${s.workload.namespace}`,
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
