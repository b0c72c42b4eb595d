// The CLI twin: `node dist/cli.js`, same inputs as flags, same report as text or JSON.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../support/action-runner.js';

const work = mkdtempSync(join(tmpdir(), 'ivo-cli-'));
after(() => rmSync(work, { recursive: true, force: true }));

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist/cli.js'), ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: work, ISTIO_VM_ONBOARD_WORKDIR: work },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('istio-vm-onboard CLI', () => {
  it('--help lists every input of action.yml with its default', () => {
    const r = cli(['--help']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /--ssh-strict-host-key \(default "true"\)/);
    assert.match(r.stdout, /--proxy-config-dir \(default "\/etc\/istio-proxy"\)/);
    assert.doesNotMatch(r.stdout, /github\.token/);
  });

  it('runs through its bin, which checks the Node version first', () => {
    const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin/istio-vm-onboard.js'), '--help'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Usage: istio-vm-onboard /);
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
    const text = cli(['render', '--workload-name', 'web', '--namespace', 'demo', '--vm-address', '10.0.0.1', '--ports', 'http:8080', '--summary-file', join(work, 'summary.md')]);
    assert.equal(text.code, 0, text.stderr);
    assert.match(text.stdout, /^istio-vm-onboard render: SUCCEEDED$/m);
    assert.doesNotMatch(text.stdout, /\x1b\[/, 'no colour when stdout is not a terminal');
    assert.match(readFileSync(join(work, 'summary.md'), 'utf8'), /render: succeeded/);
    const json = cli(['render', '--workload-name', 'web', '--namespace', 'demo', '--vm-address', '10.0.0.1', '--json']);
    const report = JSON.parse(json.stdout) as { verdict: string; objects: Array<{ kind: string }>; report: string };
    assert.equal(report.verdict, 'succeeded');
    assert.deepEqual(report.objects.map((o) => o.kind), ['Namespace', 'ServiceAccount', 'Sidecar', 'WorkloadEntry']);
    assert.ok(report.report.startsWith(work));
  });

  it('exits 1 on a failed run, with the location once in the log and in the report', () => {
    writeFileSync(join(work, 'bad.yaml'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: ${MISSING}\n');
    const r = cli(['render', '--workload-name', 'web', '--namespace', 'demo', '--vm-address', '10.0.0.1', '--manifests', 'bad.yaml']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /^error: bad\.yaml:4: variable \$\{MISSING\} is not set: add it to `vars` or the environment$/m);
    assert.match(r.stdout, /^error in Render manifests: .*bad\.yaml:4: variable \$\{MISSING\} is not set/m);
  });
});
