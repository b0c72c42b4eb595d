// Issue #20, the speed of one VM: `node dist/index.js` onboarding one VM without probes, from
// process start to exit, against its floor measured on the same VM in the same run: the ideal
// client of scripts/bench-ideal-client.mjs doing the same work (the action's own objects,
// bundle and start command, taken from a dry-run and a first onboarding). The two alternate,
// each a first onboarding (offboarded after, untimed); medians of RUNS. The action is timed warm
// (Node's compile cache filled by the runs before, as on a machine that ran it once) and cold
// (an empty cache of its own each time, as a hosted runner's first run). Also the offline schema
// check alone: the bundled validator chunk imported and run on the action's objects in a fresh
// process, as the step does. Called by scripts/bench.ts (`npm run bench`).
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { connectCluster } from '../src/cluster/client.js';
import { readMeshFacts } from '../src/cluster/mesh-facts.js';
import { loadContract } from '../src/config/contract.js';
import { getSettings } from '../src/config/settings-from-inputs.js';
import { effectiveWorkload } from '../src/plan/effective-workload.js';
import { FIELD_MANAGER } from '../src/plan/labels.js';
import { readinessCommand, READY_WAIT_PER_ROUND_TRIP_S, replaceProxyCommand } from '../src/plan/remote-commands.js';
import { shellJoin } from '../src/plan/shell.js';
import type { RunResult } from '../src/report/result.js';
import { PROJECT_ROOT, removeRun, runAction } from '../test/support/action-runner.js';
import type { TestWorld } from '../test/support/world.js';
import type { TestVm } from '../test/support/vm-world.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const IDEAL = join(PROJECT_ROOT, 'scripts', 'bench-ideal-client.mjs');
const DIST = process.env.IVO_DIST_DIR ?? join(PROJECT_ROOT, 'dist');

/** Runs a plain-Node script as the runner runs the action: spawn to exit, its stdout kept. */
function timedNode(args: string[]): Promise<{ ms: number; code: number; stdout: string; stderr: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) =>
    child.on('close', (code) => resolve({ ms: Math.round(performance.now() - started), code: code ?? 1, stdout, stderr })),
  );
}

/** The schema check alone, in a fresh Node: the bundled validator chunk imported, loaded for these objects, run on each. */
async function schemaCheckMs(objectsPath: string): Promise<{ importMs: number; checkMs: number }> {
  const chunk = readdirSync(join(DIST, 'chunks')).find((n) => /^validate-[A-Z0-9]+\.js$/.test(n));
  if (!chunk) throw new Error(`no validate chunk in ${DIST}/chunks`);
  const code = [
    `const objects = JSON.parse((await import('node:fs')).readFileSync(${JSON.stringify(objectsPath)}, 'utf8'));`,
    'const t0 = performance.now();',
    `const m = await import(${JSON.stringify(join(DIST, 'chunks', chunk))});`,
    'const fns = Object.values(m).filter((v) => typeof v === "function");',
    'const validateObject = fns.find((f) => f.name === "validateObject"), load = fns.find((f) => f.name === "loadValidators");',
    'const t1 = performance.now();',
    'if (load) await load(objects);',
    'const bad = objects.map((o) => validateObject(o)).filter((v) => !v.valid);',
    'const t2 = performance.now();',
    'if (bad.length) throw new Error(JSON.stringify(bad));',
    'console.log(JSON.stringify({ importMs: Math.round(t1 - t0), checkMs: Math.round(t2 - t1) }));',
  ].join('\n');
  const r = await timedNode(['--input-type=module', '-e', code]);
  if (r.code !== 0) throw new Error(`schema check timing failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { importMs: number; checkMs: number };
}

export async function oneVmAgainstFloor(world: TestWorld, vm: TestVm, runs: number): Promise<void> {
  const inputs = {
    'workload-name': 'floor-one',
    namespace: 'bench',
    'create-namespace': 'true',
    'vm-host': vm.address,
    ports: 'http:8080',
    kubeconfig: world.api.kubeconfig,
    'ssh-user': vm.user,
    'ssh-key': vm.privateKey,
    'ssh-known-hosts': vm.knownHostsLine,
  };
  const run = async (more: Record<string, string> = {}, env: NodeJS.ProcessEnv = {}) => {
    const r = await runAction({ ...inputs, ...more }, { timeoutMs: 300_000, env });
    if (r.code !== 0) throw new Error(`bench action run failed (${more.mode ?? 'onboard'}):\n${r.stdout.slice(-4000)}`);
    return r;
  };
  const reportOf = (r: { outputs: Record<string, string> }) =>
    JSON.parse(readFileSync(r.outputs.report as string, 'utf8')) as RunResult & { plan?: string[] };
  const dir = mkdtempSync(join(tmpdir(), 'ivo-bench-one-'));
  try {
    // What the action applies, runs and uploads: from its dry-run and a first onboarding (untimed).
    const warm = await run();
    removeRun(warm);
    const dry = await run({ 'dry-run': 'true' });
    const objects = parseAllDocuments(readFileSync(reportOf(dry).manifestsPath as string, 'utf8')).map(
      (d) => d.toJSON() as { kind: string },
    );
    removeRun(dry);
    const bundle = (
      await vm.exec([
        'sh',
        '-c',
        // The action's files: the bundle, and the root in the certificates directory (the key and chain there are the proxy's own).
        'cd /etc/istio-proxy && for f in * certs/root-cert.pem; do [ -f "$f" ] || continue; printf "%s %s " "$f" "$(stat -c %a "$f")"; base64 -w0 "$f"; echo; done',
      ])
    ).stdout
      .trim()
      .split('\n')
      .map((l) => {
        const [name = '', mode = '', base64 = ''] = l.split(' ');
        return { name, mode: mode.padStart(4, '0'), base64 };
      });
    removeRun(await run({ mode: 'offboard' }));
    const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
    const s = getSettings((n) => (inputs as Record<string, string>)[n] ?? defaults[n] ?? '', {});
    const facts = await readMeshFacts(
      await connectCluster(
        world.api.kubeconfig,
        '',
        {
          info: () => undefined,
          debug: () => undefined,
          warning: () => undefined,
          error: () => undefined,
          group: (_t, fn) => fn(),
          secret: () => undefined,
        },
        AbortSignal.timeout(60_000),
      ),
      s,
    );
    const kube = parseAllDocuments(world.api.kubeconfig)[0]?.toJSON() as {
      clusters: Array<{ cluster: { server: string; 'certificate-authority-data': string } }>;
      users: Array<{ user: { token: string } }>;
    };
    const sudo = vm.user === 'root' ? '' : 'sudo -n -- ';
    const spec = {
      api: {
        server: kube.clusters[0]?.cluster.server,
        caPem: Buffer.from(kube.clusters[0]?.cluster['certificate-authority-data'] ?? '', 'base64').toString(),
        token: kube.users[0]?.user.token,
      },
      fieldManager: FIELD_MANAGER,
      objects: objects
        .filter((o) => o.kind !== 'Namespace' && o.kind !== 'WorkloadEntry')
        .sort((a, b) => Number(b.kind === 'ServiceAccount') - Number(a.kind === 'ServiceAccount')),
      workloadEntry: objects.find((o) => o.kind === 'WorkloadEntry'),
      tokenSeconds: 3600,
      ssh: {
        host: vm.address,
        port: vm.sshPort,
        username: vm.user,
        privateKey: vm.privateKey,
        hostKey: vm.knownHostsLine.trim().split(/\s+/)[2],
      },
      bundle,
      uploadCommand: `${sudo}sh -c 'umask 077; mkdir -p /etc/istio-proxy/certs; chmod 0700 /etc/istio-proxy/certs; while read -r n m d; do printf %s "$d" | base64 -d > "/etc/istio-proxy/$n"; chmod "$m" "/etc/istio-proxy/$n"; done'`,
      // The action's own remote commands (this checkout's), whatever dist/ is being timed.
      startCommand: shellJoin(replaceProxyCommand(s, effectiveWorkload(s, []), facts, READY_WAIT_PER_ROUND_TRIP_S)),
      readyCommand: shellJoin(readinessCommand()),
    };
    const specPath = join(dir, 'spec.json');
    writeFileSync(specPath, JSON.stringify(spec), { mode: 0o600 });
    const objectsPath = join(dir, 'objects.json');
    writeFileSync(objectsPath, JSON.stringify(objects));

    const action: number[] = [];
    const cold: number[] = [];
    const floor: number[] = [];
    const marks: Array<Record<string, number>> = [];
    const steps = new Map<string, number[]>();
    for (let i = 0; i < runs; i++) {
      const r = await run();
      action.push(r.durationMs);
      for (const st of reportOf(r).steps) steps.set(st.name, [...(steps.get(st.name) ?? []), st.durationMs]);
      removeRun(r);
      removeRun(await run({ mode: 'offboard' }));
      const ideal = await timedNode([IDEAL, specPath]);
      if (ideal.code !== 0) throw new Error(`the ideal client failed: ${ideal.stderr}`);
      floor.push(ideal.ms);
      marks.push(JSON.parse(ideal.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>);
      removeRun(await run({ mode: 'offboard' }));
      // The first run on a machine: an empty compile cache of its own (src/compile-cache.ts).
      const coldCache = mkdtempSync(join(tmpdir(), 'ivo-bench-cache-'));
      const c = await run({}, { XDG_CACHE_HOME: coldCache });
      rmSync(coldCache, { recursive: true, force: true });
      cold.push(c.durationMs);
      removeRun(c);
      removeRun(await run({ mode: 'offboard' }));
    }
    const checks = [];
    for (let i = 0; i < runs; i++) checks.push(await schemaCheckMs(objectsPath));

    const a = median(action);
    const f = median(floor);
    const mark = (k: string) => median(marks.map((m) => m[k] ?? 0));
    console.log(
      `\none VM against its floor (issue #20): node dist/index.js onboard without probes vs the ideal client (scripts/bench-ideal-client.mjs), same VM, alternating, each a first onboarding; medians of ${runs}, process start to exit:`,
    );
    console.log(
      `  action ${a} ms (warm: the compile cache filled by the runs before); floor ${f} ms (connected at ${mark('connected')}, objects and token at ${mark('registered')}, uploaded at ${mark('uploaded')}, ready at ${mark('ready')}, WorkloadEntry at ${mark('entry')} ms)`,
    );
    // Each action run and the floor run after it share the machine's load of the moment: their ratio is steadier than the medians'.
    const pairs = action.map((x, i) => x / (floor[i] ?? x));
    console.log(
      `  ratio ${(a / f).toFixed(2)}x (goal <= 1.5x); median of the ${runs} pairs' ratios ${median(pairs).toFixed(2)}x; runs: action ${action.join(', ')}; floor ${floor.join(', ')}`,
    );
    console.log(
      `  cold (the first run on a machine: an empty compile cache each time) ${median(cold)} ms, ratio ${(median(cold) / f).toFixed(2)}x; runs: ${cold.join(', ')}`,
    );
    console.log("  the action's steps (warm), medians:");
    for (const [name, xs] of steps) console.log(`    ${name.padEnd(34)} ${String(median(xs)).padStart(6)} ms`);
    console.log(
      `  the offline schema check alone (${objects.length} objects, fresh node, bundled chunk): import ${median(checks.map((c) => c.importMs))} ms + load and check ${median(checks.map((c) => c.checkMs))} ms = ${median(checks.map((c) => c.importMs + c.checkMs))} ms (goal <= 20 ms)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
