// Request handling of the stand-in: injected faults first, then bearer-token authentication
// (401 like the real server when the token is missing or unknown), authorization (the read-only
// user gets 403 on writes), non-resource endpoints (version, discovery, OpenAPI, health, JWKS),
// and the resource verbs. Every request is logged, errors are metav1.Status bodies.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { get, list } from './read.js';
import type { CrudContext, CrudRequest, CrudResult } from './request.js';
import { createToken } from './token-request.js';
import { create, patch, remove, removeCollection, update } from './write.js';
import {
  AGGREGATED_CONTENT_TYPE,
  aggregatedDiscovery,
  apiGroup,
  apiGroupList,
  apiResourceList,
  apiVersions,
  openApiV3Document,
  openApiV3Root,
  SERVER_VERSION,
  wantsAggregated,
} from './discovery.js';
import { OPENAPI_V2_PROTO, openApiV2Json, openApiV2Proto } from './openapi-v2.js';
import { groups } from './resources.js';
import { parseResourcePath } from './router.js';
import { ApiError, faultError, forbidden, unauthorized } from './status.js';
import { ISSUER } from './tokens.js';
import type { Fault, RequestRecord } from './types.js';
import { startWatch } from './watch.js';

export interface Users {
  admin: { token: string; name: string };
  readOnly: { token: string; name: string };
}

const VERB_BY_METHOD: Record<string, string> = { POST: 'create', PUT: 'update', PATCH: 'patch', DELETE: 'delete' };
const MAX_BODY = 3 * 1024 * 1024;

export class KubeApiHandler {
  readonly requests: RequestRecord[] = [];
  private faults: Array<Fault & { left: number }> = [];

  constructor(
    private readonly ctx: CrudContext,
    private readonly users: Users,
    private readonly serverAddress: () => string,
  ) {}

  injectFault(f: Fault): void {
    this.faults.push({ ...f, left: f.times ?? Number.POSITIVE_INFINITY });
  }

  clearFaults(): void {
    this.faults = [];
  }

  private takeFault(method: string, path: string): Fault | undefined {
    const f = this.faults.find(
      (x) =>
        x.left > 0 &&
        (!x.method || x.method.toUpperCase() === method) &&
        (x.path === undefined || (typeof x.path === 'string' ? x.path === path : x.path.test(path))),
    );
    if (f) f.left--;
    return f;
  }

  handle(req: IncomingMessage, res: ServerResponse): void {
    const time = new Date();
    const url = new URL(req.url ?? '/', 'https://stand-in');
    const query = Object.fromEntries(url.searchParams);
    const method = (req.method ?? 'GET').toUpperCase();
    let recorded = false;
    const record = (status: number): void => {
      if (recorded) return;
      recorded = true;
      const fm = query['fieldManager'];
      const ct = req.headers['content-type'];
      const ua = req.headers['user-agent'];
      this.requests.push({
        time,
        method,
        path: url.pathname,
        query,
        dryRun: query['dryRun'] === 'All',
        ...(fm !== undefined ? { fieldManager: fm } : {}),
        ...(ct !== undefined ? { contentType: ct } : {}),
        status,
        ...(ua !== undefined ? { userAgent: ua } : {}),
      });
    };
    res.setHeader('Audit-Id', randomUUID());
    const send = (status: number, body: unknown, contentType = 'application/json', headers: Record<string, string | string[]> = {}): void => {
      record(status);
      const text = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
      res.writeHead(status, { 'Content-Type': contentType, 'Cache-Control': 'no-cache, private', ...headers });
      res.end(text);
    };
    const fail = (e: unknown): void => {
      const err = e instanceof ApiError ? e : new ApiError(500, 'InternalError', `Internal error occurred: ${(e as Error).message}`);
      const headers: Record<string, string> = {};
      if (err.details?.retryAfterSeconds !== undefined) headers['Retry-After'] = String(err.details.retryAfterSeconds);
      send(err.code, err.toStatus(), 'application/json', headers);
    };

    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => {
      void this.route(req, url, query, method, Buffer.concat(chunks), res, send, record).catch(fail);
    });
    req.on('error', () => res.destroy());
  }

  private async route(
    req: IncomingMessage,
    url: URL,
    query: Record<string, string>,
    method: string,
    body: Buffer,
    res: ServerResponse,
    send: (status: number, body: unknown, contentType?: string, headers?: Record<string, string | string[]>) => void,
    record: (status: number) => void,
  ): Promise<void> {
    const fault = this.takeFault(method, url.pathname);
    if (fault) {
      if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      throw faultError(fault.status, fault.message, fault.retryAfterSeconds);
    }
    const auth = req.headers.authorization ?? '';
    const token = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
    const user = token === this.users.admin.token ? this.users.admin : token === this.users.readOnly.token ? this.users.readOnly : undefined;
    if (!user) throw unauthorized();

    const path = url.pathname.replace(/\/+$/, '') || '/';
    const accept = req.headers.accept;
    if (method === 'GET') {
      const plain = this.nonResource(path, accept);
      if (plain) return send(200, plain.body, plain.contentType);
    }
    const route = parseResourcePath(path);
    if (!route) {
      if (['/api', '/apis', '/version', '/openapi/v2', '/openapi/v3'].includes(path) || path.startsWith('/api/') || path.startsWith('/apis/')) {
        throw new ApiError(method === 'GET' ? 404 : 405, method === 'GET' ? 'NotFound' : 'MethodNotAllowed', method === 'GET' ? 'the server could not find the requested resource' : 'the server does not allow this method on the requested resource', {});
      }
      throw new ApiError(404, 'NotFound', 'the server could not find the requested resource', {});
    }
    const verb = method === 'GET' ? (route.name ? 'get' : query['watch'] === 'true' || query['watch'] === '1' ? 'watch' : 'list') : (VERB_BY_METHOD[method] ?? 'unknown');
    if (user === this.users.readOnly && !['get', 'list', 'watch'].includes(verb)) {
      throw forbidden(user.name, route.name || method !== 'DELETE' ? verb : 'deletecollection', route.rt, route.name, route.namespace, route.subresource);
    }
    const creq: CrudRequest = {
      route,
      query,
      body,
      contentType: req.headers['content-type'],
      accept,
      userAgent: req.headers['user-agent'],
    };
    let result: CrudResult;
    switch (method) {
      case 'GET':
        if (verb === 'watch') {
          startWatch(this.ctx, route, query, accept, res);
          return record(200);
        }
        if (route.subresource && route.subresource !== 'status') throw new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
        result = route.name ? get(this.ctx, creq) : list(this.ctx, creq);
        break;
      case 'POST':
        if (route.subresource === 'token' && route.rt.plural === 'serviceaccounts') result = createToken(this.ctx, creq);
        else if (route.subresource) throw new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
        else result = create(this.ctx, creq);
        break;
      case 'PUT':
        result = update(this.ctx, creq);
        break;
      case 'PATCH':
        result = patch(this.ctx, creq);
        break;
      case 'DELETE':
        result = route.name ? remove(this.ctx, creq) : removeCollection(this.ctx, creq);
        break;
      default:
        throw new ApiError(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource');
    }
    const headers: Record<string, string[]> = {};
    if (result.warnings?.length) headers['Warning'] = result.warnings.map((w) => `299 - ${JSON.stringify(w)}`);
    send(result.status, result.body, 'application/json', headers);
  }

  private nonResource(path: string, accept: string | undefined): { body: unknown; contentType?: string } | undefined {
    switch (path) {
      case '/version':
        return { body: SERVER_VERSION };
      case '/healthz':
      case '/livez':
      case '/readyz':
        return { body: 'ok', contentType: 'text/plain; charset=utf-8' };
      case '/api':
        return wantsAggregated(accept) ? { body: aggregatedDiscovery(true), contentType: AGGREGATED_CONTENT_TYPE } : { body: apiVersions(this.serverAddress()) };
      case '/apis':
        return wantsAggregated(accept) ? { body: aggregatedDiscovery(false), contentType: AGGREGATED_CONTENT_TYPE } : { body: apiGroupList() };
      case '/openapi/v2':
        return (accept ?? '').includes('protobuf') ? { body: openApiV2Proto(), contentType: OPENAPI_V2_PROTO } : { body: openApiV2Json() };
      case '/openapi/v3':
        return { body: openApiV3Root() };
      case '/.well-known/openid-configuration':
        return {
          body: {
            issuer: ISSUER,
            jwks_uri: `https://${this.serverAddress()}/openid/v1/jwks`,
            response_types_supported: ['id_token'],
            subject_types_supported: ['public'],
            id_token_signing_alg_values_supported: ['RS256'],
          },
        };
      case '/openid/v1/jwks':
        return { body: this.ctx.tokens.jwks(), contentType: 'application/jwk-set+json' };
    }
    if (path.startsWith('/openapi/v3/')) {
      const doc = openApiV3Document(path.slice('/openapi/v3/'.length));
      return doc ? { body: doc } : undefined;
    }
    const segs = path.split('/').filter(Boolean);
    if (segs[0] === 'api' && segs.length === 2 && segs[1] === 'v1') return { body: apiResourceList('', 'v1') };
    if (segs[0] === 'apis' && segs.length === 2) {
      const g = apiGroup(segs[1] as string);
      return g ? { body: g } : undefined;
    }
    if (segs[0] === 'apis' && segs.length === 3 && groups().some((g) => g.group === segs[1] && g.versions.includes(segs[2] as string))) {
      return { body: apiResourceList(segs[1] as string, segs[2] as string) };
    }
    return undefined;
  }
}
