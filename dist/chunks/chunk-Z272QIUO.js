#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);

// src/plan/schema-options.ts
var INT32 = 2 ** 31;
var INT64 = 2n ** 63n;
var BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
var DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
var formats = {
  int32: { type: "number", validate: (n) => Number.isInteger(n) && n >= -INT32 && n < INT32 },
  int64: { type: "number", validate: (n) => Number.isInteger(n) && BigInt(n) >= -INT64 && BigInt(n) < INT64 },
  double: { type: "number", validate: (n) => Number.isFinite(n) },
  byte: (s) => BASE64.test(s.replace(/[\r\n]/g, "")),
  "date-time": (s) => DATE_TIME.test(s) && !Number.isNaN(Date.parse(s)),
  // Marks IntOrString; its oneOf does the checking.
  "int-or-string": true
};

export {
  formats
};
