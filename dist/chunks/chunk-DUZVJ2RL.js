#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  require_dist
} from "./chunk-N6NMC47G.js";
import {
  __toESM
} from "./chunk-4RF5COTQ.js";

// src/plan/field-lines.ts
var import_yaml = __toESM(require_dist(), 1);
var LINES = /* @__PURE__ */ new WeakMap();
var keyOf = (segments) => JSON.stringify(segments);
function rememberFieldLines(object, root, lineCounter) {
  const lines = /* @__PURE__ */ new Map();
  const lineAt = (offset) => lineCounter.linePos(offset).line;
  const walk = (node, at) => {
    if ((0, import_yaml.isMap)(node)) {
      for (const pair of node.items) {
        const key = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : void 0;
        if (key === void 0) continue;
        const path = [...at, key];
        const range = ((0, import_yaml.isScalar)(pair.key) ? pair.key.range : void 0) ?? pair.value?.range;
        if (range) lines.set(keyOf(path), lineAt(range[0]));
        walk(pair.value, path);
      }
    } else if ((0, import_yaml.isSeq)(node)) {
      node.items.forEach((item, i) => {
        const path = [...at, i];
        const range = item?.range;
        if (range) lines.set(keyOf(path), lineAt(range[0]));
        walk(item, path);
      });
    }
  };
  if (root?.range) lines.set(keyOf([]), lineAt(root.range[0]));
  walk(root, []);
  LINES.set(object, lines);
}
function fieldLine(object, segments) {
  const lines = LINES.get(object);
  if (!lines) return void 0;
  for (let n = segments.length; n >= 0; n--) {
    const line = lines.get(keyOf(segments.slice(0, n)));
    if (line !== void 0) return line;
  }
  return void 0;
}

export {
  rememberFieldLines,
  fieldLine
};
