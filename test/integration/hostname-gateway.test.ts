// Issue #12 "Gateways with a host name": the east-west gateway Service carries only
// status.loadBalancer.ingress[0].hostname (as on AWS), and the VM reaches istiod through the
// gateway at that name: HOST:15443 with the SNI istiod.istio-system.svc (CA_SNI / PILOT_SNI), the
// flow tctl's sidecar bootstrap uses for host-name gateways (../shared/reference/istio-vm-onboarding.md).
// The gateway is real (world option eastWestGateway, test/support/control-plane/east-west-gateway.ts):
// Envoy run by the real `pilot-agent proxy router` on a VM of its own, with the east-west gateway's
// identity and labels, configured by the real istiod from a Gateway and a VirtualService after
// Istio's samples/multicluster/expose-istiod.yaml (TLS PASSTHROUGH on 15443 for istiod's SNI to
// istiod.istio-system.svc.cluster.local:15012, whose Service has istiod's real address as its
// endpoint). The VM resolves the host name with its own resolver (a line in its /etc/hosts, as the
// cloud's DNS would answer, pointing at the gateway VM); the action maps no address for it.
// That the proxy's traffic went through the gateway is read from the gateway and istiod: the
// gateway Envoy's passthrough cluster opened connections to istiod (a connection with another SNI
// is refused, logged NR, and opens none), its access log has the proxy's connections from the VM
// with istiod's SNI once they close, and istiod sees the proxy's xDS stream come from the gateway.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { ISTIOD_CLUSTER, ISTIOD_SNI, type EastWestGateway } from '../support/control-plane/east-west-gateway.js';
import { sleep } from '../support/procs.js';
import { runLeftovers } from '../support/run-leftovers.js';
import type { TestVm } from '../support/vm-world.js';
import { startTestWorld, type TestWorld } from '../support/world.js';
import { parseAccessLogLine, type AccessLogEntry } from '../../src/probe/access-log.js';
import type { RunResult } from '../../src/report/result.js';

const GATEWAY_HOST = 'a1b2c3d4-eastwest.elb.us-east-1.amazonaws.com';

let world: TestWorld;
let vm: TestVm;
let gateway: EastWestGateway;
const runs: ActionRun[] = [];

before(async () => {
  world = await startTestWorld({ vms: 1, install: { gatewayHostname: GATEWAY_HOST }, eastWestGateway: true });
  vm = world.freeVms[0] as TestVm;
  gateway = world.eastWestGateway as EastWestGateway;
  console.log(`east-west gateway ready in ${gateway.readyMs} ms`);
  await world.startApp(vm, 'backend-vm', 8080);
  // The cloud's DNS: the VM's resolver answers the gateway's name with the gateway VM's address.
  const r = await vm.exec(['sh', '-c', `echo '${gateway.address} ${GATEWAY_HOST}' >> /etc/hosts`]);
  assert.equal(r.code, 0, r.stderr);
});
after(async () => {
  runs.forEach(removeRun);
  await world?.stop();
  assert.deepEqual(await world.leftovers(), [], 'the test world left nothing behind');
});

async function act(extra: Record<string, string> = {}, on: TestVm = vm): Promise<ActionRun> {
  const r = await runAction(
    {
      'workload-name': 'backend-vm',
      namespace: 'demo',
      'vm-host': on.address,
      ports: 'http:8080',
      kubeconfig: world.api.kubeconfig,
      'ssh-user': on.user,
      'ssh-key': on.privateKey,
      'ssh-known-hosts': on.knownHostsLine,
      'ssh-connect-timeout': '3s',
      'ready-timeout': '60s',
      'probe-timeout': '30s',
      ...extra,
    },
    { timeoutMs: 180_000 },
  );
  runs.push(r);
  return r;
}

describe('a gateway with a host name', () => {
  it('the gateway Service has a host name only: the proxy reaches istiod at HOST:15443 with the SNI of istiod, gets ready, and traffic flows', async () => {
    const svc = await world.api.getObject('v1', 'Service', 'istio-system', 'istio-eastwestgateway');
    assert.deepEqual(
      (svc?.status as { loadBalancer?: unknown }).loadBalancer,
      { ingress: [{ hostname: GATEWAY_HOST }] },
      'no IP to fall back on',
    );
    const cxBefore = await gateway.istiodConnections();
    const r = await act({ 'probe-url': `http://${vm.address}:8080/hello` });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['proxy-status'], 'ready');
    assert.equal(r.outputs['probe-status'], 'passed');

    // The gateway passed the proxy's connections through to istiod: its passthrough cluster's
    // endpoint (istiod's real address) got new connections.
    const cxAfter = await gateway.istiodConnections();
    assert.ok(cxAfter > cxBefore, `the gateway opened connections to istiod (${ISTIOD_CLUSTER}: ${cxBefore} -> ${cxAfter})`);
    // Any other SNI matches none of the gateway's filter chains: Envoy closes the connection and
    // logs it with NR (no route), passing nothing on.
    const other = await vm.exec([
      'curl',
      '-sSk',
      '--max-time',
      '5',
      '--connect-to',
      `other.example:443:${GATEWAY_HOST}:15443`,
      'https://other.example/',
    ]);
    assert.notEqual(other.code, 0, 'a connection with another SNI is refused');
    let nr: AccessLogEntry | undefined;
    for (let i = 0; i < 50 && !nr; i++) {
      if (i) await sleep(200);
      nr = (await gateway.accessLog())
        .split('\n')
        .map(parseAccessLogLine)
        .find((e) => e?.requestedServerName === 'other.example');
    }
    assert.equal(nr?.responseFlags, 'NR', nr?.raw ?? 'no access-log line for SNI other.example');
    assert.equal(await gateway.istiodConnections(), cxAfter, 'nothing passed on to istiod');
    // istiod sees the onboarded proxy's xDS stream coming from the gateway, not from the VM.
    const adsz = (await world.istiod.debug('/debug/adsz')) as { clients?: Array<{ connectionId: string; address: string }> };
    const ours = (adsz.clients ?? []).filter((c) => /^backend-vm\.demo-\d+$/.test(c.connectionId));
    assert.equal(ours.length, 1, JSON.stringify(adsz.clients?.map((c) => [c.connectionId, c.address])));
    assert.equal(ours[0]?.address.replace(/:\d+$/, ''), gateway.address, 'the xDS connection arrived from the gateway VM');

    const env = (await vm.readFile('/etc/istio-proxy/sidecar.env')) ?? '';
    assert.match(env, new RegExp(`^PROXY_CONFIG=.*"discoveryAddress":"${GATEWAY_HOST.replace(/\./g, '\\.')}:15443"`, 'm'));
    assert.match(env, /^ISTIOD_SAN=istiod\.istio-system\.svc$/m);
    assert.match(env, /^CA_SNI=istiod\.istio-system\.svc$/m);
    const extraHosts = await vm.exec(['docker', 'inspect', '-f', '{{json .HostConfig.ExtraHosts}}', 'istio-proxy']);
    assert.match(extraHosts.stdout.trim(), /^(null|\[\])$/, 'no --add-host: the name is resolved by the VM');
    const hostsFile = (await vm.readFile('/etc/hosts')) ?? '';
    assert.doesNotMatch(hostsFile, /istiod\.istio-system/, 'no address of istiod written anywhere');
    const result = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;
    assert.ok(
      result.accessLog?.ours.some((e) => e.requestId === result.probes[0]?.requestId && e.upstreamCluster === 'inbound|8080||'),
      'the inbound probe went through the proxy',
    );
  });

  it("offboards, leaving nothing; the gateway logged the proxy's connections, closed now, with istiod's SNI", async () => {
    const r = await act({ mode: 'offboard' });
    assert.equal(r.code, 0, r.stdout);
    assert.deepEqual(await runLeftovers(world.api, vm, 'demo'), []);

    // Envoy logs a TCP connection when it closes (the file is flushed every second): the proxy's
    // xDS and CA connections closed when offboarding stopped it.
    let lines: AccessLogEntry[] = [];
    for (let i = 0; i < 50 && lines.length === 0; i++) {
      if (i) await sleep(200);
      lines = (await gateway.accessLog())
        .split('\n')
        .map(parseAccessLogLine)
        .filter((e): e is AccessLogEntry => e?.upstreamCluster === ISTIOD_CLUSTER);
    }
    assert.ok(lines.length > 0, 'the gateway logged connections to istiod');
    for (const e of lines) {
      assert.equal(e.tcp, true, e.raw);
      assert.equal(e.requestedServerName, ISTIOD_SNI, e.raw);
      assert.equal(e.downstreamRemoteAddress.replace(/:\d+$/, ''), vm.address, e.raw);
      assert.equal(e.downstreamLocalAddress, `${gateway.address}:15443`, e.raw);
      assert.equal(e.upstreamHost, world.istiod.xdsAddress, e.raw);
    }
  });

  // Tried on a systemd VM: Istio's istio-start.sh exports CA_ADDR=istiod.istio-system.svc:15012
  // when cluster.env has none, nothing resolved that name, and the unit never got ready (with
  // CA_ADDR=HOST:15443 pilot-agent would check istiod's certificate for HOST). So it is refused.
  it('the systemd runtime behind a host-name gateway is refused with the mesh facts, before any change, and the VM is not touched', async () => {
    const from = world.api.writes().length;
    const r = await act({ 'proxy-runtime': 'systemd' });
    assert.equal(r.code, 1, r.stdout);
    const result = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;
    assert.equal(result.error?.step, 'Read mesh facts');
    assert.match(
      result.error?.message ?? '',
      new RegExp(
        `: the systemd runtime cannot reach istiod through the host-name gateway ${GATEWAY_HOST.replace(/\./g, '\\.')} \\(Service istio-system/istio-eastwestgateway\\): Istio's istio-start\\.sh always sets CA_ADDR`,
      ),
    );
    assert.match(result.error?.hint ?? '', /set gateway-address to an IP address of the gateway, or use proxy-runtime: docker/);
    assert.deepEqual(world.api.writes().slice(from), [], 'nothing written');
    assert.ok(!result.steps.some((st) => st.name === 'Connect to the VM'), 'the VM was not touched');
  });
});
