// Bundles the action (dist/index.js, main and post in one file) and the CLI (dist/cli.js).
// The runner runs dist/ as committed, without npm install, so everything is inlined.
// `--check` builds into a temp dir and fails when the committed dist/ differs (check-dist).
// dist/licenses.txt keeps the license of every package inlined (as @vercel/ncc's licenses.txt
// does for actions): a bundle that drops them would break the terms of MIT/Apache/BSD code.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const check = process.argv.includes('--check');
const outdir = check ? mkdtempSync(join(tmpdir(), 'ivo-dist-')) : 'dist';

// ESM output, but ssh2 and other CommonJS dependencies call require() and use __dirname:
// define them from import.meta so the bundle runs as plain `node dist/index.js`.
const banner = [
  "import { createRequire as __ivoCreateRequire } from 'node:module';",
  "import { fileURLToPath as __ivoFileURLToPath } from 'node:url';",
  "import { dirname as __ivoDirname } from 'node:path';",
  'const require = __ivoCreateRequire(import.meta.url);',
  'const __filename = __ivoFileURLToPath(import.meta.url);',
  'const __dirname = __ivoDirname(__filename);',
].join('\n');

const { metafile } = await build({
  metafile: true,
  entryPoints: { index: 'src/index.ts', cli: 'src/cli.ts' },
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'esm',
  outExtension: { '.js': '.js' },
  // ssh2's optional native addons: it falls back to pure JS crypto without them.
  external: ['*.node', 'cpu-features'],
  // A dependency of the schema models requires Node's deprecated punycode builtin; the npm
  // package of the same name is the drop-in the deprecation notice points to.
  alias: { punycode: 'punycode/' },
  banner: { js: `#!/usr/bin/env node\n${banner}` },
  legalComments: 'none',
  logLevel: 'warning',
});

// Every package directory under node_modules that contributed input to either bundle.
const packageDirs = new Set();
for (const input of Object.keys(metafile.inputs)) {
  const m = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  if (m) packageDirs.add(m[1]);
}
const licenseFiles = (dir) => readdirSync(dir).filter((n) => /^(licen[cs]e|copying|notice)(\.|$)/i.test(n)).sort();
const notices = [...packageDirs]
  .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .sort((a, b) => a.pkg.name.localeCompare(b.pkg.name) || a.pkg.version.localeCompare(b.pkg.version))
  .map(({ dir, pkg }) => {
    const texts = licenseFiles(dir).map((f) => readFileSync(join(dir, f), 'utf8').trim());
    return `${pkg.name}@${pkg.version}\n${pkg.license ?? 'no license field'}\n${texts.join('\n\n') || '(no license file in the package)'}\n`;
  });
writeFileSync(join(outdir, 'licenses.txt'), notices.join('\n' + '-'.repeat(72) + '\n\n'));

if (check) {
  const differ = [];
  const built = readdirSync(outdir).sort();
  const committed = existsSync('dist') ? readdirSync('dist').sort() : [];
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
