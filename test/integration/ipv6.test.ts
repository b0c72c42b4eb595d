// Issue #12 "no IP-only assumptions": a VM onboarded by IPv6 only. Its SSH host (vm-host) and
// mesh address (vm-address, the WorkloadEntry's) are the VM's IPv6 address, and the gateway
// address is the hub's IPv6 address, so the real pilot-agent on the VM dials istiod over IPv6
// for its certificate and its configuration. The test world's istiod listens on the hub's IPv4
// address only (control-plane/istiod.ts); a TCP relay on [hub IPv6]:15012 passes each
// connection on unchanged, as an east-west gateway's passthrough port would (TLS, SNI and
// istiod's certificate are end to end). The inbound probe goes to http://[VM IPv6]:8080/ from
// the runner and must be logged by the VM's Envoy; offboarding leaves nothing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { startTcpRelay, type TcpRelay } from '../support/tcp-relay.js';
import { vmInputs } from '../support/inputs.js';
import { runLeftovers } from '../support/run-leftovers.js';
import { enableIpv6, type TestVm } from '../support/vm-world.js';
import { startTestWorld, type TestWorld } from '../support/world.js';
import type { RunResult } from '../../src/report/result.js';

let world: TestWorld;
let vm: TestVm;
let vm6: string;
let hub6: string;
let relay: TcpRelay | undefined;
const runs: ActionRun[] = [];

before(async () => {
  world = await startTestWorld({ vms: 1 });
  await enableIpv6(world.vms);
  vm = world.freeVms[0] as TestVm;
  vm6 = vm.address6 as string;
  hub6 = world.vms.hubAddress6 as string;
  await world.startApp(vm, 'backend-vm', 8080);
  relay = await startTcpRelay({ host: hub6, port: 15012 }, { host: world.vms.hubAddress, port: 15012 });
});
after(async () => {
  runs.forEach(removeRun);
  await relay?.close();
  await world?.stop();
  assert.deepEqual(await world.leftovers(), [], 'the test world left nothing behind');
});

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  return vmInputs(vm, world.api.kubeconfig, {
    'vm-host': vm6,
    // Spelled out and in capitals: the WorkloadEntry gets the canonical text pilot-agent reports.
    'vm-address': vm6.replace('::', ':0:0:0:').toUpperCase(),
    'ssh-known-hosts': vm.knownHostsLine6 as string,
    'gateway-address': hub6,
    labels: 'app=backend-vm,version=v1',
    'probe-url': `http://[${vm6}]:8080/v6`,
    'probe-timeout': '30s',
    ...extra,
  });
}

async function act(extra: Record<string, string> = {}): Promise<ActionRun> {
  const r = await runAction(inputs(extra), { timeoutMs: 180_000 });
  runs.push(r);
  return r;
}

async function sh(script: string): Promise<string> {
  const r = await vm.exec(['sh', '-c', script]);
  return (r.stdout + r.stderr).trim();
}

const report = (r: ActionRun): RunResult => JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;

describe('IPv6 VM and gateway addresses', () => {
  it("onboards over IPv6: SSH, WorkloadEntry address, istiod through the IPv6 gateway, the inbound probe through the VM's Envoy", async () => {
    const r = await act();
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['proxy-status'], 'ready');
    assert.equal(r.outputs['probe-status'], 'passed');
    assert.match(r.stdout, new RegExp(`connected to onboard@\\[${vm6}\\]:22: host key SHA256:\\S+ \\(pinned by ssh-known-hosts\\)`));

    const we = await world.api.getObject('networking.istio.io/v1', 'WorkloadEntry', 'demo', 'backend-vm');
    assert.deepEqual(we?.spec, {
      address: vm6,
      labels: { app: 'backend-vm', version: 'v1' },
      serviceAccount: 'backend-vm',
      ports: { http: 8080 },
    });

    // The proxy's IPs as istiod sees them: pilot-agent puts INSTANCE_IP first, and istiod binds
    // the inbound listener (interception NONE) to the first global unicast one.
    const env = await sh('cat /etc/istio-proxy/sidecar.env');
    for (const k of ['INSTANCE_IP', 'IDENTITY_IP', 'HOST_IP']) assert.match(env, new RegExp(`^${k}=${vm6}$`, 'm'));
    assert.match(env, /^CA_ADDR=istiod\.istio-system\.svc:15012$/m);
    assert.match(await sh('cat /etc/istio-proxy/hosts'), new RegExp(`^${hub6} istiod\\.istio-system\\.svc `));
    assert.equal(
      await sh(`docker inspect istio-proxy --format '{{json .HostConfig.ExtraHosts}}'`),
      JSON.stringify(
        ['istiod.istio-system.svc', 'istiod.istio-system.svc.cluster.local', 'istiod.istio-system'].map((h) => `${h}:${hub6}`),
      ),
    );
    // istiod's view (its /debug/adsz): the VM is dual stack, the IPv6 address first.
    const ads = (await world.istiod.debug('/debug/adsz')) as {
      clients?: Array<{ connectionId: string; metadata?: { INSTANCE_IPS?: string } }>;
    };
    const ips = ads.clients?.find((c) => c.connectionId.startsWith('backend-vm.demo'))?.metadata?.INSTANCE_IPS;
    assert.deepEqual(ips?.split(','), [vm6, vm.address], `istiod's view of the proxy's IPs: ${ips}`);
    // The certificate and the configuration came over IPv6, from the VM's IPv6 address.
    assert.ok(
      (relay?.relayed.length ?? 0) >= 1 && relay?.relayed.every((a) => a === vm6),
      `istiod was dialled over IPv6 from ${vm6}: ${relay?.relayed.join(', ')}`,
    );
    assert.match(await sh('ss -tnH state established'), new RegExp(`\\[${vm6}\\]:\\d+\\s+\\[${hub6}\\]:15012`));
    // Envoy's inbound listener is on the IPv6 address.
    assert.match(await sh('ss -ltnH'), new RegExp(`\\[${vm6}\\]:8080`));

    const result = report(r);
    const probe = result.probes.find((p) => p.direction === 'inbound');
    assert.deepEqual(probe && [probe.url, probe.passed, probe.httpStatus], [`http://[${vm6}]:8080/v6`, true, 200]);
    const line = result.accessLog?.ours.find((e) => e.requestId === probe?.requestId);
    assert.deepEqual(
      line && [line.direction, line.path, line.responseCode, line.upstreamCluster, line.downstreamLocalAddress, line.authority],
      ['inbound', '/v6', 200, 'inbound|8080||', `[${vm6}]:8080`, `[${vm6}]:8080`],
      "the VM's Envoy logged our probe on its IPv6 listener",
    );
  });

  it('offboards by the IPv6 address and leaves nothing', async () => {
    const r = await act({ mode: 'offboard' });
    assert.equal(r.code, 0, r.stdout);
    assert.deepEqual(await runLeftovers(world.api, vm, 'demo', 'backend-vm', vm6), []);
  });
});
