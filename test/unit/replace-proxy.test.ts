// replaceProxyCommand (issue #13: docker rm + docker run in one round trip), run by a real sh
// against a stand-in `docker` that records its argv: the removal comes first, docker run gets
// every argument unchanged (no word split, no expansion), and docker run's exit status and
// stderr are the command's.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { MeshFacts } from '../../src/cluster/mesh-facts.js';
import { loadContract } from '../../src/config/contract.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { effectiveWorkload } from '../../src/plan/effective-workload.js';
import { REMOVED_PREVIOUS_PROXY, replaceProxyCommand, runProxyCommand } from '../../src/plan/remote-commands.js';
import { shellJoin } from '../../src/plan/shell.js';

const dir = mkdtempSync(join(tmpdir(), 'ivo-replace-proxy-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const log = join(dir, 'docker.log');
// rm exits with $RM_EXIT; run prints an ID or, with $RUN_EXIT set, fails the way a missing image does.
writeFileSync(join(dir, 'docker'), [
  '#!/bin/sh',
  'printf "%s\\n" "$@" >> "$DOCKER_LOG"; echo --- >> "$DOCKER_LOG"',
  'if [ "$1" = rm ]; then echo "$3"; exit "${RM_EXIT:-0}"; fi',
  'if [ -n "${RUN_EXIT:-}" ]; then echo "Unable to find image" >&2; exit "$RUN_EXIT"; fi',
  'echo 0123456789abcdef',
].join('\n'));
chmodSync(join(dir, 'docker'), 0o755);

const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
// root: no sudo prefix, so the command runs as is under sh here.
const inputs: Record<string, string> = { mode: 'render', 'workload-name': 'backend-vm', namespace: 'demo', 'vm-address': '10.231.1.2', ports: 'http:8080', 'ssh-user': 'root' };
const s = getSettings((n) => inputs[n] ?? defaults[n] ?? '', {});
const facts: MeshFacts = {
  istioNamespace: 'istio-system', trustDomain: "it's a domain $(touch pwned)", defaultConfig: {}, proxyMetadata: {},
  image: 'registry.test/istio/proxyv2:1.24.2', clusterName: 'east', network: 'vm-net', meshId: 'mesh1', rootCertPem: '',
  gateway: { address: '10.231.0.1', isHostname: false, source: 'test' },
};

function runScript(env: Record<string, string> = {}) {
  rmSync(log, { force: true });
  const argv = replaceProxyCommand(s, effectiveWorkload(s, []), facts);
  // As sshd runs it: the one string shellJoin makes, given to a shell.
  const r = spawnSync('sh', ['-c', shellJoin(argv)], { cwd: dir, env: { PATH: `${dir}:${process.env.PATH}`, DOCKER_LOG: log, ...env }, encoding: 'utf8' });
  const calls = readFileSync(log, 'utf8').split('---\n').filter(Boolean).map((c) => c.trimEnd().split('\n'));
  return { ...r, calls };
}

describe('replaceProxyCommand', () => {
  it('removes the previous container, then runs docker run with its arguments untouched', () => {
    const r = runScript();
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.calls[0], ['rm', '--force', 'istio-proxy']);
    assert.deepEqual(r.calls[1], runProxyCommand(s, effectiveWorkload(s, []), facts).slice(1));
    assert.equal(r.calls.length, 2);
    assert.deepEqual(r.stdout.trim().split('\n'), [REMOVED_PREVIOUS_PROXY, '0123456789abcdef']);
    assert.throws(() => readFileSync(join(dir, 'pwned')), /ENOENT/, 'an argument was expanded by the shell');
  });

  it('no previous container: docker run still runs, nothing says removed', () => {
    const r = runScript({ RM_EXIT: '1' });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.calls.length, 2);
    assert.deepEqual(r.stdout.trim().split('\n'), ['0123456789abcdef']);
  });

  it("docker run's failure is the command's: its exit status and stderr", () => {
    const r = runScript({ RUN_EXIT: '125' });
    assert.equal(r.status, 125);
    assert.match(r.stderr, /Unable to find image/);
  });
});
