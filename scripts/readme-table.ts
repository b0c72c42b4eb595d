// The README's inputs and outputs table is made from action.yml, so the two cannot disagree:
// `npm run readme-table` rewrites it between the marker comments; `--check` only says whether it
// is current (test/unit/readme-table.test.ts fails when it is not).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type Contract, loadContract } from '../src/config/contract.js';

export const START = '<!-- inputs-outputs: generated from action.yml by `npm run readme-table`; do not edit by hand -->';
export const END = '<!-- inputs-outputs: end -->';

/** One table cell: text as markdown shows it, never as HTML, emphasis, a link or a column break. */
function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]~|]/g, (c) => `\\${c}`)
    .replace(/\s*\n\s*/g, ' ');
}

/** A default shown as code (a code span shows `<` and `&` as they are; a pipe still needs `\|`). */
function code(value: string): string {
  if (value === '') return '';
  const text = value.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const ticks = text.includes('`') ? '`` ' : '`';
  return `${ticks}${text}${[...ticks].reverse().join('')}`;
}

export function inputsOutputsTable(contract: Contract): string {
  const lines = [
    '| input | default | what it does |',
    '| --- | --- | --- |',
    ...contract.inputs.map((i) => `| \`${i.name}\` | ${code(i.default)} | ${cell(i.description)} |`),
    '',
    '| output | what it holds |',
    '| --- | --- |',
    ...contract.outputs.map((o) => `| \`${o.name}\` | ${cell(o.description)} |`),
  ];
  return lines.join('\n');
}

/** The README with its table replaced; an error when the markers are not there once each, in order. */
export function withTable(readme: string, table: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a || readme.indexOf(START, a + 1) >= 0 || readme.indexOf(END, b + 1) >= 0) {
    throw new Error(`README.md must hold the marker lines once each, in this order:\n${START}\n${END}`);
  }
  return `${readme.slice(0, a + START.length)}\n${table}\n${readme.slice(b)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(import.meta.dirname, '..');
  const readmePath = resolve(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const next = withTable(readme, inputsOutputsTable(loadContract(resolve(root, 'action.yml'))));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md: the inputs and outputs table differs from action.yml; run `npm run readme-table`');
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync(readmePath, next);
    console.log('README.md: inputs and outputs table rewritten from action.yml');
  }
}
