#!/usr/bin/env node
import { createRequire as __ivoCreateRequire } from 'node:module';
import { fileURLToPath as __ivoFileURLToPath } from 'node:url';
import { dirname as __ivoDirname } from 'node:path';
const require = __ivoCreateRequire(import.meta.url);
const __filename = __ivoFileURLToPath(import.meta.url);
const __dirname = __ivoDirname(__filename);
import {
  holdsSecret
} from "./chunk-BZEV6XFE.js";
import {
  fieldLine,
  rememberFieldLines
} from "./chunk-DUZVJ2RL.js";
import {
  dns1123Label,
  dns1123Subdomain,
  manifestPattern
} from "./chunk-JOC6KVYR.js";
import {
  escapeControls,
  quoteValue
} from "./chunk-NXY6E3WA.js";
import {
  require_dist
} from "./chunk-N6NMC47G.js";
import {
  __toESM
} from "./chunk-4RF5COTQ.js";

// src/plan/templates.ts
var import_yaml = __toESM(require_dist(), 1);
import { closeSync, constants, fstatSync, globSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
var ManifestError = class extends Error {
  constructor(reason, file, line) {
    super(line ? `${file}:${line}: ${reason}` : `${file}: ${reason}`);
    this.reason = reason;
    this.file = file;
    this.line = line;
    this.name = "ManifestError";
  }
  reason;
  file;
  line;
  /**
   * The manifests input is wrong (config/errors.ts inputProblemsOf): the CLI names --manifests
   * and exits 2. No file here: the render step annotates the file and line itself.
   */
  get inputProblems() {
    return [{ input: "manifests", message: this.message }];
  }
};
var MANIFEST_LIMITS = {
  fileBytes: 1024 * 1024,
  totalBytes: 10 * 1024 * 1024,
  files: 1e3,
  objects: 1e3,
  /** yaml's own guard against alias bombs ("billion laughs"): alias uses times aliases per document. */
  aliases: 100,
  /** Flow collections ([ and {) open at once; the parser recurses per level, slowly, until the stack ends. */
  depth: 256
};
function tooDeep(text, max) {
  let depth = 0;
  let line = 1;
  for (const c of text) {
    if (c === "\n") line++;
    else if (c === "[" || c === "{") {
      if (++depth > max) return line;
    } else if ((c === "]" || c === "}") && depth > 0) depth--;
  }
  return void 0;
}
var MIB = 1024 * 1024;
function variableLookup(vars) {
  return (name) => Object.hasOwn(vars, name) ? vars[name] : void 0;
}
var VARIABLE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;
function substitute(text, file, lookup, maxBytes = MANIFEST_LIMITS.totalBytes) {
  const lines = text.split("\n");
  let size = 0;
  return lines.map((line, i) => {
    const out = line.replace(VARIABLE, (match, braced, bare) => {
      if (match === "$$") return "$";
      const name = braced ?? bare;
      const value = lookup(name);
      if (value === void 0)
        throw new ManifestError(
          `variable \${${name}} is not set: add it to \`vars\`, or name an environment variable in \`vars-from-env\``,
          file,
          i + 1
        );
      if (holdsSecret(value))
        throw new ManifestError(`variable \${${name}} holds a secret (a masked value): secrets never go into manifests`, file, i + 1);
      return value;
    });
    size += out.length + 1;
    if (size > maxBytes) throw new ManifestError(`is larger than ${maxBytes / MIB} MiB once variables are substituted`, file, i + 1);
    return out;
  }).join("\n");
}
function inside(root, path) {
  const rel = relative(root, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}
var OUTSIDE = "input `manifests` may only name files inside the workspace";
function expandPatterns(patterns, cwd = process.cwd()) {
  const files = [];
  for (const pattern of patterns) {
    const problem = manifestPattern(pattern);
    if (problem) throw new ManifestError(`${OUTSIDE}: ${problem}`, escapeControls(pattern, { keepNewlines: false }));
    const matches = /[*?[{]/.test(pattern) ? globSync(pattern, { cwd }).sort() : [pattern];
    if (matches.length === 0) throw new ManifestError("matches no file", pattern);
    for (const m of matches) if (!files.includes(m)) files.push(m);
    if (files.length > MANIFEST_LIMITS.files)
      throw new ManifestError(`input \`manifests\` names more than ${MANIFEST_LIMITS.files} files`, pattern);
  }
  return files;
}
function readBounded(path, max) {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw new Error("is not a regular file");
    const buf = Buffer.alloc(max + 1);
    let n = 0;
    for (let got = 1; got > 0 && n <= max; n += got) got = readSync(fd, buf, n, buf.length - n, null);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
function readManifestFiles(patterns, cwd = process.cwd()) {
  const root = realpathSync(cwd);
  const out = [];
  let total = 0;
  for (const file of expandPatterns(patterns, cwd)) {
    const shown = escapeControls(file, { keepNewlines: false });
    if (shown !== file) throw new ManifestError(`${OUTSIDE} whose names hold no control or invisible characters`, shown);
    let real;
    try {
      real = realpathSync(resolve(cwd, file));
    } catch (err) {
      const code = err.code;
      throw new ManifestError(`cannot be read: ${code === "ENOENT" ? "no such file" : code ?? err.message}`, file);
    }
    if (!inside(root, real))
      throw new ManifestError(`${OUTSIDE}: this one resolves to ${quoteValue(real, 200)}, outside ${quoteValue(root, 200)}`, file);
    const stat = statSync(real);
    if (!stat.isFile())
      throw new ManifestError(
        `input \`manifests\` may only name regular files: this one is ${stat.isDirectory() ? "a directory" : "a device, FIFO or socket"}`,
        file
      );
    if (stat.size > MANIFEST_LIMITS.fileBytes)
      throw new ManifestError(
        `is larger than ${MANIFEST_LIMITS.fileBytes / MIB} MiB (${stat.size} bytes): input \`manifests\` takes files of at most that size`,
        file
      );
    let bytes;
    try {
      bytes = readBounded(real, MANIFEST_LIMITS.fileBytes);
    } catch (err) {
      throw new ManifestError(`cannot be read: ${err.code ?? err.message}`, file);
    }
    if (bytes.length > MANIFEST_LIMITS.fileBytes)
      throw new ManifestError(
        `is larger than ${MANIFEST_LIMITS.fileBytes / MIB} MiB: input \`manifests\` takes files of at most that size`,
        file
      );
    total += bytes.length;
    if (total > MANIFEST_LIMITS.totalBytes)
      throw new ManifestError(
        `brings the manifests over ${MANIFEST_LIMITS.totalBytes / MIB} MiB in all: input \`manifests\` takes at most that much`,
        file
      );
    let text;
    try {
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new ManifestError("is not UTF-8 text", file);
    }
    out.push({ file, text });
  }
  return out;
}
var NAMING_FIELDS = {
  WorkloadEntry: [["spec", "serviceAccount"]],
  WorkloadGroup: [["spec", "template", "serviceAccount"]]
};
function fieldAt(o, path) {
  let v = o;
  for (const k of path) v = v !== null && typeof v === "object" && Object.hasOwn(v, k) ? v[k] : void 0;
  return v;
}
function checkNames(o, file) {
  const fields = [
    [["metadata", "name"], dns1123Subdomain],
    [["metadata", "namespace"], dns1123Label],
    ...(NAMING_FIELDS[o.kind] ?? []).map((path) => [path, dns1123Subdomain])
  ];
  for (const [path, rule] of fields) {
    const value = fieldAt(o, path);
    if (value === void 0 || value === null) continue;
    const problem = typeof value === "string" ? rule(value) : "must be a string";
    if (problem)
      throw new ManifestError(
        `${path.join(".")} ${typeof value === "string" ? `${quoteValue(value)} ` : ""}${problem}`,
        file,
        fieldLine(o, path)
      );
  }
}
function parseManifest(text, file, maxObjects = MANIFEST_LIMITS.objects) {
  const lineCounter = new import_yaml.LineCounter();
  const out = [];
  const deep = tooDeep(text, MANIFEST_LIMITS.depth);
  if (deep) throw new ManifestError(`nests more than ${MANIFEST_LIMITS.depth} levels of [ ] or { }`, file, deep);
  try {
    const docs = (0, import_yaml.parseAllDocuments)(text, { lineCounter });
    if (!Array.isArray(docs)) throw new ManifestError("is not YAML", file);
    for (const doc of docs) {
      const line = lineCounter.linePos(doc.contents?.range?.[0] ?? doc.range[0]).line;
      if (doc.errors.length > 0) {
        const err = doc.errors[0];
        throw new ManifestError(
          `is not valid YAML: ${escapeControls(err?.message.split("\n")[0] ?? "")}`,
          file,
          err ? lineCounter.linePos(err.pos[0]).line : line
        );
      }
      let value;
      try {
        value = doc.toJS({ maxAliasCount: MANIFEST_LIMITS.aliases });
      } catch (err) {
        if (err instanceof ReferenceError && /alias/i.test(err.message)) {
          throw new ManifestError(
            `uses YAML aliases beyond the limit (${MANIFEST_LIMITS.aliases}): an alias bomb, or a document to write out in full`,
            file,
            line
          );
        }
        throw err;
      }
      if (value === null || value === void 0) continue;
      const obj = value;
      if (typeof obj !== "object" || Array.isArray(obj) || !obj.apiVersion || !obj.kind || !obj.metadata?.name) {
        throw new ManifestError(
          "holds a document that is not a Kubernetes object (apiVersion, kind and metadata.name are required)",
          file,
          line
        );
      }
      if (out.length >= maxObjects)
        throw new ManifestError(
          `brings the manifests over ${MANIFEST_LIMITS.objects} objects: input \`manifests\` takes at most that many in all`,
          file,
          line
        );
      rememberFieldLines(obj, doc.contents, lineCounter);
      checkNames(obj, file);
      out.push({ object: obj, source: { origin: "manifest", file, line } });
    }
  } catch (err) {
    if (err instanceof ManifestError) throw err;
    throw new ManifestError(
      `cannot be parsed: ${err instanceof RangeError ? "it nests too deeply" : escapeControls(String(err.message ?? err).split("\n")[0] ?? "")}`,
      file
    );
  }
  return out;
}
function renderManifests(patterns, vars, cwd = process.cwd()) {
  const lookup = variableLookup(vars);
  const out = [];
  for (const { file, text } of readManifestFiles(patterns, cwd)) {
    out.push(...parseManifest(substitute(text, file, lookup), file, MANIFEST_LIMITS.objects - out.length));
  }
  return out;
}

export {
  ManifestError,
  MANIFEST_LIMITS,
  variableLookup,
  substitute,
  expandPatterns,
  readManifestFiles,
  parseManifest,
  renderManifests
};
