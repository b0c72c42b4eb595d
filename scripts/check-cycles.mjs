// Fails when a module of src/ imports itself through others (static, type-only and dynamic
// imports alike: each one ties the two files' order of loading or of change). Part of `npm test`.
// Imports are read with TypeScript's own pre-processor, not a regular expression.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..', 'src');
const files = readdirSync(root, { recursive: true })
  .map(String)
  .filter((f) => /\.(c|m)?ts$/.test(f) && !f.endsWith('.d.ts'))
  .map((f) => join(root, f));
const known = new Set(files);

/** The files of src/ this file imports. */
function importsOf(file) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => resolve(dirname(file), spec).replace(/\.(c|m)?js$/, (ext) => ext.replace('js', 'ts')))
    .filter((f) => known.has(f));
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));
const cycles = [];
const state = new Map(); // 1: on the current path, 2: done
const path = [];
function visit(f) {
  state.set(f, 1);
  path.push(f);
  for (const g of graph.get(f) ?? []) {
    if (state.get(g) === 1) cycles.push([...path.slice(path.indexOf(g)), g].map((x) => relative(root, x)).join(' -> '));
    else if (!state.has(g)) visit(g);
  }
  path.pop();
  state.set(f, 2);
}
for (const f of files) if (!state.has(f)) visit(f);

if (cycles.length) {
  console.error(`check-cycles: ${cycles.length} import cycle(s) in src/:\n${cycles.map((c) => `  ${c}`).join('\n')}`);
  process.exit(1);
}
console.log(`check-cycles: ${files.length} modules of src/, no import cycle`);
