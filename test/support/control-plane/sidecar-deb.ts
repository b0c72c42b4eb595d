// The istio-sidecar .deb of the test world, laid out as Istio's own package
// (tools/packaging/packaging.mk in the Istio module, `deb/fpm`): the real pilot-agent and Envoy
// in /usr/local/bin, Istio's istio-start.sh, istio.service (/lib/systemd/system), sidecar.env
// and the bootstrap template (/var/lib/istio/envoy/envoy_bootstrap_tmpl.json) as conffiles,
// postinst.sh as the maintainer script (it creates the istio-proxy user), the same Depends.
// The version is Istio's PACKAGE_VERSION rule applied to ISTIO_VERSION (versions.env).
// Built with dpkg-deb once, cached next to the binaries (their directory is keyed by version).
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { runOk } from '../procs.js';
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

export async function buildSidecarDeb(): Promise<SidecarDeb> {
  const bins = controlPlaneBinaries();
  const version = packageVersion(istioVersion());
  const path = join(bins.dir, `${SIDECAR_PACKAGE}_${version}_amd64.deb`);
  const t0 = Date.now();
  const cached = existsSync(path);
  if (!cached) {
    const root = mkdtempSync(join(bins.dir, 'deb-'));
    try {
      const put = (dest: string, src: string, mode: number): void => {
        const p = join(root, dest);
        mkdirSync(dirname(p), { recursive: true });
        copyFileSync(src, p);
        chmodSync(p, mode);
      };
      const common = (n: string): string => join(bins.istioFiles, n);
      put('usr/local/bin/pilot-agent', bins.pilotAgent, 0o755);
      put('usr/local/bin/envoy', bins.envoy, 0o755);
      put('usr/local/bin/istio-start.sh', common('istio-start.sh'), 0o755);
      put('lib/systemd/system/istio.service', common('istio.service'), 0o644);
      put('var/lib/istio/envoy/sidecar.env', common('sidecar.env'), 0o644);
      put('var/lib/istio/envoy/envoy_bootstrap_tmpl.json', common('envoy_bootstrap.json'), 0o644);
      put('DEBIAN/postinst', common('postinst.sh'), 0o755);
      writeFileSync(join(root, 'DEBIAN/conffiles'), '/var/lib/istio/envoy/envoy_bootstrap_tmpl.json\n/var/lib/istio/envoy/sidecar.env\n');
      writeFileSync(join(root, 'DEBIAN/control'), [
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
      ].join('\n'));
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
