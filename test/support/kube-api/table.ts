// meta.k8s.io/v1 Table responses, which `kubectl get` asks for (Accept: ...;as=Table;g=meta.k8s.io):
// Name, the kind's printer columns, and a human-readable Age computed server-side as the real
// server does; rows carry PartialObjectMetadata (includeObject=Metadata, the default).
import type { ResourceType } from './resources.js';
import type { KubeObject } from './types.js';

export function wantsTable(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((range) => {
    const params = new Map(range.split(';').slice(1).map((p) => p.trim().split('=') as [string, string]));
    return params.get('as') === 'Table' && params.get('g') === 'meta.k8s.io' && (params.get('v') === 'v1' || params.get('v') === 'v1beta1');
  });
}

export function humanDuration(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 === 0 ? `${m}m` : `${m}m${s % 60}s`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 8) return m % 60 === 0 ? `${h}h` : `${h}h${m % 60}m`;
  if (h < 48) return `${h}h`;
  const d = Math.floor(h / 24);
  if (d < 8) return h % 24 === 0 ? `${d}d` : `${d}d${h % 24}h`;
  return `${d}d`;
}

export function toTable(rt: ResourceType, items: KubeObject[], includeObject: string | undefined, listMeta: Record<string, unknown>): object {
  const columnDefinitions = [
    { name: 'Name', type: 'string', format: 'name', description: 'Name must be unique within a namespace.', priority: 0 },
    ...rt.columns.map((c) => ({ name: c.name, type: c.type === 'date' ? 'string' : c.type, format: c.format ?? '', description: c.description, priority: 0 })),
    { name: 'Age', type: 'string', format: '', description: 'CreationTimestamp is a timestamp representing the server time when this object was created.', priority: 0 },
  ];
  const rows = items.map((o) => {
    const created = Date.parse(String(o.metadata['creationTimestamp'] ?? ''));
    const cells = [o.metadata.name, ...rt.columns.map((c) => c.cell(o)), Number.isNaN(created) ? '<unknown>' : humanDuration(Date.now() - created)];
    const row: Record<string, unknown> = { cells };
    if (includeObject === 'Object') row['object'] = o;
    else if (includeObject !== 'None') row['object'] = { kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: o.metadata };
    return row;
  });
  return { kind: 'Table', apiVersion: 'meta.k8s.io/v1', metadata: listMeta, columnDefinitions, rows };
}
