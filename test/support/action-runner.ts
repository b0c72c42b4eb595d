// Runs the bundled action exactly as the GitHub runner does: `node dist/index.js` with
// INPUT_* variables (names upper-cased, hyphens kept), action.yml defaults applied for
// inputs not given, and the runner's files for outputs, state and the job summary.
// The post step is run the same way with the saved state as STATE_* variables.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isRunnerExpression, loadContract } from '../../src/config/contract.js';

export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
// IVO_DIST_DIR: a copy of dist/ (with action.yml beside it) to run instead, e.g. while dist/ is being rebuilt.
const ENTRY = join(process.env.IVO_DIST_DIR ?? join(PROJECT_ROOT, 'dist'), 'index.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  /** Messages of ::error:: workflow commands, decoded. */
  errors: string[];
  /** Values registered with ::add-mask::. */
  masks: string[];
  /** stdout as the runner would show it: add-mask lines dropped, masked values replaced by ***. */
  visibleLog: string;
  dir: string;
  durationMs: number;
}

export interface RunOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  timeoutMs?: number;
  /** Run the post step with this earlier run's state instead of main. */
  postOf?: ActionRun;
  /** Called with the stdout so far on every chunk, and the process (e.g. to signal it mid-run). */
  onStdout?: (stdoutSoFar: string, child: ChildProcess) => void;
}

/** The runner's file-command format: `name<<DELIM\nvalue\nDELIM` or `name=value`. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name = '', delim = ''] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] as string);
      out[name] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

function decodeCommandData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export function inputEnv(inputs: Record<string, string>): NodeJS.ProcessEnv {
  const contract = loadContract(join(PROJECT_ROOT, 'action.yml'));
  const known = new Set(contract.inputs.map((i) => i.name));
  for (const name of Object.keys(inputs)) if (!known.has(name)) throw new Error(`test passes unknown input ${name}`);
  const env: NodeJS.ProcessEnv = {};
  for (const spec of contract.inputs) {
    const value = inputs[spec.name] ?? (isRunnerExpression(spec.default) ? '' : spec.default);
    env[`INPUT_${spec.name.replace(/ /g, '_').toUpperCase()}`] = value;
  }
  return env;
}

export async function runAction(inputs: Record<string, string>, opts: RunOptions = {}): Promise<ActionRun> {
  const dir = opts.postOf?.dir ?? mkdtempSync(join(tmpdir(), 'ivo-runner-'));
  const files = { summary: join(dir, 'step_summary.md'), output: join(dir, 'output.txt'), state: join(dir, 'state.txt') };
  for (const f of Object.values(files)) if (!opts.postOf) writeFileSync(f, '');
  const stateEnv: NodeJS.ProcessEnv = {};
  if (opts.postOf) for (const [k, v] of Object.entries(opts.postOf.state)) stateEnv[`STATE_${k}`] = v;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...inputEnv(inputs),
    GITHUB_ACTIONS: 'true',
    RUNNER_TEMP: join(dir, 'runner-temp'),
    GITHUB_WORKSPACE: opts.cwd ?? dir,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_STATE: opts.postOf ? join(dir, 'post-state.txt') : files.state,
    ...stateEnv,
    ...opts.env,
  };
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [ENTRY], { cwd: opts.cwd ?? dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      opts.onStdout?.(out, child);
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 300_000);
    child.on('error', reject);
    child.on('close', (c, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: c ?? (signal ? 128 : 1), stdout: out, stderr: err });
    });
  });
  const masks = [...stdout.matchAll(/^::add-mask::(.*)$/gm)].map((m) => decodeCommandData(m[1] as string));
  let visibleLog = stdout.replace(/^::add-mask::.*\n?/gm, '');
  for (const m of [...masks].sort((a, b) => b.length - a.length)) if (m) visibleLog = visibleLog.split(m).join('***');
  return {
    code,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(files.output, 'utf8')),
    summary: readFileSync(files.summary, 'utf8'),
    state: opts.postOf ? opts.postOf.state : parseFileCommands(readFileSync(files.state, 'utf8')),
    errors: [...stdout.matchAll(/^::error(?: [^:]*)?::(.*)$/gm)].map((m) => decodeCommandData(m[1] as string)),
    masks,
    visibleLog,
    dir,
    durationMs: Math.round(performance.now() - started),
  };
}

export function removeRun(run: ActionRun): void {
  rmSync(run.dir, { recursive: true, force: true });
}
