// /openapi/v2 of the stand-in: a Swagger 2.0 document shaped like the real server's, as JSON or
// as gnostic protobuf (what kubectl up to 1.26 asks for). Old kubectl reads it for two checks the
// real server's document makes possible:
// - `apply|create --dry-run=server` first looks for the kind's PATCH operation
//   (x-kubernetes-group-version-kind) and its `dryRun` query parameter ("... doesn't support
//   dry-run" otherwise);
// - `--validate` (on by default) checks each manifest against the kind's definition before
//   sending it: unknown fields, wrong types, missing required fields (see openapi-v2-schemas.ts).
// Paths: collection (list, create, deletecollection), item (read, replace, patch, delete),
// /status and serviceaccounts/{name}/token, for every served kind and version; watch paths
// are left out (kubectl does not read them).
import { SERVER_VERSION } from './discovery.js';
import { encodeOpenApiV2 } from './openapi-v2-proto.js';
import { buildDefinitions, definitionPrefix, META, ref, type Schema } from './openapi-v2-schemas.js';
import { RESOURCES, type ResourceType } from './resources.js';

/** What the real server answers with to Accept: application/com.github.proto-openapi.spec.v2@v1.0+protobuf
 * (the '@' spelling is no valid media type, so kube-openapi answers with the '.' one, which client-go
 * 1.20 can parse; an '@' in the Content-Type makes it fail with "mime: unexpected content after media subtype"). */
export const OPENAPI_V2_PROTO = 'application/com.github.proto-openapi.spec.v2.v1.0+protobuf';

const query = (name: string, type: 'string' | 'boolean' | 'integer', description: string): Schema => ({ name, in: 'query', type, uniqueItems: true, description });
const pathParam = (name: string, description: string): Schema => ({ name, in: 'path', required: true, type: 'string', uniqueItems: true, description });
const body = (schema: Schema): Schema => ({ name: 'body', in: 'body', required: true, schema });

const PRETTY = query('pretty', 'string', "If 'true', then the output is pretty printed.");
const DRY_RUN = query('dryRun', 'string', 'When present, indicates that modifications should not be persisted. Valid values are: - All: all dry run stages will be processed');
const FIELD_MANAGER = query('fieldManager', 'string', 'fieldManager is a name associated with the actor or entity that is making these changes.');
const FIELD_VALIDATION = query('fieldValidation', 'string', 'fieldValidation instructs the server on how to handle objects in the request containing unknown or duplicate fields. Valid values are: Ignore, Warn, Strict.');
const FORCE = query('force', 'boolean', 'Force is going to "force" Apply requests. It means user will re-acquire conflicting fields owned by other people.');
const LIST_PARAMS = [
  query('allowWatchBookmarks', 'boolean', 'allowWatchBookmarks requests watch events with type "BOOKMARK".'),
  query('continue', 'string', 'The continue option should be set when retrieving more results from the server.'),
  query('fieldSelector', 'string', 'A selector to restrict the list of returned objects by their fields.'),
  query('labelSelector', 'string', 'A selector to restrict the list of returned objects by their labels.'),
  query('limit', 'integer', 'limit is a maximum number of responses to return for a list call.'),
  query('resourceVersion', 'string', 'resourceVersion sets a constraint on what resource versions a request may be served from.'),
  query('resourceVersionMatch', 'string', 'resourceVersionMatch determines how resourceVersion is applied to list calls.'),
  query('timeoutSeconds', 'integer', 'Timeout for the list/watch call.'),
  query('watch', 'boolean', 'Watch for changes to the described resources and return them as a stream of add, update, and remove notifications.'),
];
const DELETE_PARAMS = [
  DRY_RUN,
  query('gracePeriodSeconds', 'integer', 'The duration in seconds before the object should be deleted.'),
  query('orphanDependents', 'boolean', 'Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7.'),
  query('propagationPolicy', 'string', "Whether and how garbage collection will be performed. Acceptable values are: 'Orphan', 'Background', 'Foreground'."),
];

function opIdPart(group: string, version: string): string {
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const g = group === '' ? 'Core' : group.endsWith('.k8s.io') ? cap(group.split('.')[0] as string) : group.split('.').map(cap).join('');
  return g + cap(version);
}

function tag(group: string, version: string): string {
  const g = group === '' ? 'core' : group.endsWith('.k8s.io') ? (group.split('.')[0] as string) : group.split('.').map((s, i) => (i ? s.charAt(0).toUpperCase() + s.slice(1) : s)).join('');
  return `${g}_${version}`;
}

function resourcePaths(rt: ResourceType, version: string, paths: Record<string, object>): void {
  const prefix = rt.group ? `/apis/${rt.group}/${version}` : `/api/${version}`;
  const gvk = { group: rt.group, kind: rt.kind, version };
  const kindRef = ref(`${definitionPrefix(rt.group, version)}.${rt.kind}`);
  const listRef = ref(`${definitionPrefix(rt.group, version)}.${rt.kind}List`);
  const status = ref(`${META}.Status`);
  const scope = rt.namespaced ? 'Namespaced' : '';
  const id = opIdPart(rt.group, version);
  const common = {
    consumes: ['*/*'],
    produces: rt.custom ? ['application/json', 'application/yaml'] : ['application/json', 'application/yaml', 'application/vnd.kubernetes.protobuf'],
    schemes: ['https'],
    tags: [tag(rt.group, version)],
  };
  const op = (action: string, operationId: string, description: string, parameters: Schema[], responses: Record<string, Schema | undefined>, k = gvk) => ({
    ...common,
    description,
    operationId,
    parameters,
    responses: Object.fromEntries(
      [...Object.entries(responses), ['401', undefined] as const].map(([code, schema]) => [code, { description: code === '401' ? 'Unauthorized' : code === '201' ? 'Created' : code === '202' ? 'Accepted' : 'OK', ...(schema ? { schema } : {}) }]),
    ),
    'x-kubernetes-action': action,
    'x-kubernetes-group-version-kind': k,
  });
  const patchOp = (sub: string, what: string) => ({
    ...op('patch', `patch${id}${scope}${rt.kind}${sub}`, `partially update ${what} of the specified ${rt.kind}`, [body(ref(`${META}.Patch`)), DRY_RUN, FIELD_MANAGER, FIELD_VALIDATION, FORCE], { '200': kindRef, '201': kindRef }),
    consumes: [
      'application/json-patch+json',
      'application/merge-patch+json',
      ...(rt.custom ? [] : ['application/strategic-merge-patch+json']),
      'application/apply-patch+yaml',
      ...(rt.custom ? [] : ['application/apply-patch+cbor']),
    ],
  });
  const writeParams = [body(kindRef), DRY_RUN, FIELD_MANAGER, FIELD_VALIDATION];
  const nsParam = rt.namespaced ? [pathParam('namespace', 'object name and auth scope, such as for teams and projects')] : [];
  const nameParam = pathParam('name', `name of the ${rt.kind}`);
  const coll = `${prefix}${rt.namespaced ? '/namespaces/{namespace}' : ''}/${rt.plural}`;

  paths[coll] = {
    get: op('list', `list${id}${scope}${rt.kind}`, `list or watch objects of kind ${rt.kind}`, LIST_PARAMS, { '200': listRef }),
    post: op('post', `create${id}${scope}${rt.kind}`, `create a ${rt.kind}`, writeParams, { '200': kindRef, '201': kindRef, '202': kindRef }),
    delete: op('deletecollection', `delete${id}Collection${scope}${rt.kind}`, `delete collection of ${rt.kind}`, [body(ref(`${META}.DeleteOptions`)), ...DELETE_PARAMS, ...LIST_PARAMS], { '200': status }),
    parameters: [...nsParam, PRETTY],
  };
  if (rt.namespaced) {
    paths[`${prefix}/${rt.plural}`] = {
      get: op('list', `list${id}${rt.kind}ForAllNamespaces`, `list or watch objects of kind ${rt.kind}`, [], { '200': listRef }),
      parameters: [...LIST_PARAMS, PRETTY],
    };
  }
  paths[`${coll}/{name}`] = {
    get: op('get', `read${id}${scope}${rt.kind}`, `read the specified ${rt.kind}`, [], { '200': kindRef }),
    put: op('put', `replace${id}${scope}${rt.kind}`, `replace the specified ${rt.kind}`, writeParams, { '200': kindRef, '201': kindRef }),
    delete: op('delete', `delete${id}${scope}${rt.kind}`, `delete a ${rt.kind}`, [body(ref(`${META}.DeleteOptions`)), ...DELETE_PARAMS], { '200': status, '202': status }),
    patch: patchOp('', ''),
    parameters: [nameParam, ...nsParam, PRETTY],
  };
  if (rt.subresources.includes('status')) {
    paths[`${coll}/{name}/status`] = {
      get: op('get', `read${id}${scope}${rt.kind}Status`, `read status of the specified ${rt.kind}`, [], { '200': kindRef }),
      put: op('put', `replace${id}${scope}${rt.kind}Status`, `replace status of the specified ${rt.kind}`, writeParams, { '200': kindRef, '201': kindRef }),
      patch: patchOp('Status', 'status'),
      parameters: [nameParam, ...nsParam, PRETTY],
    };
  }
  if (rt.subresources.includes('token')) {
    const tr = ref('io.k8s.api.authentication.v1.TokenRequest');
    paths[`${coll}/{name}/token`] = {
      post: op('post', `create${id}${scope}${rt.kind}Token`, `create token of a ${rt.kind}`, [body(tr), DRY_RUN, FIELD_MANAGER, FIELD_VALIDATION], { '200': tr, '201': tr, '202': tr }, {
        group: 'authentication.k8s.io',
        kind: 'TokenRequest',
        version: 'v1',
      }),
      parameters: [pathParam('name', 'name of the TokenRequest'), ...nsParam, PRETTY],
    };
  }
}

function buildDocument(): Record<string, unknown> {
  const paths: Record<string, object> = {};
  for (const rt of RESOURCES) for (const v of rt.versions) resourcePaths(rt, v, paths);
  return { swagger: '2.0', info: { title: 'Kubernetes', version: SERVER_VERSION.gitVersion }, paths, definitions: buildDefinitions() };
}

let cached: { json: string; proto: Buffer } | undefined;

function docs(): { json: string; proto: Buffer } {
  if (!cached) {
    const doc = buildDocument();
    cached = { json: JSON.stringify(doc), proto: encodeOpenApiV2(doc) };
  }
  return cached;
}

/** The document as JSON text (Accept: application/json). */
export function openApiV2Json(): string {
  return docs().json;
}

/** The document as gnostic protobuf (Accept: application/com.github.proto-openapi.spec.v2[@.]v1.0+protobuf). */
export function openApiV2Proto(): Buffer {
  return docs().proto;
}
