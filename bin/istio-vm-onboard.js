#!/usr/bin/env node
// The CLI's bin: dist/cli.js checks the Node version itself before it loads anything else.
await import('../dist/cli.js');
