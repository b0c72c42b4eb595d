// The one file that talks to @kubernetes/client-node: the few calls the action makes (read,
// apply, delete, list, a token, a Lease), in the action's own types. This module is loaded by
// import() (cluster/client.ts connectCluster) when a cluster is really contacted, and every
// other module imports only its types (test/integration/bundle-split.test.ts). The package
// entry is imported by name, statically, so that the bundler keeps only what is used; never
// its dist/ paths (test/unit/client-node-imports.test.ts); the version is pinned exactly in
// package.json, and test/unit/client-node-contract.test.ts and test/integration/kube-api.test.ts
// are what a version bump has to pass.
//
// What the action uses of the client is its kubeconfig handling (KubeConfig: the current
// context, TLS, every kind of credential, a proxy), its transport (undici with one keep-alive
// pool, HTTP/2 when offered) and its refusal type. The requests themselves are built here as
// the client's KubernetesObjectApi builds them (discovery of the kind's resource, then the
// object's path), not by its generated API classes: those carry the typed model of every
// built-in kind (4 of the 6 MB the client bundles to, read and compiled on every run), and
// the action sends and reads every object as plain JSON anyway.
//
// An API server's refusal comes out as the client's ApiException: `code` (the HTTP status),
// `body` (the metav1.Status, as text) and `headers`; cluster/errors.ts reads it by that shape,
// so nothing else needs the class.
import {
  ApiException,
  HttpMethod,
  IsomorphicFetchHttpLibrary,
  KubeConfig,
  PatchStrategy,
  ServerConfiguration,
  type RequestContext,
} from '@kubernetes/client-node';
import type { KubeObject } from '../plan/kube-object.js';

/** An object named as the API names it. */
export interface ObjectRef {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string };
}

/** A coordination.k8s.io/v1 Lease; its times are MicroTime text, sent and read back alike (test/integration/kube-api.test.ts). */
export interface Lease {
  apiVersion?: string;
  kind?: string;
  metadata?: {
    name?: string;
    namespace?: string;
    resourceVersion?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  spec?: {
    holderIdentity?: string;
    leaseDurationSeconds?: number;
    acquireTime?: string;
    renewTime?: string;
    leaseTransitions?: number;
  };
}

export interface ConfigMap {
  data?: Record<string, string>;
}

export interface Service {
  status?: { loadBalancer?: { ingress?: Array<{ ip?: string; hostname?: string }> } };
}

export interface IssuedToken {
  token?: string;
  expirationTimestamp?: Date;
}

/** The calls the action makes to a cluster; every request bound to the signal it was opened with. */
export interface KubeApi {
  /** The current context's server URL. */
  readonly server: string;
  read(ref: ObjectRef): Promise<KubeObject>;
  /** Server-side apply as fieldManager (force off), fieldValidation=Strict, the object sent as given. */
  apply(obj: KubeObject, opts: { fieldManager: string; dryRun: boolean }): Promise<KubeObject>;
  /** Deletes with propagationPolicy Background (dependents go after, as kubectl does). */
  delete(ref: ObjectRef): Promise<void>;
  list(apiVersion: string, kind: string, namespace: string): Promise<KubeObject[]>;
  readConfigMap(namespace: string, name: string): Promise<ConfigMap>;
  readService(namespace: string, name: string): Promise<Service>;
  /** A TokenRequest for a ServiceAccount. */
  requestToken(namespace: string, serviceAccount: string, spec: { audiences: string[]; expirationSeconds: number }): Promise<IssuedToken>;
  readLease(namespace: string, name: string): Promise<Lease>;
  createLease(namespace: string, lease: Lease): Promise<Lease>;
  /** Replaces the Lease; its metadata.resourceVersion, when set, must still be the live one (else 409). */
  replaceLease(namespace: string, name: string, lease: Lease): Promise<Lease>;
  /** Deletes the Lease only while its resourceVersion is this one (else 409). */
  deleteLease(namespace: string, name: string, resourceVersion: string | undefined): Promise<void>;
  /** The same cluster with every request bound to another signal. */
  withSignal(signal: AbortSignal): KubeApi;
}

export interface KubeApiOptions {
  /** The kubeconfig's text (merged already: config/kubeconfig-file.ts). */
  kubeconfig: string;
  /** '' for its current context. */
  context: string;
  signal: AbortSignal;
  /** Each request's own bound. */
  requestTimeoutMs: number;
}

/** The cluster of this kubeconfig; nothing is sent until a call. */
export function openKubeApi(opts: KubeApiOptions): KubeApi {
  return openWithPool(opts, { dispatcher: undefined, discovery: new Map() });
}

/** The connections a client and those derived from it (withSignal) share: one keep-alive pool per kubeconfig, as kubectl keeps. */
interface ConnectionPool {
  dispatcher: unknown;
  /** Each group version's resources, as discovery listed them. */
  discovery: Map<string, Promise<ApiResource[]>>;
}

function openWithPool(opts: KubeApiOptions, pool: ConnectionPool): KubeApi {
  const kc = new SignalledKubeConfig(opts.signal, opts.requestTimeoutMs, pool);
  kc.loadFromString(opts.kubeconfig);
  if (opts.context) kc.setCurrentContext(opts.context);
  return kubeApi(kc, opts, pool);
}

/**
 * The kubeconfig authenticates each request just before it is sent (send, below, as the
 * client's own API classes do); that is where the request's signal is set: the run's,
 * combined with a fresh timer per request.
 */
class SignalledKubeConfig extends KubeConfig {
  /**
   * Fires with the run's signal but with a reason of its own: fetch rejects with the signal's
   * reason object, and whoever adjusts the error it gets (client-node's own API classes prefix
   * its message in place) would otherwise rewrite the run's own reason for every later reader.
   */
  private readonly stopped: AbortSignal;

  constructor(
    private readonly signal: AbortSignal,
    private readonly requestTimeoutMs: number,
    pool: ConnectionPool,
  ) {
    super();
    const shield = new AbortController();
    const stop = () => shield.abort(Object.assign(new Error('the request was stopped with the run'), { name: 'AbortError' }));
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
    this.stopped = shield.signal;
    // client-node builds a new undici Agent for every request (createDispatcher, private), so
    // each request opened its own TLS connection: a fleet spent most of its API time, ours and
    // the API server's, in handshakes. One per kubeconfig keeps a keep-alive pool, as kubectl
    // does, shared with the clients withSignal derives (a rollback's, the lease's release): its
    // TLS options come from the same kubeconfig and context, which do not change here.
    const self = this as unknown as { createDispatcher: (cluster: unknown, agentOptions: unknown) => unknown };
    const create = self.createDispatcher.bind(this);
    self.createDispatcher = (cluster, agentOptions) => (pool.dispatcher ??= create(cluster, agentOptions));
  }

  override async applySecurityAuthentication(context: RequestContext): Promise<void> {
    this.signal.throwIfAborted();
    await super.applySecurityAuthentication(context);
    context.setSignal(AbortSignal.any([this.stopped, AbortSignal.timeout(this.requestTimeoutMs)]));
  }
}

/** One resource of an API group version, as its discovery document lists it. */
interface ApiResource {
  name: string;
  kind: string;
  namespaced: boolean;
}

const ACCEPT = 'application/json, */*;q=0.8';
/** Who sends the requests, in the API server's audit log. */
const USER_AGENT = 'istio-vm-onboard (@kubernetes/client-node)';

/** The group version's path, as KubernetesObjectApi makes it: the core group under /api, the others under /apis. */
const groupVersionPath = (apiVersion: string) => `/${apiVersion.includes('/') ? 'apis' : 'api'}/${apiVersion}`;

/** A resource's path in its group version: in the namespace when one is given; its collection's without a name. */
function resourcePath(apiVersion: string, namespace: string | undefined, resource: string, name?: string): string {
  return [
    groupVersionPath(apiVersion),
    ...(namespace ? ['namespaces', encodeURIComponent(namespace)] : []),
    resource,
    ...(name === undefined ? [] : [encodeURIComponent(name)]),
  ].join('/');
}

function kubeApi(kc: SignalledKubeConfig, opts: KubeApiOptions, pool: ConnectionPool): KubeApi {
  const server = kc.getCurrentCluster()?.server ?? '';
  const base = new ServerConfiguration<Record<string, string>>(server, {});
  const http = new IsomorphicFetchHttpLibrary();
  // A namespaced object without a namespace goes to the context's, as KubernetesObjectApi does.
  const defaultNamespace = (kc.currentContext && kc.getContextObject(kc.currentContext)?.namespace) || 'default';

  /** One request; a 2xx answer's JSON body, else the client's ApiException with the answer's text. */
  async function send<T>(
    method: (typeof HttpMethod)[keyof typeof HttpMethod],
    path: string,
    req: { query?: Record<string, string>; body?: unknown; contentType?: string } = {},
  ): Promise<T> {
    const ctx: RequestContext = base.makeRequestContext(path, method);
    ctx.setHeaderParam('Accept', ACCEPT);
    ctx.setHeaderParam('User-Agent', USER_AGENT);
    for (const [k, v] of Object.entries(req.query ?? {})) ctx.setQueryParam(k, v);
    if (req.body !== undefined) {
      ctx.setHeaderParam('Content-Type', req.contentType ?? 'application/json');
      ctx.setBody(JSON.stringify(req.body));
    }
    await kc.applySecurityAuthentication(ctx);
    const res = await http.send(ctx).toPromise();
    const text = await res.body.text();
    if (res.httpStatusCode < 200 || res.httpStatusCode > 299)
      throw new ApiException(res.httpStatusCode, 'Unsuccessful HTTP Request', text, res.headers);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  /** The kind's resource in its group version (discovery, kept for the connections' life; read again when the kind is not listed). */
  async function resourceOf(apiVersion: string, kind: string): Promise<ApiResource> {
    const find = (list: ApiResource[]) => list.find((r) => r.kind === kind && !r.name.includes('/'));
    const cached = pool.discovery.get(apiVersion);
    const known = cached && find(await cached.catch(() => []));
    if (known) return known;
    const reading = send<{ resources?: ApiResource[] }>(HttpMethod.GET, groupVersionPath(apiVersion)).then((d) => d.resources ?? []);
    pool.discovery.set(apiVersion, reading);
    reading.catch(() => pool.discovery.delete(apiVersion));
    const found = find(await reading);
    if (!found) throw new Error(`Unrecognized API version and kind: ${apiVersion} ${kind}`);
    return found;
  }

  /** The object's path (or its collection's, without a name), as KubernetesObjectApi's specUriPath makes it. */
  async function pathOf(apiVersion: string, kind: string, namespace: string | undefined, name?: string): Promise<string> {
    const r = await resourceOf(apiVersion, kind);
    const ns = r.namespaced ? namespace || (name === undefined ? undefined : defaultNamespace) : undefined;
    return resourcePath(apiVersion, ns, r.name, name).toLowerCase();
  }

  const objectPath = (ref: ObjectRef) => pathOf(ref.apiVersion, ref.kind, ref.metadata.namespace, ref.metadata.name);
  const leases = (namespace: string, name?: string) => resourcePath('coordination.k8s.io/v1', namespace, 'leases', name);

  return {
    server,
    read: async (ref) => send<KubeObject>(HttpMethod.GET, await objectPath(ref)),
    // fieldValidation=Strict: the API server refuses an unknown or duplicate field instead of
    // dropping it. The object goes as rendered (a Service's `selectr` reaches the server).
    apply: async (obj, { fieldManager, dryRun }) =>
      send<KubeObject>(HttpMethod.PATCH, await objectPath(obj as ObjectRef), {
        query: { ...(dryRun ? { dryRun: 'All' } : {}), fieldManager, force: 'false', fieldValidation: 'Strict' },
        body: obj,
        contentType: PatchStrategy.ServerSideApply,
      }),
    delete: async (ref) => void (await send(HttpMethod.DELETE, await objectPath(ref), { query: { propagationPolicy: 'Background' } })),
    list: async (apiVersion, kind, namespace) =>
      (await send<{ items?: KubeObject[] }>(HttpMethod.GET, await pathOf(apiVersion, kind, namespace))).items ?? [],
    readConfigMap: (namespace, name) => send<ConfigMap>(HttpMethod.GET, resourcePath('v1', namespace, 'configmaps', name)),
    readService: (namespace, name) => send<Service>(HttpMethod.GET, resourcePath('v1', namespace, 'services', name)),
    requestToken: async (namespace, serviceAccount, spec) => {
      const answer = await send<{ status?: { token?: string; expirationTimestamp?: string } }>(
        HttpMethod.POST,
        `${resourcePath('v1', namespace, 'serviceaccounts', serviceAccount)}/token`,
        { body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec } },
      );
      const status = answer.status ?? {};
      return {
        token: status.token,
        expirationTimestamp: status.expirationTimestamp ? new Date(status.expirationTimestamp) : undefined,
      };
    },
    // A Lease's times are MicroTime text, sent and read back as text.
    readLease: (namespace, name) => send<Lease>(HttpMethod.GET, leases(namespace, name)),
    createLease: (namespace, lease) => send<Lease>(HttpMethod.POST, leases(namespace), { body: lease }),
    replaceLease: (namespace, name, lease) => send<Lease>(HttpMethod.PUT, leases(namespace, name), { body: lease }),
    deleteLease: async (namespace, name, resourceVersion) =>
      void (await send(HttpMethod.DELETE, leases(namespace, name), { body: { preconditions: { resourceVersion } } })),
    withSignal: (signal) => openWithPool({ ...opts, signal }, pool),
  };
}
