// Issue #5: the PR check. mode render through `node dist/index.js`: offline schema and
// cross-object checks with annotations at file and line, and with a kubeconfig a
// server-side dry-run and a live diff against the real kube-apiserver with Istio's CRDs.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { removeRun, runAction, type ActionRun, PROJECT_ROOT } from '../support/action-runner.js';
import { installIstio } from '../support/control-plane/istio-install.js';
import { startKube, type KubeCluster } from '../support/control-plane/kube.js';
import { KubeConfig, KubernetesObjectApi, PatchStrategy, type KubernetesObject } from '@kubernetes/client-node';

let workspace: string;
let api: KubeCluster;
const runs: ActionRun[] = [];

before(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'ivo-render-'));
  copyFileSync(join(PROJECT_ROOT, 'test/fixtures/workshop/01-backend-vm.yaml'), join(workspace, '01-backend-vm.yaml'));
  api = await startKube();
  // Render reads no mesh facts; the install is there for Istio's CRDs (the dry-run of the
  // WorkloadEntry and Sidecar) and so the cluster looks like one a PR check would meet.
  await installIstio(api, { hub: 'registry.test.local/istio', tag: '1.30-test', gatewayAddress: '10.231.250.1' });
});
after(async () => {
  runs.forEach(removeRun);
  rmSync(workspace, { recursive: true, force: true });
  await api?.stop();
});

const WORKSHOP = {
  mode: 'render',
  'workload-name': 'backend-vm',
  namespace: 'abz-demo-secure',
  'vm-address': '10.0.93.162',
  'service-account': 'vm-sa',
  labels: 'app=backend-vm,class=vm',
  manifests: '01-backend-vm.yaml',
  vars: 'PREFIX=abz\nVM_IP=10.0.93.162\nVM_USER=ubuntu',
};

async function render(inputs: Record<string, string>): Promise<ActionRun> {
  const r = await runAction(inputs, { cwd: workspace });
  runs.push(r);
  return r;
}

function report(r: ActionRun): {
  objects: Array<{
    kind: string;
    name: string;
    schema?: { valid: boolean; problems: Array<{ path: string }> };
    server?: string;
    liveDiff?: string;
  }>;
  crossChecks: Array<{ rule: string; severity: string }>;
} {
  return JSON.parse(readFileSync(r.outputs.report as string, 'utf8'));
}

describe('render (PR check)', () => {
  it("checks the workshop's own templates unchanged: all objects valid, the rendered YAML as output", async () => {
    const r = await render(WORKSHOP);
    assert.equal(r.code, 0, r.stdout);
    const rep = report(r);
    assert.deepEqual(
      rep.objects.map((o) => `${o.kind}:${o.schema?.valid}`),
      ['Namespace:true', 'ServiceAccount:true', 'Service:true', 'Sidecar:true', 'WorkloadEntry:true'],
    );
    assert.deepEqual(rep.crossChecks, []);
    const yaml = readFileSync(r.outputs.manifests as string, 'utf8');
    assert.match(yaml, /namespace: abz-demo-secure/);
    assert.doesNotMatch(yaml, /\$\{/);
    assert.match(r.summary, /\| WorkloadEntry \| abz-demo-secure \| backend-vm \| rendered \| valid \| 01-backend-vm.yaml:2 \|/);
  });

  it('reports a schema error at its field path and annotates the file and line', async () => {
    writeFileSync(
      join(workspace, 'bad-ports.yaml'),
      readFileSync(join(workspace, '01-backend-vm.yaml'), 'utf8').replace('  ports:\n    http: 8888\n', '  ports:\n  - 8888\n'),
    );
    const r = await render({ ...WORKSHOP, manifests: 'bad-ports.yaml' });
    assert.equal(r.code, 1);
    assert.match(
      r.stdout,
      /^::error file=bad-ports\.yaml,line=16::WorkloadEntry\/abz-demo-secure\/backend-vm: spec\.ports: must be object/m,
    );
    const we = report(r).objects.find((o) => o.kind === 'WorkloadEntry');
    assert.equal(we?.schema?.valid, false);
    assert.deepEqual(
      we?.schema?.problems.map((p) => p.path),
      ['spec.ports'],
    );
    assert.match(r.summary, /invalid: spec\.ports: must be object/);
  });

  it('names a missing variable with file and line', async () => {
    const r = await render({ ...WORKSHOP, vars: 'PREFIX=abz\nVM_IP=10.0.93.162' });
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^::error file=01-backend-vm\.yaml,line=8::variable \$\{VM_USER\} is not set/m);
    assert.match(
      r.errors.join('\n'),
      /Render manifests \(abz-demo-secure\/backend-vm\): 01-backend-vm\.yaml:8: variable \$\{VM_USER\} is not set/,
    );
  });

  it('flags duplicates across files and foreign namespaces as errors, unselected workloads and unmatched Sidecars as warnings', async () => {
    writeFileSync(join(workspace, 'copy.yaml'), readFileSync(join(workspace, '01-backend-vm.yaml'), 'utf8'));
    writeFileSync(
      join(workspace, 'strays.yaml'),
      [
        'apiVersion: networking.istio.io/v1',
        'kind: WorkloadEntry',
        'metadata: {name: lonely, namespace: abz-demo-secure}',
        'spec: {address: 10.0.0.9, labels: {app: nobody}}',
        '---',
        'apiVersion: networking.istio.io/v1',
        'kind: Sidecar',
        'metadata: {name: orphan, namespace: abz-demo-secure}',
        'spec: {workloadSelector: {labels: {app: ghost}}}',
        '---',
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: {name: elsewhere, namespace: other-ns}',
        'data: {a: b}',
        '',
      ].join('\n'),
    );
    const r = await render({ ...WORKSHOP, manifests: '01-backend-vm.yaml\ncopy.yaml\nstrays.yaml' });
    assert.equal(r.code, 1);
    const rules = report(r)
      .crossChecks.map((c) => `${c.severity}:${c.rule}`)
      .sort();
    assert.deepEqual(
      [...new Set(rules)],
      ['error:duplicate', 'error:namespace-mismatch', 'warning:unmatched-sidecar', 'warning:unselected-workload-entry'],
    );
    assert.match(r.stdout, /^::error file=copy\.yaml,line=\d+::.*/m);
    assert.match(r.stdout, /^::warning file=strays\.yaml,line=1::.*lonely/m);
    assert.match(r.stdout, /^::error file=strays\.yaml,line=11::.*other-ns/m);
    assert.match(r.summary, /### Cross-object checks/);
  });

  it('with a kubeconfig: server-side dry-run of every object and a diff against the live ones, writing nothing', async () => {
    // The namespace does not exist yet: objects are not server-checked, and say so.
    const first = await render({ ...WORKSHOP, kubeconfig: api.kubeconfig });
    assert.equal(first.code, 0, first.stdout);
    assert.match(
      report(first).objects.find((o) => o.kind === 'WorkloadEntry')?.server ?? '',
      /namespace abz-demo-secure does not exist yet/,
    );

    await api.putObject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'abz-demo-secure' } });
    // A WorkloadEntry this action applied earlier (same field manager), at another address.
    const kc = new KubeConfig();
    kc.loadFromString(api.kubeconfig);
    await KubernetesObjectApi.makeApiClient(kc).patch(
      {
        apiVersion: 'networking.istio.io/v1',
        kind: 'WorkloadEntry',
        metadata: { name: 'backend-vm', namespace: 'abz-demo-secure' },
        spec: { address: '10.0.0.1', labels: { app: 'backend-vm', class: 'vm' }, serviceAccount: 'vm-sa', ports: { http: 8888 } },
      } as KubernetesObject,
      undefined,
      undefined,
      'istio-vm-onboard',
      false,
      PatchStrategy.ServerSideApply,
    );
    const writesBefore = api.writes().length;
    const r = await render({ ...WORKSHOP, kubeconfig: api.kubeconfig });
    assert.equal(r.code, 0, r.stdout);
    const rep = report(r);
    const we = rep.objects.find((o) => o.kind === 'WorkloadEntry');
    assert.equal(we?.server, 'accepted');
    assert.match(we?.liveDiff ?? '', /spec\.address 10\.0\.0\.1 -> 10\.0\.93\.162/);
    assert.equal(rep.objects.find((o) => o.kind === 'Sidecar')?.liveDiff, 'new object');
    assert.equal(api.writes().length, writesBefore, 'nothing was written');
    assert.ok(api.requests.filter((q) => q.dryRun).length >= 4, 'every object went through dryRun=All');
    assert.match(r.summary, /\| Server dry-run \| Live diff \|/);

    // The server's own objection is reported too (here an injected 422 Invalid, as a webhook or CRD schema would answer).
    writeFileSync(
      join(workspace, 'svc-name.yaml'),
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ok-name\n  namespace: abz-demo-secure\ndata:\n  key: value\n',
    );
    api.injectFault({
      method: 'PATCH',
      path: /configmaps\/ok-name$/,
      status: 422,
      message: 'ConfigMap "ok-name" is invalid: data.key: Invalid value',
    });
    const rejected = await render({ ...WORKSHOP, manifests: '01-backend-vm.yaml\nsvc-name.yaml', kubeconfig: api.kubeconfig });
    api.clearFaults();
    assert.equal(rejected.code, 1);
    assert.match(
      rejected.errors.join('\n'),
      /the API server rejected 1 object\(s\): apply ConfigMap\/abz-demo-secure\/ok-name \(server-side dry-run\): HTTP 422/,
    );

    // Fields another field manager owns: the dry-run reports the conflict server-side apply would hit.
    await api.putObject({
      apiVersion: 'v1',
      kind: 'Service',
      metadata: { name: 'backend-vm', namespace: 'abz-demo-secure' },
      spec: { selector: { app: 'something-else' }, ports: [{ name: 'http', port: 80, targetPort: 8888 }] },
    });
    const conflict = await render({ ...WORKSHOP, kubeconfig: api.kubeconfig });
    assert.equal(conflict.code, 1);
    assert.match(
      conflict.errors.join('\n'),
      /apply Service\/abz-demo-secure\/backend-vm \(server-side dry-run\): HTTP 409 Conflict: Apply failed with 1 conflict: conflict with "test-world": \.spec\.selector/,
    );
  });
});
