// registration: workload-group: the WorkloadEntry istiod creates when the VM's proxy connects
// with ISTIO_META_AUTO_REGISTER_GROUP (pilot/pkg/autoregistration): annotated
// istio.io/autoRegistrationGroup=<group>, at the proxy's address. Read-only here: istiod owns it.
import type { KubeObject } from '../plan/kube-object.js';
import { retry } from '../pipeline/retry.js';
import { StepError } from '../pipeline/step-error.js';
import type { Cluster } from './client.js';
import { clusterError } from './errors.js';

export const AUTO_REGISTRATION_GROUP_ANNOTATION = 'istio.io/autoRegistrationGroup';
export const HEALTH_CONDITION = 'Healthy';

export interface AutoRegisteredEntry {
  name: string;
  group: string;
  /** The Healthy condition istiod keeps from the proxy's probe reports: True, False, or '' before the first report. */
  healthy: string;
}

interface EntryStatus {
  conditions?: Array<{ type?: string; status?: string }>;
}

/** Every WorkloadEntry in the namespace, ours, istiod's or anyone's. */
export async function workloadEntries(cluster: Cluster, namespace: string): Promise<KubeObject[]> {
  try {
    return await cluster.call(() => cluster.list('networking.istio.io/v1', 'WorkloadEntry', namespace));
  } catch (err) {
    throw clusterError(`list WorkloadEntries in ${namespace}`, err);
  }
}

/** The address a WorkloadEntry says its workload is at. */
export function entryAddress(e: KubeObject): string | undefined {
  return (e.spec as { address?: string } | undefined)?.address;
}

/** Entries istiod created for this group, at this address (several addresses: other VMs of the group). */
export async function autoRegisteredEntries(cluster: Cluster, namespace: string, group: string): Promise<KubeObject[]> {
  return (await workloadEntries(cluster, namespace)).filter((e) => e.metadata.annotations?.[AUTO_REGISTRATION_GROUP_ANNOTATION] === group);
}

function describe(e: KubeObject, group: string): AutoRegisteredEntry {
  const status = (e as { status?: EntryStatus }).status;
  return { name: e.metadata.name, group, healthy: status?.conditions?.find((c) => c.type === HEALTH_CONDITION)?.status ?? '' };
}

class NotYet extends Error {}

/**
 * Waits (bounded) until istiod has created the entry for this address and, when health checks
 * are on, marked it healthy: until then the mesh does not route to the VM.
 */
export async function waitForAutoRegisteredEntry(
  cluster: Cluster,
  namespace: string,
  group: string,
  address: string,
  opts: { timeoutMs: number; healthChecks: boolean; signal: AbortSignal },
): Promise<AutoRegisteredEntry> {
  let seen: AutoRegisteredEntry | undefined;
  try {
    return await retry(
      async () => {
        const mine = (await autoRegisteredEntries(cluster, namespace, group)).find((e) => entryAddress(e) === address);
        seen = mine ? describe(mine, group) : undefined;
        if (!seen || (opts.healthChecks && seen.healthy !== 'True')) throw new NotYet();
        return seen;
      },
      { signal: opts.signal, deadlineMs: opts.timeoutMs, delayMs: [250, 250, 500, 500, 1000], shouldRetry: (err) => err instanceof NotYet },
    );
  } catch (err) {
    if (!(err instanceof NotYet)) throw err;
    throw new StepError(
      seen
        ? `istiod created WorkloadEntry ${namespace}/${seen.name} for ${address}, but did not mark it healthy within ${Math.round(opts.timeoutMs / 1000)} s (Healthy: ${seen.healthy || 'no report yet'})`
        : `istiod created no WorkloadEntry for ${address} in WorkloadGroup ${namespace}/${group} within ${Math.round(opts.timeoutMs / 1000)} s`,
      seen
        ? "the group's probe (a TCP connect to the first port on the VM) fails: is the application listening?"
        : 'check that istiod has auto-registration on (PILOT_ENABLE_WORKLOAD_ENTRY_AUTOREGISTRATION) and that the proxy connected (its log)',
    );
  }
}
