// A stand-in for kube-apiserver, over HTTPS, for tests: no real API server can run here.
// It behaves like the real one (Kubernetes 1.32 with Istio's CRDs) for what the action and
// kubectl use, and is checked against the real kubectl in test/integration/kube-api-server.test.ts.
// What it checks as the real server would:
// - bearer-token authentication (401) and a read-only user (403 on writes);
// - discovery (legacy and aggregated), /openapi/v3 (so kubectl sends fieldValidation=Strict),
//   and /openapi/v2 as JSON and protobuf for kubectl before 1.25 (client-side validation and
//   its dry-run support check);
// - namespaced writes need an existing namespace (404 namespaces "x" not found); deleting a
//   namespace deletes its contents;
// - kind/apiVersion must match the URL (400); names, labels, Service ports and Istio CRD schemas
//   are validated (422 Invalid with details.causes[].field); unknown fields warn, or 400 when
//   fieldValidation=Strict; resourceVersion/uid preconditions and AlreadyExists (409);
// - server-side apply with per-manager field ownership, conflicts (409 with causes), force, and
//   removal of fields a manager stops applying; managedFields in FieldsV1;
// - dryRun=All runs everything and stores nothing; TokenRequest issues RS256 JWTs (min 600 s).
// Not modelled: RBAC beyond the two users, admission webhooks, finalizers/graceful deletion,
// protobuf, watch history (a watch from a past resourceVersion starts at "now").
// Its parts live in ./kube-api/ (storage, routing, SSA, validation, discovery, tokens, seed).
import { createServer, type Server } from 'node:https';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { isIP } from 'node:net';
import { stringify } from 'yaml';
import { createCa, issueCert } from './pki.js';
import { Allocator, applyDefaults } from './kube-api/defaults.js';
import type { CrudContext } from './kube-api/request.js';
import { byKind, NAMESPACES, splitApiVersion, type ResourceType } from './kube-api/resources.js';
import { namespaceChildren, seedCluster, seedIstio } from './kube-api/seed.js';
import { KubeApiHandler } from './kube-api/server.js';
import { trackUpdate } from './kube-api/ssa.js';
import { asVersion, Store } from './kube-api/store.js';
import { TokenIssuer } from './kube-api/tokens.js';
import { clone, deepEqual, type Fault, type IstioSeed, type KubeObject, type RequestRecord } from './kube-api/types.js';

export type { Fault, IstioSeed, KubeObject, RequestRecord } from './kube-api/types.js';

export interface TestApiServer {
  url: string;
  caPem: string;
  token: string;
  readOnlyToken: string;
  /** YAML: cluster with certificate-authority-data, users (admin, read-only), contexts, current-context. */
  kubeconfig: string;
  /** The same, written to a 0600 file in a temp dir removed by stop(). */
  kubeconfigPath: string;
  requests: RequestRecord[];
  /** Requests other than GET (reads, lists, watches) that were not dryRun=All. */
  writes(): RequestRecord[];
  getObject(apiVersion: string, kind: string, namespace: string | undefined, name: string): KubeObject | undefined;
  listObjects(apiVersion: string, kind: string, namespace?: string): KubeObject[];
  /** Seeds an object directly: no validation, no request log entry; its namespace must exist. */
  putObject(obj: KubeObject): KubeObject;
  injectFault(f: Fault): void;
  clearFaults(): void;
  /** The TokenReview a host-side stand-in (istiod) would make: signature, expiry, and the ServiceAccount still existing. */
  verifyServiceAccountToken(jwt: string): { namespace: string; serviceAccount: string; audiences: string[]; expiresAt: Date };
  stop(): Promise<void>;
}

export interface StartOptions {
  host?: string;
  port?: number;
  seedIstio?: IstioSeed;
}

// Serving certificates cost a few openssl runs; one per host is enough for a test process.
const pkiCache = new Map<string, { caPem: string; certPem: string; keyPem: string }>();

function servingPki(host: string): { caPem: string; certPem: string; keyPem: string } {
  let p = pkiCache.get(host);
  if (!p) {
    const ca = createCa('kube-api stand-in CA');
    const ips = ['127.0.0.1', ...(isIP(host) && host !== '127.0.0.1' && host !== '0.0.0.0' ? [host] : [])];
    const leaf = issueCert(ca, { commonName: 'kube-apiserver', dns: ['localhost', 'kubernetes', 'kubernetes.default', 'kubernetes.default.svc'], ips });
    p = { caPem: ca.certPem, certPem: leaf.certPem + ca.certPem, keyPem: leaf.keyPem };
    pkiCache.set(host, p);
  }
  return p;
}

function resourceFor(apiVersion: string, kind: string): ResourceType {
  const rt = byKind(apiVersion, kind);
  if (!rt) throw new Error(`the Kubernetes API stand-in does not serve ${kind} in ${apiVersion}`);
  return rt;
}

function kubeconfigYaml(url: string, caPem: string, token: string, readOnlyToken: string): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'stand-in', cluster: { server: url, 'certificate-authority-data': Buffer.from(caPem).toString('base64') } }],
    users: [
      { name: 'stand-in-admin', user: { token } },
      { name: 'stand-in-read-only', user: { token: readOnlyToken } },
    ],
    contexts: [
      { name: 'stand-in', context: { cluster: 'stand-in', user: 'stand-in-admin', namespace: 'default' } },
      { name: 'stand-in-read-only', context: { cluster: 'stand-in', user: 'stand-in-read-only', namespace: 'default' } },
    ],
    'current-context': 'stand-in',
    preferences: {},
  });
}

export async function startApiServer(opts: StartOptions = {}): Promise<TestApiServer> {
  const host = opts.host ?? '127.0.0.1';
  const [tokens, pki] = await Promise.all([TokenIssuer.create(), Promise.resolve().then(() => servingPki(host))]);
  const store = new Store();
  const alloc = new Allocator();
  const istioRoot = opts.seedIstio && !(opts.seedIstio.omit ?? []).includes('root-cert') ? opts.seedIstio.rootCertPem : undefined;

  // Direct writes (seeding, namespace controllers): defaults and managedFields, no validation.
  const put = (obj: KubeObject, manager: string): KubeObject => {
    const rt = resourceFor(obj.apiVersion, obj.kind);
    const o = clone(obj);
    const ns = rt.namespaced ? o.metadata.namespace : undefined;
    if (rt.namespaced) {
      if (!ns) throw new Error(`putObject: ${obj.kind} ${obj.metadata.name} needs metadata.namespace`);
      if (!store.get(NAMESPACES, undefined, ns)) throw new Error(`putObject: namespace "${ns}" does not exist; put the Namespace first`);
    } else delete o.metadata.namespace;
    const version = splitApiVersion(o.apiVersion).version;
    const old = store.get(rt, ns, o.metadata.name, version);
    applyDefaults(rt, o, old, alloc);
    o.metadata['uid'] = old?.metadata['uid'] ?? store.newUid();
    o.metadata['creationTimestamp'] = old?.metadata['creationTimestamp'] ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    if (rt.custom) {
      const gen = Number(old?.metadata['generation'] ?? 0);
      o.metadata['generation'] = old && deepEqual(old['spec'], o['spec']) ? gen : gen + 1;
    }
    trackUpdate(old, o, { manager, apiVersion: o.apiVersion, scope: { keyedPorts: !rt.custom, statusSeparate: false, part: 'main' } });
    const stored = store.put(rt, o);
    if (!old && rt === NAMESPACES) onNamespaceCreated(o.metadata.name);
    return asVersion(stored, rt, version);
  };
  const onNamespaceCreated = (ns: string): void => {
    for (const c of namespaceChildren(ns, pki.caPem, istioRoot)) put(c.obj, c.manager);
  };

  const ctx: CrudContext = { store, alloc, tokens, onNamespaceCreated };
  const token = randomBytes(24).toString('base64url');
  const readOnlyToken = randomBytes(24).toString('base64url');
  let address = '';
  const handler = new KubeApiHandler(
    ctx,
    { admin: { token, name: 'stand-in-admin' }, readOnly: { token: readOnlyToken, name: 'system:serviceaccount:ci:read-only' } },
    () => address,
  );

  seedCluster({ put: (o, m) => void put(o, m) });
  if (opts.seedIstio) seedIstio({ put: (o, m) => void put(o, m) }, opts.seedIstio);

  const server: Server = createServer({ cert: pki.certPem, key: pki.keyPem }, (req, res) => handler.handle(req, res));
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = isIP(host) === 6 ? `[${host}]` : host;
  address = `${urlHost}:${port}`;
  const url = `https://${address}`;
  const kubeconfig = kubeconfigYaml(url, pki.caPem, token, readOnlyToken);
  const dir = mkdtempSync(join(tmpdir(), 'ivo-kube-api-'));
  const kubeconfigPath = join(dir, 'kubeconfig');
  writeFileSync(kubeconfigPath, kubeconfig, { mode: 0o600 });

  const sa = resourceFor('v1', 'ServiceAccount');
  return {
    url,
    caPem: pki.caPem,
    token,
    readOnlyToken,
    kubeconfig,
    kubeconfigPath,
    requests: handler.requests,
    writes: () => handler.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD' && !r.dryRun),
    getObject: (apiVersion, kind, namespace, name) => store.get(resourceFor(apiVersion, kind), namespace, name, splitApiVersion(apiVersion).version),
    listObjects: (apiVersion, kind, namespace) => store.list(resourceFor(apiVersion, kind), namespace, splitApiVersion(apiVersion).version),
    putObject: (obj) => put(obj, 'test-seed'),
    injectFault: (f) => handler.injectFault(f),
    clearFaults: () => handler.clearFaults(),
    verifyServiceAccountToken(jwt) {
      const claims = tokens.verify(jwt);
      const k = claims['kubernetes.io'];
      const live = store.get(sa, k?.namespace, k?.serviceaccount?.name ?? '');
      if (!live) throw new Error(`service account ${k?.namespace}/${k?.serviceaccount?.name} does not exist (any more); its tokens are invalid`);
      if (live.metadata['uid'] !== k.serviceaccount.uid) {
        throw new Error(`service account ${k.namespace}/${k.serviceaccount.name} was recreated (uid ${String(live.metadata['uid'])}, token has ${k.serviceaccount.uid}); its tokens are invalid`);
      }
      return { namespace: k.namespace, serviceAccount: k.serviceaccount.name, audiences: claims.aud, expiresAt: new Date(claims.exp * 1000) };
    },
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
