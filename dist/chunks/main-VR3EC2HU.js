#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  defaultConnectors,
  renderSummary,
  renderText,
  runPipeline
} from "./chunk-D7EVECJ4.js";
import "./chunk-F3J6XJSA.js";
import {
  dropActionSecrets,
  secretsInInputs
} from "./chunk-OYH3DIMU.js";
import {
  createRunDir,
  isUnhealthy,
  refreshedVms,
  writeJsonReport
} from "./chunk-BCSFOWDV.js";
import {
  InputError,
  getSettings,
  kubeconfigContent
} from "./chunk-5XDRLE64.js";
import "./chunk-AA4ZNUWX.js";
import "./chunk-4YKHFMZ6.js";
import {
  addSecret,
  redactDeep,
  redactSecrets
} from "./chunk-BZEV6XFE.js";
import {
  canonicalIp,
  dns1123Label,
  dns1123Subdomain,
  host
} from "./chunk-JOC6KVYR.js";
import {
  escapeControls,
  logSafe,
  quoteValue
} from "./chunk-NXY6E3WA.js";
import "./chunk-N6NMC47G.js";
import "./chunk-GGB3IVYU.js";
import "./chunk-MBI4W7AN.js";
import "./chunk-ZT6DMEPR.js";
import "./chunk-LSYLP4SE.js";
import {
  runSignal
} from "./chunk-XDIF27FF.js";
import "./chunk-GFWLNMO4.js";
import "./chunk-KI37J66C.js";
import "./chunk-4RF5COTQ.js";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve2) {
      resolve2(value);
    });
  }
  return new (P || (P = Promise))(function(resolve2, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result) {
      result.done ? resolve2(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function debug(message) {
  issueCommand("debug", {}, message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}
function startGroup(name) {
  issue("group", name);
}
function endGroup() {
  issue("endgroup");
}
function group(name, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
function saveState(name, value) {
  const filePath = process.env["GITHUB_STATE"] || "";
  if (filePath) {
    return issueFileCommand("STATE", prepareKeyValueMessage(name, value));
  }
  issueCommand("save-state", { name }, toCommandValue(value));
}
function getState(name) {
  return process.env[`STATE_${name}`] || "";
}

// src/action-logger.ts
var at = (where) => where ? { file: escapeControls(where.file, { keepNewlines: false }), startLine: where.line } : {};
var clean = (m, keepNewlines = true) => escapeControls(redactSecrets(m), { keepNewlines });
var actionLogger = {
  info: (m) => info(logSafe(redactSecrets(m))),
  debug: (m) => debug(clean(m)),
  warning: (m, where) => warning(clean(m), at(where)),
  error: (m, where) => error(clean(m), at(where)),
  group: (title, fn) => group(clean(title, false), fn),
  secret: (v) => {
    if (!v) return;
    addSecret(v);
    setSecret(v);
  }
};
function failAction(message) {
  setFailed(clean(message));
}

// src/post.ts
import { rmSync } from "node:fs";

// src/state.ts
import { lstatSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
var IS_POST = "isPost";
var CLEANUP = "cleanupPaths";
var isPost = () => getState(IS_POST) === "true";
function markMainStarted() {
  saveState(IS_POST, "true");
}
function workRoot(env = process.env) {
  return join(env.RUNNER_TEMP || tmpdir(), "istio-vm-onboard");
}
function inside(root, path) {
  const rel = relative(root, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}
function isOurs(path, root = workRoot()) {
  if (!isAbsolute(path) || path.includes("\0")) return false;
  const abs = resolve(path);
  if (!inside(resolve(root), abs)) return false;
  try {
    lstatSync(abs);
    return inside(realpathSync(root), join(realpathSync(dirname(abs)), basename(abs)));
  } catch {
    return false;
  }
}
var LEASES = "heldLeases";
var heldNow = [];
function recordLease(lease, held) {
  heldNow = heldNow.filter((l) => !(l.namespace === lease.namespace && l.name === lease.name && l.holder === lease.holder));
  if (held) heldNow.push({ namespace: lease.namespace, name: lease.name, holder: lease.holder });
  saveState(LEASES, JSON.stringify(heldNow));
}
function leasesLeft() {
  try {
    const parsed = JSON.parse(getState(LEASES) || "[]");
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (l) => typeof l === "object" && l !== null && ["namespace", "name", "holder"].every((k) => typeof l[k] === "string")
    );
  } catch {
    return [];
  }
}
function pathsToClean() {
  try {
    const parsed = JSON.parse(getState(CLEANUP) || "[]");
    return Array.isArray(parsed) ? parsed.filter((p) => typeof p === "string") : [];
  } catch {
    return [];
  }
}

// src/post.ts
var readInput = (name) => getInput(name);
var RELEASE_BOUND_MS = 3e4;
async function releaseLeases() {
  const left = leasesLeft();
  if (left.length === 0) {
    info("no VM lease left to release (the main step released its own)");
    return;
  }
  const { isThisJobsLease, releaseLeftLease } = await import("./lease-OOBWGSLV.js");
  const istioNamespace = readInput("istio-namespace");
  const ours = left.filter((l) => {
    const ok = isThisJobsLease(l, istioNamespace, process.env);
    if (!ok)
      warning(
        `not releasing Lease ${quoteValue(`${l.namespace}/${l.name}`, 200)} held by ${quoteValue(l.holder, 200)}: not a VM lease this job's run can have taken`
      );
    return ok;
  });
  if (ours.length === 0) return;
  for (const secret of secretsInInputs(readInput)) actionLogger.secret(secret);
  const { content, error: error2 } = kubeconfigContent(readInput, process.env);
  const context = readInput("context");
  if (!content) {
    warning(
      `cannot release the VM lease(s) main left (${ours.map((l) => l.name).join(", ")}): no kubeconfig${error2 ? ` (${escapeControls(error2)})` : ""}; they expire by themselves`
    );
    return;
  }
  dropActionSecrets(process.env);
  const { boundedSignal } = await import("./abort-J2Y4W3BK.js");
  const { connectCluster } = await import("./client-3PS6NLCB.js");
  const bound = boundedSignal(RELEASE_BOUND_MS, "releasing the VM leases main left");
  try {
    const cluster = await connectCluster(content, context, actionLogger, bound.signal);
    for (const lease of ours) actionLogger.info(await releaseLeftLease(cluster, lease));
  } catch (err) {
    warning(`cannot release the VM lease(s) main left: ${escapeControls(err.message)}; they expire by themselves`);
  } finally {
    bound.dispose();
  }
}
function removePaths() {
  const paths = pathsToClean();
  let removed = 0;
  for (const path of paths) {
    if (!isOurs(path)) {
      warning(`not removing ${quoteValue(path, 200)}: not a path this action created (those are under ${workRoot()})`);
      continue;
    }
    try {
      rmSync(path, { recursive: true, force: true });
      removed++;
      info(`removed ${escapeControls(path, { keepNewlines: false })}`);
    } catch (err) {
      warning(`could not remove ${quoteValue(path, 200)}: ${escapeControls(err.message)}`);
    }
  }
  if (paths.length === 0) info("nothing to clean up");
  else if (removed === 0) info("nothing removed");
}
async function post() {
  try {
    await releaseLeases();
  } catch (err) {
    warning(`post step: ${escapeControls(err.message)}`);
  }
  removePaths();
}

// src/report/outputs.ts
import { isAbsolute as isAbsolute2 } from "node:path";
var nsSlash = (namespace, name) => namespace && name ? `${namespace}/${name}` : "";
function entryOf(result) {
  return nsSlash(result.workload.namespace, result.autoRegistered?.name ?? result.workload.name);
}
var nsName = (v) => {
  const [ns, name, ...rest] = v.split("/");
  return rest.length === 0 && ns !== void 0 && name !== void 0 && !dns1123Label(ns) && !dns1123Subdomain(name);
};
var oneOf = (...allowed) => (v) => allowed.includes(v);
var rfc3339 = (v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/.test(v);
var ownPath = (v) => isAbsolute2(v) && !/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(v);
var vmName = (v) => !host(v) && canonicalIp(v) === v || !dns1123Subdomain(v);
var json = (v) => {
  try {
    JSON.parse(v);
    return !/[\u0000-\u001f\u2028\u2029]/.test(v);
  } catch {
    return false;
  }
};
var SHAPES = {
  "workload-entry": nsName,
  "service-account": nsName,
  "proxy-status": oneOf("ready", "not-ready", "not-started", "planned", "restored"),
  "probe-status": oneOf("passed", "failed", "skipped"),
  "token-expires-at": rfc3339,
  manifests: ownPath,
  report: ownPath,
  matrix: json,
  "failed-vms": vmName,
  "unhealthy-vms": vmName,
  "refreshed-vms": vmName,
  "config-dumps": ownPath
};
function outputsOf(result, reportPath, refused = () => {
}) {
  const out = {};
  for (const [name, values] of Object.entries(valuesOf(result, reportPath))) {
    const shape = SHAPES[name];
    const kept = values.filter(
      (v) => v !== "" && (shape(v) || (refused(name, `left out a value of ${v.length} characters that is not of its shape`), false))
    );
    out[name] = [...new Set(kept)].join("\n");
  }
  return out;
}
function valuesOf(result, reportPath) {
  const w = result.workload;
  const vms = result.vms;
  if (vms) {
    const expiries = vms.map((r) => r.tokenExpiresAt ?? "").filter(Boolean).sort();
    return {
      "workload-entry": vms.map(entryOf),
      "service-account": vms.map((r) => nsSlash(r.workload.namespace, r.workload.serviceAccount)),
      "proxy-status": [result.proxyStatus],
      "probe-status": [result.probeStatus],
      "token-expires-at": expiries.slice(0, 1),
      // the first to expire
      manifests: vms.map((r) => r.manifestsPath ?? ""),
      report: [reportPath],
      matrix: [result.matrix ?? ""],
      "failed-vms": vms.filter((r) => r.verdict === "failed").map((r) => r.workload.vmHost || r.workload.name),
      "unhealthy-vms": unhealthyOf(vms),
      "refreshed-vms": refreshedVms(vms),
      "config-dumps": vms.map((r) => r.configDumpPath ?? "")
    };
  }
  return {
    "workload-entry": [entryOf(result)],
    "service-account": [nsSlash(w.namespace, w.serviceAccount)],
    "proxy-status": [result.proxyStatus],
    "probe-status": [result.probeStatus],
    "token-expires-at": [result.tokenExpiresAt ?? ""],
    manifests: [result.manifestsPath ?? ""],
    report: [reportPath],
    matrix: [],
    "failed-vms": [],
    "unhealthy-vms": unhealthyOf([result]),
    "refreshed-vms": refreshedVms([result]),
    "config-dumps": [result.configDumpPath ?? ""]
  };
}
function unhealthyOf(results) {
  return results.flatMap((r) => r.check && isUnhealthy(r.check) ? [r.workload.vmHost || r.workload.name] : []);
}

// src/report/pr-comment.ts
var COMMENT_MARKER = "<!-- istio-vm-onboard -->";
var COMMENT_MAX_CHARS = 65536;
var PR_EVENTS = /* @__PURE__ */ new Set(["pull_request", "pull_request_target"]);
var CUT_NOTE = "\n\n---\n> [!NOTE]\n> This comment was cut to fit GitHub's 65,536-character limit. The job summary of this run has the full report.\n";
function workloadMarker(workloadKey) {
  const safe = workloadKey.replace(/[^A-Za-z0-9._/-]/g, "_");
  return COMMENT_MARKER.replace(" -->", `:${safe} -->`);
}
function composeCommentBody(body, workloadKey, max = COMMENT_MAX_CHARS) {
  const head = workloadMarker(workloadKey) + "\n";
  if (head.length + body.length <= max) return { text: head + body, cut: false };
  let kept = body.slice(0, Math.max(0, max - head.length - CUT_NOTE.length - 128));
  if (/[\uD800-\uDBFF]$/.test(kept)) kept = kept.slice(0, -1);
  const nl = kept.lastIndexOf("\n");
  if (nl > kept.length / 2) kept = kept.slice(0, nl);
  return { text: head + kept + closeOpenBlocks(kept) + CUT_NOTE, cut: true };
}
function closeOpenBlocks(md) {
  let fence;
  for (const line of md.split("\n")) {
    const m = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (!m?.[1]) continue;
    if (!fence) fence = m[1];
    else if (m[1][0] === fence[0] && m[1].length >= fence.length && line.trim() === m[1]) fence = void 0;
  }
  const open2 = (tag) => {
    const opens = md.match(new RegExp(`<${tag}[\\s>]`, "gi"))?.length ?? 0;
    const closes = md.match(new RegExp(`</${tag}>`, "gi"))?.length ?? 0;
    return Math.min(4, Math.max(0, opens - closes));
  };
  return (fence ? `
${fence}` : "") + "\n</pre>".repeat(open2("pre")) + "\n</details>".repeat(open2("details"));
}
function writtenBy(c, me) {
  if (c.user?.id !== me.id || c.user.login !== me.login) return false;
  const app = c.performed_via_github_app;
  const bot = /\[bot\]$/.exec(me.login);
  if (!bot) return !app;
  return !app || app.slug === me.login.slice(0, bot.index);
}
async function upsertPrComment(opts, log) {
  if (opts.token) log.secret(opts.token);
  const skipped = (reason, warn = false) => {
    if (warn) log.warning(`Pull request comment skipped: ${reason}. The job summary has the report.`);
    else log.info(`Pull request comment skipped: ${reason}.`);
    return { action: "skipped", reason };
  };
  if (opts.mode === "never") return skipped('comment is "never"');
  const eventName = process.env.GITHUB_EVENT_NAME || "(none)";
  if (opts.mode === "auto" && !PR_EVENTS.has(eventName)) {
    return skipped(`event "${eventName}" is not a pull request event (comment is "auto")`);
  }
  const github = await import("./github-FITAFIJW.js");
  const ctx = github.context;
  const event = ctx.eventName || "(none)";
  let target;
  try {
    target = pullRequestOf(ctx.payload, ctx.repo);
  } catch (e) {
    return skipped(`no repository in the context (${errorText(e)})`, true);
  }
  if (!target) return skipped(`no pull request to comment on in this "${event}" run`, true);
  if (!opts.token) return skipped("github-token is empty", true);
  const marker = workloadMarker(opts.workloadKey);
  const { text, cut } = composeCommentBody(opts.body, opts.workloadKey);
  if (cut) log.warning(`The report is longer than a pull request comment may be; the comment is cut to ${text.length} characters.`);
  const octokit = github.getOctokit(opts.token, {
    // Octokit's own notices go through the masking logger, not the console.
    log: {
      debug: (m) => log.debug(m),
      info: (m) => log.debug(m),
      warn: (m) => log.warning(m),
      error: (m) => log.warning(m)
    }
  });
  const request = { signal: AbortSignal.timeout(opts.timeoutMs ?? 3e4) };
  const where = { owner: target.owner, repo: target.repo };
  const pr = `${target.owner}/${target.repo}#${target.number}`;
  let step = "asking GitHub whose token github-token is";
  try {
    const { viewer } = await octokit.graphql(
      "query { viewer { login databaseId } }",
      { request }
    );
    const me = typeof viewer?.login === "string" && typeof viewer.databaseId === "number" ? { login: viewer.login, id: viewer.databaseId } : void 0;
    if (!me)
      log.warning("GitHub did not say whose token github-token is: no earlier comment is taken as this action's, a new one is posted.");
    step = `listing the comments of ${pr}`;
    const comments = await octokit.paginate(octokit.rest.issues.listComments, {
      ...where,
      issue_number: target.number,
      per_page: 100,
      request
    });
    const marked = comments.filter((c) => (c.body ?? "").trimStart().startsWith(marker));
    const mine = me ? marked.filter((c) => writtenBy(c, me)) : [];
    log.debug(
      `${comments.length} comment(s) on ${pr}, ${marked.length} with ${marker}, ${mine.length} of them by ${me?.login ?? "this token"}`
    );
    for (const c of marked.filter((x) => !mine.includes(x))) {
      log.warning(
        `Comment ${c.id} on ${pr} starts with this action's marker but was written by ${c.user?.login ?? "an unknown account"}, not by ${me?.login ?? "this token"}: left as it is; this run's report is in the action's own comment.`
      );
    }
    const earlier = mine[0];
    if (mine.length > 1) log.debug(`Several comments carry ${marker}; updating the oldest (${earlier?.id}).`);
    if (earlier) {
      step = `updating comment ${earlier.id} on ${pr}`;
      const res2 = await octokit.rest.issues.updateComment({ ...where, comment_id: earlier.id, body: text, request });
      log.info(`Updated the pull request comment: ${res2.data.html_url}`);
      return { action: "updated", url: res2.data.html_url };
    }
    step = `commenting on ${pr}`;
    const res = await octokit.rest.issues.createComment({ ...where, issue_number: target.number, body: text, request });
    log.info(`Commented on the pull request: ${res.data.html_url}`);
    return { action: "created", url: res.data.html_url };
  } catch (e) {
    const reason = redact(`${step}: ${apiErrorText(e, ctx.apiUrl)}`, opts.token);
    log.warning(`Could not post the pull request comment (${reason}). The job summary has the report.`);
    return { action: "failed", reason };
  }
}
function pullRequestOf(payload, repo) {
  const n = payload.pull_request?.number ?? (payload.issue?.pull_request ? payload.issue.number : void 0);
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1) return void 0;
  return { owner: repo.owner, repo: repo.repo, number: n };
}
function apiErrorText(e, apiUrl) {
  const err = e;
  if (err?.name === "AbortError" || err?.name === "TimeoutError") return `no answer from the GitHub API at ${apiUrl} in time`;
  if (err?.name === "GraphqlResponseError") return `GitHub's GraphQL API answered: ${err.message ?? "errors"}`;
  if (err?.response && typeof err.status === "number") {
    const data = err.response.data;
    const message = typeof data?.message === "string" ? data.message : err.message ?? "error";
    const hint = err.status === 403 && /not accessible by integration/i.test(message) ? " (the token cannot write: pull requests from forks get a read-only token; otherwise grant the job `pull-requests: write`)" : "";
    return `GitHub API answered ${err.status} ${message}${hint}`;
  }
  return `could not reach the GitHub API at ${apiUrl}: ${errorText(e)}`;
}
function errorText(e) {
  return e instanceof Error ? e.message : String(e);
}
function redact(text, token) {
  return token ? text.split(token).join("***") : text;
}

// src/main.ts
var readInput2 = (name) => getInput(name);
async function run() {
  if (isPost()) return post();
  const started = Date.now();
  markMainStarted();
  try {
    for (const secret of secretsInInputs(readInput2)) actionLogger.secret(secret);
    const settings = getSettings(readInput2);
    dropActionSecrets(process.env);
    const workDir = createRunDir(workRoot());
    const stop = runSignal(settings.timeoutMs, actionLogger, started);
    const result = redactDeep(
      await runPipeline(settings, {
        log: actionLogger,
        signal: stop.signal,
        env: process.env,
        workDir,
        cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
        connect: defaultConnectors(),
        onLease: recordLease
        // for the post step, should this process be killed holding one
      }).finally(() => stop.dispose())
    );
    const reportPath = writeJsonReport(result, workDir);
    const annotated = /* @__PURE__ */ new Set();
    for (const p of [result, ...result.vms ?? []].flatMap((r) => r.error?.inputProblems ?? [])) {
      const text = `input \`${p.input}\` ${p.message}`;
      if (!p.file || annotated.has(`${p.file}:${p.line}:${text}`)) continue;
      annotated.add(`${p.file}:${p.line}:${text}`);
      actionLogger.error(text, { file: p.file, ...p.line ? { line: p.line } : {} });
    }
    const refused = (output, why) => actionLogger.warning(`output \`${output}\`: ${why}`);
    for (const [name, value] of Object.entries(outputsOf(result, reportPath, refused))) setOutput(name, value);
    actionLogger.info(renderText(result));
    const summary2 = redactSecrets(renderSummary(result));
    if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(summary2).write();
    const comment = await upsertPrComment(
      {
        token: settings.github.token,
        body: summary2,
        workloadKey: `${result.workload.namespace}/${result.workload.name}`,
        mode: settings.github.comment
      },
      actionLogger
    );
    actionLogger.info(
      `pull request comment: ${comment.action}${comment.url ? ` ${comment.url}` : ""}${comment.reason ? ` (${comment.reason})` : ""}`
    );
    if (result.verdict === "failed") failAction(result.error?.message ?? "failed");
  } catch (err) {
    if (err instanceof InputError) failAction(err.message);
    else failAction(`istio-vm-onboard: unexpected error: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  }
}
export {
  run
};
