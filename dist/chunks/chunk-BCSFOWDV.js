#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  inputProblemsOf
} from "./chunk-5XDRLE64.js";
import {
  RunInterrupted,
  abortReason
} from "./chunk-XDIF27FF.js";
import {
  StepError
} from "./chunk-GFWLNMO4.js";
import {
  formatDuration
} from "./chunk-KI37J66C.js";

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

// src/report/check.ts
function newCheckRecord(vm, workload) {
  return {
    vm,
    workload,
    proxy: "",
    ready: false,
    connected: false,
    proxyVersion: null,
    agentVersion: null,
    certExpiresAt: null,
    tokenExpiresAt: null,
    workloadEntry: { present: false, healthy: null, name: null, address: null },
    drift: [],
    problems: []
  };
}
function jwtExpiry(token) {
  const parts = token.trim().split(".");
  if (parts.length !== 3) return { reason: `is not a JWT (${parts.length} dot-separated parts, not 3)` };
  let payload;
  try {
    payload = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8"));
  } catch {
    return { reason: "has a payload that is not base64url JSON" };
  }
  const exp = payload?.exp;
  if (typeof exp !== "number" || !Number.isFinite(exp) || exp <= 0 || exp > 253402300799) return { reason: "has no valid exp claim" };
  return { expiresAt: new Date(exp * 1e3).toISOString() };
}
function parseServerInfo(text) {
  try {
    const info = JSON.parse(text);
    const str = (v) => typeof v === "string" && v ? v : null;
    return { proxyVersion: str(info.version), agentVersion: str(info.node?.metadata?.ISTIO_VERSION) };
  } catch {
    return { proxyVersion: null, agentVersion: null };
  }
}
function parseConnectedState(text) {
  const state = /^control_plane\.connected_state: (\d+)$/m.exec(text);
  if (state) return state[1] === "1";
  const stream = /^cluster\.xds-grpc;?\.upstream_rq_active: (\d+)$/m.exec(text);
  return stream ? Number(stream[1]) > 0 : null;
}
function parseCertExpiry(text) {
  let certs;
  try {
    certs = JSON.parse(text);
  } catch {
    return null;
  }
  const times = (certs.certificates ?? []).flatMap((c) => c.cert_chain ?? []).map((c) => c.expiration_time).filter((t) => typeof t === "string" && !Number.isNaN(Date.parse(t)));
  if (!times.length) return null;
  return new Date(Math.min(...times.map((t) => Date.parse(t)))).toISOString();
}
var SECRET_KEYS = /* @__PURE__ */ new Set([
  "private_key",
  "password",
  "pkcs12",
  "session_ticket_keys",
  "hmac_secret",
  "token_secret",
  "client_secret",
  "generic_secret",
  "api_key",
  "secret",
  "inline_bytes",
  "inline_string",
  "authorization"
]);
function scrubConfigDump(text) {
  const dump = JSON.parse(text);
  let removed = 0;
  if (Array.isArray(dump.configs)) {
    const kept = dump.configs.filter((c) => !String(c["@type"] ?? "").endsWith(".SecretsConfigDump"));
    removed += dump.configs.length - kept.length;
    dump.configs = kept;
  }
  const walk = (v) => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== "object") return v;
    const out = {};
    for (const [k, x] of Object.entries(v)) {
      if (SECRET_KEYS.has(k.toLowerCase())) removed++;
      else out[k] = walk(x);
    }
    return out;
  };
  return { dump: walk(dump), removed };
}
function isUnhealthy(r) {
  return r.problems.length > 0;
}
function failOnFindings(records, failOn, now = Date.now()) {
  const out = [];
  for (const r of records) {
    if (failOn.notReady && !r.ready)
      out.push(`${r.vm}: the proxy is not ready${r.proxy && r.proxy !== "running" ? ` (istio-proxy ${r.proxy})` : ""}`);
    if (failOn.drift && r.drift.length) out.push(`${r.vm}: drift: ${r.drift.join("; ")}`);
    if (failOn.certExpiresWithinMs !== void 0) {
      const within = formatWindow(failOn.certExpiresWithinMs);
      if (!r.certExpiresAt) out.push(`${r.vm}: the workload certificate's expiry is not known (cert-expires-within=${within})`);
      else if (Date.parse(r.certExpiresAt) - now < failOn.certExpiresWithinMs)
        out.push(`${r.vm}: the workload certificate expires at ${r.certExpiresAt}, within ${within}`);
    }
  }
  return out;
}
function formatWindow(ms) {
  return ms % 864e5 === 0 ? `${ms / 864e5}d` : formatDuration(ms);
}
function daysUntil(at, now = Date.now()) {
  if (!at) return "-";
  return `${((Date.parse(at) - now) / 864e5).toFixed(1)} d`;
}
var CHECK_TABLE_HEADER = [
  "",
  "VM",
  "Workload",
  "Ready",
  "Connected",
  "Certificate",
  "Token expires",
  "Versions",
  "WorkloadEntry",
  "Drift",
  "Problems"
];
function envoyRelease(version) {
  const parts = version.split("/");
  return parts.length >= 3 && /^\d+\.\d+\.\d+/.test(parts[1] ?? "") ? parts[1] : version;
}
function checkRow(r, now = Date.now()) {
  const mark = r.problems.length ? "\u274C" : r.drift.length ? "\u26A0\uFE0F" : "\u2705";
  const we = r.workloadEntry;
  return [
    mark,
    r.vm,
    r.workload,
    r.ready ? "yes" : `no${r.proxy && r.proxy !== "running" ? ` (${r.proxy === "none" ? "no proxy" : r.proxy})` : ""}`,
    r.connected ? "yes" : "no",
    r.certExpiresAt ? `${daysUntil(r.certExpiresAt, now)} (${r.certExpiresAt})` : "-",
    r.tokenExpiresAt ?? "-",
    [r.proxyVersion ? `Envoy ${envoyRelease(r.proxyVersion)}` : "", r.agentVersion ? `pilot-agent ${r.agentVersion}` : ""].filter(Boolean).join(", ") || "-",
    we.present ? `${we.name ?? "present"}${we.address ? ` at ${we.address}` : ""}${we.healthy === null ? "" : we.healthy ? ", Healthy" : ", not Healthy"}` : "missing",
    r.drift.length ? r.drift.join("; ") : "none",
    r.problems.length ? r.problems.join("; ") : "none"
  ];
}

// src/report/write.ts
import { closeSync, constants, lstatSync, mkdirSync, mkdtempSync, openSync, writeSync } from "node:fs";
import { join } from "node:path";

// src/report/refresh.ts
var MARK = { refreshed: "\u{1F504}", planned: "\u{1F4DD}", skipped: "\u23ED\uFE0F", failed: "\u274C" };
var REFRESH_TABLE_HEADER = ["", "VM", "Refresh", "Why", ...CHECK_TABLE_HEADER.slice(3)];
function refreshRow(r, now = Date.now()) {
  const o = r.refresh;
  const action = `${o.action}${o.action === "skipped" ? "" : o.restart ? " (proxy restarted)" : " (in place)"}`;
  return [MARK[o.action], r.vm, action, o.reasons.join("; "), ...checkRow(r, now).slice(3)];
}
function refreshRecords(results) {
  return results.flatMap((r) => r.check && r.refresh ? [{ ...r.check, refresh: r.refresh }] : []);
}
function refreshedVms(results) {
  return results.flatMap(
    (r) => r.refresh && (r.refresh.action === "refreshed" || r.refresh.action === "planned") ? [r.workload.vmHost || r.workload.name] : []
  );
}

// src/report/write.ts
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
  if (!lstatSync(parent).isDirectory())
    throw new Error(`${parent} is a symlink or not a directory: refusing to write the run's files there`);
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
  if (result.mode === "refresh") return { vms: refreshRecords(result.vms ?? [result]) };
  if (result.mode !== "check") return result;
  return { vms: (result.vms ?? [result]).flatMap((r) => r.check ? [r.check] : []) };
}

export {
  StepFailed,
  runStep,
  newCheckRecord,
  jwtExpiry,
  parseServerInfo,
  parseConnectedState,
  parseCertExpiry,
  scrubConfigDump,
  isUnhealthy,
  failOnFindings,
  CHECK_TABLE_HEADER,
  checkRow,
  REFRESH_TABLE_HEADER,
  refreshRow,
  refreshRecords,
  refreshedVms,
  createRunDir,
  writeNewFile,
  writeUserFile,
  writeJsonReport
};
