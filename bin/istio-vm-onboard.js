#!/usr/bin/env node
// The CLI's bin: checks the Node version before the bundle is loaded (an older Node would
// fail while linking the bundle, with an error that says nothing useful).
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  console.error(`istio-vm-onboard needs Node.js 24 or later; this is ${process.version}. From a clone, \`npm run cli -- ...\` uses the project's Node 24.`);
  process.exit(2);
}
const { runCli } = await import('../dist/cli.js');
runCli();
