// What unit tests that read settings from inputs share: action.yml's defaults as the runner
// fills them in, a reader over given inputs, an SSH key made for the test (removed after it),
// and a kubeconfig that names a server nothing is asked of (the fakes answer instead).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { loadContract } from '../../src/config/contract.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { runPipeline } from '../../src/pipeline/run.js';
import type { RunResult } from '../../src/report/result.js';
import { memoryLogger, type FakeWorld } from './fakes.js';

/** action.yml's defaults, the runner's expressions (`${{ github.token }}`) left empty. */
export const INPUT_DEFAULTS: Record<string, string> = Object.fromEntries(
  loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]),
);

/** An input reader over these inputs, action.yml's defaults for the rest. */
export const readerOf =
  (inputs: Record<string, string>) =>
  (name: string): string =>
    inputs[name] ?? INPUT_DEFAULTS[name] ?? '';

export const TEST_KUBECONFIG = `apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: "https://127.0.0.1:6443"}}]
users: [{name: u, user: {token: "t0k3n-value-for-tests"}}]
contexts: [{name: ctx, context: {cluster: c, user: u}}]
current-context: ctx
`;

/**
 * A directory of the test's own (removed after the test file) with an ed25519 key made in it:
 * `key` its private key, `hostKey` its public key as a known_hosts line's "TYPE BASE64".
 */
export function testKeys(name: string): { dir: string; key: string; hostKey: string } {
  const dir = mkdtempSync(join(tmpdir(), `ivo-unit-${name}-`));
  after(() => rmSync(dir, { recursive: true, force: true }));
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'key')]);
  const key = readFileSync(join(dir, 'key'), 'utf8');
  const hostKey = readFileSync(join(dir, 'key.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ');
  return { dir, key, hostKey };
}

/**
 * One VM (10.0.93.162) onboarded, checked or refreshed through runPipeline on the in-memory
 * fakes: its inputs (the test's own SSH key, a pinned host-key line the fakes never verify) and
 * `run`, which reads them with action.yml's defaults, a mode and more inputs laid over them.
 */
export function fakeVmRunner(name: string): {
  inputs: Record<string, string>;
  run: (world: FakeWorld, mode: string, more?: Record<string, string>) => Promise<RunResult>;
} {
  const { dir, key } = testKeys(name);
  const inputs: Record<string, string> = {
    'workload-name': 'backend-vm',
    namespace: 'demo',
    'vm-host': '10.0.93.162',
    ports: 'http:8080',
    'ssh-key': key,
    'ssh-known-hosts': '10.0.93.162 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJx1o4bY5z1l6E1O0yqXbQ1oZ0u8X7Xh9o0W4mYb3K2R',
    kubeconfig:
      'apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "https://127.0.0.1:6443"}}]\nusers: [{name: u, user: {token: t}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n',
  };
  const run = (world: FakeWorld, mode: string, more: Record<string, string> = {}): Promise<RunResult> =>
    runPipeline(getSettings(readerOf({ ...inputs, mode, ...more }), {}), {
      log: memoryLogger(),
      signal: new AbortController().signal,
      env: {},
      workDir: dir,
      cwd: dir,
      connect: world.connect,
    });
  return { inputs, run };
}
