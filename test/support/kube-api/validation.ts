// Validation of the stand-in, with the real server's field paths and messages for what the
// action writes: object names (DNS-1123 subdomain; label for Namespaces; DNS-1035 label for
// Services), labels, Service ports and type, ConfigMap keys, and the OpenAPI schema checks
// Istio's CRDs make (WorkloadEntry/WorkloadGroup ports must be a map of name -> number, address a
// string, "Address is required"...). Unknown fields are found as the schema pruning would.
import type { ResourceType } from './resources.js';
import { badRequest, type ApiError, type FieldError } from './status.js';
import { isPlainObject, type JsonObject, type KubeObject } from './types.js';

const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_1123 = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const QUALIFIED_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;

const MSG_SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const MSG_LABEL_1123 =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const MSG_LABEL_1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";
const MSG_LABEL_VALUE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const MSG_QUALIFIED =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const MSG_CONFIG_KEY =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

export function validateName(kind: 'subdomain' | 'label' | 'dns1035', name: string, field = 'metadata.name'): FieldError[] {
  const [re, msg, max] =
    kind === 'label' ? [LABEL_1123, MSG_LABEL_1123, 63] : kind === 'dns1035' ? [LABEL_1035, MSG_LABEL_1035, 63] : [SUBDOMAIN, MSG_SUBDOMAIN, 253];
  const errs: FieldError[] = [];
  if (name.length > max) errs.push({ type: 'FieldValueInvalid', field, value: name, detail: `must be no more than ${max} characters` });
  if (!re.test(name)) errs.push({ type: 'FieldValueInvalid', field, value: name, detail: msg });
  return errs;
}

function nameKind(rt: ResourceType): 'subdomain' | 'label' | 'dns1035' {
  if (rt.plural === 'namespaces') return 'label';
  if (rt.plural === 'services') return 'dns1035';
  return 'subdomain';
}

function validateLabels(labels: unknown): FieldError[] {
  if (!isPlainObject(labels)) return [];
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(labels)) {
    const slash = k.lastIndexOf('/');
    const namePart = slash >= 0 ? k.slice(slash + 1) : k;
    const prefix = slash >= 0 ? k.slice(0, slash) : '';
    if (!QUALIFIED_NAME.test(namePart) || namePart.length > 63) errs.push({ type: 'FieldValueInvalid', field: 'metadata.labels', value: k, detail: MSG_QUALIFIED });
    if (prefix && !SUBDOMAIN.test(prefix)) errs.push({ type: 'FieldValueInvalid', field: 'metadata.labels', value: k, detail: `prefix part ${MSG_SUBDOMAIN}` });
    const value = typeof v === 'string' ? v : String(v);
    if (value.length > 63) errs.push({ type: 'FieldValueInvalid', field: 'metadata.labels', value, detail: 'must be no more than 63 characters' });
    if (!LABEL_VALUE.test(value)) errs.push({ type: 'FieldValueInvalid', field: 'metadata.labels', value, detail: MSG_LABEL_VALUE });
  }
  return errs;
}

// --- CRD schema checks (the apiextensions validator's messages) --------------------------------

function jsonType(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v === 'object' ? 'object' : typeof v;
}

function typeError(field: string, v: unknown, want: string): FieldError {
  return { type: 'FieldValueTypeInvalid', field, value: jsonType(v), detail: `${field} in body must be of type ${want}: "${jsonType(v)}"` };
}

function checkType(errs: FieldError[], field: string, v: unknown, want: 'string' | 'integer' | 'object' | 'array' | 'boolean'): boolean {
  if (v === undefined) return false;
  const t = jsonType(v);
  if (t === want) return true;
  errs.push(typeError(field, v, want));
  return false;
}

function checkStringMap(errs: FieldError[], field: string, v: unknown): void {
  if (!checkType(errs, field, v, 'object')) return;
  for (const [k, x] of Object.entries(v as JsonObject)) checkType(errs, `${field}.${k}`, x, 'string');
}

function checkPortMap(errs: FieldError[], field: string, v: unknown): void {
  if (!checkType(errs, field, v, 'object')) return;
  for (const [k, x] of Object.entries(v as JsonObject)) {
    const f = `${field}.${k}`;
    if (!checkType(errs, f, x, 'integer')) continue;
    const n = x as number;
    if (n > 4294967295) errs.push({ type: 'FieldValueInvalid', field: f, value: n, detail: `${f} in body should be less than or equal to 4294967295` });
    if (n < 0) errs.push({ type: 'FieldValueInvalid', field: f, value: n, detail: `${f} in body should be greater than or equal to 0` });
  }
}

export const WORKLOAD_ENTRY_SPEC = ['address', 'labels', 'locality', 'network', 'ports', 'serviceAccount', 'weight'];

function checkWorkloadEntrySpec(errs: FieldError[], field: string, spec: unknown, requireAddress: boolean): void {
  if (spec === undefined) return;
  if (!checkType(errs, field, spec, 'object')) return;
  const s = spec as JsonObject;
  if (checkType(errs, `${field}.address`, s['address'], 'string') && (s['address'] as string).length > 256) {
    errs.push({ type: 'FieldValueTooLong', field: `${field}.address`, value: s['address'], detail: 'may not be longer than 256' });
  }
  checkStringMap(errs, `${field}.labels`, s['labels']);
  checkType(errs, `${field}.locality`, s['locality'], 'string');
  checkType(errs, `${field}.network`, s['network'], 'string');
  checkType(errs, `${field}.serviceAccount`, s['serviceAccount'], 'string');
  checkType(errs, `${field}.weight`, s['weight'], 'integer');
  checkPortMap(errs, `${field}.ports`, s['ports']);
  // Istio's x-kubernetes-validations (CEL) rules on WorkloadEntry.spec.
  if (requireAddress && s['address'] === undefined && s['network'] === undefined) {
    errs.push({ type: 'FieldValueInvalid', field, value: 'object', detail: 'Address is required' });
  }
  if (typeof s['address'] === 'string' && s['address'].startsWith('unix://') && s['ports'] !== undefined) {
    errs.push({ type: 'FieldValueInvalid', field, value: 'object', detail: 'UDS may not include ports' });
  }
}

function validateIstio(rt: ResourceType, obj: KubeObject): FieldError[] {
  const errs: FieldError[] = [];
  const spec = obj['spec'];
  if (spec !== undefined && !checkType(errs, 'spec', spec, 'object')) return errs;
  const s = (spec ?? {}) as JsonObject;
  if (rt.kind === 'WorkloadEntry') checkWorkloadEntrySpec(errs, 'spec', spec, true);
  if (rt.kind === 'WorkloadGroup') {
    if (checkType(errs, 'spec.metadata', s['metadata'], 'object')) {
      const md = s['metadata'] as JsonObject;
      checkStringMap(errs, 'spec.metadata.labels', md['labels']);
      checkStringMap(errs, 'spec.metadata.annotations', md['annotations']);
    }
    if (s['template'] === undefined) errs.push({ type: 'FieldValueRequired', field: 'spec.template', detail: '' });
    else checkWorkloadEntrySpec(errs, 'spec.template', s['template'], false);
  }
  if (rt.kind === 'Sidecar') {
    if (checkType(errs, 'spec.ingress', s['ingress'], 'array')) {
      (s['ingress'] as unknown[]).forEach((l, i) => {
        const f = `spec.ingress[${i}]`;
        if (!checkType(errs, f, l, 'object')) return;
        const port = (l as JsonObject)['port'];
        if (port === undefined) errs.push({ type: 'FieldValueRequired', field: `${f}.port` });
        else if (checkType(errs, `${f}.port`, port, 'object')) checkType(errs, `${f}.port.number`, (port as JsonObject)['number'], 'integer');
        checkType(errs, `${f}.defaultEndpoint`, (l as JsonObject)['defaultEndpoint'], 'string');
      });
    }
    if (checkType(errs, 'spec.egress', s['egress'], 'array')) {
      (s['egress'] as unknown[]).forEach((l, i) => {
        const f = `spec.egress[${i}]`;
        if (!checkType(errs, f, l, 'object')) return;
        const hosts = (l as JsonObject)['hosts'];
        if (hosts === undefined) errs.push({ type: 'FieldValueRequired', field: `${f}.hosts` });
        else checkType(errs, `${f}.hosts`, hosts, 'array');
        checkType(errs, `${f}.bind`, (l as JsonObject)['bind'], 'string');
      });
    }
  }
  if (rt.kind === 'ServiceEntry' && s['hosts'] === undefined) errs.push({ type: 'FieldValueRequired', field: 'spec.hosts' });
  return errs;
}

// --- core kinds --------------------------------------------------------------------------------

const SERVICE_TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];

function validateService(obj: KubeObject): FieldError[] {
  const errs: FieldError[] = [];
  const spec = (obj['spec'] ?? {}) as JsonObject;
  const type = (spec['type'] as string | undefined) ?? 'ClusterIP';
  if (!SERVICE_TYPES.includes(type)) {
    errs.push({ type: 'FieldValueNotSupported', field: 'spec.type', value: type, detail: `supported values: ${SERVICE_TYPES.map((t) => `"${t}"`).join(', ')}` });
  }
  const ports = (spec['ports'] ?? []) as JsonObject[];
  if (!Array.isArray(ports)) return [...errs, { type: 'FieldValueInvalid', field: 'spec.ports', value: ports, detail: 'must be a list' }];
  if (ports.length === 0 && type !== 'ExternalName' && spec['clusterIP'] !== 'None') errs.push({ type: 'FieldValueRequired', field: 'spec.ports' });
  const names = new Set<string>();
  ports.forEach((p, i) => {
    const f = `spec.ports[${i}]`;
    const name = p['name'];
    if (ports.length > 1 && (name === undefined || name === '')) errs.push({ type: 'FieldValueRequired', field: `${f}.name` });
    if (typeof name === 'string' && name !== '') {
      if (!LABEL_1123.test(name)) errs.push({ type: 'FieldValueInvalid', field: `${f}.name`, value: name, detail: MSG_LABEL_1123 });
      if (names.has(name)) errs.push({ type: 'FieldValueDuplicate', field: `${f}.name`, value: name });
      names.add(name);
    }
    const port = p['port'];
    if (port === undefined) errs.push({ type: 'FieldValueRequired', field: `${f}.port` });
    else if (typeof port !== 'number' || !Number.isInteger(port) || port < 1 || port > 65535) {
      errs.push({ type: 'FieldValueInvalid', field: `${f}.port`, value: port, detail: 'must be between 1 and 65535, inclusive' });
    }
    const proto = p['protocol'];
    if (proto !== undefined && !PROTOCOLS.includes(String(proto))) {
      errs.push({ type: 'FieldValueNotSupported', field: `${f}.protocol`, value: proto, detail: `supported values: ${PROTOCOLS.map((t) => `"${t}"`).join(', ')}` });
    }
    const tp = p['targetPort'];
    if (typeof tp === 'number' && (tp < 1 || tp > 65535)) errs.push({ type: 'FieldValueInvalid', field: `${f}.targetPort`, value: tp, detail: 'must be between 1 and 65535, inclusive' });
  });
  return errs;
}

function validateConfigMap(obj: KubeObject): FieldError[] {
  const errs: FieldError[] = [];
  for (const part of ['data', 'binaryData']) {
    const d = obj[part];
    if (!isPlainObject(d)) continue;
    for (const k of Object.keys(d)) if (!CONFIG_KEY.test(k)) errs.push({ type: 'FieldValueInvalid', field: `${part}[${k}]`, value: k, detail: MSG_CONFIG_KEY });
  }
  return errs;
}

/** Field errors (422 Invalid) for the object as it would be stored. */
export function validateObject(rt: ResourceType, obj: KubeObject): FieldError[] {
  const errs: FieldError[] = [];
  const name = obj.metadata?.name;
  if (!name) errs.push({ type: 'FieldValueRequired', field: 'metadata.name', detail: 'name or generateName is required' });
  else errs.push(...validateName(nameKind(rt), name));
  errs.push(...validateLabels(obj.metadata?.labels));
  if (rt.custom) errs.push(...validateIstio(rt, obj));
  if (rt.plural === 'services') errs.push(...validateService(obj));
  if (rt.plural === 'configmaps') errs.push(...validateConfigMap(obj));
  return errs;
}

/** Errors the real server hits while decoding the body into the Go type (400 BadRequest). */
export function decodeError(rt: ResourceType, obj: KubeObject): ApiError | undefined {
  const prefix = `${rt.kind} in version "${obj.apiVersion.split('/').pop()}" cannot be handled as a ${rt.kind}`;
  if (!isPlainObject(obj.metadata)) return badRequest(`${prefix}: json: cannot unmarshal ${jsonType(obj.metadata)} into Go struct field ${rt.kind}.metadata of type v1.ObjectMeta`);
  for (const f of ['labels', 'annotations'] as const) {
    const m = obj.metadata[f];
    if (m === undefined) continue;
    if (!isPlainObject(m) || Object.values(m).some((v) => typeof v !== 'string')) {
      return badRequest(`${prefix}: json: cannot unmarshal ${isPlainObject(m) ? 'number' : jsonType(m)} into Go struct field ObjectMeta.metadata.${f} of type string`);
    }
  }
  if (rt.plural === 'configmaps' && isPlainObject(obj['data']) && Object.values(obj['data']).some((v) => typeof v !== 'string')) {
    return badRequest(`${prefix}: json: cannot unmarshal number into Go struct field ConfigMap.data of type string`);
  }
  return undefined;
}

const OBJECT_META = [
  'name', 'generateName', 'namespace', 'selfLink', 'uid', 'resourceVersion', 'generation', 'creationTimestamp',
  'deletionTimestamp', 'deletionGracePeriodSeconds', 'labels', 'annotations', 'ownerReferences', 'finalizers', 'managedFields',
];

/** Paths of fields the schema does not declare ("spec.foo"), as pruning/strict decoding finds them. */
export function unknownFields(rt: ResourceType, obj: KubeObject): string[] {
  const out: string[] = [];
  for (const k of Object.keys(obj)) if (!rt.topLevel.includes(k)) out.push(k);
  if (isPlainObject(obj.metadata)) for (const k of Object.keys(obj.metadata)) if (!OBJECT_META.includes(k)) out.push(`metadata.${k}`);
  if (rt.kind === 'WorkloadEntry' && isPlainObject(obj['spec'])) {
    for (const k of Object.keys(obj['spec'])) if (!WORKLOAD_ENTRY_SPEC.includes(k)) out.push(`spec.${k}`);
  }
  return out;
}

export function dropFields(obj: KubeObject, paths: string[]): void {
  for (const p of paths) {
    const parts = p.split('.');
    let cur: unknown = obj;
    for (const part of parts.slice(0, -1)) cur = isPlainObject(cur) ? cur[part] : undefined;
    if (isPlainObject(cur)) delete cur[parts[parts.length - 1] as string];
  }
}

export function strictDecodingError(rt: ResourceType, apiVersion: string, paths: string[]): ApiError {
  const list = paths.map((p) => `unknown field "${p}"`).join(', ');
  return badRequest(`${rt.kind} in version "${apiVersion.split('/').pop()}" cannot be handled as a ${rt.kind}: strict decoding error: ${list}`);
}
