// The inputs and outputs tables are made from action.yml, so they cannot disagree with it: the
// README's, each description's first sentence (the README stays short), and docs/inputs.md's,
// the whole descriptions. `npm run readme-table` rewrites both between the marker comments;
// `--check` only says whether they are current (test/unit/readme-table.test.ts fails when not).
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

/** A description's first sentence (to the first '. '), for the README's short table. */
export function firstSentence(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  const end = flat.search(/\. /);
  return end < 0 ? flat : flat.slice(0, end + 1);
}

/** The tables: `brief` takes each description's first sentence (the README), else all of it (docs/inputs.md). */
export function inputsOutputsTable(contract: Contract, brief = false): string {
  const text = (d: string) => cell(brief ? firstSentence(d) : d);
  const lines = [
    '| input | default | what it does |',
    '| --- | --- | --- |',
    ...contract.inputs.map((i) => `| \`${i.name}\` | ${code(i.default)} | ${text(i.description)} |`),
    '',
    '| output | what it holds |',
    '| --- | --- |',
    ...contract.outputs.map((o) => `| \`${o.name}\` | ${text(o.description)} |`),
  ];
  return lines.join('\n');
}

/** The files that hold a table, and whether theirs is the brief one. */
export const TABLE_FILES: Array<{ file: string; brief: boolean }> = [
  { file: 'README.md', brief: true },
  { file: 'docs/inputs.md', brief: false },
];

/** The README with its table replaced; an error when the markers are not there once each, in order. */
export function withTable(readme: string, table: string): string {
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a || readme.indexOf(START, a + 1) >= 0 || readme.indexOf(END, b + 1) >= 0) {
    throw new Error(`the file must hold the marker lines once each, in this order:\n${START}\n${END}`);
  }
  return `${readme.slice(0, a + START.length)}\n${table}\n${readme.slice(b)}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const root = resolve(import.meta.dirname, '..');
  const contract = loadContract(resolve(root, 'action.yml'));
  for (const { file, brief } of TABLE_FILES) {
    const path = resolve(root, file);
    const before = readFileSync(path, 'utf8');
    const next = withTable(before, inputsOutputsTable(contract, brief));
    if (process.argv.includes('--check')) {
      if (next !== before) {
        console.error(`${file}: the inputs and outputs table differs from action.yml; run \`npm run readme-table\``);
        process.exitCode = 1;
      }
    } else if (next !== before) {
      writeFileSync(path, next);
      console.log(`${file}: inputs and outputs table rewritten from action.yml`);
    }
  }
}
