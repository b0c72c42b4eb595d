// The inputs most tests onboard a test VM with: one workload on port 8080, pinned host key,
// short SSH bounds (a test VM answers at once or not at all). Each test adds or overrides.
import type { TestVm } from './vm-world.js';

export function vmInputs(vm: TestVm, kubeconfig: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    'workload-name': 'backend-vm',
    namespace: 'demo',
    'vm-host': vm.address,
    ports: 'http:8080',
    kubeconfig,
    'ssh-user': vm.user,
    'ssh-key': vm.privateKey,
    'ssh-known-hosts': vm.knownHostsLine,
    'ssh-connect-timeout': '3s',
    'ssh-retries': '1',
    'ready-timeout': '30s',
    ...extra,
  };
}
