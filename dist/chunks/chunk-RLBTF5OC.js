#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  StepFailed
} from "./chunk-P3XPYN3B.js";
import {
  RunInterrupted,
  abortReason
} from "./chunk-LEHTC4SJ.js";
import {
  StepError
} from "./chunk-GFWLNMO4.js";

// src/pipeline/run.ts
var MODES = {
  onboard: async () => (await import("./onboard-MMFC25W6.js")).onboard,
  render: async () => (await import("./render-ZZ2FLN5J.js")).render,
  offboard: async () => (await import("./offboard-PRED7YWU.js")).offboard
};
function newResult(s) {
  return {
    mode: s.mode,
    dryRun: s.dryRun,
    verdict: "succeeded",
    startedAt: (/* @__PURE__ */ new Date()).toISOString(),
    // What the inputs say; the render step replaces it with the effective workload.
    workload: {
      name: s.workload.name,
      namespace: s.workload.namespace,
      serviceAccount: s.workload.serviceAccount || s.workload.name,
      address: s.workload.address || s.ssh.target.host,
      vmHost: s.ssh.target.host
    },
    steps: [],
    objects: [],
    crossChecks: [],
    probes: [],
    proxyStatus: "not-started",
    probeStatus: "skipped"
  };
}
async function runPipeline(s, ctx, result = newResult(s)) {
  try {
    const mode = s.fleet ? (await import("./fleet-TMVRCDVV.js")).fleet : await MODES[s.mode]();
    await mode(s, ctx, result);
  } catch (err) {
    result.verdict = "failed";
    if (!result.error) {
      const cause = ctx.signal.aborted ? abortReason(ctx.signal) : err;
      const message = cause instanceof Error ? cause.message : String(cause);
      result.error = { step: err instanceof StepFailed ? err.step : s.mode, message };
      if (cause instanceof StepError && cause.hint) result.error.hint = cause.hint;
      if (cause instanceof RunInterrupted) result.error.interruptedBy = cause.by;
    }
  }
  result.finishedAt = (/* @__PURE__ */ new Date()).toISOString();
  return result;
}

export {
  newResult,
  runPipeline
};
