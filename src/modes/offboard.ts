// mode: offboard: undo an onboarding, in the reverse order: the WorkloadEntry goes first (the
// mesh stops routing to the VM), then the proxy, its bundle and the workload's /etc/hosts
// block, then the other objects.
// Only objects this action applied (our field manager is among their managers) are deleted;
// the namespace is left alone.
import type { Cluster } from '../cluster/client.js';
import { deleteObject, readObject } from '../cluster/apply.js';
import { autoRegisteredEntries, entryAddress, workloadEntries } from '../cluster/auto-registration.js';
import type { Settings } from '../config/settings.js';
import type { EffectiveWorkload } from '../plan/effective-workload.js';
import { objectRef, type RenderedObject } from '../plan/kube-object.js';
import { FIELD_MANAGER } from '../plan/labels.js';
import { hostsBlockMarker } from '../plan/mesh-hosts.js';
import { HOSTS_FILE, removeHostsBlockCommand } from '../plan/remote-commands.js';
import { shellJoin } from '../plan/shell.js';
import type { RunContext } from '../pipeline/context.js';
import { runStep } from '../pipeline/run-step.js';
import type { RunResult } from '../report/result.js';
import { recordObject } from '../report/record-object.js';
import { proxyRuntime, removeHostsBlock } from '../vm/proxy-runtime.js';
import { sshTarget } from '../vm/ssh-session.js';
import { renderStep } from './render.js';
import { leasePlanLine, withVmLease } from './vm-lease.js';

function deletionOrder(rendered: RenderedObject[]): RenderedObject[] {
  const rest = rendered.filter((r) => r.object.kind !== 'WorkloadEntry' && r.object.kind !== 'Namespace').reverse();
  return [...rendered.filter((r) => r.object.kind === 'WorkloadEntry'), ...rest];
}

async function deleteOurs(cluster: Cluster, r: RenderedObject, result: RunResult): Promise<void> {
  const live = await readObject(cluster, r.object);
  const managers = ((live?.metadata.managedFields ?? []) as Array<{ manager?: string }>).map((m) => m.manager);
  let action: 'deleted' | 'absent' | 'unchanged' = 'absent';
  if (live && managers.includes(FIELD_MANAGER)) action = await deleteObject(cluster, r.object);
  else if (live) action = 'unchanged'; // not ours: someone else made it
  recordObject(result, r, action);
}

export async function offboard(s: Settings, ctx: RunContext, result: RunResult): Promise<void> {
  const { objects, workload: w } = await renderStep(s, ctx, result, 'planned');
  const rendered = deletionOrder(objects);
  const marker = hostsBlockMarker(w);
  if (s.dryRun) {
    result.plan = [
      leasePlanLine(s),
      ...rendered
        .filter((r) => r.object.kind === 'WorkloadEntry')
        .map((r) => `delete ${objectRef(r.object)} (if applied by ${FIELD_MANAGER})`),
      ...proxyRuntime(s)
        .offboardLines()
        .map((l) => `on ${sshTarget(s)}: ${l}`),
      `on ${sshTarget(s)}: remove the block "# BEGIN ${marker}" from ${HOSTS_FILE}: ${shellJoin(removeHostsBlockCommand(s, marker))}`,
      ...rendered
        .filter((r) => r.object.kind !== 'WorkloadEntry')
        .map(
          (r) =>
            `delete ${objectRef(r.object)} (if applied by ${FIELD_MANAGER}${r.object.kind === 'ServiceAccount' ? ', and no other WorkloadEntry runs as it' : ''})`,
        ),
    ];
    result.proxyStatus = 'planned';
    return;
  }
  // The namespace is left alone (it may hold more than this workload): the report says so.
  for (const r of objects) if (r.object.kind === 'Namespace') recordObject(result, r, 'unchanged');
  const cluster = await ctx.connect.cluster(
    s.cluster.kubeconfig as string,
    s.cluster.context,
    ctx.log,
    ctx.signal,
    s.cluster.requestTimeoutMs,
  ); // the Kubernetes client loads here, after the render step
  return withVmLease(s, ctx, result, cluster, `offboard ${w.namespace}/${w.name}`, () =>
    offboardVm(s, ctx, result, cluster, rendered, w, marker),
  );
}

/** Everything offboarding changes, under the VM's lease. */
async function offboardVm(
  s: Settings,
  ctx: RunContext,
  result: RunResult,
  cluster: Cluster,
  rendered: RenderedObject[],
  w: EffectiveWorkload,
  marker: string,
): Promise<void> {
  const entries = rendered.filter((r) => r.object.kind === 'WorkloadEntry');
  await runStep(result, ctx, 'Remove the WorkloadEntry', `${w.namespace}/${w.name}`, async () => {
    for (const r of entries) await deleteOurs(cluster, r, result);
  });
  const session = await runStep(result, ctx, 'Connect to the VM', sshTarget(s), () => ctx.connect.vm(s, ctx.log, ctx.signal));
  try {
    const runtime = proxyRuntime(s);
    await runStep(result, ctx, 'Stop the proxy and remove the bundle', `${session.target}:${s.proxy.configDir}`, async (step) => {
      const removed = await runtime.stop(session, ctx.signal);
      const files = await runtime.removeBundle(session, ctx.signal);
      await removeHostsBlock(session, s, marker, ctx.signal);
      step.detail =
        runtime.name === 'systemd'
          ? `${removed ? 'stopped and disabled the istio unit' : 'no istio unit'}; ${files}; removed the ${HOSTS_FILE} block; the istio-sidecar package stays`
          : `${removed ? 'removed the istio-proxy container' : 'no istio-proxy container'}; ${files}; removed the ${HOSTS_FILE} block`;
    });
  } finally {
    session.close();
  }
  // registration: workload-group: this VM's entry is istiod's; with the proxy gone, it is removed
  // here rather than after istiod's grace period. The group, and the ServiceAccount, Service and
  // Sidecar its members share, stay while other VMs use it.
  const group = rendered.find((r) => r.object.kind === 'WorkloadGroup' && s.workload.registration === 'workload-group');
  let groupInUse: string[] = [];
  if (group) {
    await runStep(
      result,
      ctx,
      "Remove istiod's WorkloadEntry",
      `WorkloadGroup ${w.namespace}/${group.object.metadata.name}, address ${w.address}`,
      async (step) => {
        const groupName = group.object.metadata.name;
        const mine = (await autoRegisteredEntries(cluster, w.namespace, groupName)).filter((e) => entryAddress(e) === w.address);
        for (const e of mine) await deleteObject(cluster, e);
        // Listed again after this VM's entry is gone: of VMs offboarded at once (a fleet), each
        // deletes its own before it looks, so the last one to look finds none and removes the group.
        groupInUse = (await autoRegisteredEntries(cluster, w.namespace, groupName))
          .filter((e) => entryAddress(e) !== w.address)
          .map((e) => e.metadata.name);
        step.detail = `${mine.length ? `deleted ${mine.map((e) => e.metadata.name).join(', ')}` : 'none left'}${groupInUse.length ? `; the group stays: other VMs use it (${groupInUse.join(', ')})` : ''}`;
      },
    );
  }
  await runStep(result, ctx, 'Remove the workload objects', `${w.namespace}/${w.name}`, async (step) => {
    const kept: string[] = [];
    for (const r of rendered.filter((x) => x.object.kind !== 'WorkloadEntry')) {
      if (groupInUse.length > 0) {
        recordObject(result, r, 'unchanged');
        continue;
      }
      // A ServiceAccount other workloads run as (the service-account input) stays while any
      // WorkloadEntry in the namespace names it: its VMs mint their next certificates with it.
      // Listed after this VM's entry is gone, so of VMs offboarded at once the last one deletes it.
      if (r.object.kind === 'ServiceAccount') {
        const users = (await workloadEntries(cluster, w.namespace)).filter(
          (e) => (e.spec as { serviceAccount?: string } | undefined)?.serviceAccount === r.object.metadata.name,
        );
        if (users.length) {
          recordObject(result, r, 'unchanged');
          kept.push(
            `kept ${objectRef(r.object)}: WorkloadEntry ${users.map((e) => `${w.namespace}/${e.metadata.name}`).join(', ')} run${users.length === 1 ? 's' : ''} as it`,
          );
          continue;
        }
      }
      await deleteOurs(cluster, r, result);
    }
    if (groupInUse.length > 0)
      step.detail = `kept: WorkloadGroup ${w.namespace}/${group?.object.metadata.name} still has ${groupInUse.join(', ')}`;
    else if (kept.length) step.detail = kept.join('; ');
  });
}
