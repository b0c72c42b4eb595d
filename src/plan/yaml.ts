import { stringify } from 'yaml';
import type { KubeObject } from './kube-object.js';

/** Multi-document YAML, as kubectl apply -f takes it. */
export function toYaml(objects: KubeObject[]): string {
  return objects.map((o) => stringify(o, { lineWidth: 0 })).join('---\n');
}
