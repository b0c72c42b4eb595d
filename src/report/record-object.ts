// One entry per object in the report: later steps update the entry the render step made.
import type { RenderedObject } from '../plan/kube-object.js';
import type { ObjectResult, RunResult } from './result.js';

export function findObject(result: RunResult, r: RenderedObject): ObjectResult | undefined {
  const { kind, metadata } = r.object;
  return result.objects.find((o) => o.kind === kind && o.name === metadata.name && o.namespace === metadata.namespace);
}

export function recordObject(result: RunResult, r: RenderedObject, action: ObjectResult['action']): ObjectResult {
  const { kind, metadata } = r.object;
  let entry = findObject(result, r);
  if (!entry) {
    entry = { kind, name: metadata.name, namespace: metadata.namespace, action, source: r.source };
    result.objects.push(entry);
  }
  entry.action = action;
  return entry;
}
