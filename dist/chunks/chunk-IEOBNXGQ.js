#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);

// src/plan/object-diff.ts
import { isDeepStrictEqual } from "node:util";
var SERVER_METADATA = /* @__PURE__ */ new Set([
  "uid",
  "resourceVersion",
  "generation",
  "creationTimestamp",
  "managedFields",
  "selfLink",
  "deletionTimestamp",
  "deletionGracePeriodSeconds"
]);
var SERVER_ANNOTATIONS = /* @__PURE__ */ new Set(["kubectl.kubernetes.io/last-applied-configuration"]);
function fieldPath(segments) {
  let out = "";
  for (const s of segments) {
    if (typeof s === "number") out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}
function isMap(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
function isEmpty(v) {
  return Array.isArray(v) && v.length === 0 || isMap(v) && Object.keys(v).length === 0;
}
function covers(live, desired) {
  if (isMap(desired)) {
    if (!isMap(live)) return false;
    return Object.entries(desired).every(([k, v]) => v === null || v === void 0 ? !(k in live) : covers(live[k], v));
  }
  if (Array.isArray(desired)) {
    return Array.isArray(live) && live.length === desired.length && desired.every((v, i) => covers(live[i], v));
  }
  return isDeepStrictEqual(live, desired);
}
function walk(live, desired, at, out) {
  const liveMap = isMap(live) ? live : {};
  for (const [key, want] of Object.entries(desired)) {
    const path = [...at, key];
    if (skip(path)) continue;
    const have = liveMap[key];
    if (want === void 0) continue;
    if (want === null) {
      if (have !== void 0 && have !== null) out.push({ path: fieldPath(path), op: "remove", from: have });
      continue;
    }
    if (have === void 0) {
      if (!isEmpty(want)) out.push({ path: fieldPath(path), op: "add", to: want });
      continue;
    }
    if (isMap(want) && isMap(have)) walk(have, want, path, out);
    else if (!covers(have, want)) out.push({ path: fieldPath(path), op: "change", from: have, to: want });
  }
}
function skip(path) {
  const [top, field, sub] = path;
  if (path.length === 1) return top === "status" || top === "apiVersion" || top === "kind";
  if (top !== "metadata") return false;
  if (path.length === 2) return SERVER_METADATA.has(String(field));
  return path.length === 3 && field === "annotations" && SERVER_ANNOTATIONS.has(String(sub));
}
function diffObjects(live, desired) {
  if (!live) return { status: "new", changes: [] };
  const changes = [];
  walk(live, desired, [], changes);
  return { status: changes.length ? "changed" : "unchanged", changes };
}
function show(v) {
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
function summarize(diff) {
  if (diff.status === "new") return "new object";
  if (diff.status === "unchanged") return "unchanged";
  const parts = diff.changes.map((c) => {
    if (c.op === "add") return `${c.path} added`;
    if (c.op === "remove") return `${c.path} removed`;
    return `${c.path} ${show(c.from)} -> ${show(c.to)}`;
  });
  return `${diff.changes.length} change${diff.changes.length === 1 ? "" : "s"}: ${parts.join("; ")}`;
}

export {
  fieldPath,
  diffObjects,
  summarize
};
