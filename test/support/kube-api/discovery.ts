// Discovery and OpenAPI v3 documents, as kubectl and client-node read them:
// /version; legacy discovery (/api, /api/v1, /apis, /apis/<g>, /apis/<g>/<v>), which kubectl before
// 1.30 reads group version by group version; aggregated discovery (apidiscovery.k8s.io/v2, served
// when the Accept header asks for it, as the real server does since 1.30); /openapi/v3 with
// per-group-version documents whose PATCH operations declare the fieldValidation parameter
// (kubectl 1.27+ checks this to send fieldValidation=Strict instead of validating client-side).
// /openapi/v2, which older kubectl reads, is in openapi-v2.ts.
import { createHash } from 'node:crypto';
import { apiVersionOf, groups, RESOURCE_VERBS, resourcesIn, type ResourceType } from './resources.js';

export const SERVER_VERSION = {
  major: '1',
  minor: '32',
  gitVersion: 'v1.32.4+kube-api-stand-in',
  gitCommit: '0000000000000000000000000000000000000000',
  gitTreeState: 'clean',
  buildDate: '2025-04-22T00:00:00Z',
  goVersion: 'go1.23.8',
  compiler: 'gc',
  platform: 'linux/amd64',
};

export const AGGREGATED_CONTENT_TYPE = 'application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList';

export function wantsAggregated(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((range) => {
    const params = new Map(
      range
        .split(';')
        .slice(1)
        .map((p) => p.trim().split('=') as [string, string]),
    );
    return params.get('g') === 'apidiscovery.k8s.io' && params.get('v') === 'v2' && params.get('as') === 'APIGroupDiscoveryList';
  });
}

const TOKEN_KIND = { group: 'authentication.k8s.io', version: 'v1', kind: 'TokenRequest' };

function storageVersionHash(rt: ResourceType): string {
  return createHash('sha256').update(`${rt.group}/${rt.versions[0]}/${rt.kind}`).digest('base64').slice(0, 11) + '=';
}

function subresourceEntries(rt: ResourceType): object[] {
  return rt.subresources.map((sub) => {
    const token = sub === 'token';
    return {
      name: `${rt.plural}/${sub}`,
      singularName: '',
      namespaced: rt.namespaced,
      ...(token ? { group: TOKEN_KIND.group, version: TOKEN_KIND.version } : {}),
      kind: token ? TOKEN_KIND.kind : rt.kind,
      verbs: token ? ['create'] : sub === 'status' ? ['get', 'patch', 'update'] : sub === 'proxy' ? ['create', 'delete', 'get', 'patch', 'update'] : ['update'],
    };
  });
}

export function apiResourceList(group: string, version: string): object {
  const resources: object[] = [];
  for (const rt of resourcesIn(group, version)) {
    resources.push({
      name: rt.plural,
      singularName: rt.singular,
      namespaced: rt.namespaced,
      kind: rt.kind,
      verbs: RESOURCE_VERBS,
      ...(rt.shortNames.length ? { shortNames: rt.shortNames } : {}),
      ...(rt.categories.length ? { categories: rt.categories } : {}),
      storageVersionHash: storageVersionHash(rt),
    });
    resources.push(...subresourceEntries(rt));
  }
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion: apiVersionOf(group, version), resources };
}

function groupEntry(group: string, versions: string[]): object {
  const gvs = versions.map((v) => ({ groupVersion: apiVersionOf(group, v), version: v }));
  return { name: group, versions: gvs, preferredVersion: gvs[0] };
}

export function apiVersions(serverAddress: string): object {
  return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }] };
}

export function apiGroupList(): object {
  return { kind: 'APIGroupList', apiVersion: 'v1', groups: groups().filter((g) => g.group).map((g) => groupEntry(g.group, g.versions)) };
}

export function apiGroup(group: string): object | undefined {
  const g = groups().find((x) => x.group === group && group);
  return g ? { kind: 'APIGroup', apiVersion: 'v1', ...groupEntry(g.group, g.versions) } : undefined;
}

/** apidiscovery.k8s.io/v2 APIGroupDiscoveryList for /api (legacy=true) or /apis. */
export function aggregatedDiscovery(legacy: boolean): object {
  const items = groups()
    .filter((g) => (legacy ? g.group === '' : g.group !== ''))
    .map((g) => ({
      metadata: { ...(g.group ? { name: g.group } : {}), creationTimestamp: null },
      versions: g.versions.map((version) => ({
        version,
        resources: resourcesIn(g.group, version).map((rt) => ({
          resource: rt.plural,
          responseKind: { group: rt.group, version, kind: rt.kind },
          scope: rt.namespaced ? 'Namespaced' : 'Cluster',
          singularResource: rt.singular,
          verbs: RESOURCE_VERBS,
          ...(rt.shortNames.length ? { shortNames: rt.shortNames } : {}),
          ...(rt.categories.length ? { categories: rt.categories } : {}),
          ...(rt.subresources.length
            ? {
                subresources: rt.subresources.map((sub) => ({
                  subresource: sub,
                  responseKind: sub === 'token' ? TOKEN_KIND : { group: rt.group, version, kind: rt.kind },
                  verbs: sub === 'token' ? ['create'] : sub === 'status' ? ['get', 'patch', 'update'] : ['update'],
                })),
              }
            : {}),
        })),
        freshness: 'Current',
      })),
    }));
  return { kind: 'APIGroupDiscoveryList', apiVersion: 'apidiscovery.k8s.io/v2', metadata: {}, items };
}

// --- OpenAPI ---------------------------------------------------------------------------------

const queryParam = (name: string) => ({ name, in: 'query', schema: { type: 'string', uniqueItems: true } });

function gvDocument(group: string, version: string): object {
  const prefix = group ? `/apis/${group}/${version}` : `/api/${version}`;
  const paths: Record<string, object> = {};
  for (const rt of resourcesIn(group, version)) {
    const gvk = { group: rt.group, version, kind: rt.kind };
    const item = rt.namespaced ? `${prefix}/namespaces/{namespace}/${rt.plural}/{name}` : `${prefix}/${rt.plural}/{name}`;
    const coll = rt.namespaced ? `${prefix}/namespaces/{namespace}/${rt.plural}` : `${prefix}/${rt.plural}`;
    const op = (action: string, params: string[]) => ({
      operationId: `${action}${rt.kind}`,
      parameters: params.map(queryParam),
      responses: { '200': { description: 'OK' } },
      'x-kubernetes-action': action,
      'x-kubernetes-group-version-kind': gvk,
    });
    const write = ['dryRun', 'fieldManager', 'fieldValidation', 'pretty'];
    paths[item] = {
      get: op('get', ['pretty']),
      put: op('put', write),
      patch: op('patch', [...write, 'force']),
      delete: op('delete', ['dryRun', 'gracePeriodSeconds', 'propagationPolicy', 'pretty']),
    };
    paths[coll] = { get: op('list', ['fieldSelector', 'labelSelector', 'limit', 'continue', 'watch']), post: op('post', write) };
  }
  return { openapi: '3.0.0', info: { title: 'Kubernetes', version: SERVER_VERSION.gitVersion }, paths, components: { schemas: {} } };
}

function gvPath(group: string, version: string): string {
  return group ? `apis/${group}/${version}` : `api/${version}`;
}

const docCache = new Map<string, { body: string; hash: string }>();

function gvDoc(group: string, version: string): { body: string; hash: string } {
  const key = gvPath(group, version);
  let d = docCache.get(key);
  if (!d) {
    const body = JSON.stringify(gvDocument(group, version));
    d = { body, hash: createHash('sha512').update(body).digest('hex').toUpperCase() };
    docCache.set(key, d);
  }
  return d;
}

export function openApiV3Root(): object {
  const paths: Record<string, object> = {};
  for (const g of groups()) {
    for (const v of g.versions) paths[gvPath(g.group, v)] = { serverRelativeURL: `/openapi/v3/${gvPath(g.group, v)}?hash=${gvDoc(g.group, v).hash}` };
  }
  return { paths };
}

/** The document for /openapi/v3/<api/v1 | apis/g/v>, or undefined. */
export function openApiV3Document(rest: string): string | undefined {
  for (const g of groups()) for (const v of g.versions) if (gvPath(g.group, v) === rest) return gvDoc(g.group, v).body;
  return undefined;
}
