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

// src/plan/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
function toYaml(objects) {
  return objects.map((o) => (0, import_yaml.stringify)(o, { lineWidth: 0 })).join("---\n");
}
export {
  toYaml
};
