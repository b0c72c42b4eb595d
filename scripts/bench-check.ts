// Issue #19: what `mode: check` of a fleet costs, against its floor measured on the same VMs in
// the same run. The floor is one SSH round trip per VM (a raw ssh2 connection with the same key
// and host-key check as the action, one `true`, closed), at the same concurrency as the check;
// the check is `node dist/index.js` with mode check over an inventory of the VMs, each onboarded
// first. Prints figures and ratios; asserts nothing. Called by scripts/bench.ts; also alone:
//   BENCH_CHECK_VMS=30 node --import tsx scripts/bench-check.ts
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { dump } from 'js-yaml';
import ssh2 from 'ssh2';
import { pool } from '../src/modes/fleet.js';
import { checkHostKey } from '../src/vm/host-keys.js';
import { removeRun, runAction } from '../test/support/action-runner.js';
import type { TestVm } from '../test/support/vm-world.js';
import { startTestWorld, type TestWorld } from '../test/support/world.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** One SSH round trip: connect (host key checked), run `true`, close. */
async function roundTrip(vm: TestVm): Promise<void> {
  const client = await new Promise<ssh2.Client>((done, fail) => {
    const c = new ssh2.Client();
    c.once('ready', () => done(c)).once('error', fail);
    c.connect({
      host: vm.address,
      port: vm.sshPort,
      username: vm.user,
      privateKey: vm.privateKey,
      readyTimeout: 20_000,
      hostVerifier: (key: Buffer) =>
        checkHostKey({ knownHosts: [vm.knownHostsLine], fingerprints: [], strict: true }, vm.address, vm.sshPort, key).accepted,
    });
  });
  try {
    await new Promise<void>((done, fail) =>
      client.exec('true', (err, stream) => (err ? fail(err) : stream.on('close', () => done()).resume())),
    );
  } finally {
    client.end();
  }
}

/** Onboards the VMs, then times checks of them all against the floor; prints the figures. */
export async function benchCheck(world: TestWorld, vms: TestVm[], runs = 3, concurrency = 10): Promise<void> {
  const first = vms[0];
  if (!first) throw new Error('bench-check: no VM');
  const inputs = {
    namespace: 'bench-check',
    'create-namespace': 'true',
    ports: 'http:8080',
    kubeconfig: world.api.kubeconfig,
    'ssh-user': first.user,
    'ssh-key': first.privateKey,
    'ssh-known-hosts': vms.map((vm) => vm.knownHostsLine).join('\n'),
    inventory: dump(vms.map((vm, i) => ({ 'vm-host': vm.address, 'workload-name': `check-vm-${i}` }))),
    concurrency: String(concurrency),
    'ready-timeout': '120s',
    timeout: '10m',
  };
  const onboarded = await runAction(inputs, { timeoutMs: 600_000 });
  removeRun(onboarded);
  if (onboarded.code !== 0) throw new Error(`bench-check: onboarding the ${vms.length} VMs failed:\n${onboarded.stdout.slice(-3000)}`);
  const checks: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Interleaved, so that both see the same load.
    const t0 = performance.now();
    await pool(vms, concurrency, roundTrip);
    floors.push(performance.now() - t0);
    const r = await runAction({ ...inputs, mode: 'check' }, { timeoutMs: 600_000 });
    if (r.code !== 0) throw new Error(`bench-check: check run ${i} failed:\n${r.stdout.slice(-3000)}`);
    checks.push(r.durationMs);
    const report = JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as { vms: unknown[] };
    if (report.vms.length !== vms.length) throw new Error(`bench-check: the report holds ${report.vms.length} VMs, not ${vms.length}`);
    removeRun(r);
  }
  const check = median(checks);
  const floor = median(floors);
  console.log(`\nmode check of ${vms.length} VMs (concurrency ${concurrency}), medians of ${runs}, process start to exit:`);
  console.log(`  check                                   ${Math.round(check)} ms (${Math.round(check / vms.length)} ms per VM)`);
  console.log(`  floor: one SSH round trip per VM        ${Math.round(floor)} ms`);
  console.log(`  ratio                                   ${(check / floor).toFixed(2)}x the floor`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const n = Number(process.env.BENCH_CHECK_VMS ?? 30);
  const t0 = performance.now();
  const world = await startTestWorld({ vms: n });
  console.log(`test world with ${n} VMs: ${Math.round(performance.now() - t0)} ms`);
  try {
    await benchCheck(world, world.freeVms.slice(0, n));
  } finally {
    await world.stop();
  }
}
