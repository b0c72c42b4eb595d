// The documentation is split over README.md (for workflow authors), docs/, CONTRIBUTING.md and
// ARCHITECTURE.md: every relative link in them leads to a file that exists and, with a #, to a
// heading that file has; and the README stays short enough to read (issue #20: under 20 KB).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const pages = [
  'README.md',
  'CONTRIBUTING.md',
  'ARCHITECTURE.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** The text outside fenced code blocks (a link shown in a code block is not a link). */
function prose(md: string): string {
  return md.replace(/^```[\s\S]*?^```/gm, '');
}

/** GitHub's anchor for a heading: lower case, punctuation but - and _ dropped, spaces as -. */
function anchor(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/ /g, '-');
}

function anchors(file: string): Set<string> {
  const md = prose(readFileSync(file, 'utf8'));
  return new Set([...md.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => anchor(m[1] ?? '')));
}

describe('the documentation', () => {
  it('README.md is under 20 KB; the rest is in docs/ and CONTRIBUTING.md', () => {
    const size = statSync(join(root, 'README.md')).size;
    assert.ok(size < 20_000, `README.md is ${size} bytes: move detail to docs/`);
  });

  it("the slug rule matches GitHub's on headings of ours", () => {
    assert.equal(anchor('Re-runs: a failed change leaves the VM as it was'), 're-runs-a-failed-change-leaves-the-vm-as-it-was');
    assert.equal(anchor('The official VM path (systemd)'), 'the-official-vm-path-systemd');
    assert.equal(anchor('By hand: `workflow_dispatch`'), 'by-hand-workflow_dispatch');
  });

  for (const page of pages) {
    it(`${page}: every relative link leads to a file, and every # to a heading there`, () => {
      const file = join(root, page);
      const links = [...prose(readFileSync(file, 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1] ?? '');
      for (const link of links) {
        if (/^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // https:, mailto:
        const [path = '', hash] = link.split('#');
        const target = path === '' ? file : resolve(dirname(file), path);
        assert.ok(existsSync(target), `${page}: ${link} -> ${relative(root, target)} does not exist`);
        if (hash !== undefined) {
          assert.ok(target.endsWith('.md'), `${page}: ${link}: an anchor into a file that is not markdown`);
          assert.ok(anchors(target).has(hash), `${page}: ${link}: no heading #${hash} in ${relative(root, target)}`);
        }
      }
    });
  }
});
