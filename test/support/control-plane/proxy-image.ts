// The istio-proxy image of the test world, built from the real parts: FROM scratch with the real
// pilot-agent and Envoy (scripts/control-plane/build.sh), Istio's own bootstrap template at the
// path pilot-agent reads it from (ProxyConfig.proxyBootstrapTemplatePath,
// ./var/lib/istio/envoy/envoy_bootstrap_tmpl.json from the working directory /), the shared
// libraries `ldd` lists for Envoy (pilot-agent is static), and entrypoint
// /usr/local/bin/pilot-agent as in Istio's proxyv2 Dockerfile (pilot/docker/Dockerfile.proxyv2),
// so `docker run IMAGE proxy sidecar ...` runs what users run. Tagged like proxyv2.
// The tar is cached next to the binaries (keyed by their directory, which is keyed by version).
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { buildImageTar, sharedLibraries, type ImageFile } from '../image.js';
import { controlPlaneBinaries } from './binaries.js';

const EMPTY_DIRS = [
  '/etc/istio/proxy',
  '/var/run/secrets/istio',
  '/var/run/secrets/workload-spiffe-uds',
  '/var/run/secrets/workload-spiffe-credentials',
  '/var/lib/istio/data',
  '/tmp',
];

export async function buildRealProxyImageTar(repoTag: string): Promise<{ path: string; bytes: number; cached: boolean }> {
  const bins = controlPlaneBinaries();
  const path = join(bins.dir, `proxyv2-${repoTag.replace(/[^A-Za-z0-9._-]/g, '_')}.tar`);
  const cached = existsSync(path);
  if (!cached) {
    const files: ImageFile[] = [
      { path: '/usr/local/bin/pilot-agent', sourcePath: bins.pilotAgent, mode: 0o755 },
      { path: '/usr/local/bin/envoy', sourcePath: bins.envoy, mode: 0o755 },
      { path: '/var/lib/istio/envoy/envoy_bootstrap_tmpl.json', sourcePath: join(bins.istioFiles, 'envoy_bootstrap.json'), mode: 0o644 },
      ...sharedLibraries(bins.envoy).map((lib) => ({ path: lib, sourcePath: lib })),
      { path: '/etc/nsswitch.conf', content: 'hosts: files dns\n' },
      { path: '/etc/passwd', content: 'root:x:0:0:root:/root:/sbin/nologin\nistio-proxy:x:1337:1337::/home/istio-proxy:/sbin/nologin\n' },
      { path: '/etc/group', content: 'root:x:0:\nistio-proxy:x:1337:\n' },
      ...EMPTY_DIRS.map((d) => ({ path: `${d}/.keep`, content: '' })),
    ];
    const tmp = `${path}.${process.pid}.tmp`;
    try {
      await buildImageTar({
        repoTag,
        files,
        entrypoint: ['/usr/local/bin/pilot-agent'],
        env: ['PATH=/usr/local/bin:/usr/bin:/bin', 'ISTIO_META_ISTIO_PROXY_SHA=upstream-envoy'],
        outPath: tmp,
      });
      renameSync(tmp, path);
    } finally {
      rmSync(tmp, { force: true });
    }
  }
  return { path, bytes: statSync(path).size, cached };
}
