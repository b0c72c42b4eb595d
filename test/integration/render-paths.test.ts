// Issue #17 class 1, the attack itself, through the bundled action (`node dist/index.js`): a
// pull request's WorkloadEntry whose name climbs from the action's old output path
// (RUNNER_TEMP/istio-vm-onboard/<namespace>-<name>.manifests.yaml, normalized by path.join
// without the kernel ever seeing the missing "default-x") into the workspace, where the PR
// planted symlinks to files the runner runs later (here a decoy dist/index.js outside it).
import assert from 'node:assert/strict';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';

const base = mkdtempSync(join(tmpdir(), 'ivo-render-paths-'));
const runs: ActionRun[] = [];
after(() => {
  runs.forEach(removeRun);
  rmSync(base, { recursive: true, force: true });
});

/** Every path under dir with its kind and content (symlinks not followed). */
function snapshot(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = lstatSync(p);
      out.push(`${rel}${name} ${st.isDirectory() ? 'dir' : st.isSymbolicLink() ? 'link' : readFileSync(p, 'utf8')}`);
      if (st.isDirectory()) walk(p, `${rel}${name}/`);
    }
  };
  walk(dir, '');
  return out;
}

describe("#17 class 1: a manifest name cannot aim the action's writes", () => {
  for (const [door, inputs] of [
    ['render', { mode: 'render' }],
    [
      'onboard with dry-run: true',
      { mode: 'onboard', 'dry-run': 'true', 'vm-host': '127.0.0.1', 'ssh-user': 'onboard', 'ssh-strict-host-key': 'false' },
    ],
  ] as const) {
    it(`a ../ name and symlinks in the workspace write nothing outside; an input error annotated at the line (${door})`, async () => {
      const root = mkdtempSync(join(base, 'case-'));
      const ws = join(root, 'ws');
      const runnerTemp = join(root, 'runner-temp');
      const decoy = join(root, 'action', 'dist');
      mkdirSync(ws);
      mkdirSync(decoy, { recursive: true });
      writeFileSync(join(decoy, 'index.js'), "the action's own code");
      writeFileSync(join(decoy, 'post.js'), 'the post step');
      // What the old code would have written, as the PR plants it: each a link to the action's code.
      symlinkSync(join(decoy, 'index.js'), join(ws, 'evil.manifests.yaml'));
      symlinkSync(join(decoy, 'post.js'), join(ws, 'evil.report.json'));
      // join(RUNNER_TEMP/istio-vm-onboard, "default-" + name + ".manifests.yaml") is ws/evil.manifests.yaml.
      const name = `x/../../../${basename(ws)}/evil`;
      writeFileSync(
        join(ws, 'vm.yaml'),
        `apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n  name: "${name}"\n  namespace: default\nspec:\n  address: 10.0.0.5\n  serviceAccount: web\n`,
      );
      const before = [snapshot(ws), snapshot(decoy)];

      const r = await runAction({ ...inputs, manifests: 'vm.yaml' }, { cwd: ws, env: { RUNNER_TEMP: runnerTemp }, timeoutMs: 60_000 });
      runs.push(r);

      assert.equal(r.code, 1, r.stdout);
      assert.match(r.stdout, /^::error file=vm\.yaml,line=4::metadata\.name "x\/\.\.\/\.\.\/\.\.\/ws\/evil" must be a DNS-1123 subdomain/m);
      assert.doesNotMatch(r.stdout + r.stderr, /unexpected error/);
      assert.deepEqual([snapshot(ws), snapshot(decoy)], before, "the workspace and the action's code are unchanged");
      // Under RUNNER_TEMP only the run's own directory, with its report under a name of the action's.
      const written = snapshot(runnerTemp).map((l) => l.replace(/run-\w{6}/g, 'run-X').replace(/(report-1\.json) .*/s, '$1'));
      assert.deepEqual(written, ['istio-vm-onboard dir', 'istio-vm-onboard/run-X dir', 'istio-vm-onboard/run-X/report-1.json']);
      assert.ok(existsSync(r.outputs.report ?? ''), 'the report output names the report');
      assert.equal(r.outputs.manifests ?? '', '');
      assert.equal(r.outputs['workload-entry'] ?? '', '', 'the refused name is in no output');
    });
  }
});
