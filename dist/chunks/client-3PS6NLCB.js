#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  ApiTimeout,
  statusOf
} from "./chunk-B4I3RDRT.js";
import {
  retry
} from "./chunk-ZZDNQLL2.js";
import "./chunk-GFWLNMO4.js";
import "./chunk-KI37J66C.js";
import "./chunk-4RF5COTQ.js";

// src/cluster/client.ts
var RETRYABLE = /* @__PURE__ */ new Set([429, 503, 504]);
var MAX_ATTEMPTS = 4;
var MAX_RETRY_AFTER_MS = 1e4;
var DEFAULT_REQUEST_TIMEOUT_MS = 3e4;
function retryAfterMs(err, attempt) {
  const header = err.headers?.["retry-after"];
  return Math.min(header && /^\d+$/.test(header) ? Number(header) * 1e3 : 500 * 2 ** (attempt - 1), MAX_RETRY_AFTER_MS);
}
function isRequestTimeout(err) {
  const name = err?.name;
  return name === "TimeoutError" || err?.cause?.name === "TimeoutError";
}
async function connectCluster(kubeconfig, context, log, signal, requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS) {
  const { openKubeApi } = await import("./kube-api-VIHFQAEW.js");
  return withRetries(openKubeApi({ kubeconfig, context, signal, requestTimeoutMs }), log, signal, requestTimeoutMs);
}
function withRetries(api, log, signal, requestTimeoutMs) {
  return {
    ...api,
    call: (fn) => retry(
      async () => {
        try {
          return await fn();
        } catch (err) {
          if (!signal.aborted && isRequestTimeout(err)) throw new ApiTimeout(requestTimeoutMs);
          throw err;
        }
      },
      {
        signal,
        attempts: MAX_ATTEMPTS,
        shouldRetry: (err) => RETRYABLE.has(statusOf(err)?.code ?? 0),
        delayMs: (attempt, err) => retryAfterMs(err, attempt),
        onRetry: ({ attempt, err, delayMs }) => log.info(`API server answered ${statusOf(err)?.code}; retrying in ${delayMs} ms (attempt ${attempt + 1} of ${MAX_ATTEMPTS})`)
      }
    ),
    withSignal: (other) => withRetries(api.withSignal(other), log, other, requestTimeoutMs)
  };
}
export {
  DEFAULT_REQUEST_TIMEOUT_MS,
  connectCluster
};
