#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);

// src/pipeline/step-error.ts
var StepError = class extends Error {
  constructor(message, hint, proxyLogs) {
    super(message);
    this.hint = hint;
    this.proxyLogs = proxyLogs;
    this.name = "StepError";
  }
  hint;
  proxyLogs;
};

export {
  StepError
};
