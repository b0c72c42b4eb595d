#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  dump,
  load
} from "./chunk-GGB3IVYU.js";
import {
  quoteValue
} from "./chunk-NXY6E3WA.js";

// src/config/inventory.ts
var PER_RUN_INPUTS = [
  "mode",
  "dry-run",
  "timeout",
  "kubeconfig",
  "context",
  "istio-namespace",
  "create-namespace",
  "api-timeout",
  "lock-timeout",
  "ssh-key",
  "ssh-key-passphrase",
  "github-token",
  "comment",
  "inventory",
  "concurrency",
  "shard-size"
];
function inputText(value) {
  if (value === null || value === void 0) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    const parts = value.map(inputText);
    return parts.every((p) => p !== void 0) && value.every((v) => typeof v !== "object" || v === null) ? parts.join("\n") : void 0;
  }
  if (typeof value === "object") {
    const entries = Object.entries(value);
    return entries.every(([, v]) => typeof v !== "object" || v === null) ? entries.map(([k, v]) => `${k}=${inputText(v)}`).join("\n") : void 0;
  }
  return void 0;
}
function parseInventory(text) {
  const problems = [];
  if (text.trim() === "") return { items: [], problems };
  let doc;
  try {
    doc = load(text);
  } catch (err) {
    return { items: [], problems: [{ input: "inventory", message: `is not valid YAML: ${String(err.message).split("\n")[0]}` }] };
  }
  if (!Array.isArray(doc)) return { items: [], problems: [{ input: "inventory", message: 'must be a YAML list of VMs, e.g. "- vm-host: 10.0.0.5"' }] };
  const items = [];
  doc.forEach((entry, i) => {
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
      problems.push({ input: `inventory[${i}]`, message: 'must be a map of inputs, e.g. "vm-host: 10.0.0.5"' });
      return;
    }
    const item = {};
    for (const [name, value] of Object.entries(entry)) {
      const text2 = inputText(value);
      if (text2 === void 0) problems.push({ input: `inventory[${i}].${name}`, message: "must be a string, a number, a list of them or a map of them" });
      else Object.defineProperty(item, name, { value: text2, enumerable: true, writable: true, configurable: true });
    }
    items.push(item);
  });
  if (items.length === 0 && problems.length === 0) problems.push({ input: "inventory", message: "is an empty list: name at least one VM, or leave the input empty" });
  return { items, problems };
}
function overlay(read, item) {
  return (name) => Object.hasOwn(item, name) ? item[name] : read(name);
}
function itemKeyProblem(key, known) {
  if (PER_RUN_INPUTS.includes(key)) return "holds for every VM of the run: set it as an input, not in an inventory item";
  if (!known.has(key)) return `is not an input of this action (${quoteValue(key)})`;
  return void 0;
}
function shardInventory(items, size) {
  const include = [];
  for (let start = 0; start < items.length; start += size) {
    const shard = items.slice(start, start + size);
    include.push({
      shard: include.length,
      vms: shard.map((i) => i["vm-host"] ?? "").join(","),
      inventory: dump(shard, { lineWidth: -1, noRefs: true })
    });
  }
  return { include };
}

export {
  parseInventory,
  overlay,
  itemKeyProblem,
  shardInventory
};
