#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  FIELD_MANAGER
} from "./chunk-W5WJZYGS.js";
import {
  objectRef
} from "./chunk-4YKHFMZ6.js";
import {
  PatchStrategy
} from "./chunk-H62YZSYO.js";
import {
  clusterError,
  isNotFound
} from "./chunk-GPOHBTFG.js";

// src/cluster/apply.ts
async function readObject(cluster, ref) {
  try {
    const header = { apiVersion: ref.apiVersion, kind: ref.kind, metadata: { name: ref.metadata.name, namespace: ref.metadata.namespace } };
    return await cluster.call(() => cluster.objects.read(header));
  } catch (err) {
    if (isNotFound(err)) return void 0;
    throw clusterError(`read ${objectRef(ref)}`, err);
  }
}
function strictApply(cluster, obj) {
  const base = cluster.objects.configuration;
  const body = JSON.stringify(obj);
  return {
    ...base,
    baseServer: {
      makeRequestContext(endpoint, method) {
        const ctx = base.baseServer.makeRequestContext(endpoint, method);
        ctx.setQueryParam("fieldValidation", "Strict");
        const setBody = ctx.setBody.bind(ctx);
        ctx.setBody = () => setBody(body);
        return ctx;
      }
    }
  };
}
async function applyObject(cluster, obj, opts) {
  const before = opts.before === void 0 ? await readObject(cluster, obj) : opts.before ?? void 0;
  let after;
  try {
    after = await cluster.call(
      () => cluster.objects.patch(obj, void 0, opts.dryRun ? "All" : void 0, FIELD_MANAGER, false, PatchStrategy.ServerSideApply, strictApply(cluster, obj))
    );
  } catch (err) {
    throw clusterError(`apply ${objectRef(obj)}${opts.dryRun ? " (server-side dry-run)" : ""}`, err);
  }
  const action = !before ? "created" : before.metadata.resourceVersion === after.metadata.resourceVersion ? "unchanged" : "updated";
  return { object: after, action };
}
async function deleteObject(cluster, obj) {
  try {
    const header = { apiVersion: obj.apiVersion, kind: obj.kind, metadata: { name: obj.metadata.name, namespace: obj.metadata.namespace } };
    await cluster.call(() => cluster.objects.delete(header, void 0, void 0, void 0, void 0, "Background"));
    return "deleted";
  } catch (err) {
    if (isNotFound(err)) return "absent";
    throw clusterError(`delete ${objectRef(obj)}`, err);
  }
}

export {
  readObject,
  applyObject,
  deleteObject
};
