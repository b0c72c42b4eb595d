// Issue #12: proxy-runtime systemd on a VM onboarded by its IPv6 address. A systemd VM
// (systemd-nspawn booting Debian, systemd-vm.ts with `ipv6`) that has both an IPv4 and an IPv6
// address, the istio-sidecar .deb from the real pilot-agent and Envoy with Istio's own
// istio-start.sh, and vm-host, the WorkloadEntry's address and gateway-address all IPv6.
// istio-start.sh starts pilot-agent with INSTANCE_IP=$ISTIO_SVC_IP, or else the first address of
// `hostname --all-ip-addresses` (the IPv4 one here): the action's cluster.env must say the
// workload address, or Envoy's inbound listener binds to the IPv4 address and the mesh's
// traffic to the IPv6 address finds no proxy.
// As in ipv6.test.ts, the test world's istiod listens on the hub's IPv4 address only, so a TCP
// relay on [hub IPv6]:15012 passes each connection on unchanged (TLS end to end), as an
// east-west gateway's passthrough port would.
// #21: istiod runs in Istio's dual-stack mode (its ISTIO_DUAL_STACK), which interception
// redirect needs for an IPv6 workload: without it Envoy's 15006 listened on 0.0.0.0 alone and
// the captured IPv6 probe was refused.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { startTcpRelay, type TcpRelay } from '../support/tcp-relay.js';
import { buildSidecarDeb, type SidecarDeb } from '../support/control-plane/sidecar-deb.js';
import { clusterLeftovers, leaseOf } from '../support/run-leftovers.js';
import { startSystemdVm, type SystemdVm } from '../support/systemd-vm.js';
import { enableIpv6 } from '../support/vm-world.js';
import { startTestWorld, type TestWorld } from '../support/world.js';
import type { RunResult } from '../../src/report/result.js';

let world: TestWorld;
let deb: SidecarDeb;
let vm: SystemdVm | undefined;
let vm6: string;
let hub6: string;
let relay: TcpRelay | undefined;
const runs: ActionRun[] = [];
const PLACED = '/var/lib/istio/envoy/cluster.env /etc/istio/config/mesh /etc/certs/root-cert.pem /var/run/secrets/tokens/istio-token';

before(async () => {
  const t0 = Date.now();
  [world, deb] = await Promise.all([startTestWorld({ vms: 0, noImage: true, istiodDualStack: true }), buildSidecarDeb()]);
  await enableIpv6(world.vms);
  hub6 = world.vms.hubAddress6 as string;
  vm = await startSystemdVm({ hubAddress: world.vms.hubAddress, ipv6: { hubAddress6: hub6 } });
  vm6 = vm.address6 as string;
  console.log(
    `# world with an IPv6 systemd VM in ${Date.now() - t0} ms (VM boot ${vm.bootMs} ms); ${deb.cached ? 'package cached' : `package built in ${deb.buildMs} ms`}`,
  );
  await world.startApp(vm, 'backend-vm', 8080);
  relay = await startTcpRelay({ host: hub6, port: 15012 }, { host: world.vms.hubAddress, port: 15012 });
});
after(async () => {
  runs.forEach(removeRun);
  await relay?.close();
  await vm?.stop();
  await world?.stop();
  assert.deepEqual([...(vm?.leftovers() ?? []), ...(await world.leftovers())], [], 'the VM and the test world left nothing behind');
});

function inputs(extra: Record<string, string> = {}): Record<string, string> {
  const v = vm as SystemdVm;
  return {
    'workload-name': 'backend-vm',
    namespace: 'demo',
    'vm-host': vm6,
    ports: 'http:8080',
    labels: 'app=backend-vm,version=v1',
    kubeconfig: world.api.kubeconfig,
    'ssh-user': v.user,
    'ssh-key': v.privateKey,
    'ssh-known-hosts': v.knownHostsLine6 as string,
    'ssh-connect-timeout': '3s',
    'gateway-address': hub6,
    'ready-timeout': '60s',
    'probe-url': `http://[${vm6}]:8080/v6`,
    'probe-timeout': '30s',
    'proxy-runtime': 'systemd',
    // The first test's subject is where istiod binds the inbound listener: the INSTANCE_IP, in
    // interception mode NONE; the second switches to redirect.
    interception: 'none',
    'sidecar-package': deb.path,
    ...extra,
  };
}

async function act(extra: Record<string, string> = {}): Promise<ActionRun> {
  const t0 = Date.now();
  const r = await runAction(inputs(extra), { timeoutMs: 240_000 });
  console.log(`# ${extra.mode ?? 'onboard'}: exit ${r.code} in ${Date.now() - t0} ms`);
  runs.push(r);
  return r;
}

async function sh(script: string): Promise<string> {
  const r = await (vm as SystemdVm).exec(['sh', '-c', script]);
  return (r.stdout + r.stderr).trim();
}

const report = (r: ActionRun): RunResult => JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;

describe('proxy-runtime systemd with an IPv6 workload address', () => {
  it('onboards over IPv6: pilot-agent runs with the IPv6 INSTANCE_IP, Envoy listens on it and logs our probe', async () => {
    const v = vm as SystemdVm;
    assert.match(
      await sh('hostname --all-ip-addresses'),
      new RegExp(`^${v.address.replace(/\./g, '\\.')} `),
      "the VM's first address (what istio-start.sh would pick) is IPv4",
    );
    const r = await act();
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['proxy-status'], 'ready');
    assert.equal(r.outputs['probe-status'], 'passed');
    assert.match(r.stdout, new RegExp(`connected to onboard@\\[${vm6}\\]:22`));

    const env = await sh('cat /var/lib/istio/envoy/cluster.env');
    assert.match(env, new RegExp(`^ISTIO_SVC_IP='${vm6}'$`, 'm'));
    assert.match(env, /^ISTIO_DUAL_STACK='true'$/m);
    // What istio-start.sh handed to pilot-agent (the unit runs it as istio-proxy via sudo -E).
    const agentEnv = await sh(
      "tr '\\0' '\\n' < /proc/$(pgrep -o -x pilot-agent)/environ | grep -E '^(INSTANCE_IP|ISTIO_DUAL_STACK)=' | sort",
    );
    assert.equal(agentEnv, `INSTANCE_IP=${vm6}\nISTIO_DUAL_STACK=true`);
    assert.match(await sh('cat /etc/hosts'), new RegExp(`^${hub6} istiod\\.istio-system\\.svc `, 'm'));
    const we = await world.api.getObject('networking.istio.io/v1', 'WorkloadEntry', 'demo', 'backend-vm');
    assert.equal((we?.spec as { address?: string }).address, vm6);
    // istiod's view: the IPv6 address first; the certificate and configuration came over IPv6.
    const ads = (await world.istiod.debug('/debug/adsz')) as {
      clients?: Array<{ connectionId: string; metadata?: { INSTANCE_IPS?: string } }>;
    };
    const ips = ads.clients?.find((c) => c.connectionId.startsWith('backend-vm.demo'))?.metadata?.INSTANCE_IPS;
    assert.deepEqual(ips?.split(','), [vm6, v.address], `istiod's view of the proxy's IPs: ${ips}`);
    assert.ok(
      (relay?.relayed.length ?? 0) >= 1 && relay?.relayed.every((a) => a === vm6),
      `istiod was dialled over IPv6 from ${vm6}: ${relay?.relayed.join(', ')}`,
    );
    // Envoy's inbound listener is on the IPv6 address, and it logged our probe there.
    assert.match(await sh('ss -ltnH'), new RegExp(`\\[${vm6}\\]:8080`));
    const result = report(r);
    const probe = result.probes.find((p) => p.direction === 'inbound');
    assert.deepEqual(probe && [probe.url, probe.passed, probe.httpStatus], [`http://[${vm6}]:8080/v6`, true, 200]);
    const line = result.accessLog?.ours.find((e) => e.requestId === probe?.requestId);
    assert.deepEqual(
      line && [line.direction, line.path, line.responseCode, line.upstreamCluster, line.downstreamLocalAddress],
      ['inbound', '/v6', 200, 'inbound|8080||', `[${vm6}]:8080`],
      "the VM's Envoy logged our probe on its IPv6 listener",
    );
  });

  it("interception redirect: the IPv6 chains capture the probe to Envoy's 15006 on the IPv6 wildcard; the action stays connected over IPv6", async () => {
    const r = await act({ interception: 'redirect' });
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.outputs['probe-status'], 'passed');
    const rules = await sh('ip6tables-legacy-save -t nat 2>/dev/null; ip6tables-nft-save -t nat 2>/dev/null');
    assert.match(rules, /-A ISTIO_INBOUND -p tcp -m tcp --dport 8080 -j ISTIO_IN_REDIRECT/, `the IPv6 chains: ${rules}`);
    assert.match(rules, /-A ISTIO_IN_REDIRECT -p tcp -j REDIRECT --to-ports 15006/);
    assert.match(await sh('ss -ltnH'), /\[::\]:15006/, "Envoy's 15006 on the IPv6 wildcard");
    const probe = report(r).probes.find((p) => p.direction === 'inbound');
    const line = report(r).accessLog?.ours.find((e) => e.requestId === probe?.requestId);
    assert.deepEqual(
      line && [line.direction, line.responseCode, line.downstreamLocalAddress],
      ['inbound', 200, `[${vm6}]:8080`],
      'Envoy took the probe at its original IPv6 destination',
    );
    assert.doesNotMatch(
      await sh('ip6tables-save 2>/dev/null; iptables-save 2>/dev/null'),
      /istio-vm-onboard/,
      'the conntrack hold is gone',
    );
  });

  it('offboards by the IPv6 address and leaves nothing but the package', async () => {
    const r = await act({ mode: 'offboard' });
    assert.equal(r.code, 0, r.stdout);
    assert.deepEqual(await clusterLeftovers(world.api, 'demo'), []);
    assert.equal(
      await leaseOf(world.api, vm as SystemdVm, 'istio-system', vm6),
      undefined,
      'the lease named by the IPv6 address is released',
    );
    assert.equal(await sh('systemctl is-enabled istio; systemctl is-active istio; true'), 'disabled\ninactive');
    assert.equal(await sh(`for f in ${PLACED}; do [ -e "$f" ] && echo "$f"; done; true`), '', 'no bundle file left');
    assert.doesNotMatch(await sh('cat /etc/hosts'), /istio-vm-onboard/);
    assert.equal(await sh("dpkg-query -W -f='${Status}' istio-sidecar"), 'install ok installed', 'the package stays');
    assert.doesNotMatch(
      await sh('for s in iptables-legacy-save iptables-nft-save ip6tables-legacy-save ip6tables-nft-save; do "$s" 2>/dev/null; done'),
      /ISTIO_/,
      'no Istio chain in either family or backend',
    );
  });
});
