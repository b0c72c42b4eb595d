#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  StepError
} from "./chunk-GFWLNMO4.js";
import {
  formatDuration
} from "./chunk-KI37J66C.js";

// src/pipeline/abort.ts
var RunInterrupted = class extends StepError {
  constructor(by, message, hint) {
    super(message, hint);
    this.by = by;
    this.name = "RunInterrupted";
  }
  by;
};
var STOP_SIGNALS = ["SIGINT", "SIGTERM"];
function runSignal(timeoutMs, log, startedAt = Date.now()) {
  const timeout = new AbortController();
  const stop = new AbortController();
  const timer = setTimeout(
    () => timeout.abort(
      new RunInterrupted(
        "timeout",
        `the run did not finish within the timeout of ${formatDuration(timeoutMs)}`,
        "raise the timeout input, or see in the report which step was still running"
      )
    ),
    // From startedAt: reading the inputs (a large inventory) counts against the timeout too.
    Math.max(0, timeoutMs - (Date.now() - startedAt))
  );
  const handlers = STOP_SIGNALS.map((name) => {
    const handler = () => {
      if (!stop.signal.aborted) {
        log.warning(`${name} received: stopping the current step, then undoing what this run changed`);
        stop.abort(
          new RunInterrupted(
            name,
            `the run was cancelled (${name})`,
            "the job was cancelled or the process was told to stop; run it again when ready"
          )
        );
      } else if (stop.signal.reason.by === name) {
        process.exit(128 + (name === "SIGINT" ? 2 : 15));
      } else {
        log.warning(`${name} received: still undoing what this run changed`);
      }
    };
    process.on(name, handler);
    return [name, handler];
  });
  return {
    signal: AbortSignal.any([timeout.signal, stop.signal]),
    dispose() {
      clearTimeout(timer);
      for (const [name, handler] of handlers) process.removeListener(name, handler);
    }
  };
}
function boundedSignal(ms, what) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new StepError(`${what} did not finish within ${formatDuration(ms)}`)), ms);
  return { signal: controller.signal, dispose: () => clearTimeout(timer) };
}
function abortReason(signal) {
  const r = signal.reason;
  return r instanceof Error ? r : new StepError(`aborted: ${String(r)}`);
}

export {
  RunInterrupted,
  runSignal,
  boundedSignal,
  abortReason
};
