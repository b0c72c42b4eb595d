// Bundles the action (dist/index.js, main and post in one entry) and the CLI (dist/cli.js).
// The runner runs dist/ as committed, without npm install, so everything is inlined.
// Split at every import(): the entries hold what startup needs (inputs, validation, the
// report); each mode, the Kubernetes and SSH clients and the schema validator are chunks in
// dist/chunks/, loaded when a run needs them (node parses MiBs of code it never runs otherwise).
// `--check` builds into a temp dir and fails when the committed dist/ differs (check-dist).
// dist/licenses.txt keeps the license of every package inlined (as @vercel/ncc's licenses.txt
// does for actions): a bundle that drops them would break the terms of MIT/Apache/BSD code.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const check = process.argv.includes('--check');
const outdir = check ? mkdtempSync(join(tmpdir(), 'ivo-dist-')) : 'dist';

// ESM output, but ssh2 and other CommonJS dependencies call require() and use __dirname:
// define them from import.meta so the bundle runs as plain `node dist/index.js`. esbuild puts
// the banner on every output file, chunks included (each is a module of its own).
const banner = [
  "import { createRequire as __ivoCreateRequire } from 'node:module';",
  "import { fileURLToPath as __ivoFileURLToPath } from 'node:url';",
  "import { dirname as __ivoDirname } from 'node:path';",
  'const require = __ivoCreateRequire(import.meta.url);',
  'const __filename = __ivoFileURLToPath(import.meta.url);',
  'const __dirname = __ivoDirname(__filename);',
].join('\n');

// Modules without side effects of their own, which esbuild may drop whole when nothing of
// theirs is used, as it would for a package marked "sideEffects": false:
// - @actions/core's OIDC client (getIDToken, which the action never calls), and with it
//   @actions/http-client and undici: most of what startup would load;
// - @kubernetes/client-node's own modules (declarations and re-exports only): its entry
//   re-exports every generated API class and the model of every built-in kind (4 of its 6 MB),
//   none of which cluster/kube-api.ts uses.
const sideEffectFree = [
  /[\\/]node_modules[\\/]@actions[\\/]core[\\/]lib[\\/]oidc-utils\.js$/,
  /[\\/]node_modules[\\/]@kubernetes[\\/]client-node[\\/]dist[\\/].*\.js$/,
];
const declaredSideEffectFree = {
  name: 'side-effect-free-modules',
  setup(b) {
    b.onResolve({ filter: /oidc-utils|^\.|^@kubernetes\/client-node$/ }, async (args) => {
      if (args.pluginData === 'resolving') return undefined;
      // the client's modules import each other by relative paths
      if (
        args.path.startsWith('.') &&
        !args.path.includes('oidc-utils') &&
        !/[\\/]node_modules[\\/]@kubernetes[\\/]client-node[\\/]/.test(args.importer)
      )
        return undefined;
      const r = await b.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: 'resolving',
      });
      return r.path && sideEffectFree.some((re) => re.test(r.path)) ? { ...r, sideEffects: false } : r;
    });
  },
};

// @kubernetes/client-node takes three things from its undici: fetch (its transport), Agent and
// ProxyAgent (config.js). undici's entry requires all of undici (WebSocket, EventSource, the
// mock agents, cache stores, interceptors): 1.4 MB that every run read and evaluated, about
// 10 ms. The client's `import ... from 'undici'` is given a module of those three from the
// same undici's own files instead; fetch is undici's own implementation (the entry only wraps
// it to add the caller to a failure's stack). kube-api.test.ts holds the calls on the real API
// server; bundle-split.test.ts that the rest of undici stays out.
const UNDICI_SUBSET = [
  "import fetchModule from 'undici/lib/web/fetch/index.js';",
  "import Agent from 'undici/lib/dispatcher/agent.js';",
  "import ProxyAgent from 'undici/lib/dispatcher/proxy-agent.js';",
  'export const fetch = (input, init) => fetchModule.fetch(input, init);',
  'export { Agent, ProxyAgent };',
].join('\n');
const clientNodeUndiciSubset = {
  name: 'client-node-undici-subset',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, (args) => {
      const m = /^(.*[\\/]node_modules[\\/]@kubernetes[\\/]client-node)[\\/]/.exec(args.importer);
      return m ? { path: 'undici-subset', namespace: 'client-node-undici', pluginData: m[1] } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'client-node-undici' }, (args) => ({
      contents: UNDICI_SUBSET,
      loader: 'js',
      // resolved from the client's own directory: its undici, the version it was built against
      resolveDir: args.pluginData,
    }));
  },
};

const { metafile } = await build({
  metafile: true,
  // dist/cli.js is src/cli-entry.ts: the Node version check, then the CLI by import().
  entryPoints: { index: 'src/index.ts', cli: 'src/cli-entry.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.js' },
  // ssh2's optional native addons: it falls back to pure JS crypto without them.
  external: ['*.node', 'cpu-features'],
  // A dependency of the schema models requires Node's deprecated punycode builtin; the npm
  // package of the same name is the drop-in the deprecation notice points to.
  alias: { punycode: 'punycode/' },
  banner: { js: `#!/usr/bin/env node\n${banner}` },
  legalComments: 'none',
  plugins: [clientNodeUndiciSubset, declaredSideEffectFree],
  logLevel: 'warning',
});

// Every package directory under node_modules that contributed input to either bundle.
const packageDirs = new Set();
for (const input of Object.keys(metafile.inputs)) {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packageDirs.add(m[1]);
}
const licenseFiles = (dir) =>
  readdirSync(dir)
    .filter((n) => /^(licen[cs]e|copying|notice)(\.|$)/i.test(n))
    .sort();
const notices = [...packageDirs]
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .sort((a, b) => a.pkg.name.localeCompare(b.pkg.name) || a.pkg.version.localeCompare(b.pkg.version))
  .map(({ dir, pkg }) => {
    const texts = licenseFiles(dir).map((f) => readFileSync(join(dir, f), 'utf8').trim());
    return `${pkg.name}@${pkg.version}\n${pkg.license ?? 'no license field'}\n${texts.join('\n\n') || '(no license file in the package)'}\n`;
  });
// dist/ says its own module type, as @vercel/ncc's ESM output does: without a package.json in
// scope (dist/ copied on its own) Node would parse every chunk to detect it, 5.6 MiB at a time.
writeFileSync(join(outdir, 'package.json'), `${JSON.stringify({ type: 'module' }, null, 2)}\n`);
writeFileSync(join(outdir, 'licenses.txt'), notices.join('\n' + '-'.repeat(72) + '\n\n'));

// Chunk names carry a content hash, so an earlier build's chunks would linger beside the new
// ones: remove those this build did not write. After the build, not before: a process that
// started from the previous entry (a test run while someone rebuilds) finds its chunks until now.
const written = new Set(Object.keys(metafile.outputs).map((f) => relative(outdir, f)));
if (existsSync(join(outdir, 'chunks'))) {
  for (const name of readdirSync(join(outdir, 'chunks'))) {
    if (!written.has(join('chunks', name))) rmSync(join(outdir, 'chunks', name), { force: true });
  }
}

/** Paths of the files under dir, relative to it (dist/chunks/ included), sorted. */
function filesUnder(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

if (check) {
  const differ = [];
  const built = existsSync(outdir) ? filesUnder(outdir) : [];
  const committed = existsSync('dist') ? filesUnder('dist') : [];
  for (const name of new Set([...built, ...committed])) {
    const a = join(outdir, name);
    const b = join('dist', name);
    if (!existsSync(a) || !existsSync(b) || !readFileSync(a).equals(readFileSync(b))) differ.push(name);
  }
  rmSync(outdir, { recursive: true, force: true });
  if (differ.length) {
    console.error(`check-dist: dist/ is out of date (${differ.join(', ')}). Run \`npm run build\` and commit dist/.`);
    process.exit(1);
  }
  console.log('check-dist: dist/ matches the sources');
}
