#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);

// src/plan/shell.ts
function shellQuote(arg) {
  if (/^[A-Za-z0-9_/.:=@%+,-]+$/.test(arg)) return arg;
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}
function shellJoin(argv) {
  return argv.map(shellQuote).join(" ");
}
var ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function envProblem(name, value) {
  if (!ENV_NAME.test(name)) return `${JSON.stringify(name)} is not a variable name (letters, digits, _; not starting with a digit)`;
  if (/[\r\n\0]/.test(value)) return `the value of ${name} holds a line break or NUL`;
  return void 0;
}
function shellEnvFile(vars) {
  return Object.keys(vars).sort().map((k) => {
    const v = vars[k];
    const why = envProblem(k, v);
    if (why) throw new Error(`cluster.env: ${why}`);
    return `${k}='${v.replace(/'/g, `'\\''`)}'
`;
  }).join("");
}

export {
  shellJoin,
  envProblem,
  shellEnvFile
};
