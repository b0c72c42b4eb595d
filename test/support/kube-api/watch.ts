// WATCH (?watch=true): newline-delimited JSON events over a chunked response, as the real
// server streams them. Without a resourceVersion (or with "0") the current objects come first as
// ADDED; sendInitialEvents=true ends them with the initial-events-end BOOKMARK (the streaming
// list kubectl's informers may use); then changes follow until timeoutSeconds or the client leaves.
import type { ServerResponse } from 'node:http';
import { listItems } from './read.js';
import type { CrudContext } from './request.js';
import type { ResourceRoute } from './router.js';
import { parseFieldSelector, parseLabelSelector } from './selectors.js';
import { asVersion } from './store.js';
import { apiVersionOf } from './resources.js';
import { toTable, wantsTable } from './table.js';
import type { KubeObject } from './types.js';

export function startWatch(ctx: CrudContext, route: ResourceRoute, q: Record<string, string>, accept: string | undefined, res: ServerResponse): void {
  const labels = parseLabelSelector(q['labelSelector']);
  const fields = parseFieldSelector(q['fieldSelector'], route.rt.kind);
  res.writeHead(200, { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked', 'Cache-Control': 'no-cache, private' });
  const table = wantsTable(accept);
  const send = (type: string, object: KubeObject): void => {
    // `kubectl get -w` asks for Tables: each event then carries a one-row Table, as the real server sends.
    const out = table && type !== 'BOOKMARK' ? toTable(route.rt, [object], q['includeObject'], { resourceVersion: object.metadata['resourceVersion'] }) : object;
    res.write(JSON.stringify({ type, object: out }) + '\n');
  };
  const rv = q['resourceVersion'];
  const initial = q['sendInitialEvents'] === 'true' || rv === undefined || rv === '' || rv === '0';
  if (initial) for (const o of listItems(ctx, route, q)) send('ADDED', o);
  if (q['sendInitialEvents'] === 'true') {
    send('BOOKMARK', {
      kind: route.rt.kind,
      apiVersion: apiVersionOf(route.group, route.version),
      metadata: { name: '', resourceVersion: ctx.store.currentResourceVersion(), annotations: { 'k8s.io/initial-events-end': 'true' } },
    });
  }
  const unsubscribe = ctx.store.subscribe((e) => {
    if (e.rt !== route.rt) return;
    if (route.namespace !== undefined && e.object.metadata.namespace !== route.namespace) return;
    const o = asVersion(e.object, route.rt, route.version);
    if (!labels(o.metadata.labels ?? {}) || !fields(o)) return;
    send(e.type, o);
  });
  const timeout = Number(q['timeoutSeconds'] ?? 0);
  const timer = timeout > 0 ? setTimeout(() => res.end(), timeout * 1000) : undefined;
  res.on('close', () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
  });
}
