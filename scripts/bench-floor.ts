// Issue #13, speed: what SSH and Docker themselves cost on the test world's VMs (the floor),
// next to what the action costs on the same VMs in the same run, printed as ratios (absolute
// times are noisy on a loaded machine), with per VM the remote round trips before readiness
// polling and the API writes. Called by scripts/bench.ts (`npm run bench`); also runs alone:
//   BENCH_VMS=30 node --import tsx scripts/bench-floor.ts
// The floor per VM: a raw ssh2 connection (same client, key and host-key check as the
// action), one exec writing a bundle of the action's size from stdin, one `docker run -d` of
// the proxy image; its container and file are removed afterwards, outside the timing.
import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import ssh2 from 'ssh2';
import type { RunResult } from '../src/report/result.js';
import { checkHostKey } from '../src/vm/host-keys.js';
import { vmLeaseName } from '../src/cluster/lease.js';
import { removeRun, runAction, type ActionRun } from '../test/support/action-runner.js';
import { PROXY_IMAGE, startTestWorld, type TestWorld } from '../test/support/world.js';
import type { TestVm } from '../test/support/vm-world.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : '-');
/** The action's steps that do what the floor does: connect, upload the bundle, start the container. */
const VM_STEPS = ['Connect to the VM', 'Transfer the bootstrap bundle', 'Start the proxy'];

interface FloorTimes {
  connectMs: number;
  uploadMs: number;
  runMs: number;
  totalMs: number;
}

function exec(client: ssh2.Client, command: string, stdin?: Buffer): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) =>
    client.exec(command, (err, stream) => {
      if (err) return reject(err);
      let stdout = '';
      let stderr = '';
      stream.on('data', (d: Buffer) => (stdout += d.toString()));
      stream.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      stream.on('close', (code: number | null) => resolve({ code: code ?? 255, stdout, stderr }));
      stream.end(stdin ?? '');
    }),
  );
}

/** The floor on one VM; `bytes` is the size of the action's bundle upload. */
export async function floorOnce(vm: TestVm, bytes: number, tag: string): Promise<FloorTimes> {
  const sudo = vm.user === 'root' ? '' : 'sudo -n -- ';
  const t0 = performance.now();
  const client = await new Promise<ssh2.Client>((resolve, reject) => {
    const c = new ssh2.Client();
    c.once('ready', () => resolve(c)).once('error', reject);
    c.connect({
      host: vm.address,
      port: vm.sshPort,
      username: vm.user,
      privateKey: vm.privateKey,
      readyTimeout: 20_000,
      hostVerifier: (key: Buffer) =>
        checkHostKey({ knownHosts: [vm.knownHostsLine], fingerprints: [], strict: true }, vm.address, vm.sshPort, key).accepted,
    });
    c.setNoDelay(true); // as the action's session does (src/vm/ssh-session.ts)
  });
  const t1 = performance.now();
  const dir = `/tmp/ivo-floor-${tag}`;
  try {
    const up = await exec(client, `${sudo}sh -c 'umask 077; mkdir -p ${dir}; cat > ${dir}/bundle'`, Buffer.alloc(bytes, 'A'));
    if (up.code !== 0) throw new Error(`floor upload on ${vm.name}: ${up.stderr}`);
    const t2 = performance.now();
    // pilot-agent's `version` exits at once: the container is created and started like the proxy's, and binds no port.
    const run = await exec(client, `${sudo}docker run -d --name ivo-floor-${tag} --network host ${PROXY_IMAGE} version`);
    if (run.code !== 0) throw new Error(`floor docker run on ${vm.name}: ${run.stderr}`);
    const t3 = performance.now();
    return { connectMs: t1 - t0, uploadMs: t2 - t1, runMs: t3 - t2, totalMs: t3 - t0 };
  } finally {
    await exec(client, `${sudo}sh -c 'docker rm --force ivo-floor-${tag} >/dev/null 2>&1; rm -rf ${dir}'`).catch(() => undefined);
    client.end();
  }
}

/** The machine's CPU time so far, in core-seconds (all processes: the action, sshd, dockerd, Envoy, istiod, the API server). */
function cpuSeconds(): { busy: number; all: number } {
  const f = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const all = f.reduce((a, b) => a + b, 0);
  const idle = (f[3] ?? 0) + (f[4] ?? 0);
  return { busy: (all - idle) / 100, all: all / 100 };
}

/**
 * CPU time per process name (utime+stime, plus cutime+cstime: children it reaped, such as
 * this bench's action process), in seconds, to see which part of the world a fleet's time goes to.
 */
function cpuByProcess(): Map<string, number> {
  const out = new Map<string, number>();
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const f = stat
        .slice(stat.lastIndexOf(')') + 2)
        .split(' ')
        .map(Number);
      out.set(`${pid} ${comm}`, ((f[11] ?? 0) + (f[12] ?? 0) + (f[13] ?? 0) + (f[14] ?? 0)) / 100);
    } catch {
      // exited meanwhile
    }
  }
  return out;
}

/** The CPU seconds spent between two cpuByProcess() readings, per process name, largest first. */
function cpuSpent(before: Map<string, number>, after: Map<string, number>): Array<[string, number]> {
  const byName = new Map<string, number>();
  for (const [key, t] of after) {
    const name = key.slice(key.indexOf(' ') + 1).replace(/^node$/, 'node (this bench and the action it ran)');
    byName.set(name, (byName.get(name) ?? 0) + t - (before.get(key) ?? 0));
  }
  return [...byName].filter(([, t]) => t >= 0.05).sort((a, b) => b[1] - a[1]);
}

/** Writes counted by what they did, e.g. "30 x POST leases (taken), 12 x PUT leases (renewed), 1 x PATCH workloadgroups". */
function writeKinds(writes: Array<{ method: string; path: string }>): string {
  const counts = new Map<string, number>();
  for (const w of writes) {
    // /api/v1/namespaces/NS[/RESOURCE[/NAME[/SUBRESOURCE]]], /apis/GROUP/VERSION/namespaces/...
    const [, , resource, , sub] = w.path.replace(/^\/apis?\/(?:[^/]+\/)?v1\//, '').split('/');
    const resourceName = resource ? (sub ? `${resource}/${sub}` : resource) : 'namespaces';
    const what = resourceName === 'leases' ? ({ POST: ' (taken)', PUT: ' (renewed)', DELETE: ' (released)' }[w.method] ?? '') : '';
    const key = `${w.method} ${resourceName}${what}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, c]) => `${c} x ${k}`).join(', ');
}

/** Per step of the fleet's VMs: median and slowest, to see where a fleet's time goes. */
function stepTable(vms: RunResult[]): string[] {
  const names = [...new Set(vms.flatMap((v) => v.steps.map((st) => st.name)))];
  return names.map((name) => {
    const xs = vms.map((v) => stepMs(v, name));
    return `    ${name.padEnd(34)} median ${String(median(xs)).padStart(5)} ms, slowest ${String(Math.max(...xs)).padStart(5)} ms`;
  });
}

const reportOf = (r: ActionRun) => JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult;
const stepMs = (r: RunResult, name: string) => r.steps.find((s) => s.name === name)?.durationMs ?? 0;
const vmPartMs = (r: RunResult) => VM_STEPS.reduce((sum, n) => sum + stepMs(r, n), 0);

/**
 * Remote round trips before readiness polling, per SSH target, from the action's debug lines
 * ("remote round trip K on TARGET: LABEL", src/vm/ssh-session.ts): those before the first
 * ready-check, the start included (replace-proxy, start-unit: it waits for readiness itself first).
 */
export function roundTripsBeforeReady(stdout: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const polling = new Set<string>();
  for (const m of stdout.matchAll(/^::debug::(?:\[[^\]]*\] )?remote round trip \d+ on (\S+): (.*)$/gm)) {
    const [, target = '', label = ''] = m;
    if (label === 'ready-check') polling.add(target);
    if (polling.has(target)) continue;
    out.set(target, [...(out.get(target) ?? []), label]);
    if (label === 'replace-proxy' || label === 'start-unit') polling.add(target);
  }
  return out;
}

export async function benchFloor(world: TestWorld, vms: TestVm[], opts: { repeats?: number; loadedNote?: string } = {}): Promise<void> {
  const n = vms.length;
  const repeats = opts.repeats ?? 3;
  const first = vms[0] as TestVm;
  const base = {
    namespace: 'floor',
    'create-namespace': 'true',
    ports: 'http:8080',
    kubeconfig: world.api.kubeconfig,
    'ssh-user': first.user,
    'ssh-key': first.privateKey,
    'ssh-known-hosts': vms.map((vm) => vm.knownHostsLine).join('\n'),
    'ready-timeout': '90s',
    timeout: '5m',
  };
  const one = { ...base, 'workload-name': 'floor-vm-0', 'vm-host': first.address };
  const run = async (inputs: Record<string, string>) => {
    const r = await runAction(inputs, { timeoutMs: 300_000 });
    if (r.code !== 0) throw new Error(`bench action run failed (${inputs.mode ?? 'onboard'}):\n${r.stdout.slice(-4000)}`);
    return r;
  };

  // The size of the action's upload (stdin of install-bundle: "NAME MODE BASE64" per file), from a first onboard.
  const warm = await run(one);
  const sizes = (
    await first.exec(['sh', '-c', 'for f in /etc/istio-proxy/*; do printf "%s %s\\n" "$(basename "$f")" "$(stat -c %s "$f")"; done'])
  ).stdout
    .trim()
    .split('\n');
  const bytes = sizes.reduce((sum, l) => {
    const [name = '', size = '0'] = l.split(' ');
    return sum + name.length + 6 + Math.ceil(Number(size) / 3) * 4;
  }, 0);
  removeRun(warm);
  removeRun(await run({ ...one, mode: 'offboard' }));
  await floorOnce(first, bytes, 'warm');

  // What the world burns with nothing to do (API server, istiod, proxies already running), per second: not the runs' cost.
  const idle0 = cpuSeconds();
  await new Promise((r) => setTimeout(r, 3000));
  const idleRate = (cpuSeconds().busy - idle0.busy) / 3;

  // One VM: floor and action alternate, each action a first onboard (offboarded after, untimed).
  const floors: FloorTimes[] = [];
  const actions: RunResult[] = [];
  const wholeMs: number[] = [];
  /** Core-seconds the whole machine spent during each single run (the action, sshd, dockerd, Envoy, istiod, the API server). */
  const wholeCpu: number[] = [];
  let trips: string[] = [];
  let writes: string[] = [];
  for (let i = 0; i < repeats; i++) {
    floors.push(await floorOnce(first, bytes, `1-${i}`));
    const before = world.api.writes().length;
    const c0 = cpuSeconds();
    const r = await run(one);
    wholeCpu.push(cpuSeconds().busy - c0.busy - idleRate * (r.durationMs / 1000));
    actions.push(reportOf(r));
    wholeMs.push(r.durationMs);
    trips = [...roundTripsBeforeReady(r.stdout).values()][0] ?? [];
    writes = world.api
      .writes()
      .slice(before)
      .filter(
        (w) => w.path.includes('/namespaces/floor') || w.path.endsWith(`/${vmLeaseName(first.address)}`) || w.path.endsWith('/leases'),
      )
      .map((w) => `${w.method} ${w.path.replace(/^\/apis?\/(?:[^/]+\/)?v1\/(?:namespaces\/[^/]+\/)?/, '')}`);
    removeRun(r);
    removeRun(await run({ ...one, mode: 'offboard' }));
  }
  const floor1 = median(floors.map((f) => f.totalMs));
  const action1 = median(actions.map(vmPartMs));

  // N VMs at once: N floors in parallel, then the fleet with concurrency N.
  const floorsN = await (async () => {
    const t0 = performance.now();
    const each = await Promise.all(vms.map((vm, i) => floorOnce(vm, bytes, `n-${i}`)));
    return { wallMs: performance.now() - t0, each };
  })();
  const inventory = vms.map((vm, i) => `- vm-host: ${vm.address}\n  workload-name: floor-vm-${i}\n`).join('');
  const beforeFleet = world.api.writes().length;
  const cpu0 = cpuSeconds();
  const procs0 = cpuByProcess();
  const fleet = await run({ ...base, inventory, concurrency: String(n) });
  const cpu1 = cpuSeconds();
  const procs1 = cpuByProcess();
  const fleetWriteList = world.api.writes().slice(beforeFleet);
  const fleetWrites = fleetWriteList.length;
  const fleetVms = reportOf(fleet).vms ?? [];
  const fleetTrips = roundTripsBeforeReady(fleet.stdout);
  removeRun(fleet);
  removeRun(await run({ ...base, inventory, concurrency: String(n), mode: 'offboard' }));

  // The same VMs as replicas of one workload, Istio's way for many VMs of one service
  // (registration: workload-group): the objects they share are written once for the run.
  await Promise.all(vms.map((vm) => world.startApp(vm, 'floor-app', 8080)));
  const replicas = {
    ...base,
    'workload-name': 'floor-app',
    registration: 'workload-group',
    inventory: vms.map((vm) => `- vm-host: ${vm.address}\n`).join(''),
    concurrency: String(n),
  };
  const beforeGroup = world.api.writes().length;
  const group = await run(replicas);
  const groupWrites = world.api.writes().slice(beforeGroup);
  const groupMs = group.durationMs;
  removeRun(group);
  removeRun(await run({ ...replicas, mode: 'offboard' }));
  const shared = groupWrites.filter((w) => !/\/leases|\/token$/.test(w.path));
  const fleetVmPart = Math.max(...fleetVms.map(vmPartMs));
  const sequentialMs = n * median(wholeMs);

  const ms = (x: number) => `${Math.round(x)} ms`;
  console.log(`\nfloor vs action on the same VMs, same run (issue #13; ${opts.loadedNote ?? `${n} VMs`}); upload ${bytes} bytes:`);
  console.log(
    `  1 VM, medians of ${repeats}: floor ${ms(floor1)} (connect ${ms(median(floors.map((x) => x.connectMs)))}, upload ${ms(median(floors.map((x) => x.uploadMs)))}, docker run ${ms(median(floors.map((x) => x.runMs)))})`,
  );
  console.log(
    `        action ${ms(action1)} (${VM_STEPS.map((s) => `${s.toLowerCase()} ${ms(median(actions.map((a) => stepMs(a, s))))}`).join(', ')})  ratio ${ratio(action1, floor1)}x (goal <= 1.5x)`,
  );
  console.log(
    `  ${n} VMs in parallel: floor ${ms(floorsN.wallMs)} wall; fleet (concurrency ${n}) slowest VM's same steps ${ms(fleetVmPart)}  ratio ${ratio(fleetVmPart, floorsN.wallMs)}x (goal <= 1.5x)`,
  );
  console.log(
    `  ${n} VMs whole runs: one after another (estimate ${n} x ${ms(median(wholeMs))}) ${ms(sequentialMs)}; one fleet run ${ms(fleet.durationMs)}  speed-up ${ratio(sequentialMs, fleet.durationMs)}x (goal >= 10x)`,
  );
  // One run keeps the machine busy for part of its time; a fleet cannot finish before all VMs' CPU time is spent on all cores.
  const cores = availableParallelism();
  const fleetCpu = cpu1.busy - cpu0.busy - idleRate * (fleet.durationMs / 1000);
  const bound = (fleetCpu / cores) * 1000;
  console.log(
    `    CPU: one run alone keeps the machine busy ${median(wholeCpu).toFixed(2)} core-seconds in ${ms(median(wholeMs))}; the fleet spent ${fleetCpu.toFixed(1)} core-seconds (${(fleetCpu / n).toFixed(2)} per VM; the idle world's ${idleRate.toFixed(2)} per second subtracted), which ${cores} cores cannot spend in less than ${ms(bound)}: on this machine the speed-up is at most ${ratio(sequentialMs, bound)}x, and the fleet ran at ${ratio(bound, fleet.durationMs)} of that bound`,
  );
  console.log(
    `  per VM, remote round trips until the proxy is ready (the start's waits for readiness first): ${trips.length} (${trips.join(', ')}) (goal <= 3); in the fleet: ${[...new Set([...fleetTrips.values()].map((t) => t.length))].join('/')} per VM over ${fleetTrips.size} VMs`,
  );
  console.log(`  per VM, API writes of one onboard: ${writes.length} (goal <= 4): ${writes.join(', ')}`);
  console.log(
    `  fleet of ${n} workloads (one VM each): ${fleetWrites} API writes, ${(fleetWrites / n).toFixed(1)} per VM: ${writeKinds(fleetWriteList)}`,
  );
  console.log(
    `  fleet of ${n} replicas of one workload (registration: workload-group): ${groupWrites.length} API writes, ${((groupWrites.length - shared.length) / n).toFixed(1)} per VM (goal <= 4) + ${shared.length} for the run; ${ms(groupMs)} with istiod's entries Healthy: ${writeKinds(groupWrites)}`,
  );
  console.log(
    `  the fleet of ${n} workloads, per step over its VMs (wall ${ms(fleet.durationMs)}; the machine was busy ${(cpu1.busy - cpu0.busy).toFixed(1)} core-seconds of the ${(cpu1.all - cpu0.all).toFixed(1)} it had):`,
  );
  for (const line of stepTable(fleetVms)) console.log(line);
  console.log(
    `    CPU seconds by process: ${cpuSpent(procs0, procs1)
      .map(([name, t]) => `${name} ${t.toFixed(2)}`)
      .join(', ')}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.env.BENCH_VMS ?? 10);
  const world = await startTestWorld({ vms: n });
  try {
    await benchFloor(world, world.freeVms.slice(0, n), {
      loadedNote: `${n} VMs${process.env.BENCH_VMS ? '' : " (BENCH_VMS unset: 10, the machine is shared; BENCH_VMS=30 for the issue's figure)"}`,
    });
  } finally {
    await world.stop();
  }
}
