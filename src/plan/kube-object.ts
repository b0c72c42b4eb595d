// The minimal shape of a Kubernetes object the action renders and applies.
export interface KubeObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** Where a rendered object came from: built from inputs, or a file and line of the user's. */
export interface ObjectSource {
  origin: 'inputs' | 'manifest';
  file?: string;
  line?: number;
}

export interface RenderedObject {
  object: KubeObject;
  source: ObjectSource;
}

export function objectRef(o: KubeObject): string {
  return `${o.kind}/${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;
}
