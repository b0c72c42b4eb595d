// Where the real control plane's binaries are: built once per machine by
// scripts/control-plane/build.sh into ~/.cache/istio-vm-onboard/control-plane/<key>/ (the key
// is the pinned versions), so a test process only pays for the build the first time.
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

export interface ControlPlaneBinaries {
  dir: string;
  etcd: string;
  kubeApiserver: string;
  kubeControllerManager: string;
  pilotDiscovery: string;
  pilotAgent: string;
  envoy: string;
  /** The real istioctl: what the action's VM files are compared with (test/integration/istioctl-files.test.ts). */
  istioctl: string;
  /** Files taken from the Istio module: crd-all.gen.yaml, envoy_bootstrap.json, istio-start.sh, istio.service, sidecar.env. */
  istioFiles: string;
}

let cached: ControlPlaneBinaries | undefined;

export function controlPlaneBinaries(): ControlPlaneBinaries {
  if (cached) return cached;
  // ISTIO_VM_ONBOARD_CONTROL_PLANE: a directory build.sh made (e.g. while a newer one builds).
  let dir = process.env.ISTIO_VM_ONBOARD_CONTROL_PLANE ?? '';
  if (!dir) {
    const script = resolve(import.meta.dirname, '../../../scripts/control-plane/build.sh');
    // stderr is inherited: the first build prints its progress (it takes a while).
    const out = execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    dir = out.trim().split('\n').pop() as string;
  }
  const bin = (n: string) => join(dir, 'bin', n);
  cached = {
    dir,
    etcd: bin('etcd'),
    kubeApiserver: bin('kube-apiserver'),
    kubeControllerManager: bin('kube-controller-manager'),
    pilotDiscovery: bin('pilot-discovery'),
    pilotAgent: bin('pilot-agent'),
    envoy: bin('envoy'),
    istioctl: bin('istioctl'),
    istioFiles: join(dir, 'istio'),
  };
  return cached;
}
