// Issue #11: a pull request cannot turn the action against its runner. A table of hostile
// inputs, each run through `node dist/index.js` as the runner runs it, with a real
// kube-apiserver behind a recording front (any request is seen), a stand-in VM SSH port that
// records any connection, and the GitHub API stand-in for the PR comment. Every case asserts:
//   - exit code 1 and an ::error:: naming the input (or, for a manifest's content, the file);
//   - no side effect: no API request, no connection to the VM, no file created (nothing under
//     RUNNER_TEMP for a validation error; for a manifest refused by the render step only the
//     action's own report files there, the JSON report and the rendered manifests; the
//     workspace unchanged; the shell payloads' sentinel file never made), no state saved, no
//     PR comment for a validation error;
//   - no secret (raw, base64, base64url, each line of the key) in stdout (but ::add-mask::),
//     stderr, the summary, outputs, the report JSON or the PR comment;
//   - no workflow command in stdout but the ones the action issues itself.
// Cases run in parallel batches of 8 (each in its own workspace and runner directory); the API,
// VM and comment checks are made per batch and per pull request number.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT, removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { startKube, type KubeCluster } from '../support/control-plane/kube.js';
import { startGitHubApiStandin, type GitHubApiStandin } from '../support/github-api-standin.js';
import { commentAndProbeCases } from './corpus/comment-and-probe.js';
import type { Case, FileSpec, Names } from './corpus/case.js';
import { renderPathsSecretsOutputsCases } from './corpus/render-paths-secrets-outputs.js';
import { inventoryCases } from './corpus/inventory.js';
import { proxyConfigCases } from './corpus/proxy-config.js';

const FIXTURES = join(PROJECT_ROOT, 'test/fixtures/hostile');
const GH_TOKEN = `ghs_${randomBytes(18).toString('hex')}`;
const PASSPHRASE = `correct horse $(battery) 'staple' ${randomBytes(4).toString('hex')}`;
const BATCH = 8;

let kube: KubeCluster;
let github: GitHubApiStandin;
let vm: { port: number; connections: number; server: Server };
let dir: string; // this file's scratch: keys, event payloads, workspaces
let sentinel: string; // a shell payload that ran would create this file
let sshKey: string; // unencrypted: the base inputs' key
let encryptedKey: string; // with PASSPHRASE, for the cases about passphrases (its KDF costs 0.3 s a run)
let publicKey: string;
let knownHostsLine: string;
let base: Record<string, string>;
let baseSecrets: string[];
const runs: ActionRun[] = [];

/** The value, its base64 and base64url forms, and each line long enough to be specific to it. */
function forms(secret: string): string[] {
  const out = new Set([secret, Buffer.from(secret).toString('base64'), Buffer.from(secret).toString('base64url')]);
  for (const line of secret.split(/\r?\n/)) if (line.length >= 16 && !line.startsWith('-----')) out.add(line);
  return [...out].filter((s) => s.length >= 8);
}

interface Outcome {
  run: ActionRun;
  workspace: string;
  before: string;
  pr: number;
}

interface Batch {
  outcomes: Map<Case, Outcome>;
  apiRequests: string[];
  vmConnections: number;
}

/** Names and sizes of everything under a directory (symlinks not followed), to see what a run added or changed. */
function listing(root: string): string {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const st = lstatSync(join(d, name));
      out.push(`${rel}${name} ${st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'link' : st.size}`);
      if (st.isDirectory()) walk(join(d, name), `${rel}${name}/`);
    }
  };
  walk(root, '');
  return out.join('\n');
}

function makeFiles(workspace: string, files: Record<string, FileSpec>): void {
  for (const [name, spec] of Object.entries(files)) {
    const path = join(workspace, name);
    mkdirSync(join(path, '..'), { recursive: true });
    if (typeof spec === 'string' || Buffer.isBuffer(spec)) writeFileSync(path, spec);
    else if ('symlink' in spec) symlinkSync(spec.symlink, path);
    else if ('fifo' in spec) execFileSync('mkfifo', [path]);
    else if ('dir' in spec) mkdirSync(path);
    else copyFileSync(join(FIXTURES, spec.fixture), path);
  }
}

let prCounter = 100;
async function runCase(c: Case): Promise<Outcome> {
  const workspace = mkdtempSync(join(dir, 'ws-'));
  makeFiles(workspace, c.files ?? {});
  const pr = prCounter++;
  const event = join(dir, `event-${pr}.json`);
  writeFileSync(event, JSON.stringify({ action: 'synchronize', number: pr, pull_request: { number: pr } }));
  const before = listing(workspace);
  const run = await runAction(
    { ...base, ...c.inputs },
    {
      cwd: workspace,
      timeoutMs: 60_000,
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: event,
        GITHUB_REPOSITORY: 'owner/repo',
        GITHUB_API_URL: github.url,
        ...c.env,
      },
    },
  );
  runs.push(run);
  return { run, workspace, before, pr };
}

const batches = new Map<number, Promise<Batch>>();
function batchOf(all: Case[], index: number): Promise<Batch> {
  const b = Math.floor(index / BATCH);
  let p = batches.get(b);
  if (!p) {
    p = (async () => {
      const requestsBefore = kube.requests.length;
      const connectionsBefore = vm.connections;
      const cases = all.slice(b * BATCH, b * BATCH + BATCH);
      const outcomes = await Promise.all(cases.map(runCase));
      return {
        outcomes: new Map(cases.map((c, i) => [c, outcomes[i] as Outcome])),
        apiRequests: kube.requests.slice(requestsBefore).map((r) => `${r.method} ${r.path}`),
        vmConnections: vm.connections - connectionsBefore,
      };
    })();
    batches.set(b, p);
  }
  return p;
}

/** Workflow commands in stdout (the runner reads "::cmd" after leading blanks, and "##[cmd" anywhere). */
function commandsIn(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).flatMap((l) => {
    const v2 = /^\s*::([^\s:]+)/.exec(l);
    const v1 = /##\[([^\s\]]+)/.exec(l);
    return [...(v2 ? [v2[1] as string] : []), ...(v1 ? [`##[${v1[1]}`] : [])];
  });
}
const OWN_COMMANDS = new Set(['add-mask', 'error', 'warning', 'notice', 'debug', 'group', 'endgroup']);

function errorAnnotations(stdout: string): Array<{ props: string; message: string }> {
  return [...stdout.matchAll(/^::error( [^:]*)?::(.*)$/gm)].map((m) => ({
    props: m[1] ?? '',
    message: (m[2] ?? '').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'),
  }));
}

function assertCase(c: Case, batch: Batch): void {
  const o = batch.outcomes.get(c) as Outcome;
  const r = o.run;
  const stage = c.stage ?? 'validation';
  const why = `\n--- stdout ---\n${r.stdout.slice(0, 4000)}\n--- stderr ---\n${r.stderr.slice(0, 2000)}`;

  assert.equal(r.code, 1, `exit code${why}`);
  const errors = errorAnnotations(r.stdout);
  if ('input' in c.names) {
    const input = c.names.input;
    assert.ok(
      errors.some((e) => e.message.includes(`input \`${input}\``)),
      `an ::error:: naming input \`${input}\`${why}`,
    );
    // Errors quote at most a short prefix of a value: a line about this input stays short.
    for (const e of errors)
      for (const line of e.message.split('\n'))
        if (line.includes(`input \`${input}\``)) assert.ok(line.length < 600, `error line of ${line.length} characters`);
  } else if ('file' in c.names) {
    const file = c.names.file;
    assert.ok(
      errors.some((e) => e.props.includes(`file=${file}`)),
      `an ::error file=${file}::${why}`,
    );
  } else {
    const re = c.names.message;
    assert.ok(
      errors.some((e) => re.test(e.message)),
      `an ::error:: matching ${re}${why}`,
    );
  }

  // No side effect.
  assert.deepEqual(batch.apiRequests, [], 'no request to the Kubernetes API in this batch');
  assert.equal(batch.vmConnections, 0, 'no connection to the VM in this batch');
  assert.ok(!existsSync(sentinel), 'no shell payload ran');
  assert.equal(listing(o.workspace), o.before, 'the workspace is unchanged');
  assert.deepEqual(
    Object.keys(r.state).filter((k) => k !== 'isPost'),
    [],
    'no state saved for the post step',
  );
  const temp = join(r.dir, 'runner-temp');
  const comments = github.comments(o.pr);
  if (stage === 'validation') {
    assert.ok(!existsSync(temp), 'nothing written under RUNNER_TEMP');
    assert.deepEqual(r.outputs, {}, 'no outputs');
    assert.equal(r.summary, '', 'no summary');
    assert.deepEqual(comments, [], 'no PR comment');
  } else {
    const written = existsSync(temp) ? listing(temp) : '';
    // The run's own directory (istio-vm-onboard/run-XXXXXX) and the files the action named itself.
    assert.match(
      written,
      /^istio-vm-onboard dir\nistio-vm-onboard\/run-\w{6} dir(\nistio-vm-onboard\/run-\w{6}\/manifests-1\.yaml \d+)?\nistio-vm-onboard\/run-\w{6}\/report-1\.json \d+$/,
      `only the action's own report files under RUNNER_TEMP:\n${written}`,
    );
  }

  // No secret anywhere the run wrote.
  const secrets = [...baseSecrets, ...(c.secrets ?? []).flatMap(forms)];
  const runDirs = existsSync(join(temp, 'istio-vm-onboard'))
    ? readdirSync(join(temp, 'istio-vm-onboard')).map((d) => join(temp, 'istio-vm-onboard', d))
    : [];
  const reports = runDirs.flatMap((d) => readdirSync(d).map((f) => readFileSync(join(d, f), 'utf8')));
  const places: Record<string, string> = {
    stdout: r.stdout.replace(/^::add-mask::.*$/gm, ''),
    stderr: r.stderr,
    summary: r.summary,
    outputs: JSON.stringify(r.outputs),
    report: reports.join('\n'),
    'PR comment': comments.map((x) => x.body).join('\n'),
  };
  for (const [where, text] of Object.entries(places)) {
    for (const s of secrets) assert.ok(!text.includes(s), `a secret (${s.slice(0, 6)}...) in ${where}`);
  }

  // Nothing from the inputs or the repository became a workflow command.
  const foreign = commandsIn(r.stdout).filter((cmd) => !OWN_COMMANDS.has(cmd));
  assert.deepEqual(foreign, [], 'workflow commands the action did not issue itself');
  c.check?.(r);
}

// ---------------------------------------------------------------------------------------------
// The corpus.

const SHELL = (target: string) => [
  `$(touch ${target})`,
  `\`touch ${target}\``,
  `x; touch ${target}`,
  `x | touch ${target}`,
  `x && touch ${target}`,
  `x'; touch ${target}; '`,
  `x"; touch ${target}; "`,
  `x\ntouch ${target}`,
  `x$IFS;touch$IFS${target}`,
  `x > ${target}`,
];

/** Every input that takes a string, with the way a payload goes into it. github-token takes any text (it is a token). */
const STRING_INPUTS: Array<[string, (p: string) => string]> = [
  ['mode', (p) => p],
  ['vm-host', (p) => p],
  ['vm-address', (p) => p],
  ['workload-name', (p) => p],
  ['namespace', (p) => p],
  ['service-account', (p) => p],
  ['labels', (p) => `app=${p}`],
  ['ports', (p) => `http:${p}`],
  ['vars', (p) => `${p}=1`],
  ['kubeconfig', (p) => p],
  ['context', (p) => p],
  ['create-namespace', (p) => p],
  ['ssh-user', (p) => p],
  ['ssh-key', (p) => p],
  ['ssh-key-passphrase', (p) => p],
  ['ssh-port', (p) => p],
  ['ssh-known-hosts', (p) => p],
  ['ssh-host-fingerprint', (p) => p],
  ['ssh-strict-host-key', (p) => p],
  ['ssh-jump-host', (p) => p],
  ['ssh-connect-timeout', (p) => p],
  ['ssh-command-timeout', (p) => p],
  ['ssh-retries', (p) => p],
  ['istio-namespace', (p) => p],
  ['gateway-address', (p) => p],
  ['network', (p) => p],
  ['proxy-image', (p) => p],
  ['proxy-config-dir', (p) => p],
  ['proxy-runtime', (p) => p],
  ['interception', (p) => p],
  ['token-lifetime', (p) => p],
  ['start-proxy', (p) => p],
  ['ready-timeout', (p) => p],
  ['probe-url', (p) => `http://frontend.demo:8000/${p}`],
  ['probe-from-vm-url', (p) => `http://frontend.demo:8000/${p}`],
  ['mesh-hosts', (p) => p],
  ['probe-expected-status', (p) => p],
  ['probe-timeout', (p) => p],
  ['dry-run', (p) => p],
  ['timeout', (p) => p],
  ['comment', (p) => p],
];

const cm = (name: string, extra = '') => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n${extra}`;
const usesVariable = (name: string) => cm('web', `data:\n  kubeconfig: "\${${name}}"\n`);

function corpus(): Case[] {
  const cases: Case[] = [];
  const payloads = SHELL(sentinel);

  // 1. Shell metacharacters in every string input.
  STRING_INPUTS.forEach(([input, put], i) => {
    // "$", "(", ";" are legal in a URL (it reaches the VM as one quoted argument): URLs get a backtick.
    const payload = (input.endsWith('-url') ? payloads[1] : payloads[i % payloads.length]) as string;
    const secret = input === 'ssh-key' || input === 'ssh-key-passphrase';
    cases.push({
      name: `shell metacharacters in ${input}: ${JSON.stringify(payload).slice(0, 40)}`,
      inputs: { [input]: put(payload) },
      names: { input },
      ...(secret ? { secrets: [payload] } : {}),
    });
  });
  // manifests take paths: a payload there is a file name that does not exist (refused by the render step).
  cases.push({
    name: 'shell metacharacters in manifests',
    inputs: { manifests: `x;touch$IFS${sentinel.slice(1)}.yaml` },
    names: { message: /No such file|no such file/ },
    stage: 'render',
  });
  cases.push({
    name: 'shell metacharacters in manifests (command substitution)',
    inputs: { manifests: '$(id).yaml' },
    names: { file: '$(id).yaml' },
    stage: 'render',
  });

  // 2. Control and look-alike characters.
  const lookalikes: Array<[string, string, string]> = [
    ['workload-name', 'bаckend', 'Cyrillic а'],
    ['namespace', 'ｄｅｍｏ', 'fullwidth letters'],
    ['vm-host', '10.0.0.1\u200b', 'zero-width space'],
    ['ssh-user', 'ro\u202eot', 'right-to-left override'],
    ['workload-name', '\x1b[2Jweb', 'terminal escape'],
    ['workload-name', 'web\n::save-state name=cleanupPaths::["/"]', 'newline and a save-state command'],
    ['labels', 'app=web\r::set-output name=workload-entry::pwned', 'carriage return and a set-output command'],
    ['proxy-image', 'istio/proxyv2:1.24\u2028::add-mask::x', 'line separator'],
    ['ports', 'http:８０８０', 'fullwidth digits'],
    ['network', 'vm\u00a0net', 'no-break space'],
    ['istio-namespace', 'istio\u2010system', 'Unicode hyphen'],
    ['proxy-config-dir', '/etc/istio\u2215proxy', 'division slash'],
    ['gateway-address', '１０.0.0.1', 'fullwidth digits'],
    ['ssh-host-fingerprint', `SHA256:${'А'.repeat(43)}`, 'Cyrillic in a fingerprint'],
    ['probe-url', 'http://exаmple.com/', 'Cyrillic in a URL host'],
    ['mode', 'onboard\u200b', 'zero-width space'],
    ['dry-run', 'true\u200d', 'zero-width joiner'],
    ['comment', 'auto\n::warning::x', 'newline and a warning command'],
    ['ssh-jump-host', 'jump@bastion\u0085', 'next-line control'],
    ['service-account', 'web\u061c', 'Arabic letter mark'],
  ];
  for (const [input, value, what] of lookalikes) cases.push({ name: `${what} in ${input}`, inputs: { [input]: value }, names: { input } });

  // 3. Overlong values (100 KB: near what one environment variable may hold).
  const long = (unit: string) => unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
  const overlong: Array<[string, string]> = [
    ['workload-name', long('a')],
    ['namespace', long('n')],
    ['vm-host', long('h.')],
    ['labels', long('k=v,')],
    ['ports', long('x:1,')],
    ['ssh-known-hosts', `host ssh-ed25519 ${long('A')}`],
    ['kubeconfig', long('x: [')],
    ['ssh-key', `-----BEGIN OPENSSH PRIVATE KEY-----\n${long('QUJD')}\n-----END OPENSSH PRIVATE KEY-----`],
    ['vars', `${long('-')}=1`],
    ['probe-url', `http://x/${long('a')} b`],
    ['proxy-image', long('i')],
    ['context', long('c')],
    ['mesh-hosts', long('h-')],
    ['ssh-host-fingerprint', `SHA256:${long('x')}`],
  ];
  for (const [input, value] of overlong)
    cases.push({
      name: `an overlong (100 KB) ${input}`,
      inputs: { [input]: value },
      names: { input },
      ...(input === 'ssh-key' ? { secrets: [value] } : {}),
    });

  // 4. Malformed keys.
  const body = sshKey.split('\n').filter((l) => l && !l.startsWith('-----'));
  const truncated = [
    '-----BEGIN OPENSSH PRIVATE KEY-----',
    ...body.slice(0, Math.ceil(body.length / 2)),
    '-----END OPENSSH PRIVATE KEY-----',
  ].join('\n');
  const keyCases: Array<[string, Record<string, string>, string, string[]?]> = [
    ['a public key in ssh-key', { 'ssh-key': publicKey }, 'ssh-key'],
    ['a truncated private key', { 'ssh-key': truncated }, 'ssh-key', [truncated]],
    [
      'random base64 in PEM armour',
      { 'ssh-key': `-----BEGIN OPENSSH PRIVATE KEY-----\n${randomBytes(300).toString('base64')}\n-----END OPENSSH PRIVATE KEY-----` },
      'ssh-key',
    ],
    [
      'a malformed PuTTY key',
      { 'ssh-key': 'PuTTY-User-Key-File-2: ssh-ed25519\nEncryption: none\nComment: x\nPublic-Lines: 1\n!!!!\n' },
      'ssh-key',
    ],
    ['a path instead of a key', { 'ssh-key': '~/.ssh/id_ed25519' }, 'ssh-key'],
    ['an encrypted key without its passphrase', { 'ssh-key': encryptedKey }, 'ssh-key', [encryptedKey]],
    [
      'a wrong passphrase',
      { 'ssh-key': encryptedKey, 'ssh-key-passphrase': 'not the passphrase at all' },
      'ssh-key-passphrase',
      [encryptedKey, 'not the passphrase at all'],
    ],
    ['a passphrase for a key that has none', { 'ssh-key-passphrase': PASSPHRASE }, 'ssh-key-passphrase', [PASSPHRASE]],
    ['a passphrase without a key', { 'ssh-key': '', 'ssh-key-passphrase': PASSPHRASE }, 'ssh-key-passphrase', [PASSPHRASE]],
    [
      'an OpenSSH certificate instead of a key',
      { 'ssh-key': `ssh-ed25519-cert-v01@openssh.com ${randomBytes(200).toString('base64')} me@laptop` },
      'ssh-key',
    ],
    ['a key with a shell command after it', { 'ssh-key': `${sshKey}\n$(touch ${sentinel})` }, 'ssh-key', [sshKey]],
  ];
  for (const [name, inputs, input, secrets] of keyCases) cases.push({ name, inputs, names: { input }, ...(secrets ? { secrets } : {}) });

  // 5. known_hosts and fingerprints.
  const blob = knownHostsLine.split(' ')[2] as string;
  const hostCases: Array<[string, string, string]> = [
    ['an unknown marker', `@bogus [127.0.0.1]:22 ssh-ed25519 ${blob}`, 'ssh-known-hosts'],
    ['an unknown key type', `[127.0.0.1]:22 ssh-foo ${blob}`, 'ssh-known-hosts'],
    ['a key that is not base64', '[127.0.0.1]:22 ssh-ed25519 not*base64!', 'ssh-known-hosts'],
    ['a key that is not of its type', `[127.0.0.1]:22 ssh-rsa ${blob}`, 'ssh-known-hosts'],
    ['a line without a key', '[127.0.0.1]:22 ssh-ed25519', 'ssh-known-hosts'],
    ['@cert-authority without a key', '@cert-authority *.example ssh-ed25519', 'ssh-known-hosts'],
    ['a fingerprint that is too short', 'SHA256:abc', 'ssh-host-fingerprint'],
    ['an MD5 fingerprint', 'MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48', 'ssh-host-fingerprint'],
  ];
  for (const [name, value, input] of hostCases)
    cases.push({
      name: `known_hosts: ${name}`,
      inputs: input === 'ssh-known-hosts' ? { 'ssh-known-hosts': value } : { 'ssh-known-hosts': '', 'ssh-host-fingerprint': value },
      names: { input },
    });

  // 6. Kubeconfigs (each with its own token, which must not appear anywhere).
  const token = () => `kc-${randomBytes(16).toString('hex')}`;
  const ca = Buffer.from(kube.caPem).toString('base64');
  const kubeconfigCases: Array<[string, (t: string) => string, string]> = [
    ['not YAML', (t) => `users: [{name: u, user: {token: ${t}}]\n  : : [`, 'kubeconfig'],
    ['a YAML list', (t) => `- token: ${t}\n`, 'kubeconfig'],
    [
      'no current context',
      (t) =>
        `clusters: [{name: c, cluster: {server: "${kube.url}"}}]\nusers: [{name: u, user: {token: ${t}}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\n`,
      'kubeconfig',
    ],
    [
      'a current context that does not exist',
      (t) =>
        `clusters: [{name: c, cluster: {server: "${kube.url}"}}]\nusers: [{name: u, user: {token: ${t}}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: "y\\n::warning::z"\n`,
      'kubeconfig',
    ],
    [
      'a cluster without a server',
      (t) =>
        `clusters: [{name: c, cluster: {certificate-authority-data: ${ca}}}]\nusers: [{name: u, user: {token: ${t}}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n`,
      'kubeconfig',
    ],
    [
      'a file:// server',
      (t) =>
        `clusters: [{name: c, cluster: {server: "file:///etc/passwd"}}]\nusers: [{name: u, user: {token: ${t}}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n`,
      'kubeconfig',
    ],
    [
      'a javascript: server',
      (t) =>
        `clusters: [{name: c, cluster: {server: "javascript:alert(1)"}}]\nusers: [{name: u, user: {token: ${t}}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n`,
      'kubeconfig',
    ],
    [
      'a duplicated key',
      (t) => `users: [{name: u, user: {token: ${t}, token: ${t}x}}]\ncurrent-context: x\ncurrent-context: y\n`,
      'kubeconfig',
    ],
  ];
  for (const [name, make, input] of kubeconfigCases) {
    const t = token();
    cases.push({ name: `kubeconfig: ${name}`, inputs: { kubeconfig: make(t) }, names: { input }, secrets: [t] });
  }
  const t1 = token();
  cases.push({
    name: 'kubeconfig: a context input that is not in it',
    inputs: { context: 'prod\n::set-output name=x::y' },
    names: { input: 'context' },
  });
  cases.push({
    name: 'kubeconfig: $KUBECONFIG names a file that is not there',
    inputs: { kubeconfig: '' },
    env: { KUBECONFIG: join(dir, 'no-such-kubeconfig') },
    names: { input: 'kubeconfig' },
  });
  cases.push({
    name: 'kubeconfig: $KUBECONFIG names a broken one',
    inputs: { kubeconfig: '' },
    env: { KUBECONFIG: join(dir, 'broken-kubeconfig') },
    names: { input: 'kubeconfig' },
    secrets: [t1],
  });
  writeFileSync(join(dir, 'broken-kubeconfig'), `users: [{name: u, user: {token: ${t1}}}\n`);

  // 7. Manifests: paths (the workspace only), file kinds, sizes, counts, YAML, variables.
  const m = (
    name: string,
    inputs: Record<string, string>,
    files: Record<string, FileSpec>,
    names: Names,
    stage: 'validation' | 'render' = 'render',
    extra: Partial<Case> = {},
  ) => cases.push({ name: `manifests: ${name}`, inputs, files, names, stage, ...extra });
  m('/etc/passwd', { manifests: '/etc/passwd' }, {}, { input: 'manifests' }, 'validation');
  m('../../x', { manifests: '../../x.yaml' }, {}, { input: 'manifests' }, 'validation');
  m('a glob that climbs out', { manifests: 'vm/../../*.yaml' }, {}, { input: 'manifests' }, 'validation');
  m('a brace pattern that climbs out', { manifests: '{..,vm}/*.yaml' }, {}, { input: 'manifests' }, 'validation');
  m('a pattern with a newline', { manifests: 'a.yaml\n/etc/shadow' }, { 'a.yaml': cm('a') }, { input: 'manifests' }, 'validation');
  m('a symlink to /etc/passwd', { manifests: 'passwd.yaml' }, { 'passwd.yaml': { symlink: '/etc/passwd' } }, { file: 'passwd.yaml' });
  m(
    'a symlink to a directory outside',
    { manifests: 'up/*' },
    { up: { symlink: '/etc' } },
    { message: /input `manifests` may only name files inside the workspace/ },
  );
  m(
    'a relative symlink that climbs out',
    { manifests: 'x.yaml' },
    { 'x.yaml': { symlink: '../../../../../../etc/hostname' } },
    { file: 'x.yaml' },
  );
  m('/dev/zero behind a symlink', { manifests: 'zero.yaml' }, { 'zero.yaml': { symlink: '/dev/zero' } }, { file: 'zero.yaml' }, 'render', {
    check: (r) => assert.ok(r.durationMs < 10_000, `${r.durationMs} ms`),
  });
  m('/dev/urandom behind a symlink', { manifests: 'random.yaml' }, { 'random.yaml': { symlink: '/dev/urandom' } }, { file: 'random.yaml' });
  m('a FIFO', { manifests: 'pipe.yaml' }, { 'pipe.yaml': { fifo: true } }, { file: 'pipe.yaml' });
  m('a directory', { manifests: 'dir.yaml' }, { 'dir.yaml': { dir: true } }, { file: 'dir.yaml' });
  m(
    'a file over 1 MiB',
    { manifests: 'big.yaml' },
    { 'big.yaml': cm('big', `data:\n  a: "${'x'.repeat(1_100_000)}"\n`) },
    { file: 'big.yaml' },
  );
  m(
    'over 10 MiB in all',
    { manifests: 'many/*.yaml' },
    Object.fromEntries(
      Array.from({ length: 11 }, (_, i) => [
        `many/${String(i).padStart(2, '0')}.yaml`,
        cm(`m${i}`, `data:\n  a: "${'x'.repeat(1_000_000)}"\n`),
      ]),
    ),
    { file: 'many/10.yaml' },
  );
  m(
    '1,001 objects',
    { manifests: 'objects.yaml' },
    { 'objects.yaml': Array.from({ length: 1001 }, (_, i) => cm(`o${i}`)).join('---\n') },
    { file: 'objects.yaml' },
  );
  m('a billion laughs', { manifests: 'laughs.yaml' }, { 'laughs.yaml': { fixture: 'billion-laughs.yaml' } }, { file: 'laughs.yaml' });
  m(
    'nesting 100,000 levels deep',
    { manifests: 'deep.yaml' },
    { 'deep.yaml': cm('deep', `data:\n  a: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`) },
    { file: 'deep.yaml' },
  );
  m(
    'bytes that are not UTF-8',
    { manifests: 'latin1.yaml' },
    { 'latin1.yaml': Buffer.concat([Buffer.from(cm('x', 'data:\n  a: "')), Buffer.from([0xe9, 0xff, 0x22, 0x0a])]) },
    { file: 'latin1.yaml' },
  );
  m(
    'a file name holding a newline and a command',
    { manifests: '*.yaml' },
    { 'evil\n::warning::x.yaml': cm('evil') },
    { message: /input `manifests` may only name files inside the workspace whose names hold no control/ },
  );
  m(
    'a metadata.name holding \\n::save-state',
    { manifests: 'state.yaml' },
    { 'state.yaml': { fixture: 'save-state-name.yaml' } },
    { file: 'state.yaml' },
    'render',
    {
      check: (r) => {
        assert.doesNotMatch(r.stdout, /^\s*::save-state/m);
        assert.equal(r.state.cleanupPaths, undefined);
      },
    },
  );
  m(
    'a metadata.name holding markdown and HTML',
    { manifests: 'md.yaml' },
    { 'md.yaml': { fixture: 'markdown-name.yaml' } },
    { file: 'md.yaml' },
    'render',
    {
      check: (r) => {
        assert.doesNotMatch(r.summary, /^## All checks passed/m);
        assert.doesNotMatch(r.summary, /<img|!\[ok\]|(^|\s)@octocat/);
        // The name is refused as it is parsed (#17): no row shows it; the error quotes it escaped.
        assert.equal(r.summary.split('\n').filter((l) => l.startsWith('| ConfigMap')).length, 0);
        assert.ok(
          r.errors.some((e) => /metadata\.name .* must be a DNS-1123 subdomain/.test(e)),
          r.errors.join('\n'),
        );
      },
    },
  );
  m(
    'a document that is not an object',
    { manifests: 'list.yaml' },
    { 'list.yaml': { fixture: 'not-an-object.yaml' } },
    { file: 'list.yaml' },
  );
  m('a glob that matches nothing', { manifests: 'nothing/*.yaml' }, {}, { file: 'nothing/*.yaml' });
  for (const v of [
    'toString',
    'constructor',
    '__proto__',
    'hasOwnProperty',
    'INPUT_KUBECONFIG',
    'INPUT_SSH',
    'INPUT_GITHUB',
    'GITHUB_TOKEN',
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'STATE_isPost',
    'RUNNER_TEMP',
  ]) {
    m(`\${${v}}`, { manifests: 'vars.yaml' }, { 'vars.yaml': usesVariable(v) }, { file: 'vars.yaml' }, 'render', {
      env: {
        GITHUB_TOKEN: GH_TOKEN,
        ACTIONS_RUNTIME_TOKEN: `rt-${randomBytes(12).toString('hex')}`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: `id-${randomBytes(12).toString('hex')}`,
      },
      check: (r) =>
        assert.ok(
          r.errors.some((e) => e.includes(`variable \${${v}} is not set`)),
          r.errors.join('\n'),
        ),
    });
  }
  cases.push(...commentAndProbeCases({ dir, sentinel, github }));
  cases.push(...renderPathsSecretsOutputsCases({ sentinel, ghToken: GH_TOKEN, kubeToken: kube.token }));
  cases.push(...inventoryCases({ knownHostsLine }));
  cases.push(...proxyConfigCases({ sentinel }));
  return cases;
}

// ---------------------------------------------------------------------------------------------

before(
  async () => {
    dir = mkdtempSync(join(tmpdir(), 'ivo-hostile-'));
    sentinel = join(dir, 'pwned');
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'ci@runner', '-f', join(dir, 'id')]);
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', PASSPHRASE, '-f', join(dir, 'id-encrypted')]);
    execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'host')]);
    sshKey = readFileSync(join(dir, 'id'), 'utf8');
    encryptedKey = readFileSync(join(dir, 'id-encrypted'), 'utf8');
    publicKey = readFileSync(join(dir, 'id.pub'), 'utf8').trim();
    const server = createServer((socket) => {
      vm.connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    vm = { port: (server.address() as AddressInfo).port, connections: 0, server };
    knownHostsLine = `[127.0.0.1]:${vm.port} ${readFileSync(join(dir, 'host.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ')}`;
    [kube, github] = await Promise.all([startKube(), startGitHubApiStandin({ token: GH_TOKEN, repo: 'owner/repo' })]);
    // Where onboard and offboard take the VM's lease (#11): it exists wherever Istio is installed.
    await kube.putObject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'istio-system' } });
    base = {
      mode: 'onboard',
      'workload-name': 'web',
      namespace: 'default',
      'vm-host': '127.0.0.1',
      'ssh-port': String(vm.port),
      'ssh-user': 'onboard',
      ports: 'http:8080',
      kubeconfig: kube.kubeconfig,
      'ssh-key': sshKey,
      'ssh-known-hosts': knownHostsLine,
      'ssh-retries': '0',
      'ssh-connect-timeout': '2s',
      'github-token': GH_TOKEN,
    };
    baseSecrets = [sshKey, GH_TOKEN, kube.token, kube.readOnlyToken].flatMap(forms);
  },
  { timeout: 180_000 },
);

after(async () => {
  runs.forEach(removeRun);
  await Promise.all([kube?.stop(), github?.stop(), new Promise((r) => vm?.server.close(r))]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('hostile inputs (table-driven corpus)', () => {
  // The table needs the world (ports, keys, the API's URL): it is built on first use.
  let all: Case[] | undefined;
  const table = () => (all ??= corpus());

  it('starts from good inputs: with them the action does reach the API and the VM', async () => {
    // Offboard with the base inputs passes validation, asks the API, then connects to the VM:
    // the recorders every case relies on do see such a run.
    const requests = kube.requests.length;
    const r = await runAction({ ...base, mode: 'offboard' }, { timeoutMs: 60_000 });
    runs.push(r);
    assert.equal(r.code, 1, r.stdout);
    assert.ok(!r.errors.some((e) => /input `/.test(e)), r.errors.join('\n'));
    assert.ok(kube.requests.length > requests, 'the API was asked');
    assert.ok(vm.connections > 0, 'the VM was reached');
  });

  it('refuses each hostile input (>= 100 cases) with no side effect and no secret shown', async (t) => {
    const cases = table();
    assert.ok(cases.length >= 100, `${cases.length} cases`);
    assert.equal(new Set(cases.map((c) => c.name)).size, cases.length, 'case names are unique');
    // One subtest per case; they run 8 at a time, the first of a batch starts it.
    for (const [i, c] of cases.entries()) await t.test(c.name, async () => assertCase(c, await batchOf(cases, i)));
  });
});

describe('repository content stays data when it is valid', () => {
  it('a ConfigMap whose data holds workflow commands and terminal escapes renders unchanged, and the log shows none', async () => {
    const workspace = mkdtempSync(join(dir, 'ws-'));
    makeFiles(workspace, { 'data.yaml': { fixture: 'control-characters-in-data.yaml' } });
    const r = await runAction(
      {
        mode: 'render',
        'workload-name': 'web',
        namespace: 'default',
        'vm-address': '10.0.0.1',
        manifests: 'data.yaml',
        labels: 'constructor=x,app=web',
      },
      { cwd: workspace },
    );
    runs.push(r);
    assert.equal(r.code, 0, r.stdout);
    const rendered = readFileSync(r.outputs.manifests as string, 'utf8');
    assert.match(rendered, /::save-state name=cleanupPaths::/, 'the data is kept as written');
    assert.match(rendered, /constructor: x/, 'a label key "constructor" is an ordinary label');
    assert.deepEqual(
      commandsIn(r.stdout).filter((cmd) => !OWN_COMMANDS.has(cmd)),
      [],
    );
    assert.ok(!r.stdout.includes('\x1b'), 'no terminal escape in the log');
  });

  it('the post step removes only paths under its own directory, whatever the state says', async () => {
    const main = await runAction({ mode: 'render', 'workload-name': 'web', namespace: 'default', 'vm-address': '10.0.0.1' });
    runs.push(main);
    assert.equal(main.code, 0, main.stdout);
    const victim = join(dir, 'victim');
    writeFileSync(victim, 'keep me');
    const ours = join(main.dir, 'runner-temp', 'istio-vm-onboard', 'staging');
    mkdirSync(ours, { recursive: true });
    // As an injected "::save-state name=cleanupPaths::" line would have set it on an older runner.
    const forged = {
      ...main,
      state: { ...main.state, cleanupPaths: JSON.stringify([victim, '/', ours, join(ours, '..', '..', '..', 'step_summary.md')]) },
    };
    const post = await runAction({}, { postOf: forged });
    assert.equal(post.code, 0, post.stdout);
    assert.ok(existsSync(victim), 'a path outside is left alone');
    assert.ok(existsSync(join(main.dir, 'step_summary.md')), 'a path that climbs out is left alone');
    assert.ok(!existsSync(ours), 'our own staging directory is removed');
    assert.match(post.stdout, /::warning::not removing ".*victim": not a path this action created/);
  });
});

describe('a kubeconfig credential plugin (exec)', () => {
  const pluginKubeconfig = (script: string, dump: string) => `apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: "${kube.url}", certificate-authority-data: ${Buffer.from(kube.caPem).toString('base64')}}}]
users:
- name: plugin
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: ${process.execPath}
      args: [${script}, ${dump}]
      interactiveMode: Never
- name: other
  user: {token: ${kube.readOnlyToken}}
contexts: [{name: x, context: {cluster: c, user: plugin, namespace: default}}]
current-context: x
`;
  const renderInputs = (kubeconfig: string) => ({
    mode: 'render',
    'workload-name': 'web',
    namespace: 'default',
    'vm-address': '10.0.0.1',
    kubeconfig,
    'ssh-key': encryptedKey,
    'ssh-key-passphrase': PASSPHRASE,
    'github-token': GH_TOKEN,
  });

  it('runs as kubectl would, but sees no input, GitHub token or runner token in its environment', async () => {
    const script = join(dir, 'plugin-ok.mjs');
    const dump = join(dir, 'plugin-env.json');
    writeFileSync(
      script,
      `import { writeFileSync } from 'node:fs';
writeFileSync(process.argv[2], JSON.stringify(process.env));
process.stdout.write(JSON.stringify({ apiVersion: 'client.authentication.k8s.io/v1', kind: 'ExecCredential', status: { token: ${JSON.stringify(kube.token)} } }));
`,
    );
    const requests = kube.requests.length;
    const r = await runAction(renderInputs(pluginKubeconfig(script, dump)), {
      env: { GITHUB_TOKEN: GH_TOKEN, ACTIONS_RUNTIME_TOKEN: 'runner-runtime-token-value', AWS_PROFILE: 'ivo-test-profile' },
      timeoutMs: 60_000,
    });
    runs.push(r);
    assert.ok(existsSync(dump), `the plugin ran\n${r.stdout}`);
    assert.ok(
      kube.requests.slice(requests).some((q) => q.status === 200),
      "the API answered requests made with the plugin's token",
    );
    const env = JSON.parse(readFileSync(dump, 'utf8')) as Record<string, string>;
    assert.deepEqual(
      Object.keys(env).filter((k) => /^INPUT_|^GITHUB_TOKEN$|^ACTIONS_RUNTIME_TOKEN$/.test(k)),
      [],
    );
    assert.equal(env.AWS_PROFILE, 'ivo-test-profile', 'the rest of the environment is there, as under kubectl');
    const text = JSON.stringify(env);
    for (const s of [encryptedKey, PASSPHRASE, GH_TOKEN, 'runner-runtime-token-value'].flatMap(forms))
      assert.ok(!text.includes(s), `${s.slice(0, 6)}... in the plugin's environment`);
  });

  it('its stderr in an error is masked and escaped like everything else', async () => {
    const script = join(dir, 'plugin-fails.mjs');
    writeFileSync(
      script,
      `process.stderr.write(${JSON.stringify(`could not refresh ${kube.readOnlyToken}\n::set-output name=manifests::/etc/passwd\n\x1b[31mred\n`)}); process.exit(1);\n`,
    );
    const r = await runAction(renderInputs(pluginKubeconfig(script, join(dir, 'unused.json'))), { timeoutMs: 60_000 });
    runs.push(r);
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.errors.join('\n'), /could not refresh \*\*\*/);
    const stdout = r.stdout.replace(/^::add-mask::.*$/gm, '');
    for (const s of forms(kube.readOnlyToken))
      assert.ok(!stdout.includes(s) && !r.summary.includes(s), 'the token is masked in the log and the summary');
    assert.deepEqual(
      commandsIn(r.stdout).filter((cmd) => !OWN_COMMANDS.has(cmd)),
      [],
    );
    assert.ok(!r.stdout.includes('\x1b'));
  });
});
