// replaceProxyCommand and restoreProxyCommand (issue #18: the previous container kept until the new
// one is verified, and brought back on failure), run by a real sh against a recording `docker`
// that keeps container state in files: docker run gets every argument unchanged (no word split,
// no expansion), and its exit status and stderr are the command's.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { MeshFacts } from '../../src/cluster/mesh-facts.js';
import { loadContract } from '../../src/config/contract.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { effectiveWorkload } from '../../src/plan/effective-workload.js';
import {
  KEPT_PREVIOUS_PROXY,
  READY_URL,
  readyAfterStart,
  replaceProxyCommand,
  restoreProxyCommand,
  retireProxyCommand,
  runProxyCommand,
} from '../../src/plan/remote-commands.js';
import { shellJoin } from '../../src/plan/shell.js';

const dir = mkdtempSync(join(tmpdir(), 'ivo-replace-proxy-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const log = join(dir, 'docker.log');
const containers = join(dir, 'containers');
// A recording `docker` that keeps containers as files "STATUS IMAGE" in $CONTAINERS: enough to
// run the scripts' logic (the real daemon runs them in the integration tests). With $RUN_EXIT
// set, run fails the way a missing image does.
writeFileSync(
  join(dir, 'docker'),
  [
    '#!/bin/sh',
    'printf "%s\\n" "$@" >> "$DOCKER_LOG"; echo --- >> "$DOCKER_LOG"',
    'f() { printf %s "$CONTAINERS/$1"; }',
    'case "$1" in',
    '  inspect) [ -f "$(f "$4")" ] || [ -f "$(f "$2")" ] || exit 1; n=$2; [ "$2" = --format ] && n=$4; cut -d" " -f2 "$(f "$n")";;',
    '  rm) [ -f "$(f "$3")" ] || { echo "No such container: $3" >&2; exit 1; }; rm "$(f "$3")";;',
    '  update) [ -f "$(f "$3")" ];;',
    '  stop) [ -f "$(f "$4")" ] && sed -i "s/^running/exited/" "$(f "$4")";;',
    '  start) [ -f "$(f "$2")" ] && sed -i "s/^exited/running/" "$(f "$2")";;',
    '  rename) mv "$(f "$2")" "$(f "$3")";;',
    '  run) if [ -n "${RUN_EXIT:-}" ]; then echo "Unable to find image" >&2; exit "$RUN_EXIT"; fi',
    '    shift; while [ "$1" != --name ]; do shift; done; n=$2; for a do last=$a; done',
    '    img=""; for a do case "$a" in *proxyv2*) img=$a;; esac; done; echo "running $img" > "$(f "$n")"; echo 0123456789abcdef;;',
    'esac',
  ].join('\n'),
);
chmodSync(join(dir, 'docker'), 0o755);

const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
// root: no sudo prefix, so the command runs as is under sh here.
const inputs: Record<string, string> = {
  mode: 'render',
  'workload-name': 'backend-vm',
  namespace: 'demo',
  'vm-address': '10.231.1.2',
  ports: 'http:8080',
  'ssh-user': 'root',
};
const s = getSettings((n) => inputs[n] ?? defaults[n] ?? '', {});
const facts: MeshFacts = {
  istioNamespace: 'istio-system',
  trustDomain: "it's a domain $(touch pwned)",
  defaultConfig: {},
  proxyMetadata: {},
  image: 'registry.test/istio/proxyv2:1.24.2',
  clusterName: 'east',
  network: 'vm-net',
  meshId: 'mesh1',
  rootCertPem: '',
  gateway: { address: '10.231.0.1', isHostname: false, source: 'test' },
};

function sh(argv: string[], env: Record<string, string> = {}) {
  rmSync(log, { force: true });
  mkdirSync(containers, { recursive: true });
  // As sshd runs it: the one string shellJoin makes, given to a shell.
  const r = spawnSync('sh', ['-c', shellJoin(argv)], {
    cwd: dir,
    env: { PATH: `${dir}:${process.env.PATH}`, DOCKER_LOG: log, CONTAINERS: containers, ...env },
    encoding: 'utf8',
  });
  const calls = existsSync(log)
    ? readFileSync(log, 'utf8')
        .split('---\n')
        .filter(Boolean)
        .map((c) => c.trimEnd().split('\n'))
    : [];
  return { ...r, calls };
}
const runScript = (env: Record<string, string> = {}) => sh(replaceProxyCommand(s, effectiveWorkload(s, []), facts), env);
const container = (name: string) => (existsSync(join(containers, name)) ? readFileSync(join(containers, name), 'utf8').trim() : 'none');
const setContainers = (state: Record<string, string>) => {
  rmSync(containers, { recursive: true, force: true });
  mkdirSync(containers, { recursive: true });
  for (const [n, v] of Object.entries(state)) writeFileSync(join(containers, n), `${v}\n`);
};

describe('replaceProxyCommand and restoreProxyCommand', () => {
  it('keeps the running container (stopped, renamed), then runs docker run with its arguments untouched', () => {
    setContainers({ 'istio-proxy': 'running old/proxyv2:1.0', 'istio-proxy-previous': 'exited stale/proxyv2:0.9' });
    const r = runScript();
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.calls.at(-1), runProxyCommand(s, effectiveWorkload(s, []), facts).slice(1));
    assert.ok(!r.calls.some((c) => c[0] === 'rm' && c.includes('istio-proxy')), 'the running proxy is not removed');
    assert.deepEqual(r.stdout.trim().split('\n'), [KEPT_PREVIOUS_PROXY, '0123456789abcdef']);
    assert.equal(container('istio-proxy-previous'), 'exited old/proxyv2:1.0');
    assert.equal(container('istio-proxy'), `running ${facts.image}`);
    assert.throws(() => readFileSync(join(dir, 'pwned')), /ENOENT/, 'an argument was expanded by the shell');
  });

  it('no previous container: docker run still runs, nothing is kept', () => {
    setContainers({});
    const r = runScript();
    assert.equal(r.status, 0, r.stderr);
    assert.deepEqual(r.stdout.trim().split('\n'), ['0123456789abcdef']);
    assert.equal(container('istio-proxy-previous'), 'none');
  });

  it("docker run's failure is the command's: its exit status and stderr; the kept container is there to restore", () => {
    setContainers({ 'istio-proxy': 'running old/proxyv2:1.0' });
    const r = runScript({ RUN_EXIT: '125' });
    assert.equal(r.status, 125);
    assert.match(r.stderr, /Unable to find image/);
    const back = sh(restoreProxyCommand(s, true));
    assert.equal(back.status, 0, back.stderr);
    assert.equal(back.stdout.trim(), 'restored old/proxyv2:1.0');
    assert.equal(container('istio-proxy'), 'running old/proxyv2:1.0');
    assert.equal(container('istio-proxy-previous'), 'none');
  });

  it('with a readiness wait: once docker run succeeded, the same round trip polls :15020 and prints its answer last', () => {
    // A `curl` that answers 503 twice, then 200 (its calls counted in a file), as pilot-agent does while Envoy starts.
    writeFileSync(
      join(dir, 'curl'),
      [
        '#!/bin/sh',
        'n=$(cat "$CURL_COUNT" 2>/dev/null || echo 0); n=$((n + 1)); echo $n > "$CURL_COUNT"',
        'for a do url=$a; done; echo "$url" >> "$CURL_LOG"',
        '[ $n -ge 3 ] && printf 200 || printf 503',
      ].join('\n'),
    );
    chmodSync(join(dir, 'curl'), 0o755);
    try {
      setContainers({ 'istio-proxy': 'running old/proxyv2:1.0' });
      const env = { CURL_COUNT: join(dir, 'curl.count'), CURL_LOG: join(dir, 'curl.log') };
      rmSync(env.CURL_COUNT, { force: true });
      rmSync(env.CURL_LOG, { force: true });
      const r = sh(replaceProxyCommand(s, effectiveWorkload(s, []), facts, 3), env);
      assert.equal(r.status, 0, r.stderr);
      assert.deepEqual(readyAfterStart(r.stdout), { lines: [KEPT_PREVIOUS_PROXY, '0123456789abcdef'], last: '200' });
      assert.deepEqual(
        readFileSync(env.CURL_LOG, 'utf8').trim().split('\n'),
        [READY_URL, READY_URL, READY_URL],
        'polled until 200, then stopped',
      );
      assert.equal(container('istio-proxy'), `running ${facts.image}`);
      // docker run failed: no wait, its exit status and stderr are the command's.
      setContainers({ 'istio-proxy': 'running old/proxyv2:1.0' });
      rmSync(env.CURL_LOG, { force: true });
      const failed = sh(replaceProxyCommand(s, effectiveWorkload(s, []), facts, 3), { ...env, RUN_EXIT: '125' });
      assert.equal(failed.status, 125);
      assert.match(failed.stderr, /Unable to find image/);
      assert.equal(readyAfterStart(failed.stdout).last, undefined);
      assert.ok(!existsSync(env.CURL_LOG), 'no readiness poll after a failed docker run');
    } finally {
      rmSync(join(dir, 'curl'), { force: true });
    }
  });

  it('restore after a new container ran: the new one goes, the kept one runs again under its name', () => {
    setContainers({ 'istio-proxy': 'running old/proxyv2:1.0' });
    assert.equal(runScript().status, 0);
    const back = sh(restoreProxyCommand(s, true));
    assert.equal(back.stdout.trim(), 'restored old/proxyv2:1.0');
    assert.equal(container('istio-proxy'), 'running old/proxyv2:1.0');
  });

  it('restore of a first onboarding removes the container it made; with a proxy before and nothing kept, it only starts it again', () => {
    setContainers({});
    assert.equal(runScript().status, 0);
    assert.equal(sh(restoreProxyCommand(s, false)).stdout.trim(), 'removed');
    assert.equal(container('istio-proxy'), 'none');
    setContainers({ 'istio-proxy': 'exited old/proxyv2:1.0' });
    assert.equal(sh(restoreProxyCommand(s, true)).stdout.trim(), 'restarted old/proxyv2:1.0');
    assert.equal(container('istio-proxy'), 'running old/proxyv2:1.0');
  });

  it("retire, the first half of a restore: the run's container goes before the files are put back, the kept one is left for restore to start", () => {
    setContainers({ 'istio-proxy': 'running old/proxyv2:1.0' });
    assert.equal(runScript().status, 0);
    const retired = sh(retireProxyCommand(s, true));
    assert.equal(retired.stdout.trim(), 'removed');
    assert.equal(container('istio-proxy'), 'none', 'no pilot-agent of this run writes while the files are restored');
    assert.equal(container('istio-proxy-previous'), 'exited old/proxyv2:1.0', 'the kept one waits, stopped');
    assert.equal(sh(restoreProxyCommand(s, true)).stdout.trim(), 'restored old/proxyv2:1.0');
    assert.equal(container('istio-proxy'), 'running old/proxyv2:1.0');
    // A proxy before and nothing kept: the switch never got to it, so the container is the previous one: left alone.
    setContainers({ 'istio-proxy': 'running old/proxyv2:1.0' });
    assert.equal(sh(retireProxyCommand(s, true)).stdout.trim(), 'kept');
    assert.equal(container('istio-proxy'), 'running old/proxyv2:1.0');
    // A first onboarding: the run's container removed; none: absent.
    setContainers({});
    assert.equal(runScript().status, 0);
    assert.equal(sh(retireProxyCommand(s, false)).stdout.trim(), 'removed');
    assert.equal(sh(retireProxyCommand(s, false)).stdout.trim(), 'absent');
  });
});
