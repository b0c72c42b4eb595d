// Node's compile cache (module.enableCompileCache, as TypeScript's tsc and other CLIs use it):
// V8's compiled code for the bundle's chunks kept on disk, keyed by their content, so a later
// run on the same machine (a self-hosted runner, the next step of a job, the CLI on a laptop)
// skips compiling the chunks again (the Kubernetes client's 1.8 MB the largest): about 45 ms
// of each onboarding. Where: the user's cache directory (XDG_CACHE_HOME, else ~/.cache), never
// a shared one such as /tmp: code loaded from a directory another user can write would run as
// ours. Used only if it is a directory of ours that no one else can write; otherwise the run
// goes on uncached.
import { lstatSync, mkdirSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function compileCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  const home = env.HOME || homedir();
  const base = env.XDG_CACHE_HOME || (home ? join(home, '.cache') : '');
  return base ? join(base, 'istio-vm-onboard', 'compile-cache') : undefined;
}

/** Enables the cache when its directory is safe to load code from; says why not otherwise (for a debug line), never throws. */
export function enableCodeCache(env: NodeJS.ProcessEnv = process.env): string {
  const dir = compileCacheDir(env);
  if (!dir) return 'no cache directory (no HOME)';
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (!st.isDirectory()) return `${dir} is not a directory`;
    if (process.getuid && st.uid !== process.getuid()) return `${dir} belongs to another user`;
    if (st.mode & 0o022) return `${dir} is writable by others`;
    const r = enableCompileCache(dir);
    return r.message ?? `compile cache in ${r.directory ?? dir}`;
  } catch (err) {
    return `no compile cache: ${err instanceof Error ? err.message : String(err)}`;
  }
}
