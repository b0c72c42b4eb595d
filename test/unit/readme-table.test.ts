// The README's inputs and outputs table is generated from action.yml (scripts/readme-table.ts):
// this fails when the two disagree, e.g. after an input's description changed in one of them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { END, START, TABLE_FILES, firstSentence, inputsOutputsTable, withTable } from '../../scripts/readme-table.js';
import { loadContract } from '../../src/config/contract.js';

const root = resolve(import.meta.dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const contract = loadContract(join(root, 'action.yml'));

/** The cells of a table row, split at the pipes markdown splits at (not `\|`). */
const cells = (row: string) => row.replace(/^\|\s*|\s*\|$/g, '').split(/\s*(?<!\\)\|\s*/);

describe('the README inputs and outputs table', () => {
  for (const { file, brief } of TABLE_FILES) {
    it(`${file}'s is the one action.yml makes (npm run readme-table rewrites it)`, () => {
      const text = readFileSync(join(root, file), 'utf8');
      const want = inputsOutputsTable(contract, brief).split('\n');
      const have = text.slice(text.indexOf(START) + START.length + 1, text.indexOf(END) - 1).split('\n');
      const i = want.findIndex((line, n) => line !== have[n]);
      // The first row that differs, rather than two whole files.
      if (i >= 0 || have.length !== want.length) {
        assert.fail(
          `${file}'s table differs from action.yml (run \`npm run readme-table\`):\n  ${file}: ${have[i] ?? '(no such row)'}\n  action.yml: ${want[i] ?? '(no such row)'}`,
        );
      }
      assert.equal(withTable(text, inputsOutputsTable(contract, brief)), text);
    });
  }

  it("shows a description's first sentence in the README, all of it in docs/inputs.md", () => {
    assert.equal(firstSentence('Roll out in waves. The first wave is N VMs.'), 'Roll out in waves.');
    assert.equal(firstSentence('No period at all'), 'No period at all');
    assert.equal(firstSentence('Version 1.2.3 of it. More.'), 'Version 1.2.3 of it.', 'a dot inside a word ends nothing');
    const canary = contract.inputs.find((i) => i.name === 'canary');
    assert.ok(canary);
    assert.ok(readme.includes(`| \`canary\` |  | ${firstSentence(canary.description)} |`));
    assert.ok(readFileSync(join(root, 'docs/inputs.md'), 'utf8').includes('the VMs not started stay as they were'));
  });

  it('has one row per input and per output of action.yml, with its default, in its order', () => {
    const table = readme.slice(readme.indexOf(START), readme.indexOf(END));
    const rows = table
      .split('\n')
      .filter((l) => /^\| `/.test(l))
      .map(cells);
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
    const t = inputsOutputsTable({
      inputs: [{ name: 'x', default: 'a|b', description: 'one | two <b>bold</b> INPUT_*, STATE_* [l](u)\nnext' }],
      outputs: [],
    });
    const row = t.split('\n')[2] ?? '';
    assert.deepEqual(cells(row), ['`x`', '`a\\|b`', 'one \\| two &lt;b&gt;bold&lt;/b&gt; INPUT\\_\\*, STATE\\_\\* \\[l\\](u) next']);
  });

  it('refuses a README without its markers, rather than guess where the table goes', () => {
    assert.throws(() => withTable('# x\n', 'table'), /marker lines once each/);
    assert.throws(() => withTable(`${END}\n${START}\n`, 'table'), /marker lines once each/);
  });
});
