// In-memory storage of the stand-in: one copy per object whatever version it was written in
// (like etcd behind a CRD with several served versions), a global resourceVersion counter,
// and change events for watches.
import { randomUUID } from 'node:crypto';
import type { ResourceType } from './resources.js';
import { apiVersionOf } from './resources.js';
import { clone, type KubeObject } from './types.js';

export type WatchEventType = 'ADDED' | 'MODIFIED' | 'DELETED';
export interface StoreEvent {
  type: WatchEventType;
  rt: ResourceType;
  object: KubeObject;
}

function key(rt: ResourceType, ns: string | undefined, name: string): string {
  return `${rt.group}/${rt.plural}/${rt.namespaced ? (ns ?? '') : ''}/${name}`;
}

export class Store {
  private readonly objects = new Map<string, { rt: ResourceType; obj: KubeObject }>();
  private rv = 1000;
  private readonly listeners = new Set<(e: StoreEvent) => void>();

  currentResourceVersion(): string {
    return String(this.rv);
  }

  newUid(): string {
    return randomUUID();
  }

  /** A copy of the stored object, its apiVersion set to the version asked for. */
  get(rt: ResourceType, ns: string | undefined, name: string, version = rt.versions[0] as string): KubeObject | undefined {
    const e = this.objects.get(key(rt, ns, name));
    return e ? asVersion(e.obj, rt, version) : undefined;
  }

  list(rt: ResourceType, ns: string | undefined, version = rt.versions[0] as string): KubeObject[] {
    const out: KubeObject[] = [];
    for (const e of this.objects.values()) {
      if (e.rt !== rt) continue;
      if (ns !== undefined && rt.namespaced && e.obj.metadata.namespace !== ns) continue;
      out.push(asVersion(e.obj, rt, version));
    }
    return out.sort((a, b) => `${a.metadata.namespace ?? ''}/${a.metadata.name}`.localeCompare(`${b.metadata.namespace ?? ''}/${b.metadata.name}`));
  }

  /** Stores the object (in the storage version) with a new resourceVersion; returns the stored copy. */
  put(rt: ResourceType, obj: KubeObject): KubeObject {
    const k = key(rt, obj.metadata.namespace, obj.metadata.name);
    const existed = this.objects.has(k);
    const stored = asVersion(obj, rt, rt.versions[0] as string);
    stored.metadata.resourceVersion = String(++this.rv);
    this.objects.set(k, { rt, obj: stored });
    this.emit({ type: existed ? 'MODIFIED' : 'ADDED', rt, object: clone(stored) });
    return clone(stored);
  }

  delete(rt: ResourceType, ns: string | undefined, name: string): KubeObject | undefined {
    const k = key(rt, ns, name);
    const e = this.objects.get(k);
    if (!e) return undefined;
    this.objects.delete(k);
    const gone = clone(e.obj);
    gone.metadata.resourceVersion = String(++this.rv);
    this.emit({ type: 'DELETED', rt, object: clone(gone) });
    return gone;
  }

  /** Removes every namespaced object of the namespace (the namespace controller, done at once). */
  purgeNamespace(ns: string): void {
    for (const e of [...this.objects.values()]) {
      if (e.rt.namespaced && e.obj.metadata.namespace === ns) this.delete(e.rt, ns, e.obj.metadata.name);
    }
  }

  subscribe(fn: (e: StoreEvent) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private emit(e: StoreEvent): void {
    for (const fn of this.listeners) fn(e);
  }
}

/** Version conversion for resources whose versions share a schema (Istio's): only apiVersion changes. */
export function asVersion(obj: KubeObject, rt: ResourceType, version: string): KubeObject {
  const c = clone(obj);
  c.apiVersion = apiVersionOf(rt.group, version);
  return c;
}
