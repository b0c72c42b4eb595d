#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  quoteValue
} from "./chunk-NXY6E3WA.js";
import {
  require_dist
} from "./chunk-N6NMC47G.js";
import {
  dump
} from "./chunk-GGB3IVYU.js";
import {
  __toESM
} from "./chunk-4RF5COTQ.js";

// src/config/inventory.ts
var import_yaml = __toESM(require_dist(), 1);
var PER_VM_INPUTS = [
  "vm-host",
  "vm-address",
  "workload-name",
  "namespace",
  "service-account",
  "labels",
  "ports",
  "vars",
  "network",
  "ssh-user",
  "ssh-port",
  "ssh-known-hosts",
  "ssh-host-fingerprint",
  "probe-url",
  "probe-from-vm-url",
  "probe-expected-status"
];
var ADDED_PINS = ["ssh-known-hosts", "ssh-host-fingerprint"];
var INVENTORY_LIMITS = { bytes: 2 * 1024 * 1024, aliases: 1e3, depth: 64, vms: 5e3 };
function flowDepth(text, max) {
  let depth = 0;
  for (const ch of text) {
    if (ch === "[" || ch === "{") {
      if (++depth > max) return false;
    } else if (ch === "]" || ch === "}") depth = Math.max(0, depth - 1);
  }
  return true;
}
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
  const fail = (message) => ({ items: [], problems: [{ input: "inventory", message }] });
  const bytes = Buffer.byteLength(text);
  if (bytes > INVENTORY_LIMITS.bytes)
    return fail(`is ${bytes} bytes: at most ${INVENTORY_LIMITS.bytes / 1024 / 1024} MiB is read (cut the fleet into several inventories)`);
  if (!flowDepth(text, INVENTORY_LIMITS.depth)) return fail(`nests [ or { more than ${INVENTORY_LIMITS.depth} deep`);
  let doc;
  try {
    const parsed = (0, import_yaml.parseDocument)(text, { merge: true, uniqueKeys: true, prettyErrors: false });
    const error = parsed.errors[0];
    if (error) return fail(`is not valid YAML: ${String(error.message).split("\n")[0]}`);
    doc = parsed.toJS({ maxAliasCount: INVENTORY_LIMITS.aliases });
  } catch (err) {
    const message = String(err.message).split("\n")[0] ?? "";
    return fail(
      /alias/i.test(message) ? `expands YAML aliases more than ${INVENTORY_LIMITS.aliases} times: write the items out` : `is not valid YAML: ${message}`
    );
  }
  if (!Array.isArray(doc)) return fail('must be a YAML list of VMs, e.g. "- vm-host: 10.0.0.5"');
  if (doc.length > INVENTORY_LIMITS.vms)
    return fail(`lists ${doc.length} VMs: at most ${INVENTORY_LIMITS.vms} are taken in one run (cut the fleet into several inventories)`);
  const items = [];
  doc.forEach((entry, i) => {
    if (entry === null || typeof entry !== "object" || Array.isArray(entry)) {
      problems.push({ input: `inventory[${i}]`, message: 'must be a map of inputs, e.g. "vm-host: 10.0.0.5"' });
      return;
    }
    const item = {};
    for (const [name, value] of Object.entries(entry)) {
      const text2 = inputText(value);
      if (text2 === void 0)
        problems.push({ input: `inventory[${i}].${name}`, message: "must be a string, a number, a list of them or a map of them" });
      else Object.defineProperty(item, name, { value: text2, enumerable: true, writable: true, configurable: true });
    }
    items.push(item);
  });
  if (items.length === 0 && problems.length === 0)
    problems.push({ input: "inventory", message: "is an empty list: name at least one VM, or leave the input empty" });
  return { items, problems };
}
function overlay(read, item) {
  return (name) => {
    if (!Object.hasOwn(item, name)) return read(name);
    if (ADDED_PINS.includes(name)) return `${read(name) ?? ""}
${item[name]}`;
    return item[name];
  };
}
function itemKeyProblem(key, known) {
  if (PER_VM_INPUTS.includes(key)) return void 0;
  if (!known.has(key) && !["inventory", "concurrency", "shard-size", "canary"].includes(key))
    return `is not an input of this action (${quoteValue(key)})`;
  return "holds for every VM of the run: an item sets only its VM's facts (host, address, names, labels, ports, probes, its host-key pins); set it as an input";
}
var MAX_MATRIX_SHARDS = 256;
function shardInventory(items, size, hosts = items.map((i) => i["vm-host"] ?? "")) {
  const include = [];
  for (let start = 0; start < items.length; start += size) {
    const shard = items.slice(start, start + size);
    include.push({
      shard: include.length,
      vms: hosts.slice(start, start + size).join(","),
      inventory: dump(shard, { lineWidth: -1, noRefs: true })
    });
  }
  return { include };
}

export {
  INVENTORY_LIMITS,
  parseInventory,
  overlay,
  itemKeyProblem,
  MAX_MATRIX_SHARDS,
  shardInventory
};
