#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);

// src/log.ts
var UNSAFE_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\ufff9-\ufffb]/g;
function escapeChar(c) {
  if (c === "\r") return "\\r";
  if (c === "\n") return "\\n";
  const code = c.charCodeAt(0);
  return code < 256 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
}
function escapeControls(text, opts = {}) {
  const escaped = text.replace(UNSAFE_CHARS, escapeChar);
  return opts.keepNewlines === false ? escaped.replace(/\n/g, "\\n") : escaped;
}
function logSafe(text) {
  return escapeControls(text).split("\n").map((line) => line.replace(/^(\s*)::/, "$1\\::").replace(/##\[/g, "##\\[")).join("\n");
}
function quoteValue(value, max = 40) {
  const cut = [...value].length > max;
  const shown = cut ? [...value].slice(0, max).join("") : value;
  return `"${escapeControls(shown, { keepNewlines: false }).replace(/"/g, '\\"')}${cut ? `..." (${value.length} characters)` : '"'}`;
}

export {
  escapeControls,
  logSafe,
  quoteValue
};
