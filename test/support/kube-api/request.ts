// The request context shared by the resource verbs: what they are given (store, allocator,
// token issuer, parsed route, query, body) and the query/body conventions of the real server
// (dryRun=All only, fieldValidation Strict|Warn|Ignore, field manager from the User-Agent when
// absent, JSON/YAML/protobuf bodies).
import { parse as parseYaml } from 'yaml';
import type { Allocator } from './defaults.js';
import { decodeProtobufObject } from './protobuf.js';
import { apiVersionOf } from './resources.js';
import type { ResourceRoute } from './router.js';
import { badRequest } from './status.js';
import type { Store } from './store.js';
import type { TokenIssuer } from './tokens.js';

export interface CrudContext {
  store: Store;
  alloc: Allocator;
  tokens: TokenIssuer;
  /** Called after a Namespace is really created (not on dry-run): namespace controllers' work. */
  onNamespaceCreated(name: string): void;
}

export interface CrudRequest {
  route: ResourceRoute;
  query: Record<string, string>;
  body: Buffer;
  contentType: string | undefined;
  accept: string | undefined;
  userAgent: string | undefined;
}

export interface CrudResult {
  status: number;
  body: unknown;
  warnings?: string[];
}

export const PATCH_TYPES = {
  json: 'application/json-patch+json',
  merge: 'application/merge-patch+json',
  strategic: 'application/strategic-merge-patch+json',
  apply: 'application/apply-patch+yaml',
} as const;

export function mediaType(ct: string | undefined): string {
  return (ct ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

export function parseBody(req: CrudRequest, allowYaml: boolean): unknown {
  const mt = mediaType(req.contentType);
  if (mt === 'application/vnd.kubernetes.protobuf') return decodeProtobufObject(req.body);
  const text = req.body.toString('utf8');
  try {
    if (allowYaml || mt === 'application/yaml') return parseYaml(text) as unknown;
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw badRequest(`the object provided is unrecognized: couldn't get version/kind; json parse error: ${(e as Error).message.split('\n')[0]}`);
  }
}

export function dryRun(q: Record<string, string>): boolean {
  const v = q['dryRun'];
  if (v === undefined || v === '') return false;
  if (v !== 'All') throw badRequest(`Invalid dryRun value: unsupported dry run value "${v}", supported values: "All"`);
  return true;
}

export function validationMode(q: Record<string, string>): 'Strict' | 'Warn' | 'Ignore' {
  const v = q['fieldValidation'] ?? 'Warn';
  if (v !== 'Strict' && v !== 'Warn' && v !== 'Ignore') {
    throw badRequest(`fieldValidation parameter must be one of "Ignore", "Warn", or "Strict", got "${v}"`);
  }
  return v;
}

export function manager(req: CrudRequest): string {
  return req.query['fieldManager'] || (req.userAgent ?? 'unknown').split('/')[0] || 'unknown';
}

export function now(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}

export function requestApiVersion(r: ResourceRoute): string {
  return apiVersionOf(r.group, r.version);
}

/** An incoming object: kind/apiVersion must be the URL's, decode errors are 400, unknown fields per fieldValidation. */
