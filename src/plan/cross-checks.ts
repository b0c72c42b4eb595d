// Checks across the whole rendered set that no single-object schema can make: the same
// object twice, objects outside the target namespace, and selectors that pick nothing.
import { meshLabels } from './effective-workload.js';
import type { KubeObject, ObjectSource, RenderedObject } from './kube-object.js';

export interface CrossProblem {
  rule: 'duplicate' | 'namespace-mismatch' | 'unselected-workload-entry' | 'unmatched-sidecar';
  message: string;
  refs: string[];
  source?: { file?: string; line?: number };
}

type Labels = Record<string, string>;

function groupOf(apiVersion: string): string {
  return apiVersion.includes('/') ? (apiVersion.split('/')[0] ?? '') : '';
}

/** Objects without a namespace land in the namespace input (render.ts does the same). */
function namespaceOf(o: KubeObject, namespace: string): string {
  return o.kind === 'Namespace' ? '' : o.metadata.namespace || namespace;
}

function refOf(o: KubeObject, namespace: string): string {
  const ns = namespaceOf(o, namespace);
  return `${o.kind}/${ns ? `${ns}/` : ''}${o.metadata.name}`;
}

function where(s: ObjectSource): string {
  if (s.origin === 'inputs') return 'built from the action inputs';
  return s.file ? `${s.file}${s.line ? `:${s.line}` : ''}` : 'a manifest';
}

function sourceOf(s: ObjectSource): CrossProblem['source'] {
  return s.origin === 'manifest' && s.file ? { file: s.file, ...(s.line ? { line: s.line } : {}) } : undefined;
}

function withSource(p: Omit<CrossProblem, 'source'>, s: ObjectSource): CrossProblem {
  const source = sourceOf(s);
  return source ? { ...p, source } : p;
}

function asLabels(v: unknown): Labels | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Labels) : undefined;
}

function spec(o: KubeObject): Record<string, unknown> {
  return asLabels(o.spec) ?? {};
}

function subsetOf(selector: Labels, labels: Labels): boolean {
  return Object.entries(selector).every(([k, v]) => labels[k] === v);
}

function showLabels(l: Labels): string {
  const s = Object.entries(l)
    .map(([k, v]) => `${k}=${v}`)
    .join(',');
  return s || '(none)';
}

function duplicates(objects: RenderedObject[], namespace: string): CrossProblem[] {
  const seen = new Map<string, RenderedObject[]>();
  for (const r of objects) {
    const o = r.object;
    // Versions of one group are one stored object: v1 and v1beta1 of a Sidecar collide.
    const key = `${groupOf(o.apiVersion)}|${o.kind}|${namespaceOf(o, namespace)}|${o.metadata.name}`;
    seen.set(key, [...(seen.get(key) ?? []), r]);
  }
  return [...seen.values()]
    .filter((rs) => rs.length > 1)
    .map((rs) => {
      const first = rs[0] as RenderedObject;
      const ref = refOf(first.object, namespace);
      return withSource(
        {
          rule: 'duplicate',
          message: `${ref} is defined ${rs.length} times (${rs.map((r) => where(r.source)).join(', ')}); the later one would overwrite the earlier: keep only one`,
          refs: [ref],
        },
        (rs[1] as RenderedObject).source,
      );
    });
}

function namespaceMismatches(objects: RenderedObject[], namespace: string): CrossProblem[] {
  return objects
    .filter((r) => r.object.kind !== 'Namespace' && r.object.metadata.namespace && r.object.metadata.namespace !== namespace)
    .map((r) => {
      const ref = refOf(r.object, namespace);
      return withSource(
        {
          rule: 'namespace-mismatch',
          message: `${ref} is in namespace "${r.object.metadata.namespace}" but the namespace input is "${namespace}": set metadata.namespace to "${namespace}" or remove it (it then defaults to the input), or change the namespace input`,
          refs: [ref],
        },
        r.source,
      );
    });
}

/** What a Service or Sidecar can select: the labels of WorkloadEntries and of a WorkloadGroup's entries-to-be. */
const WORKLOAD_KINDS = new Set(['WorkloadEntry', 'WorkloadGroup']);

function unselectedWorkloadEntries(objects: RenderedObject[], namespace: string): CrossProblem[] {
  const services = objects.filter((r) => r.object.kind === 'Service');
  const problems: CrossProblem[] = [];
  for (const r of objects.filter((x) => x.object.kind === 'WorkloadEntry')) {
    const ns = namespaceOf(r.object, namespace);
    const labels = meshLabels(r.object);
    // A Service without a selector gets no endpoints from the mesh, so it never selects.
    const selecting = services.filter((s) => {
      const selector = asLabels(spec(s.object).selector);
      return namespaceOf(s.object, namespace) === ns && selector && Object.keys(selector).length > 0 && subsetOf(selector, labels);
    });
    if (selecting.length > 0) continue;
    const ref = refOf(r.object, namespace);
    problems.push(
      withSource(
        {
          rule: 'unselected-workload-entry',
          message: `${ref} (labels ${showLabels(labels)}) is selected by no Service in namespace ${ns}, so nothing in the mesh routes to it: add a Service there whose spec.selector is a subset of these labels, or fix the WorkloadEntry's labels`,
          refs: [ref],
        },
        r.source,
      ),
    );
  }
  return problems;
}

function unmatchedSidecars(objects: RenderedObject[], namespace: string): CrossProblem[] {
  const entries = objects.filter((r) => WORKLOAD_KINDS.has(r.object.kind));
  const problems: CrossProblem[] = [];
  for (const r of objects.filter((x) => x.object.kind === 'Sidecar')) {
    const selector = asLabels(asLabels(spec(r.object).workloadSelector)?.labels);
    if (!selector || Object.keys(selector).length === 0) continue; // namespace-wide Sidecar
    const ns = namespaceOf(r.object, namespace);
    const matched = entries.some((e) => namespaceOf(e.object, namespace) === ns && subsetOf(selector, meshLabels(e.object)));
    if (matched) continue;
    const ref = refOf(r.object, namespace);
    problems.push(
      withSource(
        {
          rule: 'unmatched-sidecar',
          message: `${ref} selects ${showLabels(selector)} but no WorkloadEntry or WorkloadGroup in namespace ${ns} has these labels, so the VM's proxy will not get this configuration: make spec.workloadSelector.labels a subset of the workload's labels`,
          refs: [ref],
        },
        r.source,
      ),
    );
  }
  return problems;
}

export function crossChecks(objects: RenderedObject[], namespace: string): CrossProblem[] {
  return [
    ...duplicates(objects, namespace),
    ...namespaceMismatches(objects, namespace),
    ...unselectedWorkloadEntries(objects, namespace),
    ...unmatchedSidecars(objects, namespace),
  ];
}
