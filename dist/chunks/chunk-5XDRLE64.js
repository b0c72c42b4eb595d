#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  MAX_MATRIX_SHARDS,
  itemKeyProblem,
  overlay,
  parseInventory
} from "./chunk-AA4ZNUWX.js";
import {
  canonicalHost,
  canonicalIp,
  dns1123Label,
  dns1123Subdomain,
  envName,
  envVarToRead,
  fingerprint,
  host,
  httpUrl,
  imageReference,
  knownHostsLine,
  labelKey,
  labelValue,
  manifestPattern,
  port,
  posixUser,
  proxyConfigDir
} from "./chunk-JOC6KVYR.js";
import {
  quoteValue
} from "./chunk-NXY6E3WA.js";
import {
  dump,
  load
} from "./chunk-GGB3IVYU.js";
import {
  require_keyParser
} from "./chunk-MBI4W7AN.js";
import {
  hostsFieldMatches
} from "./chunk-ZT6DMEPR.js";
import {
  isIPAddress
} from "./chunk-LSYLP4SE.js";
import {
  parseDuration
} from "./chunk-KI37J66C.js";
import {
  __commonJS,
  __toESM
} from "./chunk-4RF5COTQ.js";

// src/config/ssh-key-parser.cts
var require_ssh_key_parser = __commonJS({
  "src/config/ssh-key-parser.cts"(exports, module) {
    "use strict";
    var parser;
    function parseKey(...args) {
      parser ??= require_keyParser().parseKey;
      return parser(...args);
    }
    module.exports = { parseKey };
  }
});

// src/config/errors.ts
var InputError = class extends Error {
  constructor(problems) {
    super(
      problems.length === 1 ? `Invalid input: ${formatProblem(problems[0])}` : `${problems.length} inputs are invalid:
${problems.map((p) => `  - ${formatProblem(p)}`).join("\n")}`
    );
    this.problems = problems;
    this.name = "InputError";
  }
  problems;
};
function formatProblem(p) {
  return p.from ? `${p.from}, read as input \`${p.input}\` is empty: ${p.message}` : `input \`${p.input}\` ${p.message}`;
}
function inputProblemsOf(err) {
  if (err instanceof InputError) return err.problems;
  const carried = err?.inputProblems;
  return Array.isArray(carried) ? carried : void 0;
}

// src/config/input-file.ts
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
function within(root, path) {
  const rel = relative(root, path);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
function realOrSame(path) {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
var NO_SUCH_FILE = "no such file";
function resolveInputFile(path, workspace) {
  const root = realOrSame(workspace);
  const given = resolve(workspace, path);
  const inWorkspace = within(resolve(workspace), given) || within(root, given);
  let real;
  try {
    real = realpathSync(given);
  } catch (err) {
    const code = err.code;
    return {
      problem: code === "ENOENT" ? NO_SUCH_FILE : code === "ENOTDIR" ? NO_SUCH_FILE : `cannot be read (${code ?? err.message})`
    };
  }
  if (inWorkspace && !within(root, real))
    return { problem: `is in the workspace but leads out of it through a symlink, to ${quoteValue(real, 120)}: give the file itself` };
  return { path: real, inWorkspace };
}
function readInputFile(path, workspace, maxBytes) {
  const found = resolveInputFile(path, workspace);
  if ("problem" in found) return found;
  let fd;
  try {
    fd = openSync(found.path, constants.O_RDONLY | constants.O_NOFOLLOW | (found.inWorkspace ? constants.O_NONBLOCK : 0));
  } catch (err) {
    return { problem: `cannot be read (${err.code ?? err.message})` };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { problem: "is a directory" };
    if (found.inWorkspace && !st.isFile()) return { problem: "is not a regular file (a device, FIFO or socket)" };
    const buf = Buffer.alloc(maxBytes + 1);
    let n = 0;
    for (let got = 1; got > 0 && n <= maxBytes; n += got) got = readSync(fd, buf, n, buf.length - n, null);
    if (n > maxBytes) return { problem: `is larger than ${maxBytes / 1024 / 1024} MiB` };
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(buf.subarray(0, n)) };
    } catch {
      return { problem: "is not UTF-8 text" };
    }
  } catch (err) {
    return { problem: `cannot be read (${err.code ?? err.message})` };
  } finally {
    closeSync(fd);
  }
}

// src/config/settings-from-inputs.ts
import { createHash } from "node:crypto";
import { readFileSync as readFileSync2, statSync } from "node:fs";
import { delimiter as delimiter2 } from "node:path";

// src/config/kubeconfig-file.ts
import { readFileSync } from "node:fs";
import { delimiter, dirname, isAbsolute as isAbsolute2, resolve as resolve2 } from "node:path";
function newClusters(a) {
  if (!Array.isArray(a)) return [];
  return a.map((elt, i) => {
    if (!elt.name) throw new Error(`clusters[${i}].name is missing`);
    if (!elt.cluster) throw new Error(`clusters[${i}].cluster is missing`);
    if (!elt.cluster.server) throw new Error(`clusters[${i}].cluster.server is missing`);
    return {
      caData: elt.cluster["certificate-authority-data"],
      caFile: elt.cluster["certificate-authority"],
      name: elt.name,
      server: elt.cluster.server.replace(/\/$/, ""),
      skipTLSVerify: elt.cluster["insecure-skip-tls-verify"] === true,
      tlsServerName: elt.cluster["tls-server-name"],
      proxyUrl: elt.cluster["proxy-url"]
    };
  });
}
function findToken(user) {
  if (user) {
    if (user.token) return user.token;
    if (user["token-file"]) return readFileSync(user["token-file"]).toString();
  }
  return void 0;
}
function newUsers(a) {
  if (!Array.isArray(a)) return [];
  return a.map((elt, i) => {
    if (!elt.name) throw new Error(`users[${i}].name is missing`);
    const u = elt.user;
    return {
      authProvider: u ? u["auth-provider"] : null,
      certData: u ? u["client-certificate-data"] : null,
      certFile: u ? u["client-certificate"] : null,
      exec: u ? u.exec : null,
      keyData: u ? u["client-key-data"] : null,
      keyFile: u ? u["client-key"] : null,
      name: elt.name,
      token: findToken(u),
      password: u ? u.password : null,
      username: u ? u.username : null,
      impersonateUser: u ? u.as : null
    };
  });
}
function newContexts(a) {
  if (!Array.isArray(a)) return [];
  return a.map((elt, i) => {
    if (!elt.name) throw new Error(`contexts[${i}].name is missing`);
    if (!elt.context) throw new Error(`contexts[${i}].context is missing`);
    if (!elt.context.cluster) throw new Error(`contexts[${i}].context.cluster is missing`);
    return {
      cluster: elt.context.cluster,
      name: elt.name,
      user: elt.context.user || void 0,
      namespace: elt.context.namespace || void 0
    };
  });
}
function findObject(list, name) {
  return list?.find((o) => o.name === name) ?? null;
}
var KubeconfigFile = class {
  clusters = [];
  contexts = [];
  users = [];
  currentContext = "";
  /** As KubeConfig.loadFromString: throws what it throws (YAML errors, invalid entries). */
  loadFromString(content) {
    const obj = load(content);
    this.clusters = newClusters(obj.clusters);
    this.contexts = newContexts(obj.contexts);
    this.users = newUsers(obj.users);
    this.currentContext = obj["current-context"];
  }
  getContexts() {
    return this.contexts;
  }
  getCurrentContext() {
    return this.currentContext;
  }
  getContextObject(name) {
    return findObject(this.contexts, name);
  }
  getCluster(name) {
    return findObject(this.clusters, name);
  }
  getUser(name) {
    return findObject(this.users, name);
  }
};
function resolvePaths(config, dir) {
  const fix = (o, key, onlyWithSlash = false) => {
    const obj = o;
    const v = obj?.[key];
    if (typeof v === "string" && v !== "" && !isAbsolute2(v) && (!onlyWithSlash || v.includes("/")))
      obj[key] = resolve2(dir, v);
  };
  for (const c of Array.isArray(config.clusters) ? config.clusters : []) fix(c?.cluster, "certificate-authority");
  for (const u of Array.isArray(config.users) ? config.users : []) {
    for (const key of ["client-certificate", "client-key", "tokenFile", "token-file"]) fix(u?.user, key);
    fix(u?.user?.exec, "command", true);
  }
}
function mergeKubeconfigFiles(list, read = (p) => readFileSync(p, "utf8")) {
  const paths = [...new Set(list.split(delimiter).filter((p) => p !== ""))];
  const merged = {};
  const files = [];
  const texts = [];
  for (const path of paths) {
    let text;
    try {
      text = read(path);
    } catch (err) {
      if (err.code === "ENOENT") continue;
      return { error: `${path} cannot be read: ${err.code ?? err.message}`, files, texts };
    }
    files.push(path);
    texts.push(text);
    let config;
    try {
      config = load(text);
    } catch (err) {
      return { error: `${path} is not a valid kubeconfig: ${String(err.message).split("\n")[0]}`, files, texts };
    }
    if (config === null || config === void 0) continue;
    if (typeof config !== "object" || Array.isArray(config))
      return { error: `${path} is not a valid kubeconfig: not a YAML mapping`, files, texts };
    const c = config;
    resolvePaths(c, dirname(resolve2(path)));
    for (const [key, value] of Object.entries(c)) {
      if (key === "clusters" || key === "users" || key === "contexts") {
        if (value === null || value === void 0) continue;
        if (!Array.isArray(value)) return { error: `${path} is not a valid kubeconfig: ${key} is not a list`, files, texts };
        const have = merged[key] ??= [];
        const seen = new Set(have.map((e) => e?.name));
        for (const entry of value) if (!seen.has(entry?.name)) have.push(entry);
      } else if (!(key in merged) || merged[key] === "" || merged[key] === null) {
        merged[key] = value;
      }
    }
  }
  if (files.length === 0) return { error: "names no file that exists", files, texts };
  return { content: dump(merged, { lineWidth: -1, noRefs: true }), files, texts };
}

// src/config/settings-from-inputs.ts
var import_ssh_key_parser = __toESM(require_ssh_key_parser(), 1);

// src/config/fail-on.ts
var FAIL_ON_WORDS = ["not-ready", "drift", "cert-expires-within=DURATION"];
function parseWindow(text) {
  const days = /^(\d+)d$/.exec(text);
  if (days) return Number(days[1]) * 864e5;
  return parseDuration(text);
}
function parseFailOn(text) {
  const failOn = { notReady: false, drift: false };
  const problems = [];
  for (const item of text.split(/[,\n]/).map((i) => i.trim()).filter(Boolean)) {
    if (item === "not-ready") failOn.notReady = true;
    else if (item === "drift") failOn.drift = true;
    else if (item.startsWith("cert-expires-within=")) {
      const value = item.slice("cert-expires-within=".length);
      const ms = parseWindow(value);
      if (ms === void 0 || ms <= 0)
        problems.push(`cert-expires-within takes a duration such as 7d, 48h or 90m (got ${JSON.stringify(value.slice(0, 40))})`);
      else failOn.certExpiresWithinMs = ms;
    } else problems.push(`${JSON.stringify(item.slice(0, 40))} is not one of ${FAIL_ON_WORDS.join(", ")}`);
  }
  return { failOn, problems };
}

// src/config/canary.ts
function parseCanary(value, n) {
  if (value === "") return { count: 0 };
  const percent = /^(\d{1,3})%$/.exec(value);
  if (percent) {
    const p = Number(percent[1]);
    if (p < 1 || p > 100) return { problem: `must be a percentage from 1% to 100% (got ${value})` };
    return { count: Math.max(1, Math.ceil(n * p / 100)) };
  }
  if (/^\d{1,6}$/.test(value) && Number(value) >= 1) return { count: Math.min(Number(value), n) };
  return {
    problem: `must be a number of VMs (such as 1) or a percentage of the inventory (such as 10%) (got ${JSON.stringify(value.slice(0, 40))})`
  };
}

// src/config/lists.ts
function splitLines(text) {
  return text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
}
function splitItems(text) {
  return splitLines(text).flatMap(
    (l) => l.split(",").map((i) => i.trim()).filter((i) => i !== "")
  );
}
function splitPairs(items) {
  return items.map((item) => {
    const eq = item.indexOf("=");
    return eq < 0 ? { key: item, value: "", item } : { key: item.slice(0, eq).trim(), value: item.slice(eq + 1).trim(), item };
  });
}

// src/config/settings-from-inputs.ts
var MODES = ["onboard", "render", "offboard", "check", "refresh"];
var COMMENT_MODES = ["auto", "always", "never"];
var MIN_TOKEN_LIFETIME_MS = 10 * 6e4;
var MAX_TOKEN_LIFETIME_MS = 8760 * 36e5;
var MAX_PROBLEMS_PER_INPUT = 5;
var Collector = class _Collector {
  constructor(read, memo = /* @__PURE__ */ new Map()) {
    this.read = read;
    this.memo = memo;
  }
  read;
  memo;
  problems = [];
  /** Runs check once per key in this getSettings call; later calls replay its problems. */
  once(key, check) {
    let found = this.memo.get(key);
    if (!found) {
      const sub = new _Collector(this.read, this.memo);
      check(sub);
      this.memo.set(key, found = sub.problems);
    }
    for (const p of found) this.fail(p.input, p.message, p.from);
  }
  raw(name) {
    return (this.read(name) ?? "").trim();
  }
  /** `from`: where the value came from when not the input itself (`$KUBECONFIG (a:b)`). */
  fail(input, message, from) {
    const count = this.problems.filter((p) => p.input === input).length;
    if (count < MAX_PROBLEMS_PER_INPUT) this.problems.push({ input, message, ...from ? { from } : {} });
    else if (count === MAX_PROBLEMS_PER_INPUT) this.problems.push({ input, message: "has more problems; fix the ones above first" });
  }
  check(input, problem) {
    if (problem) this.fail(input, problem);
    return !problem;
  }
  required(name, why) {
    const value = this.raw(name);
    if (value === "") this.fail(name, `is required ${why}`);
    return value;
  }
  oneOf(name, allowed) {
    const value = this.raw(name);
    if (!allowed.includes(value)) this.fail(name, `must be one of ${allowed.join(", ")} (got ${quoteValue(value)})`);
    return value;
  }
  boolean(name) {
    const value = this.raw(name);
    if (/^(true|True|TRUE)$/.test(value)) return true;
    if (/^(false|False|FALSE)$/.test(value)) return false;
    this.fail(name, `must be true or false (got ${quoteValue(value)})`);
    return false;
  }
  duration(name, minMs, maxMs) {
    const value = this.raw(name);
    const ms = parseDuration(value);
    if (ms === void 0) this.fail(name, `must be a duration such as 90s, 10m or 1h30m (got ${quoteValue(value)})`);
    else if (ms < minMs || ms > maxMs) this.fail(name, `must be between ${minMs / 1e3}s and ${maxMs / 1e3}s (got ${quoteValue(value)})`);
    return ms ?? 0;
  }
  integer(name, min, max) {
    const value = this.raw(name);
    const n = /^\d+$/.test(value) ? Number(value) : NaN;
    if (!(n >= min && n <= max)) this.fail(name, `must be a whole number from ${min} to ${max} (got ${quoteValue(value)})`);
    return n;
  }
};
function protocolOf(portName) {
  const prefix = portName.split("-")[0];
  switch (prefix) {
    case "http":
      return "HTTP";
    case "http2":
      return "HTTP2";
    case "grpc":
      return "GRPC";
    case "https":
      return "HTTPS";
    case "tls":
      return "TLS";
    default:
      return "TCP";
  }
}
function parsePorts(c) {
  const ports = [];
  for (const item of splitItems(c.raw("ports"))) {
    const m = /^([^:]+):(\S+)$/.exec(item);
    if (!m) {
      c.fail("ports", `item ${quoteValue(item)} must be name:port, e.g. http:8080`);
      continue;
    }
    const [, name = "", num = ""] = m;
    const ok = c.check("ports", dns1123Label(name) && `port name ${quoteValue(name)} ${dns1123Label(name)}`) && c.check("ports", port(num));
    if (!ok) continue;
    if (ports.some((p) => p.name === name)) c.fail("ports", `port name ${quoteValue(name)} appears twice`);
    else if (ports.some((p) => p.number === Number(num))) c.fail("ports", `port ${num} appears twice`);
    else ports.push({ name, number: Number(num), protocol: protocolOf(name) });
  }
  return ports;
}
function parseLabels(c) {
  const items = splitItems(c.raw("labels"));
  const labels = {};
  for (const { key, value, item } of splitPairs(items)) {
    if (!item.includes("=")) {
      c.fail("labels", `item ${quoteValue(item)} must be key=value`);
      continue;
    }
    if (c.check("labels", labelKey(key)) && c.check("labels", labelValue(value))) {
      if (Object.hasOwn(labels, key)) c.fail("labels", `label ${quoteValue(key)} appears twice`);
      labels[key] = value;
    }
  }
  return labels;
}
function parseMeshHosts(c) {
  const hosts = [];
  for (const item of splitItems(c.raw("mesh-hosts"))) {
    const m = /^([^:]+)(?::(\d+))?$/.exec(item);
    const host2 = (m?.[1] ?? "").toLowerCase();
    if (!m || isIPAddress(host2)) {
      c.fail("mesh-hosts", `item ${quoteValue(item)} must be a host name or host:port, e.g. frontend.demo.svc.cluster.local:8080`);
      continue;
    }
    if (!c.check("mesh-hosts", host(host2))) continue;
    if (host2 === "localhost" || host2.endsWith(".localhost")) {
      c.fail("mesh-hosts", `item ${quoteValue(item)} names localhost, which the VM's own applications need`);
      continue;
    }
    if (m[2] !== void 0 && !c.check("mesh-hosts", port(m[2]))) continue;
    const port2 = m[2] === void 0 ? void 0 : Number(m[2]);
    if (hosts.some((h) => h.host === host2 && h.port === port2)) c.fail("mesh-hosts", `item ${quoteValue(item)} appears twice`);
    else hosts.push({ host: host2, ...port2 === void 0 ? {} : { port: port2 } });
  }
  return hosts;
}
function parseVarsFromEnv(c, env) {
  const out = {};
  for (const name of splitItems(c.raw("vars-from-env"))) {
    if (!c.check("vars-from-env", envVarToRead(name))) continue;
    const value = Object.hasOwn(env, name) ? env[name] : void 0;
    if (typeof value !== "string") c.fail("vars-from-env", `names ${quoteValue(name)}, which is not set in the environment`);
    else Object.defineProperty(out, name, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
function parseVars(c, fromEnv) {
  const vars = { ...fromEnv };
  for (const { key, item } of splitPairs(splitLines(c.raw("vars")))) {
    if (!item.includes("=")) {
      c.fail("vars", `line ${quoteValue(item)} must be KEY=VALUE`);
      continue;
    }
    if (!c.check("vars", envName(key))) continue;
    if (Object.hasOwn(fromEnv, key))
      c.fail("vars", `sets ${quoteValue(key)}, which vars-from-env reads from the environment too: give it in one of them`);
    else
      Object.defineProperty(vars, key, { value: item.slice(item.indexOf("=") + 1), enumerable: true, writable: true, configurable: true });
  }
  return vars;
}
function parseEndpoint(c, input, text, defaultUser, defaultPort) {
  const m = /^(?:([^@\s]+)@)?(\[[^\]]+\]|[^:@\s]+)(?::(\d+))?$/.exec(text);
  if (!m) {
    c.fail(input, `${quoteValue(text)} must be [user@]host[:port]`);
    return void 0;
  }
  const user = m[1] ?? defaultUser;
  const host2 = (m[2] ?? "").replace(/^\[|\]$/g, "");
  const port2 = m[3] ?? String(defaultPort);
  const ok = [c.check(input, posixUser(user)), c.check(input, host(host2)), c.check(input, port(port2))].every(Boolean);
  return ok ? { user, host: host2, port: Number(port2) } : void 0;
}
function kubeconfigContent(read, env) {
  const given = (read("kubeconfig") ?? "").trim();
  if (given !== "") return { content: given };
  const list = env.KUBECONFIG ?? "";
  if (!list.split(delimiter2).some((p) => p !== "")) return {};
  const merged = mergeKubeconfigFiles(list);
  const from = `$KUBECONFIG (${merged.files.join(delimiter2) || list})`;
  if (merged.error) return { error: merged.error, from, texts: merged.texts };
  return { ...merged.content !== void 0 ? { content: merged.content } : {}, from, texts: merged.texts };
}
function readKubeconfig(c, read, env) {
  const { content, error, from } = kubeconfigContent(read, env);
  if (error) c.fail("kubeconfig", error, from);
  return { ...content !== void 0 ? { content } : {}, ...from ? { from } : {}, failed: Boolean(error) };
}
function checkKubeconfig(c, content, context, from) {
  const kc = new KubeconfigFile();
  const fail = (input, message) => c.fail(input, message, input === "kubeconfig" ? from : void 0);
  try {
    kc.loadFromString(content);
  } catch (err) {
    fail("kubeconfig", `is not a valid kubeconfig: ${String(err.message).split("\n")[0]}`);
    return;
  }
  const name = context || kc.getCurrentContext();
  if (!name)
    return fail(context ? "context" : "kubeconfig", "names no context: set current-context in the kubeconfig or the `context` input");
  const ctx = kc.getContextObject(name);
  if (!ctx)
    return fail(
      context ? "context" : "kubeconfig",
      `context ${quoteValue(name)} is not in the kubeconfig (it has: ${kc.getContexts().slice(0, 10).map((x) => quoteValue(x.name)).join(", ") || "none"})`
    );
  const cluster = kc.getCluster(ctx.cluster);
  if (!cluster?.server) fail("kubeconfig", `context ${quoteValue(name)} points at cluster ${quoteValue(ctx.cluster)}, which has no server URL`);
  else if (!/^https?:\/\/[^\s]+$/.test(cluster.server))
    fail("kubeconfig", `the server of cluster ${quoteValue(ctx.cluster)} must be an https (or http) URL`);
}
function checkPrivateKey(c, key, passphrase) {
  const result = import_ssh_key_parser.default.parseKey(key, passphrase || void 0);
  const parsed = Array.isArray(result) ? result[0] : result;
  if (parsed && !(parsed instanceof Error) && !parsed.isPrivateKey()) {
    c.fail("ssh-key", "holds a public key: give the private key (the file without .pub)");
    return;
  }
  if (passphrase && parsed && !(parsed instanceof Error) && !(import_ssh_key_parser.default.parseKey(key) instanceof Error)) {
    c.fail("ssh-key-passphrase", "is set but ssh-key is not encrypted: leave it empty, or give the encrypted key");
    return;
  }
  if (!parsed || parsed instanceof Error) {
    const why = /passphrase/i.test(parsed?.message ?? "") ? passphrase ? "cannot be decrypted with ssh-key-passphrase" : "is encrypted: give ssh-key-passphrase" : "is not a private key ssh2 can read (OpenSSH or PEM text, not a path or a public key)";
    c.fail(passphrase && /passphrase|decrypt/i.test(parsed?.message ?? "") ? "ssh-key-passphrase" : "ssh-key", why);
  }
}
function parseInterception(c, runtime) {
  const raw = c.raw("interception");
  if (!raw) return runtime === "systemd" ? "redirect" : "none";
  const value = c.oneOf("interception", ["redirect", "none"]);
  if (value === "redirect" && runtime === "docker") {
    c.fail(
      "interception",
      "is redirect, which the docker runtime does not offer: its istio-proxy container runs on the host network with no iptables step (nothing would set Istio's chains up, or remove them with the container); use interception: none with proxy-runtime: docker, or proxy-runtime: systemd (Istio's package, whose istio-start.sh sets the chains up)"
    );
  }
  return value;
}
var MAX_SIDECAR_PACKAGE_BYTES = 512 * 1024 * 1024;
function checkSidecarPackage(c, runtime, installs, workspace) {
  const path = c.raw("sidecar-package");
  const pin = c.raw("sidecar-package-digest").toLowerCase().replace(/^sha256:/, "");
  if (!path) {
    if (pin) c.fail("sidecar-package-digest", "is set but sidecar-package is empty");
    return "";
  }
  if (runtime !== "systemd") {
    c.fail("sidecar-package", `is for proxy-runtime: systemd (proxy-runtime is ${quoteValue(runtime)})`);
    return "";
  }
  if (!/\.(deb|rpm)$/.test(path)) c.fail("sidecar-package", `must be a .deb or .rpm file, got ${quoteValue(path)}`);
  if (pin && !/^[0-9a-f]{64}$/.test(pin))
    c.fail("sidecar-package-digest", `must be sha256:HEX or the 64 hex digits sha256sum prints, got ${quoteValue(pin)}`);
  if (!installs) return path;
  const found = resolveInputFile(path, workspace);
  if ("problem" in found) {
    c.fail("sidecar-package", `${quoteValue(path)} ${found.problem === NO_SUCH_FILE ? "does not exist" : found.problem} on the runner`);
    return path;
  }
  const st = statSync(found.path);
  if (!st.isFile()) c.fail("sidecar-package", `${quoteValue(path)} is not a regular file`);
  else if (st.size > MAX_SIDECAR_PACKAGE_BYTES)
    c.fail("sidecar-package", `${quoteValue(path)} is larger than ${MAX_SIDECAR_PACKAGE_BYTES / 1024 / 1024} MB`);
  else if (pin && /^[0-9a-f]{64}$/.test(pin)) {
    const got = createHash("sha256").update(readFileSync2(found.path)).digest("hex");
    if (got !== pin) c.fail("sidecar-package", `${quoteValue(path)} has sha256 ${got}, but sidecar-package-digest pins sha256:${pin}`);
  }
  return found.path;
}
function workspaceOf(env) {
  return env.GITHUB_WORKSPACE || process.cwd();
}
function readSettings(read, env, opts) {
  const c = new Collector(read, opts.memo);
  const perVm = !opts.inFleet;
  const mode = c.oneOf("mode", MODES);
  const dryRun = c.boolean("dry-run");
  const needsVm = mode === "onboard" || mode === "offboard" || mode === "check" || mode === "refresh";
  const sideEffects = needsVm && (!dryRun || mode === "refresh");
  if (mode === "check" && dryRun) c.fail("dry-run", "has no meaning for mode check: a check is read-only already");
  const patterns = splitLines(c.raw("manifests"));
  const manifestsMayAnswer = patterns.length > 0;
  const name = manifestsMayAnswer || !perVm ? c.raw("workload-name") : c.required("workload-name", "when no manifests are given (their WorkloadEntry can name the workload)");
  if (name) c.check("workload-name", dns1123Label(name));
  const namespace = manifestsMayAnswer || !perVm ? c.raw("namespace") : c.required("namespace", "when no manifests are given (their WorkloadEntry can name it)");
  if (namespace) c.check("namespace", dns1123Label(namespace));
  const serviceAccount = c.raw("service-account");
  if (serviceAccount) c.check("service-account", dns1123Subdomain(serviceAccount));
  const hostText = needsVm && perVm ? c.required("vm-host", `for mode ${mode}`) : c.raw("vm-host");
  const vmHost = hostText && c.check("vm-host", host(hostText)) ? canonicalHost(hostText) : hostText;
  const address = canonicalIp(c.raw("vm-address"));
  if (address) c.check("vm-address", host(address));
  if (!address && !vmHost && !manifestsMayAnswer && perVm)
    c.fail("vm-address", "is required (or vm-host): it is the WorkloadEntry address");
  const network = c.raw("network");
  if (network) c.check("network", labelValue(network));
  patterns.forEach((p) => c.check("manifests", manifestPattern(p)));
  const { content: kubeconfig, from: kubeconfigFrom, failed: kubeconfigFailed } = readKubeconfig(c, read, env);
  const context = c.raw("context");
  if (kubeconfig !== void 0)
    c.once(`kubeconfig\0${context}\0${kubeconfig}`, (sub) => checkKubeconfig(sub, kubeconfig, context, kubeconfigFrom));
  else if (sideEffects && !kubeconfigFailed)
    c.fail("kubeconfig", `is required for mode ${mode}: give its content, or set $KUBECONFIG to its path`);
  const istioNamespace = c.raw("istio-namespace");
  c.check("istio-namespace", dns1123Label(istioNamespace));
  const istioRevision = c.raw("istio-revision") === "default" ? "" : c.raw("istio-revision");
  if (istioRevision)
    c.check(
      "istio-revision",
      dns1123Label(`istiod-${istioRevision}`) ? `must be a revision name as Istio takes it (lowercase letters, digits and '-', at most 56 characters; got ${quoteValue(istioRevision)})` : void 0
    );
  const sshUser = c.raw("ssh-user");
  c.check("ssh-user", posixUser(sshUser));
  const sshPort = c.integer("ssh-port", 1, 65535);
  const privateKey = c.raw("ssh-key") ? `${c.raw("ssh-key")}
` : void 0;
  const passphrase = c.raw("ssh-key-passphrase") || void 0;
  if (privateKey) c.once(`ssh-key\0${passphrase ?? ""}\0${privateKey}`, (sub) => checkPrivateKey(sub, privateKey, passphrase ?? ""));
  else if (sideEffects) c.fail("ssh-key", `is required for mode ${mode} (the VM is reached over SSH)`);
  if (passphrase && !privateKey) c.fail("ssh-key-passphrase", "is set but ssh-key is empty");
  const knownHosts = splitLines(c.raw("ssh-known-hosts"));
  knownHosts.forEach((line) => c.check("ssh-known-hosts", knownHostsLine(line)));
  const fingerprints = splitItems(c.raw("ssh-host-fingerprint"));
  fingerprints.forEach((fp) => c.check("ssh-host-fingerprint", fingerprint(fp)));
  const strictHostKey = c.boolean("ssh-strict-host-key");
  if (sideEffects && perVm && strictHostKey && knownHosts.length === 0 && fingerprints.length === 0) {
    c.fail(
      "ssh-known-hosts",
      "or ssh-host-fingerprint is required to pin the VM host key (or set ssh-strict-host-key: false to accept any key, for throwaway VMs only)"
    );
  }
  const jumpText = c.raw("ssh-jump-host");
  const jumpHost = jumpText ? parseEndpoint(c, "ssh-jump-host", jumpText, sshUser, 22) : void 0;
  const connectTimeoutMs = c.duration("ssh-connect-timeout", 1e3, 3e5);
  const commandTimeoutMs = c.duration("ssh-command-timeout", 1e3, 36e5);
  const retries = c.integer("ssh-retries", 0, 10);
  const gatewayAddress = c.raw("gateway-address");
  if (gatewayAddress) c.check("gateway-address", host(gatewayAddress));
  const image = c.raw("proxy-image");
  if (image) c.check("proxy-image", imageReference(image));
  const configDir = c.raw("proxy-config-dir").replace(/\/+$/, "");
  c.check("proxy-config-dir", proxyConfigDir(c.raw("proxy-config-dir")));
  const runtime = c.oneOf("proxy-runtime", ["docker", "systemd"]);
  const interception = parseInterception(c, runtime);
  const failOnText = c.raw("fail-on");
  const { failOn, problems: failOnProblems } = parseFailOn(failOnText);
  failOnProblems.forEach((p) => c.fail("fail-on", p));
  if (failOnText && failOnText !== "not-ready" && mode !== "check") c.fail("fail-on", `is for mode check (mode is ${quoteValue(mode)})`);
  const configDump = c.boolean("config-dump");
  if (configDump && mode !== "check") c.fail("config-dump", `is for mode check (mode is ${quoteValue(mode)})`);
  const withinText = c.raw("refresh-within");
  const refreshWithinMs = parseWindow(withinText) ?? 0;
  if (refreshWithinMs <= 0) c.fail("refresh-within", `takes a duration such as 8h, 90m or 2d (got ${quoteValue(withinText.slice(0, 40))})`);
  let sidecarPackage = "";
  const installs = sideEffects && mode === "onboard";
  c.once(`sidecar-package\0${runtime}\0${mode}\0${dryRun}\0${c.raw("sidecar-package")}\0${c.raw("sidecar-package-digest")}`, (sub) => {
    checkSidecarPackage(sub, runtime, installs, workspaceOf(env));
  });
  if (c.raw("sidecar-package") && runtime === "systemd") {
    const found = installs ? resolveInputFile(c.raw("sidecar-package"), workspaceOf(env)) : void 0;
    sidecarPackage = found && "path" in found ? found.path : c.raw("sidecar-package");
  }
  const tokenLifetimeMs = c.duration("token-lifetime", MIN_TOKEN_LIFETIME_MS, MAX_TOKEN_LIFETIME_MS);
  const start = c.boolean("start-proxy");
  const readyTimeoutMs = c.duration("ready-timeout", 1e3, 36e5);
  const probeUrls = splitLines(c.raw("probe-url"));
  for (const url of probeUrls) c.check("probe-url", httpUrl(url));
  for (const url of new Set(probeUrls.filter((u, i) => probeUrls.indexOf(u) !== i))) c.fail("probe-url", `lists ${quoteValue(url)} more than once`);
  const fromVmUrl = c.raw("probe-from-vm-url");
  if (fromVmUrl) c.check("probe-from-vm-url", httpUrl(fromVmUrl));
  if ((probeUrls.length || fromVmUrl) && !start)
    c.fail(
      probeUrls.length ? "probe-url" : "probe-from-vm-url",
      "needs start-proxy: true (without a running proxy there is nothing to probe)"
    );
  const expectedStatus = c.integer("probe-expected-status", 100, 599);
  const probeTimeoutMs = c.duration("probe-timeout", 1e3, 36e5);
  const timeoutMs = c.duration("timeout", 1e3, 6 * 36e5);
  const comment = c.oneOf("comment", COMMENT_MODES);
  const ports = parsePorts(c);
  const labels = parseLabels(c);
  const meshHosts = parseMeshHosts(c);
  const registration = c.oneOf("registration", ["workload-entry", "workload-group"]);
  const vars = parseVars(c, opts.fromEnv);
  const allowExecProbe = c.boolean("allow-exec-probe");
  const createNamespace = c.boolean("create-namespace");
  const requestTimeoutMs = c.duration("api-timeout", 1e3, 6e5);
  const lockTimeoutMs = c.duration("lock-timeout", 0, 36e5);
  if (c.problems.length > 0) throw new InputError(c.problems);
  return {
    mode,
    dryRun,
    timeoutMs,
    workload: { name, namespace, serviceAccount, labels, ports, address, network, meshHosts, registration },
    manifests: { patterns, vars, allowExecProbe },
    cluster: { kubeconfig, context, istioNamespace, istioRevision, createNamespace, requestTimeoutMs, lockTimeoutMs },
    ssh: {
      target: { user: sshUser, host: vmHost, port: sshPort },
      jumpHost,
      privateKey,
      passphrase,
      knownHosts,
      fingerprints,
      strictHostKey,
      connectTimeoutMs,
      commandTimeoutMs,
      retries
    },
    proxy: {
      image,
      configDir,
      runtime,
      interception,
      sidecarPackage,
      start,
      readyTimeoutMs,
      gatewayAddress,
      tokenLifetimeSeconds: Math.round(tokenLifetimeMs / 1e3)
    },
    probe: { urls: probeUrls, fromVmUrl, expectedStatus, timeoutMs: probeTimeoutMs },
    github: { token: c.raw("github-token"), comment },
    check: { failOn, configDump },
    refresh: { withinMs: refreshWithinMs }
  };
}
var MAX_FLEET_PROBLEMS = 50;
function problemsOf(build) {
  try {
    return { settings: build(), problems: [] };
  } catch (err) {
    if (err instanceof InputError) return { problems: err.problems };
    throw err;
  }
}
function itemPinProblems(read, item, vm) {
  const problems = [];
  const ownLines = splitLines(item["ssh-known-hosts"] ?? "");
  const ownPrints = splitItems(item["ssh-host-fingerprint"] ?? "");
  if (ownLines.length === 0 && ownPrints.length === 0) return problems;
  const { host: host2, port: port2 } = vm.ssh.target;
  const runPins = splitLines(read("ssh-known-hosts") ?? "").some((l) => {
    const f = l.split(/\s+/);
    return hostsFieldMatches((f[0]?.startsWith("@") ? f[1] : f[0]) ?? "", host2, port2);
  }) || splitItems(read("ssh-host-fingerprint") ?? "").length > 0;
  const pinned = `the run's inputs pin ${host2}'s host key already (ssh-known-hosts or ssh-host-fingerprint): an item may not add another key for it`;
  if (ownLines.length) {
    if (runPins) problems.push({ input: "ssh-known-hosts", message: pinned });
    const asSsh = port2 === 22 ? `${host2} or [${host2}]:22` : `[${host2}]:${port2}`;
    for (const line of ownLines) {
      const hosts = line.split(/\s+/)[0] ?? "";
      const names = hosts.startsWith("@") ? [] : hosts.split(",");
      const own = names.length > 0 && names.every((n) => {
        const m = /^\[([^\]]+)\]:(\d+)$/.exec(n);
        const [name, p] = m ? [m[1] ?? "", Number(m[2])] : [n, 22];
        return !/[*?!|]/.test(n) && !host(name) && canonicalHost(name) === host2 && p === port2;
      });
      if (!own)
        problems.push({
          input: "ssh-known-hosts",
          message: `line ${quoteValue(line, 60)} must name only this VM, as ssh looks it up (${asSsh}): an item pins its own VM's key, no other host's, and no markers`
        });
    }
  }
  if (ownPrints.length) {
    if (runPins) problems.push({ input: "ssh-host-fingerprint", message: pinned });
    if (vm.ssh.jumpHost)
      problems.push({
        input: "ssh-host-fingerprint",
        message: "would pin the jump host too (a fingerprint names no host): pin this VM with an ssh-known-hosts line instead"
      });
  }
  return problems;
}
function getSettings(read, env = process.env) {
  const started = Date.now();
  const fleetInputs = new Collector(read);
  const concurrency = fleetInputs.integer("concurrency", 1, 256);
  const shardSize = fleetInputs.integer("shard-size", 1, 1e4);
  const fromEnv = parseVarsFromEnv(fleetInputs, env);
  const { items, problems: inventoryProblems } = parseInventory(fleetInputs.raw("inventory"));
  const canary = parseCanary(fleetInputs.raw("canary"), items.length);
  const waves = fleetInputs.raw("canary") !== "";
  if ("problem" in canary) fleetInputs.fail("canary", canary.problem);
  else if (waves && items.length === 0 && inventoryProblems.length === 0)
    fleetInputs.fail("canary", "is the first wave of a rollout over an inventory: give inventory too, or leave canary empty");
  else if (waves && fleetInputs.raw("mode") !== "onboard")
    fleetInputs.fail(
      "canary",
      `is for mode onboard (a rollout of a new proxy-image or sidecar-package); mode ${quoteValue(fleetInputs.raw("mode"))} runs every VM at once`
    );
  if (items.length === 0 && inventoryProblems.length === 0) {
    if (fleetInputs.problems.length) {
      const one = problemsOf(() => readSettings(read, env, { fromEnv }));
      throw new InputError([...fleetInputs.problems, ...one.problems]);
    }
    return readSettings(read, env, { fromEnv });
  }
  const memo = /* @__PURE__ */ new Map();
  const known = /* @__PURE__ */ new Set();
  const base = problemsOf(() => readSettings((name) => (known.add(name), read(name)), env, { inFleet: true, memo, fromEnv }));
  const problems = [...fleetInputs.problems, ...inventoryProblems, ...base.problems];
  const shards = Math.ceil(items.length / shardSize);
  if (shards > MAX_MATRIX_SHARDS)
    problems.push({
      input: "shard-size",
      message: `cuts the ${items.length} VMs of the inventory into ${shards} shards, more than the ${MAX_MATRIX_SHARDS} jobs a GitHub matrix takes: give at least ${Math.ceil(items.length / MAX_MATRIX_SHARDS)}`
    });
  const deadline = started + (parseDuration(fleetInputs.raw("timeout")) ?? 6 * 36e5);
  const vms = [];
  const seen = /* @__PURE__ */ new Map();
  for (const [i, item] of items.entries()) {
    if (Date.now() > deadline) {
      problems.push({
        input: "inventory",
        message: `took longer than the timeout (${fleetInputs.raw("timeout")}) to check: ${i} of ${items.length} VMs checked; raise timeout or cut the fleet into several inventories`
      });
      break;
    }
    const facts = {};
    for (const [key, value] of Object.entries(item)) {
      const why = key === "allow-exec-probe" ? "holds for every VM of the run and only the workflow may set it: set it as an input, not in an inventory item" : itemKeyProblem(key, known);
      if (why) problems.push({ input: `inventory[${i}].${key}`, message: why });
      else facts[key] = value;
    }
    const vm = problemsOf(() => readSettings(overlay(read, facts), env, { memo, fromEnv }));
    for (const p of vm.problems) {
      const fromRun = !Object.hasOwn(facts, p.input) && base.problems.some((b) => b.input === p.input && b.message === p.message);
      if (!fromRun) problems.push({ ...p, input: `inventory[${i}].${p.input}` });
    }
    if (!vm.settings) continue;
    for (const p of itemPinProblems(read, facts, vm.settings)) problems.push({ ...p, input: `inventory[${i}].${p.input}` });
    const host2 = vm.settings.ssh.target.host;
    const first = seen.get(`host ${host2}`);
    if (host2 && first !== void 0)
      problems.push({ input: `inventory[${i}].vm-host`, message: `names the same VM as inventory[${first}] (${quoteValue(host2)})` });
    else if (host2) seen.set(`host ${host2}`, i);
    const w = vm.settings.workload;
    const entry = `entry ${w.namespace}/${w.name}`;
    const owner = seen.get(entry);
    if (w.name && w.registration === "workload-entry" && owner !== void 0)
      problems.push({
        input: `inventory[${i}].workload-name`,
        message: `names the same WorkloadEntry as inventory[${owner}] (${quoteValue(`${w.namespace}/${w.name}`)}): give each VM its own workload-name, or use registration: workload-group`
      });
    else if (w.name) seen.set(entry, i);
    vms.push(vm.settings);
  }
  if (problems.length > MAX_FLEET_PROBLEMS) {
    const more = problems.length - MAX_FLEET_PROBLEMS;
    problems.splice(MAX_FLEET_PROBLEMS, more, { input: "inventory", message: `has ${more} more problems; fix the ones above first` });
  }
  if (problems.length > 0 || !base.settings) throw new InputError(problems);
  const fleet = { vms, items, concurrency, shardSize, canary: "count" in canary ? canary.count : 0 };
  return { ...base.settings, fleet };
}

export {
  InputError,
  inputProblemsOf,
  KubeconfigFile,
  readInputFile,
  protocolOf,
  kubeconfigContent,
  getSettings
};
