// The startup reader of kubeconfigs (src/config/kubeconfig-file.ts) must see what the
// Kubernetes client sees: the same clusters, contexts, users and errors for the same text, or
// validation would accept what the client then rejects, or masking would miss a credential.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { KubeConfig } from '@kubernetes/client-node';
import ssh2 from 'ssh2';
import { load } from 'js-yaml';
import { cliProblem } from '../../src/cli-args.js';
import { loadContract } from '../../src/config/contract.js';
import { InputError } from '../../src/config/errors.js';
import { KubeconfigFile, mergeKubeconfigFiles } from '../../src/config/kubeconfig-file.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import sshKeyParser from '../../src/config/ssh-key-parser.cjs';

const dir = mkdtempSync(join(tmpdir(), 'ivo-kubeconfig-file-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const tokenFile = join(dir, 'token');
writeFileSync(tokenFile, 'token-from-file-0123456789');

/** What each reader makes of the text: its lists and lookups, or the error it throws. */
function readBoth(text: string) {
  const outcome = (
    kc: Pick<KubeConfig, 'loadFromString' | 'getContexts' | 'getCurrentContext' | 'getContextObject' | 'getCluster' | 'getUser'> & {
      clusters: unknown;
      users: unknown;
    },
  ) => {
    try {
      kc.loadFromString(text);
    } catch (err) {
      return { error: `${(err as Error).name}: ${(err as Error).message}` };
    }
    const current = kc.getCurrentContext();
    const ctx = kc.getContextObject(current);
    return {
      clusters: kc.clusters,
      contexts: kc.getContexts(),
      users: kc.users,
      current,
      ctx,
      cluster: ctx ? kc.getCluster(ctx.cluster) : null,
      user: ctx ? kc.getUser(ctx.user) : null,
      missing: [kc.getContextObject('nope'), kc.getCluster('nope'), kc.getUser('nope')],
    };
  };
  return { client: outcome(new KubeConfig()), ours: outcome(new KubeconfigFile()) };
}

const CASES: Record<string, string> = {
  'block style, every kind of credential': `
apiVersion: v1
kind: Config
clusters:
- name: prod
  cluster: {server: "https://10.0.0.1:6443/", certificate-authority-data: Q0E=, tls-server-name: api.example, insecure-skip-tls-verify: true, proxy-url: "http://proxy:3128"}
- name: dev
  cluster: {server: "https://dev:6443"}
contexts:
- {name: admin@prod, context: {cluster: prod, user: admin, namespace: mesh}}
- {name: dev, context: {cluster: dev, user: oidc}}
users:
- name: admin
  user: {token: tok-abc, username: a, password: p, client-certificate-data: Q0VSVA==, client-key-data: S0VZ, as: someone}
- name: oidc
  user:
    auth-provider: {name: oidc, config: {id-token: idt, refresh-token: rt, client-secret: cs}}
- name: aws
  user:
    exec: {apiVersion: client.authentication.k8s.io/v1, command: aws, args: [eks, get-token], env: [{name: AWS_SECRET_ACCESS_KEY, value: s3cr3t}]}
- name: from-file
  user: {token-file: ${tokenFile}}
current-context: admin@prod
`,
  anchors: `
base: &srv {server: "https://anchored:6443"}
clusters: [{name: c, cluster: *srv}]
contexts: [{name: x, context: {cluster: c, user: v}}]
users: [{name: u, user: &creds {token: shared-token}}, {name: v, user: *creds}]
current-context: x
`,
  // The client's YAML reader does not expand merge keys: the server is missing for both.
  'a merge key': 'base: &srv {server: "https://merged:6443"}\nclusters: [{name: c, cluster: {<<: *srv}}]\n',
  'a context naming a cluster that is not there':
    'clusters: []\ncontexts: [{name: x, context: {cluster: gone, user: u}}]\ncurrent-context: x\n',
  'no current-context': 'clusters: [{name: c, cluster: {server: "https://c"}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\n',
  'lists that are not lists': 'clusters: {name: c}\ncontexts: 3\nusers: "u"\ncurrent-context: x\n',
  'a cluster without a server': 'clusters: [{name: c, cluster: {certificate-authority-data: Q0E=}}]\n',
  'a context without a user': 'contexts: [{name: x, context: {cluster: c}}]\n',
  'a user without a name': 'users: [{user: {token: t}}]\n',
  'YAML that does not parse': 'clusters: [{name: c, cluster: {server: "https://c"}\ncontexts: [\n',
  'an empty document': '',
  'a scalar document': 'just text\n',
};

describe('KubeconfigFile reads a kubeconfig as @kubernetes/client-node does', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(name, () => {
      const { client, ours } = readBoth(text);
      assert.deepEqual(ours, client);
    });
  }

  it('the comparison can fail: the cases include loaded configs and errors, and the token file was read', () => {
    const outcomes = Object.values(CASES).map((t) => readBoth(t).ours);
    assert.ok(outcomes.filter((o) => 'error' in o).length >= 4);
    assert.ok(outcomes.filter((o) => 'users' in o && Array.isArray(o.users) && o.users.length > 0).length >= 2);
    const first = readBoth(CASES['block style, every kind of credential'] as string).ours as {
      users: Array<{ name: string; token?: string }>;
    };
    assert.equal(first.users.find((u) => u.name === 'from-file')?.token, 'token-from-file-0123456789');
  });
});

describe('the startup ssh key parser', () => {
  it('reads a key as ssh2.utils.parseKey does: private, public, encrypted, wrong passphrase, garbage', () => {
    const keyDir = mkdtempSync(join(dir, 'keys-'));
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'plain', '-f', join(keyDir, 'plain')]);
    execFileSync('ssh-keygen', ['-q', '-t', 'rsa', '-b', '2048', '-N', 'pass phrase', '-C', 'locked', '-f', join(keyDir, 'locked')]);
    const plain = readFileSync(join(keyDir, 'plain'), 'utf8');
    const locked = readFileSync(join(keyDir, 'locked'), 'utf8');
    const cases: Array<[string, string?]> = [
      [plain],
      [readFileSync(join(keyDir, 'plain.pub'), 'utf8')],
      [locked, 'pass phrase'],
      [locked],
      [locked, 'wrong'],
      ['not a key'],
    ];
    const describeKey = (k: ReturnType<typeof ssh2.utils.parseKey>) =>
      k instanceof Error
        ? { error: k.message }
        : { type: k.type, comment: k.comment, private: k.isPrivateKey(), public: k.getPublicSSH().toString('base64') };
    const ours = cases.map(([key, pass]) => describeKey(sshKeyParser.parseKey(key, pass)));
    assert.deepEqual(
      ours,
      cases.map(([key, pass]) => describeKey(ssh2.utils.parseKey(key, pass))),
    );
    assert.deepEqual(
      ours.map((o) => ('error' in o ? 'error' : o.private ? 'private' : 'public')),
      ['private', 'public', 'private', 'error', 'error', 'error'],
    );
  });
});

describe('$KUBECONFIG with several files, merged as kubectl merges them', () => {
  // Two files as kubernetes.io's "Merging kubeconfig files" describes them: each sets a
  // current-context, both have a cluster and a user of the same name with other fields.
  const first = join(dir, 'first.yaml');
  const second = join(dir, 'sub', 'second.yaml');
  execFileSync('mkdir', ['-p', join(dir, 'sub')]);
  writeFileSync(
    first,
    [
      'apiVersion: v1',
      'kind: Config',
      'current-context: red',
      'clusters: [{name: shared, cluster: {server: "https://first.example:6443"}}]',
      'users: [{name: red-user, user: {token: red-from-first}}]',
      'contexts: [{name: red, context: {cluster: shared, user: red-user}}]',
      '',
    ].join('\n'),
  );
  writeFileSync(
    second,
    [
      'apiVersion: v1',
      'kind: Config',
      'current-context: blue',
      'clusters: [{name: shared, cluster: {server: "https://second.example:6443", insecure-skip-tls-verify: true}}, {name: own, cluster: {server: "https://own.example", certificate-authority: ca.pem}}]',
      `users: [{name: red-user, user: {token: red-from-second, username: extra}}, {name: blue-user, user: {client-certificate: certs/blue.crt, client-key: ${join(dir, 'abs-blue.key')}, tokenFile: tok, exec: {command: ./plugin, apiVersion: client.authentication.k8s.io/v1}}}]`,
      'contexts: [{name: blue, context: {cluster: own, user: blue-user}}]',
      '',
    ].join('\n'),
  );

  it('the first file to set current-context or a name wins, whole; later names are added; relative paths resolve to their file', () => {
    const merged = mergeKubeconfigFiles(`${first}::${join(dir, 'missing.yaml')}:${second}:${first}`);
    assert.equal(merged.error, undefined);
    assert.deepEqual(merged.files, [first, second], 'an empty name and a missing file are skipped, a repeated one read once');
    const kc = new KubeConfig();
    kc.loadFromString(merged.content ?? '');
    assert.equal(kc.getCurrentContext(), 'red', 'current-context from the first file that sets it');
    assert.deepEqual(
      kc.getContexts().map((c) => c.name),
      ['red', 'blue'],
    );
    assert.deepEqual(
      kc.getCluster('shared'),
      {
        name: 'shared',
        server: 'https://first.example:6443',
        caData: undefined,
        caFile: undefined,
        skipTLSVerify: false,
        tlsServerName: undefined,
        proxyUrl: undefined,
      },
      "the first file's cluster, none of the second's fields",
    );
    assert.equal(kc.getUser('red-user')?.token, 'red-from-first');
    assert.equal(kc.getUser('red-user')?.username, undefined, "a later file's other fields of the same name are dropped");
    assert.equal(kc.getCluster('own')?.caFile, join(dir, 'sub', 'ca.pem'), 'relative to the file that names it');
    const blue = (load(merged.content ?? '') as { users: Array<{ name: string; user: Record<string, unknown> }> }).users.find(
      (u) => u.name === 'blue-user',
    )?.user;
    assert.equal(blue?.['client-certificate'], join(dir, 'sub', 'certs', 'blue.crt'));
    assert.equal(blue?.['client-key'], join(dir, 'abs-blue.key'), 'an absolute path stays');
    assert.equal(blue?.tokenFile, join(dir, 'sub', 'tok'));
    assert.equal(
      (blue?.exec as { command: string }).command,
      join(dir, 'sub', 'plugin'),
      'an exec command with a slash resolves; a bare name would be looked up on the PATH',
    );
  });

  it('merges as kubectl itself does (kubectl config view on the same $KUBECONFIG), paths read from where kubectl reads them', (t) => {
    if (spawnSync('kubectl', ['version', '--client'], { encoding: 'utf8' }).status !== 0) {
      t.skip('no kubectl on the PATH');
      return;
    }
    // The files the relative paths name, so that kubectl --flatten reads them where it resolves them.
    execFileSync('mkdir', ['-p', join(dir, 'sub', 'certs')]);
    writeFileSync(join(dir, 'sub', 'ca.pem'), 'ca of the second file');
    writeFileSync(join(dir, 'sub', 'certs', 'blue.crt'), 'blue certificate');
    writeFileSync(join(dir, 'abs-blue.key'), 'blue key');
    const list = `${first}:${join(dir, 'missing.yaml')}:${second}`;
    const kubectl = (...args: string[]) =>
      JSON.parse(
        execFileSync('kubectl', ['config', 'view', '--raw', '-o', 'json', ...args], {
          env: { PATH: process.env.PATH, HOME: dir, KUBECONFIG: list },
          encoding: 'utf8',
        }),
      ) as {
        'current-context': string;
        clusters: Array<{ name: string; cluster: Record<string, unknown> }>;
        users: Array<{ name: string; user: Record<string, unknown> }>;
        contexts: Array<{ name: string; context: Record<string, unknown> }>;
      };
    const theirs = kubectl();
    const ours = load(mergeKubeconfigFiles(list).content ?? '') as typeof theirs;
    const byName = <T extends { name: string }>(l: T[]) => [...l].sort((a, b) => a.name.localeCompare(b.name));
    const pathless = (o: Record<string, unknown>) =>
      Object.fromEntries(
        Object.entries(o).filter(([k]) => !['certificate-authority', 'client-certificate', 'client-key', 'tokenFile', 'exec'].includes(k)),
      );
    assert.equal(ours['current-context'], theirs['current-context']);
    assert.deepEqual(byName(ours.contexts), byName(theirs.contexts));
    assert.deepEqual(
      byName(ours.clusters).map((c) => [c.name, pathless(c.cluster)]),
      byName(theirs.clusters).map((c) => [c.name, pathless(c.cluster)]),
    );
    assert.deepEqual(
      byName(ours.users).map((u) => [u.name, pathless(u.user)]),
      byName(theirs.users).map((u) => [u.name, pathless(u.user)]),
    );
    // Where kubectl reads a relative path from: --flatten puts the file's bytes in; ours names the same file.
    const flat = kubectl('--minify', '--flatten', '--context', 'blue');
    const caData = flat.clusters[0]?.cluster['certificate-authority-data'] as string;
    assert.equal(
      Buffer.from(caData, 'base64').toString(),
      readFileSync(ours.clusters.find((c) => c.name === 'own')?.cluster['certificate-authority'] as string, 'utf8'),
    );
  });

  it('names the file that cannot be parsed, and says when no file of the list exists', () => {
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'clusters: [\n  token: leaked-secret-value\n');
    const r = mergeKubeconfigFiles(`${first}:${broken}`);
    assert.match(r.error ?? '', new RegExp(`^${broken.replace(/[.]/g, '\\.')} is not a valid kubeconfig: `));
    assert.doesNotMatch(r.error ?? '', /leaked-secret-value/);
    assert.equal(r.texts.length, 2, 'the raw texts are kept for masking');
    assert.deepEqual(mergeKubeconfigFiles(join(dir, 'none.yaml')), { error: 'names no file that exists', files: [], texts: [] });
  });

  it('getSettings takes the merge, and blames $KUBECONFIG and its files, not the kubeconfig input', () => {
    const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
    const read = (inputs: Record<string, string>) => (name: string) =>
      ({ ...defaults, mode: 'render', 'workload-name': 'web', namespace: 'demo', 'vm-address': '10.0.0.1', ...inputs })[name] ?? '';
    const s = getSettings(read({}), { KUBECONFIG: `${first}:${second}` });
    assert.match(s.cluster.kubeconfig ?? '', /red-from-first/);
    assert.doesNotMatch(s.cluster.kubeconfig ?? '', /red-from-second/);
    assert.throws(
      () => getSettings(read({ context: 'green' }), { KUBECONFIG: `${first}:${second}` }),
      (err: unknown) => err instanceof InputError && err.problems.some((p) => p.input === 'context'),
    );
    const noContext = join(dir, 'no-current.yaml');
    writeFileSync(noContext, 'apiVersion: v1\nkind: Config\nclusters: []\n');
    assert.throws(
      () => getSettings(read({}), { KUBECONFIG: noContext }),
      (err: unknown) =>
        err instanceof InputError &&
        err.problems.length === 1 &&
        err.problems[0]?.from === `$KUBECONFIG (${noContext})` &&
        /names no context/.test(err.problems[0].message) &&
        cliProblem(err.problems[0], loadContract()).startsWith(`$KUBECONFIG (${noContext}): names no context`) &&
        err.message.startsWith(`Invalid input: $KUBECONFIG (${noContext}), read as input \`kubeconfig\` is empty: names no context`),
    );
  });
});
