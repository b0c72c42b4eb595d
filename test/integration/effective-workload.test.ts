// Issue #10 point 1 through `node dist/index.js`: the workshop's own file rendered with only
// `manifests` and `vars` (its WorkloadEntry answers the rest), the outputs and the report
// saying what that entry says, and an input that contradicts it refused with the input, the
// file:line and both values, before anything is written.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { PROJECT_ROOT, removeRun, runAction, type ActionRun } from '../support/action-runner.js';

let workspace: string;
const runs: ActionRun[] = [];
before(() => {
  workspace = mkdtempSync(join(tmpdir(), 'ivo-effective-'));
  copyFileSync(join(PROJECT_ROOT, 'test/fixtures/workshop/01-backend-vm.yaml'), join(workspace, '01-backend-vm.yaml'));
});
after(() => {
  runs.forEach(removeRun);
  rmSync(workspace, { recursive: true, force: true });
});

const ONLY_MANIFESTS = { mode: 'render', manifests: '01-backend-vm.yaml', vars: 'PREFIX=abz\nVM_IP=10.0.93.99\nVM_USER=ubuntu' };

async function run(inputs: Record<string, string>): Promise<ActionRun> {
  const r = await runAction(inputs, { cwd: workspace });
  runs.push(r);
  return r;
}

describe('render with only manifests and vars', () => {
  it('takes name, namespace, ServiceAccount and address from the WorkloadEntry, and renders ServiceAccount vm-sa', async () => {
    const r = await run(ONLY_MANIFESTS);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['workload-entry'], 'abz-demo-secure/backend-vm');
    assert.equal(r.outputs['service-account'], 'abz-demo-secure/vm-sa');
    const report = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as {
      workload: { serviceAccount: string; address: string };
      objects: Array<{ kind: string; name: string; source: { origin: string } }>;
    };
    assert.deepEqual(report.workload, {
      name: 'backend-vm',
      namespace: 'abz-demo-secure',
      serviceAccount: 'vm-sa',
      address: '10.0.93.99',
      vmHost: '',
    });
    assert.deepEqual(
      report.objects.map((o) => `${o.kind}/${o.name}:${o.source.origin}`),
      [
        'Namespace/abz-demo-secure:inputs',
        'ServiceAccount/vm-sa:inputs',
        'Service/backend-vm:manifest',
        'Sidecar/backend-vm:manifest',
        'WorkloadEntry/backend-vm:manifest',
      ],
    );
    const docs = parseAllDocuments(readFileSync(r.outputs.manifests as string, 'utf8')).map(
      (d) => d.toJS() as { kind: string; metadata: { name: string } },
    );
    assert.ok(
      !docs.some((d) => d.kind === 'ServiceAccount' && d.metadata.name === 'backend-vm'),
      'no ServiceAccount named after the workload',
    );
    assert.match(r.summary, /ServiceAccount (`|<code>)vm-sa(`|<\/code>), address (`|<code>)10\.0\.93\.99/);
  });

  it('refuses vm-address that contradicts the WorkloadEntry: input, file:line, both values, annotated at the line', async () => {
    const r = await run({ ...ONLY_MANIFESTS, 'vm-address': '10.0.93.162' });
    assert.equal(r.code, 1);
    assert.match(
      r.stdout,
      /^::error file=01-backend-vm\.yaml,line=11::input `vm-address` is 10\.0\.93\.162 but 01-backend-vm\.yaml:11 \(WorkloadEntry abz-demo-secure\/backend-vm spec\.address\) says 10\.0\.93\.99/m,
    );
    assert.match(
      r.errors.join('\n'),
      /Render manifests \(01-backend-vm\.yaml\): Invalid input: input `vm-address` is 10\.0\.93\.162 but 01-backend-vm\.yaml:11/,
    );
    assert.equal(r.outputs.manifests ?? '', '', 'nothing rendered to a file');
  });

  it('refuses a service-account that is not the one the WorkloadEntry names (secure naming would break)', async () => {
    const r = await run({ ...ONLY_MANIFESTS, 'workload-name': 'backend-vm', 'service-account': 'backend-vm' });
    assert.equal(r.code, 1);
    assert.match(
      r.stdout,
      /^::error file=01-backend-vm\.yaml,line=15::input `service-account` is backend-vm but 01-backend-vm\.yaml:15 \(WorkloadEntry abz-demo-secure\/backend-vm spec\.serviceAccount\) says vm-sa/m,
    );
  });
});
