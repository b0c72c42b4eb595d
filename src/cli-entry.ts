// dist/cli.js: says which Node it needs before anything that needs Node 24 is loaded. ESM
// links every static import before any code runs (esbuild hoists them too), and the CLI's
// imports need Node 24 (fs.globSync): on Node 20 linking alone fails with an error about a
// missing export. So this entry imports nothing and loads the CLI by import() once the
// version is known good.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `istio-vm-onboard needs Node.js 24 or later; this is ${process.version}. From a clone, \`npm run cli -- ...\` runs it with the project's own Node 24.\n`,
  );
  process.exit(2);
}
// The compile cache (compile-cache.ts) before the CLI loads: it covers only what loads after it.
const { enableCodeCache } = await import('./compile-cache.js');
enableCodeCache();
const { runCli } = await import('./cli.js');
runCli();
