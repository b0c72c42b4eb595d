// The README's inputs and outputs table is generated from action.yml (scripts/readme-table.ts):
// this fails when the two disagree, e.g. after an input's description changed in one of them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { END, START, inputsOutputsTable, withTable } from '../../scripts/readme-table.js';
import { loadContract } from '../../src/config/contract.js';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const contract = loadContract(join(root, 'action.yml'));

/** The cells of a table row, split at the pipes markdown splits at (not `\|`). */
const cells = (row: string) => row.replace(/^\|\s*|\s*\|$/g, '').split(/\s*(?<!\\)\|\s*/);

describe('the README inputs and outputs table', () => {
  it('is the one action.yml makes (npm run readme-table rewrites it)', () => {
    const want = inputsOutputsTable(contract).split('\n');
    const have = readme.slice(readme.indexOf(START) + START.length + 1, readme.indexOf(END) - 1).split('\n');
    const i = want.findIndex((line, n) => line !== have[n]);
    // The first row that differs, rather than two whole READMEs.
    if (i >= 0 || have.length !== want.length) {
      assert.fail(`README.md's table differs from action.yml (run \`npm run readme-table\`):\n  README:     ${have[i] ?? '(no such row)'}\n  action.yml: ${want[i] ?? '(no such row)'}`);
    }
    assert.equal(withTable(readme, inputsOutputsTable(contract)), readme);
  });

  it('has one row per input and per output of action.yml, with its default, in its order', () => {
    const table = readme.slice(readme.indexOf(START), readme.indexOf(END));
    const rows = table.split('\n').filter((l) => /^\| `/.test(l)).map(cells);
    assert.deepEqual(
      rows.map((r) => r[0]),
      [...contract.inputs, ...contract.outputs].map((x) => `\`${x.name}\``),
    );
    for (const i of contract.inputs) {
      const row = rows.find((r) => r[0] === `\`${i.name}\``) ?? [];
      assert.equal(row.length, 3, `${i.name}: three cells`);
      assert.equal(row[1], i.default ? `\`${i.default}\`` : '', `${i.name}: its default`);
    }
  });

  it('keeps a description in its cell as text: no column break, HTML tag, emphasis or link', () => {
    const t = inputsOutputsTable({ inputs: [{ name: 'x', default: 'a|b', description: 'one | two <b>bold</b> INPUT_*, STATE_* [l](u)\nnext' }], outputs: [] });
    const row = t.split('\n')[2] ?? '';
    assert.deepEqual(cells(row), ['`x`', '`a\\|b`', 'one \\| two &lt;b&gt;bold&lt;/b&gt; INPUT\\_\\*, STATE\\_\\* \\[l\\](u) next']);
  });

  it('refuses a README without its markers, rather than guess where the table goes', () => {
    assert.throws(() => withTable('# x\n', 'table'), /marker lines once each/);
    assert.throws(() => withTable(`${END}\n${START}\n`, 'table'), /marker lines once each/);
  });
});
