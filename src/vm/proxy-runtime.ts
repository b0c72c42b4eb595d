// The proxy runtime the modes use, chosen by proxy-runtime: the docker runtime (the
// istio-proxy container, tctl's way) or the systemd runtime (Istio's istio-sidecar package and
// its unit, Istio's VM guide). Same calls, same order, same rollback for both.
import type { MeshFacts } from '../cluster/mesh-facts.js';
import { formatDuration } from '../config/duration.js';
import type { Settings } from '../config/settings.js';
import type { Logger } from '../log.js';
import { formatMode, type BundleFile } from '../plan/bundle.js';
import type { WorkloadIdentity } from '../plan/effective-workload.js';
import {
  HOSTS_FILE, installPlacedFilesCommand, readinessCommand, removePlacedFilesCommand, SIDECAR_PACKAGE, SIDECAR_UNIT, startSidecarUnitCommand, stopSidecarUnitCommand,
  type HostsBlock,
} from '../plan/remote-commands.js';
import { shellJoin } from '../plan/shell.js';
import * as docker from './docker-runtime.js';
import * as systemd from './systemd-runtime.js';
import type { SshSession } from './ssh-session.js';

export { removeHostsBlock } from './docker-runtime.js';

/** Before anything is written for the proxy: the systemd runtime's package; '' when the runtime needs nothing. */
export async function prepareRuntime(session: SshSession, s: Settings, log: Logger, signal: AbortSignal): Promise<string> {
  return s.proxy.runtime === 'systemd' ? systemd.ensureSidecarPackage(session, s, log, signal) : '';
}

/** Writes the bundle and the /etc/hosts block; for the systemd runtime, returns what went where (the step's detail). */
export async function installBundle(session: SshSession, s: Settings, files: BundleFile[], hosts: HostsBlock, log: Logger, signal: AbortSignal): Promise<string | undefined> {
  if (s.proxy.runtime !== 'systemd') {
    await docker.installBundle(session, s, files, hosts, log, signal);
    return undefined;
  }
  const block = await systemd.installPlacedBundle(session, s, files, hosts, log, signal);
  return `${systemd.PLACED_FILES.map((p) => `${p.path} ${p.mode.toString(8).padStart(4, '0')}`).join(', ')} (istio-proxy); ${HOSTS_FILE}: ${block.lines.join('; ')}`;
}

export async function startProxy(session: SshSession, s: Settings, w: WorkloadIdentity, facts: MeshFacts, log: Logger, signal: AbortSignal): Promise<void> {
  if (s.proxy.runtime === 'systemd') await systemd.startUnit(session, s, log, signal);
  else await docker.startProxy(session, s, w, facts, log, signal);
}

export async function waitReady(session: SshSession, s: Settings, log: Logger, signal: AbortSignal): Promise<void> {
  if (s.proxy.runtime === 'systemd') await systemd.waitUnitReady(session, s, log, signal);
  else await docker.waitReady(session, s, log, signal);
}

export async function proxyLogs(session: SshSession, s: Settings, signal: AbortSignal, tail?: number, since?: string): Promise<string[]> {
  return s.proxy.runtime === 'systemd' ? systemd.unitLogs(session, s, signal, tail, since) : docker.proxyLogs(session, s, signal, tail, since);
}

/** Stops the proxy: removes the container, or stops and disables the unit (the package stays). */
export async function removeProxy(session: SshSession, s: Settings, signal: AbortSignal): Promise<boolean> {
  return s.proxy.runtime === 'systemd' ? systemd.stopUnit(session, s, signal) : docker.removeProxy(session, s, signal);
}

export async function removeBundle(session: SshSession, s: Settings, names: readonly string[], signal: AbortSignal): Promise<void> {
  if (s.proxy.runtime === 'systemd') await systemd.removePlacedFiles(session, s, names, signal);
  else await docker.removeBundle(session, s, names, signal);
}

/** What a dry-run says the systemd runtime would do on the VM (the docker runtime's lines are onboard's own). */
export function systemdPlanLines(s: Settings, files: BundleFile[] | undefined, hosts: HostsBlock): string[] {
  const pkg = s.proxy.sidecarPackage
    ? `install ${s.proxy.sidecarPackage} with dpkg or rpm (what the VM has), unless this file is already installed; its sha256 checked on the VM`
    : `use the installed ${SIDECAR_PACKAGE} package (no sidecar-package given)`;
  return [
    pkg,
    `write, owned by istio-proxy, where ${SIDECAR_PACKAGE} reads them, with: ${shellJoin(installPlacedFilesCommand(s, [...systemd.PLACED_FILES], { marker: '<workload block>', lines: [] }))}`,
    ...(files
      ? systemd.placedBundle(files).flatMap((f) => [`  ${f.path} (mode ${formatMode(f.mode)}):`, ...f.content.trimEnd().split('\n').map((l) => `    | ${l}`)])
      : systemd.PLACED_FILES.map((p) => `  ${p.path} (mode ${formatMode(p.mode)}) from the bundle's ${p.name}`)),
    `${HOSTS_FILE} on the VM: the block "# BEGIN ${hosts.marker}" holds istiod's names at the gateway${files ? ` (${(files.find((f) => f.name === 'hosts')?.content ?? '').trim() || 'none: a host-name gateway'})` : ''}${hosts.lines.length ? ` and the mesh hosts: ${hosts.lines.join('; ')}` : ''} (no other line changes)`,
    `run: ${shellJoin(startSidecarUnitCommand(s))}`,
    `wait up to ${formatDuration(s.proxy.readyTimeoutMs)} for: ${shellJoin(readinessCommand())}`,
  ];
}

/** What offboarding runs for the systemd runtime. */
export function systemdOffboardLines(s: Settings): string[] {
  return [
    shellJoin(stopSidecarUnitCommand(s)),
    shellJoin(removePlacedFilesCommand(s, systemd.PLACED_FILES.map((p) => p.path))),
    `(the ${SIDECAR_PACKAGE} package and its ${SIDECAR_UNIT} unit file stay installed)`,
  ];
}
