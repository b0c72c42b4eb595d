// Builds the stand-in istio-proxy image: FROM scratch, holding the running Node binary, the
// shared libraries `ldd` lists for it (with the dynamic loader) and pilot-agent.mjs, with
// entrypoint [node, /usr/local/bin/pilot-agent.mjs] so `docker run IMAGE proxy sidecar ...`
// works as with the real image. Docker itself mounts /etc/hosts (with the --add-host entries),
// /etc/resolv.conf and /etc/hostname. The image adds /etc/nsswitch.conf ("hosts: files dns"):
// without one glibc uses "dns [!UNAVAIL=return] files", so a VM whose resolver answers
// NXDOMAIN would never read /etc/hosts (in the test VMs DNS is unreachable and /etc/hosts
// answered either way, checked in a real container; the file makes it not depend on that).
//
// The tar (~130 MB, mostly node) is cached under os.tmpdir() by a key over the program's and
// the builder's content and the binaries' identity (path, size, mtime, inode), so repeated
// test runs only link it into place.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildImageTar, type ImageFile } from '../image.js';

const HERE = dirname(fileURLToPath(import.meta.url));
export const PILOT_AGENT_PATH = join(HERE, 'pilot-agent.mjs');
export const PROXY_ENTRYPOINT = ['/usr/local/bin/node', '/usr/local/bin/pilot-agent.mjs'];
const BUILDER_SOURCES = [fileURLToPath(import.meta.url), join(HERE, '..', 'image.ts')];

export interface ProxyImageBuild {
  path: string;
  bytes: number;
  buildMs: number; // 0 when the cache was used
  cached: boolean;
}

let last: ProxyImageBuild | undefined;
/** Size and time of the last buildProxyImageTar call in this process. */
export function lastProxyImageBuild(): ProxyImageBuild | undefined {
  return last;
}

/** Libraries the dynamic loader needs for a binary, as `ldd` resolves them (vdso skipped). */
export function sharedLibraries(binary: string): string[] {
  const out = execFileSync('ldd', [binary], { encoding: 'utf8' });
  const libs: string[] = [];
  for (const line of out.split('\n')) {
    const m = /=>\s*(\/\S+)/.exec(line) ?? /^\s*(\/\S+)\s+\(/.exec(line);
    if (m) libs.push(m[1]!);
    else if (/not found/.test(line)) throw new Error(`ldd ${binary}: ${line.trim()}`);
  }
  return [...new Set(libs)];
}

function imageFiles(): ImageFile[] {
  const node = realpathSync(process.execPath);
  return [
    { path: '/usr/local/bin/node', sourcePath: node, mode: 0o755 },
    { path: '/usr/local/bin/pilot-agent.mjs', sourcePath: PILOT_AGENT_PATH, mode: 0o755 },
    ...sharedLibraries(node).map((lib) => ({ path: lib, sourcePath: lib })),
    { path: '/etc/nsswitch.conf', content: 'hosts: files dns\n' },
    { path: '/etc/passwd', content: 'root:x:0:0:root:/root:/sbin/nologin\nistio-proxy:x:1337:1337::/home/istio-proxy:/sbin/nologin\n' },
    { path: '/etc/group', content: 'root:x:0:\nistio-proxy:x:1337:\n' },
  ];
}

function cacheKey(repoTag: string, files: ImageFile[]): string {
  const h = createHash('sha256').update('proxy-standin-image v1\0').update(repoTag + '\0');
  for (const src of BUILDER_SOURCES) if (existsSync(src)) h.update(readFileSync(src));
  for (const f of files) {
    h.update(`${f.path}\0${f.mode ?? ''}\0`);
    if (f.content !== undefined) h.update(f.content);
    else if (f.sourcePath === PILOT_AGENT_PATH) h.update(readFileSync(f.sourcePath));
    else {
      const st = statSync(f.sourcePath!);
      h.update(`${realpathSync(f.sourcePath!)}\0${st.size}\0${st.mtimeMs}\0${st.ino}\0`);
    }
  }
  return h.digest('hex').slice(0, 24);
}

// Keep only the current cached tar (~130 MB): one file in the temp dir, reused by every test
// file and run until the program or the node binary changes. Callers hold hard links or copies.
function pruneCache(keep: string): void {
  const dir = tmpdir();
  const old = readdirSync(dir)
    .filter((n) => /^ivo-proxy-image-[0-9a-f]{24}\.tar$/.test(n) && join(dir, n) !== keep)
    .map((n) => join(dir, n));
  for (const path of old) rmSync(path, { force: true });
}

function placeAt(cachePath: string, outPath: string): void {
  if (resolve(cachePath) === resolve(outPath)) return;
  rmSync(outPath, { force: true });
  try {
    linkSync(cachePath, outPath);
  } catch {
    copyFileSync(cachePath, outPath);
  }
}

export async function buildProxyImageTar(opts: { repoTag: string; outPath: string }): Promise<string> {
  const t0 = Date.now();
  const files = imageFiles();
  const cachePath = join(tmpdir(), `ivo-proxy-image-${cacheKey(opts.repoTag, files)}.tar`);
  const cached = existsSync(cachePath);
  if (!cached) {
    const tmp = `${cachePath}.${process.pid}.tmp`;
    try {
      await buildImageTar({ repoTag: opts.repoTag, files, entrypoint: PROXY_ENTRYPOINT, env: ['PATH=/usr/local/bin:/usr/bin:/bin'], outPath: tmp });
      renameSync(tmp, cachePath); // atomic: a concurrent builder never sees half a tar
    } finally {
      rmSync(tmp, { force: true });
    }
    pruneCache(cachePath);
  }
  placeAt(cachePath, opts.outPath);
  last = { path: opts.outPath, bytes: statSync(opts.outPath).size, buildMs: cached ? 0 : Date.now() - t0, cached };
  return opts.outPath;
}
