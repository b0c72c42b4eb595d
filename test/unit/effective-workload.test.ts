// Issue #10 point 1: the WorkloadEntry that will be applied decides the workload; inputs the
// manifests answer are optional, and an input that contradicts them is refused with the
// input, the file:line and both values.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadContract } from '../../src/config/contract.js';
import { InputError, type InputProblem } from '../../src/config/errors.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { buildBundle } from '../../src/plan/bundle.js';
import { effectiveWorkload } from '../../src/plan/effective-workload.js';
import { renderWorkload } from '../../src/plan/render.js';
import type { MeshFacts } from '../../src/cluster/mesh-facts.js';

const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
const settings = (inputs: Record<string, string>) => getSettings((n) => inputs[n] ?? defaults[n] ?? '', {});
const FIXTURE = 'test/fixtures/workshop/01-backend-vm.yaml';
const WORKSHOP = { mode: 'render', manifests: FIXTURE, vars: 'PREFIX=abz\nVM_IP=10.0.93.99\nVM_USER=ubuntu' };
const render = (inputs: Record<string, string>, cwd = process.cwd()) => renderWorkload(settings(inputs), '', cwd);

function problemsOf(fn: () => unknown): InputProblem[] {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof InputError, String(err));
    return err.problems;
  }
  assert.fail('expected an InputError');
}

const dir = mkdtempSync(join(tmpdir(), 'ivo-effective-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const facts: MeshFacts = {
  istioNamespace: 'istio-system',
  trustDomain: 'cluster.local',
  defaultConfig: {},
  proxyMetadata: {},
  image: 'registry.test/istio/proxyv2:1.30',
  clusterName: 'c1',
  network: 'install-net',
  meshId: 'mesh1',
  rootCertPem: 'ROOT\n',
  gateway: { address: '10.0.0.1', isHostname: false, source: 'test' },
};

describe("the user's WorkloadEntry decides", () => {
  it('renders the workshop file with only manifests and vars: name, namespace, ServiceAccount, address, labels and ports from its WorkloadEntry', () => {
    const { objects, workload: w } = render(WORKSHOP);
    assert.equal(w.name, 'backend-vm');
    assert.equal(w.namespace, 'abz-demo-secure');
    assert.equal(w.serviceAccount, 'vm-sa');
    assert.equal(w.address, '10.0.93.99');
    assert.deepEqual(w.labels, { app: 'backend-vm', class: 'vm' });
    assert.deepEqual(w.ports, [{ name: 'http', number: 8888, protocol: 'HTTP' }]);
    assert.deepEqual(w.entry, { origin: 'manifest', file: FIXTURE, line: 2 });
    // The ServiceAccount the entry names is rendered, never one named after the workload; the
    // user's Service, Sidecar and WorkloadEntry are the only ones (no built-in twin).
    assert.deepEqual(
      objects.map((r) => `${r.object.kind}/${r.object.metadata.name}:${r.source.origin}`),
      [
        'Namespace/abz-demo-secure:inputs',
        'ServiceAccount/vm-sa:inputs',
        'Service/backend-vm:manifest',
        'Sidecar/backend-vm:manifest',
        'WorkloadEntry/backend-vm:manifest',
      ],
    );
  });

  it('gives the bundle the identity of the applied WorkloadEntry, not of the workload name', () => {
    const { workload: w } = render({ ...WORKSHOP, 'vm-host': '203.0.113.7' });
    const env = buildBundle(w, facts, 'tok').find((f) => f.name === 'sidecar.env')?.content ?? '';
    assert.match(env, /^SERVICE_ACCOUNT=vm-sa$/m);
    assert.match(env, /^INSTANCE_IP=10\.0\.93\.99$/m, 'the mesh address, not the SSH address vm-host');
    // With the canonical name and revision istiod derives from them, as istioctl adds them.
    assert.match(
      env,
      /^ISTIO_METAJSON_LABELS=\{"app":"backend-vm","class":"vm","service\.istio\.io\/canonical-name":"backend-vm","service\.istio\.io\/canonical-revision":"latest"\}$/m,
    );
    assert.match(env, /^POD_NAMESPACE=abz-demo-secure$/m);
    assert.match(buildBundle(w, facts, 'tok').find((f) => f.name === 'cluster.env')?.content ?? '', /^ISTIO_INBOUND_PORTS='8888'$/m);
  });

  it('accepts inputs that agree with the manifests', () => {
    const { workload: w } = render({
      ...WORKSHOP,
      'workload-name': 'backend-vm',
      namespace: 'abz-demo-secure',
      'service-account': 'vm-sa',
      'vm-address': '10.0.93.99',
      labels: 'class=vm,app=backend-vm',
      ports: 'http:8888',
    });
    assert.equal(w.serviceAccount, 'vm-sa');
  });

  it('takes vm-host only as a default: an SSH address that differs from the entry is no contradiction', () => {
    assert.equal(
      render({ ...WORKSHOP, mode: 'onboard', 'dry-run': 'true', 'vm-host': 'bastion-side.example.com' }).workload.address,
      '10.0.93.99',
    );
  });

  it('merges metadata.labels over spec.labels, as istiod reads a WorkloadEntry', () => {
    writeFileSync(
      join(dir, 'labels.yaml'),
      'apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n  name: db\n  namespace: data\n  labels: {version: v2}\nspec:\n  address: 10.1.1.1\n  labels: {app: db, version: v1}\n',
    );
    assert.deepEqual(render({ mode: 'render', manifests: 'labels.yaml' }, dir).workload.labels, { app: 'db', version: 'v2' });
  });
});

describe('an input that contradicts the manifests', () => {
  it('is refused with the input, file:line and both values', () => {
    const problems = problemsOf(() => render({ ...WORKSHOP, 'vm-address': '10.0.93.162' }));
    assert.equal(problems.length, 1);
    const [p] = problems;
    assert.equal(p?.input, 'vm-address');
    assert.equal(p?.file, FIXTURE);
    assert.equal(p?.line, 11);
    assert.equal(
      p?.message,
      `is 10.0.93.162 but ${FIXTURE}:11 (WorkloadEntry abz-demo-secure/backend-vm spec.address) says 10.0.93.99: the applied WorkloadEntry decides, so make them agree or leave vm-address empty`,
    );
    assert.match(
      new InputError(problems).message,
      /^Invalid input: input `vm-address` is 10\.0\.93\.162 but test\/fixtures\/workshop\/01-backend-vm\.yaml:11 /,
    );
  });

  it('names every contradiction at once: service account, labels, ports, namespace, network', () => {
    const problems = problemsOf(() =>
      render({
        ...WORKSHOP,
        'service-account': 'backend-vm',
        labels: 'app=backend-vm',
        ports: 'http:8080',
        namespace: 'demo',
        network: 'vm-net',
      }),
    );
    const byInput = Object.fromEntries(problems.map((p) => [p.input, `${p.file}:${p.line} ${p.message}`]));
    assert.deepEqual(Object.keys(byInput).sort(), ['labels', 'namespace', 'ports', 'service-account']);
    assert.match(
      byInput['service-account'] ?? '',
      /:15 is backend-vm but .*:15 \(WorkloadEntry abz-demo-secure\/backend-vm spec\.serviceAccount\) says vm-sa/,
    );
    assert.match(byInput.labels ?? '', /:12 is app=backend-vm but .*:12 .* says app=backend-vm,class=vm/);
    assert.match(byInput.ports ?? '', /:16 is http:8080 but .*:16 .* says http:8888/);
    assert.match(byInput.namespace ?? '', /:6 is demo but .*:6 .* metadata\.namespace\) says abz-demo-secure/);
    // The entry names no network: the input answers it, nothing contradicts it.
  });

  it("refuses a workload-name that names none of the manifests' WorkloadEntries, listing them", () => {
    const [p, ...rest] = problemsOf(() => render({ ...WORKSHOP, 'workload-name': 'frontend-vm' }));
    assert.equal(rest.length, 0);
    assert.equal(p?.input, 'workload-name');
    assert.equal(
      p?.message,
      `is frontend-vm but the manifests' WorkloadEntries are named backend-vm (${FIXTURE}:2): name one of them, or leave workload-name empty`,
    );
  });
});

describe('questions nothing answers', () => {
  it('without manifests, settings require workload-name, namespace and an address (exit 2, before the run)', () => {
    const problems = problemsOf(() => settings({ mode: 'render' }));
    assert.deepEqual(problems.map((p) => p.input).sort(), ['namespace', 'vm-address', 'workload-name']);
  });

  it('with manifests but no WorkloadEntry, the render step asks for them', () => {
    writeFileSync(join(dir, 'cm.yaml'), 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: b}\n');
    const problems = problemsOf(() => render({ mode: 'render', manifests: 'cm.yaml' }, dir));
    assert.deepEqual(
      problems.map((p) => `${p.input}: ${p.message}`),
      [
        'workload-name: is required: the manifests hold no WorkloadEntry to take the name from',
        'namespace: is required: the manifests hold no WorkloadEntry to take it from',
        'vm-address: is required (or vm-host): it is the WorkloadEntry address',
      ],
    );
    // Given as inputs, they answer: the entry is built from them.
    const { workload: w, objects } = render(
      { mode: 'render', manifests: 'cm.yaml', 'workload-name': 'web', namespace: 'demo', 'vm-address': '10.2.2.2' },
      dir,
    );
    assert.deepEqual([w.name, w.serviceAccount, w.address, w.entry], ['web', 'web', '10.2.2.2', undefined]);
    assert.ok(objects.some((r) => r.object.kind === 'WorkloadEntry' && r.source.origin === 'inputs'));
  });

  it('asks which WorkloadEntry when the manifests hold several, and takes the one workload-name names', () => {
    const entry = (name: string, address: string) =>
      `apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata: {name: ${name}, namespace: demo}\nspec: {address: ${address}, serviceAccount: ${name}-sa}\n`;
    writeFileSync(join(dir, 'two.yaml'), `${entry('vm-a', '10.3.0.1')}---\n${entry('vm-b', '10.3.0.2')}`);
    const [p] = problemsOf(() => render({ mode: 'render', manifests: 'two.yaml' }, dir));
    assert.equal(p?.input, 'workload-name');
    assert.equal(p?.message, "is required to choose one of the manifests' WorkloadEntries: vm-a (two.yaml:1), vm-b (two.yaml:6)");
    const { workload: w } = render({ mode: 'render', manifests: 'two.yaml', 'workload-name': 'vm-b' }, dir);
    assert.deepEqual([w.name, w.serviceAccount, w.address], ['vm-b', 'vm-b-sa', '10.3.0.2']);
  });

  it('asks for the namespace when the entry has none, naming where the entry is', () => {
    writeFileSync(
      join(dir, 'nons.yaml'),
      'apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n  name: vm\nspec:\n  address: 10.4.0.1\n',
    );
    const [p] = problemsOf(() => render({ mode: 'render', manifests: 'nons.yaml' }, dir));
    assert.equal(p?.input, 'namespace');
    assert.equal(p?.message, 'is required: WorkloadEntry vm at nons.yaml:1 has no metadata.namespace');
    assert.equal(render({ mode: 'render', manifests: 'nons.yaml', namespace: 'demo' }, dir).workload.namespace, 'demo');
  });
});

describe('built-in objects the effective workload does not use are not rendered', () => {
  it('renders ServiceAccount vm-sa, never backend-vm, when the entry names vm-sa and no manifest defines it', () => {
    const { objects } = render({ ...WORKSHOP, 'workload-name': 'backend-vm' });
    const accounts = objects.filter((r) => r.object.kind === 'ServiceAccount').map((r) => r.object.metadata.name);
    assert.deepEqual(accounts, ['vm-sa']);
  });

  it("keeps the manifest's own ServiceAccount when it defines the one the entry names", () => {
    writeFileSync(
      join(dir, 'with-sa.yaml'),
      'apiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: vm-sa\n  namespace: demo\n---\napiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata: {name: vm, namespace: demo}\nspec: {address: 10.5.0.1, serviceAccount: vm-sa, labels: {app: vm}, ports: {http: 8080}}\n',
    );
    const { objects } = render({ mode: 'render', manifests: 'with-sa.yaml' }, dir);
    assert.deepEqual(
      objects.filter((r) => r.object.kind === 'ServiceAccount').map((r) => `${r.object.metadata.name}:${r.source.origin}`),
      ['vm-sa:manifest'],
    );
    // No Service in the manifests selects it: the built-in one does, from the entry's ports and labels.
    const svc = objects.find((r) => r.object.kind === 'Service');
    assert.equal(svc?.source.origin, 'inputs');
    assert.deepEqual((svc?.object.spec as { selector: unknown }).selector, { app: 'vm' });
    assert.equal(objects.filter((r) => r.object.kind === 'Sidecar').length, 1);
  });

  it('renders no built-in Sidecar or Service next to manifest ones that select the workload', () => {
    writeFileSync(
      join(dir, 'own-svc.yaml'),
      [
        'apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata: {name: vm, namespace: demo}\nspec: {address: 10.5.0.1, labels: {app: vm, tier: back}, ports: {http: 8080}}',
        'apiVersion: v1\nkind: Service\nmetadata: {name: api, namespace: demo}\nspec: {selector: {tier: back}, ports: [{name: http, port: 80, targetPort: 8080}]}',
        'apiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata: {name: default, namespace: demo}\nspec: {egress: [{hosts: ["./*"]}]}',
      ].join('\n---\n'),
    );
    const { objects } = render({ mode: 'render', manifests: 'own-svc.yaml' }, dir);
    assert.deepEqual(
      objects.filter((r) => r.source.origin === 'inputs').map((r) => `${r.object.kind}/${r.object.metadata.name}`),
      ['Namespace/demo', 'ServiceAccount/vm'],
    );
  });

  it('checks the effective workload directly from manifest objects too', () => {
    // effectiveWorkload is pure over the parsed objects: the same answer without files.
    const s = settings({ mode: 'render', manifests: 'x.yaml' });
    const w = effectiveWorkload(s, [
      {
        object: {
          apiVersion: 'networking.istio.io/v1',
          kind: 'WorkloadEntry',
          metadata: { name: 'vm', namespace: 'ns' },
          spec: { address: '10.9.9.9' },
        },
        source: { origin: 'manifest', file: 'x.yaml', line: 1 },
      },
    ]);
    assert.deepEqual(
      [w.name, w.namespace, w.serviceAccount, w.address, w.labels],
      ['vm', 'ns', 'vm', '10.9.9.9', {}],
      'an entry without labels has none',
    );
    // Without an entry, the labels default to app=<name>.
    assert.deepEqual(
      effectiveWorkload(settings({ mode: 'render', 'workload-name': 'web', namespace: 'demo', 'vm-address': '10.0.0.1' }), []).labels,
      { app: 'web' },
    );
  });
});

describe("registration: workload-group with the user's own WorkloadGroup (as istioctl x workload group create writes it)", () => {
  const GROUP = `apiVersion: networking.istio.io/v1
kind: WorkloadGroup
metadata:
  name: billing
  namespace: payments
spec:
  metadata:
    labels:
      app: billing
      version: v2
    annotations:
      proxy.istio.io/health-checks-enabled: "true"
  template:
    serviceAccount: billing-sa
    ports:
      http: 9080
    network: vm-net
  probe:
    periodSeconds: 5
    httpGet:
      path: /ready
      port: 9080
`;
  const file = join(dir, 'group.yaml');
  writeFileSync(file, GROUP);
  const inputs = { mode: 'render', registration: 'workload-group', manifests: 'group.yaml', 'vm-address': '10.0.93.7' };

  it('decides name, namespace, ServiceAccount, labels, ports and network; no built-in group is rendered; its probe is what pilot-agent runs', () => {
    const { objects, workload: w } = render(inputs, dir);
    assert.deepEqual(
      [w.name, w.namespace, w.serviceAccount, w.address, w.network],
      ['billing', 'payments', 'billing-sa', '10.0.93.7', 'vm-net'],
    );
    assert.deepEqual(w.labels, { app: 'billing', version: 'v2' });
    assert.deepEqual(w.ports, [{ name: 'http', number: 9080, protocol: 'HTTP' }]);
    assert.deepEqual(w.group, {
      source: { origin: 'manifest', file: 'group.yaml', line: 1 },
      probe: { periodSeconds: 5, httpGet: { path: '/ready', port: 9080 } },
      healthChecks: true,
    });
    assert.equal(w.entry, undefined);
    assert.deepEqual(
      objects.filter((r) => r.object.kind === 'WorkloadGroup').map((r) => `${r.object.metadata.name}:${r.source.origin}`),
      ['billing:manifest'],
      "only the user's group",
    );
    assert.ok(!objects.some((r) => r.object.kind === 'WorkloadEntry'));
    assert.deepEqual(objects.find((r) => r.object.kind === 'Service')?.object.spec, {
      selector: { app: 'billing', version: 'v2' },
      ports: [{ name: 'http', port: 9080, targetPort: 9080, protocol: 'TCP' }],
    });
    const env = buildBundle(w, facts, 'tok', w.name).find((f) => f.name === 'sidecar.env')?.content ?? '';
    assert.match(env, /^ISTIO_META_AUTO_REGISTER_GROUP=billing$/m);
    assert.match(env, /"readinessProbe":\{"periodSeconds":5,"httpGet":\{"path":"\/ready","port":9080\}\}/);
  });

  it("refuses an input the group contradicts, at the group's line", () => {
    const problems = problemsOf(() => render({ ...inputs, 'service-account': 'other' }, dir));
    assert.equal(problems[0]?.input, 'service-account');
    assert.match(
      problems[0]?.message ?? '',
      /^is other but .*group\.yaml:14 \(WorkloadGroup payments\/billing spec\.template\.serviceAccount\) says billing-sa: the applied WorkloadGroup decides/,
    );
  });

  it('a group without the health-checks annotation: no Healthy to wait for, and no probe of ours', () => {
    const plain = join(dir, 'plain-group.yaml');
    writeFileSync(
      plain,
      GROUP.replace('      proxy.istio.io/health-checks-enabled: "true"\n', '      team: billing\n').replace(/  probe:\n(    .*\n)+/, ''),
    );
    const { workload: w } = render({ ...inputs, manifests: 'plain-group.yaml' }, dir);
    assert.deepEqual(w.group, { source: { origin: 'manifest', file: 'plain-group.yaml', line: 1 }, healthChecks: false });
    const env = buildBundle(w, facts, 'tok', w.name).find((f) => f.name === 'sidecar.env')?.content ?? '';
    assert.doesNotMatch(env, /readinessProbe/);
  });

  it("merges the group's proxy.istio.io/config as istioctl does: its own annotation, then spec.metadata's; fields replace the mesh's, proxyMetadata is added; no WorkloadEntry named as owner", () => {
    const annotated = join(dir, 'annotated-group.yaml');
    writeFileSync(
      annotated,
      GROUP.replace(
        '  namespace: payments\n',
        '  namespace: payments\n  annotations:\n    proxy.istio.io/config: |\n      concurrency: 3\n      proxyMetadata:\n        FROM_GROUP: outer\n        SHARED: outer\n',
      ).replace(
        '      proxy.istio.io/health-checks-enabled: "true"\n',
        '      proxy.istio.io/health-checks-enabled: "true"\n      proxy.istio.io/config: \'{"concurrency": 2, "proxyMetadata": {"SHARED": "inner"}}\'\n',
      ),
    );
    const { workload: w } = render({ ...inputs, manifests: 'annotated-group.yaml' }, dir);
    assert.deepEqual(w.group?.proxyConfig, { fields: { concurrency: 2 }, proxyMetadata: { FROM_GROUP: 'outer', SHARED: 'inner' } });
    const meshFacts = {
      ...facts,
      defaultConfig: { concurrency: 1, holdApplicationUntilProxyStarts: true },
      proxyMetadata: { SHARED: 'mesh', MESH_ONLY: 'm' },
    };
    const files = buildBundle(w, meshFacts, 'tok', w.name);
    const env = files.find((f) => f.name === 'sidecar.env')?.env ?? {};
    assert.deepEqual([env.FROM_GROUP, env.SHARED, env.MESH_ONLY], ['outer', 'inner', 'm']);
    assert.equal(env.ISTIO_META_OWNER, undefined, 'istiod names the entry it creates');
    const pc = JSON.parse(env.PROXY_CONFIG ?? '{}') as Record<string, unknown>;
    assert.deepEqual([pc.concurrency, pc.holdApplicationUntilProxyStarts], [2, true]);
    assert.deepEqual(
      [files.find((f) => f.name === 'cluster.env')?.env?.SHARED, files.find((f) => f.name === 'cluster.env')?.env?.MESH_ONLY],
      ['inner', 'm'],
    );
  });

  it("refuses a proxy.istio.io/config whose proxyMetadata would not stay one variable in the proxy's environment, at its line", () => {
    const bad = join(dir, 'bad-group.yaml');
    writeFileSync(
      bad,
      GROUP.replace(
        '      proxy.istio.io/health-checks-enabled: "true"\n',
        '      proxy.istio.io/health-checks-enabled: "true"\n      proxy.istio.io/config: \'{"proxyMetadata": {"A": "x\\nB=$(id)", "not a name": "y", "N": 3}}\'\n',
      ),
    );
    const problems = problemsOf(() => render({ ...inputs, manifests: 'bad-group.yaml' }, dir));
    assert.deepEqual(
      problems.map((p) => [p.input, p.line]),
      [
        ['manifests', 13],
        ['manifests', 13],
        ['manifests', 13],
      ],
    );
    assert.match(
      problems.map((p) => p.message).join('\n'),
      /the value of A holds a line break[\s\S]*"not a name" is not a variable name[\s\S]*proxyMetadata\.N must be a string/,
    );
    // istio-start.sh pastes ISTIO_AGENT_FLAGS into a `bash -c` line and runs as EXEC_USER: never from the repository.
    writeFileSync(
      bad,
      GROUP.replace(
        '      proxy.istio.io/health-checks-enabled: "true"\n',
        '      proxy.istio.io/health-checks-enabled: "true"\n      proxy.istio.io/config: \'{"proxyMetadata": {"ISTIO_AGENT_FLAGS": "--x; id", "EXEC_USER": "root", "FINE": "y"}}\'\n',
      ),
    );
    assert.deepEqual(
      problemsOf(() => render({ ...inputs, manifests: 'bad-group.yaml' }, dir)).map(
        (p) => /proxyMetadata\.(\w+) is read by Istio's istio-start\.sh, which runs as root/.exec(p.message)?.[1],
      ),
      ['ISTIO_AGENT_FLAGS', 'EXEC_USER'],
    );
    writeFileSync(
      bad,
      GROUP.replace(
        '      proxy.istio.io/health-checks-enabled: "true"\n',
        '      proxy.istio.io/health-checks-enabled: "true"\n      proxy.istio.io/config: "- a list"\n',
      ),
    );
    assert.match(problemsOf(() => render({ ...inputs, manifests: 'bad-group.yaml' }, dir))[0]?.message ?? '', /must be a ProxyConfig/);
  });
});
