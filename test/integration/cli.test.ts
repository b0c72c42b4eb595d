// The CLI twin: `node dist/cli.js`, same inputs as flags, same report as text or JSON.
import assert from 'node:assert/strict';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { PROJECT_ROOT } from '../support/action-runner.js';

const work = mkdtempSync(join(tmpdir(), 'ivo-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist/cli.js'), ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: work, TMPDIR: work, ...env }, // the run's own directory is made under TMPDIR
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('istio-vm-onboard CLI', () => {
  it('--help and -h list every input of action.yml with its default', () => {
    const r = cli(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /--ssh-strict-host-key\[=true\|false\] \(default "true"\)/);
    assert.match(r.stdout, /--proxy-config-dir VALUE \(default "\/etc\/istio-proxy"\)/);
    assert.match(r.stdout, /--kubeconfig PATH\n\s+Path of the kubeconfig file/);
    assert.doesNotMatch(r.stdout, /github\.token/);
    assert.equal(cli(['help']).stdout, r.stdout);
    // A command's own help is kubectl's `help MODE` = `MODE --help` (unit: test/unit/cli.test.ts).
    assert.equal(cli(['render', '-h']).stdout, cli(['help', 'render']).stdout);
    assert.match(cli(['render', '-h']).stdout, /^Usage: istio-vm-onboard render \[flags\]/);
  });

  it('an input the manifests contradict is a flag error: named as the flag, file:line, both values, exit 2', () => {
    copyFileSync(join(PROJECT_ROOT, 'test/fixtures/workshop/01-backend-vm.yaml'), join(work, '01-backend-vm.yaml'));
    const r = cli([
      'render',
      '--manifests',
      '01-backend-vm.yaml',
      '--vars',
      'PREFIX=abz',
      '--vars',
      'VM_IP=10.0.93.99',
      '--vars',
      'VM_USER=ubuntu',
      '--vm-address',
      '10.0.93.162',
    ]);
    assert.equal(r.code, 2, r.stderr);
    assert.match(
      r.stderr,
      /^error: --vm-address is 10\.0\.93\.162 but 01-backend-vm\.yaml:11 \(WorkloadEntry abz-demo-secure\/backend-vm spec\.address\) says 10\.0\.93\.99/m,
    );
    assert.doesNotMatch(r.stderr, /input `vm-address`/);
    assert.equal(r.stdout, '');
  });

  it('an exec probe in the manifests is refused unless --allow-exec-probe: the flag, file:line, exit 2 (#17)', () => {
    writeFileSync(
      join(work, 'wg.yaml'),
      'apiVersion: networking.istio.io/v1\nkind: WorkloadGroup\nmetadata:\n  name: web\n  namespace: demo\nspec:\n  template:\n    ports:\n      http: 8080\n  probe:\n    exec:\n      command: [sh, -c, "touch /tmp/pwned"]\n',
    );
    const args = ['render', '--registration', 'workload-group', '--manifests', 'wg.yaml', '--vm-address', '10.0.0.1'];
    const refused = cli(args);
    assert.equal(refused.code, 2, refused.stderr);
    assert.match(
      refused.stderr,
      /^error: --allow-exec-probe is false, but wg\.yaml:11 \(WorkloadGroup demo\/web spec\.probe\.exec\) gives a command to run on the VM/m,
    );
    assert.equal(refused.stdout, '');
    const allowed = cli([...args, '--allow-exec-probe', '-o', 'yaml']);
    assert.equal(allowed.code, 0, allowed.stderr);
    const group = parseAllDocuments(allowed.stdout)
      .map((d) => d.toJS())
      .find((o) => o.kind === 'WorkloadGroup');
    assert.deepEqual(group?.spec?.probe, { exec: { command: ['sh', '-c', 'touch /tmp/pwned'] } });
  });

  it('--version prints the version of package.json', () => {
    const { version } = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = cli(['--version']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `istio-vm-onboard ${version}\n`);
  });

  it('exits 2 on an unknown flag, with the nearest flag and no run', () => {
    const r = cli(['render', '--namespce', 'demo', '--workload-name', 'web']);
    assert.equal(r.code, 2);
    assert.equal(
      r.stderr,
      "error: unknown flag: --namespce\n\nDid you mean this?\n\t--namespace\n\nSee 'istio-vm-onboard --help' for usage.\n",
    );
    assert.equal(r.stdout, '');
    const mode = cli(['rendr']);
    assert.equal(mode.code, 2);
    assert.match(mode.stderr, /^error: unknown command "rendr" for "istio-vm-onboard"\n\nDid you mean this\?\n\trender\n/);
  });

  it('reads a bare --dry-run as true, and --dry-run=false as false', () => {
    const base = ['onboard', '--workload-name', 'web', '-n', 'demo', '--vm-host', '10.0.0.1'];
    const dry = cli([...base, '--dry-run']);
    assert.equal(dry.code, 0, dry.stderr);
    assert.match(dry.stdout, /^istio-vm-onboard onboard \(dry-run\): SUCCEEDED$/m);
    // Without dry-run, onboarding needs a cluster and a key: refused before anything happens.
    const real = cli([...base, '--dry-run=false']);
    assert.equal(real.code, 2);
    assert.match(real.stderr, /--kubeconfig is required for mode onboard: give --kubeconfig PATH, or set \$KUBECONFIG/);
    assert.match(real.stderr, /--ssh-known-hosts or --ssh-host-fingerprint is required .*--ssh-strict-host-key=false/);
    assert.doesNotMatch(real.stderr, /input `/);
  });

  it('names --namespace when -n is wrong or has no value', () => {
    const bad = cli(['render', '--workload-name', 'web', '-n', 'Bad_Ns', '--vm-address', '10.0.0.1']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /^error: --namespace must be a DNS-1123 label/m);
    const missing = cli(['render', '--workload-name', 'web', '-n']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^error: flag needs an argument: 'n' in -n$/m);
  });

  it('render -o yaml and -o json print the rendered manifests, and only them, on stdout', () => {
    const args = [
      'render',
      '--workload-name',
      'web',
      '-n',
      'demo',
      '--vm-address',
      '10.0.0.1',
      '--ports',
      'http:8080',
      '--ports',
      'grpc:9090',
    ];
    const yaml = cli([...args, '-o', 'yaml']);
    assert.equal(yaml.code, 0, yaml.stderr);
    const objects = parseAllDocuments(yaml.stdout).map((d) => d.toJS() as { kind: string; spec?: { ports?: Array<{ name: string }> } });
    assert.deepEqual(
      objects.map((o) => o.kind),
      ['Namespace', 'ServiceAccount', 'Service', 'Sidecar', 'WorkloadEntry'],
    );
    assert.deepEqual(
      objects.find((o) => o.kind === 'Service')?.spec?.ports?.map((p) => p.name),
      ['http', 'grpc'],
      'repeated --ports accumulate',
    );
    // The same text the `manifests` output file holds.
    const report = /^report: (.*)$/m.exec(yaml.stderr)?.[1] ?? '';
    assert.match(report, new RegExp(`^${work}/istio-vm-onboard-[^/]+/report-1\\.json$`), "a new directory of the run's own");
    assert.equal(yaml.stdout, readFileSync(join(dirname(report), 'manifests-1.yaml'), 'utf8'));
    const json = cli([...args, '--output=json']);
    assert.equal(json.code, 0, json.stderr);
    const list = JSON.parse(json.stdout) as { kind: string; items: unknown[] };
    assert.equal(list.kind, 'List');
    assert.deepEqual(list.items, objects);
  });

  it('-o prints nothing on stdout for a failed render, and is refused outside render', () => {
    // A failed check (a field the schema lacks) and a manifest the flags name wrongly (exit 2): no manifests on stdout.
    writeFileSync(
      join(work, 'broken.yaml'),
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: demo\nspec:\n  portz: []\n',
    );
    const failed = cli([
      'render',
      '--workload-name',
      'web',
      '-n',
      'demo',
      '--vm-address',
      '10.0.0.1',
      '--manifests',
      'broken.yaml',
      '-o',
      'yaml',
    ]);
    assert.equal(failed.code, 1);
    assert.equal(failed.stdout, '');
    assert.match(failed.stderr, /^istio-vm-onboard render: FAILED$/m);
    writeFileSync(join(work, 'unset.yaml'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: ${NOPE}\n');
    const unset = cli([
      'render',
      '--workload-name',
      'web',
      '-n',
      'demo',
      '--vm-address',
      '10.0.0.1',
      '--manifests',
      'unset.yaml',
      '-o',
      'yaml',
    ]);
    assert.equal(unset.code, 2);
    assert.equal(unset.stdout, '');
    const onboard = cli(['onboard', '--dry-run', '--workload-name', 'web', '-n', 'demo', '--vm-host', '10.0.0.1', '-o', 'yaml']);
    assert.equal(onboard.code, 2);
    assert.match(onboard.stderr, /-o\/--output prints the rendered manifests: use it with render/);
    const format = cli(['render', '-o', 'xml']);
    assert.equal(format.code, 2);
    assert.match(format.stderr, /--output must be yaml or json \(got "xml"\)/);
  });

  it('reads every repeated --ssh-known-hosts file, and names the flag when one is missing', () => {
    const missing = cli(['render', '--workload-name', 'web', '-n', 'demo', '--vm-address', '10.0.0.1', '--ssh-known-hosts', 'nope.keys']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /^error: --ssh-known-hosts nope\.keys: no such file/m);
    // One bad line in each file: both problems show, so both files were read and joined.
    writeFileSync(join(work, 'vm.keys'), 'vm.example ssh-nope AAAA\n');
    writeFileSync(join(work, 'bastion.keys'), 'bastion.example ssh-ed25519 @@@@\n');
    const r = cli([
      'render',
      '--workload-name',
      'web',
      '-n',
      'demo',
      '--vm-address',
      '10.0.0.1',
      '--ssh-known-hosts',
      'vm.keys',
      '--ssh-known-hosts',
      'bastion.keys',
    ]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /^error: 2 problems with the flags:$/m);
    assert.match(r.stderr, /^ {2}- --ssh-known-hosts \(vm\.keys, bastion\.keys\) key type "ssh-nope" is not one OpenSSH knows$/m);
    assert.match(r.stderr, /^ {2}- --ssh-known-hosts \(vm\.keys, bastion\.keys\) the key of "bastion\.example" is not base64$/m);
  });

  it('runs through its bin', () => {
    const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin/istio-vm-onboard.js'), '--help'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Usage: istio-vm-onboard /);
  });

  it('dist/cli.js itself says which Node it needs under an older Node (exit 2), and so does the bin', (t) => {
    // An older node on the PATH (the system's), as a user without Node 24 would run it.
    const older: string | undefined = (process.env.PATH ?? '')
      .split(':')
      .map((d) => join(d, 'node'))
      .find((p) => {
        const v = spawnSync(p, ['--version'], { encoding: 'utf8' });
        return v.status === 0 && Number(/^v(\d+)/.exec(v.stdout)?.[1] ?? 99) < 24;
      });
    if (!older) {
      t.skip('no Node older than 24 on the PATH');
      return;
    }
    for (const entry of ['dist/cli.js', 'bin/istio-vm-onboard.js']) {
      const r: SpawnSyncReturns<string> = spawnSync(older, [join(PROJECT_ROOT, entry), 'render', '--help'], { encoding: 'utf8' });
      assert.equal(r.status, 2, `${entry}: ${r.stderr}`);
      assert.match(r.stderr, /^istio-vm-onboard needs Node\.js 24 or later; this is v\d+\./, entry);
      assert.doesNotMatch(r.stderr, /globSync|SyntaxError/, entry);
      assert.equal(r.stdout, '');
    }
  });

  it('exits 2 on invalid input, naming the flags', () => {
    const r = cli(['onboard', '--workload-name', 'Bad_Name', '--namespace', 'demo', '--ports', 'http:99999']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--workload-name must be a DNS-1123 label/);
    assert.match(r.stderr, /--ports port 99999 is outside 1-65535/);
    assert.match(r.stderr, /--vm-host is required for mode onboard/);
    assert.equal(r.stdout, '');
  });

  it('exits 2 when a file flag names no file', () => {
    const r = cli(['render', '--workload-name', 'web', '--namespace', 'demo', '--vm-address', '10.0.0.1', '--kubeconfig', 'nope.yaml']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /--kubeconfig nope\.yaml: no such file/);
  });

  it('prints the report as text, and as JSON with --json, and writes the summary file', () => {
    const text = cli([
      'render',
      '--workload-name',
      'web',
      '--namespace',
      'demo',
      '--vm-address',
      '10.0.0.1',
      '--ports',
      'http:8080',
      '--summary-file',
      join(work, 'summary.md'),
    ]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^istio-vm-onboard render: SUCCEEDED$/m);
    assert.doesNotMatch(text.stdout, /\x1b\[/, 'no colour when stdout is not a terminal');
    assert.match(readFileSync(join(work, 'summary.md'), 'utf8'), /render: succeeded/);
    const json = cli(['render', '--workload-name', 'web', '--namespace', 'demo', '--vm-address', '10.0.0.1', '--json']);
    const report = JSON.parse(json.stdout) as { verdict: string; objects: Array<{ kind: string }>; report: string };
    assert.equal(report.verdict, 'succeeded');
    assert.deepEqual(
      report.objects.map((o) => o.kind),
      ['Namespace', 'ServiceAccount', 'Sidecar', 'WorkloadEntry'],
    );
    assert.ok(report.report.startsWith(work));
  });

  it('exits 1 on a failed run, with the location once in the log and in the report', () => {
    writeFileSync(join(work, 'bad.yaml'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  namespace: demo\nspec:\n  portz: []\n');
    const r = cli(['render', '--workload-name', 'web', '--namespace', 'demo', '--vm-address', '10.0.0.1', '--manifests', 'bad.yaml']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^error: bad\.yaml:7: Service\/demo\/web: spec\.portz: unknown field/m);
    assert.match(r.stdout, /^error in Check manifests offline: .*Service\/web spec\.portz: unknown field/m);
  });

  it('exits 2 on an unset ${VAR} or a glob that matches nothing, naming --manifests, the file and line (#20)', () => {
    writeFileSync(join(work, 'unset-var.yaml'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: ${MISSING}\n');
    const r = cli(['render', '--workload-name', 'web', '--namespace', 'demo', '--vm-address', '10.0.0.1', '--manifests', 'unset-var.yaml']);
    assert.equal(r.code, 2);
    assert.match(
      r.stderr,
      /^error: --manifests unset-var\.yaml:4: variable \$\{MISSING\} is not set: add it to --vars, or name an environment variable in --vars-from-env$/m,
    );
    assert.match(r.stderr, /^report: /m);
    assert.equal(r.stdout, '');
    const glob = cli([
      'render',
      '--workload-name',
      'web',
      '--namespace',
      'demo',
      '--vm-address',
      '10.0.0.1',
      '--manifests',
      'nothing/*.yaml',
    ]);
    assert.equal(glob.code, 2);
    assert.match(glob.stderr, /^error: --manifests nothing\/\*\.yaml: matches no file$/m);
  });

  it('#17: a WorkloadEntry named ../../x beside symlinks writes nothing outside --output-dir, and fails at the file and line', () => {
    const out = mkdtempSync(join(work, 'out-'));
    const victim = join(work, 'victim.js');
    writeFileSync(victim, 'original');
    // The names the old code would have written: <namespace>-<name>.manifests.yaml and .report.json.
    symlinkSync(victim, join(out, 'demo-web.manifests.yaml'));
    symlinkSync(victim, join(out, 'manifests-1.yaml'));
    writeFileSync(
      join(work, 'climb.yaml'),
      'apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n  name: "../../victim"\n  namespace: demo\nspec:\n  address: 10.0.0.5\n',
    );
    const r = cli(['render', '--manifests', 'climb.yaml', '--output-dir', out]);
    assert.equal(r.code, 2, r.stderr); // a manifest that cannot be used is invalid input
    assert.match(r.stderr, /^error: climb\.yaml:4: metadata\.name "\.\.\/\.\.\/victim" must be a DNS-1123 subdomain/m);
    assert.doesNotMatch(r.stderr + r.stdout, /unexpected error/);
    assert.equal(readFileSync(victim, 'utf8'), 'original');
    assert.deepEqual(
      readdirSync(out).sort(),
      ['demo-web.manifests.yaml', 'manifests-1.yaml', 'report-1.json'],
      "only the report, under a name of the action's",
    );
    const ok = cli(['render', '--workload-name', 'web', '-n', 'demo', '--vm-address', '10.0.0.1', '--output-dir', out]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.ok(existsSync(join(out, 'manifests-2.yaml')), 'the planted link is skipped, not written through');
    assert.equal(readFileSync(victim, 'utf8'), 'original');
  });

  it('#17: --vars-from-env reads the variables it names, and ${VAR} nothing else of the environment', () => {
    writeFileSync(
      join(work, 'env.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  namespace: demo\ndata:\n  tag: "${IMAGE_TAG}"\n',
    );
    const args = ['render', '--workload-name', 'web', '-n', 'demo', '--vm-address', '10.0.0.1', '--manifests', 'env.yaml', '-o', 'yaml'];
    const ok = cli([...args, '--vars-from-env', 'IMAGE_TAG'], { IMAGE_TAG: '1.24.2' });
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /tag: 1\.24\.2/);
    writeFileSync(
      join(work, 'env.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  namespace: demo\ndata:\n  tag: "${GH_TOKEN}"\n',
    );
    const leak = cli(args, { GH_TOKEN: 'ghs_exported_by_an_earlier_step_0123' });
    assert.equal(leak.code, 2, leak.stderr);
    assert.match(leak.stderr, /env\.yaml:7: variable \$\{GH_TOKEN\} is not set/);
    assert.ok(!(leak.stdout + leak.stderr).includes('ghs_exported'), 'the value is nowhere');
    const runner = cli([...args, '--vars-from-env', 'GITHUB_TOKEN'], { GITHUB_TOKEN: 'ghs_x' });
    assert.equal(runner.code, 2);
    assert.match(runner.stderr, /--vars-from-env .*"GITHUB_TOKEN" is one of the runner's own variables/);
  });
});
