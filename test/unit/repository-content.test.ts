// Issue #11, "repository content stays data": what a PR's files and the VM's answers can hold
// reaches logs, summaries and disks as text, and manifests are read only from the workspace.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import * as rule from '../../src/config/rules.js';
import { escapeControls, logSafe, quoteValue } from '../../src/log.js';
import { escapeMarkdown, table } from '../../src/report/markdown.js';
import { renderSummary } from '../../src/report/summary.js';
import type { RunResult } from '../../src/report/result.js';
import { MANIFEST_LIMITS, ManifestError, renderManifests, substitute, variableLookup } from '../../src/plan/templates.js';
import { isOurs } from '../../src/state.js';

/** Lines the runner would take as workflow commands (actions/runner ActionCommand.TryParseV2 and TryParse). */
function commandLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter((l) => l.trimStart().startsWith('::') || l.includes('##['));
}

describe('logSafe: nothing logged is a workflow command', () => {
  const attacks = [
    'web\n::save-state name=cleanupPaths::["/home/runner"]',
    'web\r::set-output name=x::y',
    'web\n   ::add-mask::a',
    'web\n\t::stop-commands::tok',
    'web\u2028::warning::x',
    'x ##[set-env name=A;]b',
    '::error::first line',
  ];
  for (const a of attacks) {
    it(`defuses ${JSON.stringify(a)}`, () => {
      const out = logSafe(a);
      assert.deepEqual(commandLines(out), [], out);
      // The text is still there to read.
      assert.match(out, /save-state|set-output|add-mask|stop-commands|warning|set-env|first line/);
    });
  }

  it('leaves ordinary multi-line text alone', () => {
    const text = 'steps:\n  ok   Render manifests -> demo/web (3 ms)\nproxy: running; probes: passed';
    assert.equal(logSafe(text), text);
  });

  it('shows control, bidi and zero-width characters as escapes', () => {
    assert.equal(escapeControls('a\x1b[31mb\rc\u202ed\u200be\x7f'), 'a\\x1b[31mb\\rc\\u202ed\\u200be\\x7f');
    assert.equal(escapeControls('tab\tand\nline'), 'tab\tand\nline');
    assert.equal(escapeControls('a\nb', { keepNewlines: false }), 'a\\nb');
  });

  it('quotes at most a short prefix of an overlong value', () => {
    const q = quoteValue('x'.repeat(100_000));
    assert.ok(q.length < 80, q);
    assert.match(q, /^"x{40}\.\.\." \(100000 characters\)$/);
    assert.equal(quoteValue('a"b\nc'), '"a\\"b\\nc"');
  });
});

describe('validation rules on hostile text', () => {
  const adversarial = [
    'a'.repeat(100_000),
    `${'a'.repeat(100_000)}!`,
    `${'a.'.repeat(50_000)}!`,
    `${'a-'.repeat(50_000)}!`,
    `${'1'.repeat(100_000)}x`,
    `${'a/'.repeat(50_000)}A`,
    'a:'.repeat(50_000),
    `${'A'.repeat(99_999)}\u202e`,
  ];

  it('answers in linear time on 100 KB (no regular expression that backtracks for seconds)', () => {
    for (const [name, check] of Object.entries(rule)) {
      if (typeof check !== 'function') continue;
      for (const text of adversarial) {
        const started = performance.now();
        (check as (v: string) => string | undefined)(text);
        const ms = performance.now() - started;
        assert.ok(ms < 200, `${name} took ${Math.round(ms)} ms on ${JSON.stringify(text.slice(0, 12))}...`);
      }
    }
  });

  it('refuses an image reference whose name is longer than a registry takes', () => {
    assert.equal(rule.imageReference(`registry.example/istio/proxyv2:1.24.2@sha256:${'a'.repeat(64)}`), undefined);
    assert.match(rule.imageReference('i'.repeat(256)) ?? '', /longer than 255 characters/);
  });
});

describe('markdown: values stay text in the summary and the PR comment', () => {
  it('escapes what would end a cell, start a block, link, mention or run HTML', () => {
    const evil =
      'a|b\n## Approved\n[click](https://evil.example) ![x](https://t.example/p.png) @octocat #1 <img src=x onerror=alert(1)> `code` *em* $x$ \x1b[2J';
    const cell = escapeMarkdown(evil);
    for (const raw of ['|', '\n', '[click]', '![', '@octocat', ' #1 ', '<img', '`', '*em*', '$x$', '\x1b'])
      assert.ok(!cell.includes(raw), `${raw} in ${cell}`);
    assert.match(cell, /&#124;/);
    assert.match(cell, /<br>&#35;&#35; Approved/);
    assert.match(cell, /&lt;img/);
    // user@host is an address, not a mention: kept readable.
    assert.equal(escapeMarkdown('onboard@10.0.0.1:22'), 'onboard@10.0.0.1:22');
  });

  it('keeps a table one row per object whatever the names hold', () => {
    const t = table(['Kind', 'Name'], [['ConfigMap', 'x\n| injected | row |\n\n# heading']]);
    assert.equal(t.split('\n').length, 3, t);
  });

  it('renders a summary in which a hostile error message stays inside its quote', () => {
    const r = {
      mode: 'render',
      dryRun: false,
      verdict: 'failed',
      startedAt: '',
      steps: [],
      objects: [],
      crossChecks: [],
      probes: [],
      proxyStatus: 'not-started',
      probeStatus: 'skipped',
      workload: { name: 'web`</code>', namespace: 'demo', serviceAccount: 'web', address: '10.0.0.1', vmHost: '' },
      error: { step: 'Render manifests', message: 'x.yaml: bad\n\n## All checks passed ✅\n<script>alert(1)</script>' },
    } as unknown as RunResult;
    const md = renderSummary(r);
    assert.doesNotMatch(md, /^## All checks passed/m);
    assert.doesNotMatch(md, /<script>/);
    assert.doesNotMatch(md, /web`<\/code>/);
    assert.match(md, /^> \*\*Failed in Render manifests:\*\* x\.yaml: bad<br><br>&#35;&#35; All checks passed/m);
  });
});

describe('manifests are read only from inside the workspace', () => {
  const root = mkdtempSync(join(tmpdir(), 'ivo-content-'));
  const ws = join(root, 'workspace');
  const outside = join(root, 'outside');
  mkdirSync(ws);
  mkdirSync(outside);
  after(() => rmSync(root, { recursive: true, force: true }));
  const cm = (name: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n`;
  writeFileSync(join(ws, 'ok.yaml'), cm('ok'));
  writeFileSync(join(outside, 'secret.yaml'), cm('from-outside'));
  const render = (pattern: string, vars: Record<string, string> = {}) => renderManifests([pattern], vars, ws);
  const refused = (pattern: string, reason: RegExp) => {
    const started = performance.now();
    assert.throws(
      () => render(pattern),
      (err: unknown) => err instanceof ManifestError && reason.test(err.message),
      pattern,
    );
    return performance.now() - started;
  };

  it('reads a file and a symlink that stays inside', () => {
    symlinkSync('ok.yaml', join(ws, 'alias.yaml'));
    assert.deepEqual(
      render('*.yaml').map((r) => `${r.source.file}:${r.object.metadata.name}`),
      ['alias.yaml:ok', 'ok.yaml:ok'],
    );
  });

  it('refuses /etc/passwd and ../ paths by their look, naming manifests', () => {
    refused('/etc/passwd', /input `manifests` may only name files inside the workspace: "\/etc\/passwd" must be a path relative/);
    refused('../outside/secret.yaml', /input `manifests`.*must not leave the workspace/);
    refused('sub/../../outside/*.yaml', /must not leave the workspace/);
    refused('{..,x}/outside/secret.yaml', /must not leave the workspace/);
  });

  it('refuses a symlink pointing out, on its real path', () => {
    symlinkSync(join(outside, 'secret.yaml'), join(ws, 'link-out.yaml'));
    symlinkSync(outside, join(ws, 'dir-out'));
    refused('link-out.yaml', /input `manifests` may only name files inside the workspace: this one resolves to ".*outside\/secret\.yaml"/);
    refused('dir-out/*.yaml', /resolves to ".*outside\/secret\.yaml"/);
    rmSync(join(ws, 'link-out.yaml'));
    rmSync(join(ws, 'dir-out'));
  });

  it('refuses /dev/zero behind a symlink in milliseconds, before reading a byte', () => {
    symlinkSync('/dev/zero', join(ws, 'zero.yaml'));
    const ms = refused('zero.yaml', /resolves to "\/dev\/zero"/);
    assert.ok(ms < 100, `${ms} ms`);
    rmSync(join(ws, 'zero.yaml'));
  });

  it('refuses what is not a regular file: a FIFO (open would wait for a writer) and a directory', () => {
    execFileSync('mkfifo', [join(ws, 'pipe.yaml')]);
    const ms = refused('pipe.yaml', /may only name regular files: this one is a device, FIFO or socket/);
    assert.ok(ms < 100, `${ms} ms`);
    rmSync(join(ws, 'pipe.yaml'));
    mkdirSync(join(ws, 'dir.yaml'));
    refused('dir.yaml', /this one is a directory/);
    rmSync(join(ws, 'dir.yaml'), { recursive: true });
  });

  it('refuses a file name holding a control character', () => {
    writeFileSync(join(ws, 'evil\n::warning::x.yaml'), cm('x'));
    refused('evil*', /whose names hold no control or invisible characters/);
    rmSync(join(ws, 'evil\n::warning::x.yaml'));
  });

  it('bounds a file (1 MiB), all files (10 MiB) and the objects (1,000)', () => {
    writeFileSync(join(ws, 'big.yaml'), cm('big') + `data:\n  a: "${'x'.repeat(MANIFEST_LIMITS.fileBytes)}"\n`);
    refused('big.yaml', /is larger than 1 MiB \(\d+ bytes\): input `manifests` takes files of at most that size/);
    rmSync(join(ws, 'big.yaml'));

    mkdirSync(join(ws, 'many'));
    const chunk = cm('c') + `data:\n  a: "${'x'.repeat(MANIFEST_LIMITS.fileBytes - 200)}"\n`;
    for (let i = 0; i < 11; i++)
      writeFileSync(join(ws, 'many', `${String(i).padStart(2, '0')}.yaml`), chunk.replace('name: c', `name: c${i}`));
    refused('many/*.yaml', /many\/10\.yaml: brings the manifests over 10 MiB in all/);
    rmSync(join(ws, 'many'), { recursive: true });

    writeFileSync(join(ws, 'objects.yaml'), Array.from({ length: MANIFEST_LIMITS.objects + 1 }, (_, i) => cm(`o${i}`)).join('---\n'));
    refused('objects.yaml', /objects\.yaml:\d+: brings the manifests over 1000 objects/);
    rmSync(join(ws, 'objects.yaml'));
  });

  it('bounds YAML aliases (a billion laughs) and nesting, failing fast', () => {
    const laughs = ['a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let i = 1; i < 10; i++)
      laughs.push(
        `a${i}: &a${i} [${Array(9)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    writeFileSync(join(ws, 'laughs.yaml'), `${cm('lol')}data:\n  ${laughs.join('\n  ')}\n`);
    assert.ok(refused('laughs.yaml', /uses YAML aliases beyond the limit/) < 1000);
    writeFileSync(join(ws, 'deep.yaml'), `${cm('deep')}data:\n  a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    assert.ok(refused('deep.yaml', /deep\.yaml:6: nests more than 256 levels/) < 1000);
    rmSync(join(ws, 'laughs.yaml'));
    rmSync(join(ws, 'deep.yaml'));
  });

  it('refuses text that is not UTF-8', () => {
    writeFileSync(join(ws, 'binary.yaml'), Buffer.from([0x61, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    refused('binary.yaml', /is not UTF-8 text/);
    rmSync(join(ws, 'binary.yaml'));
  });

  it('refuses a metadata.name holding a save-state command, at its line, showing it escaped', () => {
    writeFileSync(
      join(ws, 'inject.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "x\\n::save-state name=cleanupPaths::[\\"/\\"]"\n',
    );
    assert.throws(
      () => render('inject.yaml'),
      (err: unknown) =>
        err instanceof ManifestError &&
        err.line === 4 &&
        /metadata\.name "x\\n::save-state/.test(err.reason) &&
        commandLines(logSafe(err.message)).length === 0,
    );
    rmSync(join(ws, 'inject.yaml'));
  });
});

describe('${VAR}: own entries of vars, nothing of the environment', () => {
  const lookup = variableLookup({ PREFIX: 'abz', constructor: 'own' });

  it('takes own vars only', () => {
    assert.equal(lookup('PREFIX'), 'abz');
    assert.equal(lookup('constructor'), 'own');
    assert.equal(lookup('HOME'), undefined, 'the environment is not read: vars-from-env puts a variable into vars');
  });

  it('knows no inherited names: ${toString}, ${constructor} without a var, ${__proto__}', () => {
    const bare = variableLookup({});
    for (const name of ['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf']) assert.equal(bare(name), undefined, name);
    assert.throws(
      () => substitute('a: ${toString}', 'f.yaml', bare),
      /f\.yaml:1: variable \$\{toString\} is not set: add it to `vars`, or name an environment variable in `vars-from-env`/,
    );
  });

  it('bounds the text that substitution makes', () => {
    const text = Array.from({ length: 100 }, () => 'a: ${BIG}').join('\n');
    assert.throws(
      () => substitute(text, 'f.yaml', () => 'x'.repeat(200_000)),
      /f\.yaml:\d+: is larger than 10 MiB once variables are substituted/,
    );
  });
});

describe('post removes only what main could have created', () => {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'ivo-post-'));
  after(() => rmSync(runnerTemp, { recursive: true, force: true }));
  const root = join(runnerTemp, 'istio-vm-onboard');
  mkdirSync(join(root, 'staging'), { recursive: true });
  writeFileSync(join(runnerTemp, 'victim'), 'x');
  symlinkSync(runnerTemp, join(root, 'up'));

  it('accepts paths inside $RUNNER_TEMP/istio-vm-onboard, refuses the rest', () => {
    assert.equal(isOurs(join(root, 'staging'), root), true);
    assert.equal(isOurs(join(root, 'up'), root), true, 'the link itself (rm removes the link, not its target)');
    for (const p of [
      root,
      '/',
      '/home/runner',
      join(runnerTemp, 'victim'),
      join(root, '..', 'victim'),
      join(root, 'up', 'victim'),
      'relative/path',
      `${root}-other`,
    ]) {
      assert.equal(isOurs(p, root), false, p);
    }
  });
});
