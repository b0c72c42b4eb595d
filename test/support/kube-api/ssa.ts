// Field ownership (metadata.managedFields, FieldsV1) and server-side apply, modelled on
// structured-merge-diff as the real kube-apiserver runs it:
// - ownership is tracked per leaf field; maps merge recursively; lists are atomic, except the
//   `ports` lists of core kinds, which are keyed by port/containerPort + protocol as in the
//   built-in schemas (Service.spec.ports, container ports);
// - an applier owns exactly what it sent; changing a field another manager owns is a conflict
//   (409, details.causes naming field and manager) unless force=true, which takes the field over;
// - a field the applier owned before and omits now is removed when nobody else owns it;
// - non-apply writes (create, update, patch) give the writer every field they changed.
import type { JsonObject, KubeObject } from './types.js';
import { clone, deepEqual, isPlainObject } from './types.js';
import { ApiError, type StatusCause } from './status.js';

type Seg = { f: string } | { k: JsonObject };
type Path = Seg[];

interface Entry {
  manager: string;
  operation: 'Apply' | 'Update';
  apiVersion: string;
  time: string;
  subresource?: string;
  paths: Map<string, Path>;
}

export interface FieldScope {
  /** Key core `ports` lists by port/containerPort + protocol instead of treating them as atomic. */
  keyedPorts: boolean;
  /** Status is written only through /status (the main resource's requests neither set nor own it). */
  statusSeparate: boolean;
  /** Which part of the object a request writes. */
  part: 'main' | 'status';
}

// Fields the server sets itself: never owned, never applied.
const SERVER_METADATA = ['name', 'namespace', 'uid', 'resourceVersion', 'generation', 'creationTimestamp', 'managedFields', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'selfLink', 'generateName'];

const SEP = '\u0000';

function segKey(s: Seg): string {
  return 'f' in s ? `f:${s.f}` : `k:${JSON.stringify(sortKeys(s.k))}`;
}

function pathKey(p: Path): string {
  return p.map(segKey).join(SEP);
}

function sortKeys(o: JsonObject): JsonObject {
  return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
}

/** The path as the real server prints it in conflicts: .spec.ports[port=80,protocol="TCP"].name */
export function pathString(p: Path): string {
  return p
    .map((s) =>
      'f' in s
        ? `.${s.f}`
        : `[${Object.entries(sortKeys(s.k))
            .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
            .join(',')}]`,
    )
    .join('');
}

function portKey(item: unknown): JsonObject | undefined {
  if (!isPlainObject(item)) return undefined;
  const protocol = typeof item['protocol'] === 'string' ? item['protocol'] : 'TCP';
  if (typeof item['port'] === 'number') return { port: item['port'], protocol };
  if (typeof item['containerPort'] === 'number') return { containerPort: item['containerPort'], protocol };
  return undefined;
}

function isKeyed(scope: FieldScope, name: string | undefined, v: unknown): v is unknown[] {
  if (!scope.keyedPorts || name !== 'ports' || !Array.isArray(v) || v.length === 0) return false;
  const keys = v.map(portKey);
  if (keys.some((k) => !k)) return false;
  return new Set(keys.map((k) => JSON.stringify(k))).size === keys.length;
}

/** The part of an object whose fields a request of this scope owns. */
function ownedView(obj: KubeObject | JsonObject, scope: FieldScope): JsonObject {
  const c = clone(obj) as JsonObject;
  delete c['apiVersion'];
  delete c['kind'];
  if (scope.part === 'status') return c['status'] === undefined ? {} : { status: c['status'] };
  if (scope.statusSeparate) delete c['status'];
  if (isPlainObject(c['metadata'])) {
    const md = c['metadata'];
    for (const k of SERVER_METADATA) delete md[k];
    if (Object.keys(md).length === 0) delete c['metadata'];
  }
  return c;
}

/** Leaf paths of an object, with their values (keyed list items appear as their own path too). */
function leaves(obj: JsonObject, scope: FieldScope): Map<string, { path: Path; value: unknown }> {
  const out = new Map<string, { path: Path; value: unknown }>();
  const walk = (v: unknown, path: Path, name: string | undefined): void => {
    if (isPlainObject(v) && (path.length === 0 || Object.keys(v).length > 0)) {
      for (const [k, child] of Object.entries(v)) walk(child, [...path, { f: k }], k);
      return;
    }
    if (isKeyed(scope, name, v)) {
      for (const item of v) {
        const ip: Path = [...path, { k: portKey(item) as JsonObject }];
        out.set(pathKey(ip), { path: ip, value: true });
        for (const [k, child] of Object.entries(item as JsonObject)) walk(child, [...ip, { f: k }], k);
      }
      return;
    }
    out.set(pathKey(path), { path, value: v });
  };
  walk(obj, [], undefined);
  return out;
}

function getAt(obj: unknown, p: Path): unknown {
  let cur: unknown = obj;
  for (const s of p) {
    if ('f' in s) {
      if (!isPlainObject(cur) || !Object.hasOwn(cur, s.f)) return undefined;
      cur = cur[s.f];
    } else {
      if (!Array.isArray(cur)) return undefined;
      const want = JSON.stringify(sortKeys(s.k));
      cur = cur.find((it) => JSON.stringify(sortKeys(portKey(it) ?? {})) === want);
      if (cur === undefined) return undefined;
    }
  }
  return cur;
}

function deleteAt(obj: JsonObject, p: Path): void {
  const parents: unknown[] = [obj];
  let cur: unknown = obj;
  for (const s of p.slice(0, -1)) {
    cur = getAt(cur, [s]);
    if (cur === undefined) return;
    parents.push(cur);
  }
  const last = p[p.length - 1];
  if (!last) return;
  const parent = parents[parents.length - 1];
  if ('f' in last) {
    if (isPlainObject(parent)) delete parent[last.f];
  } else if (Array.isArray(parent)) {
    const want = JSON.stringify(sortKeys(last.k));
    const i = parent.findIndex((it) => JSON.stringify(sortKeys(portKey(it) ?? {})) === want);
    if (i >= 0) parent.splice(i, 1);
  }
  // Drop maps the removal left empty (below the top level), as nothing owns them any more.
  for (let d = p.length - 2; d >= 1; d--) {
    const node = parents[d + 1];
    const seg = p[d];
    const holder = parents[d];
    if (seg && 'f' in seg && isPlainObject(node) && Object.keys(node).length === 0 && isPlainObject(holder)) delete holder[seg.f];
    else break;
  }
}

function changedAt(before: unknown, after: unknown, p: Path): boolean {
  const a = getAt(before, p);
  const b = getAt(after, p);
  const last = p[p.length - 1];
  if (last && 'k' in last) return (a === undefined) !== (b === undefined);
  return !deepEqual(a, b);
}

/** True when one path equals or contains the other. */
function overlaps(q: string, set: Iterable<string>): boolean {
  for (const a of set) {
    if (a === q || a.startsWith(q + SEP) || q.startsWith(a + SEP)) return true;
  }
  return false;
}

function mergeValue(live: unknown, cfg: unknown, name: string | undefined, scope: FieldScope): unknown {
  if (isPlainObject(cfg) && isPlainObject(live)) {
    const out: JsonObject = { ...live };
    for (const [k, v] of Object.entries(cfg)) out[k] = mergeValue(live[k], v, k, scope);
    return out;
  }
  if (isKeyed(scope, name, cfg) && isKeyed(scope, name, live)) {
    // Live items keep their places (merged with the applied item of the same key); new ones follow.
    const keyOf = (x: unknown) => JSON.stringify(portKey(x));
    const out = live.map((l) => {
      const c = cfg.find((x) => keyOf(x) === keyOf(l));
      return c === undefined ? l : mergeValue(l, c, undefined, scope);
    });
    return [...out, ...cfg.filter((c) => !live.some((l) => keyOf(l) === keyOf(c))).map((c) => clone(c))];
  }
  return clone(cfg);
}

// --- managedFields encoding ---------------------------------------------------------------

function toFieldsV1(paths: Iterable<Path>): JsonObject {
  const root: JsonObject = {};
  for (const p of paths) {
    let node = root;
    for (const s of p) node = (node[segKey(s)] ??= {}) as JsonObject;
    node['.'] = {};
  }
  // "." marks a node owned itself; a bare leaf is just {} (and keyed list items keep ".").
  const tidy = (n: JsonObject, isItem: boolean): void => {
    const kids = Object.keys(n).filter((k) => k !== '.');
    if (kids.length === 0 && !isItem) delete n['.'];
    for (const k of kids) tidy(n[k] as JsonObject, k.startsWith('k:'));
  };
  for (const k of Object.keys(root)) tidy(root[k] as JsonObject, k.startsWith('k:'));
  return root;
}

function fromFieldsV1(f: unknown): Map<string, Path> {
  const out = new Map<string, Path>();
  const walk = (n: unknown, path: Path): void => {
    if (!isPlainObject(n)) return;
    const keys = Object.keys(n);
    if (path.length > 0 && (keys.length === 0 || keys.includes('.'))) out.set(pathKey(path), path);
    for (const k of keys) {
      if (k.startsWith('f:')) walk(n[k], [...path, { f: k.slice(2) }]);
      else if (k.startsWith('k:')) {
        try {
          walk(n[k], [...path, { k: JSON.parse(k.slice(2)) as JsonObject }]);
        } catch {
          // not a key we can follow: ignore, as for v:/i: sets
        }
      }
    }
  };
  walk(f, []);
  return out;
}

function decode(mf: unknown): Entry[] {
  if (!Array.isArray(mf)) return [];
  return mf.filter(isPlainObject).map((e) => ({
    manager: String(e['manager'] ?? ''),
    operation: e['operation'] === 'Apply' ? 'Apply' : 'Update',
    apiVersion: String(e['apiVersion'] ?? ''),
    time: String(e['time'] ?? ''),
    ...(typeof e['subresource'] === 'string' && e['subresource'] ? { subresource: e['subresource'] } : {}),
    paths: fromFieldsV1(e['fieldsV1']),
  }));
}

function encode(entries: Entry[]): JsonObject[] {
  return entries
    .filter((e) => e.paths.size > 0)
    .map((e) => ({
      manager: e.manager,
      operation: e.operation,
      apiVersion: e.apiVersion,
      time: e.time,
      fieldsType: 'FieldsV1',
      fieldsV1: toFieldsV1(e.paths.values()),
      ...(e.subresource ? { subresource: e.subresource } : {}),
    }));
}

function now(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}

function printManager(e: Entry): string {
  let s = JSON.stringify(e.manager);
  if (e.subresource) s += ` with subresource ${JSON.stringify(e.subresource)}`;
  return e.operation === 'Update' ? `${s} using ${e.apiVersion}` : s;
}

function sameIdentity(e: Entry, manager: string, operation: 'Apply' | 'Update', apiVersion: string, subresource: string | undefined): boolean {
  return e.manager === manager && e.operation === operation && (e.subresource ?? '') === (subresource ?? '') && (operation === 'Apply' || e.apiVersion === apiVersion);
}

function pruneMissing(entries: Entry[], obj: JsonObject): void {
  for (const e of entries) for (const [k, p] of e.paths) if (getAt(obj, p) === undefined) e.paths.delete(k);
}

export interface ApplyOptions {
  manager: string;
  force: boolean;
  scope: FieldScope;
}

/**
 * Server-side apply of `config` onto `live` (undefined: create). Returns the merged object with
 * managedFields updated; throws the real 409 Conflict Status when fields owned by other managers
 * would change and force is false.
 */
export function serverSideApply(live: KubeObject | undefined, config: KubeObject, opts: ApplyOptions): KubeObject {
  const { scope, manager } = opts;
  const sub = scope.part === 'status' ? 'status' : undefined;
  const entries = decode(live?.metadata['managedFields']);
  const cfgView = ownedView(config, scope);
  const applied = leaves(cfgView, scope);
  const base: KubeObject = live ? clone(live) : { apiVersion: config.apiVersion, kind: config.kind, metadata: { name: config.metadata.name } };
  if (!live && config.metadata.namespace) base.metadata.namespace = config.metadata.namespace;
  const merged = mergeValue(base, cfgView, undefined, scope) as KubeObject;
  merged.apiVersion = config.apiVersion;
  merged.kind = config.kind;

  const mine = entries.find((e) => sameIdentity(e, manager, 'Apply', '', sub));
  const others = entries.filter((e) => e !== mine);
  const conflicts: Array<{ entry: Entry; key: string; path: Path }> = [];
  for (const e of others) {
    for (const [k, p] of e.paths) {
      if (overlaps(k, applied.keys()) && changedAt(base, merged, p)) conflicts.push({ entry: e, key: k, path: p });
    }
  }
  if (conflicts.length && !opts.force) throw conflictError(conflicts);
  for (const c of conflicts) c.entry.paths.delete(c.key);

  // Fields this manager applied before and omits now go away unless someone else still owns them.
  if (mine) {
    for (const [k, p] of mine.paths) {
      if (applied.has(k)) continue;
      if (others.some((e) => overlaps(k, e.paths.keys()))) continue;
      deleteAt(merged as unknown as JsonObject, p);
    }
  }

  const entry: Entry = mine ?? { manager, operation: 'Apply', apiVersion: config.apiVersion, time: '', paths: new Map(), ...(sub ? { subresource: sub } : {}) };
  entry.apiVersion = config.apiVersion;
  entry.time = now();
  entry.paths = new Map([...applied].map(([k, v]) => [k, v.path]));
  const all = mine ? entries : [...entries, entry];
  pruneMissing(all, merged as unknown as JsonObject);
  merged.metadata['managedFields'] = encode(all);
  return merged;
}

export interface UpdateOptions {
  manager: string;
  apiVersion: string;
  scope: FieldScope;
}

/** Records a non-apply write (create/update/patch): the writer owns what it changed. Mutates `next`. */
export function trackUpdate(old: KubeObject | undefined, next: KubeObject, opts: UpdateOptions): void {
  const { scope } = opts;
  const sub = scope.part === 'status' ? 'status' : undefined;
  const sent = next.metadata['managedFields'];
  // A client may reset or rewrite managedFields explicitly (e.g. [] to clear them); otherwise keep them.
  const base = sent !== undefined && !deepEqual(sent, old?.metadata['managedFields']) ? sent : old?.metadata['managedFields'];
  const entries = decode(base);
  const before = leaves(old ? ownedView(old, scope) : {}, scope);
  const after = leaves(ownedView(next, scope), scope);
  const changed = [...after].filter(([k, v]) => !before.has(k) || !deepEqual(before.get(k)?.value, v.value));
  let entry = entries.find((e) => sameIdentity(e, opts.manager, 'Update', opts.apiVersion, sub));
  for (const e of entries) if (e !== entry) for (const [k] of changed) e.paths.delete(k);
  if (changed.length) {
    if (!entry) {
      entry = { manager: opts.manager, operation: 'Update', apiVersion: opts.apiVersion, time: '', paths: new Map(), ...(sub ? { subresource: sub } : {}) };
      entries.push(entry);
    }
    entry.time = now();
    for (const [k, v] of changed) entry.paths.set(k, v.path);
  }
  pruneMissing(entries, next as unknown as JsonObject);
  next.metadata['managedFields'] = encode(entries);
}

function conflictError(conflicts: Array<{ entry: Entry; path: Path }>): ApiError {
  const causes: StatusCause[] = conflicts.map((c) => ({
    reason: 'FieldManagerConflict',
    message: `conflict with ${printManager(c.entry)}`,
    field: pathString(c.path),
  }));
  let message: string;
  const first = conflicts[0];
  if (conflicts.length === 1 && first) {
    message = `Apply failed with 1 conflict: conflict with ${printManager(first.entry)}: ${pathString(first.path)}`;
  } else {
    const byManager = new Map<string, string[]>();
    for (const c of conflicts) {
      const m = printManager(c.entry);
      byManager.set(m, [...(byManager.get(m) ?? []), pathString(c.path)]);
    }
    const lines: string[] = [];
    for (const m of [...byManager.keys()].sort()) {
      lines.push(`conflicts with ${m}:`);
      for (const p of byManager.get(m) ?? []) lines.push(`- ${p}`);
    }
    message = `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`;
  }
  return new ApiError(409, 'Conflict', message, { causes });
}
