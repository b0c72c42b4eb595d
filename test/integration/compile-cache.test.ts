// Node's compile cache (src/compile-cache.ts) as the bundled action uses it: written under the
// user's cache directory with a mode no one else can write, used by the next run, and refused
// where another user could write (the run goes on uncached and says why in its debug log).
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { compileCacheDir } from '../../src/compile-cache.js';
import { removeRun, runAction } from '../support/action-runner.js';

const home = mkdtempSync(join(tmpdir(), 'ivo-cache-home-'));
after(() => rmSync(home, { recursive: true, force: true }));
const RENDER = { mode: 'render', 'workload-name': 'web', namespace: 'demo', 'vm-address': '10.0.0.2', ports: 'http:8080' };

/** The cache's files, recursively (Node keeps one directory per Node version and V8 flags). */
const cached = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

describe('compile cache', () => {
  it('lives in XDG_CACHE_HOME, else ~/.cache', () => {
    assert.equal(compileCacheDir({ XDG_CACHE_HOME: '/x/cache', HOME: '/home/u' }), '/x/cache/istio-vm-onboard/compile-cache');
    assert.equal(compileCacheDir({ HOME: '/home/u' }), '/home/u/.cache/istio-vm-onboard/compile-cache');
  });

  it("is written by a run, mode 0700, and a second run's modules come from it", async () => {
    const xdg = join(home, 'ok');
    const env = { XDG_CACHE_HOME: xdg, RUNNER_DEBUG: '1' };
    const first = await runAction(RENDER, { env });
    removeRun(first);
    assert.equal(first.code, 0, first.stdout);
    const dir = join(xdg, 'istio-vm-onboard', 'compile-cache');
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    const files = cached(dir);
    assert.ok(files.length > 0, 'the first run wrote compiled code');
    const sizes = files.map((f) => statSync(f).size);
    const second = await runAction(RENDER, { env });
    removeRun(second);
    assert.equal(second.code, 0);
    assert.match(second.stdout, /::debug::compile cache in /);
    assert.deepEqual(
      cached(dir).map((f) => statSync(f).size),
      sizes,
      'the second run found every module in the cache (nothing new written)',
    );
  });

  it('is not used from a directory others can write; the run goes on', async () => {
    const xdg = join(home, 'shared');
    const dir = join(xdg, 'istio-vm-onboard', 'compile-cache');
    mkdirSync(dir, { recursive: true });
    chmodSync(dir, 0o777);
    const r = await runAction(RENDER, { env: { XDG_CACHE_HOME: xdg, RUNNER_DEBUG: '1' } });
    removeRun(r);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /::debug::.*compile-cache is writable by others/);
    assert.deepEqual(cached(dir), [], 'nothing was cached there');
  });
});
