// Runs pilot-agent.mjs directly on the host (no image, no VM) for fast tests: a bootstrap
// directory plays the container's /var/run/secrets and /etc/hosts (STANDIN_ROOT).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PILOT_AGENT_PATH } from './image.js';

export const TOKEN_FILE = 'var/run/secrets/tokens/istio-token';
export const ROOT_CERT_FILE = 'var/run/secrets/istio/root-cert.pem';

/** Lay out a bootstrap under root; null leaves a file out, 'dir' puts a directory there. */
export function writeBootstrap(root: string, b: { token: string | null | 'dir'; rootCert: string | null | 'dir'; hosts?: string }): void {
  for (const [rel, content] of [[TOKEN_FILE, b.token], [ROOT_CERT_FILE, b.rootCert]] as const) {
    const path = join(root, rel);
    mkdirSync(join(path, '..'), { recursive: true });
    if (content === 'dir') mkdirSync(path, { recursive: true });
    else if (content !== null) writeFileSync(path, content);
  }
  if (b.hosts !== undefined) {
    mkdirSync(join(root, 'etc'), { recursive: true });
    writeFileSync(join(root, 'etc/hosts'), b.hosts);
  }
}

export interface LocalAgent {
  pid: number;
  stdout: string[];
  stderr: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  waitForLine(stream: 'stdout' | 'stderr', re: RegExp, timeoutMs?: number): Promise<string>;
  /** SIGTERM, then SIGKILL after 2 s; resolves when the process is gone. */
  stop(): Promise<void>;
}

export function startLocalAgent(opts: { root: string; env: Record<string, string>; args?: string[] }): LocalAgent {
  const args = opts.args ?? ['proxy', 'sidecar', '--concurrency', '0'];
  const child = spawn(process.execPath, [PILOT_AGENT_PATH, ...args], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', ...opts.env, STANDIN_ROOT: opts.root },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines = { stdout: [] as string[], stderr: [] as string[] };
  const waiters: Array<{ stream: 'stdout' | 'stderr'; re: RegExp; resolve: (l: string) => void }> = [];
  for (const stream of ['stdout', 'stderr'] as const) {
    let buf = '';
    child[stream].setEncoding('utf8');
    child[stream].on('data', (chunk: string) => {
      buf += chunk;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 1);
        lines[stream].push(line);
        for (const w of [...waiters]) {
          if (w.stream === stream && w.re.test(line)) {
            waiters.splice(waiters.indexOf(w), 1);
            w.resolve(line);
          }
        }
      }
    });
  }
  let done = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('close', (code, signal) => {
      done = true;
      resolve({ code, signal });
    });
  });
  return {
    pid: child.pid!,
    ...lines,
    exited,
    waitForLine(stream, re, timeoutMs = 10_000) {
      const seen = lines[stream].find((l) => re.test(l));
      if (seen !== undefined) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(new Error(`no ${stream} line matching ${re} within ${timeoutMs} ms; stderr:\n${lines.stderr.join('\n')}`));
        }, timeoutMs);
        waiters.push({ stream, re, resolve: (l) => { clearTimeout(timer); resolve(l); } });
        void exited.then(() => setTimeout(() => {
          clearTimeout(timer);
          reject(new Error(`agent exited before a ${stream} line matched ${re}; stderr:\n${lines.stderr.join('\n')}`));
        }, 50));
      });
    },
    async stop() {
      if (done) return;
      child.kill('SIGTERM'); // our own child, by its PID
      const timer = setTimeout(() => { if (!done) child.kill('SIGKILL'); }, 2000);
      await exited;
      clearTimeout(timer);
    },
  };
}
