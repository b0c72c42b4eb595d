// Labels and names the action puts on what it creates, so offboarding and reruns find them.
export const FIELD_MANAGER = 'istio-vm-onboard';
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY_VALUE = 'istio-vm-onboard';
export const WORKLOAD_LABEL = 'istio-vm-onboard.io/workload';
