#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);

// src/pipeline/retry.ts
function sleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
function delayFor(opts, attempt, err) {
  const d = opts.delayMs;
  if (typeof d === "number") return d;
  if (typeof d === "function") return d(attempt, err);
  return d[Math.min(attempt, d.length) - 1] ?? 0;
}
async function retry(fn, opts) {
  if (opts.attempts === void 0 && opts.deadlineMs === void 0) throw new Error("retry: give attempts or deadlineMs");
  const deadline = opts.deadlineMs === void 0 ? Infinity : Date.now() + opts.deadlineMs;
  let atDeadline = false;
  for (let attempt = 1; ; attempt++) {
    opts.signal.throwIfAborted();
    try {
      return await fn(attempt);
    } catch (err) {
      opts.signal.throwIfAborted();
      if (opts.shouldRetry && !opts.shouldRetry(err)) throw err;
      if (opts.attempts !== void 0 && attempt >= opts.attempts) throw err;
      const left = deadline - Date.now();
      if (atDeadline || left <= 0) throw err;
      const wanted = delayFor(opts, attempt, err);
      atDeadline = wanted >= left;
      const delayMs = Math.max(0, Math.min(wanted, left));
      opts.onRetry?.({ attempt, err, delayMs });
      await sleep(delayMs, opts.signal);
    }
  }
}

export {
  sleep,
  retry
};
