// Issue #10 point 2 through the bundled action: render mode refuses each strict-schema
// example with an annotation at its file, the line of the offending field, and the field path.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { PROJECT_ROOT, removeRun, runAction, type ActionRun } from '../support/action-runner.js';

const FIXTURES = join(PROJECT_ROOT, 'test/fixtures/strict');
const workspace = mkdtempSync(join(tmpdir(), 'ivo-strict-'));
const runs: ActionRun[] = [];
after(() => {
  runs.forEach(removeRun);
  rmSync(workspace, { recursive: true, force: true });
});

const lineOf = (file: string, needle: string): number =>
  readFileSync(join(FIXTURES, file), 'utf8')
    .split('\n')
    .findIndex((l) => l.includes(needle)) + 1;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('render: strict schemas', () => {
  it('annotates each refused example at file, line and field path, and fails the check', async () => {
    for (const f of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, f), join(workspace, f));
    const r = await runAction(
      {
        mode: 'render',
        'workload-name': 'backend-vm',
        namespace: 'demo',
        'vm-address': '10.231.1.2',
        ports: 'http:8080',
        labels: 'app=backend',
        manifests: 'service-selectr.yaml\nsidecar-default-endpoint.yaml\nworkloadentry-*.yaml',
      },
      { cwd: workspace },
    );
    runs.push(r);
    assert.equal(r.code, 1, r.stdout);
    const expected = [
      ['service-selectr.yaml', 'selectr:', 'Service/demo/backend: spec.selectr: unknown field (did you mean selector?)'],
      [
        'sidecar-default-endpoint.yaml',
        'defaultEndPoint:',
        'Sidecar/demo/backend-vm: spec.ingress[0].defaultEndPoint: unknown field (did you mean defaultEndpoint?)',
      ],
      [
        'workloadentry-misspelt-address.yaml',
        'adress:',
        'WorkloadEntry/demo/backend-vm: spec.adress: unknown field (did you mean address?)',
      ],
      ['workloadentry-port-name.yaml', 'ports:', 'WorkloadEntry/demo/backend-vm: spec.ports: port name must be valid'],
      [
        'workloadentry-port-out-of-range.yaml',
        'http: 70000',
        'WorkloadEntry/demo/backend-vm: spec.ports.http: port must be between 1-65535',
      ],
    ] as const;
    for (const [file, needle, message] of expected) {
      const line = lineOf(file, needle);
      assert.ok(line > 1, `${needle} in ${file}`);
      assert.match(r.stdout, new RegExp(`^::error file=${escape(file)},line=${line}::${escape(message)}$`, 'm'));
    }
    assert.match(r.errors.join('\n'), /Check manifests offline.*invalid object\(s\)/);
  });
});
