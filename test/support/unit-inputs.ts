// What unit tests that read settings from inputs share: action.yml's defaults as the runner
// fills them in, a reader over given inputs, an SSH key made for the test (removed after it),
// and a kubeconfig that names a server nothing is asked of (the fakes answer instead).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import { loadContract } from '../../src/config/contract.js';

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
