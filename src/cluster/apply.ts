// Server-side apply with our field manager. Whether an object was created, updated or left
// unchanged is read from its resourceVersion before and after, as kubectl reports it.
import type { Configuration, KubernetesObject } from '@kubernetes/client-node';
import { PatchStrategy } from '@kubernetes/client-node/dist/patch.js'; // not the entry: see errors.ts
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
    const header = { apiVersion: ref.apiVersion, kind: ref.kind, metadata: { name: ref.metadata.name, namespace: ref.metadata.namespace as string } };
    return (await cluster.call(() => cluster.objects.read(header))) as unknown as KubeObject;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw clusterError(`read ${objectRef(ref)}`, err);
  }
}

/**
 * The request options for one apply: fieldValidation=Strict, so the API server refuses an
 * unknown or duplicate field instead of dropping it, and the object sent as rendered, because
 * client-node fills the body from its typed model of a built-in kind, which drops unknown
 * fields (a Service's `selectr`) before the server could refuse them. patch() takes only the
 * server configuration from these options, so that is where the request is adjusted.
 */
function strictApply(cluster: Cluster, obj: KubeObject): Configuration {
  const base = (cluster.objects as unknown as { configuration: Configuration }).configuration;
  const body = JSON.stringify(obj);
  return {
    ...base,
    baseServer: {
      makeRequestContext(endpoint, method) {
        const ctx = base.baseServer.makeRequestContext(endpoint, method);
        ctx.setQueryParam('fieldValidation', 'Strict');
        const setBody = ctx.setBody.bind(ctx);
        ctx.setBody = () => setBody(body);
        return ctx;
      },
    },
  };
}

/** `opts.before`: the live object as the caller just read it (null: absent), so it is not read twice. */
export async function applyObject(cluster: Cluster, obj: KubeObject, opts: { dryRun: boolean; before?: KubeObject | null }): Promise<Applied> {
  const before = opts.before === undefined ? await readObject(cluster, obj) : (opts.before ?? undefined);
  let after: KubeObject;
  try {
    after = (await cluster.call(() =>
      cluster.objects.patch(obj as KubernetesObject, undefined, opts.dryRun ? 'All' : undefined, FIELD_MANAGER, false, PatchStrategy.ServerSideApply, strictApply(cluster, obj)),
    )) as unknown as KubeObject;
  } catch (err) {
    throw clusterError(`apply ${objectRef(obj)}${opts.dryRun ? ' (server-side dry-run)' : ''}`, err);
  }
  const action = !before ? 'created' : before.metadata.resourceVersion === after.metadata.resourceVersion ? 'unchanged' : 'updated';
  return { object: after, action };
}

export async function deleteObject(cluster: Cluster, obj: KubeObject): Promise<'deleted' | 'absent'> {
  try {
    const header = { apiVersion: obj.apiVersion, kind: obj.kind, metadata: { name: obj.metadata.name, namespace: obj.metadata.namespace as string } };
    await cluster.call(() => cluster.objects.delete(header, undefined, undefined, undefined, undefined, 'Background'));
    return 'deleted';
  } catch (err) {
    if (isNotFound(err)) return 'absent';
    throw clusterError(`delete ${objectRef(obj)}`, err);
  }
}
