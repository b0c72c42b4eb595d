// The reading verbs: GET one (404 NotFound like the real server), LIST with label/field
// selectors and limit/continue, as a Table when kubectl asks for one. Built-in lists carry
// kind/apiVersion only on the list, CRD lists on every item too, as in a real cluster.
import { parseFieldSelector, parseLabelSelector } from './selectors.js';
import { notFound } from './status.js';
import { toTable, wantsTable } from './table.js';
import type { KubeObject } from './types.js';
import type { ResourceRoute } from './router.js';
import { requestApiVersion, type CrudContext, type CrudRequest, type CrudResult } from './request.js';

export function get(ctx: CrudContext, req: CrudRequest): CrudResult {
  const { rt, namespace, name, version } = req.route;
  const obj = ctx.store.get(rt, namespace, name as string, version);
  if (!obj) throw notFound(rt, name as string);
  if (wantsTable(req.accept)) return { status: 200, body: toTable(rt, [obj], req.query['includeObject'], { resourceVersion: obj.metadata['resourceVersion'] }) };
  return { status: 200, body: obj };
}

export function listItems(ctx: CrudContext, route: ResourceRoute, q: Record<string, string>): KubeObject[] {
  const labels = parseLabelSelector(q['labelSelector']);
  const fields = parseFieldSelector(q['fieldSelector'], route.rt.kind);
  return ctx.store.list(route.rt, route.namespace, route.version).filter((o) => labels(o.metadata.labels ?? {}) && fields(o));
}

export function list(ctx: CrudContext, req: CrudRequest): CrudResult {
  const { rt } = req.route;
  let items = listItems(ctx, req.route, req.query);
  const meta: Record<string, unknown> = { resourceVersion: ctx.store.currentResourceVersion() };
  const start = req.query['continue'] ? Number(JSON.parse(Buffer.from(req.query['continue'], 'base64url').toString()).offset) : 0;
  const limit = Number(req.query['limit'] ?? 0);
  items = items.slice(start);
  if (limit > 0 && items.length > limit) {
    meta['continue'] = Buffer.from(JSON.stringify({ offset: start + limit })).toString('base64url');
    meta['remainingItemCount'] = items.length - limit;
    items = items.slice(0, limit);
  }
  if (wantsTable(req.accept)) return { status: 200, body: toTable(rt, items, req.query['includeObject'], meta) };
  const out = rt.custom ? items : items.map(({ apiVersion: _a, kind: _k, ...rest }) => rest);
  return { status: 200, body: { kind: `${rt.kind}List`, apiVersion: requestApiVersion(req.route), metadata: meta, items: out } };
}
