#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);

// src/config/errors.ts
var InputError = class extends Error {
  constructor(problems) {
    super(
      problems.length === 1 ? `Invalid input: ${formatProblem(problems[0])}` : `${problems.length} inputs are invalid:
${problems.map((p) => `  - ${formatProblem(p)}`).join("\n")}`
    );
    this.problems = problems;
    this.name = "InputError";
  }
  problems;
};
function formatProblem(p) {
  return `input \`${p.input}\` ${p.message}`;
}

export {
  InputError
};
