// The ready-to-copy workflows in examples/workflows/: each one passes actionlint (built from its
// Go module by scripts/actionlint/build.sh, installed by scripts/setup.sh), gives the action only
// inputs action.yml has and reads only outputs it has, keeps the checkout's token out of
// .git/config, says per job what the token may do, and is referenced from the README.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { parse, parseAllDocuments } from 'yaml';
import { loadContract } from '../../src/config/contract.js';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'examples/workflows');
const files = readdirSync(dir)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();
const contract = loadContract(join(root, 'action.yml'));

/** Where setup.sh put actionlint (the script prints the path; --path builds nothing). */
function actionlint(): string {
  const bin =
    execFileSync('bash', [join(root, 'scripts/actionlint/build.sh'), '--path'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop() ?? '';
  try {
    accessSync(bin, constants.X_OK);
  } catch {
    assert.fail(`actionlint is not at ${bin}: run scripts/setup.sh (or bash scripts/actionlint/build.sh) first`);
  }
  return bin;
}

/** actionlint on files; shellcheck and pyflakes are turned off so that every machine lints alike. */
function lint(paths: string[]) {
  return spawnSync(actionlint(), ['-no-color', '-shellcheck=', '-pyflakes=', ...paths], { encoding: 'utf8' });
}

type Step = { id?: string; uses?: string; run?: string; with?: Record<string, unknown> };
type Job = { permissions?: unknown; steps?: Step[] };
type Workflow = { permissions?: unknown; jobs: Record<string, Job> };
const ours = (st: Step) => st.uses?.split('@')[0]?.endsWith('/istio-vm-onboard') ?? false;

describe('examples/workflows', () => {
  it('holds the five uses: deploy, workflow_dispatch, PR check, fleet fan-out, scheduled fleet check', () => {
    assert.deepEqual(files, ['check-fleet.yml', 'onboard-fleet.yml', 'onboard-manual.yml', 'onboard-on-deploy.yml', 'pr-check.yml']);
    const on = (f: string) => (parse(readFileSync(join(dir, f), 'utf8')) as { on: unknown }).on;
    assert.ok(Object.hasOwn(on('onboard-manual.yml') as object, 'workflow_dispatch'));
    assert.ok(Object.hasOwn(on('pr-check.yml') as object, 'pull_request'));
    assert.ok(Object.hasOwn(on('check-fleet.yml') as object, 'schedule'));
  });

  it('passes actionlint, every file', () => {
    const r = lint(files.map((f) => join(dir, f)));
    assert.equal(r.status, 0, `actionlint:\n${r.stdout}${r.stderr}`);
  });

  it("the repository's own workflows (.github/workflows/) pass actionlint too", () => {
    const own = join(root, '.github/workflows');
    const r = lint(
      readdirSync(own)
        .filter((f) => /\.ya?ml$/.test(f))
        .map((f) => join(own, f)),
    );
    assert.equal(r.status, 0, `actionlint:\n${r.stdout}${r.stderr}`);
  });

  it('actionlint does fail a workflow that is wrong (the lint is not a no-op)', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'ivo-actionlint-'));
    try {
      const bad = join(tmp, 'bad.yml');
      const good = readFileSync(join(dir, 'onboard-fleet.yml'), 'utf8');
      // A step output that no step has, and a job that needs a job that does not exist.
      writeFileSync(
        bad,
        good.replace('steps.shards.outputs.matrix', 'steps.nosuchstep.outputs.matrix').replace('needs: onboard', 'needs: onbaord'),
      );
      const r = lint([bad]);
      assert.equal(r.status, 1, r.stdout + r.stderr);
      assert.match(r.stdout, /nosuchstep/);
      assert.match(r.stdout, /onbaord/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('the yaml snippets in README.md and docs/ are YAML, and give the action only its inputs', () => {
    const inputs = new Set(contract.inputs.map((i) => i.name));
    const pages = [
      'README.md',
      ...readdirSync(join(root, 'docs'))
        .filter((f) => f.endsWith('.md'))
        .map((f) => `docs/${f}`),
    ];
    let steps = 0;
    const walk = (page: string, node: unknown): void => {
      if (Array.isArray(node)) return node.forEach((n) => walk(page, n));
      if (!node || typeof node !== 'object') return;
      const st = node as Step;
      if (typeof st.uses === 'string' && ours(st)) {
        steps++;
        for (const key of Object.keys(st.with ?? {})) assert.ok(inputs.has(key), `${page}: ${key} is not an input of action.yml`);
      }
      Object.values(node).forEach((n) => walk(page, n));
    };
    for (const page of pages) {
      for (const m of readFileSync(join(root, page), 'utf8').matchAll(/^```yaml\n([\s\S]*?)^```/gm)) {
        for (const doc of parseAllDocuments(m[1] ?? '')) {
          assert.deepEqual(
            doc.errors.map((e) => e.message.split('\n')[0]),
            [],
            `${page}: a yaml block that is not YAML:\n${m[1]}`,
          );
          walk(page, doc.toJS());
        }
      }
    }
    assert.ok(steps >= 4, `found the snippets (${steps})`);
  });

  for (const f of files) {
    describe(f, () => {
      const text = readFileSync(join(dir, f), 'utf8');
      const wf = parse(text) as Workflow;
      const jobs = Object.entries(wf.jobs);

      it('gives the action only its inputs and reads only its outputs', () => {
        const inputs = new Set(contract.inputs.map((i) => i.name));
        const outputs = new Set(contract.outputs.map((o) => o.name));
        const ids = new Set<string>();
        let uses = 0;
        for (const [name, job] of jobs) {
          for (const st of job.steps ?? []) {
            if (!ours(st)) continue;
            uses++;
            for (const key of Object.keys(st.with ?? {})) assert.ok(inputs.has(key), `${name}: ${key} is not an input of action.yml`);
            if (st.id) ids.add(st.id);
          }
        }
        assert.ok(uses > 0, 'uses the action');
        for (const m of text.matchAll(/\bsteps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          if (ids.has(m[1] ?? '')) assert.ok(outputs.has(m[2] ?? ''), `steps.${m[1]}.outputs.${m[2]} is not an output of action.yml`);
        }
      });

      it('keeps the checkout token out of .git/config, and says per job what the token may do', () => {
        assert.deepEqual(wf.permissions, {}, 'the workflow grants nothing by default');
        for (const [name, job] of jobs) {
          assert.ok(job.permissions !== undefined, `job ${name} has its own permissions`);
          for (const st of job.steps ?? []) {
            if (st.uses?.startsWith('actions/checkout@'))
              assert.equal(st.with?.['persist-credentials'], false, `${name}: persist-credentials: false`);
          }
        }
      });

      it('is referenced from the README', () => {
        assert.ok(
          readFileSync(join(root, 'README.md'), 'utf8').includes(`](examples/workflows/${f})`),
          `README links examples/workflows/${f}`,
        );
      });
    });
  }
});
