#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);

// src/compile-cache.ts
import { lstatSync, mkdirSync } from "node:fs";
import { enableCompileCache } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";
function compileCacheDir(env) {
  const home = env.HOME || homedir();
  const base = env.XDG_CACHE_HOME || (home ? join(home, ".cache") : "");
  return base ? join(base, "istio-vm-onboard", "compile-cache") : void 0;
}
function enableCodeCache(env = process.env) {
  const dir = compileCacheDir(env);
  if (!dir) return "no cache directory (no HOME)";
  try {
    mkdirSync(dir, { recursive: true, mode: 448 });
    const st = lstatSync(dir);
    if (!st.isDirectory()) return `${dir} is not a directory`;
    if (process.getuid && st.uid !== process.getuid()) return `${dir} belongs to another user`;
    if (st.mode & 18) return `${dir} is writable by others`;
    const r = enableCompileCache(dir);
    return r.message ?? `compile cache in ${r.directory ?? dir}`;
  } catch (err) {
    return `no compile cache: ${err instanceof Error ? err.message : String(err)}`;
  }
}

export {
  compileCacheDir,
  enableCodeCache
};
