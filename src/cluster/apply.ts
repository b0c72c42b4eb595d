// Server-side apply with our field manager. Whether an object was created, updated or left
// unchanged is read from its resourceVersion before and after, as kubectl reports it (the
// request itself, strict field validation included: cluster/kube-api.ts).
import { objectRef, type KubeObject } from '../plan/kube-object.js';
import { FIELD_MANAGER } from '../plan/labels.js';
import type { ObjectAction } from '../report/result.js';
import type { Cluster } from './client.js';
import { clusterError, isNotFound } from './errors.js';

export interface Applied {
  object: KubeObject;
  action: Extract<ObjectAction, 'created' | 'updated' | 'unchanged'>;
}

export async function readObject(cluster: Cluster, ref: KubeObject): Promise<KubeObject | undefined> {
  try {
    return await cluster.call(() => cluster.read(ref));
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw clusterError(`read ${objectRef(ref)}`, err);
  }
}

/** `opts.before`: the live object as the caller just read it (null: absent), so it is not read twice. */
export async function applyObject(
  cluster: Cluster,
  obj: KubeObject,
  opts: { dryRun: boolean; before?: KubeObject | null },
): Promise<Applied> {
  const before = opts.before === undefined ? await readObject(cluster, obj) : (opts.before ?? undefined);
  let after: KubeObject;
  try {
    after = await cluster.call(() => cluster.apply(obj, { fieldManager: FIELD_MANAGER, dryRun: opts.dryRun }));
  } catch (err) {
    throw clusterError(`apply ${objectRef(obj)}${opts.dryRun ? ' (server-side dry-run)' : ''}`, err);
  }
  const action = !before ? 'created' : before.metadata.resourceVersion === after.metadata.resourceVersion ? 'unchanged' : 'updated';
  return { object: after, action };
}

export async function deleteObject(cluster: Cluster, obj: KubeObject): Promise<'deleted' | 'absent'> {
  try {
    await cluster.call(() => cluster.delete(obj));
    return 'deleted';
  } catch (err) {
    if (isNotFound(err)) return 'absent';
    throw clusterError(`delete ${objectRef(obj)}`, err);
  }
}
