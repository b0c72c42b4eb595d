#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  newResult
} from "./chunk-F3J6XJSA.js";
import {
  CHECK_TABLE_HEADER,
  REFRESH_TABLE_HEADER,
  StepFailed,
  checkRow,
  refreshRecords,
  refreshRow
} from "./chunk-BCSFOWDV.js";
import {
  objectRef
} from "./chunk-4YKHFMZ6.js";
import {
  escapeControls
} from "./chunk-NXY6E3WA.js";
import {
  RunInterrupted,
  abortReason
} from "./chunk-XDIF27FF.js";
import {
  StepError
} from "./chunk-GFWLNMO4.js";

// src/pipeline/context.ts
function defaultConnectors() {
  return {
    cluster: async (kubeconfig, context, log, signal, requestTimeoutMs) => (await import("./client-3PS6NLCB.js")).connectCluster(kubeconfig, context, log, signal, requestTimeoutMs),
    vm: async (s, log, signal) => (await import("./ssh-session-Z6TOJGYK.js")).openSession(s, log, signal)
  };
}

// src/pipeline/run.ts
var MODES = {
  onboard: async () => (await import("./onboard-NRBYIEZ3.js")).onboard,
  render: async () => (await import("./render-JVT6JHEA.js")).render,
  offboard: async () => (await import("./offboard-M7DS6ZJF.js")).offboard,
  check: async () => (await import("./check-PJAVJXYH.js")).check,
  refresh: async () => (await import("./refresh-JU7PDHNE.js")).refresh
};
async function runPipeline(s, ctx, result = newResult(s)) {
  try {
    if (s.fleet) await (await import("./fleet-Q2EAEWGM.js")).fleet(s, ctx, result, runPipeline);
    else await (await MODES[s.mode]())(s, ctx, result);
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

// src/report/markdown.ts
function escapeHtml(text) {
  return escapeControls(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/\|/g, "&#124;");
}
function escapeMarkdown(text) {
  return escapeHtml(text).replace(/[\\`*_[\]~$!]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/(?<![A-Za-z0-9&])[@#]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\r\n|\r|\n/g, "<br>");
}
function table(header, rows) {
  const line = (cells) => `| ${cells.map(escapeMarkdown).join(" | ")} |`;
  return [line(header), `| ${header.map(() => "---").join(" | ")} |`, ...rows.map(line)].join("\n");
}
function details(summary, body) {
  return `<details><summary>${escapeMarkdown(summary)}</summary>

<pre>${escapeHtml(body)}</pre>

</details>`;
}

// src/report/summary.ts
var SUMMARY_LIMIT = 1024 * 1024;
function accessLogRow(e) {
  return [
    e.startTime,
    e.direction,
    e.tcp ? "TCP" : e.method,
    e.path || "-",
    e.responseCode ? String(e.responseCode) : "-",
    e.responseFlags || "-",
    e.upstreamCluster || "-",
    `${e.durationMs} ms`,
    e.requestId
  ];
}
function schemaCell(o) {
  if (!o.schema) return "-";
  if (!o.schema.valid) return `invalid: ${o.schema.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`;
  return o.schema.known ? "valid" : "no offline schema";
}
var ACCESS_LOG_HEADER = ["Time", "Direction", "Method", "Path", "Code", "Flags", "Upstream cluster", "Duration", "Request ID"];
function durationOf(r) {
  return r.finishedAt ? `${((Date.parse(r.finishedAt) - Date.parse(r.startedAt)) / 1e3).toFixed(1)} s` : "-";
}
function versionCell(v) {
  const p = v.proxyVersion;
  if (!p) return "-";
  if (v.verdict === "failed") return `${p.before} (kept; ${p.after} not rolled out)`;
  return p.before === p.after ? `${p.after} (unchanged)` : `${p.before} \u2192 ${p.after}`;
}
function fleetParts(r, vms) {
  const failed = vms.filter((v) => v.verdict === "failed").length;
  const icon = r.verdict === "succeeded" ? "\u2705" : "\u274C";
  const parts = [
    `## ${icon} istio-vm-onboard ${escapeMarkdown(r.mode)}${r.dryRun ? " (dry-run)" : ""} of ${vms.length} VMs: ${r.verdict}${failed ? ` (${failed} failed)` : ""}`
  ];
  if (r.error)
    parts.push(`> **Failed:** ${escapeMarkdown(r.error.message)}${r.error.hint ? `<br>**Try:** ${escapeMarkdown(r.error.hint)}` : ""}`);
  if (r.mode === "check")
    parts.push(
      "### Check",
      table(
        CHECK_TABLE_HEADER,
        vms.flatMap((v) => v.check ? [checkRow(v.check)] : [])
      )
    );
  if (r.mode === "refresh")
    parts.push(
      "### Refresh",
      table(
        REFRESH_TABLE_HEADER,
        refreshRecords(vms).map((v) => refreshRow(v))
      )
    );
  const waves = vms.some((v) => v.wave !== void 0);
  const versions = vms.some((v) => v.proxyVersion);
  parts.push(
    "### VMs",
    table(
      [
        "VM",
        "Workload",
        ...waves ? ["Wave"] : [],
        "Status",
        "Duration",
        "Proxy",
        ...versions ? ["Version (old \u2192 new)"] : [],
        "Probes",
        "Failed in"
      ],
      vms.map((v) => [
        v.workload.vmHost || "-",
        `${v.workload.namespace}/${v.autoRegistered?.name ?? v.workload.name}`,
        ...waves ? [v.wave === void 0 ? "-" : v.wave === 1 ? "1 (canary)" : String(v.wave)] : [],
        v.verdict,
        durationOf(v),
        v.proxyStatus,
        ...versions ? [versionCell(v)] : [],
        v.probeStatus,
        // A step's failure already begins with the step's name.
        v.error ? v.error.message.startsWith(v.error.step) ? v.error.message : `${v.error.step}: ${v.error.message}` : "-"
      ])
    )
  );
  for (const v of vms) {
    const body = vmParts(v).map((p) => p.replace(/^(#{2,3}) /, "#$1 ")).join("\n\n");
    const title = `${v.verdict === "succeeded" ? "\u2705" : "\u274C"} ${v.workload.vmHost || v.workload.name}: ${v.verdict}`;
    parts.push(`<details${v.verdict === "failed" ? " open" : ""}><summary>${escapeMarkdown(title)}</summary>

${body}

</details>`);
  }
  return parts;
}
function renderSummary(r) {
  const parts = r.vms ? fleetParts(r, r.vms) : vmParts(r);
  let text = parts.join("\n\n") + "\n";
  if (Buffer.byteLength(text) > SUMMARY_LIMIT)
    text = Buffer.from(text).subarray(0, SUMMARY_LIMIT - 200).toString("utf8").replace(/\uFFFD*$/, "") + "\n\n_(summary cut at the 1 MiB limit; the JSON report has everything)_\n";
  return text;
}
function vmParts(r) {
  const parts = [];
  const icon = r.verdict === "succeeded" ? "\u2705" : "\u274C";
  parts.push(`## ${icon} istio-vm-onboard ${escapeMarkdown(r.mode)}${r.dryRun ? " (dry-run)" : ""}: ${r.verdict}`);
  parts.push(
    `Workload <code>${escapeMarkdown(`${r.workload.namespace}/${r.workload.name}`)}</code>, ServiceAccount <code>${escapeMarkdown(r.workload.serviceAccount)}</code>, address <code>${escapeMarkdown(r.workload.address || "-")}</code>`
  );
  if (r.error) {
    parts.push(
      `> **${r.error.interruptedBy ? `Interrupted (${r.error.interruptedBy}) in` : "Failed in"} ${escapeMarkdown(r.error.step)}:** ${escapeMarkdown(r.error.message)}${r.error.hint ? `<br>**Try:** ${escapeMarkdown(r.error.hint)}` : ""}`
    );
    if (r.error.proxyLogs?.length) parts.push(details("Proxy log (last lines)", r.error.proxyLogs.join("\n")));
  }
  const refreshed = refreshRecords([r]);
  if (refreshed.length)
    parts.push(
      "### Refresh",
      table(
        REFRESH_TABLE_HEADER,
        refreshed.map((v) => refreshRow(v))
      )
    );
  else if (r.check) parts.push("### Check", table(CHECK_TABLE_HEADER, [checkRow(r.check)]));
  if (r.steps.length) {
    parts.push(
      "### Steps",
      table(
        ["Step", "Target", "Result", "Duration"],
        r.steps.map((s) => [s.name, s.target, s.status, `${s.durationMs} ms`])
      )
    );
  }
  if (r.objects.length) {
    const withServer = r.objects.some((o) => o.server);
    const header = ["Kind", "Namespace", "Name", "Action", "Schema", ...withServer ? ["Server dry-run", "Live diff"] : [], "Source"];
    parts.push(
      "### Objects",
      table(
        header,
        r.objects.map((o) => [
          o.kind,
          o.namespace ?? "",
          o.name,
          o.action,
          schemaCell(o),
          ...withServer ? [o.server ?? "-", o.liveDiff ?? "-"] : [],
          o.source?.file ? `${o.source.file}:${o.source.line}` : "inputs"
        ])
      )
    );
  }
  if (r.crossChecks.length) {
    parts.push(
      "### Cross-object checks",
      table(
        ["Severity", "Rule", "Problem", "Where"],
        r.crossChecks.map((c) => [c.severity, c.rule, c.message, c.source?.file ? `${c.source.file}:${c.source.line ?? ""}` : "inputs"])
      )
    );
  }
  if (r.bootstrap || r.tokenExpiresAt) {
    parts.push(
      "### Bootstrap",
      table(
        ["ServiceAccount", "Token expires", "Proxy image", "Gateway", "Trust domain", "Proxy"],
        [
          [
            `${r.workload.namespace}/${r.workload.serviceAccount}`,
            r.tokenExpiresAt ?? "-",
            r.bootstrap?.image ?? "-",
            r.bootstrap ? `${r.bootstrap.gateway} (${r.bootstrap.gatewaySource})` : "-",
            r.bootstrap?.trustDomain ?? "-",
            r.proxyStatus
          ]
        ]
      )
    );
  }
  if (r.probes.length) {
    parts.push(
      "### Probes",
      table(
        ["Direction", "URL", "Status", "HTTP", "Latency", "Attempts", "Request ID"],
        r.probes.map((p) => [
          p.direction,
          p.url,
          p.passed ? "passed" : "failed",
          p.httpStatus ? String(p.httpStatus) : "-",
          `${p.latencyMs} ms`,
          String(p.attempts),
          p.requestId
        ])
      )
    );
  }
  if (r.accessLog) {
    parts.push("### Access log (our requests)");
    parts.push(
      r.accessLog.ours.length ? table(ACCESS_LOG_HEADER, r.accessLog.ours.map(accessLogRow)) : "_No access-log line carries our request IDs: is access logging on (meshConfig.accessLogFile)?_"
    );
    parts.push(
      details(
        "Raw access-log lines",
        [...r.accessLog.ours.map((e) => e.raw), "", "# last lines of the proxy log:", ...r.accessLog.context].join("\n")
      )
    );
  }
  if (r.plan?.length) parts.push(details("Plan", r.plan.join("\n")));
  if (!r.check)
    parts.push("### Status", table(["Proxy", "Probes", "Token expires"], [[r.proxyStatus, r.probeStatus, r.tokenExpiresAt ?? "-"]]));
  return parts;
}

// src/report/text.ts
var PLAIN = { bold: (s) => s, good: (s) => s, bad: (s) => s };
var upgrade = (v) => v.verdict === "succeeded" && v.proxyVersion && v.proxyVersion.before !== v.proxyVersion.after ? `, ${v.proxyVersion.before} -> ${v.proxyVersion.after}` : "";
function renderText(r, style = PLAIN) {
  const out = [];
  const verdict = r.verdict === "succeeded" ? style.good("SUCCEEDED") : style.bad("FAILED");
  out.push(style.bold(`istio-vm-onboard ${r.mode}${r.dryRun ? " (dry-run)" : ""}: ${verdict}`));
  if (r.vms) {
    out.push(style.bold(`VMs (${r.vms.length}):`));
    for (const v of r.vms)
      out.push(
        `  ${v.verdict === "succeeded" ? style.good("succeeded") : style.bad("failed   ")} ${v.workload.vmHost || "-"} ${v.workload.namespace}/${v.workload.name}${v.wave ? ` (wave ${v.wave})` : ""}: proxy ${v.proxyStatus}${upgrade(v)}, ${v.refresh ? `${v.refresh.action}: ${v.refresh.reasons.join("; ")}` : v.check ? `${v.check.problems.length} problem(s), ${v.check.drift.length} drift` : `probes ${v.probeStatus}`}${v.error ? `; ${v.error.step}: ${v.error.message}` : ""}`
      );
  } else
    out.push(
      `workload ${r.workload.namespace}/${r.workload.name} (ServiceAccount ${r.workload.serviceAccount}, address ${r.workload.address || "-"})`
    );
  if (r.error) {
    out.push(style.bad(`${r.error.interruptedBy ? "interrupted" : "error"} in ${r.error.step}: ${r.error.message}`));
    if (r.error.hint) out.push(`try: ${r.error.hint}`);
    if (r.error.proxyLogs?.length) out.push("proxy log (last lines):", ...r.error.proxyLogs.map((l) => `  ${l}`));
  }
  if (r.check) {
    const c = r.check;
    out.push(style.bold("check:"));
    out.push(
      `  ${c.problems.length ? style.bad("unhealthy") : style.good("healthy")} ${c.vm} ${c.workload}: proxy ${c.proxy || "not read"}, ready ${c.ready ? "yes" : "no"}, connected ${c.connected ? "yes" : "no"}, certificate expires ${c.certExpiresAt ?? "-"}, token expires ${c.tokenExpiresAt ?? "-"}, Envoy ${c.proxyVersion ?? "-"}, WorkloadEntry ${c.workloadEntry.present ? "present" : "missing"}`
    );
    for (const d of c.drift) out.push(`  drift: ${d}`);
    for (const p of c.problems) out.push(style.bad(`  problem: ${p}`));
  }
  if (r.refresh) {
    const f = r.refresh;
    out.push(
      style.bold("refresh:"),
      `  ${f.action}${f.action === "skipped" ? "" : f.restart ? " (the proxy started anew)" : " (in place)"}: ${f.reasons.join("; ")}`
    );
    if (f.after)
      out.push(
        `  after: ready ${f.after.ready ? "yes" : "no"}, connected ${f.after.connected ? "yes" : "no"}, certificate expires ${f.after.certExpiresAt ?? "-"}, token expires ${f.after.tokenExpiresAt}`
      );
  }
  if (r.steps.length) {
    out.push(style.bold("steps:"));
    for (const s of r.steps)
      out.push(`  ${s.status.padEnd(11)} ${s.name} -> ${s.target} (${s.durationMs} ms)${s.detail ? `: ${s.detail}` : ""}`);
  }
  if (r.objects.length) {
    out.push(style.bold("objects:"));
    for (const o of r.objects) {
      const where = o.source?.file ? ` (${o.source.file}:${o.source.line})` : "";
      out.push(
        `  ${o.action.padEnd(9)} ${objectRef({ apiVersion: "", kind: o.kind, metadata: { name: o.name, namespace: o.namespace } })}${where}`
      );
      for (const p of o.schema?.problems ?? []) out.push(style.bad(`      invalid ${p.path}: ${p.message}`));
      if (o.server && o.server !== "accepted") out.push(`      server: ${o.server}`);
      if (o.liveDiff) out.push(`      live: ${o.liveDiff}`);
    }
  }
  if (r.crossChecks.length) {
    out.push(style.bold("cross-object checks:"));
    for (const c of r.crossChecks)
      out.push(
        `  ${c.severity === "error" ? style.bad("error") : "warning"} ${c.rule}: ${c.message}${c.source?.file ? ` (${c.source.file}:${c.source.line ?? ""})` : ""}`
      );
  }
  if (r.bootstrap)
    out.push(
      `bootstrap: image ${r.bootstrap.image}, gateway ${r.bootstrap.gateway} (${r.bootstrap.gatewaySource}), trust domain ${r.bootstrap.trustDomain}`
    );
  if (r.probes.length) {
    out.push(style.bold("probes:"));
    for (const p of r.probes) {
      const verdict2 = p.passed ? style.good("passed") : style.bad("failed");
      out.push(
        `  ${verdict2} ${p.direction} ${p.url} -> HTTP ${p.httpStatus || "-"} in ${p.latencyMs} ms (request ID ${p.requestId}, ${p.attempts} attempt(s))`
      );
    }
  }
  if (r.accessLog) {
    out.push(style.bold("access log (our requests):"));
    if (!r.accessLog.ours.length) out.push("  none carries our request IDs: is access logging on (meshConfig.accessLogFile)?");
    for (const e of r.accessLog.ours)
      out.push(
        `  ${e.startTime} ${e.direction} ${e.tcp ? "TCP" : `${e.method} ${e.path}`} ${e.responseCode || "-"} ${e.responseFlags || "-"} ${e.upstreamCluster} ${e.durationMs} ms ${e.requestId}`
      );
  }
  if (r.plan?.length) out.push(style.bold("plan:"), ...r.plan.map((l) => `  ${l}`));
  out.push(`proxy: ${r.proxyStatus}; probes: ${r.probeStatus}${r.tokenExpiresAt ? `; token expires ${r.tokenExpiresAt}` : ""}`);
  if (r.manifestsPath) out.push(`manifests: ${r.manifestsPath}`);
  return out.join("\n");
}

export {
  defaultConnectors,
  runPipeline,
  renderSummary,
  PLAIN,
  renderText
};
