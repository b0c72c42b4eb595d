// A long-running process of the test world (etcd, kube-apiserver, istiod, ...): started with
// setpriv --pdeathsig so it dies with the test process even on SIGKILL, its output in a log
// file, stopped by PID + start time (never by name), SIGTERM first.
import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { isLive, procId, signalProc, sleep, type ProcId } from '../procs.js';

export interface Daemon {
  name: string;
  proc: ProcId;
  logPath: string;
  /** The last lines of its log, for error messages. */
  tail(lines?: number): string;
  exited(): boolean;
  stop(): Promise<void>;
}

const running = new Set<Daemon>();
let hooked = false;

function hookExit(): void {
  if (hooked) return;
  hooked = true;
  // A crashed test still ends what it started (synchronously: 'exit' runs no async code).
  process.on('exit', () => {
    for (const d of running) signalProc(d.proc, 'SIGKILL');
  });
}

export async function startDaemon(
  name: string,
  cmd: string,
  args: string[],
  opts: { env?: NodeJS.ProcessEnv; logPath: string; cwd?: string },
): Promise<Daemon> {
  hookExit();
  const fd = openSync(opts.logPath, 'a');
  const child = spawn('setpriv', ['--pdeathsig', 'KILL', '--', cmd, ...args], {
    env: opts.env ?? process.env,
    cwd: opts.cwd,
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  let exitedFlag = false;
  child.on('exit', () => {
    exitedFlag = true;
  });
  const pid = child.pid;
  const proc = pid !== undefined ? procId(pid) : undefined;
  if (!proc) throw new Error(`${name} did not start: ${readFileSync(opts.logPath, 'utf8').slice(-2000)}`);
  const d: Daemon = {
    name,
    proc,
    logPath: opts.logPath,
    tail(lines = 30) {
      try {
        return readFileSync(opts.logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
      } catch {
        return '';
      }
    },
    exited: () => exitedFlag || !isLive(proc),
    async stop() {
      running.delete(d);
      if (!signalProc(proc, 'SIGTERM')) return;
      for (let i = 0; i < 100 && isLive(proc); i++) await sleep(50);
      signalProc(proc, 'SIGKILL');
      for (let i = 0; i < 100 && isLive(proc); i++) await sleep(20);
    },
  };
  running.add(d);
  return d;
}

/** Polls check() until it returns true; fails naming the daemon and quoting its log. */
export async function waitFor(d: Daemon, what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (d.exited()) throw new Error(`${d.name} exited before ${what}:\n${d.tail()}`);
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${d.name}: ${what} did not happen within ${timeoutMs / 1000} s:\n${d.tail()}`);
    await sleep(100);
  }
}
