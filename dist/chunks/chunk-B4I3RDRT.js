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

// src/cluster/errors.ts
function apiError(err) {
  if (!(err instanceof Error) || !("body" in err) || !("headers" in err)) return void 0;
  const code = err.code;
  return typeof code === "number" && Number.isInteger(code) && code >= 100 && code <= 599 ? { code, body: err.body } : void 0;
}
function statusOf(err) {
  const api = apiError(err);
  if (!api) return void 0;
  let body = api.body;
  if (typeof body === "string") {
    const text = body;
    try {
      body = JSON.parse(text);
    } catch {
      body = { message: text.slice(0, 300) };
    }
  }
  return { code: api.code, status: body ?? {} };
}
var HINTS = {
  401: "the kubeconfig credentials were rejected: check that its token or client certificate is current",
  403: 'the kubeconfig identity lacks RBAC permission for this: grant it (deploy/rbac.yaml holds the role the action needs; docs/security.md, "Least privilege", explains it)',
  404: "check the name and namespace, and that the Istio CRDs are installed",
  409: "another field manager owns these fields: change them with the tool that owns them, or remove that manager",
  422: "the object is invalid: fix the field named above",
  429: "the API server is throttling: retry later"
};
function parseForbidden(message) {
  const m = /User "([^"]*)" cannot (\S+) resource "([^"]+)" in API group "([^"]*)" (?:in the namespace "([^"]+)"|at the cluster scope)/.exec(
    message
  );
  if (!m) return void 0;
  return { user: m[1] ?? "", verb: m[2] ?? "", resource: m[3] ?? "", group: m[4] ?? "", namespace: m[5] ?? "" };
}
function forbiddenHint(f) {
  const group = f.group ? `API group ${f.group}` : "the core API group";
  const where = f.namespace ? `in namespace ${f.namespace}` : "at the cluster scope (a ClusterRole)";
  return `grant verb "${f.verb}" on resource "${f.resource}" (${group}) ${where} to ${f.user || "the kubeconfig identity"}: deploy/rbac.yaml holds every permission the action needs`;
}
var ApiTimeout = class extends Error {
  constructor(timeoutMs) {
    super(`no answer from the API server within ${formatDuration(timeoutMs)}`);
    this.timeoutMs = timeoutMs;
    this.name = "ApiTimeout";
  }
  timeoutMs;
};
function hintFor(code, message) {
  if (code === 403) {
    const f = parseForbidden(message);
    return f ? forbiddenHint(f) : HINTS[403];
  }
  if (code === 500 && /field not declared in schema/.test(message)) {
    return "a field of this object is not in its kind's schema on this API server (a misspelt field, or a field of a newer CRD version than the one installed): fix or remove the field named above; retrying will not help";
  }
  return HINTS[code] ?? (code >= 500 ? "the API server failed: retry later" : void 0);
}
var NETWORK_HINTS = {
  ECONNREFUSED: "nothing listens there: check the server URL in the kubeconfig (host and port) and that the API server runs",
  ENOTFOUND: "the server's host name does not resolve from here: check the server URL in the kubeconfig and DNS",
  EHOSTUNREACH: "no route to the server from here: check the network between this machine and the API server",
  ENETUNREACH: "no route to the server from here: check the network between this machine and the API server",
  ECONNRESET: "the connection was cut: a proxy or firewall between here and the API server, or the server restarting"
};
function networkCause(err) {
  for (let e = err, depth = 0; e && depth < 5; e = e.cause, depth++) {
    const tried = Array.isArray(e.errors) ? e.errors : [];
    if (typeof e.code !== "string" || !/^E[A-Z]+$|^[A-Z_]+$/.test(e.code)) continue;
    const at = (x) => typeof x.address === "string" ? `${x.address.includes(":") ? `[${x.address}]` : x.address}${x.port !== void 0 ? `:${String(x.port)}` : ""}` : "";
    const places = [...new Set([at(e), ...tried.map(at)].filter(Boolean))];
    const message = typeof e.message === "string" && e.message ? e.message.split("\n")[0] ?? e.code : e.code;
    const text = message.includes(e.code) && places.every((p) => message.includes(p)) ? message : `${e.code}${places.length ? ` ${places.join(", ")}` : ""}${message !== e.code ? ` (${message})` : ""}`;
    return { code: e.code, text };
  }
  return void 0;
}
function clusterError(doing, err) {
  const s = statusOf(err);
  if (!s) {
    if (err instanceof ApiTimeout) {
      return new StepError(
        `${doing}: ${err.message}`,
        "the API server is overloaded or unreachable from here (a request that never returns); check it, or raise api-timeout if it is only slow"
      );
    }
    const net = networkCause(err);
    if (net)
      return new StepError(
        `${doing}: ${net.text}`,
        NETWORK_HINTS[net.code] ?? "check that the API server in the kubeconfig is reachable from here"
      );
    const cause = err instanceof Error ? err.message : String(err);
    return new StepError(`${doing}: ${cause.split("\n")[0]}`, "check that the API server in the kubeconfig is reachable from here");
  }
  const causes = (s.status.details?.causes ?? []).map((c) => `${c.field ?? ""}${c.field ? ": " : ""}${c.message ?? ""}`).filter(Boolean);
  const message = `${doing}: HTTP ${s.code}${s.status.reason ? ` ${s.status.reason}` : ""}: ${s.status.message ?? "no message"}${causes.length ? ` (${causes.join("; ")})` : ""}`;
  return new StepError(message, hintFor(s.code, `${s.status.message ?? ""} ${causes.join(" ")}`));
}
function isNotFound(err) {
  return statusOf(err)?.code === 404;
}

export {
  statusOf,
  ApiTimeout,
  clusterError,
  isNotFound
};
