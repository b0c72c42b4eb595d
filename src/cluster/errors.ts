// Kubernetes API failures turned into what was being done, to what, and what to try.
// The API's own metav1.Status message is kept; the response headers and body are not
// echoed whole (they can be long and are useless in a log).
import { ApiException } from '@kubernetes/client-node';
import { StepError } from '../pipeline/step-error.js';

interface Status {
  message?: string;
  reason?: string;
  code?: number;
  details?: { causes?: Array<{ field?: string; message?: string }> };
}

export function statusOf(err: unknown): { code: number; status: Status } | undefined {
  if (!(err instanceof ApiException)) return undefined;
  let body: unknown = err.body;
  if (typeof body === 'string') {
    const text = body;
    try {
      body = JSON.parse(text);
    } catch {
      body = { message: text.slice(0, 300) };
    }
  }
  return { code: err.code, status: (body ?? {}) as Status };
}

const HINTS: Record<number, string> = {
  401: 'the kubeconfig credentials were rejected: check that its token or client certificate is current',
  403: 'the kubeconfig identity lacks RBAC permission for this: grant it (see the README for the role the action needs)',
  404: 'check the name and namespace, and that the Istio CRDs are installed',
  409: 'another field manager owns these fields: change them with the tool that owns them, or remove that manager',
  422: 'the object is invalid: fix the field named above',
  429: 'the API server is throttling: retry later',
};

/** `doing` reads like "apply WorkloadEntry demo/backend-vm". */
export function clusterError(doing: string, err: unknown): StepError {
  const s = statusOf(err);
  if (!s) {
    const cause = err instanceof Error ? err.message : String(err);
    return new StepError(`${doing}: ${cause.split('\n')[0]}`, 'check that the API server in the kubeconfig is reachable from here');
  }
  const causes = (s.status.details?.causes ?? []).map((c) => `${c.field ?? ''}${c.field ? ': ' : ''}${c.message ?? ''}`).filter(Boolean);
  const message = `${doing}: HTTP ${s.code}${s.status.reason ? ` ${s.status.reason}` : ''}: ${s.status.message ?? 'no message'}${causes.length ? ` (${causes.join('; ')})` : ''}`;
  return new StepError(message, HINTS[s.code] ?? (s.code >= 500 ? 'the API server failed: retry later' : undefined));
}

export function isNotFound(err: unknown): boolean {
  return statusOf(err)?.code === 404;
}
