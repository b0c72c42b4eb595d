// The bundled action run as the runner runs it, for what needs no cluster and no VM:
// validation errors, render mode, outputs, summary, the post step, masking.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';

const runs: ActionRun[] = [];
after(() => runs.forEach(removeRun));
async function run(inputs: Record<string, string>, opts: Parameters<typeof runAction>[1] = {}): Promise<ActionRun> {
  const r = await runAction(inputs, opts);
  runs.push(r);
  return r;
}

describe('node dist/index.js', () => {
  it('fails with ::error:: naming each invalid input, before doing anything', async () => {
    const r = await run({ 'workload-name': 'Backend_VM', namespace: 'demo', 'vm-host': '10.231.250.2', ports: 'http:0', 'ssh-key': 'not a key' });
    assert.equal(r.code, 1);
    const text = r.errors.join('\n');
    assert.match(text, /input `workload-name` must be a DNS-1123 label/);
    assert.match(text, /input `ports` port 0 is outside 1-65535/);
    assert.match(text, /input `ssh-key` is not a private key/);
    assert.match(text, /input `kubeconfig` is required for mode onboard/);
    assert.equal(r.summary, '', 'no summary: nothing ran');
    assert.deepEqual(r.outputs, {});
    assert.ok(!existsSync(join(r.dir, 'runner-temp')), 'nothing was written');
  });

  it('masks the SSH key before reporting that it is malformed', async () => {
    const fakeKey = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ==\n-----END OPENSSH PRIVATE KEY-----';
    const r = await run({ 'workload-name': 'web', namespace: 'demo', 'vm-host': 'vm1', 'ssh-key': fakeKey });
    assert.equal(r.code, 1);
    assert.ok(r.masks.includes('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ=='));
    const firstMask = r.stdout.indexOf('::add-mask::');
    const firstError = r.stdout.indexOf('::error::');
    assert.ok(firstMask >= 0 && firstMask < firstError, 'masks are registered before the first error');
    assert.ok(!r.visibleLog.includes('b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ=='));
  });

  it('renders the workshop template with ${VAR} substitution and sets outputs and summary', async () => {
    const workspace = (await run({ mode: 'render', 'workload-name': 'x', namespace: 'x', 'vm-address': 'x' })).dir;
    writeFileSync(
      join(workspace, '01-backend-vm.yaml'),
      [
        'apiVersion: networking.istio.io/v1beta1',
        'kind: WorkloadEntry',
        'metadata:',
        '  name: backend-vm',
        '  namespace: ${PREFIX}-demo-secure',
        'spec:',
        '  address: ${VM_IP}',
        '  labels: {app: backend-vm}',
        '  serviceAccount: vm-sa',
        '',
      ].join('\n'),
    );
    const r = await run(
      { mode: 'render', 'workload-name': 'backend-vm', namespace: 'abz-demo-secure', 'vm-address': '10.0.93.162', ports: 'http:8888', manifests: '*.yaml', vars: 'PREFIX=abz\nVM_IP=10.0.93.162' },
      { cwd: workspace },
    );
    assert.equal(r.code, 0, r.stdout);
    const manifests = readFileSync(r.outputs.manifests as string, 'utf8');
    const objects = parseAllDocuments(manifests).map((d) => d.toJS() as { kind: string; apiVersion: string; metadata: { namespace?: string }; spec?: { address?: string } });
    assert.deepEqual(objects.map((o) => o.kind), ['Namespace', 'ServiceAccount', 'Service', 'Sidecar', 'WorkloadEntry']);
    const we = objects.find((o) => o.kind === 'WorkloadEntry')!;
    assert.equal(we.apiVersion, 'networking.istio.io/v1beta1', 'the user file replaced the built-in WorkloadEntry');
    assert.equal(we.metadata.namespace, 'abz-demo-secure');
    assert.equal(we.spec?.address, '10.0.93.162');
    assert.match(r.summary, /render: succeeded/);
    assert.match(r.summary, /01-backend-vm.yaml:1/);
    assert.equal(r.outputs['workload-entry'], 'abz-demo-secure/backend-vm');
    const report = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as { verdict: string };
    assert.equal(report.verdict, 'succeeded');
  });

  it('fails render on an unknown variable, naming file and line', async () => {
    const workspace = (await run({ mode: 'render', 'workload-name': 'x', namespace: 'x', 'vm-address': 'x' })).dir;
    writeFileSync(join(workspace, 'svc.yaml'), 'apiVersion: v1\nkind: Service\nmetadata:\n  name: ${NAME}\n  namespace: demo\n');
    const r = await run({ mode: 'render', 'workload-name': 'web', namespace: 'demo', 'vm-address': '10.0.0.1', manifests: 'svc.yaml' }, { cwd: workspace });
    assert.equal(r.code, 1);
    assert.match(r.errors.join('\n'), /svc\.yaml:4: variable \$\{NAME\} is not set/);
  });

  it('runs the post step from the same bundle with the saved state', async () => {
    const main = await run({ mode: 'render', 'workload-name': 'web', namespace: 'demo', 'vm-address': '10.0.0.1' });
    assert.equal(main.state.isPost, 'true');
    const post = await runAction({}, { postOf: main });
    assert.equal(post.code, 0, post.stdout);
    assert.match(post.stdout, /nothing to clean up/);
  });
});

describe('pull request comment from node dist/index.js', () => {
  it('creates one sticky comment, updates it on the next run, and never fails a fork PR', async () => {
    const { startGitHubApiStandin } = await import('../support/github-api-standin.js');
    const gh = await startGitHubApiStandin({ token: 'ghs_writer', readOnlyToken: 'ghs_reader', seedComments: [{ issue: 7, body: 'LGTM' }] });
    try {
      const first = await run({ mode: 'render', 'workload-name': 'web', namespace: 'demo', 'vm-address': '10.0.0.1', 'github-token': 'ghs_writer' });
      const eventPath = join(first.dir, 'event.json');
      writeFileSync(eventPath, JSON.stringify({ pull_request: { number: 7 }, repository: { name: 'repo', owner: { login: 'owner' } } }));
      const env = { GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_REPOSITORY: 'owner/repo', GITHUB_API_URL: gh.url };
      const inputs = { mode: 'render', 'workload-name': 'web', namespace: 'demo', 'vm-address': '10.0.0.1', 'github-token': 'ghs_writer' };
      const a = await run(inputs, { env });
      assert.equal(a.code, 0, a.stdout);
      assert.match(a.stdout, /pull request comment: created/);
      const b = await run({ ...inputs, 'vm-address': '10.0.0.2' }, { env });
      assert.match(b.stdout, /pull request comment: updated/);
      const ours = gh.comments(7).filter((c) => c.body.startsWith('<!-- istio-vm-onboard:demo/web -->'));
      assert.equal(ours.length, 1, 'one comment after two runs');
      assert.match(ours[0]!.body, /render: succeeded/);
      assert.equal(gh.comments(7).length, 2, "the user's comment is untouched");
      const fork = await run({ ...inputs, 'github-token': 'ghs_reader' }, { env });
      assert.equal(fork.code, 0, 'a read-only token does not fail the step');
      assert.match(fork.stdout, /^::warning::.*Resource not accessible by integration/m);
      assert.ok(!fork.visibleLog.includes('ghs_reader'), 'the token is masked');
    } finally {
      await gh.stop();
    }
  });
});
