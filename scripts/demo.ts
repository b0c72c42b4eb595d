// `npm run demo`: the main job on an embedded default. It brings up a local demo world on this
// machine from real parts (etcd, kube-apiserver, kube-controller-manager with Istio's CRDs, the
// real istiod, and two VMs with sshd and Docker running the real pilot-agent + Envoy image: one
// to onboard, one running the mesh service "frontend" behind its own proxy), starts a demo app on
// the VM, and onboards it with the CLI exactly as a user would, printing the report. Then it
// offboards and tears the world down. Needs root (network namespaces). The first run on a
// machine builds the control plane from its Go modules (scripts/control-plane/build.sh).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startTestWorld } from '../test/support/world.js';

const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist', 'cli.js');

// Asynchronous on purpose: the API server and the mesh stand-ins live in this process.
function istioVmOnboard(args: string[]): Promise<number> {
  console.log(`\n$ istio-vm-onboard ${args.join(' ')}\n`);
  const child = spawn(process.execPath, [cli, ...args], { stdio: 'inherit' });
  return new Promise((resolveExit) => child.on('close', (code) => resolveExit(code ?? 1)));
}

async function main(): Promise<number> {
  if (process.getuid?.() !== 0) {
    console.error('npm run demo needs root: the demo VM is a network namespace with its own sshd and dockerd.');
    return 1;
  }
  console.log(
    'Starting the demo world: etcd, kube-apiserver, kube-controller-manager, istiod, and two VMs (sshd + dockerd) with the real pilot-agent + Envoy image...',
  );
  const t0 = Date.now();
  const world = await startTestWorld({ vms: 1, frontend: true });
  console.log(`Demo world up in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
  const dir = mkdtempSync(join(tmpdir(), 'ivo-demo-'));
  try {
    const vm = world.freeVms[0]!;
    const frontend = world.frontend!;
    await world.startApp(vm, 'backend-vm', 8080);
    const knownHosts = join(dir, 'known_hosts');
    writeFileSync(knownHosts, vm.knownHostsLine + '\n');
    const common = [
      '--workload-name',
      'backend-vm',
      '--namespace',
      'demo',
      '--vm-host',
      vm.address,
      '--kubeconfig',
      world.api.kubeconfigPath,
      '--ssh-user',
      vm.user,
      '--ssh-key',
      vm.privateKeyPath,
      '--ssh-known-hosts',
      knownHosts,
    ];
    console.log(`Demo VM ${vm.name} at ${vm.address}; a demo app listens on its 127.0.0.1:8080.`);
    console.log(
      `A mesh service ${frontend.host}:${frontend.port} runs on ${frontend.vm.name} (${frontend.vm.address}) behind its own Envoy.`,
    );
    const onboarded = await istioVmOnboard([
      'onboard',
      ...common,
      '--ports',
      'http:8080',
      '--labels',
      'app=backend-vm,version=v1',
      '--probe-url',
      `http://${vm.address}:8080/`,
      '--probe-from-vm-url',
      `http://${frontend.host}:${frontend.port}/`,
      '--summary-file',
      process.env.DEMO_SUMMARY_FILE ?? join(dir, 'summary.md'),
    ]);
    if (onboarded !== 0) return onboarded;
    return await istioVmOnboard(['offboard', ...common, '--ports', 'http:8080', '--labels', 'app=backend-vm,version=v1']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await world.stop();
    console.log('\nDemo world torn down.');
  }
}

process.exitCode = await main();
