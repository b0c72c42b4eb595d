// The protobuf form of /openapi/v2 (gnostic's openapi.v2.Document, OpenAPIv2.proto), which the
// real server sends when asked for application/com.github.proto-openapi.spec.v2@v1.0+protobuf.
// kubectl up to 1.26 asks only for this form, and uses it for client-side schema validation
// (`--validate`, kube-openapi's proto models) and to check that a kind supports dryRun before
// `--dry-run=server`. Encodes the subset of Swagger 2.0 that openapi-v2.ts writes: paths with
// operations, query/path/body parameters and responses; definitions with $ref, type, format,
// description, required, enum, items, properties, additionalProperties, limits and x- extensions.
// Vendor extensions and enum values travel as YAML text (Any.yaml), as gnostic stores them; JSON
// text is YAML, and readers (kube-openapi, kubectl) parse it with a YAML parser.

type Json = Record<string, unknown>;

/** Appends protobuf fields; proto3 zero values are left out, as Go's marshaller does. */
class Writer {
  private readonly parts: Buffer[] = [];

  /** Non-negative integers only (tags, lengths, limits), up to 2^53. */
  private varint(n: number): void {
    const out: number[] = [];
    let v = n;
    while (v >= 0x80) {
      out.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    out.push(v);
    this.parts.push(Buffer.from(out));
  }

  private tag(num: number, wire: number): void {
    this.varint(num * 8 + wire);
  }

  string(num: number, v: unknown): this {
    if (typeof v === 'string' && v !== '') this.bytes(num, Buffer.from(v, 'utf8'));
    return this;
  }

  strings(num: number, v: unknown): this {
    for (const s of asArray(v)) if (typeof s === 'string') this.bytes(num, Buffer.from(s, 'utf8'));
    return this;
  }

  bool(num: number, v: unknown): this {
    if (v === true) {
      this.tag(num, 0);
      this.varint(1);
    }
    return this;
  }

  int(num: number, v: unknown): this {
    if (typeof v === 'number' && v !== 0) {
      this.tag(num, 0);
      this.varint(v);
    }
    return this;
  }

  double(num: number, v: unknown): this {
    if (typeof v === 'number' && v !== 0) {
      this.tag(num, 1);
      const b = Buffer.alloc(8);
      b.writeDoubleLE(v);
      this.parts.push(b);
    }
    return this;
  }

  message(num: number, body: Writer | undefined): this {
    if (body) this.bytes(num, body.finish());
    return this;
  }

  private bytes(num: number, b: Buffer): void {
    this.tag(num, 2);
    this.varint(b.length);
    this.parts.push(b);
  }

  finish(): Buffer {
    return Buffer.concat(this.parts);
  }
}

function asArray(v: unknown): unknown[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Any { yaml = 2 }: the value as YAML (here in its JSON form). */
function any(v: unknown): Writer {
  return new Writer().string(2, JSON.stringify(v));
}

/** repeated NamedAny vendor_extension = num: every x- key of o. */
function extensions(w: Writer, num: number, o: Json): Writer {
  for (const [k, v] of Object.entries(o)) if (k.startsWith('x-')) w.message(num, new Writer().string(1, k).message(2, any(v)));
  return w;
}

function schema(s: Json): Writer {
  const w = new Writer()
    .string(1, s['$ref'])
    .string(2, s['format'])
    .string(3, s['title'])
    .string(4, s['description'])
    .message(5, s['default'] === undefined ? undefined : any(s['default']))
    .double(7, s['maximum'])
    .double(9, s['minimum'])
    .int(11, s['maxLength'])
    .int(12, s['minLength'])
    .string(13, s['pattern'])
    .int(14, s['maxItems'])
    .int(15, s['minItems'])
    .bool(16, s['uniqueItems'])
    .int(17, s['maxProperties'])
    .int(18, s['minProperties'])
    .strings(19, s['required']);
  for (const e of asArray(s['enum'])) w.message(20, any(e));
  const ap = s['additionalProperties'];
  if (isObject(ap)) w.message(21, new Writer().message(1, schema(ap)));
  else if (typeof ap === 'boolean') w.message(21, new Writer().bool(2, ap));
  if (s['type'] !== undefined) w.message(22, new Writer().strings(1, s['type']));
  if (s['items'] !== undefined) {
    const items = new Writer();
    for (const i of asArray(s['items'])) items.message(1, schema(i as Json));
    w.message(23, items);
  }
  for (const a of asArray(s['allOf'])) w.message(24, schema(a as Json));
  if (isObject(s['properties'])) w.message(25, namedSchemas(s['properties']));
  w.bool(27, s['readOnly']);
  return extensions(w, 31, s);
}

/** Properties / Definitions { repeated NamedSchema additional_properties = 1 }. */
function namedSchemas(m: Json): Writer {
  const w = new Writer();
  for (const [name, s] of Object.entries(m)) w.message(1, new Writer().string(1, name).message(2, schema(s as Json)));
  return w;
}

// Query/path/header/formData sub-schemas share their first fields; their later numbers differ.
const NON_BODY = {
  header: { oneof: 1, type: 5, format: 6, uniqueItems: 19, ext: 22 },
  formData: { oneof: 2, type: 6, format: 7, uniqueItems: 20, ext: 23 },
  query: { oneof: 3, type: 6, format: 7, uniqueItems: 20, ext: 23 },
  path: { oneof: 4, type: 5, format: 6, uniqueItems: 19, ext: 22 },
} as const;

function parametersItem(p: Json): Writer {
  if (typeof p['$ref'] === 'string') return new Writer().message(2, new Writer().string(1, p['$ref']).string(2, p['description']));
  let param: Writer;
  if (p['in'] === 'body') {
    const body = new Writer()
      .string(1, p['description'])
      .string(2, p['name'])
      .string(3, p['in'])
      .bool(4, p['required'])
      .message(5, isObject(p['schema']) ? schema(p['schema']) : undefined);
    param = new Writer().message(1, extensions(body, 6, p));
  } else {
    const n = NON_BODY[p['in'] as keyof typeof NON_BODY];
    if (!n) throw new Error(`openapi v2: unsupported parameter location ${String(p['in'])}`);
    const sub = new Writer().bool(1, p['required']).string(2, p['in']).string(3, p['description']).string(4, p['name']);
    if (p['in'] === 'query') sub.bool(5, p['allowEmptyValue']);
    sub.string(n.type, p['type']).string(n.format, p['format']).bool(n.uniqueItems, p['uniqueItems']);
    param = new Writer().message(2, new Writer().message(n.oneof, extensions(sub, n.ext, p)));
  }
  return new Writer().message(1, param);
}

function operation(o: Json): Writer {
  const w = new Writer()
    .strings(1, o['tags'])
    .string(2, o['summary'])
    .string(3, o['description'])
    .string(5, o['operationId'])
    .strings(6, o['produces'])
    .strings(7, o['consumes']);
  for (const p of asArray(o['parameters'])) w.message(8, parametersItem(p as Json));
  if (isObject(o['responses'])) {
    const rs = new Writer();
    for (const [code, r] of Object.entries(o['responses'])) {
      const resp = r as Json;
      const body = new Writer().string(1, resp['description']).message(2, isObject(resp['schema']) ? new Writer().message(1, schema(resp['schema'])) : undefined);
      rs.message(1, new Writer().string(1, code).message(2, new Writer().message(1, body)));
    }
    w.message(9, rs);
  }
  w.strings(10, o['schemes']).bool(11, o['deprecated']);
  return extensions(w, 13, o);
}

const METHODS = { get: 2, put: 3, post: 4, delete: 5, options: 6, head: 7, patch: 8 } as const;

function pathItem(item: Json): Writer {
  const w = new Writer().string(1, item['$ref']);
  for (const [m, num] of Object.entries(METHODS)) if (isObject(item[m])) w.message(num, operation(item[m]));
  for (const p of asArray(item['parameters'])) w.message(9, parametersItem(p as Json));
  return extensions(w, 10, item);
}

/** The gnostic protobuf encoding of a Swagger 2.0 document. */
export function encodeOpenApiV2(doc: Json): Buffer {
  const info = isObject(doc['info']) ? doc['info'] : {};
  const w = new Writer()
    .string(1, doc['swagger'])
    .message(2, new Writer().string(1, info['title']).string(2, info['version']).string(3, info['description']))
    .string(3, doc['host'])
    .string(4, doc['basePath'])
    .strings(5, doc['schemes'])
    .strings(6, doc['consumes'])
    .strings(7, doc['produces']);
  if (isObject(doc['paths'])) {
    const paths = new Writer();
    for (const [p, item] of Object.entries(doc['paths'])) {
      if (p.startsWith('x-')) continue;
      paths.message(2, new Writer().string(1, p).message(2, pathItem(item as Json)));
    }
    w.message(8, paths);
  }
  if (isObject(doc['definitions'])) w.message(9, namedSchemas(doc['definitions']));
  return extensions(w, 16, doc).finish();
}
