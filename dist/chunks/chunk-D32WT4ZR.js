#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  CHECK_SECTION,
  HEALTH_CONDITION,
  TOKEN_LINK,
  autoRegisteredEntries,
  buildBundle,
  checkProxyCommand,
  configDumpCommand,
  entryAddress,
  fileDigest,
  placedBundle,
  readMeshFacts,
  readTokenCommand
} from "./chunk-HVQUJYAA.js";
import {
  findObject,
  renderStep
} from "./chunk-J7K5HPQA.js";
import {
  StepFailed,
  failOnFindings,
  jwtExpiry,
  newCheckRecord,
  parseCertExpiry,
  parseConnectedState,
  parseServerInfo,
  runStep,
  scrubConfigDump,
  writeNewFile
} from "./chunk-BCSFOWDV.js";
import {
  diffObjects,
  summarize
} from "./chunk-IEOBNXGQ.js";
import {
  applyObject,
  readObject
} from "./chunk-PYZEXAEZ.js";
import {
  objectRef
} from "./chunk-4YKHFMZ6.js";
import {
  redactSecrets
} from "./chunk-BZEV6XFE.js";
import {
  sshTarget
} from "./chunk-MSDVC3FO.js";
import {
  StepError
} from "./chunk-GFWLNMO4.js";
import {
  formatDuration
} from "./chunk-KI37J66C.js";

// src/vm/proxy-check.ts
var TOKEN_FILE = "istio-token";
function checkedFiles(s, files) {
  const placed = s.proxy.runtime === "systemd" ? placedBundle(files, s.proxy.interception) : files.map((f) => ({ ...f, path: `${s.proxy.configDir}/${f.name}` }));
  return placed.filter((f) => f.name !== TOKEN_FILE).map((f) => ({ name: f.name, path: f.path, content: f.content }));
}
function tokenPath(s) {
  return s.proxy.runtime === "systemd" ? TOKEN_LINK : `${s.proxy.configDir}/${TOKEN_FILE}`;
}
function proxyNoun(s) {
  return s.proxy.runtime === "systemd" ? "the istio unit" : "the istio-proxy container";
}
function parseProxyReading(stdout) {
  const [head = "", ...sections] = stdout.split(`
${CHECK_SECTION} `);
  const lines = head.split("\n");
  const value = (prefix) => lines.find((l) => l.startsWith(`${prefix} `))?.slice(prefix.length + 1).trim() ?? "";
  const [proxy = "none", image = "-"] = (value("state") || "none -").split(" ");
  const hashes = {};
  for (const l of lines.filter((x) => x.startsWith("hash "))) {
    const [, name = "", sha = "-"] = l.split(" ");
    hashes[name] = /^[0-9a-f]{64}$/.test(sha) ? sha : null;
  }
  const section = {};
  for (const s of sections) {
    const nl = s.indexOf("\n");
    section[nl < 0 ? s : s.slice(0, nl)] = nl < 0 ? "" : s.slice(nl + 1);
  }
  const info = parseServerInfo(section.server_info ?? "");
  return {
    proxy,
    image: image === "-" ? "" : image,
    readyCode: value("ready") || "000",
    connected: parseConnectedState(section.connected_state ?? ""),
    ...info,
    certExpiresAt: parseCertExpiry(section.certs ?? ""),
    hashes
  };
}
function lastLines(text) {
  return text.trim().split("\n").slice(-3).join(" | ") || "no output";
}
async function readProxy(session, s, files, signal) {
  const r = await session.exec(checkProxyCommand(s, files), { signal });
  if (r.code === 127)
    throw new StepError(`cannot read the proxy on ${session.target}: ${lastLines(r.stderr)}`, "install curl or wget on the VM");
  if (r.code !== 0)
    throw new StepError(
      `reading the proxy on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`,
      s.ssh.target.user === "root" ? `check that ${s.proxy.runtime === "systemd" ? "systemd" : "docker"} runs on the VM` : `check that ${s.ssh.target.user} may run sudo without a password (sudo -n)`
    );
  return parseProxyReading(r.stdout);
}
async function readConfigDump(session, signal) {
  const r = await session.exec(configDumpCommand(), { signal });
  if (r.code !== 0 || !r.stdout.trim())
    throw new StepError(
      `reading Envoy's /config_dump on ${session.target} failed (exit ${r.code}): ${lastLines(r.stderr)}`,
      r.code === 127 ? "install curl or wget on the VM" : "is the proxy running (its admin port 15000)?"
    );
  return r.stdout;
}
async function readTokenExpiry(session, s, signal) {
  const r = await session.exec(readTokenCommand(tokenPath(s), s), { signal });
  if (r.code !== 0) return { reason: /No such file/i.test(r.stderr) ? "is missing" : `could not be read (exit ${r.code})` };
  return jwtExpiry(r.stdout);
}

// src/modes/check.ts
var ROOT_CERT_FILE = "istio-ca.pem";
function messageOf(err) {
  const cause = err instanceof StepFailed ? err.cause : err;
  return cause instanceof Error ? cause.message : String(cause);
}
async function check(s, ctx, result) {
  const { record, unread } = await inspect(s, ctx, result);
  await runStep(result, ctx, "Evaluate fail-on", failOnText(s), async (step) => {
    const findings = failOnFindings([record], s.check.failOn);
    step.detail = findings.length ? findings.join("; ") : `nothing fails the check (${record.problems.length} problems, ${record.drift.length} drift)`;
    if (unread)
      throw new StepError(
        `the check could not read everything (${unread} read(s) failed): ${record.problems.join("; ")}`,
        "the record lists what was read; fix access to the cluster or the VM and check again"
      );
    if (findings.length) throw new StepError(findings.join("; "), hintFor(s, record));
  });
}
async function inspect(s, ctx, result, opts = {}) {
  const { objects: rendered, workload: w } = await renderStep(s, ctx, result, "rendered");
  let image = "";
  let rootCertChanged = false;
  const otherFileDrift = [];
  const record = newCheckRecord(s.ssh.target.host, `${w.namespace}/${w.name}`);
  result.check = record;
  result.proxyStatus = "not-ready";
  let unread = 0;
  const attempt = async (fn) => {
    try {
      return await fn();
    } catch (err) {
      if (ctx.signal.aborted) throw err;
      unread++;
      record.problems.push(err instanceof StepFailed ? `${err.step}: ${messageOf(err)}` : messageOf(err));
      return void 0;
    }
  };
  const cluster = await ctx.connect.cluster(
    s.cluster.kubeconfig,
    s.cluster.context,
    ctx.log,
    ctx.signal,
    s.cluster.requestTimeoutMs
  );
  const facts = await attempt(
    () => runStep(
      result,
      ctx,
      "Read mesh facts",
      `${cluster.server} ${s.cluster.istioNamespace}`,
      () => ctx.once ? ctx.once(`mesh-facts\0${s.proxy.image}\0${s.workload.network}\0${s.proxy.gatewayAddress}`, () => readMeshFacts(cluster, s)) : readMeshFacts(cluster, s)
    )
  );
  await attempt(
    () => runStep(result, ctx, "Compare the cluster objects", `${rendered.length} objects, server-side dry-run`, async (step) => {
      const compared = await compareObjects(cluster, w.namespace, rendered, result);
      record.drift.push(...compared.drift);
      step.detail = compared.detail;
    })
  );
  await attempt(
    () => runStep(result, ctx, "Read the WorkloadEntry", `${w.namespace}/${w.name}`, async (step) => {
      await readEntry(s, cluster, rendered, w, record);
      const e = record.workloadEntry;
      step.detail = e.present ? `${w.namespace}/${e.name} at ${e.address ?? "-"}${e.healthy === null ? "" : `, Healthy: ${e.healthy}`}` : "missing";
    })
  );
  const session = await attempt(
    () => runStep(result, ctx, "Connect to the VM", sshTarget(s), async (step) => {
      const opened = await ctx.connect.vm(s, ctx.log, ctx.signal);
      step.detail = `host key ${opened.hostKey.fingerprint} (${opened.hostKey.reason})`;
      return opened;
    })
  );
  if (session) {
    try {
      const noun = proxyNoun(s);
      await attempt(
        () => runStep(
          result,
          ctx,
          "Read the proxy",
          `${session.target} (${s.proxy.runtime}, Envoy admin :15000, ${s.proxy.runtime === "systemd" ? "Istio's paths" : s.proxy.configDir})`,
          async (step) => {
            const files = facts ? checkedFiles(s, buildBundle(w, facts, "", s.workload.registration === "workload-group" ? w.name : "")) : [];
            const reading = await readProxy(session, s, files, ctx.signal);
            record.proxy = reading.proxy;
            record.ready = reading.proxy === "running" && reading.readyCode === "200";
            record.connected = reading.connected === true;
            record.proxyVersion = reading.proxyVersion;
            record.agentVersion = reading.agentVersion;
            record.certExpiresAt = reading.certExpiresAt;
            result.proxyStatus = record.ready ? "ready" : "not-ready";
            if (reading.proxy === "none") record.problems.push(`${noun.replace(/^the /, "no ")} on the VM`);
            else if (reading.proxy !== "running") record.problems.push(`${noun} is ${reading.proxy}`);
            else if (reading.readyCode !== "200")
              record.problems.push(
                `pilot-agent's :15020/healthz/ready answered ${reading.readyCode === "000" ? "nothing" : reading.readyCode}`
              );
            if (reading.proxy === "running") {
              if (!record.connected)
                record.problems.push(
                  `Envoy is not connected to istiod (${reading.connected === null ? "its stats hold neither control_plane.connected_state nor the xds-grpc stream" : "control_plane.connected_state 0, or no xDS stream open"})`
                );
              if (!record.certExpiresAt) record.problems.push("Envoy serves no workload certificate (admin /certs)");
              else if (Date.parse(record.certExpiresAt) <= Date.now())
                record.problems.push(`the workload certificate expired at ${record.certExpiresAt}`);
            }
            image = reading.image;
            if (facts) {
              const drift = fileDrift(facts, files, reading.hashes);
              record.drift.push(...drift.map((d) => d.sentence));
              rootCertChanged = drift.some((d) => d.name === ROOT_CERT_FILE);
              otherFileDrift.push(...drift.filter((d) => d.name !== ROOT_CERT_FILE).map((d) => d.sentence));
            }
            step.detail = `${noun.replace(/^the /, "")} ${reading.proxy}${reading.image ? ` (${reading.image})` : ""}, ready ${reading.readyCode}, connected ${reading.connected ?? "not read"}, Envoy ${reading.proxyVersion ?? "-"}, certificate expires ${reading.certExpiresAt ?? "-"}; ${files.length} bundle files compared${facts ? "" : " (none: no mesh facts to render them from)"}`;
          }
        )
      );
      if (s.check.configDump) {
        await attempt(
          () => runStep(result, ctx, "Save Envoy's config dump", `${session.target} :15000/config_dump`, async (step) => {
            let scrubbed;
            try {
              scrubbed = scrubConfigDump(await readConfigDump(session, ctx.signal));
            } catch (err) {
              if (err instanceof SyntaxError) throw new StepError(`Envoy's /config_dump on ${session.target} is not JSON`);
              throw err;
            }
            result.configDumpPath = writeNewFile(
              ctx.workDir,
              "config-dump",
              "json",
              redactSecrets(JSON.stringify(scrubbed.dump, null, 2)) + "\n"
            );
            step.detail = `${result.configDumpPath} (the secrets section and ${scrubbed.removed} secret field(s) removed)`;
          })
        );
      }
      await attempt(
        () => runStep(result, ctx, "Read the bootstrap token's expiry", `${session.target}:${tokenPath(s)}`, async (step) => {
          const exp = await readTokenExpiry(session, s, ctx.signal);
          if ("reason" in exp) {
            record.problems.push(`${tokenPath(s)} ${exp.reason}`);
            step.detail = `the token file ${exp.reason}`;
            return;
          }
          record.tokenExpiresAt = exp.expiresAt;
          result.tokenExpiresAt = exp.expiresAt;
          if (Date.parse(exp.expiresAt) <= Date.now())
            record.problems.push(
              `the bootstrap token in ${tokenPath(s)} expired at ${exp.expiresAt}: a running proxy renews through its own certificate, but once that lapses (the proxy stopped past it) it cannot rejoin; mode refresh writes a fresh token`
            );
          step.detail = `exp ${exp.expiresAt} (the token itself is neither logged nor kept)`;
        })
      );
    } finally {
      if (!opts.keepSession) session.close();
    }
  }
  return {
    record,
    unread,
    cluster,
    facts,
    rendered,
    workload: w,
    image,
    rootCertChanged,
    otherFileDrift,
    ...opts.keepSession && session ? { session } : {}
  };
}
function formatWindow(ms) {
  return ms % 864e5 === 0 ? `${ms / 864e5}d` : formatDuration(ms);
}
function failOnText(s) {
  const f = s.check.failOn;
  const words = [
    f.notReady ? "not-ready" : "",
    f.drift ? "drift" : "",
    f.certExpiresWithinMs !== void 0 ? `cert-expires-within=${formatWindow(f.certExpiresWithinMs)}` : ""
  ].filter(Boolean);
  return words.length ? `fail-on ${words.join(", ")}` : "fail-on (empty: report only)";
}
function hintFor(s, r) {
  if (r.drift.length && r.ready)
    return "run onboard again with the same inputs to bring the objects and files back to the render, or change the inputs to what is live";
  return `read the proxy's log on ${sshTarget(s)} (${s.proxy.runtime === "systemd" ? "journalctl -u istio, /var/log/istio" : "docker logs istio-proxy"}); onboard again to replace it`;
}
async function compareObjects(cluster, namespace, rendered, result) {
  const drift = [];
  const rejected = [];
  const ns = await readObject(cluster, { apiVersion: "v1", kind: "Namespace", metadata: { name: namespace } });
  for (const r of rendered) {
    const ref = objectRef(r.object);
    const entry = findObject(result, r);
    if (!ns && r.object.kind !== "Namespace" && (r.object.metadata.namespace ?? namespace) === namespace) {
      if (entry) Object.assign(entry, { liveDiff: "new object", server: `not checked: namespace ${namespace} does not exist` });
      drift.push(`${ref} is missing (namespace ${namespace} does not exist)`);
      continue;
    }
    const live = await readObject(cluster, r.object);
    const diff = summarize(diffObjects(live, r.object));
    if (entry) entry.liveDiff = diff;
    if (r.object.kind === "Namespace") {
      if (!live) drift.push(`${ref} is missing`);
      continue;
    }
    let owners = "";
    try {
      await applyObject(cluster, r.object, { dryRun: true, before: live ?? null });
      if (entry) entry.server = "accepted";
    } catch (err) {
      const message = messageOf(err);
      if (entry) entry.server = message;
      const conflicts = [...message.matchAll(/conflict with "([^"]+)"[^:]*: (\.[^\s,()]+)/g)].map((m) => `${m[2]} (${m[1]})`);
      if (/\b409\b/.test(message) && conflicts.length) owners = [...new Set(conflicts)].join(", ");
      else rejected.push(message);
    }
    if (!live) drift.push(`${ref} is missing`);
    else if (diff !== "unchanged" || owners)
      drift.push(
        `${ref} differs${diff !== "unchanged" ? `: ${diff}` : ""}${owners ? `; another field manager owns ${owners}: onboard would conflict` : ""}`
      );
  }
  if (rejected.length)
    throw new StepError(
      `the API server rejected ${rejected.length} object(s) of the render: ${rejected.join("; ")}`,
      "render the inputs (mode: render) to see why; the objects may have changed beyond what onboard applies"
    );
  return { drift, detail: `${rendered.length} objects compared with the live ones and by server-side dry-run; ${drift.length} drift` };
}
async function readEntry(s, cluster, rendered, w, record) {
  let entry;
  if (s.workload.registration === "workload-group") {
    entry = (await autoRegisteredEntries(cluster, w.namespace, w.name)).find((e) => entryAddress(e) === w.address);
  } else {
    const ours = rendered.find((r) => r.object.kind === "WorkloadEntry");
    entry = ours ? await readObject(cluster, ours.object) : void 0;
  }
  if (!entry) {
    record.problems.push(`WorkloadEntry ${w.namespace}/${w.name} is missing: the mesh does not route to the VM`);
    return;
  }
  const healthy = entry.status?.conditions?.find(
    (c) => c.type === HEALTH_CONDITION
  )?.status;
  record.workloadEntry = {
    present: true,
    healthy: healthy === void 0 ? null : healthy === "True",
    name: entry.metadata.name,
    address: entryAddress(entry) ?? null
  };
  if (healthy === "False") record.problems.push(`WorkloadEntry ${w.namespace}/${entry.metadata.name} is not Healthy`);
  if (record.workloadEntry.address && record.workloadEntry.address !== w.address)
    record.problems.push(`WorkloadEntry ${w.namespace}/${entry.metadata.name} is at ${record.workloadEntry.address}, not ${w.address}`);
}
function fileDrift(facts, files, hashes) {
  const out = [];
  for (const f of files) {
    const onVm = hashes[f.name];
    if (onVm === void 0 || onVm === null) out.push({ name: f.name, sentence: `${f.path} is missing` });
    else if (onVm !== fileDigest(f.path, f.content)) {
      out.push({
        name: f.name,
        sentence: f.name === ROOT_CERT_FILE ? `${f.path} is not the mesh's current root certificate (ConfigMap ${facts.istioNamespace}/istio-ca-root-cert): the root was rotated, or the file changed` : `${f.path} differs from the render`
      });
    }
  }
  return out;
}

export {
  tokenPath,
  proxyNoun,
  readProxy,
  check,
  inspect
};
