// Issue #21: the systemd runtime's VM files (cluster.env, mesh.yaml, hosts) against what the real
// istioctl, built from the pinned Istio module (scripts/control-plane/build.sh), writes for the
// same WorkloadGroup (test/fixtures/istioctl/workload-group.yaml: labels, ports, network, probe,
// its own proxy.istio.io/config) in the same cluster (the test world's mesh ConfigMap with a
// custom proxyMetadata key, istiod's root certificate, the east-west gateway's address):
// `istioctl x workload entry configure --autoregister --internalIP ADDR --capture-dns=false`.
// Compared key by key with the action's files as its dry-run prints them; the differences
// allowed are test/support/istioctl-files.ts's, each with its reason in docs/official-vm-path.md. istioctl's
// output is kept as test/golden/istioctl-vm-files.golden (the world's addresses named), which
// test/unit/golden.test.ts compares the action with, without a cluster.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { controlPlaneBinaries } from '../support/control-plane/binaries.js';
import { MESH_CUSTOM_VALUE } from '../support/control-plane/istio-install.js';
import { DELIBERATE_DIFFERENCES, differences, goldenText, vmFiles, type VmFiles } from '../support/istioctl-files.js';
import { startTestWorld, type TestWorld } from '../support/world.js';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/istioctl/workload-group.yaml');
const GOLDEN = resolve(import.meta.dirname, '../golden/istioctl-vm-files.golden');
/** The VM's address in the mesh (istioctl's --internalIP, the action's vm-host): nothing connects to it here. */
const VM_ADDRESS = '10.0.93.7';

let world: TestWorld;
let dir: string;
const runs: ActionRun[] = [];
before(async () => {
  world = await startTestWorld({ vms: 0, noImage: true });
  dir = mkdtempSync(join(tmpdir(), 'ivo-istioctl-'));
  await world.api.putObject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'demo' } });
  await world.api.putObject({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'backend-vm', namespace: 'demo' } });
  // istioctl reads the root certificate from the workload's namespace, where istiod publishes it.
  for (let i = 0; !(await world.api.getObject('v1', 'ConfigMap', 'demo', 'istio-ca-root-cert')); i++) {
    if (i > 300) throw new Error('istiod did not publish istio-ca-root-cert into demo within 30 s');
    await new Promise((r) => setTimeout(r, 100));
  }
});
after(async () => {
  runs.forEach(removeRun);
  if (dir) rmSync(dir, { recursive: true, force: true });
  await world?.stop();
  assert.deepEqual(await world.leftovers(), [], 'the test world left nothing behind');
});

function istioctlFiles(...extra: string[]): VmFiles {
  const out = mkdtempSync(join(dir, 'istioctl-out-'));
  const argv = [
    'x',
    'workload',
    'entry',
    'configure',
    '-f',
    FIXTURE,
    '-o',
    out,
    '--autoregister',
    '--internalIP',
    VM_ADDRESS,
    '--capture-dns=false',
    '--kubeconfig',
    world.api.directKubeconfigPath,
    '--istioNamespace',
    'istio-system',
    ...extra,
  ];
  execFileSync(controlPlaneBinaries().istioctl, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const read = (f: string) => readFileSync(join(out, f), 'utf8');
  return vmFiles(read('cluster.env'), read('mesh.yaml'), read('hosts'));
}

/** The files as the action's dry-run prints them (the bundle it would place, at Istio's paths). */
function planned(plan: string[], path: string): string {
  const at = plan.findIndex((l) => l.trim() === `${path} (mode 0640):`);
  assert.ok(at >= 0, `the plan shows ${path}: ${plan.join('\n')}`);
  const body: string[] = [];
  for (const l of plan.slice(at + 1)) {
    const m = /^\s+\| ?(.*)$/.exec(l);
    if (!m) break;
    body.push(m[1] as string);
  }
  return body.join('\n') + '\n';
}

async function actionFiles(extra: Record<string, string> = {}): Promise<VmFiles> {
  const workspace = mkdtempSync(join(dir, 'workspace-'));
  copyFileSync(FIXTURE, join(workspace, 'workload-group.yaml'));
  const r = await runAction(
    {
      mode: 'onboard',
      'dry-run': 'true',
      registration: 'workload-group',
      manifests: 'workload-group.yaml',
      'vm-host': VM_ADDRESS,
      'proxy-runtime': 'systemd',
      kubeconfig: world.api.kubeconfig,
      'ssh-user': 'ubuntu',
      'ssh-host-fingerprint': `SHA256:${'A'.repeat(43)}`,
      ...extra,
    },
    { cwd: workspace, timeoutMs: 120_000 },
  );
  runs.push(r);
  assert.equal(r.code, 0, r.stdout);
  const plan = (JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as { plan: string[] }).plan;
  const hosts = /holds istiod's names at the gateway \(([^)]*)\)/.exec(plan.join('\n'))?.[1] ?? '';
  return vmFiles(planned(plan, '/var/lib/istio/envoy/cluster.env'), planned(plan, '/etc/istio/config/mesh'), hosts);
}

describe("the systemd runtime's VM files against the real istioctl's", () => {
  it("agree key by key but for the deliberate differences; istioctl's are the golden file", async () => {
    const ours = await actionFiles();
    const theirs = istioctlFiles();
    const diff = differences(theirs, ours);
    console.log(`# differences from istioctl:\n${[...diff].map(([k, v]) => `#   ${k}: ${v}`).join('\n')}`);
    assert.deepEqual(
      [...diff.keys()].sort(),
      Object.keys(DELIBERATE_DIFFERENCES).sort(),
      'only the deliberate differences (test/support/istioctl-files.ts, docs/official-vm-path.md)',
    );

    // What #21 is about, in both: the mesh's proxyMetadata (a custom key too), the group's
    // annotation over it (its own key, a mesh key overridden, a ProxyConfig field), the node
    // metadata istiod reads (ports, canonical labels), and no owner for an entry istiod names.
    for (const [who, f] of [
      ['istioctl', theirs],
      ['action', ours],
    ] as const) {
      assert.equal(f.env.MESH_CUSTOM_KEY, MESH_CUSTOM_VALUE, `${who}: cluster.env has the mesh's custom key`);
      assert.equal((f.defaultConfig.proxyMetadata as Record<string, string>).MESH_CUSTOM_KEY, MESH_CUSTOM_VALUE, `${who}: mesh.yaml too`);
      assert.equal(f.env.GROUP_KEY, "from the group's annotation", who);
      assert.equal(f.env.ISTIO_META_DNS_AUTO_ALLOCATE, 'false', `${who}: the group's proxyMetadata wins over the mesh's`);
      assert.equal(f.defaultConfig.concurrency, 2, who);
      assert.equal(
        f.env.ISTIO_META_POD_PORTS,
        '[{"name":"grpc-api","containerPort":9090,"protocol":""},{"name":"http","containerPort":8080,"protocol":""}]',
        who,
      );
      assert.deepEqual(
        JSON.parse(f.env.ISTIO_METAJSON_LABELS ?? '{}'),
        { app: 'backend-vm', version: 'v1', 'service.istio.io/canonical-name': 'backend-vm', 'service.istio.io/canonical-revision': 'v1' },
        who,
      );
      assert.equal(f.env.ISTIO_META_OWNER, undefined, who);
    }

    const text = goldenText(theirs, { [world.vms.hubAddress]: '<gateway>', [VM_ADDRESS]: '<vm-address>' });
    if (process.env.REFRESH_GOLDEN === 'true' || !existsSync(GOLDEN)) {
      writeFileSync(GOLDEN, text);
      if (process.env.REFRESH_GOLDEN !== 'true') assert.fail(`${GOLDEN} did not exist: written now, check it and run again`);
    }
    assert.equal(text, readFileSync(GOLDEN, 'utf8'), `istioctl now writes otherwise than ${GOLDEN} (REFRESH_GOLDEN=true to accept)`);
  });

  it('with a revisioned istiod (istio-revision, istioctl --revision) they agree the same way; both name istiod-REV', async () => {
    // A revision's install as Istio's istiod chart writes it: its own mesh config (discovery
    // address istiod-REV) and injector values, beside the default ones.
    const ns = 'istio-system';
    const mesh = (await world.api.getObject('v1', 'ConfigMap', ns, 'istio')) as unknown as { data: Record<string, string> };
    const injector = (await world.api.getObject('v1', 'ConfigMap', ns, 'istio-sidecar-injector')) as unknown as {
      data: Record<string, string>;
    };
    assert.match(mesh.data.mesh ?? '', /discoveryAddress: istiod\.istio-system\.svc:15012/);
    await world.api.putObject({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'istio-canary', namespace: ns },
      data: { ...mesh.data, mesh: (mesh.data.mesh ?? '').replace('istiod.istio-system.svc:15012', 'istiod-canary.istio-system.svc:15012') },
    });
    await world.api.putObject({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'istio-sidecar-injector-canary', namespace: ns },
      data: injector.data,
    });
    const ours = await actionFiles({ 'istio-revision': 'canary' });
    const theirs = istioctlFiles('--revision', 'canary');
    const diff = differences(theirs, ours);
    // istioctl writes CA_ADDR for a revision too: there the two agree on it.
    const expected = Object.keys(DELIBERATE_DIFFERENCES)
      .filter((k) => k !== 'cluster.env CA_ADDR')
      .sort();
    assert.deepEqual([...diff.keys()].sort(), expected, [...diff].map(([k, v]) => `${k}: ${v}`).join('\n'));
    for (const [who, f] of [
      ['istioctl', theirs],
      ['action', ours],
    ] as const) {
      assert.equal(f.env.CA_ADDR, 'istiod-canary.istio-system.svc:15012', `${who}: cluster.env names the revision's istiod as the CA`);
      assert.equal(f.defaultConfig.discoveryAddress, 'istiod-canary.istio-system.svc:15012', who);
      assert.match(f.hosts.join('\n'), /\bistiod-canary\.istio-system\.svc\b/, who);
    }
  });

  it("istioctl analyze flags the VM's Sidecar with IST0101 (its analyzer knows only Pods); docs/pr-check.md's suppression, for that Sidecar alone, lets the check pass", async () => {
    // The workload's namespace exists before the first run (it holds the action's RoleBinding, docs/security.md "Least privilege").
    await world.api.putObject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'abz-demo-secure' } });
    const workspace = mkdtempSync(join(dir, 'pr-check-'));
    mkdirSync(join(workspace, 'vm'));
    copyFileSync(resolve(import.meta.dirname, '../fixtures/workshop/01-backend-vm.yaml'), join(workspace, 'vm/01-backend-vm.yaml'));
    const r = await runAction(
      { mode: 'render', manifests: 'vm/01-backend-vm.yaml', vars: 'PREFIX=abz\nVM_IP=10.0.93.162\nVM_USER=ubuntu' },
      { cwd: workspace, timeoutMs: 60_000 },
    );
    runs.push(r);
    assert.equal(r.code, 0, r.stdout);
    // As the step in docs/pr-check.md runs it: against the cluster (read-only kubeconfig), the rendered manifests as if applied.
    const analyze = (...extra: string[]) =>
      spawnSync(
        controlPlaneBinaries().istioctl,
        ['analyze', '--kubeconfig', world.api.directKubeconfigPath, '-n', 'abz-demo-secure', r.outputs.manifests as string, ...extra],
        { encoding: 'utf8' },
      );
    // Files only, its Sidecar analyzer has no Pods to look at and does not run: no finding either way.
    const offline = spawnSync(controlPlaneBinaries().istioctl, ['analyze', '--use-kube=false', r.outputs.manifests as string], {
      encoding: 'utf8',
    });
    assert.equal(offline.status, 0, offline.stdout + offline.stderr);
    assert.doesNotMatch(offline.stdout + offline.stderr, /IST0101/);
    const plain = analyze();
    console.log(`# istioctl analyze: exit ${plain.status}\n${(plain.stdout + plain.stderr).trim().replace(/^/gm, '#   ')}`);
    assert.notEqual(plain.status, 0, 'the error fails the check');
    assert.match(
      plain.stdout + plain.stderr,
      /Error \[IST0101\] \(Sidecar abz-demo-secure\/backend-vm\b[^\n]*Referenced selector not found/,
    );
    const doc = readFileSync(resolve(import.meta.dirname, '../../docs/pr-check.md'), 'utf8');
    const suppress = /"\$RENDERED" \\\n\s+-S "(IST0101=Sidecar [^"]+)"/.exec(doc)?.[1] ?? '';
    assert.equal(
      suppress,
      'IST0101=Sidecar abz-demo-secure/backend-vm',
      "the workflow step in docs/pr-check.md suppresses it for the workload's Sidecar",
    );
    // istioctl analyze --help spells the resource name.namespace: that matches nothing.
    assert.equal(analyze('-S', 'IST0101=Sidecar backend-vm.abz-demo-secure').status, 79);
    const suppressed = analyze('-S', suppress);
    assert.equal(suppressed.status, 0, suppressed.stdout + suppressed.stderr);
    assert.doesNotMatch(suppressed.stdout + suppressed.stderr, /IST0101/);
  });
});
