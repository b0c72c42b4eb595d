// A world-owned Istio proxy on a test VM (the mesh service's sidecar, the east-west gateway), set
// up as Istio's VM guide sets one up and independent of the action under test: a bound token for
// the proxy's ServiceAccount (TokenRequest, audience istio-ca), the mesh root certificate istiod
// published (ConfigMap istio-ca-root-cert), an env file, and `docker run` of the real proxyv2
// image with host networking, the token and root certificate mounted where pilot-agent reads them,
// and istiod.istio-system.svc mapped to istiod's own address (--add-host).
import type { KubeCluster } from './kube.js';
import { kubeOk } from './kube-http.js';
import { shellQuote } from '../app.js';
import { sleep } from '../procs.js';
import type { TestVm } from '../vm-world.js';

export interface VmProxy {
  /** The container's name on the VM. */
  container: string;
  vm: TestVm;
}

export async function startVmProxy(
  kube: KubeCluster,
  vm: TestVm,
  opts: {
    container: string;
    image: string;
    serviceAccount: string;
    namespace: string;
    /** Where istiod.istio-system.svc resolves inside the container. */
    istiodAddress: string;
    env: Record<string, string>;
    /** After the image: e.g. ['proxy', 'sidecar', ...] or ['proxy', 'router', ...]. */
    args: string[];
  },
): Promise<VmProxy> {
  const { container, namespace, serviceAccount } = opts;
  const tr = (await kubeOk(kube.http, 'POST', `/api/v1/namespaces/${namespace}/serviceaccounts/${serviceAccount}/token`, {
    apiVersion: 'authentication.k8s.io/v1',
    kind: 'TokenRequest',
    spec: { audiences: ['istio-ca'], expirationSeconds: 3600 },
  })) as { status: { token: string } };
  let root = '';
  for (let i = 0; i < 100 && !root; i++) {
    const cm = await kube.getObject('v1', 'ConfigMap', namespace, 'istio-ca-root-cert');
    root = (cm as { data?: Record<string, string> } | undefined)?.data?.['root-cert.pem'] ?? '';
    if (!root) await sleep(100);
  }
  if (!root) throw new Error(`istiod did not publish istio-ca-root-cert into namespace ${namespace}`);
  const envFile =
    Object.entries(opts.env)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n') + '\n';
  const dir = `/etc/${container}`;
  const setup = [
    `mkdir -p ${dir}`,
    `cat > ${dir}/sidecar.env <<'EOF_ENV'\n${envFile}EOF_ENV`,
    `cat > ${dir}/root-cert.pem <<'EOF_ROOT'\n${root.trimEnd()}\nEOF_ROOT`,
    `printf %s ${shellQuote([tr.status.token])} > ${dir}/istio-token`,
    `chmod 600 ${dir}/istio-token`,
  ].join('\n');
  const w = await vm.exec(['sh', '-c', setup]);
  if (w.code !== 0) throw new Error(`${container}: writing its bootstrap failed: ${w.stderr}`);
  const run = await vm.exec([
    'docker',
    'run',
    '-d',
    '--name',
    container,
    '--network',
    'host',
    '-v',
    `${dir}/root-cert.pem:/var/run/secrets/istio/root-cert.pem:ro`,
    '-v',
    `${dir}/istio-token:/var/run/secrets/tokens/istio-token:ro`,
    '--env-file',
    `${dir}/sidecar.env`,
    '--add-host',
    `istiod.istio-system.svc:${opts.istiodAddress}`,
    opts.image,
    ...opts.args,
  ]);
  if (run.code !== 0) throw new Error(`${container}: docker run failed: ${run.stderr}`);
  return { container, vm };
}

/** Waits for pilot-agent's own readiness (:15020/healthz/ready: Envoy LIVE, CDS and LDS accepted). */
export async function waitVmProxyReady(proxy: VmProxy, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const r = await proxy.vm.exec(['sh', '-c', 'curl -s -o /dev/null -w "%{http_code}" http://127.0.0.1:15020/healthz/ready || true']);
    if (r.stdout.trim() === '200') return;
    await sleep(200);
  }
  const logs = await proxy.vm.exec(['docker', 'logs', '--tail', '40', proxy.container]);
  throw new Error(`${proxy.container}: its proxy did not become ready within ${timeoutMs / 1000} s:\n${logs.stdout}${logs.stderr}`);
}

/** GET on Envoy's admin (127.0.0.1:15000 in the VM's network namespace). */
export async function envoyAdmin(proxy: VmProxy, path: string): Promise<string> {
  const r = await proxy.vm.exec(['curl', '-sS', '--max-time', '10', `http://127.0.0.1:15000${path}`]);
  if (r.code !== 0) throw new Error(`${proxy.container}: GET admin ${path}: ${r.stderr}`);
  return r.stdout;
}
