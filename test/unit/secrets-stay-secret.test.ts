// Issue #11, "secrets stay secret": every credential a kubeconfig carries is found the way the
// Kubernetes client reads it; the action's own secrets leave the environment a credential
// plugin inherits; a public key in ssh-key and overlong values are refused without echoing them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadContract } from '../../src/config/contract.js';
import { InputError, type InputProblem } from '../../src/config/errors.js';
import { dropActionSecrets, kubeconfigSecrets, secretsInInputs } from '../../src/config/secrets.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';

const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? defaults[name] ?? '';
const dir = mkdtempSync(join(tmpdir(), 'ivo-secrets-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const b64 = (s: string) => Buffer.from(s).toString('base64');
const cluster =
  'clusters: [{name: c, cluster: {server: "https://127.0.0.1:6443"}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n';

describe('kubeconfig credentials, found as the Kubernetes client reads them', () => {
  it('finds token, password, client-key-data (and the key it holds)', () => {
    const key =
      '-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oHV2JYBTg9FWoAoGCCqGSM49\n-----END EC PRIVATE KEY-----';
    const found = kubeconfigSecrets(
      `${cluster}users:\n- name: u\n  user: {token: tok-0123456789abcdef, password: hunter2-passw0rd, client-key-data: ${b64(key)}}\n`,
    );
    for (const s of [
      'tok-0123456789abcdef',
      b64('tok-0123456789abcdef'),
      'hunter2-passw0rd',
      b64(key),
      'MHcCAQEEIBkg4LVWM9nuwNSk3yByxZpYRTBnVJk5oHV2JYBTg9FWoAoGCCqGSM49',
    ]) {
      assert.ok(found.includes(s), s);
    }
  });

  it('finds auth-provider (oidc) id-token and refresh-token, and credential-looking exec env', () => {
    const found = kubeconfigSecrets(`${cluster}users:
- name: u
  user:
    auth-provider:
      name: oidc
      config: {client-id: kubernetes, id-token: eyJhbGciOiJSUzI1NiJ9.payload.sig, refresh-token: rt-9f8e7d6c5b4a, idp-issuer-url: "https://issuer.example"}
- name: e
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: aws
      env: [{name: AWS_SECRET_ACCESS_KEY, value: wJalrXUtnFEMI/K7MDENG}, {name: AWS_PROFILE, value: production}]
`);
    for (const s of ['eyJhbGciOiJSUzI1NiJ9.payload.sig', 'rt-9f8e7d6c5b4a', 'wJalrXUtnFEMI/K7MDENG']) assert.ok(found.includes(s), s);
    assert.ok(!found.includes('kubernetes') && !found.includes('production') && !found.includes('https://issuer.example'), 'not secrets');
  });

  it("finds tokens behind YAML aliases, as js-yaml (the client's parser) resolves them", () => {
    const found = kubeconfigSecrets(`${cluster}preferences:
  creds: &creds {token: behind-an-alias-123}
  shared: &shared "scalar-behind-an-alias-456"
users:
- {name: u, user: *creds}
- {name: v, user: {password: *shared}}
`);
    assert.ok(found.includes('behind-an-alias-123'));
    assert.ok(found.includes('scalar-behind-an-alias-456'));
  });

  it('finds the token a token-file holds (the client reads the file when it loads)', () => {
    writeFileSync(join(dir, 'token'), 'from-a-token-file-789');
    assert.ok(
      kubeconfigSecrets(`${cluster}users: [{name: u, user: {token-file: ${join(dir, 'token')}}}]\n`).includes('from-a-token-file-789'),
    );
  });

  it('masks credential-looking lines of a kubeconfig the client cannot load', () => {
    const found = kubeconfigSecrets('users:\n- name: u\n  user:\n    token: "broken-yaml-token-1"\n  : : :\n\tpassword: p4ssw0rd-broken\n');
    assert.ok(found.includes('broken-yaml-token-1') && found.includes('p4ssw0rd-broken'), JSON.stringify(found));
  });

  it('registers the secret inputs with their base64 and base64url forms', () => {
    const found = secretsInInputs(reader({ 'github-token': 'ghs_abcdefghijklmnop>?', 'ssh-key-passphrase': 'open sesame' }), {});
    for (const s of [
      'ghs_abcdefghijklmnop>?',
      b64('ghs_abcdefghijklmnop>?'),
      Buffer.from('ghs_abcdefghijklmnop>?').toString('base64url'),
      'open sesame',
    ])
      assert.ok(found.includes(s), s);
  });
});

describe('the environment a credential plugin inherits', () => {
  it('loses every input, the GitHub token and the runner token, keeps the rest', () => {
    const env: NodeJS.ProcessEnv = {
      'INPUT_SSH-KEY': 'k',
      'INPUT_SSH-KEY-PASSPHRASE': 'p',
      INPUT_KUBECONFIG: 'c',
      'INPUT_GITHUB-TOKEN': 't',
      GITHUB_TOKEN: 't',
      ACTIONS_RUNTIME_TOKEN: 'r',
      AWS_PROFILE: 'prod',
      HOME: '/home/runner',
      PATH: '/usr/bin',
      GITHUB_WORKSPACE: '/w',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x',
    };
    dropActionSecrets(env);
    assert.deepEqual(Object.keys(env).sort(), ['ACTIONS_ID_TOKEN_REQUEST_URL', 'AWS_PROFILE', 'GITHUB_WORKSPACE', 'HOME', 'PATH']);
  });
});

describe('validation refuses without echoing', () => {
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'me@laptop', '-f', join(dir, 'id')]);
  const privateKey = readFileSync(join(dir, 'id'), 'utf8');
  const publicKey = readFileSync(join(dir, 'id.pub'), 'utf8');
  const base = { mode: 'render', 'workload-name': 'web', namespace: 'demo', 'vm-address': '10.0.0.1' };
  const problems = (inputs: Record<string, string>): InputProblem[] => {
    try {
      getSettings(reader({ ...base, ...inputs }), {});
      return [];
    } catch (err) {
      assert.ok(err instanceof InputError, String(err));
      return err.problems;
    }
  };

  it('refuses a public key in ssh-key, naming ssh-key', () => {
    assert.deepEqual(problems({ 'ssh-key': privateKey }), []);
    const [p] = problems({ 'ssh-key': publicKey });
    assert.equal(p?.input, 'ssh-key');
    assert.match(p?.message ?? '', /holds a public key: give the private key/);
    assert.ok(!p?.message.includes(publicKey.split(' ')[1] as string));
  });

  it('refuses a passphrase for a key that has none, naming ssh-key-passphrase', () => {
    const [p] = problems({ 'ssh-key': privateKey, 'ssh-key-passphrase': 'for another key' });
    assert.equal(p?.input, 'ssh-key-passphrase');
    assert.match(p?.message ?? '', /is set but ssh-key is not encrypted/);
    assert.ok(!p?.message.includes('for another key'));
  });

  it('takes constructor and toString as ordinary label keys', () => {
    const s = getSettings(reader({ ...base, labels: 'constructor=a,toString=b' }), {});
    assert.deepEqual(Object.entries(s.workload.labels), [
      ['constructor', 'a'],
      ['toString', 'b'],
    ]);
    assert.match(problems({ labels: 'app=a,app=b' })[0]?.message ?? '', /label "app" appears twice/);
  });

  it('keeps a var named __proto__ as an own entry', () => {
    const s = getSettings(reader({ ...base, vars: '__proto__=x\nA=1' }), {});
    assert.equal(Object.hasOwn(s.manifests.vars, '__proto__'), true);
    assert.equal(Object.getPrototypeOf(s.manifests.vars), Object.prototype);
  });

  it('quotes at most a short prefix of an overlong value, and a few problems per input', () => {
    const long = `Backend_${'x'.repeat(1_000_000)}`;
    const [p] = problems({ 'workload-name': long });
    assert.equal(p?.input, 'workload-name');
    assert.ok((p?.message.length ?? 0) < 200, p?.message);
    const many = problems({ ports: Array.from({ length: 10_000 }, (_, i) => `bad${i}`).join(',') });
    assert.equal(many.length, 6);
    assert.match(many[5]?.message ?? '', /has more problems/);
  });

  it('refuses manifests that leave the workspace on their face, naming manifests', () => {
    const found = problems({ manifests: '/etc/passwd\n../../x.yaml\nok/*.yaml' });
    assert.deepEqual(
      found.map((p) => p.input),
      ['manifests', 'manifests'],
    );
    assert.match(found[0]?.message ?? '', /"\/etc\/passwd" must be a path relative to the workspace/);
    assert.match(found[1]?.message ?? '', /"\.\.\/\.\.\/x\.yaml" must not leave the workspace/);
  });

  it('refuses a kubeconfig server that is not an http(s) URL', () => {
    const kc = `${cluster.replace('https://127.0.0.1:6443', 'file:///etc/passwd')}users: [{name: u, user: {token: t}}]\n`;
    assert.match(problems({ kubeconfig: kc }).find((p) => p.input === 'kubeconfig')?.message ?? '', /must be an https \(or http\) URL/);
  });
});
