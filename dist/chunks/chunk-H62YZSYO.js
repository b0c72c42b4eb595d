#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);

// node_modules/@kubernetes/client-node/dist/patch.js
var PatchStrategy = {
  /** Diff-like JSON format. */
  JsonPatch: "application/json-patch+json",
  /** Simple merge. */
  MergePatch: "application/merge-patch+json",
  /** Merge with different strategies depending on field metadata. */
  StrategicMergePatch: "application/strategic-merge-patch+json",
  /** Server-Side Apply */
  ServerSideApply: "application/apply-patch+yaml"
};

export {
  PatchStrategy
};
