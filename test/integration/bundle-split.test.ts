// Issue #13, startup: the bundle is split so that a validation error or render without a
// cluster loads neither the Kubernetes client nor ssh2, ajv or the GitHub client. Checked on
// what node really loads (a module hook records every file it resolves) for the bundled
// action, and on the files themselves; no timing here (scripts/startup.ts measures that).
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadedAtStartup } from '../../scripts/startup.js';
import { PROJECT_ROOT, removeRun, runAction, type ActionRun } from '../support/action-runner.js';

const DIST = join(PROJECT_ROOT, 'dist');
const dir = mkdtempSync(join(tmpdir(), 'ivo-bundle-split-'));
const runs: ActionRun[] = [];
after(() => {
  runs.forEach(removeRun);
  rmSync(dir, { recursive: true, force: true });
});

// module.registerHooks runs in the loading thread, so each resolution is written as it happens.
const HOOK = join(dir, 'record-loads.mjs');
writeFileSync(
  HOOK,
  `import { registerHooks } from 'node:module';
import { appendFileSync } from 'node:fs';
registerHooks({ resolve(specifier, context, next) {
  const r = next(specifier, context);
  if (r.url.startsWith('file:')) appendFileSync(process.env.IVO_LOADS_LOG, r.url + '\\n');
  return r;
} });
`,
);

/** The dist files node loaded during a run of the action with these inputs. */
async function distFilesLoaded(name: string, inputs: Record<string, string>): Promise<{ run: ActionRun; files: string[] }> {
  const log = join(dir, `${name}.log`);
  writeFileSync(log, '');
  const run = await runAction(inputs, { env: { NODE_OPTIONS: `--import=${HOOK}`, IVO_LOADS_LOG: log } });
  runs.push(run);
  const files = readFileSync(log, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((u) => relative(PROJECT_ROOT, fileURLToPath(u)));
  return { run, files: [...new Set(files)].filter((f) => f.startsWith('dist/')) };
}

/** The packages a bundle file holds, from esbuild's `// node_modules/<pkg>/...` comments. */
function packagesIn(file: string): Set<string> {
  const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
  return new Set([...text.matchAll(/^\/\/ (?:\.\.\/)*node_modules\/((?:@[^/]+\/)?[^/\s]+)\/(\S*)$/gm)].map((m) => `${m[1]}/${m[2]}`));
}

const held = (files: string[]) => new Set(files.flatMap((f) => [...packagesIn(f)]));
const has = (modules: Set<string>, prefix: string) => [...modules].some((m) => m.startsWith(prefix));

/** What startup must not load: each client, the validator, the GitHub API client. */
const HEAVY = [
  ['the Kubernetes client', '@kubernetes/client-node/dist/config.js'],
  ['ssh2 (its client)', 'ssh2/lib/client.js'],
  ['ajv', 'ajv/'],
  ['CEL', '@marcbachmann/cel-js/'],
  ['the GitHub client', '@actions/github/'],
  ['undici', 'undici/'],
] as const;

describe('the split bundle', () => {
  it('dist/index.js is an entry of a few KiB; the clients are chunks of their own', () => {
    assert.ok(statSync(join(DIST, 'index.js')).size <= 4 * 1024 * 1024, 'dist/index.js <= 4 MiB');
    const chunks = readdirSync(join(DIST, 'chunks')).map((f) => `dist/chunks/${f}`);
    const all = held(chunks);
    for (const [what, prefix] of HEAVY) assert.ok(has(all, prefix), `${what} is in some chunk (else this test checks nothing)`);
    // cluster/kube-api.ts uses the client's kubeconfig, transport and refusal type, not its
    // generated API classes: neither they nor the model of every built-in kind are bundled.
    assert.ok(has(all, '@kubernetes/client-node/dist/gen/http/'), "the client's transport is bundled");
    for (const dropped of [
      '@kubernetes/client-node/dist/gen/models/',
      '@kubernetes/client-node/dist/gen/types/',
      '@kubernetes/client-node/dist/object.js',
    ])
      assert.ok(!has(all, dropped), `${dropped} is bundled`);
    // Of the client's undici, what it uses (fetch, Agent, ProxyAgent: scripts/bundle.mjs), not
    // its entry with the mock agents, cache stores, WebSocket and EventSource.
    const undici = '@kubernetes/client-node/node_modules/undici/';
    for (const used of [
      'lib/web/fetch/index.js',
      'lib/dispatcher/agent.js',
      'lib/dispatcher/proxy-agent.js',
      'lib/dispatcher/client-h2.js',
    ])
      assert.ok(has(all, undici + used), `${used} of the client's undici is bundled`);
    for (const dropped of ['index.js', 'lib/mock/', 'lib/cache/', 'lib/web/websocket/', 'lib/web/eventsource/'])
      assert.ok(!has(all, undici + dropped), `${dropped} of the client's undici is bundled`);
  });

  it('every output file carries the banner that defines require and __dirname', () => {
    const files = ['index.js', 'cli.js', ...readdirSync(join(DIST, 'chunks')).map((f) => `chunks/${f}`)];
    for (const f of files) {
      const head = readFileSync(join(DIST, f), 'utf8').slice(0, 600);
      assert.match(head, /const require = __ivoCreateRequire\(import\.meta\.url\);/, f);
      assert.match(head, /const __dirname = /, f);
    }
  });

  it('what index.js and cli.js import statically holds none of the heavy parts', () => {
    for (const entry of ['dist/index.js', 'dist/cli.js']) {
      const startup = held(loadedAtStartup(entry));
      for (const [what, prefix] of HEAVY) assert.ok(!has(startup, prefix), `${entry} loads ${what} at startup`);
    }
  });

  it('a validation error loads none of them', async () => {
    const { run, files } = await distFilesLoaded('invalid', {
      mode: 'render',
      'workload-name': 'Not_A_Name',
      namespace: 'demo',
      'vm-address': '10.0.0.7',
    });
    assert.equal(run.code, 1);
    assert.match(run.errors.join('\n'), /input `workload-name`/);
    const loaded = held(files);
    for (const [what, prefix] of HEAVY) assert.ok(!has(loaded, prefix), `loaded ${what}`);
    assert.ok(files.includes('dist/index.js'), 'the hook saw the entry');
  });

  it('render without a cluster loads the validator in its check step, and neither client', async () => {
    const { run, files } = await distFilesLoaded('render', {
      mode: 'render',
      'workload-name': 'web',
      namespace: 'demo',
      'vm-address': '10.0.0.7',
      ports: 'http:8080',
    });
    assert.equal(run.code, 0, run.stdout);
    const loaded = held(files);
    // The dynamic imports are seen too: the validator is loaded by import() in the render mode.
    assert.ok(has(loaded, 'ajv/') && has(loaded, '@marcbachmann/cel-js/'), 'the validator was loaded');
    for (const [what, prefix] of HEAVY.filter(([, p]) => p !== 'ajv/' && p !== '@marcbachmann/cel-js/'))
      assert.ok(!has(loaded, prefix), `loaded ${what}`);
  });
});
