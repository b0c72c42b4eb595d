// `npm run demo`: the main job on an embedded default. With no cluster given, it brings up a
// local demo world on this machine (the Kubernetes API test server with an Istio install,
// one test VM with sshd and Docker, the istiod/gateway stand-ins), starts a demo app on the
// VM, and onboards it with the CLI exactly as a user would, printing the report. Then it
// offboards and tears the world down. Needs root (network namespaces).
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
  console.log('Starting the demo world: Kubernetes API test server, one VM (sshd + dockerd), istiod and gateway stand-ins...');
  const world = await startTestWorld({ vms: 1 });
  const dir = mkdtempSync(join(tmpdir(), 'ivo-demo-'));
  try {
    const vm = world.vms.vms[0]!;
    await world.startApp(vm, 'backend-vm', 8080);
    world.mesh.addService({ host: 'frontend.demo.svc.cluster.local', port: 8080 });
    const knownHosts = join(dir, 'known_hosts');
    writeFileSync(knownHosts, vm.knownHostsLine + '\n');
    const common = [
      '--workload-name', 'backend-vm', '--namespace', 'demo', '--vm-host', vm.address,
      '--kubeconfig', world.api.kubeconfigPath, '--ssh-user', vm.user, '--ssh-key', vm.privateKeyPath, '--ssh-known-hosts', knownHosts,
    ];
    console.log(`Demo VM ${vm.name} at ${vm.address}; a demo app listens on its 127.0.0.1:8080.`);
    console.log('A mesh service frontend.demo.svc.cluster.local:8080 answers behind the east-west gateway.');
    const onboarded = await istioVmOnboard([
      'onboard', ...common, '--ports', 'http:8080', '--labels', 'app=backend-vm,version=v1',
      '--probe-url', `http://${vm.address}:8080/`, '--probe-from-vm-url', 'http://frontend.demo.svc.cluster.local:8080/',
      '--summary-file', process.env.DEMO_SUMMARY_FILE ?? join(dir, 'summary.md'),
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
