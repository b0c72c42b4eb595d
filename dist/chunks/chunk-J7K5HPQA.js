#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  runStep,
  writeNewFile
} from "./chunk-BCSFOWDV.js";
import {
  diffObjects,
  summarize
} from "./chunk-IEOBNXGQ.js";
import {
  meshLabels
} from "./chunk-ASP4F4W2.js";
import {
  StepError
} from "./chunk-GFWLNMO4.js";

// src/plan/cross-checks.ts
function groupOf(apiVersion) {
  return apiVersion.includes("/") ? apiVersion.split("/")[0] ?? "" : "";
}
function namespaceOf(o, namespace) {
  return o.kind === "Namespace" ? "" : o.metadata.namespace || namespace;
}
function refOf(o, namespace) {
  const ns = namespaceOf(o, namespace);
  return `${o.kind}/${ns ? `${ns}/` : ""}${o.metadata.name}`;
}
function where(s) {
  if (s.origin === "inputs") return "built from the action inputs";
  return s.file ? `${s.file}${s.line ? `:${s.line}` : ""}` : "a manifest";
}
function sourceOf(s) {
  return s.origin === "manifest" && s.file ? { file: s.file, ...s.line ? { line: s.line } : {} } : void 0;
}
function withSource(p, s) {
  const source = sourceOf(s);
  return source ? { ...p, source } : p;
}
function asLabels(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) ? v : void 0;
}
function spec(o) {
  return asLabels(o.spec) ?? {};
}
function subsetOf(selector, labels) {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}
function showLabels(l) {
  const s = Object.entries(l).map(([k, v]) => `${k}=${v}`).join(",");
  return s || "(none)";
}
function duplicates(objects, namespace) {
  const seen = /* @__PURE__ */ new Map();
  for (const r of objects) {
    const o = r.object;
    const key = `${groupOf(o.apiVersion)}|${o.kind}|${namespaceOf(o, namespace)}|${o.metadata.name}`;
    seen.set(key, [...seen.get(key) ?? [], r]);
  }
  return [...seen.values()].filter((rs) => rs.length > 1).map((rs) => {
    const first = rs[0];
    const ref = refOf(first.object, namespace);
    return withSource(
      {
        rule: "duplicate",
        message: `${ref} is defined ${rs.length} times (${rs.map((r) => where(r.source)).join(", ")}); the later one would overwrite the earlier: keep only one`,
        refs: [ref]
      },
      rs[1].source
    );
  });
}
function namespaceMismatches(objects, namespace) {
  return objects.filter((r) => r.object.kind !== "Namespace" && r.object.metadata.namespace && r.object.metadata.namespace !== namespace).map((r) => {
    const ref = refOf(r.object, namespace);
    return withSource(
      {
        rule: "namespace-mismatch",
        message: `${ref} is in namespace "${r.object.metadata.namespace}" but the namespace input is "${namespace}": set metadata.namespace to "${namespace}" or remove it (it then defaults to the input), or change the namespace input`,
        refs: [ref]
      },
      r.source
    );
  });
}
var WORKLOAD_KINDS = /* @__PURE__ */ new Set(["WorkloadEntry", "WorkloadGroup"]);
function unselectedWorkloadEntries(objects, namespace) {
  const services = objects.filter((r) => r.object.kind === "Service");
  const problems = [];
  for (const r of objects.filter((x) => x.object.kind === "WorkloadEntry")) {
    const ns = namespaceOf(r.object, namespace);
    const labels = meshLabels(r.object);
    const selecting = services.filter((s) => {
      const selector = asLabels(spec(s.object).selector);
      return namespaceOf(s.object, namespace) === ns && selector && Object.keys(selector).length > 0 && subsetOf(selector, labels);
    });
    if (selecting.length > 0) continue;
    const ref = refOf(r.object, namespace);
    problems.push(
      withSource(
        {
          rule: "unselected-workload-entry",
          message: `${ref} (labels ${showLabels(labels)}) is selected by no Service in namespace ${ns}, so nothing in the mesh routes to it: add a Service there whose spec.selector is a subset of these labels, or fix the WorkloadEntry's labels`,
          refs: [ref]
        },
        r.source
      )
    );
  }
  return problems;
}
function unmatchedSidecars(objects, namespace) {
  const entries = objects.filter((r) => WORKLOAD_KINDS.has(r.object.kind));
  const problems = [];
  for (const r of objects.filter((x) => x.object.kind === "Sidecar")) {
    const selector = asLabels(asLabels(spec(r.object).workloadSelector)?.labels);
    if (!selector || Object.keys(selector).length === 0) continue;
    const ns = namespaceOf(r.object, namespace);
    const matched = entries.some((e) => namespaceOf(e.object, namespace) === ns && subsetOf(selector, meshLabels(e.object)));
    if (matched) continue;
    const ref = refOf(r.object, namespace);
    problems.push(
      withSource(
        {
          rule: "unmatched-sidecar",
          message: `${ref} selects ${showLabels(selector)} but no WorkloadEntry or WorkloadGroup in namespace ${ns} has these labels, so the VM's proxy will not get this configuration: make spec.workloadSelector.labels a subset of the workload's labels`,
          refs: [ref]
        },
        r.source
      )
    );
  }
  return problems;
}
function crossChecks(objects, namespace) {
  return [
    ...duplicates(objects, namespace),
    ...namespaceMismatches(objects, namespace),
    ...unselectedWorkloadEntries(objects, namespace),
    ...unmatchedSidecars(objects, namespace)
  ];
}

// src/report/record-object.ts
function findObject(result, r) {
  const { kind, metadata } = r.object;
  return result.objects.find((o) => o.kind === kind && o.name === metadata.name && o.namespace === metadata.namespace);
}
function recordObject(result, r, action) {
  const { kind, metadata } = r.object;
  let entry = findObject(result, r);
  if (!entry) {
    entry = { kind, name: metadata.name, namespace: metadata.namespace, action, source: r.source };
    result.objects.push(entry);
  }
  entry.action = action;
  return entry;
}

// src/modes/render.ts
var ERROR_RULES = /* @__PURE__ */ new Set(["duplicate", "namespace-mismatch"]);
function where2(r, line) {
  const at = line ?? r.source.line;
  return r.source.file ? { file: r.source.file, ...at ? { line: at } : {} } : void 0;
}
function renderTarget(s) {
  if (s.workload.name && s.workload.namespace) return `${s.workload.namespace}/${s.workload.name}`;
  return s.manifests.patterns.join(", ") || "inputs";
}
async function renderStep(s, ctx, result, action = "rendered") {
  const { objects: rendered, workload } = await runStep(result, ctx, "Render manifests", renderTarget(s), async (step) => {
    const [{ renderWorkload }, { ManifestError }, { toYaml }] = await Promise.all([
      import("./render-XM4NBHLV.js"),
      import("./templates-4RPJE2VN.js"),
      import("./yaml-AOWSMIOD.js")
    ]);
    let out;
    try {
      out = renderWorkload(s, s.workload.network, ctx.cwd);
    } catch (err) {
      if (err instanceof ManifestError) ctx.log.error(err.reason, { file: err.file, ...err.line ? { line: err.line } : {} });
      throw err;
    }
    const w = out.workload;
    result.workload = { ...result.workload, name: w.name, namespace: w.namespace, serviceAccount: w.serviceAccount, address: w.address };
    const path = writeNewFile(ctx.workDir, "manifests", "yaml", toYaml(out.objects.map((r) => r.object)));
    result.manifestsPath = path;
    step.detail = `${out.objects.length} objects -> ${path}; workload ${w.namespace}/${w.name}, ServiceAccount ${w.serviceAccount}, address ${w.address}${w.entry?.file ? ` (from ${w.entry.file}${w.entry.line ? `:${w.entry.line}` : ""})` : ""}`;
    return out;
  });
  const namespace = workload.namespace;
  await runStep(result, ctx, "Check manifests offline", `${rendered.length} objects`, async (step) => {
    const { loadValidators, validateObject } = await import("./validate-IZBWRYC7.js");
    await loadValidators(rendered.map((r) => r.object));
    let invalid = 0;
    for (const r of rendered) {
      const v = validateObject(r.object);
      result.objects.push({
        kind: r.object.kind,
        name: r.object.metadata.name,
        namespace: r.object.metadata.namespace,
        action,
        source: r.source,
        schema: { valid: v.valid, known: v.known, problems: v.problems }
      });
      for (const p of v.problems) ctx.log.error(`${v.ref}: ${p.path}: ${p.message}`, where2(r, p.line));
      if (!v.known) ctx.log.debug(`${v.ref}: ${v.note ?? "no offline schema"}`);
      if (!v.valid) invalid++;
    }
    for (const p of crossChecks(rendered, namespace)) {
      const severity = ERROR_RULES.has(p.rule) ? "error" : "warning";
      result.crossChecks.push({ rule: p.rule, severity, message: p.message, ...p.source ? { source: p.source } : {} });
      const at = p.source?.file ? { file: p.source.file, ...p.source.line ? { line: p.source.line } : {} } : void 0;
      if (severity === "error") ctx.log.error(p.message, at);
      else ctx.log.warning(p.message, at);
    }
    const crossErrors = result.crossChecks.filter((c) => c.severity === "error").length;
    const warnings = result.crossChecks.length - crossErrors;
    step.detail = `${rendered.length - invalid} of ${rendered.length} objects valid; ${crossErrors} cross-object errors, ${warnings} warnings`;
    if (invalid || crossErrors) {
      const first = result.objects.find((o) => o.schema && !o.schema.valid);
      const firstProblem = first?.schema?.problems[0];
      throw new StepError(
        `${invalid} invalid object(s), ${crossErrors} cross-object error(s)${firstProblem ? `; first: ${first?.kind}/${first?.name} ${firstProblem.path}: ${firstProblem.message}` : `; first: ${result.crossChecks.find((c) => c.severity === "error")?.message}`}`,
        "fix the fields named in the annotations; the report lists every problem"
      );
    }
  });
  return { objects: rendered, workload };
}
async function checkOnServer(cluster, namespace, rendered, result) {
  const { applyObject, readObject } = await import("./apply-XZX26TH2.js");
  const ns = await readObject(cluster, { apiVersion: "v1", kind: "Namespace", metadata: { name: namespace } });
  let rejected = 0;
  for (const r of rendered) {
    const entry = findObject(result, r);
    if (!entry) continue;
    const inMissingNamespace = !ns && r.object.kind !== "Namespace" && (r.object.metadata.namespace ?? namespace) === namespace;
    if (inMissingNamespace) {
      entry.server = `not checked: namespace ${namespace} does not exist yet`;
      entry.liveDiff = "new object";
      continue;
    }
    const live = await readObject(cluster, r.object);
    entry.liveDiff = summarize(diffObjects(live, r.object));
    try {
      await applyObject(cluster, r.object, { dryRun: true });
      entry.server = "accepted";
    } catch (err) {
      entry.server = err instanceof Error ? err.message : String(err);
      rejected++;
    }
  }
  if (rejected)
    throw new StepError(
      `the API server rejected ${rejected} object(s): ${result.objects.filter((o) => o.server && o.server !== "accepted" && !o.server.startsWith("not checked")).map((o) => o.server).join("; ")}`
    );
  const changed = result.objects.filter((o) => o.liveDiff && o.liveDiff !== "unchanged").length;
  return `${rendered.length} objects accepted by server-side dry-run; ${changed} would change`;
}
async function render(s, ctx, result) {
  const { objects, workload } = await renderStep(s, ctx, result);
  if (!s.cluster.kubeconfig) return;
  const cluster = await ctx.connect.cluster(s.cluster.kubeconfig, s.cluster.context, ctx.log, ctx.signal, s.cluster.requestTimeoutMs);
  await runStep(result, ctx, "Server-side dry-run and live diff", cluster.server, async (step) => {
    step.detail = await checkOnServer(cluster, workload.namespace, objects, result);
  });
}

export {
  findObject,
  recordObject,
  renderStep,
  checkOnServer,
  render
};
