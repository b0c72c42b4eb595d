// The whole test world in one call, on real parts: etcd + kube-apiserver +
// kube-controller-manager (control-plane/kube.ts) with an Istio install (control-plane/
// istio-install.ts), the real istiod on the VMs' gateway address (control-plane/istiod.ts), N test
// VMs (real sshd + dockerd in network namespaces, routed to each other), the real proxyv2 image
// (pilot-agent + Envoy, control-plane/proxy-image.ts) loaded into each VM's dockerd, and
// optionally a mesh service "frontend" that is itself a workload on a VM with its own proxy, and
// an east-west gateway on a VM of its own (control-plane/east-west-gateway.ts: the real
// `pilot-agent proxy router` exposing istiod on :15443 for its SNI, as expose-istiod.yaml does).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { installIstio, type IstioInstall } from './control-plane/istio-install.js';
import { startIstiod, workloadCertTtlEnv, type Istiod } from './control-plane/istiod.js';
import { startKube, type KubeCluster } from './control-plane/kube.js';
import { buildRealProxyImageTar } from './control-plane/proxy-image.js';
import { startVmProxy, waitVmProxyReady } from './control-plane/vm-proxy.js';
import { startEastWestGateway, type EastWestGateway } from './control-plane/east-west-gateway.js';
import { appServerArgv, shellQuote } from './app.js';
import { ip, leftovers as vmLeftovers, startVmWorld, type TestVm, type VmWorld } from './vm-world.js';
import { startSystemdVm, type SystemdVm } from './systemd-vm.js';

export const PROXY_HUB = 'registry.test.local/istio';
export const PROXY_TAG = '1.30-test';
export const PROXY_IMAGE = `${PROXY_HUB}/proxyv2:${PROXY_TAG}`;
export const CLUSTER_ID = 'cluster1';

export interface MeshService {
  name: string;
  namespace: string;
  port: number;
  /** The VM it runs on. */
  vm: TestVm;
  /** e.g. frontend.mesh-apps.svc.cluster.local */
  host: string;
}

export interface TestWorld {
  kube: KubeCluster;
  /** Kept for the tests' habit: the same object as kube. */
  api: KubeCluster;
  istiod: Istiod;
  vms: VmWorld;
  /** VMs free for onboarding (those not used by mesh services). */
  freeVms: TestVm[];
  frontend?: MeshService;
  /** With `eastWestGateway`: the gateway on its own VM (not among freeVms). */
  eastWestGateway?: EastWestGateway;
  /** VMs with real systemd (systemd-vm.ts), routed to the same hub: for proxy-runtime systemd. */
  systemdVms: SystemdVm[];
  /** Starts the tiny HTTP app on a VM at 127.0.0.1:port (what the proxy's inbound forwards to). */
  startApp(vm: TestVm, name: string, port: number): Promise<void>;
  /** The mesh root certificate istiod created (ConfigMap istio-ca-root-cert). */
  rootCertPem(): Promise<string>;
  stop(): Promise<void>;
  leftovers(): Promise<string[]>;
}

export interface WorldOptions {
  vms: number;
  install?: Partial<IstioInstall>;
  /** Skip loading the proxy image (tests that never start a proxy). */
  noImage?: boolean;
  /** Run the mesh service "frontend" on one more VM, with its own proxy. */
  frontend?: boolean;
  /**
   * Run an east-west gateway on one more VM: the real `pilot-agent proxy router` with the
   * east-west gateway's identity and labels, istiod exposed through it on :15443 for the SNI
   * istiod.istio-system.svc (control-plane/east-west-gateway.ts).
   */
  eastWestGateway?: boolean;
  /** istiod in Istio's dual-stack mode (control-plane/istiod.ts). */
  istiodDualStack?: boolean;
  /** This many VMs with real systemd besides the docker VMs (systemd-vm.ts). */
  systemdVms?: number;
  /**
   * Short workload certificate lifetimes (a Go duration, e.g. "3m"): istiod signs no longer
   * (DEFAULT_WORKLOAD_CERT_TTL, MAX_WORKLOAD_CERT_TTL) and every proxy asks for this much
   * (SECRET_TTL: the mesh's proxyMetadata, which the action carries to a VM, and the world's
   * own proxies' environment). pilot-agent renews at half the lifetime (SECRET_GRACE_PERIOD_RATIO).
   */
  certTtl?: string;
  /** A revisioned control plane (istio-install.ts `revision`, istiod's REVISION): no default istiod's ConfigMaps. */
  istioRevision?: string;
}

async function startApp(vm: TestVm, name: string, port: number): Promise<void> {
  const r = await vm.exec([
    'sh',
    '-c',
    `${shellQuote(appServerArgv({ name, port }))} >/tmp/app-${port}.log 2>&1 & for i in $(seq 50); do grep -q listening /tmp/app-${port}.log 2>/dev/null && exit 0; sleep 0.1; done; cat /tmp/app-${port}.log; exit 1`,
  ]);
  if (r.code !== 0) throw new Error(`app ${name} did not start on ${vm.name}: ${r.stdout}${r.stderr}`);
}

/**
 * A mesh workload on a VM, set up as Istio's VM guide sets one up (WorkloadEntry + Service +
 * Sidecar, a bound token for its ServiceAccount, the proxy with interception mode NONE): the
 * world's own, independent of the action under test.
 */
async function startMeshService(
  kube: KubeCluster,
  vm: TestVm,
  name: string,
  namespace: string,
  port: number,
  more: Record<string, string> = {},
): Promise<MeshService> {
  const appPort = port + 10000;
  await startApp(vm, name, appPort);
  const labels = { app: name };
  await kube.putObject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } });
  await kube.putObject({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace } });
  await kube.putObject({
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace, labels },
    spec: { selector: labels, ports: [{ name: 'http', port, targetPort: port }] },
  });
  await kube.putObject({
    apiVersion: 'networking.istio.io/v1',
    kind: 'Sidecar',
    metadata: { name, namespace },
    spec: {
      workloadSelector: { labels },
      ingress: [{ port: { number: port, protocol: 'HTTP', name: 'http' }, defaultEndpoint: `127.0.0.1:${appPort}` }],
      egress: [{ hosts: ['*/*'] }],
    },
  });
  const env = {
    PROXY_CONFIG: JSON.stringify({ discoveryAddress: 'istiod.istio-system.svc:15012' }),
    CA_ADDR: 'istiod.istio-system.svc:15012',
    JWT_POLICY: 'third-party-jwt',
    PILOT_CERT_PROVIDER: 'istiod',
    POD_NAME: name,
    POD_NAMESPACE: namespace,
    SERVICE_ACCOUNT: name,
    INSTANCE_IP: vm.address,
    ISTIO_META_INTERCEPTION_MODE: 'NONE',
    ISTIO_META_CLUSTER_ID: CLUSTER_ID,
    ISTIO_META_NETWORK: 'network1',
    ISTIO_META_MESH_ID: 'mesh1',
    ISTIO_METAJSON_LABELS: JSON.stringify(labels),
    ISTIO_META_WORKLOAD_NAME: name,
    CANONICAL_SERVICE: name,
    CANONICAL_REVISION: 'latest',
    ...more,
  };
  const proxy = await startVmProxy(kube, vm, {
    container: `mesh-${name}`,
    image: PROXY_IMAGE,
    serviceAccount: name,
    namespace,
    istiodAddress: await gatewayOf(kube),
    env,
    args: ['proxy', 'sidecar', '--serviceCluster', `${name}.${namespace}`, '--concurrency', '1'],
  });
  await kube.putObject({
    apiVersion: 'networking.istio.io/v1',
    kind: 'WorkloadEntry',
    metadata: { name, namespace },
    spec: { address: vm.address, labels, serviceAccount: name, ports: { http: port } },
  });
  await waitVmProxyReady(proxy);
  return { name, namespace, port, vm, host: `${name}.${namespace}.svc.cluster.local` };
}

async function gatewayOf(kube: KubeCluster): Promise<string> {
  const svc = (await kube.getObject('v1', 'Service', 'istio-system', 'istio-eastwestgateway')) as
    { status?: { loadBalancer?: { ingress?: Array<{ ip?: string }> } } } | undefined;
  return svc?.status?.loadBalancer?.ingress?.[0]?.ip ?? '';
}

/**
 * A systemd VM routed to and from the world's VMs (the frontend, the gateway), as those are to
 * each other (vm-world.ts routeBetweenVms): a route in each network namespace, forwarding on
 * the systemd VM's host link. All of it goes with the namespaces and the link.
 */
async function routeToVms(vm: SystemdVm, vms: VmWorld): Promise<void> {
  const net = (hostAddress: string) => `${hostAddress.replace(/\.1$/, '.0')}/30`;
  writeFileSync(`/proc/sys/net/ipv4/conf/${vm.record.hostLink}/forwarding`, '1');
  for (const v of vms.record.vms) {
    await ip('-n', vm.record.netns, 'route', 'add', net(v.hostAddress), 'via', vm.record.hostAddress);
    await ip('-n', v.netns, 'route', 'add', net(vm.record.hostAddress), 'via', v.hostAddress);
  }
}

export async function startTestWorld(opts: WorldOptions): Promise<TestWorld> {
  const workDir = mkdtempSync(join(tmpdir(), 'ivo-world-'));
  const stack: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stack.reverse().splice(0)) await stop().catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  };
  try {
    const vmCount = opts.vms + (opts.frontend ? 1 : 0) + (opts.eastWestGateway ? 1 : 0);
    // The VMs (and loading the proxy image into them) and the control plane come up side by side.
    const vmsP = startVmWorld({ count: vmCount, routed: true });
    const imageLoaded = vmsP.then(async (vms) => {
      if (opts.noImage || vmCount === 0) return;
      const tar = await buildRealProxyImageTar(PROXY_IMAGE);
      await Promise.all(vms.vms.map((vm) => vm.loadImage(tar.path)));
    });
    imageLoaded.catch(() => undefined); // awaited below; a failure before then must not go unhandled
    const [kubeR, vmsR] = await Promise.allSettled([startKube(), vmsP]);
    if (vmsR.status === 'fulfilled') stack.push(() => vmsR.value.stop());
    if (kubeR.status === 'fulfilled') stack.push(() => kubeR.value.stop());
    if (kubeR.status === 'rejected') throw kubeR.reason;
    if (vmsR.status === 'rejected') throw vmsR.reason;
    const kube = kubeR.value;
    const vms = vmsR.value;
    const secretTtl: Record<string, string> = opts.certTtl ? { SECRET_TTL: opts.certTtl } : {};
    await installIstio(kube, {
      gatewayAddress: vms.hubAddress,
      hub: PROXY_HUB,
      tag: PROXY_TAG,
      clusterName: CLUSTER_ID,
      ...opts.install,
      proxyMetadata: { ...secretTtl, ...opts.install?.proxyMetadata },
      ...(opts.istioRevision ? { revision: opts.istioRevision } : {}),
    });
    const istiod = await startIstiod({
      kube,
      listenAddress: vms.hubAddress,
      workDir,
      clusterId: CLUSTER_ID,
      dualStack: opts.istiodDualStack,
      revision: opts.istioRevision,
      env: opts.certTtl ? workloadCertTtlEnv(opts.certTtl) : {},
    });
    stack.push(() => istiod.stop());
    await imageLoaded;
    const systemdVms = await Promise.all(
      Array.from({ length: opts.systemdVms ?? 0 }, () =>
        startSystemdVm({ hubAddress: vms.hubAddress }).then(async (vm) => {
          stack.push(() => vm.stop());
          await routeToVms(vm, vms);
          return vm;
        }),
      ),
    );
    const frontendVm = opts.frontend ? vms.vms[opts.vms] : undefined;
    const gatewayVm = opts.eastWestGateway ? vms.vms[vmCount - 1] : undefined;
    const [frontend, eastWestGateway] = await Promise.all([
      frontendVm ? startMeshService(kube, frontendVm, 'frontend', 'mesh-apps', 8080, secretTtl) : undefined,
      gatewayVm
        ? startEastWestGateway(kube, gatewayVm, {
            image: PROXY_IMAGE,
            istiodAddress: vms.hubAddress,
            clusterId: CLUSTER_ID,
            env: secretTtl,
          })
        : undefined,
    ]);
    return {
      kube,
      api: kube,
      istiod,
      vms,
      freeVms: vms.vms.slice(0, opts.vms),
      frontend,
      eastWestGateway,
      systemdVms,
      startApp,
      async rootCertPem() {
        const cm = (await kube.getObject('v1', 'ConfigMap', 'istio-system', 'istio-ca-root-cert')) as
          { data?: Record<string, string> } | undefined;
        return cm?.data?.['root-cert.pem'] ?? '';
      },
      stop: stopAll,
      leftovers: async () => [...(await vmLeftovers(vms)), ...systemdVms.flatMap((vm) => vm.leftovers())],
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
