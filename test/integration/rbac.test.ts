// Issue #11 "Least privilege": deploy/rbac.yaml, applied as shipped to a real kube-apiserver
// with RBAC (only the bindings' subject and workload namespace changed, as its header says),
// is enough for a ServiceAccount's token to onboard and offboard through `node dist/index.js`;
// the same role with one verb taken away fails at the step that needs it, with a hint naming
// that verb and resource, and leaves nothing behind.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parseAllDocuments } from 'yaml';
import type { KubeObject } from '../../src/plan/kube-object.js';
import { PROJECT_ROOT, removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { vmInputs } from '../support/inputs.js';
import { kubeOk } from '../support/control-plane/kube-http.js';
import { kubeconfigYaml } from '../support/control-plane/kube.js';
import { sleep } from '../support/procs.js';
import { runLeftovers } from '../support/run-leftovers.js';
import { startTestWorld, type TestWorld } from '../support/world.js';
import type { TestVm } from '../support/vm-world.js';
import type { RunResult } from '../../src/report/result.js';

let world: TestWorld;
const runs: ActionRun[] = [];
before(async () => {
  world = await startTestWorld({ vms: 1 });
  await world.kube.putObject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ci' } });
});
after(async () => {
  runs.forEach(removeRun);
  await world?.stop();
  assert.deepEqual(await world.leftovers(), [], 'the test world left nothing behind');
});

interface Rule {
  apiGroups: string[];
  resources: string[];
  resourceNames?: string[];
  verbs: string[];
}
type RbacObject = KubeObject & {
  rules?: Rule[];
  roleRef?: { kind: string; name: string };
  subjects?: Array<{ kind: string; name: string; namespace?: string }>;
};

const SHIPPED = readFileSync(join(PROJECT_ROOT, 'deploy/rbac.yaml'), 'utf8');

/** One permission taken away: `verb` on `resource` in the role named `role`. */
interface Without {
  role: string;
  resource: string;
  verb: string;
}

function narrowed(rules: Rule[], w: Without): Rule[] {
  return rules.flatMap((r) => {
    if (!r.resources.includes(w.resource) || !r.verbs.includes(w.verb)) return [r];
    const others = r.resources.filter((x) => x !== w.resource);
    const verbs = r.verbs.filter((v) => v !== w.verb);
    return [...(others.length ? [{ ...r, resources: others }] : []), ...(verbs.length ? [{ ...r, resources: [w.resource], verbs }] : [])];
  });
}

/**
 * deploy/rbac.yaml for ServiceAccount ci/<sa> and workload namespace ns, under names of its own
 * (so a narrowed copy and the shipped one live side by side); returns a kubeconfig with the
 * ServiceAccount's token, once RBAC answers for the new bindings.
 */
async function grant(sa: string, ns: string, without?: Without): Promise<string> {
  await world.kube.putObject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  await world.kube.putObject({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: sa, namespace: 'ci' } });
  const docs = parseAllDocuments(SHIPPED).map((d) => d.toJS() as RbacObject);
  assert.deepEqual(
    docs.map((d) => d.kind),
    ['ClusterRole', 'Role', 'RoleBinding', 'RoleBinding'],
    'deploy/rbac.yaml holds the two roles and their bindings',
  );
  for (const doc of docs) {
    const o = structuredClone(doc);
    const shippedName = o.metadata.name;
    o.metadata.name = `${shippedName}-${sa}`;
    if (o.rules && without && without.role === shippedName) {
      o.rules = narrowed(o.rules, without);
      assert.notDeepEqual(o.rules, doc.rules, `${without.role} grants ${without.verb} on ${without.resource}`);
    }
    if (o.roleRef) o.roleRef = { ...o.roleRef, name: `${o.roleRef.name}-${sa}` };
    if (o.subjects) o.subjects = [{ kind: 'ServiceAccount', name: sa, namespace: 'ci' }];
    if (o.kind === 'RoleBinding' && o.metadata.namespace === 'demo') o.metadata.namespace = ns;
    await world.kube.putObject(o);
  }
  const user = `system:serviceaccount:ci:${sa}`;
  // RBAC reads bindings from an informer: wait until it answers for this one (a permission the narrowing left).
  const probe =
    without?.resource === 'workloadentries'
      ? { group: '', resource: 'services' }
      : { group: 'networking.istio.io', resource: 'workloadentries' };
  for (let i = 0; ; i++) {
    const review = (await kubeOk(world.kube.http, 'POST', '/apis/authorization.k8s.io/v1/subjectaccessreviews', {
      apiVersion: 'authorization.k8s.io/v1',
      kind: 'SubjectAccessReview',
      spec: {
        user,
        groups: ['system:serviceaccounts', 'system:serviceaccounts:ci', 'system:authenticated'],
        resourceAttributes: { namespace: ns, verb: 'get', ...probe },
      },
    })) as { status: { allowed: boolean } };
    if (review.status.allowed) break;
    if (i > 100) throw new Error(`RBAC never allowed ${user} to get ${probe.resource} in ${ns}`);
    await sleep(50);
  }
  const token = (await kubeOk(world.kube.http, 'POST', `/api/v1/namespaces/ci/serviceaccounts/${sa}/token`, {
    apiVersion: 'authentication.k8s.io/v1',
    kind: 'TokenRequest',
    spec: { expirationSeconds: 3600 },
  })) as { status: { token: string } };
  return kubeconfigYaml(world.kube.url, world.kube.caPem, [{ name: sa, token: token.status.token }]);
}

function inputsFor(vm: TestVm, ns: string, kubeconfig: string, extra: Record<string, string> = {}): Record<string, string> {
  return vmInputs(vm, kubeconfig, { namespace: ns, ...extra });
}

async function run(inputs: Record<string, string>): Promise<ActionRun> {
  const r = await runAction(inputs, { timeoutMs: 120_000 });
  runs.push(r);
  return r;
}

const report = (r: ActionRun): RunResult => JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;

/** Requests answered 403 since index `from` of the front's record. */
const forbiddenSince = (from: number) =>
  world.kube.requests
    .slice(from)
    .filter((q) => q.status === 403)
    .map((q) => `${q.method} ${q.path}`);

describe('least privilege: deploy/rbac.yaml', () => {
  it('a token bound to exactly the shipped roles (nothing cluster-wide) onboards, create-namespace: true included, and offboards', async () => {
    const vm = world.freeVms[0] as TestVm;
    const kubeconfig = await grant('onboarder', 'rbac-full');
    const from = world.kube.requests.length;
    const on = await run(inputsFor(vm, 'rbac-full', kubeconfig));
    assert.equal(on.code, 0, on.stdout);
    assert.equal(on.outputs['proxy-status'], 'ready');
    assert.ok(
      await world.kube.getObject('networking.istio.io/v1', 'WorkloadEntry', 'rbac-full', 'backend-vm'),
      'the WorkloadEntry was applied with the shipped role',
    );
    // create-namespace: true applied the Namespace with no permission at the cluster scope.
    assert.ok(
      ['updated', 'unchanged'].includes(report(on).objects.find((o) => o.kind === 'Namespace')?.action ?? ''),
      JSON.stringify(report(on).objects),
    );
    assert.ok(
      !parseAllDocuments(SHIPPED).some((d) => /^Cluster(Role)?Binding$/.test((d.toJS() as RbacObject).kind)),
      'the shipped roles are bound per namespace only',
    );
    const off = await run(inputsFor(vm, 'rbac-full', kubeconfig, { mode: 'offboard' }));
    assert.equal(off.code, 0, off.stdout);
    assert.deepEqual(forbiddenSince(from), [], 'no request of either run was refused');
    assert.deepEqual(await runLeftovers(world.kube, vm, 'rbac-full'), []);
  });

  it("registration: workload-group under the same roles: the WorkloadGroup applied, istiod's entry found (list) and healthy, both removed on offboard, no 403", async () => {
    const vm = world.freeVms[0] as TestVm;
    await world.startApp(vm, 'backend-vm', 8080); // the group's probe (health checks) connects to it
    const kubeconfig = await grant('grouper', 'rbac-group');
    const from = world.kube.requests.length;
    const on = await run(inputsFor(vm, 'rbac-group', kubeconfig, { registration: 'workload-group', 'ready-timeout': '60s' }));
    assert.equal(on.code, 0, on.stdout);
    assert.ok(
      await world.kube.getObject('networking.istio.io/v1', 'WorkloadGroup', 'rbac-group', 'backend-vm'),
      'the WorkloadGroup was applied with the shipped role',
    );
    const entry = report(on).autoRegistered;
    assert.equal(entry?.healthy, 'True', JSON.stringify(entry));
    assert.equal(on.outputs['workload-entry'], `rbac-group/${entry?.name}`);
    assert.ok(
      world.kube.requests
        .slice(from)
        .some((q) => q.method === 'GET' && q.status === 200 && /\/namespaces\/rbac-group\/workloadentries(\?|$)/.test(q.path)),
      "istiod's entries were listed",
    );
    const off = await run(inputsFor(vm, 'rbac-group', kubeconfig, { registration: 'workload-group', mode: 'offboard' }));
    assert.equal(off.code, 0, off.stdout);
    assert.deepEqual(forbiddenSince(from), [], 'no request of either run was refused');
    assert.equal(
      await world.kube.getObject('networking.istio.io/v1', 'WorkloadGroup', 'rbac-group', 'backend-vm'),
      undefined,
      'the group is gone',
    );
    assert.deepEqual(await world.kube.listObjects('networking.istio.io/v1', 'WorkloadEntry', 'rbac-group'), [], "istiod's entry is gone");
    assert.deepEqual(await runLeftovers(world.kube, vm, 'rbac-group'), []);
  });

  it('without create on serviceaccounts/token, onboarding fails at the token with a hint naming verb and resource, and rolls back', async () => {
    const vm = world.freeVms[0] as TestVm;
    const kubeconfig = await grant('no-token', 'rbac-no-token', {
      role: 'istio-vm-onboard-workload',
      resource: 'serviceaccounts/token',
      verb: 'create',
    });
    const r = await run(inputsFor(vm, 'rbac-no-token', kubeconfig));
    assert.equal(r.code, 1, r.stdout);
    const result = report(r);
    assert.equal(result.error?.step, 'Mint the bootstrap token');
    assert.match(
      result.error?.message ?? '',
      /request a token for ServiceAccount rbac-no-token\/backend-vm: HTTP 403 Forbidden: serviceaccounts "backend-vm" is forbidden: User "system:serviceaccount:ci:no-token" cannot create resource "serviceaccounts\/token"/,
    );
    assert.equal(
      result.error?.hint,
      'grant verb "create" on resource "serviceaccounts/token" (the core API group) in namespace rbac-no-token to system:serviceaccount:ci:no-token: deploy/rbac.yaml holds every permission the action needs',
    );
    assert.match(r.errors.join('\n'), /Mint the bootstrap token .*HTTP 403/);
    assert.match(r.stdout, /grant verb "create" on resource "serviceaccounts\/token"/, 'the hint is in the log');
    assert.equal(result.steps.find((s) => s.name === 'Roll back')?.status, 'ok');
    assert.deepEqual(
      await runLeftovers(world.kube, vm, 'rbac-no-token'),
      [],
      'the rollback removed what the run created, and the lease is released',
    );
  });

  it('without delete on workloadentries, offboarding fails naming delete, workloadentries and networking.istio.io, before touching the VM', async () => {
    const vm = world.freeVms[0] as TestVm;
    const full = await grant('full-2', 'rbac-no-delete');
    const on = await run(inputsFor(vm, 'rbac-no-delete', full));
    assert.equal(on.code, 0, on.stdout);
    const narrow = await grant('no-delete', 'rbac-no-delete', {
      role: 'istio-vm-onboard-workload',
      resource: 'workloadentries',
      verb: 'delete',
    });
    const off = await run(inputsFor(vm, 'rbac-no-delete', narrow, { mode: 'offboard' }));
    assert.equal(off.code, 1, off.stdout);
    const result = report(off);
    assert.equal(result.error?.step, 'Remove the WorkloadEntry');
    assert.equal(
      result.error?.hint,
      'grant verb "delete" on resource "workloadentries" (API group networking.istio.io) in namespace rbac-no-delete to system:serviceaccount:ci:no-delete: deploy/rbac.yaml holds every permission the action needs',
    );
    assert.ok(!result.steps.some((s) => s.name === 'Connect to the VM'), 'the VM was not touched');
    assert.equal(
      (await vm.exec(['docker', 'inspect', '-f', '{{.State.Running}}', 'istio-proxy'])).stdout.trim(),
      'true',
      'the proxy still runs',
    );
    // The shipped role finishes the job.
    const done = await run(inputsFor(vm, 'rbac-no-delete', full, { mode: 'offboard' }));
    assert.equal(done.code, 0, done.stdout);
    assert.deepEqual(await runLeftovers(world.kube, vm, 'rbac-no-delete'), []);
  });

  it("registration: workload-group without list on workloadentries fails at the wait for istiod's entry, naming list, and rolls back the group", async () => {
    const vm = world.freeVms[0] as TestVm;
    await world.startApp(vm, 'backend-vm', 8080).catch(() => undefined); // already listening after the test above
    const kubeconfig = await grant('no-list', 'rbac-no-list', {
      role: 'istio-vm-onboard-workload',
      resource: 'workloadentries',
      verb: 'list',
    });
    const r = await run(inputsFor(vm, 'rbac-no-list', kubeconfig, { registration: 'workload-group', 'ready-timeout': '60s' }));
    assert.equal(r.code, 1, r.stdout);
    const result = report(r);
    assert.equal(result.error?.step, "Wait for istiod's WorkloadEntry");
    assert.equal(
      result.error?.hint,
      'grant verb "list" on resource "workloadentries" (API group networking.istio.io) in namespace rbac-no-list to system:serviceaccount:ci:no-list: deploy/rbac.yaml holds every permission the action needs',
    );
    assert.equal(result.steps.find((s) => s.name === 'Roll back')?.status, 'ok');
    assert.equal(
      await world.kube.getObject('networking.istio.io/v1', 'WorkloadGroup', 'rbac-no-list', 'backend-vm'),
      undefined,
      'the rollback removed the group',
    );
    assert.deepEqual(await runLeftovers(world.kube, vm, 'rbac-no-list'), []);
  });

  it('without the Istio namespace Role, the run fails at the mesh facts naming get on configmaps in istio-system, before any write', async () => {
    const vm = world.freeVms[0] as TestVm;
    const kubeconfig = await grant('no-mesh', 'rbac-no-mesh', { role: 'istio-vm-onboard-mesh', resource: 'configmaps', verb: 'get' });
    const from = world.kube.requests.length;
    const r = await run(inputsFor(vm, 'rbac-no-mesh', kubeconfig));
    assert.equal(r.code, 1, r.stdout);
    const result = report(r);
    assert.equal(result.error?.step, 'Read mesh facts');
    assert.match(
      result.error?.hint ?? '',
      /^grant verb "get" on resource "configmaps" \(the core API group\) in namespace istio-system to system:serviceaccount:ci:no-mesh/,
    );
    assert.deepEqual(
      world.kube.requests.slice(from).filter((q) => q.method !== 'GET'),
      [],
      'no write',
    );
  });
});
