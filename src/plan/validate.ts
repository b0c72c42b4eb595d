// Offline validation of rendered objects (render mode, no cluster), as strict as the API
// server with fieldValidation=Strict: the schemas are generated from the real sources
// (Istio's CRDs, Kubernetes' OpenAPI; scripts/generate-schemas.mjs), checked with ajv's
// validators compiled ahead of time (scripts/generate-validators.ts: schemas/validators/), and
// the CRDs' x-kubernetes-validations rules are evaluated with a CEL library
// (@marcbachmann/cel-js: no dependencies, nothing to boot; test/integration/cel-parity.test.ts
// holds its answers to those of the real kube-apiserver with Istio's CRDs). Unknown fields
// are errors: the API server refuses them under Strict, and prunes them silently without.
// Plus the name rules the API server enforces and the schemas do not.
import { parse, type ParseResult } from '@marcbachmann/cel-js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { fieldLine } from './field-lines.js';
import type { KubeObject } from './kube-object.js';
import { fieldPath } from './object-diff.js';
import generated from './schemas/generated.json' with { type: 'json' };
import { loaders } from './schemas/validators/index.js';

export interface SchemaProblem {
  /** Dotted field path, e.g. spec.ports or spec.ingress[0].port.number. */
  path: string;
  message: string;
  /** The line of the field (or of its nearest ancestor) in the manifest file, when the object came from one. */
  line?: number;
}

export interface ObjectValidation {
  /** Kind/namespace/name (Kind/name when the object has no namespace). */
  ref: string;
  valid: boolean;
  /** False when there is no offline schema for this apiVersion and kind: only names were checked. Not an error. */
  known: boolean;
  problems: SchemaProblem[];
  /** Set when known is false, to say so in a report. */
  note?: string;
}

type Segment = string | number;

/** The subset of JSON Schema (plus Kubernetes' extensions) that the generated schemas use. */
interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  not?: Schema;
  required?: string[];
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-list-type'?: 'atomic' | 'set' | 'map';
  'x-kubernetes-list-map-keys'?: string[];
  'x-kubernetes-validations'?: Array<{ rule: string; message?: string; messageExpression?: string; fieldPath?: string }>;
}

interface Generated {
  sources: Array<{ module: string; version: string; file: string }>;
  kinds: Record<string, string>;
  $defs: Record<string, Schema>;
}

const SCHEMAS = generated as unknown as Generated;

// --- ajv ------------------------------------------------------------------------------------

/** The validators loaded so far, by definition: ajv's code compiled ahead of time (scripts/generate-validators.ts). */
const loaded = new Map<string, ValidateFunction>();

const definitionOf = (o: KubeObject): string | undefined => SCHEMAS.kinds[`${o.apiVersion}|${o.kind}`];

/**
 * Loads the validators of these objects' kinds (no objects: of every kind), each its own module:
 * validateObject uses the loaded ones. An onboarding loads a handful, not Istio's routing kinds.
 */
export async function loadValidators(objects?: KubeObject[]): Promise<void> {
  const defs = new Set(objects ? objects.map(definitionOf).filter((d) => d !== undefined) : Object.values(SCHEMAS.kinds));
  await Promise.all(
    [...defs]
      .filter((d) => !loaded.has(d))
      .map(async (d) => {
        const load = loaders[d];
        if (!load) throw new Error(`no generated validator for ${d}: run npm run generate-validators`);
        loaded.set(d, (await load()).validate);
      }),
  );
}

function validatorFor(def: string): ValidateFunction {
  const fn = loaded.get(def);
  if (!fn) throw new Error(`the validator for ${def} is not loaded: loadValidators() first`);
  return fn;
}

/** "/spec/ports/0/port" -> ["spec", "ports", 0, "port"] (JSON pointer, RFC 6901 escapes). */
function pointerSegments(pointer: string): Segment[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => {
      const key = s.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^\d+$/.test(key) ? Number(key) : key;
    });
}

interface Found {
  segments: Segment[];
  message: string;
}

/** A known field spelt alike (case, one or two letters), for "did you mean". */
function lookalike(field: string, known: string[]): string | undefined {
  const distance = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const here = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = here;
      }
    }
    return row[b.length]!;
  };
  const scored = known.map((k) => ({ k, d: distance(field.toLowerCase(), k.toLowerCase()) })).sort((a, b) => a.d - b.d);
  const best = scored[0];
  return best && best.d <= Math.min(2, Math.floor(field.length / 3)) ? best.k : undefined;
}

/** oneOf/anyOf branches: the types they allow, or the fields of which at most one may be set. */
function alternatives(branches: Schema[]): { types?: string[]; exclusive?: string[] } {
  if (branches.every((b) => typeof b.type === 'string' && Object.keys(b).length === 1)) return { types: branches.map((b) => b.type!) };
  // Istio's "at most one of" shape: [{not: {anyOf: [{required: [a]}, ...]}}, {required: [a]}, ...].
  const fields = branches.flatMap((b) => b.required ?? b.not?.anyOf?.flatMap((x) => x.required ?? []) ?? []);
  return fields.length ? { exclusive: [...new Set(fields)] } : {};
}

/**
 * The schema an error's keyword sits in, as ajv's verbose mode would give it (parentSchema):
 * the schema at the error's data location under def (through $ref, properties, items and
 * additionalProperties), then the keywords at the end of the error's schemaPath that do not
 * move in the data (allOf/1 before a oneOf).
 */
function errorSchema(def: string, e: ErrorObject): Schema | undefined {
  let at: Schema | undefined = { $ref: `#/$defs/${def}` };
  for (const seg of pointerSegments(e.instancePath)) {
    if (!at) return undefined;
    const r = resolve(at);
    at = typeof seg === 'number' ? r.items : subschema(r, seg);
  }
  if (!at) return undefined;
  at = resolve(at);
  const path = e.schemaPath.split('/').slice(0, -1);
  const inPlace: Array<[string, number]> = [];
  while (path.length >= 2 && /^(allOf|anyOf|oneOf)$/.test(path.at(-2) ?? '') && /^\d+$/.test(path.at(-1) ?? '')) {
    const index = Number(path.pop());
    inPlace.unshift([path.pop() as string, index]);
  }
  for (const [keyword, index] of inPlace)
    at = at && resolve(((at as Record<string, unknown>)[keyword] as Schema[] | undefined)?.[index] ?? {});
  return at;
}

/** The branches of a failed oneOf/anyOf. */
function branchesOf(def: string, e: ErrorObject): Schema[] {
  return ((errorSchema(def, e) as Record<string, unknown> | undefined)?.[e.keyword] as Schema[] | undefined) ?? [];
}

function describe(def: string, e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties': {
      const known = Object.keys(errorSchema(def, e)?.properties ?? {});
      const like = lookalike(String(p.additionalProperty), known);
      return `unknown field${like ? ` (did you mean ${like}?)` : ''}`;
    }
    case 'enum':
      return Array.isArray(p.allowedValues) ? `must be one of ${p.allowedValues.join(', ')}` : 'is not an allowed value';
    case 'format':
      if (p.format === 'int32') return 'must be a 32-bit integer';
      if (p.format === 'int64') return 'must be a 64-bit integer';
      if (p.format === 'byte') return 'must be base64';
      if (p.format === 'date-time') return 'must be an RFC 3339 date-time';
      return e.message ?? `must match format ${String(p.format)}`;
    case 'oneOf':
    case 'anyOf': {
      const alt = alternatives(branchesOf(def, e));
      if (alt.types) return `must be ${alt.types.join(' or ')}`;
      if (alt.exclusive) return `only one of ${alt.exclusive.join(', ')} can be set`;
      return e.message ?? e.keyword;
    }
    default:
      return e.message ?? e.keyword;
  }
}

/**
 * ajv errors -> one problem per field and message. A oneOf/anyOf failure also reports every
 * branch's errors: those are dropped, and the alternative says what it wants as a whole.
 * Returns the pointers of type errors too: CEL rules are not evaluated on ill-typed data.
 */
function schemaErrors(def: string, errors: ErrorObject[]): { found: Found[]; typeErrorAt: string[] } {
  const alternativesAt = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => `${e.schemaPath}/`);
  const found: Found[] = [];
  const typeErrorAt: string[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (alternativesAt.some((prefix) => e.schemaPath.startsWith(prefix))) continue;
    let segments = pointerSegments(e.instancePath);
    // A missing or unknown field is reported at the field itself, not at its parent.
    const field = (e.params as Record<string, unknown>).missingProperty ?? (e.params as Record<string, unknown>).additionalProperty;
    if (typeof field === 'string') segments = [...segments, field];
    if (e.keyword === 'type' || ((e.keyword === 'oneOf' || e.keyword === 'anyOf') && alternatives(branchesOf(def, e)).types)) {
      typeErrorAt.push(e.instancePath);
    }
    const message = describe(def, e);
    const key = `${JSON.stringify(segments)} ${message}`;
    if (!seen.has(key)) found.push({ segments, message });
    seen.add(key);
  }
  return { found, typeErrorAt };
}

// --- CEL: x-kubernetes-validations ----------------------------------------------------------

type Program = ParseResult;
/** A value as CEL sees it: int is bigint, a map a Map (its keys never meet an object's prototype). */
type CelInput = null | bigint | number | string | boolean | CelInput[] | Map<string, CelInput>;
const programs = new Map<string, Program | Error>();

function program(expr: string): Program | Error {
  let p = programs.get(expr);
  if (!p) {
    try {
      p = parse(expr);
    } catch (err) {
      p = err instanceof Error ? err : new Error(String(err));
    }
    programs.set(expr, p);
  }
  return p;
}

/** A rule's result, or the error that stopped it (no such key, a bad duration: the rule could not be evaluated). */
function run(p: Program, self: CelInput): unknown {
  try {
    return p({ self });
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err));
  }
}

function resolve(schema: Schema): Schema {
  let s = schema;
  for (let depth = 0; s.$ref && depth < 32; depth++) {
    const def = SCHEMAS.$defs[s.$ref.replace('#/$defs/', '')];
    if (!def) break;
    s = def;
  }
  return s;
}

function subschema(schema: Schema, key: string): Schema | undefined {
  const own = schema.properties?.[key];
  if (own) return own;
  return typeof schema.additionalProperties === 'object' ? schema.additionalProperties : undefined;
}

/**
 * A value as CEL sees it under its schema (as the API server types it): integers are int,
 * objects are maps of their known fields (unknown ones are pruned before the rules run).
 */
function toCel(value: unknown, schemaIn: Schema | undefined): CelInput {
  const schema = schemaIn ? resolve(schemaIn) : undefined;
  const preserve = !schema || schema['x-kubernetes-preserve-unknown-fields'] === true;
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    const asInt = schema?.type === 'integer' || schema?.['x-kubernetes-int-or-string'] === true || (preserve && !schema?.type);
    return asInt && Number.isInteger(value) ? BigInt(value) : value;
  }
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => toCel(v, schema?.items));
  if (typeof value === 'object') {
    const out = new Map<string, CelInput>();
    for (const [k, v] of Object.entries(value)) {
      const sub = schema ? subschema(schema, k) : undefined;
      if (sub || preserve) out.set(k, toCel(v, sub));
    }
    return out;
  }
  return null;
}

/** A rule's fieldPath (".foo.bar", ".foo['bar']") as segments under the rule's object. */
function ruleFieldPath(path: string | undefined): Segment[] {
  if (!path) return [];
  const out: Segment[] = [];
  for (const m of path.matchAll(/\.([A-Za-z_][\w-]*)|\[\s*'([^']*)'\s*\]|\[(\d+)\]/g)) out.push(m[1] ?? m[2] ?? Number(m[3]));
  return out;
}

function evaluateRules(schema: Schema, value: unknown, at: Segment[], out: Found[]): void {
  for (const r of schema['x-kubernetes-validations'] ?? []) {
    // Transition rules compare with the object being replaced (oldSelf); an offline check has
    // no old object, and the API server skips them on create too.
    if (/\boldSelf\b/.test(r.rule)) continue;
    const p = program(r.rule);
    const where = [...at, ...ruleFieldPath(r.fieldPath)];
    if (p instanceof Error) {
      out.push({ segments: where, message: `rule ${JSON.stringify(r.rule)} could not be compiled: ${p.message}` });
      continue;
    }
    const self = toCel(value, schema);
    const result = run(p, self);
    if (result === true) continue;
    if (result instanceof Error) {
      out.push({ segments: where, message: `rule ${JSON.stringify(r.rule)} could not be evaluated: ${result.message}` });
      continue;
    }
    let message = r.message ?? `failed rule: ${r.rule}`;
    if (r.messageExpression) {
      const m = program(r.messageExpression);
      const text = m instanceof Error ? undefined : run(m, self);
      if (typeof text === 'string' && text.trim()) message = text;
    }
    out.push({ segments: where, message });
  }
}

/** x-kubernetes-list-type set and map: items (or their keys) must be unique, as the API server checks. */
function listTypeProblems(schema: Schema, value: unknown[], at: Segment[], out: Found[]): void {
  const type = schema['x-kubernetes-list-type'];
  if (type !== 'set' && type !== 'map') return;
  const keys = schema['x-kubernetes-list-map-keys'] ?? [];
  const seen = new Map<string, number>();
  value.forEach((item, i) => {
    const identity = type === 'set' ? item : keys.map((k) => (item as Record<string, unknown> | null)?.[k]);
    const id = JSON.stringify(identity);
    if (seen.has(id)) {
      const what =
        type === 'set'
          ? JSON.stringify(item)
          : keys
              .flatMap((k, n) => ((identity as unknown[])[n] === undefined ? [] : [`${k}=${JSON.stringify((identity as unknown[])[n])}`]))
              .join(', ');
      out.push({ segments: [...at, i], message: `duplicate entry (${what}; also at index ${seen.get(id)})` });
    } else seen.set(id, i);
  });
}

/** Walks value and schema together; rules run where the value is present and well-typed. */
function ruleProblems(schemaIn: Schema, value: unknown, at: Segment[], typeErrorAt: string[], out: Found[]): void {
  if (value === undefined || value === null) return;
  const schema = resolve(schemaIn);
  const pointer = at.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
  // Like the API server: a rule does not see a value whose types are wrong (already reported).
  const illTyped = typeErrorAt.some((p) => p === pointer || p.startsWith(`${pointer}/`));
  if (!illTyped) evaluateRules(schema, value, at, out);
  if (Array.isArray(value)) {
    if (!illTyped) listTypeProblems(schema, value, at, out);
    if (schema.items) value.forEach((v, i) => ruleProblems(schema.items!, v, [...at, i], typeErrorAt, out));
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const sub = subschema(schema, k);
      if (sub) ruleProblems(sub, v, [...at, k], typeErrorAt, out);
    }
  }
}

// --- names ----------------------------------------------------------------------------------

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** The API server's name rule for a kind (apimachinery's ValidateServiceName, ValidateNamespaceName, NameIsDNSSubdomain). */
function nameProblem(kind: string, name: string): string | undefined {
  if (kind === 'Service') {
    // Services become DNS labels, so the name must also start with a letter (RFC 1035).
    if (name.length > 63 || !DNS1035_LABEL.test(name))
      return `"${name}" is not a valid Service name: at most 63 characters, lowercase letters, digits and '-', starting with a letter and ending with a letter or digit`;
  } else if (kind === 'Namespace') {
    if (name.length > 63 || !DNS1123_LABEL.test(name))
      return `"${name}" is not a valid DNS-1123 label: at most 63 characters, lowercase letters, digits and '-', starting and ending with a letter or digit`;
  } else if (name.length > 253 || !DNS1123_SUBDOMAIN.test(name)) {
    return `"${name}" is not a valid DNS-1123 subdomain: at most 253 characters, lowercase letters, digits, '-' and '.', each part starting and ending with a letter or digit`;
  }
  return undefined;
}

function metadataProblems(o: KubeObject): Found[] {
  const meta: Record<string, unknown> = typeof o.metadata === 'object' && o.metadata !== null ? o.metadata : {};
  const problems: Found[] = [];
  if (typeof meta.name !== 'string' || meta.name === '') {
    problems.push({ segments: ['metadata', 'name'], message: 'is required' });
  } else {
    const p = nameProblem(o.kind, meta.name);
    if (p) problems.push({ segments: ['metadata', 'name'], message: p });
  }
  const ns = meta.namespace;
  if (typeof ns === 'string' && (ns.length > 63 || !DNS1123_LABEL.test(ns))) {
    problems.push({ segments: ['metadata', 'namespace'], message: `"${ns}" is not a valid namespace name (DNS-1123 label)` });
  }
  return problems;
}

// --- the check ------------------------------------------------------------------------------

/**
 * Null-valued fields dropped, as the API server does before validating: a CRD prunes them
 * (unless nullable, where null and absent mean the same to its rules), and a built-in type
 * decodes null as its zero value. YAML's `selector:` with nothing after it is such a null.
 */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, withoutNulls(v)]),
  );
}

function refOf(o: KubeObject): string {
  const meta: Record<string, unknown> = typeof o.metadata === 'object' && o.metadata !== null ? o.metadata : {};
  const ns = typeof meta.namespace === 'string' && meta.namespace ? `${meta.namespace}/` : '';
  return `${o.kind}/${ns}${String(meta.name ?? '(unnamed)')}`;
}

/** Checks one object; loadValidators() with it (or with none) first. */
export function validateObject(o: KubeObject): ObjectValidation {
  const found = metadataProblems(o);
  const def = definitionOf(o);
  if (def) {
    const data = withoutNulls(o);
    const validate = validatorFor(def);
    const { found: schemaFound, typeErrorAt } = validate(data) ? { found: [], typeErrorAt: [] } : schemaErrors(def, validate.errors ?? []);
    found.push(...schemaFound);
    ruleProblems({ $ref: `#/$defs/${def}` }, data, [], typeErrorAt, found);
  }
  const problems = found.map(({ segments, message }): SchemaProblem => {
    const line = fieldLine(o, segments);
    return { path: fieldPath(segments) || '(object)', message, ...(line ? { line } : {}) };
  });
  return {
    ref: refOf(o),
    valid: problems.length === 0,
    known: def !== undefined,
    problems,
    ...(def ? {} : { note: `no offline schema for ${o.apiVersion} ${o.kind}: only its name was checked` }),
  };
}
