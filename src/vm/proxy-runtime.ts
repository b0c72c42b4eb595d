// The proxy runtime the modes use, chosen once by proxy-runtime: the docker runtime (the
// istio-proxy container, tctl's way) or the systemd runtime (Istio's istio-sidecar package and
// its unit, Istio's VM guide). Same calls, same order, same restore for both: the modes never
// ask which one they have.
import { basename } from 'node:path';
import type { MeshFacts } from '../cluster/mesh-facts.js';
import { formatDuration } from '../config/duration.js';
import type { Settings } from '../config/settings.js';
import type { Logger } from '../log.js';
import { BUNDLE_FILE_NAMES, CONTAINER_CERTS_DIR, formatMode, type BundleFile } from '../plan/bundle.js';
import type { WorkloadIdentity } from '../plan/effective-workload.js';
import {
  HOSTS_FILE,
  installBundleCommand,
  installPlacedFilesCommand,
  proxyCertsDir,
  proxyLogsCommand,
  readinessCommand,
  removeBundleCommand,
  removePlacedFilesCommand,
  removeProxyCommand,
  replaceProxyCommand,
  holdConntrackCommand,
  sidecarLogsCommand,
  SIDECAR_PACKAGE,
  SIDECAR_UNIT,
  startReadyWaitS,
  startSidecarUnitCommand,
  stopSidecarUnitCommand,
  type HostsBlock,
} from '../plan/remote-commands.js';
import { shellJoin } from '../plan/shell.js';
import * as docker from './docker-runtime.js';
import * as systemd from './systemd-runtime.js';
import type { SshSession } from './ssh-session.js';

export { removeHostsBlock } from './docker-runtime.js';

/**
 * What the runtime found before this run changed anything, and what the run has switched so
 * far: restore() reads it to put exactly that back.
 */
export interface VmChange {
  /** The proxy ran before this run (a re-run): a failure brings it back rather than removing it. */
  hadProxy: boolean;
  /** What ran before, for the report ("image X", "the istio unit (istio-sidecar V)"). */
  previous: string;
  /** The proxy version this run brings, in the same words ("image Y", "istio-sidecar from FILE"): a rollout's old -> new. */
  next: string;
  /** The package was switched (systemd runtime). */
  packageSwitched: boolean;
  /** The bundle or the proxy was (maybe partly) switched: restore has something to do. */
  switched: boolean;
  /** This run got as far as replacing the proxy (container or unit). */
  proxyStarted: boolean;
  /** Runtime-specific state from prepare. */
  state: unknown;
}

export interface ProxyRuntime {
  readonly name: 'docker' | 'systemd';
  /**
   * Before anything changes, on the VM or in the cluster: what the new proxy needs is there (image pulled, package
   * uploaded and verified) and the current proxy's state read.
   */
  prepare(session: SshSession, facts: MeshFacts, log: Logger, signal: AbortSignal): Promise<{ change: VmChange; detail: string }>;
  /**
   * The systemd runtime's package, installed with the previous one's file kept (sets change.packageSwitched when it
   * installs one); undefined when the runtime has no package step.
   */
  installPackage?(session: SshSession, change: VmChange, signal: AbortSignal): Promise<string>;
  /** Writes the bundle and the /etc/hosts block, keeping what they replace; returns the step's detail. */
  installBundle(session: SshSession, files: BundleFile[], hosts: HostsBlock, log: Logger, signal: AbortSignal): Promise<string>;
  /**
   * Starts the new proxy, the previous one stopped and kept, and waits for readiness a round trip's while in the same
   * round trip (`ready`: it answered 200 by then).
   */
  start(
    session: SshSession,
    w: WorkloadIdentity,
    facts: MeshFacts,
    log: Logger,
    signal: AbortSignal,
  ): Promise<{ detail: string; ready: boolean }>;
  /** Polls readiness until ready-timeout, counted from `since` (when the start began). */
  waitReady(session: SshSession, log: Logger, signal: AbortSignal, since?: number): Promise<void>;
  /** Puts back what the change replaced (a first onboarding: removes what it made); `restarted` names the previous proxy when it was started again. */
  restore(session: SshSession, change: VmChange, marker: string, signal: AbortSignal): Promise<{ notes: string[]; restarted: string }>;
  /** The change is verified: what was kept for a restore goes. */
  commit(session: SshSession, change: VmChange, signal: AbortSignal): Promise<void>;
  logs(session: SshSession, signal: AbortSignal, tail?: number, since?: string): Promise<string[]>;
  /** The command logs() runs, for a dry-run's plan. */
  logsCommand(tail: number, since: string): string[];
  /** Offboarding: stops the proxy (container removed, or unit stopped and disabled; the package stays); returns what the report says. */
  stop(session: SshSession, signal: AbortSignal): Promise<string>;
  /** Offboarding: removes the bundle files and every credential the proxy wrote; returns what the report says was removed. */
  removeBundle(session: SshSession, signal: AbortSignal): Promise<string>;
  /** What a dry-run says the runtime does on the VM, after the token (files: the bundle as it would be written). */
  planLines(
    w: WorkloadIdentity,
    facts: MeshFacts | undefined,
    files: BundleFile[] | undefined,
    hosts: HostsBlock,
    redacted: string,
  ): string[];
  /** What an offboard dry-run says it runs on the VM. */
  offboardLines(): string[];
}

const REDACT_NOTE = (f: BundleFile, redacted: string) => (f.secret ? [redacted] : f.content.trimEnd().split('\n')).map((l) => `    | ${l}`);

function dockerRuntime(s: Settings): ProxyRuntime {
  return {
    name: 'docker',
    prepare: async (session, facts, log, signal) => {
      const { before, detail } = await docker.prepareProxy(session, s, facts, log, signal);
      const hadProxy = before.status !== 'none';
      return {
        change: {
          hadProxy,
          previous: hadProxy ? `image ${before.image}` : '',
          next: `image ${facts.image}`,
          packageSwitched: false,
          switched: false,
          proxyStarted: false,
          state: before,
        },
        detail,
      };
    },
    installBundle: async (session, files, hosts, log, signal) => {
      await docker.installBundle(session, s, files, hosts, log, signal);
      return `${files.map((f) => `${f.name} ${formatMode(f.mode)}`).join(', ')}; ${HOSTS_FILE}: ${hosts.lines.length ? hosts.lines.join('; ') : 'no mesh hosts'}`;
    },
    start: (session, w, facts, log, signal) => docker.startProxy(session, s, w, facts, log, signal),
    waitReady: (session, log, signal, since) => docker.waitReady(session, s, log, signal, since),
    restore: (session, change, marker, signal) =>
      docker.restore(session, s, change.state as docker.ProxyBefore, change.proxyStarted, marker, signal),
    commit: (session, change, signal) => docker.commit(session, s, change.state as docker.ProxyBefore, signal),
    logs: (session, signal, tail, since) => docker.proxyLogs(session, s, signal, tail, since),
    logsCommand: (tail, since) => proxyLogsCommand(s, tail, since),
    stop: async (session, signal) =>
      (await docker.removeProxy(session, s, signal)) ? 'removed the istio-proxy container' : 'no istio-proxy container',
    // pilot-agent writes the workload's key and certificates into OUTPUT_CERTS, the VM's
    // certificates directory mounted at CONTAINER_CERTS_DIR: removed with the bundle.
    removeBundle: async (session, signal) => {
      await docker.removeBundle(session, s, BUNDLE_FILE_NAMES, signal);
      return `removed ${BUNDLE_FILE_NAMES.join(', ')} and ${proxyCertsDir(s)} (the root certificate, and the workload key and certificates pilot-agent wrote there as ${CONTAINER_CERTS_DIR})`;
    },
    planLines: (w, facts, files, hosts, redacted) => [
      "interception none (the docker runtime's only mode: its container has no iptables step): applications reach mesh hosts through the /etc/hosts block, at the Sidecar's egress listeners",
      `check on the VM that the proxy image is there (else docker pull it), before anything changes${facts ? `: ${facts.image}` : ''}`,
      ...(files
        ? [
            `write the bootstrap bundle and the ${HOSTS_FILE} block (staged first, the previous files and block kept until the new proxy is verified), and the root certificate into ${proxyCertsDir(s)} (pilot-agent's PROV_CERT and OUTPUT_CERTS, where it writes the workload key and chain; the previous ones kept), with: ${shellJoin(installBundleCommand(s, hosts))}`,
            ...files.flatMap((f) => [`  ${s.proxy.configDir}/${f.name} (mode ${formatMode(f.mode)}):`, ...REDACT_NOTE(f, redacted)]),
          ]
        : [
            `write the bootstrap bundle (${BUNDLE_FILE_NAMES.join(', ')}) into ${s.proxy.configDir} and the root certificate into ${proxyCertsDir(s)}, the previous files kept until the new proxy is verified`,
          ]),
      hosts.lines.length
        ? `${HOSTS_FILE} on the VM: the block "# BEGIN ${hosts.marker}" holds (no other line changes):`
        : `${HOSTS_FILE} on the VM: no mesh hosts, so no block "# BEGIN ${hosts.marker}" (an old one is removed)`,
      ...hosts.lines.map((l) => `    | ${l}`),
      ...(!s.proxy.start
        ? []
        : [
            facts
              ? `run (a previous container stopped and kept as istio-proxy-previous, then docker run, then up to ${startReadyWaitS(s)} s of the readiness wait, in one round trip): ${shellJoin(replaceProxyCommand(s, w, facts, startReadyWaitS(s)))}`
              : `run, in one round trip: a previous container stopped and kept as istio-proxy-previous, then docker run ... istio-proxy (image from the mesh install), then up to ${startReadyWaitS(s)} s of the readiness wait`,
            `when not ready by then, wait up to ${formatDuration(s.proxy.readyTimeoutMs)} from the start for: ${shellJoin(readinessCommand())}`,
          ]),
    ],
    offboardLines: () => [shellJoin(removeProxyCommand(s)), shellJoin(removeBundleCommand(s, BUNDLE_FILE_NAMES))],
  };
}

/** What the dry-run says about interception on a systemd VM. */
function interceptionLine(s: Settings, files: BundleFile[] | undefined): string {
  if (s.proxy.interception === 'none')
    return "interception none: cluster.env sets ISTIO_CUSTOM_IP_TABLES, so istio-start.sh skips its iptables step; applications reach mesh hosts through the /etc/hosts block, at the Sidecar's egress listeners";
  const env = files?.find((f) => f.name === 'cluster.env')?.env;
  const dns = !env
    ? "DNS to pilot-agent's DNS proxy if the mesh sets ISTIO_META_DNS_CAPTURE"
    : systemd.goTrue(env.ISTIO_META_DNS_CAPTURE)
      ? "DNS to pilot-agent's DNS proxy (the mesh sets ISTIO_META_DNS_CAPTURE)"
      : 'no DNS capture (the mesh does not set ISTIO_META_DNS_CAPTURE)';
  const ports = env ? ` (inbound ports ${env.ISTIO_INBOUND_PORTS}, never ${env.ISTIO_LOCAL_EXCLUDE_PORTS})` : ' (never port 22)';
  return `interception redirect: istio-start.sh's iptables step captures the workload's inbound ports${ports} and outbound traffic to Envoy, ${dns}; stopping the unit, offboarding and a rollback remove Istio's chains (iptables legacy and nft)`;
}

function systemdRuntime(s: Settings): ProxyRuntime {
  return {
    name: 'systemd',
    prepare: async (session, _facts, log, signal) => {
      const prepared = await systemd.prepareSidecar(session, s, log, signal);
      const hadProxy = prepared.before.unit === 'active';
      const detail = prepared.staged
        ? `uploaded ${s.proxy.sidecarPackage} and checked its sha256 on the VM (installed later in the change)`
        : prepared.detail;
      const next = s.proxy.sidecarPackage
        ? `${SIDECAR_PACKAGE} from ${basename(s.proxy.sidecarPackage)}`
        : `${SIDECAR_PACKAGE} ${prepared.before.version}`;
      return {
        change: {
          hadProxy,
          previous: hadProxy ? `the ${SIDECAR_UNIT} unit (${SIDECAR_PACKAGE} ${prepared.before.version})` : '',
          next,
          packageSwitched: false,
          switched: false,
          proxyStarted: false,
          state: prepared,
        },
        detail: `${detail}; the ${SIDECAR_UNIT} unit now: ${prepared.before.unit}`,
      };
    },
    installPackage: (session, change, signal) => {
      const prepared = change.state as systemd.SidecarPrepared;
      // Set before the install runs: one cut short may still have replaced the package.
      change.packageSwitched = Boolean(prepared.staged);
      return systemd.installSidecar(session, s, prepared, signal);
    },
    installBundle: async (session, files, hosts, log, signal) => {
      const block = await systemd.installPlacedBundle(session, s, files, hosts, log, signal);
      return `${systemd.PLACED_FILES.map((p) => `${p.path} ${p.mode.toString(8).padStart(4, '0')}`).join(', ')} (istio-proxy); ${HOSTS_FILE}: ${block.lines.join('; ')}`;
    },
    start: async (session, _w, _facts, log, signal) => {
      const { ready, last, waitS } = await systemd.startUnit(session, s, log, signal);
      return {
        detail: `enabled and (re)started the ${SIDECAR_UNIT} unit; ${ready ? 'ready in the same round trip' : `not ready within its ${waitS} s (last answer: ${last ?? 'none'})`}`,
        ready,
      };
    },
    waitReady: (session, log, signal, since) => systemd.waitUnitReady(session, s, log, signal, since),
    restore: (session, change, marker, signal) =>
      systemd.restore(session, s, change.state as systemd.SidecarPrepared, change.packageSwitched, marker, signal),
    commit: (session, _change, signal) => systemd.commit(session, s, signal),
    logs: (session, signal, tail, since) => systemd.unitLogs(session, s, signal, tail, since),
    logsCommand: (tail, since) => sidecarLogsCommand(s, tail, since),
    stop: async (session, signal) =>
      `${(await systemd.stopUnit(session, s, signal)) ? 'stopped and disabled the istio unit' : 'no istio unit'} (the istio-sidecar package stays)`,
    removeBundle: async (session, signal) => {
      const removed = await systemd.removePlacedFiles(session, s, BUNDLE_FILE_NAMES, signal);
      const written = removed.filter((p) => (systemd.PROXY_WRITTEN_CREDENTIALS as readonly string[]).includes(p));
      return `removed the bundle files at Istio's paths${written.length ? ` and the credentials pilot-agent wrote (${written.join(', ')})` : ' (pilot-agent had written no key or certificate)'}`;
    },
    planLines: (_w, _facts, files, hosts) => {
      const pkg = s.proxy.sidecarPackage
        ? `upload ${s.proxy.sidecarPackage} and check its sha256 on the VM before anything changes; install it with dpkg or rpm (what the VM has) in the change, unless this file is already installed, keeping the previous package file of this action's for a restore`
        : `use the installed ${SIDECAR_PACKAGE} package (no sidecar-package given)`;
      return [
        pkg,
        interceptionLine(s, files),
        `write, owned by istio-proxy, where ${SIDECAR_PACKAGE} reads them (staged first, the previous files and the key and certificates pilot-agent wrote kept until the new proxy is verified; the new proxy starts from its token), with: ${shellJoin(installPlacedFilesCommand(s, [...systemd.PLACED_FILES], { marker: '<workload block>', lines: [] }, systemd.KEPT_CREDENTIALS, systemd.PLACED_OPTIONS))}`,
        `link ${systemd.TOKEN_LINK} (where pilot-agent reads the token, a tmpfs) to ${systemd.TOKEN_PATH}, made again at every boot by ${systemd.TOKEN_TMPFILES}`,
        ...(files
          ? systemd.placedBundle(files, s.proxy.interception).flatMap((f) => [
              `  ${f.path} (mode ${formatMode(f.mode)}):`,
              ...f.content
                .trimEnd()
                .split('\n')
                .map((l) => `    | ${l}`),
            ])
          : systemd.PLACED_FILES.map((p) => `  ${p.path} (mode ${formatMode(p.mode)}) from the bundle's ${p.name}`)),
        `${HOSTS_FILE} on the VM: the block "# BEGIN ${hosts.marker}" holds istiod's names at the gateway${files ? ` (${(files.find((f) => f.name === 'hosts')?.content ?? '').trim() || 'none: a host-name gateway'})` : ''}${hosts.lines.length ? ` and the mesh hosts: ${hosts.lines.join('; ')}` : ''} (no other line changes)`,
        ...(!s.proxy.start
          ? []
          : [
              `keep this SSH connection tracked while Istio's chains come up: ${shellJoin(holdConntrackCommand(s))}`,
              `run (then up to ${startReadyWaitS(s)} s of the readiness wait, in one round trip): ${shellJoin(startSidecarUnitCommand(s, startReadyWaitS(s)))}`,
              `when not ready by then, wait up to ${formatDuration(s.proxy.readyTimeoutMs)} from the start for: ${shellJoin(readinessCommand())}`,
            ]),
      ];
    },
    offboardLines: () => [
      shellJoin(stopSidecarUnitCommand(s)),
      shellJoin(
        removePlacedFilesCommand(s, [
          ...systemd.PLACED_FILES.map((p) => p.path),
          ...systemd.PROXY_WRITTEN_CREDENTIALS,
          systemd.TOKEN_LINK,
          systemd.TOKEN_TMPFILES,
        ]),
      ),
      `(the ${SIDECAR_PACKAGE} package and its ${SIDECAR_UNIT} unit file stay installed)`,
    ],
  };
}

/** The runtime of these settings, chosen once. */
export function proxyRuntime(s: Settings): ProxyRuntime {
  return s.proxy.runtime === 'systemd' ? systemdRuntime(s) : dockerRuntime(s);
}
