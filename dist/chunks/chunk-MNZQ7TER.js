#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  inputProblemsOf
} from "./chunk-LJ6XDHBP.js";
import {
  RunInterrupted,
  abortReason
} from "./chunk-HX6VPUV7.js";
import {
  StepError
} from "./chunk-GFWLNMO4.js";

// src/pipeline/run-step.ts
var STOP_GRACE_MS = 5e3;
var StepFailed = class extends Error {
  constructor(step, target, cause) {
    super(`${step} (${target}) failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.step = step;
    this.target = target;
    this.cause = cause;
    this.name = "StepFailed";
  }
  step;
  target;
  cause;
};
function stopsWithin(work, signal, log) {
  return new Promise((resolve, reject) => {
    let timer;
    const onAbort = () => {
      timer = setTimeout(() => {
        log.warning(`the step did not stop within ${STOP_GRACE_MS} ms of the abort; going on without it`);
        reject(abortReason(signal));
      }, STOP_GRACE_MS);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
    work.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal.removeEventListener("abort", onAbort);
    });
  });
}
async function runStep(result, ctx, name, target, fn) {
  const step = { name, target, status: "ok", durationMs: 0 };
  result.steps.push(step);
  const started = performance.now();
  let begun = false;
  try {
    ctx.signal.throwIfAborted();
    begun = true;
    return await ctx.log.group(`${name}: ${target}`, () => stopsWithin(fn(step), ctx.signal, ctx.log));
  } catch (err) {
    if (ctx.signal.aborted) {
      const reason = abortReason(ctx.signal);
      step.status = "interrupted";
      step.detail = begun ? reason.message : `not started: ${reason.message}`;
      if (!result.error) {
        result.error = {
          step: name,
          message: `${name} (${target}) was interrupted: ${reason.message}`,
          ...reason instanceof StepError && reason.hint ? { hint: reason.hint } : {},
          ...reason instanceof RunInterrupted ? { interruptedBy: reason.by } : {}
        };
      }
      throw new StepFailed(name, target, reason);
    }
    step.status = "failed";
    step.detail = err instanceof Error ? err.message : String(err);
    if (!result.error) {
      result.error = {
        step: name,
        message: `${name} (${target}): ${step.detail}`,
        ...err instanceof StepError && err.hint ? { hint: err.hint } : {},
        ...err instanceof StepError && err.proxyLogs ? { proxyLogs: err.proxyLogs } : {},
        ...inputProblemsOf(err) ? { inputProblems: inputProblemsOf(err) } : {}
      };
    }
    throw new StepFailed(name, target, err);
  } finally {
    step.durationMs = Math.round(performance.now() - started);
  }
}

// src/report/write.ts
import { closeSync, constants, lstatSync, mkdirSync, mkdtempSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";
function writeAll(fd, text) {
  try {
    const bytes = Buffer.from(text);
    for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off);
  } finally {
    closeSync(fd);
  }
}
var NEW_FILE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
function createRunDir(parent, prefix = "run-") {
  mkdirSync(parent, { recursive: true, mode: 448 });
  if (!lstatSync(parent).isDirectory()) throw new Error(`${parent} is a symlink or not a directory: refusing to write the run's files there`);
  return mkdtempSync(join(parent, prefix));
}
function writeNewFile(dir, stem, ext, text) {
  for (let n = 1; ; n++) {
    const path = join(dir, `${stem}-${n}.${ext}`);
    let fd;
    try {
      fd = openSync(path, NEW_FILE, 384);
    } catch (err) {
      if (err.code === "EEXIST" && n < 1e4) continue;
      throw err;
    }
    writeAll(fd, text);
    return path;
  }
}
function writeUserFile(path, text) {
  writeAll(openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 420), text);
}
function writeJsonReport(result, workDir) {
  return writeNewFile(workDir, "report", "json", JSON.stringify(reportOf(result), null, 2) + "\n");
}
function reportOf(result) {
  if (result.mode !== "check") return result;
  return { vms: (result.vms ?? [result]).flatMap((r) => r.check ? [r.check] : []) };
}

export {
  StepFailed,
  runStep,
  createRunDir,
  writeNewFile,
  writeUserFile,
  writeJsonReport
};
