// Label selectors (=, ==, !=, in, notin, exists, !exists) and field selectors (metadata.name,
// metadata.namespace) for LIST and WATCH, with the real server's 400 for unsupported fields.
import { badRequest } from './status.js';
import type { KubeObject } from './types.js';

type Req = (labels: Record<string, string>) => boolean;

function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((x) => x.trim()).filter((x) => x !== '');
}

export function parseLabelSelector(sel: string | undefined): Req {
  if (!sel) return () => true;
  const reqs: Req[] = splitTopLevel(sel).map((r) => {
    let m = /^([^\s!=()]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(r);
    if (m) {
      const [, key, op, list] = m as unknown as [string, string, string, string];
      const values = list.split(',').map((v) => v.trim());
      return op === 'in' ? (l) => key in l && values.includes(l[key] as string) : (l) => !(key in l) || !values.includes(l[key] as string);
    }
    m = /^([^\s!=()]+)\s*(==|=|!=)\s*([^\s!=()]*)$/.exec(r);
    if (m) {
      const [, key, op, value] = m as unknown as [string, string, string, string];
      return op === '!=' ? (l) => l[key] !== value : (l) => l[key] === value;
    }
    m = /^(!?)([^\s!=()]+)$/.exec(r);
    if (m) {
      const [, not, key] = m as unknown as [string, string, string];
      return not ? (l) => !(key in l) : (l) => key in l;
    }
    throw badRequest(`unable to parse requirement: found '${r}', expected: !, identifier, or 'end of string'`);
  });
  return (labels) => reqs.every((r) => r(labels));
}

export function parseFieldSelector(sel: string | undefined, kind: string): (o: KubeObject) => boolean {
  if (!sel) return () => true;
  const reqs = splitTopLevel(sel).map((r) => {
    const m = /^([^=!]+)(==|=|!=)(.*)$/.exec(r);
    if (!m) throw badRequest(`invalid selector: '${sel}'; can't understand '${r}'`);
    const [, field, op, value] = m as unknown as [string, string, string, string];
    const get = (o: KubeObject): string | undefined => {
      if (field === 'metadata.name') return o.metadata.name;
      if (field === 'metadata.namespace') return o.metadata.namespace ?? '';
      if (kind === 'Secret' && field === 'type') return (o['type'] as string | undefined) ?? 'Opaque';
      return undefined;
    };
    if (!['metadata.name', 'metadata.namespace'].includes(field) && !(kind === 'Secret' && field === 'type')) {
      throw badRequest(`"${field}" is not a known field selector: only "metadata.name", "metadata.namespace"`);
    }
    return (o: KubeObject) => (op === '!=' ? get(o) !== value : get(o) === value);
  });
  return (o) => reqs.every((r) => r(o));
}
