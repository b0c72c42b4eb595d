// The one file that talks to @kubernetes/client-node: the few calls the action makes (read,
// apply, delete, list, a token, a Lease), in the action's own types. This module is loaded by
// import() (cluster/client.ts connectCluster) when a cluster is really contacted, and every
// other module imports only its types: the client is MiBs to parse, which a validation error
// or a render must never load (test/integration/bundle-split.test.ts). The package entry is
// imported by name, statically, so that the bundler keeps only the APIs used (an import() of
// the package would keep all of it: three times the size). Never its dist/ paths
// (test/unit/client-node-imports.test.ts); the version is pinned exactly in package.json, and
// test/unit/client-node-contract.test.ts and test/integration/kube-api.test.ts are what a
// version bump has to pass.
//
// An API server's refusal comes out as the client's ApiException: `code` (the HTTP status),
// `body` (the metav1.Status, as text or parsed) and `headers`; cluster/errors.ts reads it by
// that shape, so nothing else needs the class.
import {
  CoordinationV1Api,
  CoreV1Api,
  KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  type Configuration,
  type KubernetesObject,
  type RequestContext,
  type V1Lease,
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
  return openWithPool(opts, { dispatcher: undefined });
}

/** The connections a client and those derived from it (withSignal) share: one keep-alive pool per kubeconfig, as kubectl keeps. */
interface ConnectionPool {
  dispatcher: unknown;
}

function openWithPool(opts: KubeApiOptions, pool: ConnectionPool): KubeApi {
  const kc = new SignalledKubeConfig(opts.signal, opts.requestTimeoutMs, pool);
  kc.loadFromString(opts.kubeconfig);
  if (opts.context) kc.setCurrentContext(opts.context);
  return kubeApi(kc, opts, pool);
}

/**
 * client-node asks the kubeconfig to authenticate every request just before sending it; that
 * is the one place, for both API styles, where the request's signal can be set: the run's,
 * combined with a fresh timer per request.
 */
class SignalledKubeConfig extends KubeConfig {
  /**
   * Fires with the run's signal but with a reason of its own: fetch rejects with the signal's
   * reason object, and client-node prefixes that error's message in place ("Failed to fetch
   * resource metadata for ..."), which would rewrite the run's own reason for every later reader.
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

/**
 * The request options for one apply: fieldValidation=Strict, so the API server refuses an
 * unknown or duplicate field instead of dropping it, and the object sent as rendered, because
 * client-node fills the body from its typed model of a built-in kind, which drops unknown
 * fields (a Service's `selectr`) before the server could refuse them. patch() takes only the
 * server configuration from these options, so that is where the request is adjusted.
 */
function strictApply(base: Configuration, obj: KubeObject): Configuration {
  const body = JSON.stringify(obj);
  return {
    ...base,
    baseServer: {
      makeRequestContext(endpoint, method) {
        const ctx = base.baseServer.makeRequestContext(endpoint, method);
        ctx.setQueryParam('fieldValidation', 'Strict');
        const setBody = ctx.setBody.bind(ctx);
        ctx.setBody = () => setBody(body);
        return ctx;
      },
    },
  };
}

const header = (ref: ObjectRef) => ({
  apiVersion: ref.apiVersion,
  kind: ref.kind,
  metadata: { name: ref.metadata.name, namespace: ref.metadata.namespace as string },
});

function kubeApi(kc: KubeConfig, opts: KubeApiOptions, pool: ConnectionPool): KubeApi {
  const objects = KubernetesObjectApi.makeApiClient(kc);
  const core = kc.makeApiClient(CoreV1Api);
  const coordination = kc.makeApiClient(CoordinationV1Api);
  const configuration = (objects as unknown as { configuration: Configuration }).configuration;
  return {
    server: kc.getCurrentCluster()?.server ?? '',
    read: async (ref) => (await objects.read(header(ref))) as unknown as KubeObject,
    apply: async (obj, { fieldManager, dryRun }) =>
      (await objects.patch(
        obj as KubernetesObject,
        undefined,
        dryRun ? 'All' : undefined,
        fieldManager,
        false,
        PatchStrategy.ServerSideApply,
        strictApply(configuration, obj),
      )) as unknown as KubeObject,
    delete: async (ref) => void (await objects.delete(header(ref), undefined, undefined, undefined, undefined, 'Background')),
    list: async (apiVersion, kind, namespace) =>
      (await objects.list<KubernetesObject>(apiVersion, kind, namespace)).items as unknown as KubeObject[],
    readConfigMap: (namespace, name) => core.readNamespacedConfigMap({ name, namespace }),
    readService: (namespace, name) => core.readNamespacedService({ name, namespace }),
    requestToken: async (namespace, serviceAccount, spec) =>
      (
        await core.createNamespacedServiceAccountToken({
          name: serviceAccount,
          namespace,
          body: { apiVersion: 'authentication.k8s.io/v1', kind: 'TokenRequest', spec },
        })
      ).status ?? {},
    // client-node types a MicroTime as its V1MicroTime class, but sends a string as it is and
    // keeps the text it reads: the Lease goes both ways as text.
    readLease: async (namespace, name) => (await coordination.readNamespacedLease({ name, namespace })) as Lease,
    createLease: async (namespace, lease) => (await coordination.createNamespacedLease({ namespace, body: lease as V1Lease })) as Lease,
    replaceLease: async (namespace, name, lease) =>
      (await coordination.replaceNamespacedLease({ name, namespace, body: lease as V1Lease })) as Lease,
    deleteLease: async (namespace, name, resourceVersion) =>
      void (await coordination.deleteNamespacedLease({ name, namespace, body: { preconditions: { resourceVersion } } })),
    withSignal: (signal) => openWithPool({ ...opts, signal }, pool),
  };
}
