// mode check on the VM, read-only, for both runtimes: the istio-proxy container or the istio unit, pilot-agent's
// readiness once, Envoy's admin (server_info, control-plane connection, certificates) and the
// bundle files' hashes in one round trip; the bootstrap token's expiry in a second, decoded
// here and dropped (never logged, kept or returned).
import type { Settings } from '../config/settings.js';
import type { BundleFile } from '../plan/bundle.js';
import { CHECK_SECTION, checkProxyCommand, configDumpCommand, readTokenCommand } from '../plan/remote-commands.js';
import { StepError } from '../pipeline/step-error.js';
import { jwtExpiry, parseCertExpiry, parseConnectedState, parseServerInfo } from '../report/check.js';
import type { SshSession } from './ssh-session.js';
import { placedBundle, TOKEN_LINK } from './systemd-runtime.js';

/** The bootstrap token is minted per run: never compared, only its `exp` read. */
const TOKEN_FILE = 'istio-token';

/** A bundle file where the runtime keeps it on the VM, with the content the render gives it there. */
export interface CheckedFile {
  name: string;
  path: string;
  content: string;
}

/**
 * The rendered bundle files a check compares by hash, where the runtime keeps them: the docker
 * runtime's in proxy-config-dir, the systemd runtime's at Istio's paths with the content the
 * package reads (placedBundle). The token is left out.
 */
export function checkedFiles(s: Settings, files: BundleFile[]): CheckedFile[] {
  const placed =
    s.proxy.runtime === 'systemd'
      ? placedBundle(files, s.proxy.interception)
      : files.map((f) => ({ ...f, path: `${s.proxy.configDir}/${f.name}` }));
  return placed.filter((f) => f.name !== TOKEN_FILE).map((f) => ({ name: f.name, path: f.path, content: f.content }));
}

/** Where the runtime keeps the bootstrap token on the VM. */
export function tokenPath(s: Pick<Settings, 'proxy'>): string {
  // systemd: where pilot-agent reads it (the link to the token on disk; a token file there on a VM onboarded before the link).
  return s.proxy.runtime === 'systemd' ? TOKEN_LINK : `${s.proxy.configDir}/${TOKEN_FILE}`;
}

/** What the runtime's proxy is, for sentences: "the istio-proxy container", "the istio unit". */
export function proxyNoun(s: Pick<Settings, 'proxy'>): string {
  return s.proxy.runtime === 'systemd' ? 'the istio unit' : 'the istio-proxy container';
}

export interface ProxyReading {
  /** The container's state (running, exited, ...), 'none' without one. */
  proxy: string;
  image: string;
  /** pilot-agent's readiness answer: 200 ready, 000 nothing answered. */
  readyCode: string;
  connected: boolean | null;
  proxyVersion: string | null;
  agentVersion: string | null;
  certExpiresAt: string | null;
  /** sha256 of each bundle file on the VM, null when it is missing. */
  hashes: Record<string, string | null>;
}

/** checkProxyCommand's output -> its parts (pure). */
export function parseProxyReading(stdout: string): ProxyReading {
  const [head = '', ...sections] = stdout.split(`\n${CHECK_SECTION} `);
  const lines = head.split('\n');
  const value = (prefix: string) =>
    lines
      .find((l) => l.startsWith(`${prefix} `))
      ?.slice(prefix.length + 1)
      .trim() ?? '';
  const [proxy = 'none', image = '-'] = (value('state') || 'none -').split(' ');
  const hashes: Record<string, string | null> = {};
  for (const l of lines.filter((x) => x.startsWith('hash '))) {
    const [, name = '', sha = '-'] = l.split(' ');
    hashes[name] = /^[0-9a-f]{64}$/.test(sha) ? sha : null;
  }
  const section: Record<string, string> = {};
  for (const s of sections) {
    const nl = s.indexOf('\n');
    section[nl < 0 ? s : s.slice(0, nl)] = nl < 0 ? '' : s.slice(nl + 1);
  }
  const info = parseServerInfo(section.server_info ?? '');
  return {
    proxy,
    image: image === '-' ? '' : image,
    readyCode: value('ready') || '000',
    connected: parseConnectedState(section.connected_state ?? ''),
    ...info,
    certExpiresAt: parseCertExpiry(section.certs ?? ''),
    hashes,
  };
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ') || 'no output';
}

export async function readProxy(
  session: SshSession,
  s: Pick<Settings, 'ssh' | 'proxy'>,
  files: readonly CheckedFile[],
  signal: AbortSignal,
): Promise<ProxyReading> {
  const r = await session.exec(checkProxyCommand(s, files), { signal });
  if (r.code === 127)
    throw new StepError(`cannot read the proxy on ${session.target}: ${lastLines(r.stderr)}`, 'install curl or wget on the VM');
  if (r.code !== 0)
    throw new StepError(
      `reading the proxy on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`,
      s.ssh.target.user === 'root'
        ? `check that ${s.proxy.runtime === 'systemd' ? 'systemd' : 'docker'} runs on the VM`
        : `check that ${s.ssh.target.user} may run sudo without a password (sudo -n)`,
    );
  return parseProxyReading(r.stdout);
}

/** Envoy's /config_dump as the VM's admin port gives it (scrubbed by the caller before it goes anywhere). */
export async function readConfigDump(session: SshSession, signal: AbortSignal): Promise<string> {
  const r = await session.exec(configDumpCommand(), { signal });
  if (r.code !== 0 || !r.stdout.trim())
    throw new StepError(
      `reading Envoy's /config_dump on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`,
      r.code === 127 ? 'install curl or wget on the VM' : 'is the proxy running (its admin port 15000)?',
    );
  return r.stdout;
}

/** The token file's `exp`, or why there is none (never the token, nor a part of it). */
export async function readTokenExpiry(
  session: SshSession,
  s: Settings,
  signal: AbortSignal,
): Promise<{ expiresAt: string } | { reason: string }> {
  const r = await session.exec(readTokenCommand(tokenPath(s), s), { signal });
  if (r.code !== 0) return { reason: /No such file/i.test(r.stderr) ? 'is missing' : `could not be read (exit ${r.code})` };
  return jwtExpiry(r.stdout);
}
