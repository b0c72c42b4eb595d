#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  meshHostEntries,
  namespaceObject,
  service,
  serviceAccount,
  serviceFor,
  sidecar,
  sidecarFor,
  workloadEntry,
  workloadGroup
} from "./chunk-ROXWVTFM.js";
import {
  effectiveWorkload
} from "./chunk-ASP4F4W2.js";
import {
  InputError
} from "./chunk-5XDRLE64.js";
import "./chunk-AA4ZNUWX.js";
import "./chunk-4YKHFMZ6.js";
import {
  REVISIONED_KINDS,
  REVISION_LABEL
} from "./chunk-W5WJZYGS.js";
import {
  renderManifests
} from "./chunk-D3YMQ3UQ.js";
import "./chunk-BZEV6XFE.js";
import "./chunk-DUZVJ2RL.js";
import "./chunk-JOC6KVYR.js";
import "./chunk-NXY6E3WA.js";
import "./chunk-N6NMC47G.js";
import "./chunk-GGB3IVYU.js";
import "./chunk-MBI4W7AN.js";
import "./chunk-AURWTH66.js";
import "./chunk-ZT6DMEPR.js";
import "./chunk-LSYLP4SE.js";
import "./chunk-KI37J66C.js";
import "./chunk-4RF5COTQ.js";

// src/plan/render.ts
var APPLY_ORDER = ["Namespace", "ServiceAccount", "ConfigMap", "Secret", "Service", "Sidecar"];
function rank(o) {
  if (o.kind === "WorkloadEntry") return APPLY_ORDER.length + 1;
  const i = APPLY_ORDER.indexOf(o.kind);
  return i < 0 ? APPLY_ORDER.length : i;
}
function identity(o, defaultNamespace) {
  const group = o.apiVersion.includes("/") ? o.apiVersion.split("/")[0] : "";
  return `${group}/${o.kind}/${o.kind === "Namespace" ? "" : o.metadata.namespace ?? defaultNamespace}/${o.metadata.name}`;
}
function egressPorts(s) {
  if (!s.probe.fromVmUrl) return [];
  const url = new URL(s.probe.fromVmUrl);
  return [Number(url.port || (url.protocol === "https:" ? 443 : 80))];
}
function renderWorkload(s, network, cwd = process.cwd()) {
  const own = renderManifests(s.manifests.patterns, s.manifests.vars, cwd);
  const w = effectiveWorkload(s, own);
  for (const r of own) r.object.metadata.namespace ??= r.object.kind === "Namespace" ? void 0 : w.namespace;
  const fromInputs = (o) => o ? [{ object: o, source: { origin: "inputs" } }] : [];
  const builtIn = [
    ...s.cluster.createNamespace ? fromInputs(namespaceObject(w)) : [],
    ...fromInputs(serviceAccount(w)),
    ...serviceFor(own, w) ? [] : fromInputs(service(w)),
    ...sidecarFor(own, w) ? [] : fromInputs(
      sidecar(w, { ports: egressPorts(s), hosts: s.workload.meshHosts.map((h) => h.host), interception: s.proxy.interception })
    ),
    ...w.entry || w.group ? [] : fromInputs(
      s.workload.registration === "workload-group" ? workloadGroup(w, network || w.network) : workloadEntry(w, network || w.network)
    )
  ];
  const ownEntry = own.find((r) => r.object.kind === "WorkloadEntry");
  if (s.workload.registration === "workload-group" && ownEntry) {
    throw new InputError([
      {
        input: "registration",
        message: "is workload-group, where istiod creates the WorkloadEntry: the manifests must not hold one",
        file: ownEntry.source.file,
        line: ownEntry.source.line
      }
    ]);
  }
  if (s.cluster.istioRevision) labelRevision(s.cluster.istioRevision, [...builtIn, ...own]);
  const ownIds = new Set(own.map((r) => identity(r.object, w.namespace)));
  const merged = [...builtIn.filter((r) => !ownIds.has(identity(r.object, w.namespace))), ...own];
  const objects = merged.map((r, i) => ({ r, i })).sort((a, b) => rank(a.r.object) - rank(b.r.object) || a.i - b.i).map(({ r }) => r);
  return { objects, workload: { ...w, meshHosts: meshHostEntries(s, w, objects) } };
}
function labelRevision(revision, objects) {
  const problems = [];
  for (const { object: o, source } of objects) {
    if (!REVISIONED_KINDS.includes(o.kind)) continue;
    const given = o.metadata.labels?.[REVISION_LABEL];
    if (given !== void 0 && given !== revision) {
      problems.push({
        input: "istio-revision",
        message: `is ${JSON.stringify(revision)}, but ${o.kind} ${o.metadata.name} of the manifests is labelled ${REVISION_LABEL}=${JSON.stringify(given.slice(0, 63))}: make them agree`,
        file: source.file,
        line: source.line
      });
      continue;
    }
    o.metadata.labels = { ...o.metadata.labels, [REVISION_LABEL]: revision };
  }
  if (problems.length) throw new InputError(problems);
}
function renderObjects(s, network, cwd = process.cwd()) {
  return renderWorkload(s, network, cwd).objects;
}
export {
  egressPorts,
  renderObjects,
  renderWorkload
};
