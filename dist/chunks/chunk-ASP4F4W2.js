#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  InputError,
  protocolOf
} from "./chunk-5XDRLE64.js";
import {
  HEALTH_CHECKS_ANNOTATION
} from "./chunk-W5WJZYGS.js";
import {
  fieldLine
} from "./chunk-DUZVJ2RL.js";
import {
  dns1123Subdomain,
  host,
  labelKey,
  labelValue
} from "./chunk-JOC6KVYR.js";
import {
  require_dist
} from "./chunk-N6NMC47G.js";
import {
  envProblem
} from "./chunk-AURWTH66.js";
import {
  __toESM
} from "./chunk-4RF5COTQ.js";

// src/plan/effective-workload.ts
var import_yaml = __toESM(require_dist(), 1);
var PROXY_CONFIG_ANNOTATION = "proxy.istio.io/config";
var START_SCRIPT_VARIABLES = /* @__PURE__ */ new Set([
  "CA_ADDR",
  "CONTROL_PLANE_AUTH_POLICY",
  "CUSTOM_PILOT_ADDRESS",
  "DEFAULT_PILOT_ADDRESS",
  "DEFAULT_PROXY_CONFIG",
  "ENVOY_CFG",
  "EXEC_USER",
  "ISTIO_AGENT_FLAGS",
  "ISTIO_AGENT_FLAGS_ARRAY",
  "ISTIO_BIN_BASE",
  "ISTIO_CLUSTER_CONFIG",
  "ISTIO_CP_AUTH",
  "ISTIO_CUSTOM_IP_TABLES",
  "ISTIO_DEBUG",
  "ISTIO_INBOUND_INTERCEPTION_MODE",
  "ISTIO_LOG_DIR",
  "ISTIO_NAMESPACE",
  "ISTIO_PILOT_PORT",
  "ISTIO_SERVICE",
  "ISTIO_SIDECAR_CONFIG",
  "ISTIO_SVC_IP",
  "ISTIO_SYSTEM_NAMESPACE",
  "NS",
  "OUTPUT_CERTS",
  "PILOT_ADDRESS",
  "POD_NAME",
  "PROV_CERT",
  "PROXY_CONFIG",
  "SVC",
  "USER"
]);
var isMap = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function showLabels(l) {
  return Object.entries(l).map(([k, v]) => `${k}=${v}`).join(",") || "(none)";
}
function showPorts(ports) {
  return ports.map((p) => `${p.name}:${p.number}`).join(",");
}
var sortedLabels = (l) => showLabels(Object.fromEntries(Object.entries(l).sort(([a], [b]) => a.localeCompare(b))));
var sortedPorts = (ps) => showPorts([...ps].sort((a, b) => a.name.localeCompare(b.name)));
function labelsOf(v) {
  if (!isMap(v) || !Object.values(v).every((x) => typeof x === "string")) return void 0;
  return v;
}
function meshLabels(o) {
  const spec = isMap(o.spec) ? o.spec : {};
  if (o.kind === "WorkloadGroup") {
    const template = isMap(spec.template) ? spec.template : {};
    const meta = isMap(spec.metadata) ? spec.metadata : {};
    return { ...labelsOf(template.labels) ?? {}, ...labelsOf(meta.labels) ?? {} };
  }
  return { ...labelsOf(spec.labels) ?? {}, ...labelsOf(o.metadata.labels) ?? {} };
}
function portsOf(v) {
  if (!isMap(v) || Object.keys(v).length === 0) return void 0;
  const entries = Object.entries(v);
  if (!entries.every(([, n]) => Number.isInteger(n))) return void 0;
  return entries.map(([name, n]) => ({ name, number: n, protocol: protocolOf(name) }));
}
var text = (v) => typeof v === "string" && v !== "" ? v : void 0;
function locate(r, path) {
  const line = fieldLine(r.object, path) ?? r.source.line;
  if (!r.source.file) return { at: "built from inputs" };
  return { at: line ? `${r.source.file}:${line}` : r.source.file, file: r.source.file, ...line ? { line } : {} };
}
function refOf(o) {
  return `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ""}${o.metadata.name}`;
}
function chooseEntry(s, own, problems, kind) {
  const entries = own.filter((r) => r.object.kind === kind);
  const list = entries.map((r) => `${r.object.metadata.name} (${locate(r, []).at})`).join(", ");
  const first = entries[0] ? locate(entries[0], ["metadata", "name"]) : void 0;
  const at = first?.file ? { file: first.file, ...first.line ? { line: first.line } : {} } : {};
  const name = s.workload.name;
  if (name) {
    const named = entries.filter((r) => r.object.metadata.name === name);
    if (named.length === 0 && entries.length > 0) {
      problems.push({
        input: "workload-name",
        message: `is ${name} but the manifests' ${kind === "WorkloadEntry" ? "WorkloadEntries" : "WorkloadGroups"} are named ${list}: name one of them, or leave workload-name empty`,
        ...at
      });
    }
    return named.find((r) => !s.workload.namespace || (r.object.metadata.namespace ?? s.workload.namespace) === s.workload.namespace) ?? named[0];
  }
  if (entries.length > 1)
    problems.push({
      input: "workload-name",
      message: `is required to choose one of the manifests' ${kind === "WorkloadEntry" ? "WorkloadEntries" : "WorkloadGroups"}: ${list}`,
      ...at
    });
  return entries.length === 1 ? entries[0] : void 0;
}
function execProbeProblems(s, own) {
  if (s.manifests.allowExecProbe || s.mode === "offboard") return [];
  return own.filter(
    (r) => r.object.kind === "WorkloadGroup" && isMap(r.object.spec) && isMap(r.object.spec.probe) && Object.hasOwn(r.object.spec.probe, "exec")
  ).map((r) => {
    const where = locate(r, ["spec", "probe", "exec"]);
    return {
      input: "allow-exec-probe",
      message: `is false, but ${where.at} (${refOf(r.object)} spec.probe.exec) gives a command to run on the VM: a probe from the manifests may not run commands there. Use httpGet or tcpSocket, or set allow-exec-probe: true in the workflow if this repository's commands may run on the VM`,
      ...where.file ? { file: where.file } : {},
      ...where.line ? { line: where.line } : {}
    };
  });
}
function effectiveWorkload(s, own) {
  const problems = execProbeProblems(s, own);
  const asGroup = s.workload.registration === "workload-group";
  const chosen = chooseEntry(s, own, problems, asGroup ? "WorkloadGroup" : "WorkloadEntry");
  if (problems.length > 0) throw new InputError(problems);
  const outer = chosen && isMap(chosen.object.spec) ? chosen.object.spec : {};
  const spec = asGroup ? isMap(outer.template) ? outer.template : {} : outer;
  const specPath = asGroup ? ["spec", "template"] : ["spec"];
  const groupMeta = asGroup && isMap(outer.metadata) ? outer.metadata : {};
  const decide = (input, given2, fromEntry, path, show) => {
    if (chosen && given2 !== void 0 && fromEntry !== void 0 && show(given2) !== show(fromEntry)) {
      const where = locate(chosen, path);
      problems.push({
        input,
        message: `is ${show(given2)} but ${where.at} (${refOf(chosen.object)} ${path.join(".")}) says ${show(fromEntry)}: the applied ${chosen.object.kind} decides, so make them agree or leave ${input} empty`,
        ...where.file ? { file: where.file } : {},
        ...where.line ? { line: where.line } : {}
      });
    }
    return fromEntry ?? given2;
  };
  const given = (v, empty) => empty(v) ? void 0 : v;
  const w = s.workload;
  const id = (v) => v;
  const name = chosen?.object.metadata.name ?? w.name;
  const namespace = decide(
    "namespace",
    given(w.namespace, (x) => x === ""),
    text(chosen?.object.metadata.namespace),
    ["metadata", "namespace"],
    id
  ) ?? "";
  const serviceAccount = decide(
    "service-account",
    given(w.serviceAccount, (x) => x === ""),
    text(spec.serviceAccount),
    [...specPath, "serviceAccount"],
    id
  ) ?? name;
  const address = asGroup ? w.address || s.ssh.target.host : decide(
    "vm-address",
    given(w.address, (x) => x === ""),
    text(spec.address),
    ["spec", "address"],
    id
  ) ?? s.ssh.target.host;
  const entryLabels = chosen ? meshLabels(chosen.object) : void 0;
  const labels = decide(
    "labels",
    given(w.labels, (x) => Object.keys(x).length === 0),
    entryLabels,
    asGroup ? ["spec", "metadata", "labels"] : ["spec", "labels"],
    sortedLabels
  ) ?? (name ? { app: name } : {});
  const ports = decide(
    "ports",
    given(w.ports, (x) => x.length === 0),
    portsOf(spec.ports),
    [...specPath, "ports"],
    sortedPorts
  ) ?? [];
  const network = decide(
    "network",
    given(w.network, (x) => x === ""),
    text(spec.network),
    [...specPath, "network"],
    id
  ) ?? "";
  if (chosen) {
    const held = (input, path, value, check) => {
      const why = value === void 0 ? void 0 : check(value);
      if (!why) return;
      const where = locate(chosen, path);
      problems.push({
        input,
        message: `cannot come from ${where.at} (${refOf(chosen.object)} ${path.join(".")}): ${why}`,
        ...where.file ? { file: where.file } : {},
        ...where.line ? { line: where.line } : {}
      });
    };
    held("service-account", [...specPath, "serviceAccount"], text(spec.serviceAccount), dns1123Subdomain);
    held("network", [...specPath, "network"], text(spec.network), labelValue);
    if (!asGroup) held("vm-address", ["spec", "address"], text(spec.address), host);
    const metaLabels = labelsOf(asGroup ? groupMeta.labels : chosen.object.metadata.labels) ?? {};
    for (const [k, v] of Object.entries(entryLabels ?? {})) {
      const path = Object.hasOwn(metaLabels, k) ? [...asGroup ? ["spec", "metadata"] : ["metadata"], "labels", k] : [...specPath, "labels", k];
      held("labels", path, k, labelKey);
      held("labels", path, v, labelValue);
    }
  }
  const about = chosen ? locate(chosen, ["metadata"]) : void 0;
  const at = about?.file ? { file: about.file, ...about.line ? { line: about.line } : {} } : {};
  if (!name) problems.push({ input: "workload-name", message: "is required: the manifests hold no WorkloadEntry to take the name from" });
  if (!namespace) {
    problems.push({
      input: "namespace",
      message: chosen ? `is required: ${refOf(chosen.object)} at ${locate(chosen, []).at} has no metadata.namespace` : "is required: the manifests hold no WorkloadEntry to take it from",
      ...at
    });
  }
  if (!address) {
    problems.push({
      input: "vm-address",
      message: chosen ? `is required (or vm-host): ${refOf(chosen.object)} at ${locate(chosen, []).at} has no spec.address` : "is required (or vm-host): it is the WorkloadEntry address",
      ...at
    });
  }
  const proxyConfig = asGroup && chosen ? groupProxyConfig(chosen, problems) : void 0;
  if (problems.length > 0) throw new InputError(problems);
  const group = asGroup && chosen ? {
    source: chosen.source,
    ...isMap(outer.probe) ? { probe: outer.probe } : {},
    healthChecks: isMap(groupMeta.annotations) && groupMeta.annotations[HEALTH_CHECKS_ANNOTATION] === "true",
    ...proxyConfig ? { proxyConfig } : {}
  } : void 0;
  return {
    name,
    namespace,
    serviceAccount,
    address,
    labels,
    ports,
    network,
    ...chosen && !asGroup ? { entry: chosen.source } : {},
    ...group ? { group } : {}
  };
}
function groupProxyConfig(chosen, problems) {
  const spec = isMap(chosen.object.spec) ? chosen.object.spec : {};
  const specMeta = isMap(spec.metadata) ? spec.metadata : {};
  const sources = [
    [chosen.object.metadata.annotations, ["metadata", "annotations", PROXY_CONFIG_ANNOTATION]],
    [specMeta.annotations, ["spec", "metadata", "annotations", PROXY_CONFIG_ANNOTATION]]
  ];
  let out;
  for (const [annotations, path] of sources) {
    const raw = isMap(annotations) ? annotations[PROXY_CONFIG_ANNOTATION] : void 0;
    if (typeof raw !== "string") continue;
    const bad = (why) => {
      const where = locate(chosen, path);
      problems.push({
        input: "manifests",
        message: `has at ${where.at} (${refOf(chosen.object)} ${path.join(".")}) a ProxyConfig the action cannot use: ${why}`,
        ...where.file ? { file: where.file } : {},
        ...where.line ? { line: where.line } : {}
      });
    };
    let pc;
    try {
      pc = (0, import_yaml.parse)(raw);
    } catch (err) {
      bad(`is not YAML: ${err.message.split("\n")[0]}`);
      continue;
    }
    if (pc === null || pc === void 0) continue;
    if (!isMap(pc)) {
      bad("must be a ProxyConfig (a YAML mapping)");
      continue;
    }
    const { proxyMetadata, ...fields } = pc;
    const md = {};
    if (proxyMetadata !== void 0 && proxyMetadata !== null) {
      if (!isMap(proxyMetadata)) {
        bad("proxyMetadata must be a mapping of variable names to strings");
        continue;
      }
      let ok = true;
      for (const [k, v] of Object.entries(proxyMetadata)) {
        const why = typeof v !== "string" ? `proxyMetadata.${k} must be a string (quote it)` : START_SCRIPT_VARIABLES.has(k) ? `proxyMetadata.${k} is read by Istio's istio-start.sh, which runs as root on the VM, not by pilot-agent: set it in the mesh config, not in the repository` : envProblem(k, v);
        if (why) {
          bad(START_SCRIPT_VARIABLES.has(k) ? why : `${why}: it would go into the proxy's environment on the VM`);
          ok = false;
        } else md[k] = v;
      }
      if (!ok) continue;
    }
    out = { fields: { ...out?.fields ?? {}, ...fields }, proxyMetadata: { ...out?.proxyMetadata ?? {}, ...md } };
  }
  return out;
}

export {
  isMap,
  meshLabels,
  locate,
  effectiveWorkload
};
