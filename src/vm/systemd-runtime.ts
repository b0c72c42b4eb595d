// The systemd runtime on the VM (proxy-runtime: systemd), as Istio's own VM guide runs the
// proxy: the istio-sidecar package (installed from sidecar-package when it is not there yet),
// the bundle's files where that package reads them, owned by istio-proxy, the istiod and mesh
// host names in the workload's /etc/hosts block, then `systemctl enable` + `restart istio`;
// readiness on pilot-agent's :15020; logs from the journal and /var/log/istio.
//
// Interception (the `interception` input): redirect, as the VM guide runs it: istio-start.sh's
// iptables step captures the workload's inbound ports and the VM's outbound traffic (never
// port 22, the action's SSH, nor pilot-agent's own), and DNS when the mesh turns DNS capture on;
// none: the step skipped via ISTIO_CUSTOM_IP_TABLES, the proxy listening as the docker
// runtime's does (the Sidecar's egress on 127.0.0.2 and the hosts block).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isIPAddress } from '../config/ip-address.js';
import type { MeshFacts } from '../cluster/mesh-facts.js';
import type { Interception, Settings } from '../config/settings.js';
import type { Logger } from '../log.js';
import { formatMode, proxyMetadata, type BundleFile } from '../plan/bundle.js';
import type { WorkloadIdentity } from '../plan/effective-workload.js';
import { probeHost } from '../plan/mesh-hosts.js';
import {
  bundleStdin,
  commitPlacedCommand,
  holdConntrackCommand,
  HOSTS_FILE,
  SIDECAR_CLUSTER_ENV,
  installPlacedFilesCommand,
  installSidecarPackageCommand,
  removePlacedFilesCommand,
  restoreBundleCommand,
  restoreSidecarPackageCommand,
  sidecarLogsCommand,
  sidecarPackageStateCommand,
  sidecarUnitStateCommand,
  SIDECAR_PACKAGE,
  SIDECAR_UNIT,
  startSidecarUnitCommand,
  stopSidecarUnitCommand,
  uploadSidecarPackageCommand,
  readyAfterStart,
  startReadyWaitS,
  type HostsBlock,
  type PlacedFile,
} from '../plan/remote-commands.js';
import { shellEnvFile } from '../plan/shell.js';
import { StepError } from '../pipeline/step-error.js';
import { pollReady } from './readiness.js';
import type { SshSession } from './ssh-session.js';

/**
 * pilot-agent reads its bootstrap token at ./var/run/secrets/tokens/istio-token from the unit's
 * working directory / (constants.ThirdPartyJwtPath, fixed), where Istio's VM guide copies it; /var/run
 * is a tmpfs that a reboot empties. The token is placed on disk (TOKEN_PATH) and linked there; the
 * tmpfiles.d entry makes the link again at every boot. A rebooted VM whose certificate in
 * /etc/certs is still valid renews with it alone; one whose certificate expired while it was down
 * (pilot-agent: "cert expired, using token instead") needs the token.
 */
export const TOKEN_PATH = '/var/lib/istio/tokens/istio-token';
export const TOKEN_LINK = '/var/run/secrets/tokens/istio-token';
export const TOKEN_TMPFILES = '/etc/tmpfiles.d/istio-vm-onboard.conf';
/** systemd-tmpfiles' lines (it writes /var/run as /run): the link's directory as the install makes it, then the link. */
export const TOKEN_TMPFILES_LINES = [
  '# istio-vm-onboard: pilot-agent reads its token here (a tmpfs); the token itself is on disk.',
  'd /run/secrets/tokens 0750 istio-proxy istio-proxy -',
  `L+ /run/secrets/tokens/istio-token - - - - ${TOKEN_PATH}`,
];

/** Where Istio's package reads each bundle file (istioctl x workload entry configure; the VM guide); the token on disk, linked (TOKEN_LINK). */
export const PLACED_FILES: readonly PlacedFile[] = [
  { name: 'cluster.env', path: SIDECAR_CLUSTER_ENV, mode: 0o640 },
  { name: 'mesh.yaml', path: '/etc/istio/config/mesh', mode: 0o640 },
  { name: 'istio-ca.pem', path: '/etc/certs/root-cert.pem', mode: 0o644 },
  { name: 'istio-token', path: TOKEN_PATH, mode: 0o600 },
];

/**
 * What pilot-agent writes itself into istio-start.sh's OUTPUT_CERTS=/etc/certs beside the root
 * certificate placed there: the workload's private key and certificate chain, valid until they
 * expire. Offboarding removes them, so a VM that left the mesh keeps no identity in it.
 */
export const PROXY_WRITTEN_CREDENTIALS = ['/etc/certs/key.pem', '/etc/certs/cert-chain.pem'] as const;

/**
 * What a change keeps besides the placed files: the credentials (a failed first onboarding leaves
 * no key behind, a failed re-run puts the previous one back), the token's link and tmpfiles.d
 * entry (a VM onboarded before they existed gets its token file back where it was).
 */
export const KEPT_CREDENTIALS = [
  ...PROXY_WRITTEN_CREDENTIALS.map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1), path })),
  { name: 'istio-token-link', path: TOKEN_LINK },
  { name: 'istio-vm-onboard.conf', path: TOKEN_TMPFILES },
];
/**
 * installPlacedFilesCommand's options: the token link; and the previous key and chain kept but
 * not started from. istiod's CA issues for the identity of the first authenticator that accepts
 * the caller, the client certificate before the token (pkg/security Authenticate): a certificate
 * left from an onboarding with another ServiceAccount would keep the old identity.
 */
export const PLACED_OPTIONS = {
  link: { path: TOKEN_LINK, target: TOKEN_PATH, tmpfiles: TOKEN_TMPFILES, lines: TOKEN_TMPFILES_LINES },
  startFresh: PROXY_WRITTEN_CREDENTIALS,
};

const LOG_TAIL = 20;
/** Uploading and installing ~40 MB over a slow link takes a while: at least this long. */
const PACKAGE_TIMEOUT_MS = 10 * 60_000;

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-3).join(' | ') || 'no output';
}

/**
 * Istio's istio-start.sh always exports CA_ADDR: after sourcing cluster.env it sets
 * `CA_ADDR=${CA_ADDR:-${CUSTOM_PILOT_ADDRESS:-istiod.<ns>.svc:15012}}`, so no cluster.env leaves
 * it empty. pilot-agent applies ISTIOD_SAN to the CA connection only when CA_ADDR is empty
 * (pilot/cmd/pilot-agent/options/security.go SetupSecurityOptions: CAEndpointSAN), and otherwise
 * sends CA_ADDR's host as the SNI and checks istiod's certificate for it (pilot/pkg/grpc/tls.go
 * getTLSDialOption: ServerName = the host, SAN only overrides when set). Behind a host-name
 * gateway the CA connection names either the load balancer (not on istiod's certificate) or an
 * istiod name the VM cannot resolve without the gateway's IP, and the proxy never gets a
 * certificate. Refused with the mesh facts, before any change.
 */
export function checkGatewayForRuntime(s: Settings, facts: MeshFacts): MeshFacts {
  if (s.proxy.runtime === 'systemd' && facts.gateway.isHostname) {
    throw new StepError(
      `the systemd runtime cannot reach istiod through the host-name gateway ${facts.gateway.address} (${facts.gateway.source}): Istio's istio-start.sh always sets CA_ADDR, and pilot-agent then checks istiod's certificate for that address's host, not istiod.${facts.istioNamespace}.svc`,
      'set gateway-address to an IP address of the gateway, or use proxy-runtime: docker (which reaches a host-name gateway with ISTIOD_SAN)',
    );
  }
  return facts;
}

/**
 * interception redirect: an application on the VM reaches a mesh name (mesh-hosts, the host of
 * probe-from-vm-url) only when pilot-agent's DNS proxy answers it: the proxy's metadata (the
 * mesh's proxyMetadata, a group's over it) sets ISTIO_META_DNS_CAPTURE, which istio-iptables
 * also reads to send port 53 to that proxy. There is no /etc/hosts entry to fall back on.
 * Checked with the mesh facts, before any change.
 */
/** A boolean as pilot-agent and istio-iptables read one from their environment (Go's strconv.ParseBool). */
export function goTrue(value: string | undefined): boolean {
  return /^(1|t|T|true|TRUE|True)$/.test(value ?? '');
}

export function checkDnsCapture(s: Settings, w: WorkloadIdentity, facts: MeshFacts): void {
  if (s.proxy.runtime !== 'systemd' || s.proxy.interception !== 'redirect') return;
  const probe = probeHost(s.probe.fromVmUrl)?.host;
  const names = [...new Set([...s.workload.meshHosts.map((h) => h.host), ...(probe ? [probe] : [])])];
  if (names.length === 0 || goTrue(proxyMetadata(w, facts).ISTIO_META_DNS_CAPTURE)) return;
  throw new StepError(
    `with interception redirect, ${names.join(', ')} would not resolve on the VM: mesh names resolve through pilot-agent's DNS proxy, and the mesh's proxyMetadata does not set ISTIO_META_DNS_CAPTURE to "true"`,
    'set ISTIO_META_DNS_CAPTURE: "true" in meshConfig.defaultConfig.proxyMetadata (as Istio\'s VM guide does), or use interception: none (mesh hosts through /etc/hosts entries at the Sidecar\'s listeners)',
  );
}

/** What the runtime cannot work with in these mesh facts, refused before any change: the facts, else a StepError. */
export function checkFactsForRuntime(s: Settings, w: WorkloadIdentity, facts: MeshFacts): MeshFacts {
  checkDnsCapture(s, w, checkGatewayForRuntime(s, facts));
  return facts;
}

/**
 * The bundle as the package wants it: cluster.env gains what istio-start.sh exports to
 * pilot-agent for this runtime: with interception none, no iptables and interception mode
 * NONE (with redirect nothing: istio-start.sh runs the iptables step, pilot-agent's mode is
 * REDIRECT, as istioctl leaves it), and from the bundle's
 * sidecar.env the CA address, its SNI for a host-name gateway, the pod name and owner, the
 * workload address as ISTIO_SVC_IP and ISTIO_DUAL_STACK for an IPv6 one.
 * sidecar.env itself and hosts are the docker runtime's (the package keeps its own sidecar.env;
 * the hosts line goes into the /etc/hosts block).
 */
export function placedBundle(files: BundleFile[], interception: Interception): Array<BundleFile & { path: string }> {
  const env = files.find((f) => f.name === 'sidecar.env')?.env ?? {};
  const extra: Record<string, string> =
    interception === 'none' ? { ISTIO_CUSTOM_IP_TABLES: 'true', ISTIO_META_INTERCEPTION_MODE: 'NONE' } : {};
  for (const k of ['CA_ADDR', 'CA_SNI', 'PILOT_SNI', 'ISTIOD_SAN', 'POD_NAME', 'ISTIO_META_OWNER', 'ISTIO_DUAL_STACK'])
    if (env[k]) extra[k] = env[k];
  // istio-start.sh starts pilot-agent with INSTANCE_IP=$ISTIO_SVC_IP, else the first address of
  // `hostname --all-ip-addresses` (an IPv4 one on a dual-stack VM): the workload address, as the
  // docker runtime's INSTANCE_IP and istioctl's --internalIP (ISTIO_SVC_IP) give it. pilot-agent
  // lists it first among the proxy's IPs and istiod binds the inbound listener to it.
  const instanceIp = env.INSTANCE_IP ?? '';
  if (isIPAddress(instanceIp)) extra.ISTIO_SVC_IP = instanceIp;
  return PLACED_FILES.map((p) => {
    const f = files.find((x) => x.name === p.name);
    if (!f) throw new Error(`bundle file ${p.name} missing`);
    if (p.name !== 'cluster.env') return { ...f, mode: p.mode, path: p.path };
    const vars = { ...(f.env ?? {}), ...extra };
    return { ...f, env: vars, content: shellEnvFile(vars), mode: p.mode, path: p.path };
  });
}

export interface PackageState {
  manager: 'dpkg' | 'rpm' | 'none' | 'nosystemd';
  version: string;
  recordedSha256: string;
  /** systemctl is-active istio, before this run changed anything. */
  unit: string;
}

export async function packageState(session: SshSession, signal: AbortSignal): Promise<PackageState> {
  const r = await session.exec(sidecarPackageStateCommand(), { signal });
  const [manager = 'none', version = '-', sha = '-', unit = 'unknown'] = r.stdout.trim().split(/\s+/);
  if (r.code !== 0) throw new StepError(`reading the package state on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`);
  return {
    manager: manager as PackageState['manager'],
    version: version === '-' ? '' : version,
    recordedSha256: sha === '-' ? '' : sha,
    unit,
  };
}

/** What prepareSidecar found, and the package it staged for installSidecar (none: nothing to install). */
export interface SidecarPrepared {
  before: PackageState;
  staged?: { kind: 'dpkg' | 'rpm'; sha256: string };
  /** The install step's detail when nothing is to be installed. */
  detail: string;
}

/**
 * Before anything changes: the istio-sidecar package. Kept when this action installed the
 * same file before (its sha256 recorded on the VM) and it is still installed; else uploaded
 * over this connection and staged on the VM, its sha256 checked against the one computed here,
 * not yet installed. Without sidecar-package, an installed package is used as it is.
 */
export async function prepareSidecar(session: SshSession, s: Settings, log: Logger, signal: AbortSignal): Promise<SidecarPrepared> {
  const state = await packageState(session, signal);
  if (state.manager === 'nosystemd')
    throw new StepError(
      `${session.target} has no systemctl: proxy-runtime systemd needs a VM booted with systemd`,
      'use proxy-runtime: docker on this VM',
    );
  const file = s.proxy.sidecarPackage;
  if (!file) {
    if (state.version) return { before: state, detail: `${SIDECAR_PACKAGE} ${state.version} already installed (no sidecar-package given)` };
    throw new StepError(
      `${SIDECAR_PACKAGE} is not installed on ${session.target}`,
      'give sidecar-package: the istio-sidecar .deb or .rpm of your Istio release, on the runner',
    );
  }
  const kind = file.endsWith('.rpm') ? 'rpm' : 'dpkg';
  if (state.manager !== kind) {
    throw new StepError(
      `sidecar-package ${file} is ${kind === 'rpm' ? 'an .rpm' : 'a .deb'}, but ${session.target} has ${state.manager === 'none' ? 'neither dpkg nor rpm' : state.manager}`,
      state.manager === 'none'
        ? 'install the package on the VM by hand, then leave sidecar-package empty'
        : `give the ${state.manager === 'rpm' ? '.rpm' : '.deb'} of the same Istio release`,
    );
  }
  const bytes = readFileSync(file);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  if (state.version && state.recordedSha256 === sha256)
    return {
      before: state,
      detail: `${SIDECAR_PACKAGE} ${state.version} already installed from this file (sha256 ${sha256.slice(0, 12)})`,
    };
  log.info(`uploading ${file} (${bytes.length} bytes, sha256 ${sha256}) to ${session.target}`);
  const r = await session.exec(uploadSidecarPackageCommand(s, sha256), {
    stdin: bytes,
    signal,
    timeoutMs: Math.max(s.ssh.commandTimeoutMs, PACKAGE_TIMEOUT_MS),
  });
  if (r.code !== 0) {
    throw new StepError(
      `uploading ${SIDECAR_PACKAGE} to ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`,
      r.code === 66
        ? 'the upload arrived altered or cut short: run again'
        : `check that ${s.ssh.target.user} may run sudo and that ${SIDECAR_STATE_HINT} has room`,
    );
  }
  return { before: state, staged: { kind, sha256 }, detail: '' };
}

const SIDECAR_STATE_HINT = '/var/lib/istio-vm-onboard';

/** Installs what prepareSidecar staged (the previous package file kept for a restore); returns the step detail. */
export async function installSidecar(session: SshSession, s: Settings, prepared: SidecarPrepared, signal: AbortSignal): Promise<string> {
  if (!prepared.staged) return prepared.detail;
  const { kind, sha256 } = prepared.staged;
  const r = await session.exec(installSidecarPackageCommand(s, kind, sha256), {
    signal,
    timeoutMs: Math.max(s.ssh.commandTimeoutMs, PACKAGE_TIMEOUT_MS),
  });
  if (r.code !== 0) {
    throw new StepError(
      `installing ${SIDECAR_PACKAGE} on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`,
      `check that ${s.ssh.target.user} may run sudo and that the package's dependencies (iproute2, iptables, sudo, hostname) can be met`,
    );
  }
  const version = r.stdout.trim().split('\n').pop() ?? '';
  const was = prepared.before.version;
  return `${was ? `replaced ${SIDECAR_PACKAGE} ${was} with` : 'installed'} ${SIDECAR_PACKAGE} ${version} (${kind}, sha256 ${sha256.slice(0, 12)} checked on the VM)`;
}

/**
 * Puts the VM back as it was before this run: the previous package (when this action had
 * installed it and kept its file); the unit stopped; the placed files, the credentials
 * pilot-agent wrote and the /etc/hosts block as they were; then the unit started with them if
 * it was active before, else left stopped and disabled (a first onboarding).
 */
export async function restore(
  session: SshSession,
  s: Settings,
  prepared: SidecarPrepared,
  packageSwitched: boolean,
  marker: string,
  signal: AbortSignal,
): Promise<{ notes: string[]; restarted: string }> {
  const notes: string[] = [];
  const manager = prepared.before.manager;
  if (packageSwitched && (manager === 'dpkg' || manager === 'rpm')) {
    const r = await session.exec(restoreSidecarPackageCommand(s, manager), {
      signal,
      timeoutMs: Math.max(s.ssh.commandTimeoutMs, PACKAGE_TIMEOUT_MS),
    });
    if (r.code !== 0)
      throw new StepError(
        `installing the previous ${SIDECAR_PACKAGE} again on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`,
      );
    const said = r.stdout.trim().split('\n').pop() ?? '';
    notes.push(
      said === 'not-kept'
        ? `the previous ${SIDECAR_PACKAGE}${prepared.before.version ? ` ${prepared.before.version}` : ''} was not installed by this action, so no file of it was kept: the new package stays`
        : `installed the previous ${SIDECAR_PACKAGE} again (${said.replace(/^restored /, '')})`,
    );
  }
  // The unit stops first: a certificate pilot-agent writes while the files are put back would
  // otherwise outlive the restore (a first onboarding's key left on the VM).
  const stopped = await stopUnit(session, s, signal);
  const files = await session.exec(restoreBundleCommand(s, [...PLACED_FILES, ...KEPT_CREDENTIALS], marker), { signal });
  if (files.code !== 0)
    throw new StepError(
      `restoring the files at Istio's paths on ${session.target} failed (exit ${files.code}): ${lastLines(files.stderr)}`,
    );
  const wasActive = prepared.before.unit === 'active';
  if (files.stdout.includes('restored'))
    notes.push(
      wasActive
        ? `restored the previous files and ${HOSTS_FILE} block`
        : `removed the files at Istio's paths, the key and certificates pilot-agent wrote, and the ${HOSTS_FILE} block`,
    );
  if (wasActive) {
    await holdConntrack(session, s, signal);
    const r = await session.exec(startSidecarUnitCommand(s), { signal });
    if (r.code !== 0)
      throw new StepError(
        `restarting the ${SIDECAR_UNIT} unit with the previous files on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`,
      );
    return {
      notes,
      restarted: `the ${SIDECAR_UNIT} unit${prepared.before.version ? ` (${SIDECAR_PACKAGE} ${prepared.before.version})` : ''}`,
    };
  }
  if (stopped) notes.push(`stopped and disabled the ${SIDECAR_UNIT} unit`);
  return { notes, restarted: '' };
}

/** The change is verified: the kept files and package go. */
export async function commit(session: SshSession, s: Settings, signal: AbortSignal): Promise<void> {
  const r = await session.exec(commitPlacedCommand(s), { signal });
  if (r.code !== 0)
    throw new StepError(
      `removing the kept files on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`,
      'remove them by hand: the new proxy runs',
    );
}

/** The hosts block for this runtime: istiod's names at the gateway (the bundle's hosts file), then the mesh hosts. */
function hostsWithIstiod(files: BundleFile[], hosts: HostsBlock): HostsBlock {
  const istiod = (files.find((f) => f.name === 'hosts')?.content ?? '').split('\n').filter((l) => l.trim() !== '');
  return { ...hosts, lines: [...istiod, ...hosts.lines] };
}

export async function installPlacedBundle(
  session: SshSession,
  s: Settings,
  files: BundleFile[],
  hosts: HostsBlock,
  log: Logger,
  signal: AbortSignal,
): Promise<HostsBlock> {
  const placed = placedBundle(files, s.proxy.interception);
  const block = hostsWithIstiod(files, hosts);
  const r = await session.exec(installPlacedFilesCommand(s, placed, block, KEPT_CREDENTIALS, PLACED_OPTIONS), {
    stdin: bundleStdin(placed),
    signal,
  });
  const written = r.stdout.split('\n').filter(Boolean);
  if (r.code !== 0 || written.length !== placed.length) {
    throw new StepError(
      `writing the bundle on ${session.target} failed (exit ${r.code}, ${written.length} of ${placed.length} files written): ${lastLines(r.stderr)}`,
      r.code === 67
        ? `install ${SIDECAR_PACKAGE} first (sidecar-package)`
        : `check that ${s.ssh.target.user} may run sudo without a password (sudo -n)`,
    );
  }
  for (const f of placed) log.info(`wrote ${f.path} (istio-proxy, mode ${formatMode(f.mode)}${f.secret ? ', secret' : ''})`);
  if (block.lines.length) log.info(`${HOSTS_FILE}: block "${block.marker}" holds ${block.lines.join('; ')}`);
  return block;
}

/** Keeps the action's connection out of Istio's REDIRECT rules while they come up (remote-commands.ts CONNTRACK_HOLD_COMMENT). */
async function holdConntrack(session: SshSession, s: Settings, signal: AbortSignal): Promise<void> {
  const r = await session.exec(holdConntrackCommand(s), { signal });
  if (r.code !== 0 || r.stdout.trim() !== 'held') {
    throw new StepError(
      `tracking this SSH connection before Istio's iptables chains come up failed on ${session.target} (exit ${r.code}): ${lastLines(r.stderr)}`,
      `check that ${s.ssh.target.user} may run sudo without a password and that iptables works on the VM (the istio-sidecar package needs it)`,
    );
  }
}

/** Enables and (re)starts the unit, then waits for readiness in the same round trip; `ready` when it answered 200 within it. */
export async function startUnit(
  session: SshSession,
  s: Settings,
  log: Logger,
  signal: AbortSignal,
): Promise<{ ready: boolean; last: string | undefined; waitS: number }> {
  await holdConntrack(session, s, signal);
  const waitS = startReadyWaitS(s);
  // The start also waits up to 10 s for Istio's chains before the readiness wait.
  const r = await session.exec(startSidecarUnitCommand(s, waitS), { signal, timeoutMs: s.ssh.commandTimeoutMs + (waitS + 10) * 1000 });
  if (r.code !== 0) {
    throw new StepError(
      `systemctl enable and restart ${SIDECAR_UNIT} on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`,
      'read the unit journal below',
      await unitLogs(session, s, signal),
    );
  }
  log.info(`enabled and (re)started the ${SIDECAR_UNIT} unit`);
  const { last } = readyAfterStart(r.stdout);
  if (last === '200') log.info(`the ${SIDECAR_UNIT} unit is ready (:15020/healthz/ready answered 200 in the round trip that started it)`);
  return { ready: last === '200', last, waitS };
}

export async function unitLogs(session: SshSession, s: Settings, signal: AbortSignal, tail = LOG_TAIL, since?: string): Promise<string[]> {
  const r = await session.exec(sidecarLogsCommand(s, tail, since), { signal });
  return `${r.stdout}${r.stderr}`.split('\n').filter((l) => l.trim() !== '');
}

export async function waitUnitReady(session: SshSession, s: Settings, log: Logger, signal: AbortSignal, since?: number): Promise<void> {
  const { ready, last } = await pollReady(session, s, signal, since);
  if (ready) {
    log.info(`the ${SIDECAR_UNIT} unit is ready (:15020/healthz/ready answered 200)`);
    return;
  }
  const state = await session.exec(sidecarUnitStateCommand(s), { signal });
  throw new StepError(
    `the ${SIDECAR_UNIT} unit on ${session.target} was not ready within ${Math.round(s.proxy.readyTimeoutMs / 1000)} s (last readiness answer: ${last || 'none'}; unit: ${state.stdout.trim().split('\n').join(' ') || lastLines(state.stderr)})`,
    'read the journal and /var/log/istio below: a token or root certificate problem, or a gateway the VM cannot reach on 15012/15443',
    await unitLogs(session, s, signal),
  );
}

/** Stops and disables the unit; false when there was no unit. The package stays. Anything but "stopped" or "absent" is an error (a refused sudo, SSH's 255). */
export async function stopUnit(session: SshSession, s: Settings, signal: AbortSignal): Promise<boolean> {
  const r = await session.exec(stopSidecarUnitCommand(s), { signal });
  const said = r.stdout.trim().split('\n').pop();
  if (r.code === 0 && said === 'stopped') return true;
  if (r.code === 0 && said === 'absent') return false;
  throw new StepError(
    `stopping the ${SIDECAR_UNIT} unit on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`,
    `check that ${s.ssh.target.user} may run sudo without a password (sudo -n), then run again`,
  );
}

/**
 * Removes the placed files of these bundle names (the others have no place in this runtime) and the credentials pilot-
 * agent wrote; returns the paths that were there.
 */
export async function removePlacedFiles(
  session: SshSession,
  s: Settings,
  names: readonly string[],
  signal: AbortSignal,
): Promise<string[]> {
  const paths = [
    ...PLACED_FILES.filter((p) => names.includes(p.name)).map((p) => p.path),
    ...PROXY_WRITTEN_CREDENTIALS,
    TOKEN_LINK,
    TOKEN_TMPFILES,
  ];
  const r = await session.exec(removePlacedFilesCommand(s, paths), { signal });
  if (r.code !== 0) throw new StepError(`removing ${paths.join(', ')} on ${session.target} failed: ${lastLines(r.stderr)}`);
  return r.stdout.split('\n').filter((l) => paths.includes(l));
}
