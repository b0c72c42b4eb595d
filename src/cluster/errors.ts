// Kubernetes API failures turned into what was being done, to what, and what to try.
// The API's own metav1.Status message is kept; the response headers and body are not
// echoed whole (they can be long and are useless in a log). A refusal is recognised by its
// shape (cluster/kube-api.ts), not by the client's class: importing that would load the client
// with the first module that reads an error.
import { formatDuration } from '../config/duration.js';
import { StepError } from '../pipeline/step-error.js';

interface Status {
  message?: string;
  reason?: string;
  code?: number;
  details?: { causes?: Array<{ field?: string; message?: string }> };
}

/**
 * An answer of the API server other than 2xx, as the client throws it (its ApiException): an
 * Error with the HTTP status as a number `code` (a system error's `code` is text), the
 * response's `body` and `headers`.
 */
function apiError(err: unknown): { code: number; body: unknown } | undefined {
  if (!(err instanceof Error) || !('body' in err) || !('headers' in err)) return undefined;
  const code = (err as { code?: unknown }).code;
  return typeof code === 'number' && Number.isInteger(code) && code >= 100 && code <= 599 ? { code, body: err.body } : undefined;
}

export function statusOf(err: unknown): { code: number; status: Status } | undefined {
  const api = apiError(err);
  if (!api) return undefined;
  let body: unknown = api.body;
  if (typeof body === 'string') {
    const text = body;
    try {
      body = JSON.parse(text);
    } catch {
      body = { message: text.slice(0, 300) };
    }
  }
  return { code: api.code, status: (body ?? {}) as Status };
}

const HINTS: Record<number, string> = {
  401: 'the kubeconfig credentials were rejected: check that its token or client certificate is current',
  403: 'the kubeconfig identity lacks RBAC permission for this: grant it (deploy/rbac.yaml holds the role the action needs; docs/security.md, "Least privilege", explains it)',
  404: 'check the name and namespace, and that the Istio CRDs are installed',
  409: 'another field manager owns these fields: change them with the tool that owns them, or remove that manager',
  422: 'the object is invalid: fix the field named above',
  429: 'the API server is throttling: retry later',
};

/**
 * What RBAC refused, from the authorizer's own words (apiserver's forbiddenMessage: `User "u"
 * cannot VERB resource "RES[/SUB]" in API group "G" in the namespace "NS"` or `at the
 * cluster scope`); the Status details only name the resource, never the verb.
 */
export interface Forbidden {
  user: string;
  verb: string;
  resource: string;
  group: string;
  /** Empty: cluster scope. */
  namespace: string;
}

export function parseForbidden(message: string): Forbidden | undefined {
  const m =
    /User "([^"]*)" cannot (\S+) resource "([^"]+)" in API group "([^"]*)" (?:in the namespace "([^"]+)"|at the cluster scope)/.exec(
      message,
    );
  if (!m) return undefined;
  return { user: m[1] ?? '', verb: m[2] ?? '', resource: m[3] ?? '', group: m[4] ?? '', namespace: m[5] ?? '' };
}

function forbiddenHint(f: Forbidden): string {
  const group = f.group ? `API group ${f.group}` : 'the core API group';
  const where = f.namespace ? `in namespace ${f.namespace}` : 'at the cluster scope (a ClusterRole)';
  return `grant verb "${f.verb}" on resource "${f.resource}" (${group}) ${where} to ${f.user || 'the kubeconfig identity'}: deploy/rbac.yaml holds every permission the action needs`;
}

/** A request the API server did not answer within api-timeout (thrown by the cluster client). */
export class ApiTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no answer from the API server within ${formatDuration(timeoutMs)}`);
    this.name = 'ApiTimeout';
  }
}

function hintFor(code: number, message: string): string | undefined {
  if (code === 403) {
    const f = parseForbidden(message);
    return f ? forbiddenHint(f) : HINTS[403];
  }
  // kube-apiserver answers a field its schema lacks in a server-side apply with a 500 from
  // building the typed patch: a fault of the object, which no retry cures.
  if (code === 500 && /field not declared in schema/.test(message)) {
    return "a field of this object is not in its kind's schema on this API server (a misspelt field, or a field of a newer CRD version than the one installed): fix or remove the field named above; retrying will not help";
  }
  return HINTS[code] ?? (code >= 500 ? 'the API server failed: retry later' : undefined);
}

const NETWORK_HINTS: Record<string, string> = {
  ECONNREFUSED: 'nothing listens there: check the server URL in the kubeconfig (host and port) and that the API server runs',
  ENOTFOUND: "the server's host name does not resolve from here: check the server URL in the kubeconfig and DNS",
  EHOSTUNREACH: 'no route to the server from here: check the network between this machine and the API server',
  ENETUNREACH: 'no route to the server from here: check the network between this machine and the API server',
  ECONNRESET: 'the connection was cut: a proxy or firewall between here and the API server, or the server restarting',
};

/**
 * The system error under a request that never got an answer. client-node's fetch (undici)
 * throws TypeError "fetch failed" and keeps what happened in `cause` (code, address, port;
 * an AggregateError's `errors` when several addresses were tried): that is what says why.
 */
export function networkCause(err: unknown): { code: string; text: string } | undefined {
  for (
    let e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown } | undefined, depth = 0;
    e && depth < 5;
    e = e.cause as typeof e, depth++
  ) {
    const tried = Array.isArray(e.errors) ? (e.errors as Array<{ code?: unknown; address?: unknown; port?: unknown }>) : [];
    if (typeof e.code !== 'string' || !/^E[A-Z]+$|^[A-Z_]+$/.test(e.code)) continue;
    const at = (x: { address?: unknown; port?: unknown }) =>
      typeof x.address === 'string'
        ? `${x.address.includes(':') ? `[${x.address}]` : x.address}${x.port !== undefined ? `:${String(x.port)}` : ''}`
        : '';
    const places = [...new Set([at(e as { address?: unknown; port?: unknown }), ...tried.map(at)].filter(Boolean))];
    const message = typeof e.message === 'string' && e.message ? (e.message.split('\n')[0] ?? e.code) : e.code;
    // "connect ECONNREFUSED 127.0.0.1:6443" already says both; an AggregateError's message says neither.
    const text =
      message.includes(e.code) && places.every((p) => message.includes(p))
        ? message
        : `${e.code}${places.length ? ` ${places.join(', ')}` : ''}${message !== e.code ? ` (${message})` : ''}`;
    return { code: e.code, text };
  }
  return undefined;
}

/** `doing` reads like "apply WorkloadEntry demo/backend-vm". */
export function clusterError(doing: string, err: unknown): StepError {
  const s = statusOf(err);
  if (!s) {
    if (err instanceof ApiTimeout) {
      return new StepError(
        `${doing}: ${err.message}`,
        'the API server is overloaded or unreachable from here (a request that never returns); check it, or raise api-timeout if it is only slow',
      );
    }
    const net = networkCause(err);
    if (net)
      return new StepError(
        `${doing}: ${net.text}`,
        NETWORK_HINTS[net.code] ?? 'check that the API server in the kubeconfig is reachable from here',
      );
    const cause = err instanceof Error ? err.message : String(err);
    return new StepError(`${doing}: ${cause.split('\n')[0]}`, 'check that the API server in the kubeconfig is reachable from here');
  }
  const causes = (s.status.details?.causes ?? []).map((c) => `${c.field ?? ''}${c.field ? ': ' : ''}${c.message ?? ''}`).filter(Boolean);
  const message = `${doing}: HTTP ${s.code}${s.status.reason ? ` ${s.status.reason}` : ''}: ${s.status.message ?? 'no message'}${causes.length ? ` (${causes.join('; ')})` : ''}`;
  return new StepError(message, hintFor(s.code, `${s.status.message ?? ''} ${causes.join(' ')}`));
}

export function isNotFound(err: unknown): boolean {
  return statusOf(err)?.code === 404;
}
