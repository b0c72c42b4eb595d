// Process helpers for the test world: run commands (async and sync), and identify the
// processes we start by PID + start time, so a cleanup never signals an unrelated process
// that happens to reuse a PID.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';

export interface ProcId {
  pid: number;
  /** Field 22 of /proc/PID/stat (start time in clock ticks since boot). */
  start: string;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function statFields(pid: number): string[] | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // comm (field 2) is in parentheses and may hold spaces: split after the last ')'.
  const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return rest; // rest[0] is field 3 (state), so field N is rest[N - 3]
}

export function procId(pid: number): ProcId | undefined {
  const f = statFields(pid);
  const start = f?.[22 - 3];
  return start === undefined ? undefined : { pid, start };
}

/** True when the process exists, is the one recorded (same start time) and is not a zombie. */
export function isLive(p: ProcId): boolean {
  const f = statFields(p.pid);
  if (!f) return false;
  return f[22 - 3] === p.start && f[0] !== 'Z' && f[0] !== 'X';
}

/** Signal the recorded process only if it is still the same process. */
export function signalProc(p: ProcId, signal: NodeJS.Signals = 'SIGKILL'): boolean {
  if (!isLive(p)) return false;
  try {
    process.kill(p.pid, signal);
    return true;
  } catch {
    return false;
  }
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));
export function sleepSync(ms: number): void {
  Atomics.wait(sleepCell, 0, 0, ms);
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Poll until none of the processes is live; returns false on timeout. */
export function waitGoneSync(procs: ProcId[], timeoutMs: number): boolean {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!procs.some(isLive)) return true;
    if (Date.now() > deadline) return false;
    sleepSync(10);
  }
}

export interface RunOptions {
  input?: string | Buffer | Readable;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

export function run(cmd: string, args: string[], opts: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs) : undefined;
    child.on('error', (e) => {
      if (timer) clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8') + (signal ? `\n[killed by ${signal}]` : ''),
      });
    });
    child.stdin.on('error', () => undefined); // the command may exit without reading its input
    const input = opts.input;
    if (input === undefined) child.stdin.end();
    else if (typeof input === 'string' || Buffer.isBuffer(input)) child.stdin.end(input);
    else input.pipe(child.stdin);
  });
}

/** Run and throw (with stderr) unless the exit code is 0. */
export async function runOk(cmd: string, args: string[], opts: RunOptions = {}): Promise<string> {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.code}): ${r.stderr.trim()}`);
  return r.stdout;
}

export function runSync(cmd: string, args: string[]): RunResult {
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  return { code: r.status ?? 1, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}
