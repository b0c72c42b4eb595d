// POST .../serviceaccounts/NAME/token: the TokenRequest subresource. Like the real server:
// the ServiceAccount must exist (404), expirationSeconds defaults to 3600 and must be at least
// 600 (422), audiences default to the API server's; the answer (201) holds a signed JWT.
import { invalid, notFound, badRequest } from './status.js';
import { ISSUER } from './tokens.js';
import { isPlainObject, type JsonObject } from './types.js';
import { dryRun, parseBody, type CrudContext, type CrudRequest, type CrudResult } from './request.js';

export function createToken(ctx: CrudContext, req: CrudRequest): CrudResult {
  const { rt, namespace, name } = req.route;
  dryRun(req.query);
  const raw = parseBody(req, false);
  if (!isPlainObject(raw)) throw badRequest('the object provided is unrecognized (must be of type TokenRequest)');
  if ((raw['apiVersion'] !== undefined && raw['apiVersion'] !== 'authentication.k8s.io/v1') || (raw['kind'] !== undefined && raw['kind'] !== 'TokenRequest')) {
    throw badRequest(`the API version in the data (${String(raw['apiVersion'])}) does not match the expected API version (authentication.k8s.io/v1)`);
  }
  const spec = (isPlainObject(raw['spec']) ? raw['spec'] : {}) as JsonObject;
  const sa = ctx.store.get(rt, namespace, name as string);
  if (!sa) throw notFound(rt, name as string);
  const audiences = Array.isArray(spec['audiences']) && spec['audiences'].length ? (spec['audiences'] as string[]) : [ISSUER];
  const expirationSeconds = spec['expirationSeconds'] === undefined || spec['expirationSeconds'] === null ? 3600 : Number(spec['expirationSeconds']);
  if (expirationSeconds < 600) {
    throw invalid('TokenRequest', 'authentication.k8s.io', name as string, [
      { type: 'FieldValueInvalid', field: 'spec.expirationSeconds', value: expirationSeconds, detail: 'may not specify a duration less than 10 minutes' },
    ]);
  }
  if (expirationSeconds > 2 ** 32) {
    throw invalid('TokenRequest', 'authentication.k8s.io', name as string, [
      { type: 'FieldValueTooLong', field: 'spec.expirationSeconds', value: expirationSeconds, detail: 'may not specify a duration larger than 2^32 seconds' },
    ]);
  }
  const { token, claims } = ctx.tokens.issue({
    namespace: namespace as string,
    serviceAccount: name as string,
    uid: String(sa.metadata['uid']),
    audiences,
    expirationSeconds,
  });
  return {
    status: 201,
    body: {
      kind: 'TokenRequest',
      apiVersion: 'authentication.k8s.io/v1',
      metadata: { name, namespace, creationTimestamp: null },
      spec: { audiences, expirationSeconds, boundObjectRef: spec['boundObjectRef'] ?? null },
      status: { token, expirationTimestamp: new Date(claims.exp * 1000).toISOString().replace(/\.\d+Z$/, 'Z') },
    },
  };
}
