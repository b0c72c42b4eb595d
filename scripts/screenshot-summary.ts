// Shows a person what users will see: renders a job summary (markdown, as GitHub would) to an
// HTML page styled like GitHub's, and takes a headless-Chromium screenshot of it.
//   node --import tsx scripts/screenshot-summary.ts SUMMARY.md [OUT.png]
// Needs Debian's chromium (apt-get install chromium); it is not needed by the tests.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { marked } from 'marked';

const [input, output = 'summary.png'] = process.argv.slice(2);
if (!input) {
  console.error('usage: scripts/screenshot-summary.ts SUMMARY.md [OUT.png]');
  process.exit(2);
}
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!chromium) {
  console.error('chromium is not installed: apt-get install chromium');
  process.exit(1);
}
const body = await marked.parse(readFileSync(input, 'utf8'), { gfm: true });
const page = `<!doctype html><html><head><meta charset="utf-8"><style>
body { font: 14px -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; max-width: 1180px; margin: 24px; }
table { border-collapse: collapse; margin: 8px 0 16px; } th, td { border: 1px solid #d1d9e0; padding: 4px 10px; text-align: left; }
th { background: #f6f8fa; } code, pre { background: #f6f8fa; font: 12px ui-monospace, monospace; } pre { padding: 8px; white-space: pre-wrap; }
blockquote { border-left: 4px solid #d1242f; margin: 0; padding: 0 12px; color: #59636e; } h2 { border-bottom: 1px solid #d1d9e0; }
</style></head><body>${body.replace(/<details>/g, '<details open>')}</body></html>`;
const dir = mkdtempSync(join(tmpdir(), 'ivo-shot-'));
try {
  const html = join(dir, 'summary.html');
  writeFileSync(html, page);
  execFileSync(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--hide-scrollbars',
      '--window-size=1240,1600',
      `--screenshot=${resolve(output)}`,
      `file://${html}`,
    ],
    { stdio: 'ignore', timeout: 60_000 },
  );
  console.log(`wrote ${resolve(output)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
