#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);

// src/redact.ts
var secrets = /* @__PURE__ */ new Set();
var longestFirst;
function addSecret(value) {
  if (value.length >= 4 && !secrets.has(value)) {
    secrets.add(value);
    longestFirst = void 0;
  }
}
function redactSecrets(text) {
  let out = text;
  longestFirst ??= [...secrets].sort((a, b) => b.length - a.length);
  for (const s of longestFirst) if (out.includes(s)) out = out.split(s).join("***");
  return out;
}
function holdsSecret(text) {
  for (const s of secrets) if (text.includes(s)) return true;
  return false;
}
function mapStrings(value, fn) {
  if (typeof value === "string") return fn(value);
  if (Array.isArray(value)) return value.map((v) => mapStrings(v, fn));
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, fn)]));
  }
  return value;
}
function redactDeep(value) {
  return mapStrings(value, redactSecrets);
}

export {
  addSecret,
  redactSecrets,
  holdsSecret,
  mapStrings,
  redactDeep
};
