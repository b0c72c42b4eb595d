// The docker runtime on the VM, as `tctl x sidecar-bootstrap --start-istio-proxy` runs it:
// install the bundle, replace the istio-proxy container, wait for pilot-agent's :15020/healthz/ready.
// Every command takes a signal: the run's, or the rollback's own.
import type { MeshFacts } from '../cluster/mesh-facts.js';
import type { Settings } from '../config/settings.js';
import type { Logger } from '../log.js';
import { formatMode, type BundleFile } from '../plan/bundle.js';
import type { WorkloadIdentity } from '../plan/effective-workload.js';
import {
  bundleStdin,
  HOSTS_FILE,
  installBundleCommand,
  removeHostsBlockCommand,
  type HostsBlock,
  proxyLogsCommand,
  commitProxyCommand,
  KEPT_PREVIOUS_PROXY,
  PREVIOUS_PROXY_CONTAINER,
  PROXY_CONTAINER,
  prepareProxyImageCommand,
  proxyStateCommand,
  removeBundleCommand,
  removeProxyCommand,
  replaceProxyCommand,
  restoreProxyCommand,
  restoreProxyFilesCommand,
  retireProxyCommand,
  readyAfterStart,
  startReadyWaitS,
} from '../plan/remote-commands.js';
import { BUNDLE_FILE_NAMES } from '../plan/bundle.js';
import { StepError } from '../pipeline/step-error.js';
import { pollReady } from './readiness.js';
import type { SshSession } from './ssh-session.js';

const LOG_TAIL = 20;

function firstLine(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ') || 'no output';
}

/** What to do about a failed write on the VM: a full disk says so; otherwise permissions. */
function writeHint(s: Settings, stderr: string): string {
  if (/No space left on device|Disk quota exceeded/i.test(stderr))
    return `the VM's file system holding ${s.proxy.configDir} (or ${HOSTS_FILE}) is full: free space there (df -h ${s.proxy.configDir}), then run again`;
  if (/Read-only file system/i.test(stderr)) return `${s.proxy.configDir} is on a read-only file system: choose another proxy-config-dir`;
  return s.ssh.target.user === 'root'
    ? 'check that the disk is writable'
    : `check that ${s.ssh.target.user} may run sudo without a password (sudo -n)`;
}

type DockerFailure = 'no-docker' | 'daemon-down' | 'pull' | 'other';

/** Why a docker command failed, from docker's own words. */
function dockerFailure(code: number, stderr: string): DockerFailure {
  if (code === 127 || /docker: (command )?not found/.test(stderr)) return 'no-docker';
  if (/Cannot connect to the Docker daemon|Is the docker daemon running|docker\.sock: connect/i.test(stderr)) return 'daemon-down';
  if (
    /Unable to find image|pull access denied|manifest unknown|not found: manifest|error pulling|failed to resolve reference|dial tcp|no such host|i\/o timeout|toomanyrequests|unauthorized/i.test(
      stderr,
    )
  )
    return 'pull';
  return 'other';
}

function dockerHint(failure: DockerFailure, image: string): string {
  switch (failure) {
    case 'no-docker':
      return 'install Docker on the VM';
    case 'daemon-down':
      return 'the Docker daemon on the VM is not running: start it (systemctl start docker) and run again';
    case 'pull':
      return `the VM could not pull ${image}: check the image name (proxy-image, or the mesh install's hub and tag), that the VM reaches that registry, and its docker login there; or load the image on the VM beforehand`;
    default:
      return 'check that the VM can pull the image (or set proxy-image) and that the Docker daemon runs';
  }
}

/** What the VM had before this run changed anything: the istio-proxy container's state and image. */
export interface ProxyBefore {
  /** running, exited, created, ... as docker says; 'none' without a container. */
  status: string;
  image: string;
  /** An istio-proxy-previous was there already (an interrupted run's): the commit removes it too. */
  keptBefore: boolean;
}

/**
 * Before anything changes: the image is on the VM (pulled when missing) and the current
 * container's state is read. A mistyped image tag fails here, with nothing changed anywhere.
 */
export async function prepareProxy(
  session: SshSession,
  s: Settings,
  facts: MeshFacts,
  log: Logger,
  signal: AbortSignal,
): Promise<{ before: ProxyBefore; detail: string }> {
  const r = await session.exec(prepareProxyImageCommand(s, facts.image), {
    signal,
    timeoutMs: Math.max(s.ssh.commandTimeoutMs, 10 * 60_000),
  });
  if (r.code !== 0) {
    const failure = dockerFailure(r.code, r.stderr);
    throw new StepError(
      `checking the image ${facts.image} on ${session.target} (docker image inspect, else docker pull) failed (exit ${r.code}): ${firstLine(r.stderr)}`,
      dockerHint(failure === 'other' ? 'pull' : failure, facts.image),
    );
  }
  const lines = r.stdout.split('\n').map((l) => l.trim());
  const image = lines.find((l) => l.startsWith('image '))?.slice(6) ?? 'present';
  const [status = 'none', previousImage = ''] = (
    lines.find((l) => l.startsWith(`container /${PROXY_CONTAINER} `))?.slice(`container /${PROXY_CONTAINER} `.length) ?? 'none'
  ).split(' ');
  const before = { status, image: previousImage, keptBefore: lines.some((l) => l.startsWith(`container /${PREVIOUS_PROXY_CONTAINER} `)) };
  log.info(
    `${facts.image} ${image} on ${session.target}; istio-proxy container now: ${status === 'none' ? 'none' : `${status} (${before.image})`}`,
  );
  return {
    before,
    detail: `image ${facts.image} ${image}; istio-proxy now: ${status === 'none' ? 'none (first onboarding)' : `${status}, image ${before.image}`}`,
  };
}

/** Writes the bundle files and the workload's /etc/hosts block in one round trip. */
export async function installBundle(
  session: SshSession,
  s: Settings,
  files: BundleFile[],
  hosts: HostsBlock,
  log: Logger,
  signal: AbortSignal,
): Promise<void> {
  const r = await session.exec(installBundleCommand(s, hosts), { stdin: bundleStdin(files), signal });
  const written = r.stdout.split('\n').filter(Boolean);
  if (r.code !== 0 || written.length !== files.length) {
    throw new StepError(
      `writing the bundle into ${s.proxy.configDir} on ${session.target} failed (exit ${r.code}, ${written.length} of ${files.length} files written): ${firstLine(r.stderr)}`,
      writeHint(s, r.stderr),
    );
  }
  for (const f of files) log.info(`wrote ${s.proxy.configDir}/${f.name} (mode ${formatMode(f.mode)}${f.secret ? ', secret' : ''})`);
  if (hosts.lines.length) log.info(`${HOSTS_FILE}: block "${hosts.marker}" holds ${hosts.lines.join('; ')}`);
}

/** Removes the workload's /etc/hosts block; the rest of the file stays as it is. */
export async function removeHostsBlock(session: SshSession, s: Pick<Settings, 'ssh'>, marker: string, signal: AbortSignal): Promise<void> {
  const r = await session.exec(removeHostsBlockCommand(s, marker), { signal });
  if (r.code !== 0)
    throw new StepError(
      `removing the block "${marker}" from ${HOSTS_FILE} on ${session.target} failed (exit ${r.code}): ${firstLine(r.stderr)}`,
    );
}

export async function proxyLogs(session: SshSession, s: Settings, signal: AbortSignal, tail = LOG_TAIL, since?: string): Promise<string[]> {
  const r = await session.exec(proxyLogsCommand(s, tail, since), { signal });
  return `${r.stdout}${r.stderr}`.split('\n').filter((l) => l.trim() !== '');
}

/**
 * The previous container stopped and kept, docker run, and the first wait for readiness, in one
 * round trip (replaceProxyCommand); `ready` when the proxy answered 200 within it.
 */
export async function startProxy(
  session: SshSession,
  s: Settings,
  w: WorkloadIdentity,
  facts: MeshFacts,
  log: Logger,
  signal: AbortSignal,
): Promise<{ detail: string; ready: boolean }> {
  const wait = startReadyWaitS(s);
  const run = await session.exec(replaceProxyCommand(s, w, facts, wait), { signal, timeoutMs: s.ssh.commandTimeoutMs + wait * 1000 });
  const { lines: out, last } = readyAfterStart(run.stdout);
  const kept = out[0] === KEPT_PREVIOUS_PROXY;
  if (kept) log.info('stopped the previous istio-proxy container and kept it until the new one is ready and verified');
  if (run.code !== 0) {
    const failure = dockerFailure(run.code, run.stderr);
    throw new StepError(
      `docker run of ${facts.image} on ${session.target} failed (exit ${run.code}): ${firstLine(run.stderr)}`,
      dockerHint(failure, facts.image),
    );
  }
  log.info(`started istio-proxy (${facts.image}), container ${(out.at(-1) ?? '').slice(0, 12)}`);
  const ready = last === '200';
  if (ready) log.info('istio-proxy is ready (:15020/healthz/ready answered 200 in the round trip that started it)');
  return {
    detail: `${kept ? 'the previous container stopped and kept until the new one is verified' : 'no previous container'}; ${ready ? 'ready in the same round trip' : `not ready within its ${wait} s (last answer: ${last ?? 'none'})`}`,
    ready,
  };
}

/**
 * Puts the VM back as it was before this run: its container gone and the kept one started again
 * (a first onboarding: the container removed), the bundle files, the certificates directory and
 * the /etc/hosts block as they were. Returns what it did.
 */
export async function restore(
  session: SshSession,
  s: Settings,
  before: ProxyBefore,
  proxyStarted: boolean,
  marker: string,
  signal: AbortSignal,
): Promise<{ notes: string[]; restarted: string }> {
  const notes: string[] = [];
  const hadProxy = before.status !== 'none';
  // The container is left alone unless this run got as far as replacing it. This run's goes
  // before the files are put back (its pilot-agent would write into the certificates directory
  // meanwhile); the kept one starts after, with its own files.
  if (proxyStarted) {
    const retired = await session.exec(retireProxyCommand(s, hadProxy), { signal });
    if (retired.code !== 0)
      throw new StepError(
        `removing this run's istio-proxy container on ${session.target} failed (exit ${retired.code}): ${firstLine(retired.stderr)}`,
      );
    if (!hadProxy && retired.stdout.trim().split('\n').pop() === 'removed') notes.push('removed the istio-proxy container');
  }
  const files = await session.exec(restoreProxyFilesCommand(s, BUNDLE_FILE_NAMES, marker), { signal });
  if (files.code !== 0)
    throw new StepError(
      `restoring the bundle in ${s.proxy.configDir} on ${session.target} failed (exit ${files.code}): ${firstLine(files.stderr)}`,
    );
  // "The bundle files" include the certificates directory (the root, the key and chain pilot-agent wrote).
  if (files.stdout.includes('restored'))
    notes.push(
      hadProxy ? `restored the previous bundle files and ${HOSTS_FILE} block` : `removed the bundle files and the ${HOSTS_FILE} block`,
    );
  if (!proxyStarted || !hadProxy) return { notes, restarted: '' };
  const proxy = await session.exec(restoreProxyCommand(s, true), { signal });
  if (proxy.code !== 0)
    throw new StepError(
      `restoring the previous istio-proxy container on ${session.target} failed (exit ${proxy.code}): ${firstLine(proxy.stderr)}`,
    );
  const said = proxy.stdout.trim().split('\n').pop() ?? '';
  return { notes, restarted: /^(restored|restarted) /.test(said) ? `image ${said.replace(/^\S+ /, '')}` : '' };
}

/** The change is verified: the kept container (when one was there or kept by this run) and files go. */
export async function commit(session: SshSession, s: Settings, before: ProxyBefore, signal: AbortSignal): Promise<void> {
  const r = await session.exec(commitProxyCommand(s, before.status !== 'none' || before.keptBefore), { signal });
  if (r.code !== 0)
    throw new StepError(
      `removing the kept istio-proxy-previous container and files on ${session.target} failed (exit ${r.code}): ${firstLine(r.stderr)}`,
      'remove them by hand: the new proxy runs',
    );
}

export async function waitReady(session: SshSession, s: Settings, log: Logger, signal: AbortSignal, since?: number): Promise<void> {
  const { ready, last } = await pollReady(session, s, signal, since);
  if (ready) {
    log.info('istio-proxy is ready (:15020/healthz/ready answered 200)');
    return;
  }
  const state = await session.exec(proxyStateCommand(s), { signal });
  throw new StepError(
    `istio-proxy on ${session.target} was not ready within ${Math.round(s.proxy.readyTimeoutMs / 1000)} s (last readiness answer: ${last || 'none'}; container: ${state.stdout.trim() || firstLine(state.stderr)})`,
    'read the proxy log below: a token or root certificate problem, or a gateway the VM cannot reach on 15012/15443',
    await proxyLogs(session, s, signal),
  );
}

/** True when a container was removed, false when there was none; throws when docker cannot tell (its daemon down). */
export async function removeProxy(session: SshSession, s: Settings, signal: AbortSignal): Promise<boolean> {
  const r = await session.exec(removeProxyCommand(s), { signal });
  if (r.code === 0) return true;
  if (/No such container/i.test(r.stderr) || r.code === 127) return false; // no container, or no docker at all
  throw new StepError(
    `docker rm of the istio-proxy container on ${session.target} failed (exit ${r.code}): ${firstLine(r.stderr)}`,
    dockerHint(dockerFailure(r.code, r.stderr), 'the proxy image'),
  );
}

export async function removeBundle(session: SshSession, s: Settings, names: readonly string[], signal: AbortSignal): Promise<void> {
  const r = await session.exec(removeBundleCommand(s, names), { signal });
  if (r.code !== 0)
    throw new StepError(`removing the bundle from ${s.proxy.configDir} on ${session.target} failed: ${firstLine(r.stderr)}`);
}
