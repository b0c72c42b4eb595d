// Shared types of the Kubernetes API stand-in (see ../kube-api-server.ts).

// The same object shape the action renders and applies.
export type { KubeObject } from '../../../src/plan/kube-object.js';

export interface RequestRecord {
  time: Date;
  method: string;
  path: string;
  query: Record<string, string>;
  dryRun: boolean;
  fieldManager?: string;
  contentType?: string;
  status: number;
  userAgent?: string;
}

/** A failure answered (as a metav1.Status) before normal handling of a matching request. */
export interface Fault {
  /** HTTP method to match (any when absent). */
  method?: string;
  /** URL path to match: a RegExp is tested against the path, a string must equal it. Any when absent. */
  path?: RegExp | string;
  /** HTTP status code of the answer; the Status reason follows from it (503 -> ServiceUnavailable...). */
  status: number;
  /** How many requests it answers before it is used up (default: until clearFaults()). */
  times?: number;
  /** Sets the Retry-After header and details.retryAfterSeconds, as the real server does for 429/503. */
  retryAfterSeconds?: number;
  /** Wait this long before answering (to test client timeouts). */
  delayMs?: number;
  message?: string;
}

export interface IstioSeed {
  rootCertPem: string;
  gatewayAddress?: string;
  gatewayHostname?: string;
  hub?: string;
  tag?: string;
  clusterName?: string;
  network?: string;
  meshId?: string;
  trustDomain?: string;
  omit?: Array<'mesh-config' | 'injector' | 'root-cert' | 'gateway'>;
}

export type JsonObject = Record<string, unknown>;

export function isPlainObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function clone<T>(v: T): T {
  return structuredClone(v);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    return ka.every((k) => Object.hasOwn(b, k) && deepEqual(a[k], b[k]));
  }
  return false;
}
