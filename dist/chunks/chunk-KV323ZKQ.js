#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  formatDuration
} from "./chunk-KI37J66C.js";

// src/report/check.ts
function newCheckRecord(vm, workload) {
  return { vm, workload, proxy: "", ready: false, connected: false, proxyVersion: null, agentVersion: null, certExpiresAt: null, tokenExpiresAt: null, workloadEntry: { present: false, healthy: null, name: null, address: null }, drift: [], problems: [] };
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
var SECRET_KEYS = /* @__PURE__ */ new Set(["private_key", "password", "pkcs12", "session_ticket_keys", "hmac_secret", "token_secret", "client_secret", "generic_secret", "api_key", "secret", "inline_bytes", "inline_string", "authorization"]);
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
    if (failOn.notReady && !r.ready) out.push(`${r.vm}: the proxy is not ready${r.proxy && r.proxy !== "running" ? ` (istio-proxy ${r.proxy})` : ""}`);
    if (failOn.drift && r.drift.length) out.push(`${r.vm}: drift: ${r.drift.join("; ")}`);
    if (failOn.certExpiresWithinMs !== void 0) {
      const within = formatWindow(failOn.certExpiresWithinMs);
      if (!r.certExpiresAt) out.push(`${r.vm}: the workload certificate's expiry is not known (cert-expires-within=${within})`);
      else if (Date.parse(r.certExpiresAt) - now < failOn.certExpiresWithinMs) out.push(`${r.vm}: the workload certificate expires at ${r.certExpiresAt}, within ${within}`);
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
var CHECK_TABLE_HEADER = ["", "VM", "Workload", "Ready", "Connected", "Certificate", "Token expires", "Versions", "WorkloadEntry", "Drift", "Problems"];
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

export {
  newCheckRecord,
  jwtExpiry,
  parseServerInfo,
  parseConnectedState,
  parseCertExpiry,
  scrubConfigDump,
  isUnhealthy,
  failOnFindings,
  CHECK_TABLE_HEADER,
  checkRow
};
