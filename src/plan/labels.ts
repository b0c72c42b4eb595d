// Labels and names the action puts on what it creates, so offboarding and reruns find them.
export const FIELD_MANAGER = 'istio-vm-onboard';
export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY_VALUE = 'istio-vm-onboard';
export const WORKLOAD_LABEL = 'istio-vm-onboard.io/workload';
/** Istio's revision label: the istiod revision an object belongs to (istio-revision). */
export const REVISION_LABEL = 'istio.io/rev';
/** The kinds a revision label is put on: the Istio objects of the workload. */
export const REVISIONED_KINDS = ['WorkloadEntry', 'WorkloadGroup', 'Sidecar'];
/** Istio's annotation on a WorkloadGroup's spec.metadata: istiod marks its entries healthy only from the probe's reports. */
export const HEALTH_CHECKS_ANNOTATION = 'proxy.istio.io/health-checks-enabled';
