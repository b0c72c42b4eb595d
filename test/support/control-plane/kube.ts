// The test world's Kubernetes: real etcd, kube-apiserver and kube-controller-manager (built from
// their Go modules by scripts/control-plane/build.sh), started the way controller-runtime's envtest
// starts them (pkg/internal/testing/controlplane/apiserver.go), with what envtest leaves out and
// the action needs: token authentication for an admin and a read-only user, RBAC, and a
// service-account issuer with signing keys, so TokenRequest and TokenReview are the real ones.
// The action reaches the API through a recording, fault-injecting front (api-front.ts).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { KubeObject } from '../../../src/plan/kube-object.js';
import { createCa, issueCert } from '../pki.js';
import { startApiFront, type Fault, type RequestRecord } from './api-front.js';
import { controlPlaneBinaries } from './binaries.js';
import { startDaemon, waitFor, type Daemon } from './daemon.js';
import { kubeCall, kubeOk, type KubeHttp } from './kube-http.js';

export type { Fault, RequestRecord } from './api-front.js';

export interface KubeCluster {
  /** The front's URL: what the action's kubeconfig points at. */
  url: string;
  /** kube-apiserver itself (the test world's own calls go here, unrecorded). */
  directUrl: string;
  caPem: string;
  token: string;
  readOnlyToken: string;
  /** Admin and read-only users, current context admin, server = the front. */
  kubeconfig: string;
  kubeconfigPath: string;
  /** The same but straight to kube-apiserver (for istiod and kubectl in the world). */
  directKubeconfigPath: string;
  requests: RequestRecord[];
  /** TCP connections the front (the action's side) accepted so far. */
  connections(): number;
  /** Requests that change something (not GET/HEAD, not dryRun=All) and that kube-apiserver answered. */
  writes(): RequestRecord[];
  getObject(apiVersion: string, kind: string, namespace: string | undefined, name: string): Promise<KubeObject | undefined>;
  listObjects(apiVersion: string, kind: string, namespace?: string): Promise<KubeObject[]>;
  /** Server-side apply as the field manager "test-world" (force). */
  putObject(obj: KubeObject): Promise<KubeObject>;
  deleteObject(apiVersion: string, kind: string, namespace: string | undefined, name: string): Promise<void>;
  /** A real TokenReview, as istiod makes one for a proxy's CSR. */
  reviewToken(jwt: string, audiences?: string[]): Promise<{ authenticated: boolean; user?: string; audiences?: string[]; error?: string }>;
  /** kubectl against the world (real kubectl, direct kubeconfig). */
  kubectl(args: string[], input?: string): string;
  http: KubeHttp;
  /** etcd, kube-apiserver, kube-controller-manager. */
  daemons: Daemon[];
  injectFault(f: Fault): void;
  clearFaults(): void;
  stop(): Promise<void>;
}

export async function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, host, () => {
      const port = (s.address() as AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

export function kubeconfigYaml(url: string, caPem: string, users: Array<{ name: string; token: string }>): string {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [{ name: 'test-world', cluster: { server: url, 'certificate-authority-data': Buffer.from(caPem).toString('base64') } }],
    users: users.map((u) => ({ name: u.name, user: { token: u.token } })),
    contexts: users.map((u, i) => ({
      name: i === 0 ? 'test-world' : `test-world-${u.name}`,
      context: { cluster: 'test-world', user: u.name, namespace: 'default' },
    })),
    'current-context': 'test-world',
    preferences: {},
  });
}

/** apiVersion + kind -> URL path, from the server's own discovery (cached per cluster). */
class RestMapper {
  private cache = new Map<string, { plural: string; namespaced: boolean }>();
  constructor(private readonly k: KubeHttp) {}
  async path(apiVersion: string, kind: string, namespace: string | undefined, name?: string): Promise<string> {
    const key = `${apiVersion}/${kind}`;
    let m = this.cache.get(key);
    if (!m) {
      const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
      const list = (await kubeOk(this.k, 'GET', base)) as { resources: Array<{ name: string; kind: string; namespaced: boolean }> };
      const r = list.resources.find((x) => x.kind === kind && !x.name.includes('/'));
      if (!r) throw new Error(`the API server does not serve ${kind} in ${apiVersion}`);
      m = { plural: r.name, namespaced: r.namespaced };
      this.cache.set(key, m);
    }
    const base = apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
    const ns = m.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
    return `${base}${ns}/${m.plural}${name ? `/${encodeURIComponent(name)}` : ''}`;
  }
}

export async function startKube(): Promise<KubeCluster> {
  const bins = controlPlaneBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'ivo-kube-'));
  const daemons: Daemon[] = [];
  const cleanup: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const c of cleanup.reverse().splice(0)) await c().catch(() => undefined);
    for (const d of daemons.reverse().splice(0)) await d.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const ca = createCa('test-world kubernetes CA');
    const serving = issueCert(ca, {
      commonName: 'kube-apiserver',
      dns: ['localhost', 'kubernetes', 'kubernetes.default', 'kubernetes.default.svc'],
      ips: ['127.0.0.1'],
    });
    writeFileSync(join(dir, 'ca.crt'), ca.certPem);
    writeFileSync(join(dir, 'apiserver.crt'), serving.certPem + ca.certPem);
    writeFileSync(join(dir, 'apiserver.key'), serving.keyPem, { mode: 0o600 });
    execFileSync('openssl', ['genrsa', '-out', join(dir, 'sa.key'), '2048'], { stdio: 'ignore' });
    execFileSync('openssl', ['rsa', '-in', join(dir, 'sa.key'), '-pubout', '-out', join(dir, 'sa.pub')], { stdio: 'ignore' });
    const token = randomBytes(24).toString('base64url');
    const readOnlyToken = randomBytes(24).toString('base64url');
    const controllerToken = randomBytes(24).toString('base64url');
    // token,user,uid,"groups" (--token-auth-file). The read-only user gets the built-in view role below.
    writeFileSync(
      join(dir, 'tokens.csv'),
      [
        `${token},test-admin,uid-admin,"system:masters"`,
        `${readOnlyToken},test-read-only,uid-read-only,"test:read-only"`,
        `${controllerToken},system:kube-controller-manager,uid-kcm`,
      ].join('\n') + '\n',
      { mode: 0o600 },
    );

    const [etcdClient, etcdPeer, apiPort] = await Promise.all([freePort(), freePort(), freePort()]);
    const etcd = await startDaemon(
      'etcd',
      bins.etcd,
      [
        '--name',
        'test-world',
        '--data-dir',
        join(dir, 'etcd'),
        '--listen-client-urls',
        `http://127.0.0.1:${etcdClient}`,
        '--advertise-client-urls',
        `http://127.0.0.1:${etcdClient}`,
        '--listen-peer-urls',
        `http://127.0.0.1:${etcdPeer}`,
        '--initial-advertise-peer-urls',
        `http://127.0.0.1:${etcdPeer}`,
        '--initial-cluster',
        `test-world=http://127.0.0.1:${etcdPeer}`,
        '--unsafe-no-fsync', // a test cluster: speed over durability
        '--log-level',
        'warn',
      ],
      { logPath: join(dir, 'etcd.log') },
    );
    daemons.push(etcd);

    const directUrl = `https://127.0.0.1:${apiPort}`;
    const apiserver = await startDaemon(
      'kube-apiserver',
      bins.kubeApiserver,
      [
        `--etcd-servers=http://127.0.0.1:${etcdClient}`,
        `--secure-port=${apiPort}`,
        '--bind-address=127.0.0.1',
        '--advertise-address=127.0.0.1',
        `--tls-cert-file=${join(dir, 'apiserver.crt')}`,
        `--tls-private-key-file=${join(dir, 'apiserver.key')}`,
        `--client-ca-file=${join(dir, 'ca.crt')}`,
        `--token-auth-file=${join(dir, 'tokens.csv')}`,
        '--authorization-mode=RBAC',
        '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
        `--service-account-key-file=${join(dir, 'sa.pub')}`,
        `--service-account-signing-key-file=${join(dir, 'sa.key')}`,
        '--service-cluster-ip-range=10.96.0.0/16',
        '--allow-privileged=true',
        '--enable-priority-and-fairness=false',
        '--profiling=false',
        `--cert-dir=${join(dir, 'certs')}`,
        '--v=0',
      ],
      { logPath: join(dir, 'kube-apiserver.log') },
    );
    daemons.push(apiserver);
    const http: KubeHttp = { url: directUrl, caPem: ca.certPem, token };
    await waitFor(apiserver, 'ready (/readyz)', async () => (await kubeCall(http, 'GET', '/readyz')).status === 200, 90_000);

    const directKubeconfigPath = join(dir, 'kubeconfig-direct');
    writeFileSync(directKubeconfigPath, kubeconfigYaml(directUrl, ca.certPem, [{ name: 'admin', token }]), { mode: 0o600 });
    const kcmKubeconfig = join(dir, 'kubeconfig-kcm');
    writeFileSync(kcmKubeconfig, kubeconfigYaml(directUrl, ca.certPem, [{ name: 'kcm', token: controllerToken }]), { mode: 0o600 });
    // Namespaces (deletion), default ServiceAccounts, kube-root-ca.crt; nothing that needs nodes.
    const kcm = await startDaemon(
      'kube-controller-manager',
      bins.kubeControllerManager,
      [
        `--kubeconfig=${kcmKubeconfig}`,
        `--authentication-kubeconfig=${kcmKubeconfig}`,
        `--authorization-kubeconfig=${kcmKubeconfig}`,
        '--controllers=namespace-controller,serviceaccount-controller,root-ca-certificate-publisher-controller,garbage-collector-controller',
        `--root-ca-file=${join(dir, 'ca.crt')}`,
        `--service-account-private-key-file=${join(dir, 'sa.key')}`,
        '--leader-elect=false',
        '--bind-address=127.0.0.1',
        `--secure-port=${await freePort()}`,
        `--cert-dir=${join(dir, 'kcm-certs')}`,
        '--concurrent-namespace-syncs=5',
        '--v=0',
      ],
      { logPath: join(dir, 'kube-controller-manager.log') },
    );
    daemons.push(kcm);

    await kubeOk(
      http,
      'PATCH',
      '/apis/rbac.authorization.k8s.io/v1/clusterrolebindings/test-read-only?fieldManager=test-world&force=true',
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'ClusterRoleBinding',
        metadata: { name: 'test-read-only' },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
        subjects: [{ apiGroup: 'rbac.authorization.k8s.io', kind: 'Group', name: 'test:read-only' }],
      },
      'application/apply-patch+yaml',
    );
    // The default ServiceAccount appearing in "default" shows kube-controller-manager is at work.
    await waitFor(
      kcm,
      'the default ServiceAccount in namespace default',
      async () => (await kubeCall(http, 'GET', '/api/v1/namespaces/default/serviceaccounts/default')).status === 200,
      60_000,
    );

    const frontCert = issueCert(ca, { commonName: 'kube-apiserver', dns: ['localhost'], ips: ['127.0.0.1'] });
    const front = await startApiFront({
      upstream: directUrl,
      upstreamCaPem: ca.certPem,
      certPem: frontCert.certPem + ca.certPem,
      keyPem: frontCert.keyPem,
    });
    cleanup.push(() => front.stop());
    const kubeconfig = kubeconfigYaml(front.url, ca.certPem, [
      { name: 'admin', token },
      { name: 'read-only', token: readOnlyToken },
    ]);
    const kubeconfigPath = join(dir, 'kubeconfig');
    writeFileSync(kubeconfigPath, kubeconfig, { mode: 0o600 });

    const mapper = new RestMapper(http);
    const cluster: KubeCluster = {
      url: front.url,
      directUrl,
      caPem: ca.certPem,
      token,
      readOnlyToken,
      kubeconfig,
      kubeconfigPath,
      directKubeconfigPath,
      requests: front.requests,
      connections: () => front.connections(),
      writes: () => front.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD' && !r.dryRun && !r.faulted),
      async getObject(apiVersion, kind, namespace, name) {
        const r = await kubeCall(http, 'GET', await mapper.path(apiVersion, kind, namespace, name));
        if (r.status === 404) return undefined;
        if (r.status !== 200) throw new Error(`get ${kind} ${namespace}/${name}: HTTP ${r.status}: ${r.text}`);
        return r.body as KubeObject;
      },
      async listObjects(apiVersion, kind, namespace) {
        const r = (await kubeOk(http, 'GET', await mapper.path(apiVersion, kind, namespace))) as { items: KubeObject[] };
        return r.items.map((o) => ({ ...o, apiVersion, kind }));
      },
      async putObject(obj) {
        const path = await mapper.path(obj.apiVersion, obj.kind, obj.metadata.namespace, obj.metadata.name);
        return (await kubeOk(
          http,
          'PATCH',
          `${path}?fieldManager=test-world&force=true`,
          obj,
          'application/apply-patch+yaml',
        )) as KubeObject;
      },
      async deleteObject(apiVersion, kind, namespace, name) {
        const r = await kubeCall(http, 'DELETE', await mapper.path(apiVersion, kind, namespace, name));
        if (r.status !== 200 && r.status !== 202 && r.status !== 404)
          throw new Error(`delete ${kind} ${namespace}/${name}: HTTP ${r.status}: ${r.text}`);
      },
      async reviewToken(jwt, audiences) {
        const r = (await kubeOk(http, 'POST', '/apis/authentication.k8s.io/v1/tokenreviews', {
          apiVersion: 'authentication.k8s.io/v1',
          kind: 'TokenReview',
          spec: { token: jwt, ...(audiences ? { audiences } : {}) },
        })) as { status: { authenticated?: boolean; user?: { username: string }; audiences?: string[]; error?: string } };
        return {
          authenticated: Boolean(r.status.authenticated),
          user: r.status.user?.username,
          audiences: r.status.audiences,
          error: r.status.error,
        };
      },
      kubectl(args, input) {
        return execFileSync('kubectl', ['--kubeconfig', directKubeconfigPath, ...args], {
          encoding: 'utf8',
          input,
          stdio: ['pipe', 'pipe', 'pipe'],
        });
      },
      http,
      daemons: [...daemons],
      injectFault: (f) => front.injectFault(f),
      clearFaults: () => front.clearFaults(),
      stop: stopAll,
    };
    return cluster;
  } catch (err) {
    await stopAll();
    throw err;
  }
}
