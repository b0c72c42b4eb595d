// JSON merge patch (RFC 7386) and JSON patch (RFC 6902), as the real server applies them
// for application/merge-patch+json and application/json-patch+json.
import { ApiError, badRequest } from './status.js';
import { clone, deepEqual, isPlainObject, type JsonObject } from './types.js';

export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isPlainObject(patch)) return clone(patch);
  const out: JsonObject = isPlainObject(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

function unescape(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

function parsePointer(ptr: string): string[] {
  if (ptr === '') return [];
  if (!ptr.startsWith('/')) throw badRequest(`the server rejected our request due to an error in our request: invalid JSON pointer "${ptr}"`);
  return ptr.slice(1).split('/').map(unescape);
}

function containerOf(doc: unknown, tokens: string[], op: string, ptr: string): { parent: JsonObject | unknown[]; key: string } {
  let cur: unknown = doc;
  for (const t of tokens.slice(0, -1)) {
    if (Array.isArray(cur)) cur = cur[Number(t)];
    else if (isPlainObject(cur)) cur = cur[t];
    else cur = undefined;
    if (cur === undefined) throw new ApiError(422, 'Invalid', `the server rejected our request due to an error in our request: ${op} operation does not apply: doc is missing path: "${ptr}": missing value`);
  }
  if (!Array.isArray(cur) && !isPlainObject(cur)) throw new ApiError(422, 'Invalid', `${op} operation does not apply: doc is missing path: "${ptr}"`);
  return { parent: cur, key: tokens[tokens.length - 1] ?? '' };
}

function read(doc: unknown, ptr: string): unknown {
  let cur: unknown = doc;
  for (const t of parsePointer(ptr)) {
    if (Array.isArray(cur)) cur = cur[Number(t)];
    else if (isPlainObject(cur)) cur = Object.hasOwn(cur, t) ? cur[t] : undefined;
    else cur = undefined;
  }
  return cur;
}

export function jsonPatch(target: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops)) throw badRequest('json: cannot unmarshal object into Go value of type jsonpatch.Patch');
  let doc = clone(target);
  for (const raw of ops) {
    if (!isPlainObject(raw)) throw badRequest('invalid JSON patch operation');
    const op = String(raw['op']);
    const ptr = String(raw['path'] ?? '');
    const tokens = parsePointer(ptr);
    const missing = (): never => {
      throw new ApiError(422, 'Invalid', `the server rejected our request due to an error in our request: ${op} operation does not apply: doc is missing path: "${ptr}": missing value`);
    };
    const put = (value: unknown, insert: boolean): void => {
      if (tokens.length === 0) {
        doc = clone(value);
        return;
      }
      const { parent, key } = containerOf(doc, tokens, op, ptr);
      if (Array.isArray(parent)) {
        const i = key === '-' ? parent.length : Number(key);
        if (!Number.isInteger(i) || i < 0 || i > parent.length) missing();
        if (insert) parent.splice(i, 0, clone(value));
        else parent[i] = clone(value);
      } else parent[key] = clone(value);
    };
    const remove = (): unknown => {
      const { parent, key } = containerOf(doc, tokens, op, ptr);
      if (Array.isArray(parent)) {
        const i = Number(key);
        if (!(i >= 0 && i < parent.length)) missing();
        return parent.splice(i, 1)[0];
      }
      if (!Object.hasOwn(parent, key)) missing();
      const v = parent[key];
      delete parent[key];
      return v;
    };
    switch (op) {
      case 'add':
        put(raw['value'], true);
        break;
      case 'replace':
        if (read(doc, ptr) === undefined) missing();
        put(raw['value'], false);
        break;
      case 'remove':
        remove();
        break;
      case 'test':
        if (!deepEqual(read(doc, ptr), raw['value'])) {
          throw new ApiError(422, 'Invalid', `the server rejected our request due to an error in our request: testing value ${ptr} failed: test failed`);
        }
        break;
      case 'move':
      case 'copy': {
        const from = String(raw['from'] ?? '');
        const v = read(doc, from);
        if (v === undefined) missing();
        if (op === 'move') {
          const saved = tokens.splice(0, tokens.length, ...parsePointer(from));
          remove();
          tokens.splice(0, tokens.length, ...saved);
        }
        put(v, true);
        break;
      }
      default:
        throw badRequest(`the server rejected our request due to an error in our request: Unexpected kind: ${op}`);
    }
  }
  return doc;
}
