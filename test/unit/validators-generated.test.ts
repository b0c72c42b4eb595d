// The validators compiled ahead of time (src/plan/schemas/validators/) are what
// scripts/generate-validators.ts makes from the committed schemas and ajv: a schema or ajv
// change without `npm run generate-validators` fails here, not in a user's check.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import generated from '../../src/plan/schemas/generated.json' with { type: 'json' };
import { committedValidatorFiles, validatorFiles } from '../../scripts/generate-validators.js';

describe('generated validators', () => {
  it("are the generator's output for the committed schemas, file for file", () => {
    const fresh = validatorFiles(generated as unknown as Parameters<typeof validatorFiles>[0]);
    const committed = committedValidatorFiles();
    assert.deepEqual([...committed.keys()], [...fresh.keys()].sort());
    for (const [name, text] of fresh)
      assert.ok(committed.get(name) === text, `src/plan/schemas/validators/${name} is out of date: run npm run generate-validators`);
  });

  it('has one validator per kind of the schemas, each refusing an unknown field', async () => {
    const { loaders } = await import('../../src/plan/schemas/validators/index.js');
    const kinds = (generated as unknown as { kinds: Record<string, string> }).kinds;
    for (const [kind, def] of Object.entries(kinds)) {
      const [apiVersion = '', k = ''] = kind.split('|');
      const load = loaders[def];
      assert.ok(load, `no validator for ${def}`);
      const { validate } = await load();
      assert.equal(validate({ apiVersion, kind: k, metadata: { name: 'x' }, bogusField: 1 }), false, kind);
      assert.ok(
        validate.errors?.some(
          (e) => e.keyword === 'additionalProperties' && (e.params as { additionalProperty?: string }).additionalProperty === 'bogusField',
        ),
        kind,
      );
    }
  });
});
