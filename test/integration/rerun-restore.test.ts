// Issue #18, the failure matrix of a re-run (docker runtime), on the real test world: a VM is
// onboarded (probes pass), then the same onboarding is run again with each step after "Connect to
// the VM" made to fail in turn. After every failed re-run the VM is as it was, read from the
// world itself: the same istio-proxy container (same ID and image) running and ready, the same
// bundle file hashes, the same certificates directory (root, key and chain: pilot-agent's
// PROV_CERT/OUTPUT_CERTS), the same /etc/hosts block, the same WorkloadEntry (uid, spec,
// resourceVersion), and the service answering through its address with the proxy in front.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { RunResult } from '../../src/report/result.js';
import { removeRun, runAction, type ActionRun } from '../support/action-runner.js';
import { DROPPING_BASE64 } from '../support/dropping-base64.js';
import { vmInputs } from '../support/inputs.js';
import type { TestVm } from '../support/vm-world.js';
import { startTestWorld, type TestWorld } from '../support/world.js';

let world: TestWorld;
let vm: TestVm;
let FRONTEND: string;
const runs: ActionRun[] = [];

before(
  async () => {
    world = await startTestWorld({ vms: 1, frontend: true });
    vm = world.freeVms[0] as TestVm;
    FRONTEND = world.frontend!.host;
    await world.startApp(vm, 'backend-vm', 8080);
  },
  { timeout: 300_000 },
);
after(async () => {
  runs.forEach(removeRun);
  await world?.stop();
  assert.deepEqual(await world.leftovers(), []);
});

const inputs = (extra: Record<string, string> = {}) =>
  vmInputs(vm, world.kube.kubeconfig, {
    namespace: 'rerun',
    'probe-url': `http://${vm.address}:8080/hello`,
    'probe-from-vm-url': `http://${FRONTEND}:8080/cats`,
    'probe-timeout': '20s',
    ...extra,
  });

async function run(extra: Record<string, string> = {}): Promise<ActionRun> {
  const r = await runAction(inputs(extra), { timeoutMs: 180_000 });
  runs.push(r);
  return r;
}
const report = (r: ActionRun): RunResult => JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;
const logOf = (r: ActionRun) => `${r.stdout.replace(/^::add-mask::.*\n/gm, '').slice(-5000)}\n${r.stderr.slice(-2000)}`;

/** The VM and its WorkloadEntry as the world shows them. */
async function stateOf(): Promise<Record<string, unknown>> {
  const vmState = await vm.exec([
    'sh',
    '-c',
    [
      "docker inspect --format '{{.Id}} {{.Config.Image}} {{.State.Status}}' istio-proxy",
      'docker ps -a --format "{{.Names}}" | sort | tr "\\n" " "; echo',
      'cd /etc/istio-proxy && ls -A | sort | tr "\\n" " "; echo',
      'cd /etc/istio-proxy && sha256sum * 2>/dev/null | sort',
      // pilot-agent's PROV_CERT/OUTPUT_CERTS: the root placed there, the key and chain it wrote, nothing half-written.
      'cd /etc/istio-proxy/certs && ls -A | sort | tr "\\n" " "; echo; sha256sum root-cert.pem',
      "sed -n '/^# BEGIN istio-vm-onboard/,/^# END istio-vm-onboard/p' /etc/hosts",
    ].join('; '),
  ]);
  assert.equal(vmState.code, 0, vmState.stderr);
  const entry = (await world.kube.getObject('networking.istio.io/v1', 'WorkloadEntry', 'rerun', 'backend-vm')) as
    { metadata: { uid: string; resourceVersion: string }; spec: unknown } | undefined;
  return {
    vm: vmState.stdout,
    entry: entry && { uid: entry.metadata.uid, resourceVersion: entry.metadata.resourceVersion, spec: entry.spec },
  };
}

/** pilot-agent says ready, and the app answers through the proxy's inbound listener on the VM's address. */
async function answering(): Promise<void> {
  const ready = await vm.exec(['curl', '-s', '-o', '/dev/null', '-w', '%{http_code}', 'http://127.0.0.1:15020/healthz/ready']);
  assert.equal(ready.stdout, '200', 'the proxy is ready');
  const id = `ivo-rerun-check-${Date.now()}`;
  const res = await fetch(`http://${vm.address}:8080/hello`, { headers: { 'x-request-id': id }, signal: AbortSignal.timeout(10_000) });
  assert.equal(res.status, 200);
  // Envoy's own access-log line shows the request went through the proxy (written after the response: polled).
  let logged = false;
  for (let i = 0; i < 50 && !logged; i++) {
    logged = (await vm.exec(['sh', '-c', 'docker logs --tail 50 istio-proxy 2>&1'])).stdout.includes(id);
    if (!logged) await new Promise((r) => setTimeout(r, 100));
  }
  assert.ok(logged, 'the proxy logged the request');
}

describe('a failed re-run leaves a working VM as it was (docker runtime)', () => {
  let onboarded: Record<string, unknown>;

  before(
    async () => {
      const r = await run();
      assert.equal(r.code, 0, logOf(r));
      assert.equal(r.outputs['probe-status'], 'passed');
      onboarded = await stateOf();
      assert.match(String(onboarded.vm), / running\n/);
      assert.match(
        String(onboarded.vm),
        /^cert-chain\.pem key\.pem root-cert\.pem $/m,
        'pilot-agent wrote its key and chain beside the root',
      );
      assert.doesNotMatch(String(onboarded.vm), /istio-proxy-previous|\.previous|\.staged/, 'nothing kept after a verified change');
    },
    { timeout: 200_000 },
  );

  const cases: Array<{
    name: string;
    extra?: () => Record<string, string>;
    arrange?: () => Promise<() => Promise<void>>;
    step: string;
    message: RegExp;
    restored: boolean;
  }> = [
    {
      name: 'a mistyped proxy-image tag: fails at "Prepare the VM", before anything changes',
      extra: () => ({ 'proxy-image': 'registry.test.local/istio/proxyv2:1.30-tset' }),
      step: 'Prepare the VM',
      message: /checking the image registry\.test\.local\/istio\/proxyv2:1\.30-tset on .* failed/,
      restored: false,
    },
    {
      name: 'SSH dropped during the transfer: nothing live was switched',
      arrange: async () => {
        // The third base64 of the upload kills its own sshd session (as faults.test.ts does).
        await vm.exec(['sh', '-c', 'cat > /usr/local/bin/base64 && chmod 755 /usr/local/bin/base64 && rm -f /tmp/ivo-b64-calls'], {
          input: DROPPING_BASE64,
        });
        return async () => void (await vm.exec(['rm', '-f', '/usr/local/bin/base64', '/tmp/ivo-b64-calls']));
      },
      step: 'Transfer the bootstrap bundle',
      message: /the SSH connection was lost before the command finished/,
      restored: false,
    },
    {
      name: 'the new proxy never gets ready (istiod out of reach): the previous one is restored and waited for',
      extra: () => ({ 'gateway-address': world.vms.blackholeAddress, 'ready-timeout': '4s' }),
      step: 'Wait for the proxy to be ready',
      message: /was not ready within 4 s/,
      restored: true,
    },
    {
      name: 'the outbound probe fails: the change is not kept',
      extra: () => ({ 'probe-from-vm-url': `http://${FRONTEND}:9999/cats`, 'probe-timeout': '3s' }),
      step: 'Verify traffic',
      message: /outbound probe/,
      restored: true,
    },
    {
      name: 'the API refuses the final write (the WorkloadEntry): restored',
      arrange: async () => {
        world.kube.injectFault({
          method: 'PATCH',
          path: /\/namespaces\/rerun\/workloadentries\/backend-vm$/,
          status: 500,
          message: 'etcdserver: request timed out',
          times: 10,
        });
        return async () => world.kube.clearFaults();
      },
      step: 'Make the WorkloadEntry live',
      message: /apply WorkloadEntry\/rerun\/backend-vm: HTTP 500/,
      restored: true,
    },
  ];

  for (const c of cases) {
    it(c.name, async () => {
      const undo = await c.arrange?.();
      let r: ActionRun;
      try {
        r = await run(c.extra?.() ?? {});
      } finally {
        await undo?.();
      }
      assert.equal(r.code, 1, logOf(r));
      const result = report(r);
      assert.equal(result.error?.step, c.step, logOf(r));
      assert.match(result.error?.message ?? '', c.message);
      if (c.restored)
        assert.match(
          result.error?.message ?? '',
          /restored the previous proxy \(image registry\.test\.local\/istio\/proxyv2:[^)]+\), ready in \d+ ms/,
        );
      assert.equal(r.outputs['proxy-status'], c.restored ? 'restored' : 'not-started');
      const rollback = result.steps.find((s) => s.name === 'Roll back');
      assert.equal(rollback?.status ?? 'ok', 'ok', rollback?.detail);
      assert.deepEqual(await stateOf(), onboarded, 'the VM and its WorkloadEntry are as they were');
      await answering();
    });
  }
});
