// The istio-sidecar .deb and .rpm of the test world, laid out as Istio's own packages
// (tools/packaging/packaging.mk in the Istio module: `deb/fpm` and `rpm/fpm`, one list of files
// for both, SIDECAR_FILES): the real pilot-agent and Envoy in /usr/local/bin, Istio's
// istio-start.sh, istio.service (/lib/systemd/system), sidecar.env and the bootstrap template
// (/var/lib/istio/envoy/envoy_bootstrap_tmpl.json) as config files, postinst.sh as the
// after-install script (it creates the istio-proxy user), the same dependencies (the rpm's
// `iproute` where the deb says `iproute2`). The version is Istio's PACKAGE_VERSION rule applied
// to ISTIO_VERSION (versions.env).
// The .deb is built with dpkg-deb. Upstream builds the .rpm with fpm (a Ruby gem, not packaged
// here); this one is built by rpmbuild from the spec fpm writes (fpm's templates/rpm.erb): no
// build steps of rpm's own (no stripping), AutoReqProv off, Release 1, the after-install script
// as %post (run by /bin/sh), the config files as %config(noreplace), %defattr(-,root,root,-),
// the files as staged. Its payload digest is sha256 (fpm's default, md5, is refused by rpm
// distributions in FIPS mode) and its payload gzip -1, as the .deb's (FAST_VM_BUILDS upstream).
// Each is built once and cached next to the binaries (their directory is keyed by version).
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { runOk, runSync } from '../procs.js';
import { controlPlaneBinaries } from './binaries.js';

export const SIDECAR_PACKAGE = 'istio-sidecar';

export interface SidecarDeb {
  path: string;
  version: string;
  sha256: string;
  bytes: number;
  cached: boolean;
  buildMs: number;
}

/** packaging.mk: `echo $(VERSION) | sed 's/^[a-z]*-//' | sed 's/-//'`. */
export function packageVersion(istioVersion: string): string {
  return istioVersion.replace(/^[a-z]*-/, '').replace('-', '');
}

function istioVersion(): string {
  const env = readFileSync(resolve(import.meta.dirname, '../../../scripts/control-plane/versions.env'), 'utf8');
  const v = /^ISTIO_VERSION=(\S+)$/m.exec(env)?.[1];
  if (!v) throw new Error('scripts/control-plane/versions.env has no ISTIO_VERSION');
  return v;
}

const sha256Of = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** packaging.mk's SIDECAR_FILES: [path in the package, file here, mode]. */
function sidecarFiles(bins: ReturnType<typeof controlPlaneBinaries>): Array<[string, string, number]> {
  const common = (n: string): string => join(bins.istioFiles, n);
  return [
    ['usr/local/bin/pilot-agent', bins.pilotAgent, 0o755],
    ['usr/local/bin/envoy', bins.envoy, 0o755],
    ['usr/local/bin/istio-start.sh', common('istio-start.sh'), 0o755],
    ['lib/systemd/system/istio.service', common('istio.service'), 0o644],
    ['var/lib/istio/envoy/sidecar.env', common('sidecar.env'), 0o644],
    ['var/lib/istio/envoy/envoy_bootstrap_tmpl.json', common('envoy_bootstrap.json'), 0o644],
  ];
}
/** packaging.mk's --config-files. */
const CONFIG_FILES = ['/var/lib/istio/envoy/envoy_bootstrap_tmpl.json', '/var/lib/istio/envoy/sidecar.env'];

function stage(root: string, files: Array<[string, string, number]>): void {
  for (const [dest, src, mode] of files) {
    const p = join(root, dest);
    mkdirSync(dirname(p), { recursive: true });
    copyFileSync(src, p);
    chmodSync(p, mode);
  }
}

export async function buildSidecarDeb(): Promise<SidecarDeb> {
  const bins = controlPlaneBinaries();
  const version = packageVersion(istioVersion());
  const path = join(bins.dir, `${SIDECAR_PACKAGE}_${version}_amd64.deb`);
  const t0 = Date.now();
  const cached = existsSync(path);
  if (!cached) {
    const root = mkdtempSync(join(bins.dir, 'deb-'));
    try {
      stage(root, [...sidecarFiles(bins), ['DEBIAN/postinst', join(bins.istioFiles, 'postinst.sh'), 0o755]]);
      writeFileSync(join(root, 'DEBIAN/conffiles'), CONFIG_FILES.map((f) => `${f}\n`).join(''));
      writeFileSync(
        join(root, 'DEBIAN/control'),
        [
          `Package: ${SIDECAR_PACKAGE}`,
          `Version: ${version}`,
          'Architecture: amd64',
          'Maintainer: istio@istio.io',
          'Vendor: istio.io',
          'Homepage: http://istio.io',
          'License: Apache',
          'Depends: iproute2, iptables, sudo, hostname',
          'Description: Istio Sidecar',
          '',
        ].join('\n'),
      );
      const tmp = `${path}.${process.pid}.tmp`;
      // gzip -1: a .deb of ~100 MB of binaries in seconds (xz takes a minute); as FAST_VM_BUILDS does upstream.
      await runOk('dpkg-deb', ['--root-owner-group', '-Zgzip', '-z1', '--build', root, tmp]);
      renameSync(tmp, path);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }
  return { path, version, sha256: sha256Of(path), bytes: statSync(path).size, cached, buildMs: Date.now() - t0 };
}

/** The spec fpm would write for `rpm/fpm` (fpm templates/rpm.erb), files staged in the build root. */
export function sidecarRpmSpec(version: string, files: readonly string[], postinst: string): string {
  return [
    ...['prep', 'build', 'install', 'clean'].flatMap((step) => [`%define __spec_${step}_post true`, `%define __spec_${step}_pre true`]),
    '%define _binary_filedigest_algorithm 8',
    '%define _binary_payload w1.gzdio',
    '%define debug_package %{nil}',
    `Name: ${SIDECAR_PACKAGE}`,
    `Version: ${version}`,
    'Release: 1',
    'Summary: Istio Sidecar',
    'BuildArch: x86_64',
    'AutoReqProv: no',
    'BuildRoot: %buildroot',
    'Group: default',
    'License: Apache',
    'Vendor: istio.io',
    'URL: http://istio.io',
    'Packager: istio@istio.io',
    ...['iproute', 'iptables', 'sudo', 'hostname'].map((d) => `Requires: ${d}`),
    '%description',
    'Istio Sidecar',
    '%prep',
    '%build',
    '%install',
    '%clean',
    '%post',
    postinst.trimEnd(),
    '',
    '%files',
    '%defattr(-,root,root,-)',
    ...CONFIG_FILES.map((f) => `%config(noreplace) "${f}"`),
    ...files
      .map((f) => `/${f}`)
      .filter((f) => !CONFIG_FILES.includes(f))
      .map((f) => `"${f}"`),
    '%changelog',
    '',
  ].join('\n');
}

/** The istio-sidecar .rpm (rpmbuild from fpm's spec, see the header), cached like the .deb. */
export async function buildSidecarRpm(): Promise<SidecarDeb> {
  const bins = controlPlaneBinaries();
  const version = packageVersion(istioVersion());
  const path = join(bins.dir, `${SIDECAR_PACKAGE}-${version}-1.x86_64.rpm`);
  const t0 = Date.now();
  const cached = existsSync(path);
  if (!cached) {
    if (runSync('sh', ['-c', 'command -v rpmbuild']).code !== 0)
      throw new Error('building the istio-sidecar .rpm needs rpmbuild on the host (apt-get install rpm; scripts/setup.sh does)');
    const top = mkdtempSync(join(bins.dir, 'rpm-'));
    try {
      const files = sidecarFiles(bins);
      stage(join(top, 'root'), files);
      writeFileSync(
        join(top, 'istio-sidecar.spec'),
        sidecarRpmSpec(
          version,
          files.map(([dest]) => dest),
          readFileSync(join(bins.istioFiles, 'postinst.sh'), 'utf8'),
        ),
      );
      await runOk('rpmbuild', [
        '--quiet',
        '--define',
        `_topdir ${top}/top`,
        '--define',
        `buildroot ${top}/root`,
        '--define',
        `_tmppath ${top}/tmp`,
        '-bb',
        join(top, 'istio-sidecar.spec'),
      ]);
      const tmp = `${path}.${process.pid}.tmp`;
      renameSync(join(top, 'top/RPMS/x86_64', `${SIDECAR_PACKAGE}-${version}-1.x86_64.rpm`), tmp);
      renameSync(tmp, path);
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  }
  return { path, version: `${version}-1`, sha256: sha256Of(path), bytes: statSync(path).size, cached, buildMs: Date.now() - t0 };
}

/**
 * The same package under another version (VERSION+suffix), written into dir: what an upgrade
 * installs. dpkg-deb unpacks it, the control file's Version changes, dpkg-deb packs it again.
 */
export function sidecarDebWithVersion(deb: SidecarDeb, suffix: string, dir: string): { path: string; sha256: string; version: string } {
  const tree = join(dir, `tree-${suffix}`);
  execFileSync('dpkg-deb', ['-R', deb.path, tree]);
  const version = `${deb.version}+${suffix}`;
  execFileSync('sed', ['-i', `s/^Version: .*/Version: ${version}/`, join(tree, 'DEBIAN', 'control')]);
  const path = join(dir, `istio-sidecar-${suffix}.deb`);
  execFileSync('dpkg-deb', ['-Zgzip', '-z1', '--root-owner-group', '-b', tree, path], { stdio: 'ignore' });
  rmSync(tree, { recursive: true, force: true });
  return { path, version, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') };
}
