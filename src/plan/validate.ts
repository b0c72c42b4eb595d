// Offline schema validation of rendered objects (render mode, no cluster): the JSON
// schemas compiled into kubernetes-models and @kubernetes-models/istio, plus the name
// rules the API server enforces and the schemas do not.
import { AuthorizationPolicy } from '@kubernetes-models/istio/security.istio.io/v1/AuthorizationPolicy';
import { PeerAuthentication } from '@kubernetes-models/istio/security.istio.io/v1/PeerAuthentication';
import { DestinationRule } from '@kubernetes-models/istio/networking.istio.io/v1/DestinationRule';
import { Gateway } from '@kubernetes-models/istio/networking.istio.io/v1/Gateway';
import { ServiceEntry } from '@kubernetes-models/istio/networking.istio.io/v1/ServiceEntry';
import { Sidecar } from '@kubernetes-models/istio/networking.istio.io/v1/Sidecar';
import { VirtualService } from '@kubernetes-models/istio/networking.istio.io/v1/VirtualService';
import { WorkloadEntry } from '@kubernetes-models/istio/networking.istio.io/v1/WorkloadEntry';
import { WorkloadGroup } from '@kubernetes-models/istio/networking.istio.io/v1/WorkloadGroup';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Secret } from 'kubernetes-models/v1/Secret';
import { Service } from 'kubernetes-models/v1/Service';
import { ServiceAccount } from 'kubernetes-models/v1/ServiceAccount';
import type { KubeObject } from './kube-object.js';
import { fieldPath } from './object-diff.js';

export interface SchemaProblem {
  /** Dotted field path, e.g. spec.ports or spec.ingress[0].port.number. */
  path: string;
  message: string;
}

export interface ObjectValidation {
  /** Kind/namespace/name (Kind/name when the object has no namespace). */
  ref: string;
  valid: boolean;
  /** False when there is no offline schema for this apiVersion and kind: only names were checked. Not an error. */
  known: boolean;
  problems: SchemaProblem[];
  /** Set when known is false, to say so in a report. */
  note?: string;
}

interface ModelClass {
  apiVersion: string;
  kind: string;
  // `never`: each model types its own data; rendered objects are checked at run time.
  new (data: never): { validate(): void };
}

// Only the kinds onboarding deals with and the common Istio ones: each model pulls in a
// compiled schema (20-90 kB), so importing whole packages would bloat dist/.
const MODELS: ModelClass[] = [
  Namespace, ServiceAccount, Service, ConfigMap, Secret,
  WorkloadEntry, WorkloadGroup, Sidecar, ServiceEntry, Gateway, VirtualService, DestinationRule,
  AuthorizationPolicy, PeerAuthentication,
];

// Istio's CRDs serve every version with the same schema (the packaged v1, v1beta1 and
// v1alpha3 schemas are byte-identical bar their names), so one v1 model checks them all.
const SERVED_VERSIONS: Record<string, string[]> = {
  'networking.istio.io': ['v1', 'v1beta1', 'v1alpha3'],
  'security.istio.io': ['v1', 'v1beta1'],
};

const BY_TYPE = new Map<string, ModelClass>();
for (const model of MODELS) {
  const [group, version] = model.apiVersion.includes('/') ? model.apiVersion.split('/') as [string, string] : ['', model.apiVersion];
  for (const v of SERVED_VERSIONS[group] ?? [version]) BY_TYPE.set(`${group ? `${group}/` : ''}${v}|${model.kind}`, model);
}

/** The offline model for an apiVersion and kind, if the action carries one. */
export function modelFor(apiVersion: string, kind: string): ModelClass | undefined {
  return BY_TYPE.get(`${apiVersion}|${kind}`);
}

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

/** The API server's name rule for a kind (apimachinery's ValidateServiceName, ValidateNamespaceName, NameIsDNSSubdomain). */
function nameProblem(kind: string, name: string): string | undefined {
  if (kind === 'Service') {
    // Services become DNS labels, so the name must also start with a letter (RFC 1035).
    if (name.length > 63 || !DNS1035_LABEL.test(name)) return `"${name}" is not a valid Service name: at most 63 characters, lowercase letters, digits and '-', starting with a letter and ending with a letter or digit`;
  } else if (kind === 'Namespace') {
    if (name.length > 63 || !DNS1123_LABEL.test(name)) return `"${name}" is not a valid DNS-1123 label: at most 63 characters, lowercase letters, digits and '-', starting and ending with a letter or digit`;
  } else if (name.length > 253 || !DNS1123_SUBDOMAIN.test(name)) {
    return `"${name}" is not a valid DNS-1123 subdomain: at most 253 characters, lowercase letters, digits, '-' and '.', each part starting and ending with a letter or digit`;
  }
  return undefined;
}

function metadataProblems(o: KubeObject): SchemaProblem[] {
  const meta: Record<string, unknown> = typeof o.metadata === 'object' && o.metadata !== null ? o.metadata : {};
  const problems: SchemaProblem[] = [];
  if (typeof meta.name !== 'string' || meta.name === '') {
    problems.push({ path: 'metadata.name', message: 'is required' });
  } else {
    const p = nameProblem(o.kind, meta.name);
    if (p) problems.push({ path: 'metadata.name', message: p });
  }
  const ns = meta.namespace;
  if (typeof ns === 'string' && (ns.length > 63 || !DNS1123_LABEL.test(ns))) {
    problems.push({ path: 'metadata.namespace', message: `"${ns}" is not a valid namespace name (DNS-1123 label)` });
  }
  return problems;
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** "/spec/ports/0/port" -> ["spec", "ports", 0, "port"] (JSON pointer, RFC 6901 escapes). */
function pointerSegments(pointer: string): Array<string | number> {
  if (!pointer) return [];
  return pointer.slice(1).split('/').map((s) => {
    const key = s.replace(/~1/g, '/').replace(/~0/g, '~');
    return /^\d+$/.test(key) ? Number(key) : key;
  });
}

/**
 * Turns ajv errors into one problem per field. A oneOf/anyOf failure arrives as one
 * error per branch plus a summary; those collapse into "must be string or integer".
 */
function schemaProblems(errors: AjvError[]): SchemaProblem[] {
  const byPath = new Map<string, AjvError[]>();
  for (const e of errors) {
    let segments = pointerSegments(e.instancePath);
    // Point a missing or unknown field at the field itself, not at its parent.
    const field = e.params?.missingProperty ?? e.params?.additionalProperty;
    if (typeof field === 'string') segments = [...segments, field];
    const path = fieldPath(segments) || '(object)';
    byPath.set(path, [...(byPath.get(path) ?? []), e]);
  }
  const problems: SchemaProblem[] = [];
  for (const [path, errs] of byPath) {
    const alternatives = errs.some((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
    const types = errs.filter((e) => e.keyword === 'type').map((e) => String(e.params?.type));
    if (alternatives && types.length > 1) {
      problems.push({ path, message: `must be ${types.join(' or ')}` });
      continue;
    }
    const seen = new Set<string>();
    for (const e of errs) {
      if (alternatives && (e.keyword === 'oneOf' || e.keyword === 'anyOf') && errs.length > 1) continue;
      const message = describe(e);
      if (!seen.has(message)) problems.push({ path, message });
      seen.add(message);
    }
  }
  return problems;
}

function describe(e: AjvError): string {
  if (e.keyword === 'required') return 'is required';
  if (e.keyword === 'additionalProperties') return 'is not a known field';
  if (e.keyword === 'enum' && Array.isArray(e.params?.allowedValues)) return `must be one of ${e.params.allowedValues.join(', ')}`;
  return e.message ?? e.keyword;
}

function refOf(o: KubeObject): string {
  const meta: Record<string, unknown> = typeof o.metadata === 'object' && o.metadata !== null ? o.metadata : {};
  const ns = typeof meta.namespace === 'string' && meta.namespace ? `${meta.namespace}/` : '';
  return `${o.kind}/${ns}${String(meta.name ?? '(unnamed)')}`;
}

export function validateObject(o: KubeObject): ObjectValidation {
  const problems = metadataProblems(o);
  const Model = modelFor(o.apiVersion, o.kind);
  if (Model) {
    try {
      // The model is built at its own (v1) apiVersion: see SERVED_VERSIONS.
      new Model({ ...o, apiVersion: Model.apiVersion } as never).validate();
    } catch (err) {
      const errors = (err as { errors?: unknown }).errors;
      if (!Array.isArray(errors)) throw err;
      problems.push(...schemaProblems(errors as AjvError[]));
    }
  }
  return {
    ref: refOf(o),
    valid: problems.length === 0,
    known: Model !== undefined,
    problems,
    ...(Model ? {} : { note: `no offline schema for ${o.apiVersion} ${o.kind}: only its name was checked` }),
  };
}
