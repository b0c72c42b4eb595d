// The user's own manifests: files or globs, with ${VAR} and $VAR substituted from `vars`,
// then the environment. Unlike envsubst, an unknown variable is an error naming the file
// and line, never a silent empty string. "$$" stands for a literal "$".
import { globSync, readFileSync } from 'node:fs';
import { LineCounter, parseAllDocuments } from 'yaml';
import { rememberFieldLines } from './field-lines.js';
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
}

const VARIABLE = /\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g;

export function substitute(text: string, file: string, lookup: (name: string) => string | undefined): string {
  const lines = text.split('\n');
  return lines
    .map((line, i) =>
      line.replace(VARIABLE, (match, braced?: string, bare?: string) => {
        if (match === '$$') return '$';
        const name = (braced ?? bare) as string;
        const value = lookup(name);
        if (value === undefined) throw new ManifestError(`variable \${${name}} is not set: add it to \`vars\` or the environment`, file, i + 1);
        return value;
      }),
    )
    .join('\n');
}

export function expandPatterns(patterns: string[], cwd = process.cwd()): string[] {
  const files: string[] = [];
  for (const pattern of patterns) {
    const matches = /[*?[{]/.test(pattern) ? globSync(pattern, { cwd }).sort() : [pattern];
    if (matches.length === 0) throw new ManifestError('matches no file', pattern);
    for (const m of matches) if (!files.includes(m)) files.push(m);
  }
  return files;
}

/** Parses one substituted file into objects, each with the line it starts at. */
export function parseManifest(text: string, file: string): RenderedObject[] {
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter });
  if (!Array.isArray(docs)) throw new ManifestError('is not YAML', file);
  const out: RenderedObject[] = [];
  for (const doc of docs) {
    // The object's first line, not the `---` before it.
    const line = lineCounter.linePos(doc.contents?.range?.[0] ?? doc.range[0]).line;
    if (doc.errors.length > 0) {
      const err = doc.errors[0];
      throw new ManifestError(`is not valid YAML: ${err?.message.split('\n')[0]}`, file, err ? lineCounter.linePos(err.pos[0]).line : line);
    }
    const value = doc.toJS() as unknown;
    if (value === null || value === undefined) continue;
    const obj = value as Partial<KubeObject>;
    if (typeof obj !== 'object' || Array.isArray(obj) || !obj.apiVersion || !obj.kind || !obj.metadata?.name) {
      throw new ManifestError('holds a document that is not a Kubernetes object (apiVersion, kind and metadata.name are required)', file, line);
    }
    // Each field's line too, so a problem found later points at the field, not the object.
    rememberFieldLines(obj, doc.contents, lineCounter);
    out.push({ object: obj as KubeObject, source: { origin: 'manifest', file, line } });
  }
  return out;
}

export function renderManifests(patterns: string[], vars: Record<string, string>, env: NodeJS.ProcessEnv, cwd = process.cwd()): RenderedObject[] {
  const lookup = (name: string): string | undefined => (name in vars ? vars[name] : env[name]);
  return expandPatterns(patterns, cwd).flatMap((file) => {
    let text: string;
    try {
      text = readFileSync(file.startsWith('/') ? file : `${cwd}/${file}`, 'utf8');
    } catch (err) {
      throw new ManifestError(`cannot be read: ${(err as Error).message}`, file);
    }
    return parseManifest(substitute(text, file, lookup), file);
  });
}
