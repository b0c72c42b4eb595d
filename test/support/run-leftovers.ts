// What one onboarding run may leave behind, looked up in the real world (not in the run's own
// report): its workload's objects in the cluster, the VM's Lease, and on the VM the istio-proxy
// container, the bundle (any file in the config directory, mktemp's dot files included) and the
// workload's /etc/hosts block. Empty when the run left nothing.
import { vmLeaseName } from '../../src/cluster/lease.js';
import type { KubeCluster } from './control-plane/kube.js';
import type { TestVm } from './vm-world.js';

const WORKLOAD_KINDS: Array<[string, string]> = [
  ['v1', 'ServiceAccount'],
  ['v1', 'Service'],
  ['networking.istio.io/v1', 'Sidecar'],
  ['networking.istio.io/v1', 'WorkloadEntry'],
];

export async function clusterLeftovers(kube: KubeCluster, namespace: string, name = 'backend-vm'): Promise<string[]> {
  const found: string[] = [];
  for (const [apiVersion, kind] of WORKLOAD_KINDS) {
    if (await kube.getObject(apiVersion, kind, namespace, name)) found.push(`${kind} ${namespace}/${name}`);
  }
  return found;
}

/** vmHost: the vm-host the run was given (the VM's IPv4 address unless said). */
export async function leaseOf(kube: KubeCluster, vm: TestVm, istioNamespace = 'istio-system', vmHost = vm.address) {
  return kube.getObject('coordination.k8s.io/v1', 'Lease', istioNamespace, vmLeaseName(vmHost)) as Promise<
    | {
        metadata: { resourceVersion: string; annotations?: Record<string, string> };
        spec: {
          holderIdentity?: string;
          renewTime?: string;
          acquireTime?: string;
          leaseDurationSeconds?: number;
          leaseTransitions?: number;
        };
      }
    | undefined
  >;
}

export async function vmLeftovers(vm: TestVm, configDir = '/etc/istio-proxy'): Promise<string[]> {
  const r = await vm.exec([
    'sh',
    '-c',
    `docker ps -aq --format '{{.Names}}'; ls -A ${configDir} 2>/dev/null; grep -n '^# BEGIN istio-vm-onboard' /etc/hosts || true`,
  ]);
  if (r.code !== 0) throw new Error(`looking at ${vm.name} failed: ${r.stderr}`);
  return r.stdout
    .split('\n')
    .filter(Boolean)
    .map((l) => `on ${vm.name}: ${l}`);
}

/** Everything: cluster objects of the workload, the VM's lease (named by vmHost), the VM's state. */
export async function runLeftovers(
  kube: KubeCluster,
  vm: TestVm,
  namespace: string,
  name = 'backend-vm',
  vmHost = vm.address,
): Promise<string[]> {
  const lease = await leaseOf(kube, vm, 'istio-system', vmHost);
  return [
    ...(await clusterLeftovers(kube, namespace, name)),
    ...(lease ? [`Lease istio-system/${vmLeaseName(vmHost)} held by ${lease.spec.holderIdentity ?? '(nobody)'}`] : []),
    ...(await vmLeftovers(vm)),
  ];
}
