// Issue #10 points 1 and 4 through `node dist/index.js` on the real world (kube-apiserver,
// istiod, pilot-agent + Envoy on each VM, and the mesh service "frontend" on its own VM):
//   1. the workshop's own file onboarded with only manifests, vars and the SSH inputs: the
//      VM's proxy gets the identity the WorkloadEntry names (vm-sa), so secure naming holds;
//   4. an application on the VM reaches a mesh service by name: the /etc/hosts block points
//      the name at the sidecar's egress listener; plain `curl` by name (no --resolve) goes
//      through both proxies; rerun and offboard leave /etc/hosts exactly as before +/- the
//      block; a name the VM resolves elsewhere fails the probe, saying where it went.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT, removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import type { TestVm } from '../support/vm-world.js';
import { startTestWorld, type TestWorld } from '../support/world.js';

let world: TestWorld;
let vm: TestVm;
let workspace: string;
const runs: ActionRun[] = [];

before(async () => {
  world = await startTestWorld({ vms: 1, frontend: true });
  vm = world.freeVms[0] as TestVm;
  workspace = mkdtempSync(join(tmpdir(), 'ivo-mesh-hosts-'));
  copyFileSync(join(PROJECT_ROOT, 'test/fixtures/workshop/01-backend-vm.yaml'), join(workspace, '01-backend-vm.yaml'));
});
after(async () => {
  runs.forEach(removeRun);
  if (workspace) rmSync(workspace, { recursive: true, force: true });
  if (!world) return; // the world did not start: its own error is the one reported
  await world.stop();
  assert.deepEqual(await world.leftovers(), [], 'the test world left nothing behind');
});

const ssh = (): Record<string, string> => ({
  kubeconfig: world.kube.kubeconfig,
  'vm-host': vm.address,
  'ssh-user': vm.user,
  'ssh-key': vm.privateKey,
  'ssh-known-hosts': vm.knownHostsLine,
});

async function act(inputs: Record<string, string>): Promise<ActionRun> {
  const r = await runAction({ 'ready-timeout': '90s', ...inputs }, { cwd: workspace, timeoutMs: 240_000 });
  runs.push(r);
  return r;
}

async function sh(v: TestVm, script: string): Promise<{ code: number; out: string }> {
  const r = await v.exec(['sh', '-c', script]);
  return { code: r.code, out: (r.stdout + r.stderr).trim() };
}

const hostsFile = async (): Promise<string> => (await vm.readFile('/etc/hosts')) ?? '';

describe('the workshop file decides (point 1)', () => {
  it('onboards with only manifests, vars and the SSH inputs: the proxy is ServiceAccount vm-sa, as the WorkloadEntry says', async () => {
    await world.startApp(vm, 'backend-vm', 8888);
    const inputs = { ...ssh(), manifests: '01-backend-vm.yaml', vars: `PREFIX=abz\nVM_IP=${vm.address}\nVM_USER=${vm.user}` };
    const r = await act(inputs);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['workload-entry'], 'abz-demo-secure/backend-vm');
    assert.equal(r.outputs['service-account'], 'abz-demo-secure/vm-sa');
    assert.ok(await world.kube.getObject('v1', 'ServiceAccount', 'abz-demo-secure', 'vm-sa'), 'the ServiceAccount the entry names exists');
    assert.equal(
      await world.kube.getObject('v1', 'ServiceAccount', 'abz-demo-secure', 'backend-vm'),
      undefined,
      'none named after the workload',
    );
    // istiod's CA signed the proxy's certificate for the entry's identity: secure naming holds.
    const certs = await sh(vm, 'curl -s http://127.0.0.1:15000/certs');
    assert.match(certs.out, /spiffe:\/\/cluster\.local\/ns\/abz-demo-secure\/sa\/vm-sa/);
    assert.doesNotMatch(certs.out, /sa\/backend-vm/);
    const env = (await vm.readFile('/etc/istio-proxy/sidecar.env')) ?? '';
    assert.match(env, /^SERVICE_ACCOUNT=vm-sa$/m);
    assert.match(env, new RegExp(`^INSTANCE_IP=${vm.address.replace(/\./g, '\\.')}$`, 'm'));

    const off = await act({ ...inputs, mode: 'offboard' });
    assert.equal(off.code, 0, off.stdout);
    assert.equal(await world.kube.getObject('networking.istio.io/v1', 'WorkloadEntry', 'abz-demo-secure', 'backend-vm'), undefined);
    assert.equal(await world.kube.getObject('v1', 'ServiceAccount', 'abz-demo-secure', 'vm-sa'), undefined);
  });
});

describe('mesh names on the VM (point 4)', () => {
  const frontendUrl = () => `http://${world.frontend!.host}:${world.frontend!.port}/cats`;
  const inputs = () => ({
    ...ssh(),
    'workload-name': 'backend-vm',
    namespace: 'demo',
    ports: 'http:8080',
    'mesh-hosts': `${world.frontend!.host}`,
    'probe-from-vm-url': frontendUrl(),
    'probe-timeout': '60s',
  });
  const marker = 'istio-vm-onboard demo/backend-vm';

  it('writes a marked /etc/hosts block; curl by name reaches the mesh service through the sidecar; rerun and offboard leave the file as it was +/- the block', async () => {
    await world.startApp(vm, 'backend-vm', 8080);
    const before = await hostsFile();
    assert.ok(before.length > 0 && !before.includes('istio-vm-onboard'));
    assert.ok(!before.includes(world.frontend!.host), 'the VM has no entry for the mesh name of its own');

    const r = await act(inputs());
    assert.equal(r.code, 0, r.stdout);
    const block = `# BEGIN ${marker}\n127.0.0.2 ${world.frontend!.host}\n# END ${marker}\n`;
    const onboarded = await hostsFile();
    assert.equal(onboarded, `${before}${block}`, 'the block is appended, nothing else changes');
    const report = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as {
      probes: Array<{ direction: string; passed: boolean; requestId: string }>;
    };
    const probe = report.probes.find((p) => p.direction === 'outbound');
    assert.ok(probe?.passed, 'the outbound probe, resolving the name as the VM does, passed');

    // An application on the VM: plain curl by name, no --resolve.
    const id = `ivo-by-name-${Date.now()}`;
    const answer = await sh(vm, `curl -s -m 10 -H 'x-request-id: ${id}' ${frontendUrl()}`);
    assert.match(answer.out, /"app":"frontend"/);
    // Envoy writes an access-log line after the response: give both proxies a moment.
    const logLine = async (v: TestVm, container: string): Promise<string> => {
      for (let i = 0; i < 40; i++) {
        const line = (await sh(v, `docker logs ${container} 2>&1 | grep -F '${id}' || true`)).out;
        if (line) return line;
        await new Promise((res) => setTimeout(res, 250));
      }
      return '';
    };
    assert.match(
      await logLine(vm, 'istio-proxy'),
      /outbound\|8080\|\|frontend\.mesh-apps\.svc\.cluster\.local/,
      "the VM's own sidecar routed it",
    );
    assert.match(await logLine(world.frontend!.vm, 'mesh-frontend'), /inbound\|8080\|\|/, "the frontend's sidecar received it");

    const again = await act(inputs());
    assert.equal(again.code, 0, again.stdout);
    assert.equal(await hostsFile(), onboarded, 'a rerun converges: the file is byte for byte the same');

    const off = await act({ ...inputs(), mode: 'offboard' });
    assert.equal(off.code, 0, off.stdout);
    assert.equal(await hostsFile(), before, 'offboarding removes the block and nothing else');
  });

  it('fails the outbound probe when the name leads the VM elsewhere, saying what it resolved to and where the sidecar listens', async () => {
    const original = await hostsFile();
    // A line the admin had, earlier in the file, sends the name to 127.0.0.1, where the VM's
    // own app answers 200 on the same port: an answer, but not through the sidecar.
    await sh(vm, `printf '127.0.0.1 ${world.frontend!.host}\\n' >> /etc/hosts`);
    const stale = await hostsFile();
    assert.ok(stale.endsWith(`127.0.0.1 ${world.frontend!.host}\n`));
    try {
      const r = await act({ ...inputs(), 'probe-timeout': '3s' });
      assert.equal(r.code, 1, r.stdout);
      const message = r.errors.join('\n');
      const host = world.frontend!.host.replace(/\./g, '\\.');
      assert.match(
        message,
        new RegExp(
          `outbound probe http://${host}:8080/cats got HTTP 200 from 127\\.0\\.0\\.1, not through the sidecar, after \\d+ attempt\\(s\\) in 3 s; on the VM ${host} resolved to (127\\.0\\.0\\.1 and 127\\.0\\.0\\.2|127\\.0\\.0\\.2 and 127\\.0\\.0\\.1); the sidecar listens on 127\\.0\\.0\\.2:8080`,
        ),
      );
      // The change is kept only once verified (#18): this first onboarding is undone, its block goes.
      assert.equal(await hostsFile(), stale, "the block is gone and the admin's line stays untouched");
      const off = await act({ ...inputs(), mode: 'offboard' });
      assert.equal(off.code, 0, off.stdout);
      assert.equal(await hostsFile(), stale);
    } finally {
      await sh(vm, `cat > /etc/hosts <<'EOF'\n${original}EOF`);
    }
  });
});
