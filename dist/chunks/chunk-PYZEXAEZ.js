#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  objectRef
} from "./chunk-4YKHFMZ6.js";
import {
  FIELD_MANAGER
} from "./chunk-W5WJZYGS.js";
import {
  clusterError,
  isNotFound
} from "./chunk-B4I3RDRT.js";

// src/cluster/apply.ts
async function readObject(cluster, ref) {
  try {
    return await cluster.call(() => cluster.read(ref));
  } catch (err) {
    if (isNotFound(err)) return void 0;
    throw clusterError(`read ${objectRef(ref)}`, err);
  }
}
async function applyObject(cluster, obj, opts) {
  const before = opts.before === void 0 ? await readObject(cluster, obj) : opts.before ?? void 0;
  let after;
  try {
    after = await cluster.call(() => cluster.apply(obj, { fieldManager: FIELD_MANAGER, dryRun: opts.dryRun }));
  } catch (err) {
    throw clusterError(`apply ${objectRef(obj)}${opts.dryRun ? " (server-side dry-run)" : ""}`, err);
  }
  const action = !before ? "created" : before.metadata.resourceVersion === after.metadata.resourceVersion ? "unchanged" : "updated";
  return { object: after, action };
}
async function deleteObject(cluster, obj) {
  try {
    await cluster.call(() => cluster.delete(obj));
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
