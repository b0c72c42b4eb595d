// Startup cost of the bundled action: time from spawn to the first line on stdout of
// `node dist/index.js`, as the runner starts it, for (a) render without a cluster and (b) a
// validation error, and the size of what the bundle loads. Prints figures; asserts nothing.
// Needs no test world.   node --import tsx scripts/startup.ts [RUNS]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { inputEnv, PROJECT_ROOT } from '../test/support/action-runner.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Milliseconds from spawn to the first complete stdout line, and that line; resolves once the process has ended. */
async function firstLine(args: string[], env: NodeJS.ProcessEnv, cwd: string): Promise<{ ms: number; line: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'ignore'] });
  return new Promise((resolve, reject) => {
    let out = '';
    let ms: number | undefined;
    child.on('error', reject);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (ms === undefined && out.includes('\n')) ms = performance.now() - started;
    });
    child.on('close', () => {
      if (ms === undefined) reject(new Error(`${args.join(' ')} printed no line`));
      else resolve({ ms, line: out.slice(0, out.indexOf('\n')) });
    });
  });
}

/** The action's first line as the runner would see it, RUNS times. */
async function actionFirstLine(inputs: Record<string, string>, runs: number): Promise<{ ms: number; line: string }> {
  const times: number[] = [];
  let line = '';
  for (let i = 0; i < runs; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'ivo-startup-'));
    for (const f of ['summary', 'output', 'state']) writeFileSync(join(dir, f), '');
    const env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...inputEnv(inputs),
      GITHUB_ACTIONS: 'true',
      RUNNER_TEMP: dir,
      GITHUB_WORKSPACE: dir,
      GITHUB_STEP_SUMMARY: join(dir, 'summary'),
      GITHUB_OUTPUT: join(dir, 'output'),
      GITHUB_STATE: join(dir, 'state'),
    };
    try {
      const r = await firstLine([join(PROJECT_ROOT, 'dist/index.js')], env, dir);
      times.push(r.ms);
      line = r.line;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return { ms: Math.round(median(times)), line };
}

/** Every file under dist/ ending in .js, with its size. */
export function bundleFiles(): Array<{ path: string; bytes: number }> {
  const dist = join(PROJECT_ROOT, 'dist');
  const out: Array<{ path: string; bytes: number }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name.endsWith('.js')) out.push({ path: relative(PROJECT_ROOT, p), bytes: statSync(p).size });
    }
  };
  walk(dist);
  return out;
}

/** The files node loads before an entry runs: the entry and every chunk it imports statically. */
export function loadedAtStartup(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    // esbuild writes static chunk imports as `import ... from "./chunks/x.js";` (import() calls are not matched).
    for (const m of readFileSync(file, 'utf8').matchAll(/^import\s*(?:[^'"]*?\sfrom\s*)?["'](\.{1,2}\/[^"']+)["'];?$/gm))
      visit(resolve(dirname(file), m[1] as string));
  };
  visit(join(PROJECT_ROOT, entry));
  return [...seen].map((f) => relative(PROJECT_ROOT, f));
}

/** The packages (or src/) a bundle file holds, largest share first, from esbuild's path comments. */
function contents(file: string): string {
  const text = readFileSync(join(PROJECT_ROOT, file), 'utf8');
  const sizes = new Map<string, number>();
  const marks = [...text.matchAll(/^\/\/ (\S+)$/gm)];
  marks.forEach((m, i) => {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(m[1] as string)?.[1] ?? 'src';
    sizes.set(pkg, (sizes.get(pkg) ?? 0) + ((marks[i + 1]?.index ?? text.length) - (m.index ?? 0)));
  });
  return [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([p]) => p)
    .join(', ');
}

export interface StartupFigures {
  nodeMs: number;
  render: { ms: number; line: string };
  invalid: { ms: number; line: string };
}

export async function measureStartup(runs = 10): Promise<StartupFigures> {
  // Node alone, for scale: what no bundle change can go below.
  const nodeTimes: number[] = [];
  for (let i = 0; i < runs; i++) nodeTimes.push((await firstLine(['-e', 'console.log(1)'], { PATH: process.env.PATH }, tmpdir())).ms);
  const render = await actionFirstLine(
    { mode: 'render', 'workload-name': 'startup-vm', namespace: 'bench', 'vm-address': '10.0.0.7', ports: 'http:8080' },
    runs,
  );
  const invalid = await actionFirstLine(
    { mode: 'render', 'workload-name': 'Not_A_Name', namespace: 'bench', 'vm-address': '10.0.0.7', ports: 'http:eighty' },
    runs,
  );
  return { nodeMs: Math.round(median(nodeTimes)), render, invalid };
}

export function printStartup(f: StartupFigures, runs: number): void {
  const mib = (n: number) => `${(n / 1048576).toFixed(2)} MiB`;
  console.log(`\nstartup, medians of ${runs} (spawn to the first stdout line; node itself: ${f.nodeMs} ms; goal <= 100 ms):`);
  // The part the bundle adds: on a busy machine node's own start grows, and every figure with it.
  const row = (what: string, r: { ms: number; line: string }) =>
    console.log(
      `  ${what.padEnd(26)} ${String(r.ms).padStart(4)} ms (node + ${String(r.ms - f.nodeMs).padStart(3)} ms)   ${r.line.slice(0, 50)}`,
    );
  row('render without a cluster', f.render);
  row('validation error', f.invalid);
  const files = bundleFiles();
  const size = new Map(files.map((x) => [x.path, x.bytes]));
  const total = (paths: string[]) => paths.reduce((n, p) => n + (size.get(p) ?? 0), 0);
  console.log(`\nbundle: ${files.length} files, ${mib(total([...size.keys()]))} in all (goal: dist/index.js <= 4 MiB)`);
  for (const entry of ['dist/index.js', 'dist/cli.js']) {
    const startup = loadedAtStartup(entry);
    console.log(
      `  ${entry.padEnd(34)} ${mib(size.get(entry) ?? 0).padStart(10)}; loaded before it runs: ${mib(total(startup))} in ${startup.length} files`,
    );
  }
  console.log('  largest chunks (loaded on demand):');
  for (const { path, bytes } of files
    .filter((x) => x.path.startsWith('dist/chunks/'))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 6)) {
    console.log(`    ${path.padEnd(32)} ${mib(bytes).padStart(10)}  ${contents(path)}`);
  }
}

if (/(^|[/\\])startup\.ts$/.test(process.argv[1] ?? '')) {
  const runs = Number(process.argv[2] ?? 10);
  printStartup(await measureStartup(runs), runs);
}
