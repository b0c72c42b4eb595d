// What applying a rendered object would change on the cluster, with server-side apply
// semantics: only fields the desired object sets are compared, so fields it does not
// mention (server defaults, other managers' fields) never show up as "removed".
import { isDeepStrictEqual } from 'node:util';
import type { KubeObject } from './kube-object.js';

export interface FieldChange {
  path: string;
  op: 'add' | 'remove' | 'change';
  from?: unknown;
  to?: unknown;
}

export interface ObjectDiff {
  status: 'new' | 'unchanged' | 'changed';
  changes: FieldChange[];
}

/** Metadata the API server writes itself; a desired object copied from `kubectl get` may carry them. */
const SERVER_METADATA = new Set([
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'managedFields',
  'selfLink',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
]);
const SERVER_ANNOTATIONS = new Set(['kubectl.kubernetes.io/last-applied-configuration']);

/** Dotted field path: spec.ports[0].port, metadata.labels["app.kubernetes.io/name"]. */
export function fieldPath(segments: ReadonlyArray<string | number>): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(s)) out += out ? `.${s}` : s;
    else out += `[${JSON.stringify(s)}]`;
  }
  return out;
}

function isMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isEmpty(v: unknown): boolean {
  return (Array.isArray(v) && v.length === 0) || (isMap(v) && Object.keys(v).length === 0);
}

/**
 * True when every field desired sets has the same value in live. List items are matched
 * by position and compared the same way, so server defaults inside items (a Service
 * port's protocol) do not count as a difference.
 */
function covers(live: unknown, desired: unknown): boolean {
  if (isMap(desired)) {
    if (!isMap(live)) return false;
    return Object.entries(desired).every(([k, v]) => (v === null || v === undefined ? !(k in live) : covers(live[k], v)));
  }
  if (Array.isArray(desired)) {
    return Array.isArray(live) && live.length === desired.length && desired.every((v, i) => covers(live[i], v));
  }
  return isDeepStrictEqual(live, desired);
}

function walk(live: unknown, desired: Record<string, unknown>, at: Array<string | number>, out: FieldChange[]): void {
  const liveMap = isMap(live) ? live : {};
  for (const [key, want] of Object.entries(desired)) {
    const path = [...at, key];
    if (skip(path)) continue;
    const have = liveMap[key];
    if (want === undefined) continue;
    // An explicit null in an apply configuration asks the server to drop the field.
    if (want === null) {
      if (have !== undefined && have !== null) out.push({ path: fieldPath(path), op: 'remove', from: have });
      continue;
    }
    if (have === undefined) {
      // The API server omits empty maps and lists, so an empty one is already "there".
      if (!isEmpty(want)) out.push({ path: fieldPath(path), op: 'add', to: want });
      continue;
    }
    if (isMap(want) && isMap(have)) walk(have, want, path, out);
    else if (!covers(have, want)) out.push({ path: fieldPath(path), op: 'change', from: have, to: want });
  }
}

function skip(path: Array<string | number>): boolean {
  const [top, field, sub] = path;
  if (path.length === 1) return top === 'status' || top === 'apiVersion' || top === 'kind';
  if (top !== 'metadata') return false;
  if (path.length === 2) return SERVER_METADATA.has(String(field));
  return path.length === 3 && field === 'annotations' && SERVER_ANNOTATIONS.has(String(sub));
}

export function diffObjects(live: KubeObject | undefined, desired: KubeObject): ObjectDiff {
  if (!live) return { status: 'new', changes: [] };
  const changes: FieldChange[] = [];
  walk(live, desired, [], changes);
  return { status: changes.length ? 'changed' : 'unchanged', changes };
}

function show(v: unknown): string {
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** One line for a log or a PR comment: "2 changes: spec.address 10.0.0.1 -> 10.0.0.2; spec.labels.version added". */
export function summarize(diff: ObjectDiff): string {
  if (diff.status === 'new') return 'new object';
  if (diff.status === 'unchanged') return 'unchanged';
  const parts = diff.changes.map((c) => {
    if (c.op === 'add') return `${c.path} added`;
    if (c.op === 'remove') return `${c.path} removed`;
    return `${c.path} ${show(c.from)} -> ${show(c.to)}`;
  });
  return `${diff.changes.length} change${diff.changes.length === 1 ? '' : 's'}: ${parts.join('; ')}`;
}
