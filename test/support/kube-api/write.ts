// The writing verbs: create, update (PUT), patch (merge, JSON, strategic-as-merge for built-in
// kinds; 415 for custom resources as the real server answers), server-side apply, delete and
// deletecollection. Checked like the real server: the namespace must exist, kind/apiVersion must
// match the URL, names and schemas are validated (422), resourceVersion/uid preconditions and
// AlreadyExists (409), apply conflicts (409); dryRun=All runs it all and stores nothing.
import { applyDefaults } from './defaults.js';
import { mergePatch, jsonPatch } from './patch.js';
import { listItems } from './read.js';
import { NAMESPACES, type ResourceType } from './resources.js';
import type { ResourceRoute } from './router.js';
import { serverSideApply, trackUpdate, type FieldScope } from './ssa.js';
import { ApiError, alreadyExists, badRequest, invalid, invalidFor, namespaceNotFound, notFound, staleResourceVersion } from './status.js';
import { asVersion } from './store.js';
import { clone, deepEqual, isPlainObject, type JsonObject, type KubeObject } from './types.js';
import { decodeError, dropFields, strictDecodingError, unknownFields, validateObject } from './validation.js';
import {
  dryRun,
  manager,
  mediaType,
  now,
  parseBody,
  PATCH_TYPES,
  requestApiVersion,
  validationMode,
  type CrudContext,
  type CrudRequest,
  type CrudResult,
} from './request.js';

function scopeFor(rt: ResourceType, sub: string | undefined): FieldScope {
  return { keyedPorts: !rt.custom, statusSeparate: rt.statusSubresource, part: sub === 'status' ? 'status' : 'main' };
}

function incoming(req: CrudRequest, raw: unknown, warnings: string[], forApply = false): KubeObject {
  const { rt } = req.route;
  const want = requestApiVersion(req.route);
  if (!isPlainObject(raw)) throw badRequest(`the object provided is unrecognized (must be of type ${rt.kind})`);
  const obj = raw as KubeObject;
  if (obj.apiVersion === undefined && obj.kind === undefined && !rt.custom && !forApply) {
    obj.apiVersion = want;
    obj.kind = rt.kind;
  }
  if (!obj.kind) throw badRequest(`Object 'Kind' is missing in '${JSON.stringify(raw).slice(0, 200)}'`);
  if (!obj.apiVersion) throw badRequest(`Object 'apiVersion' is missing in '${JSON.stringify(raw).slice(0, 200)}'`);
  if (obj.apiVersion !== want) {
    throw badRequest(`the API version in the data (${obj.apiVersion}) does not match the expected API version (${want})`);
  }
  if (obj.kind !== rt.kind) throw badRequest(`the kind in the data (${obj.kind}) does not match the expected kind (${rt.kind})`);
  obj.metadata ??= { name: '' };
  const dec = decodeError(rt, obj);
  if (dec) throw dec;
  const unknown = unknownFields(rt, obj);
  if (unknown.length) {
    const mode = validationMode(req.query);
    if (mode === 'Strict') throw strictDecodingError(rt, obj.apiVersion, unknown);
    if (mode === 'Warn') warnings.push(...unknown.map((p) => `unknown field "${p}"`));
    dropFields(obj, unknown);
  } else validationMode(req.query);
  return obj;
}

function checkNamespace(ctx: CrudContext, route: ResourceRoute, obj: KubeObject): void {
  if (!route.rt.namespaced) {
    delete obj.metadata.namespace;
    return;
  }
  const ns = route.namespace as string;
  if (obj.metadata.namespace && obj.metadata.namespace !== ns) {
    throw badRequest('the namespace of the provided object does not match the namespace sent on the request');
  }
  obj.metadata.namespace = ns;
  if (!ctx.store.get(NAMESPACES, undefined, ns)) throw namespaceNotFound(ns);
}

function specOf(o: KubeObject | undefined): JsonObject {
  if (!o) return {};
  const { metadata: _m, status: _s, apiVersion: _a, kind: _k, ...rest } = o;
  return rest;
}

function withoutTimes(o: KubeObject): KubeObject {
  const c = clone(o);
  const mf = c.metadata['managedFields'];
  if (Array.isArray(mf)) for (const e of mf) if (isPlainObject(e)) delete e['time'];
  delete c.metadata['resourceVersion'];
  return c;
}

/** Common tail of every write: defaults, validation, server metadata, storage (unless dry-run). */
function commit(
  ctx: CrudContext,
  req: CrudRequest,
  old: KubeObject | undefined,
  next: KubeObject,
  isDryRun: boolean,
  track?: (next: KubeObject) => void,
): { obj: KubeObject; created: boolean } {
  const { rt } = req.route;
  applyDefaults(rt, next, old, ctx.alloc);
  // Non-apply writers own what they changed, defaults included (appliers own only what they sent).
  track?.(next);
  const errs = validateObject(rt, next);
  if (errs.length) throw invalidFor(rt, next.metadata.name || next.metadata['generateName'] as string || '', errs);
  const md = next.metadata;
  if (old) {
    md['uid'] = old.metadata['uid'];
    md['creationTimestamp'] = old.metadata['creationTimestamp'];
    if (rt.custom) {
      const gen = Number(old.metadata['generation'] ?? 1);
      md['generation'] = deepEqual(specOf(old), specOf(next)) ? gen : gen + 1;
    }
    md['resourceVersion'] = old.metadata['resourceVersion'];
    if (deepEqual(withoutTimes(old), withoutTimes(next))) return { obj: old, created: false }; // no-op: no write, same resourceVersion
  } else {
    md['uid'] = ctx.store.newUid();
    md['creationTimestamp'] = now();
    if (rt.custom) md['generation'] = 1;
    delete md['resourceVersion'];
  }
  if (isDryRun) return { obj: next, created: !old };
  const stored = ctx.store.put(rt, next);
  if (!old && rt === NAMESPACES) ctx.onNamespaceCreated(stored.metadata.name);
  return { obj: asVersion(stored, rt, req.route.version), created: !old };
}

function stripServerFields(obj: KubeObject): void {
  for (const k of ['uid', 'creationTimestamp', 'generation', 'selfLink', 'deletionTimestamp', 'deletionGracePeriodSeconds']) delete obj.metadata[k];
}

function generateName(prefix: string): string {
  const chars = 'bcdfghjklmnpqrstvwxz2456789';
  let s = '';
  for (let i = 0; i < 5; i++) s += chars[Math.floor(Math.random() * chars.length)];
  return prefix + s;
}


export function create(ctx: CrudContext, req: CrudRequest): CrudResult {
  const { rt } = req.route;
  if (req.route.name) throw new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
  const isDryRun = dryRun(req.query);
  const warnings: string[] = [];
  const obj = incoming(req, parseBody(req, false), warnings);
  checkNamespace(ctx, req.route, obj);
  if (obj.metadata['resourceVersion']) throw badRequest('resourceVersion should not be set on objects to be created');
  if (!obj.metadata.name && typeof obj.metadata['generateName'] === 'string') obj.metadata.name = generateName(obj.metadata['generateName']);
  stripServerFields(obj);
  delete obj.metadata['managedFields'];
  if (rt.statusSubresource) delete obj['status'];
  const errs = validateObject(rt, obj);
  if (errs.length) throw invalidFor(rt, obj.metadata.name ?? '', errs);
  if (ctx.store.get(rt, obj.metadata.namespace, obj.metadata.name)) throw alreadyExists(rt, obj.metadata.name);
  const track = (n: KubeObject) => trackUpdate(undefined, n, { manager: manager(req), apiVersion: obj.apiVersion, scope: scopeFor(rt, undefined) });
  const { obj: out } = commit(ctx, req, undefined, obj, isDryRun, track);
  return { status: 201, body: out, warnings };
}

function preconditions(rt: ResourceType, old: KubeObject | undefined, obj: KubeObject, name: string): void {
  const rv = obj.metadata['resourceVersion'];
  if (rv && (!old || rv !== old.metadata['resourceVersion'])) {
    if (!old) throw notFound(rt, name);
    throw staleResourceVersion(rt, name);
  }
  const uid = obj.metadata['uid'];
  if (uid && old && uid !== old.metadata['uid']) {
    throw new ApiError(409, 'Conflict', `Precondition failed: UID in precondition: ${String(uid)}, UID in object meta: ${String(old.metadata['uid'])}`, {
      name,
      ...(rt.group ? { group: rt.group } : {}),
      kind: rt.plural,
    });
  }
}

function checkName(obj: KubeObject, route: ResourceRoute): void {
  const name = route.name as string;
  if (!obj.metadata.name) obj.metadata.name = name;
  if (obj.metadata.name !== name) throw badRequest(`the name of the object (${obj.metadata.name}) does not match the name on the URL (${name})`);
}

/** The object a write of `sub` leads to: /status writes change status only, main writes keep status. */
function combine(rt: ResourceType, sub: string | undefined, old: KubeObject, written: KubeObject): KubeObject {
  if (sub === 'status') {
    const next = clone(old);
    if (written['status'] === undefined) delete next['status'];
    else next['status'] = written['status'];
    next.metadata['managedFields'] = written.metadata['managedFields'] ?? old.metadata['managedFields'];
    return next;
  }
  if (rt.statusSubresource) {
    if (old['status'] === undefined) delete written['status'];
    else written['status'] = clone(old['status']);
  }
  return written;
}

export function update(ctx: CrudContext, req: CrudRequest): CrudResult {
  const { rt, namespace, name, version, subresource } = req.route;
  if (subresource && subresource !== 'status') throw new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
  const isDryRun = dryRun(req.query);
  const warnings: string[] = [];
  const obj = incoming(req, parseBody(req, false), warnings);
  checkName(obj, req.route);
  if (rt.namespaced) checkNamespace(ctx, req.route, obj);
  const old = ctx.store.get(rt, namespace, name as string, version);
  if (!old) throw notFound(rt, name as string);
  preconditions(rt, old, obj, name as string);
  stripServerFields(obj);
  const next = combine(rt, subresource, old, obj);
  const track = (n: KubeObject) => trackUpdate(old, n, { manager: manager(req), apiVersion: obj.apiVersion, scope: scopeFor(rt, subresource) });
  const { obj: out } = commit(ctx, req, old, next, isDryRun, track);
  return { status: 200, body: out, warnings };
}

export function patch(ctx: CrudContext, req: CrudRequest): CrudResult {
  const { rt, namespace, name, version, subresource } = req.route;
  if (subresource && subresource !== 'status') throw new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
  const mt = mediaType(req.contentType);
  const accepted = rt.custom ? [PATCH_TYPES.json, PATCH_TYPES.merge, PATCH_TYPES.apply] : Object.values(PATCH_TYPES);
  if (!(accepted as string[]).includes(mt)) {
    throw new ApiError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: ${accepted.join(', ')}`);
  }
  const isDryRun = dryRun(req.query);
  const isApply = mt === PATCH_TYPES.apply;
  const force = req.query['force'];
  if (force !== undefined && !isApply) {
    throw invalid('PatchOptions', 'meta.k8s.io', '', [{ type: 'FieldValueForbidden', field: 'force', detail: 'may not be specified for non-apply patch' }]);
  }
  if (isApply && !req.query['fieldManager']) {
    throw invalid('PatchOptions', 'meta.k8s.io', '', [{ type: 'FieldValueRequired', field: 'fieldManager', detail: 'is required for apply patch' }]);
  }
  const warnings: string[] = [];
  const old = ctx.store.get(rt, namespace, name as string, version);
  const mgr = manager(req);
  const scope = scopeFor(rt, subresource);

  if (isApply) {
    const config = incoming(req, parseBody(req, true), warnings, true);
    checkName(config, req.route);
    if (rt.namespaced) checkNamespace(ctx, req.route, config);
    if (config.metadata['managedFields'] !== undefined) throw badRequest('metadata.managedFields must be nil');
    preconditions(rt, old, config, name as string);
    if (!old && subresource === 'status') throw notFound(rt, name as string);
    stripServerFields(config);
    delete config.metadata['resourceVersion'];
    const merged = serverSideApply(old, config, { manager: mgr, force: force === 'true', scope });
    const next = old ? combine(rt, subresource, old, merged) : merged;
    if (!old && rt.statusSubresource) delete next['status'];
    const { obj: out, created } = commit(ctx, req, old, next, isDryRun);
    return { status: created ? 201 : 200, body: out, warnings };
  }

  if (!old) throw notFound(rt, name as string);
  const body = parseBody(req, false);
  const patched = (mt === PATCH_TYPES.json ? jsonPatch(old, body) : mergePatch(old, body)) as KubeObject;
  const obj = incoming(req, patched, warnings);
  obj.metadata.name = old.metadata.name;
  if (rt.namespaced) obj.metadata.namespace = old.metadata.namespace as string;
  preconditions(rt, old, obj, name as string);
  stripServerFields(obj);
  const next = combine(rt, subresource, old, obj);
  const track = (n: KubeObject) => trackUpdate(old, n, { manager: mgr, apiVersion: obj.apiVersion, scope });
  const { obj: out } = commit(ctx, req, old, next, isDryRun, track);
  return { status: 200, body: out, warnings };
}

function deleteOptions(req: CrudRequest): JsonObject {
  if (req.body.length === 0) return {};
  const b = parseBody(req, false);
  return isPlainObject(b) ? b : {};
}

export function remove(ctx: CrudContext, req: CrudRequest): CrudResult {
  const { rt, namespace, name, version } = req.route;
  const opts = deleteOptions(req);
  const isDryRun = dryRun(req.query) || (Array.isArray(opts['dryRun']) && opts['dryRun'].includes('All'));
  const policy = req.query['propagationPolicy'] ?? (opts['propagationPolicy'] as string | undefined);
  if (policy !== undefined && !['Orphan', 'Background', 'Foreground'].includes(policy)) {
    throw invalid('DeleteOptions', 'meta.k8s.io', '', [
      { type: 'FieldValueNotSupported', field: 'propagationPolicy', value: policy, detail: 'supported values: "Foreground", "Background", "Orphan", "nil"' },
    ]);
  }
  const old = ctx.store.get(rt, namespace, name as string, version);
  if (!old) throw notFound(rt, name as string);
  const pre = (opts['preconditions'] ?? {}) as JsonObject;
  if (pre['uid'] && pre['uid'] !== old.metadata['uid']) {
    throw new ApiError(409, 'Conflict', `Precondition failed: UID in precondition: ${String(pre['uid'])}, UID in object meta: ${String(old.metadata['uid'])}`);
  }
  if (pre['resourceVersion'] && pre['resourceVersion'] !== old.metadata['resourceVersion']) throw staleResourceVersion(rt, name as string);
  if (rt === NAMESPACES) {
    // The namespace controller's work, done at once: contents go, then the namespace.
    if (!isDryRun) {
      ctx.store.purgeNamespace(old.metadata.name);
      ctx.store.delete(rt, undefined, old.metadata.name);
    }
    const terminating = clone(old);
    terminating.metadata['deletionTimestamp'] = now();
    terminating['status'] = { phase: 'Terminating' };
    return { status: 200, body: terminating };
  }
  const gone = isDryRun ? old : asVersion(ctx.store.delete(rt, namespace, name as string) as KubeObject, rt, version);
  if (rt.custom) return { status: 200, body: gone };
  return {
    status: 200,
    body: {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Success',
      details: { name, ...(rt.group ? { group: rt.group } : {}), kind: rt.plural, uid: old.metadata['uid'] },
    },
  };
}

export function removeCollection(ctx: CrudContext, req: CrudRequest): CrudResult {
  const { rt } = req.route;
  if (rt === NAMESPACES) throw new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
  const isDryRun = dryRun(req.query);
  const items = listItems(ctx, req.route, req.query);
  if (!isDryRun) for (const o of items) ctx.store.delete(rt, o.metadata.namespace, o.metadata.name);
  return { status: 200, body: { kind: `${rt.kind}List`, apiVersion: requestApiVersion(req.route), metadata: { resourceVersion: ctx.store.currentResourceVersion() }, items } };
}

/** POST .../serviceaccounts/NAME/token: a TokenRequest, answered with a signed JWT (201). */
