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

// node_modules/@kubernetes/client-node/dist/patch.js
var PatchStrategy = {
  /** Diff-like JSON format. */
  JsonPatch: "application/json-patch+json",
  /** Simple merge. */
  MergePatch: "application/merge-patch+json",
  /** Merge with different strategies depending on field metadata. */
  StrategicMergePatch: "application/strategic-merge-patch+json",
  /** Server-Side Apply */
  ServerSideApply: "application/apply-patch+yaml"
};

// node_modules/@kubernetes/client-node/dist/gen/apis/exception.js
var ApiException = class extends Error {
  constructor(code, message, body, headers) {
    super("HTTP-Code: " + code + "\nMessage: " + message + "\nBody: " + JSON.stringify(body) + "\nHeaders: " + JSON.stringify(headers));
    this.code = code;
    this.body = body;
    this.headers = headers;
  }
};

// src/cluster/errors.ts
function statusOf(err) {
  if (!(err instanceof ApiException)) return void 0;
  let body = err.body;
  if (typeof body === "string") {
    const text = body;
    try {
      body = JSON.parse(text);
    } catch {
      body = { message: text.slice(0, 300) };
    }
  }
  return { code: err.code, status: body ?? {} };
}
var HINTS = {
  401: "the kubeconfig credentials were rejected: check that its token or client certificate is current",
  403: "the kubeconfig identity lacks RBAC permission for this: grant it (deploy/rbac.yaml and the README hold the role the action needs)",
  404: "check the name and namespace, and that the Istio CRDs are installed",
  409: "another field manager owns these fields: change them with the tool that owns them, or remove that manager",
  422: "the object is invalid: fix the field named above",
  429: "the API server is throttling: retry later"
};
function parseForbidden(message) {
  const m = /User "([^"]*)" cannot (\S+) resource "([^"]+)" in API group "([^"]*)" (?:in the namespace "([^"]+)"|at the cluster scope)/.exec(message);
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
function clusterError(doing, err) {
  const s = statusOf(err);
  if (!s) {
    if (err instanceof ApiTimeout) {
      return new StepError(`${doing}: ${err.message}`, "the API server is overloaded or unreachable from here (a request that never returns); check it, or raise api-timeout if it is only slow");
    }
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
  ApiException,
  PatchStrategy,
  statusOf,
  ApiTimeout,
  clusterError,
  isNotFound
};
