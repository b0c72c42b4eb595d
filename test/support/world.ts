// The whole test world in one call: a mesh root CA, N test VMs (netns + sshd + dockerd), the
// Kubernetes API test server seeded with an Istio install whose gateway is the VMs' hub
// address, the istiod/east-west gateway stand-ins on that hub, and the stand-in istio-proxy
// image loaded into every VM's dockerd under the install's hub/proxyv2:tag.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startApiServer, type IstioSeed, type TestApiServer } from './kube-api-server.js';
import { startMeshStandin, type MeshStandin, appServerArgv, shellQuote } from './mesh-standin.js';
import { createCa, type CertificateAuthority } from './pki.js';
import { buildProxyImageTar } from './proxy-standin/image.js';
import { leftovers as vmLeftovers, startVmWorld, type TestVm, type VmWorld } from './vm-world.js';

export const PROXY_HUB = 'registry.test.local/istio';
export const PROXY_TAG = '1.24.2-standin';
export const PROXY_IMAGE = `${PROXY_HUB}/proxyv2:${PROXY_TAG}`;

export interface TestWorld {
  rootCa: CertificateAuthority;
  vms: VmWorld;
  api: TestApiServer;
  mesh: MeshStandin;
  /** Starts the tiny HTTP app on a VM at 127.0.0.1:port (what the proxy's inbound forwards to). */
  startApp(vm: TestVm, name: string, port: number): Promise<void>;
  stop(): Promise<void>;
  leftovers(): Promise<string[]>;
}

export interface WorldOptions {
  vms: number;
  seed?: Partial<IstioSeed>;
  /** Skip loading the proxy image (tests that never start a proxy). */
  noImage?: boolean;
}

export async function startTestWorld(opts: WorldOptions): Promise<TestWorld> {
  const rootCa = createCa('istio-vm-onboard test mesh root');
  const stack: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stack.reverse().splice(0)) await stop().catch(() => undefined);
  };
  try {
    const vms = await startVmWorld({ count: opts.vms });
    stack.push(() => vms.stop());
    const api = await startApiServer({
      seedIstio: { rootCertPem: rootCa.certPem, gatewayAddress: vms.hubAddress, hub: PROXY_HUB, tag: PROXY_TAG, ...opts.seed },
    });
    stack.push(() => api.stop());
    const mesh = await startMeshStandin({ listenAddress: vms.hubAddress, rootCa, api });
    stack.push(() => mesh.stop());
    if (!opts.noImage && vms.vms.length > 0) {
      const dir = mkdtempSync(join(tmpdir(), 'ivo-image-'));
      try {
        const tar = await buildProxyImageTar({ repoTag: PROXY_IMAGE, outPath: join(dir, 'proxy.tar') });
        await Promise.all(vms.vms.map((vm) => vm.loadImage(tar)));
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
    return {
      rootCa,
      vms,
      api,
      mesh,
      async startApp(vm, name, port) {
        const r = await vm.exec(['sh', '-c', `${shellQuote(appServerArgv({ name, port }))} >/tmp/app-${port}.log 2>&1 & for i in $(seq 50); do grep -q listening /tmp/app-${port}.log 2>/dev/null && exit 0; sleep 0.1; done; cat /tmp/app-${port}.log; exit 1`]);
        if (r.code !== 0) throw new Error(`app ${name} did not start on ${vm.name}: ${r.stdout}${r.stderr}`);
      },
      stop: stopAll,
      leftovers: () => vmLeftovers(vms),
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}
