// Issue #9: the action against the real control plane: etcd + kube-apiserver +
// kube-controller-manager, the real istiod with its own CA, and on each VM the real pilot-agent
// with Envoy. What only a real mesh can show is checked here: the proxy connected and synced in
// istiod, its workload certificate carrying the WorkloadEntry's SPIFFE identity, mTLS both ways
// between two Envoys with our request ID, and real Envoy access-log lines in the report.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { startTestWorld, type TestWorld } from '../support/world.js';
import type { TestVm } from '../support/vm-world.js';

let world: TestWorld;
let vm: TestVm;
const runs: ActionRun[] = [];

before(async () => {
  world = await startTestWorld({ vms: 1, frontend: true });
  vm = world.freeVms[0] as TestVm;
  await world.startApp(vm, 'backend-vm', 8080);
});
after(async () => {
  runs.forEach(removeRun);
  await world?.stop();
  assert.deepEqual(await world.leftovers(), []);
});

// istiod's /debug/syncz: per proxy, the nonce of the last push sent and the last one acked, per type.
interface SynczEntry {
  proxy: string;
  cluster_id?: string;
  istio_version?: string;
  cluster_sent?: string;
  cluster_acked?: string;
  listener_sent?: string;
  listener_acked?: string;
}

function synced(e: SynczEntry): boolean {
  return Boolean(e.cluster_sent) && e.cluster_sent === e.cluster_acked && Boolean(e.listener_sent) && e.listener_sent === e.listener_acked;
}

async function syncz(): Promise<SynczEntry[]> {
  return (await world.istiod.debug('/debug/syncz')) as SynczEntry[];
}

/** The proxy's entry once it acked istiod's last push (a new WorkloadEntry triggers one more), or its last state. */
async function syncedEntry(prefix: string): Promise<SynczEntry | undefined> {
  let entry: SynczEntry | undefined;
  for (let i = 0; i < 40; i++) {
    entry = (await syncz()).find((e) => e.proxy.startsWith(prefix));
    if (entry && synced(entry)) return entry;
    await new Promise((r) => setTimeout(r, 250));
  }
  return entry;
}

async function sh(v: TestVm, script: string): Promise<string> {
  const r = await v.exec(['sh', '-c', script]);
  return (r.stdout + r.stderr).trim();
}

describe('the real control plane', () => {
  it('runs etcd, kube-apiserver, kube-controller-manager and pilot-discovery, and real kubectl talks to it', async () => {
    const comms = [...world.kube.daemons, world.istiod.daemon].map((d) => readFileSync(`/proc/${d.proc.pid}/comm`, 'utf8').trim());
    assert.deepEqual(comms, ['etcd', 'kube-apiserver', 'kube-controller', 'pilot-discovery']);
    const version = JSON.parse(world.kube.kubectl(['version', '-o', 'json'])) as { serverVersion: { gitVersion: string } };
    assert.match(version.serverVersion.gitVersion, /^v1\.35\.\d+$/);
    assert.match(
      world.kube.kubectl(['get', 'crd', 'workloadentries.networking.istio.io', '-o', 'name']),
      /workloadentries\.networking\.istio\.io/,
    );
  });

  it('the frontend mesh service is a real proxy, connected to istiod and synced', async () => {
    const entry = await syncedEntry('frontend.mesh-apps');
    assert.ok(entry, 'istiod lists the frontend proxy');
    assert.ok(synced(entry), `the frontend proxy acked what istiod sent: ${JSON.stringify(entry)}`);
    const procs = await sh(world.frontend!.vm, 'cat /proc/[0-9]*/comm | sort -u');
    assert.match(procs, /^pilot-agent$/m);
    assert.match(procs, /^envoy$/m);
  });

  it('onboards a VM: istiod sees its proxy synced, its certificate is the WorkloadEntry identity, mTLS both ways carries our request ID', async () => {
    const frontendUrl = `http://${world.frontend!.host}:8080/cats`;
    const r = await runAction(
      {
        'workload-name': 'backend-vm',
        namespace: 'demo',
        'vm-host': vm.address,
        ports: 'http:8080',
        labels: 'app=backend-vm',
        kubeconfig: world.kube.kubeconfig,
        'ssh-user': vm.user,
        'ssh-key': vm.privateKey,
        'ssh-known-hosts': vm.knownHostsLine,
        'ready-timeout': '60s',
        'probe-url': `http://${vm.address}:8080/hello`,
        'probe-from-vm-url': frontendUrl,
        'probe-timeout': '30s',
      },
      { timeoutMs: 240_000 },
    );
    runs.push(r);
    assert.equal(r.code, 0, r.stdout);

    const entry = await syncedEntry('backend-vm.demo');
    assert.ok(entry, `istiod lists the VM's proxy: ${JSON.stringify(await syncz())}`);
    assert.ok(synced(entry), `the VM's proxy acked what istiod sent: ${JSON.stringify(entry)}`);

    // The workload certificate istiod's CA signed for the VM carries the SPIFFE identity of the
    // WorkloadEntry's service account (Envoy's admin /certs on the VM).
    const certs = await sh(vm, 'curl -s http://127.0.0.1:15000/certs');
    assert.match(certs, /spiffe:\/\/cluster\.local\/ns\/demo\/sa\/backend-vm/);

    const report = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as {
      probes: Array<{ direction: string; passed: boolean; requestId: string }>;
      accessLog: { ours: Array<{ requestId: string; direction: string; responseCode: number }> };
    };
    const outbound = report.probes.find((p) => p.direction === 'outbound')!;
    assert.ok(outbound.passed);
    // VM -> frontend went Envoy -> Envoy: the frontend's own Envoy logged our request ID, and
    // its inbound listener terminated TLS (mTLS by default between mesh proxies).
    // The proof of TLS is the SNI the client Envoy sent, which Envoy logs as the requested
    // server name (%REQUESTED_SERVER_NAME%, empty on plaintext): Istio's mTLS SNI
    // "outbound_.PORT_._.HOST". (Envoy's ssl stats are cut by Istio's stats inclusion list.)
    const frontendLog = await sh(world.frontend!.vm, 'docker logs mesh-frontend 2>&1');
    const frontendLine = frontendLog.split('\n').find((l) => l.includes(outbound.requestId));
    assert.ok(frontendLine, 'the frontend proxy logged our request ID');
    assert.match(frontendLine, /inbound\|8080\|\|/);
    assert.ok(frontendLine.includes(`outbound_.8080_._.${world.frontend!.host}`), `mTLS SNI in: ${frontendLine}`);
    // The access-log parser read Envoy's real lines for our probes.
    assert.ok(
      report.accessLog.ours.some((e) => e.requestId === outbound.requestId && e.direction === 'outbound' && e.responseCode === 200),
    );

    // frontend -> VM: through the frontend's Envoy (outbound on 127.0.0.1) to the VM's Envoy over mTLS.
    const id = `ivo-test-${Date.now()}`;
    const answer = await sh(
      world.frontend!.vm,
      `curl -s -H 'x-request-id: ${id}' -H 'host: backend-vm.demo.svc.cluster.local:8080' http://127.0.0.1:8080/from-frontend`,
    );
    assert.match(answer, /"app":"backend-vm"/);
    // Envoy writes the access-log line after the response: give it a moment.
    let vmLine: string | undefined;
    for (let i = 0; i < 20 && !vmLine; i++) {
      vmLine = (await sh(vm, 'docker logs istio-proxy 2>&1')).split('\n').find((l) => l.includes(id));
      if (!vmLine) await new Promise((r) => setTimeout(r, 250));
    }
    assert.ok(vmLine, 'the VM proxy logged the frontend request ID');
    assert.ok(vmLine.includes('outbound_.8080_._.backend-vm.demo.svc.cluster.local'), `mTLS SNI in: ${vmLine}`);
  });

  it('catches a mismatched identity: with the WorkloadEntry naming another service account, the frontend refuses the VM (secure naming)', async () => {
    const call = (id: string) =>
      sh(
        world.frontend!.vm,
        `curl -s -o /dev/null -w '%{http_code}' -H 'x-request-id: ${id}' -H 'host: backend-vm.demo.svc.cluster.local:8080' http://127.0.0.1:8080/identity`,
      );
    assert.equal(await call(`ivo-test-ok-${Date.now()}`), '200', 'the onboarded VM answers the frontend');
    const we = (await world.kube.getObject('networking.istio.io/v1', 'WorkloadEntry', 'demo', 'backend-vm'))!;
    const spec = we.spec as Record<string, unknown>;
    await world.kube.putObject({
      apiVersion: we.apiVersion,
      kind: we.kind,
      metadata: { name: 'backend-vm', namespace: 'demo' },
      spec: { ...spec, serviceAccount: 'someone-else' },
    });
    try {
      // The frontend's Envoy now expects spiffe://cluster.local/ns/demo/sa/someone-else and the VM
      // presents .../sa/backend-vm: the TLS handshake fails once istiod has pushed the change.
      let code = '200';
      let refusedId = '';
      for (let i = 0; i < 40 && code === '200'; i++) {
        refusedId = `ivo-test-mismatch-${Date.now()}-${i}`;
        code = await call(refusedId);
        if (code === '200') await new Promise((r) => setTimeout(r, 250));
      }
      assert.equal(code, '503', 'the request is refused');
      let log = '';
      for (let i = 0; i < 20 && !log; i++) {
        // The line of the refused request itself (earlier ones, before istiod's push, were 200).
        log = await sh(world.frontend!.vm, `docker logs mesh-frontend 2>&1 | grep -F -- '"${refusedId}"' | tail -1`);
        if (!log) await new Promise((r) => setTimeout(r, 250));
      }
      assert.match(log, /\b503\b.*\b(UF|URX)\b/, `the frontend's Envoy logs an upstream TLS failure: ${log}`);
    } finally {
      await world.kube.putObject({ apiVersion: we.apiVersion, kind: we.kind, metadata: { name: 'backend-vm', namespace: 'demo' }, spec });
    }
  });
});
