// The user's own manifests: files or globs, with ${VAR} and $VAR substituted from `vars` (and
// the variables `vars-from-env` names, read into it by the settings). Unlike envsubst, an
// unknown variable is an error naming the file and line, never a silent empty string. "$$"
// stands for a literal "$".
// In a PR check the files come from the PR's author, so they are data and nothing more: read
// only from inside the workspace (real paths, symlinks resolved), only regular files, with
// bounded sizes, object count and YAML aliases; ${VAR} reads own entries of `vars` and nothing
// of the environment the workflow did not name, and a value holding a secret is refused.
import { closeSync, constants, fstatSync, globSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';
import type { InputProblem } from '../config/errors.js';
import { dns1123Label, dns1123Subdomain, manifestPattern } from '../config/rules.js';
import { escapeControls, quoteValue } from '../log.js';
import { holdsSecret } from '../redact.js';
import { fieldLine, rememberFieldLines } from './field-lines.js';
import type { KubeObject, RenderedObject } from './kube-object.js';

export class ManifestError extends Error {
  constructor(
    /** What is wrong, without the location (annotations carry file and line themselves). */
    readonly reason: string,
    readonly file: string,
    readonly line?: number,
  ) {
    super(line ? `${file}:${line}: ${reason}` : `${file}: ${reason}`);
    this.name = 'ManifestError';
  }

  /**
   * The manifests input is wrong (config/errors.ts inputProblemsOf): the CLI names --manifests
   * and exits 2. No file here: the render step annotates the file and line itself.
   */
  get inputProblems(): InputProblem[] {
    return [{ input: 'manifests', message: this.message }];
  }
}

/** What one run reads at most: far above a VM's few objects, far below what hurts a runner. */
export const MANIFEST_LIMITS = {
  fileBytes: 1024 * 1024,
  totalBytes: 10 * 1024 * 1024,
  files: 1000,
  objects: 1000,
  /** yaml's own guard against alias bombs ("billion laughs"): alias uses times aliases per document. */
  aliases: 100,
  /** Flow collections ([ and {) open at once; the parser recurses per level, slowly, until the stack ends. */
  depth: 256,
};

/**
 * Line where more than `max` flow collections ([ and {) are open at once, if any. Brackets in
 * quoted text count too: a scanner that skipped quotes could be fooled by a stray quote, and no
 * real manifest holds hundreds of unbalanced brackets.
 */
function tooDeep(text: string, max: number): number | undefined {
  let depth = 0;
  let line = 1;
  for (const c of text) {
    if (c === '\n') line++;
    else if (c === '[' || c === '{') {
      if (++depth > max) return line;
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

const MIB = 1024 * 1024;

/** ${NAME}: own entries of `vars` (`${constructor}` is no variable), nothing else. */
export function variableLookup(vars: Record<string, string>): (name: string) => string | undefined {
  return (name) => (Object.hasOwn(vars, name) ? vars[name] : undefined);
}

const VARIABLE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

export function substitute(
  text: string,
  file: string,
  lookup: (name: string) => string | undefined,
  maxBytes = MANIFEST_LIMITS.totalBytes,
): string {
  const lines = text.split('\n');
  let size = 0;
  return lines
    .map((line, i) => {
      const out = line.replace(VARIABLE, (match, braced?: string, bare?: string) => {
        if (match === '$$') return '$';
        const name = (braced ?? bare) as string;
        const value = lookup(name);
        if (value === undefined)
          throw new ManifestError(
            `variable \${${name}} is not set: add it to \`vars\`, or name an environment variable in \`vars-from-env\``,
            file,
            i + 1,
          );
        // A secret would land in the rendered file, the report, the summary and the PR comment (which the runner does not mask).
        if (holdsSecret(value))
          throw new ManifestError(`variable \${${name}} holds a secret (a masked value): secrets never go into manifests`, file, i + 1);
        return value;
      });
      // A small file that names a long variable many times must not grow without bound either.
      size += out.length + 1;
      if (size > maxBytes) throw new ManifestError(`is larger than ${maxBytes / MIB} MiB once variables are substituted`, file, i + 1);
      return out;
    })
    .join('\n');
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

const OUTSIDE = 'input `manifests` may only name files inside the workspace';

export function expandPatterns(patterns: string[], cwd = process.cwd()): string[] {
  const files: string[] = [];
  for (const pattern of patterns) {
    const problem = manifestPattern(pattern);
    if (problem) throw new ManifestError(`${OUTSIDE}: ${problem}`, escapeControls(pattern, { keepNewlines: false }));
    const matches = /[*?[{]/.test(pattern) ? globSync(pattern, { cwd }).sort() : [pattern];
    if (matches.length === 0) throw new ManifestError('matches no file', pattern);
    for (const m of matches) if (!files.includes(m)) files.push(m);
    if (files.length > MANIFEST_LIMITS.files)
      throw new ManifestError(`input \`manifests\` names more than ${MANIFEST_LIMITS.files} files`, pattern);
  }
  return files;
}

function readBounded(path: string, max: number): Buffer {
  // O_NONBLOCK: should the file be swapped for a FIFO after the check, open does not wait for a writer.
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    if (!fstatSync(fd).isFile()) throw new Error('is not a regular file');
    const buf = Buffer.alloc(max + 1);
    let n = 0;
    for (let got = 1; got > 0 && n <= max; n += got) got = readSync(fd, buf, n, buf.length - n, null);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads the files the patterns name, each checked on its real path: inside the workspace, a
 * regular file, within the size limits. A symlink to /dev/zero or /etc/shadow fails here, by
 * name and at once, before a byte of it is read.
 */
export function readManifestFiles(patterns: string[], cwd = process.cwd()): Array<{ file: string; text: string }> {
  const root = realpathSync(cwd);
  const out: Array<{ file: string; text: string }> = [];
  let total = 0;
  for (const file of expandPatterns(patterns, cwd)) {
    const shown = escapeControls(file, { keepNewlines: false });
    if (shown !== file) throw new ManifestError(`${OUTSIDE} whose names hold no control or invisible characters`, shown);
    let real: string;
    try {
      real = realpathSync(resolve(cwd, file));
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      throw new ManifestError(`cannot be read: ${code === 'ENOENT' ? 'no such file' : (code ?? (err as Error).message)}`, file);
    }
    if (!inside(root, real))
      throw new ManifestError(`${OUTSIDE}: this one resolves to ${quoteValue(real, 200)}, outside ${quoteValue(root, 200)}`, file);
    const stat = statSync(real);
    if (!stat.isFile())
      throw new ManifestError(
        `input \`manifests\` may only name regular files: this one is ${stat.isDirectory() ? 'a directory' : 'a device, FIFO or socket'}`,
        file,
      );
    if (stat.size > MANIFEST_LIMITS.fileBytes)
      throw new ManifestError(
        `is larger than ${MANIFEST_LIMITS.fileBytes / MIB} MiB (${stat.size} bytes): input \`manifests\` takes files of at most that size`,
        file,
      );
    let bytes: Buffer;
    try {
      bytes = readBounded(real, MANIFEST_LIMITS.fileBytes);
    } catch (err) {
      throw new ManifestError(`cannot be read: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, file);
    }
    if (bytes.length > MANIFEST_LIMITS.fileBytes)
      throw new ManifestError(
        `is larger than ${MANIFEST_LIMITS.fileBytes / MIB} MiB: input \`manifests\` takes files of at most that size`,
        file,
      );
    total += bytes.length;
    if (total > MANIFEST_LIMITS.totalBytes)
      throw new ManifestError(
        `brings the manifests over ${MANIFEST_LIMITS.totalBytes / MIB} MiB in all: input \`manifests\` takes at most that much`,
        file,
      );
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new ManifestError('is not UTF-8 text', file);
    }
    out.push({ file, text });
  }
  return out;
}

/** The fields of a manifest object that name things: the ServiceAccount a WorkloadEntry or a WorkloadGroup's template runs as. */
const NAMING_FIELDS: Record<string, string[][]> = {
  WorkloadEntry: [['spec', 'serviceAccount']],
  WorkloadGroup: [['spec', 'template', 'serviceAccount']],
};

function fieldAt(o: unknown, path: string[]): unknown {
  let v = o;
  for (const k of path) v = v !== null && typeof v === 'object' && Object.hasOwn(v, k) ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

/**
 * A manifest's names (metadata.name, metadata.namespace, a WorkloadEntry's ServiceAccount) are
 * checked as they are parsed, before anything uses them: they become API paths, log lines,
 * outputs and the lease's holder text, and a name from a pull request may hold `../`, a `/`
 * spelled any way, or a newline. DNS-1123 admits none of those.
 */
function checkNames(o: KubeObject, file: string): void {
  const fields: Array<[string[], (v: string) => string | undefined]> = [
    [['metadata', 'name'], dns1123Subdomain],
    [['metadata', 'namespace'], dns1123Label],
    ...(NAMING_FIELDS[o.kind] ?? []).map((path): [string[], (v: string) => string | undefined] => [path, dns1123Subdomain]),
  ];
  for (const [path, rule] of fields) {
    const value = fieldAt(o, path);
    if (value === undefined || value === null) continue; // absent (YAML's `key:` with nothing after it is null)
    const problem = typeof value === 'string' ? rule(value) : 'must be a string';
    if (problem)
      throw new ManifestError(
        `${path.join('.')} ${typeof value === 'string' ? `${quoteValue(value)} ` : ''}${problem}`,
        file,
        fieldLine(o, path),
      );
  }
}

/** Parses one substituted file into objects, each with the line it starts at. */
export function parseManifest(text: string, file: string, maxObjects = MANIFEST_LIMITS.objects): RenderedObject[] {
  const lineCounter = new LineCounter();
  const out: RenderedObject[] = [];
  const deep = tooDeep(text, MANIFEST_LIMITS.depth);
  if (deep) throw new ManifestError(`nests more than ${MANIFEST_LIMITS.depth} levels of [ ] or { }`, file, deep);
  try {
    const docs = parseAllDocuments(text, { lineCounter });
    if (!Array.isArray(docs)) throw new ManifestError('is not YAML', file);
    for (const doc of docs) {
      // The object's first line, not the `---` before it.
      const line = lineCounter.linePos(doc.contents?.range?.[0] ?? doc.range[0]).line;
      if (doc.errors.length > 0) {
        const err = doc.errors[0];
        throw new ManifestError(
          `is not valid YAML: ${escapeControls(err?.message.split('\n')[0] ?? '')}`,
          file,
          err ? lineCounter.linePos(err.pos[0]).line : line,
        );
      }
      let value: unknown;
      try {
        value = doc.toJS({ maxAliasCount: MANIFEST_LIMITS.aliases });
      } catch (err) {
        if (err instanceof ReferenceError && /alias/i.test(err.message)) {
          throw new ManifestError(
            `uses YAML aliases beyond the limit (${MANIFEST_LIMITS.aliases}): an alias bomb, or a document to write out in full`,
            file,
            line,
          );
        }
        throw err;
      }
      if (value === null || value === undefined) continue;
      const obj = value as Partial<KubeObject>;
      if (typeof obj !== 'object' || Array.isArray(obj) || !obj.apiVersion || !obj.kind || !obj.metadata?.name) {
        throw new ManifestError(
          'holds a document that is not a Kubernetes object (apiVersion, kind and metadata.name are required)',
          file,
          line,
        );
      }
      if (out.length >= maxObjects)
        throw new ManifestError(
          `brings the manifests over ${MANIFEST_LIMITS.objects} objects: input \`manifests\` takes at most that many in all`,
          file,
          line,
        );
      // Each field's line too, so a problem found later points at the field, not the object.
      rememberFieldLines(obj, doc.contents, lineCounter);
      checkNames(obj as KubeObject, file);
      out.push({ object: obj as KubeObject, source: { origin: 'manifest', file, line } });
    }
  } catch (err) {
    if (err instanceof ManifestError) throw err;
    // The parser's own limits (a document nested a million levels deep overflows the stack).
    throw new ManifestError(
      `cannot be parsed: ${err instanceof RangeError ? 'it nests too deeply' : escapeControls(String((err as Error).message ?? err).split('\n')[0] ?? '')}`,
      file,
    );
  }
  return out;
}

export function renderManifests(patterns: string[], vars: Record<string, string>, cwd = process.cwd()): RenderedObject[] {
  const lookup = variableLookup(vars);
  const out: RenderedObject[] = [];
  for (const { file, text } of readManifestFiles(patterns, cwd)) {
    out.push(...parseManifest(substitute(text, file, lookup), file, MANIFEST_LIMITS.objects - out.length));
  }
  return out;
}
