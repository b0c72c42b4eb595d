// In-memory stand-ins for the cluster and the VM, for unit tests of step order, rollback and
// cancellation (RunContext.connect). They implement only what the modes, the lease and the
// runtimes call, record every call on one timeline, and can be told to fail or to hang on a
// given call. Like the real clients, a call made with an aborted signal is refused, and a
// hanging call ends when its signal aborts: so the timeline shows which signal each call had.
import { ApiException } from '@kubernetes/client-node';
import type { Cluster } from '../../src/cluster/client.js';
import type { Settings } from '../../src/config/settings.js';
import type { Logger } from '../../src/log.js';
import { abortReason } from '../../src/pipeline/abort.js';
import type { Connectors } from '../../src/pipeline/context.js';
import type { KubeObject } from '../../src/plan/kube-object.js';
import { READY_URL } from '../../src/plan/remote-commands.js';
import type { ExecOptions, ExecResult, SshSession } from '../../src/vm/ssh-session.js';

/** What a call does instead of its normal answer: throw this error, or never answer (until aborted). */
export type Fault = Error | 'hang';

export interface FakeWorld {
  /** Every call, in order: "apply ServiceAccount demo/backend-vm", "vm install-bundle", "lease delete", ... */
  timeline: string[];
  /** Objects in the fake cluster, by "Kind ns/name". */
  objects: Map<string, KubeObject>;
  /** The first call whose timeline entry satisfies the predicate gets the fault (once). */
  faults: Array<{ at: (call: string) => boolean; fault: Fault }>;
  /** Called with each timeline entry as it is recorded (a test aborts the run from here). */
  onCall?: (call: string) => void;
  /** Answers of VM commands by their kind ("ready-check", "docker run", ...); the rest exit 0. */
  vmAnswers: Record<string, Partial<ExecResult>>;
  /**
   * What the readiness wait in a start's own round trip ends with ("ready-check CODE"): by
   * default what a ready-check would answer (200; 127 when vmAnswers say curl is missing).
   */
  startReady?: string;
  /** Sessions opened, in order. */
  sessions: FakeSession[];
  connect: Connectors;
}

const hang = (signal: AbortSignal): Promise<never> =>
  new Promise((_, reject) => {
    if (signal.aborted) reject(abortReason(signal));
    signal.addEventListener('abort', () => reject(abortReason(signal)), { once: true });
  });

/** Records the call, then applies a fault meant for it, else returns its answer. */
async function perform<T>(world: FakeWorld, call: string, signal: AbortSignal, answer: () => T): Promise<T> {
  signal.throwIfAborted(); // a real request is not sent with an aborted signal
  world.timeline.push(call);
  world.onCall?.(call);
  const i = world.faults.findIndex((f) => f.at(call));
  const fault = i >= 0 ? world.faults.splice(i, 1)[0]?.fault : undefined;
  if (fault === 'hang') return hang(signal);
  if (fault) throw fault;
  return answer();
}

const notFound = (what: string) =>
  new ApiException(404, `${what} not found`, { kind: 'Status', code: 404, reason: 'NotFound', message: `${what} not found` }, {});
const alreadyExists = (what: string) =>
  new ApiException(
    409,
    `${what} already exists`,
    { kind: 'Status', code: 409, reason: 'AlreadyExists', message: `${what} already exists` },
    {},
  );

function keyOf(o: { kind: string; metadata: { name?: string; namespace?: string } }): string {
  return `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;
}

/** The mesh install mesh-facts.ts reads: ConfigMaps istio, istio-sidecar-injector, istio-ca-root-cert and the east-west gateway. */
const CONFIG_MAPS: Record<string, Record<string, string>> = {
  istio: { mesh: 'trustDomain: cluster.local\ndefaultConfig:\n  discoveryAddress: istiod.istio-system.svc:15012\n' },
  'istio-sidecar-injector': {
    values: JSON.stringify({
      global: { hub: 'docker.io/istio', tag: '1.30.0', jwtPolicy: 'third-party-jwt', pilotCertProvider: 'istiod' },
    }),
  },
  'istio-ca-root-cert': { 'root-cert.pem': '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n' },
};

function fakeCluster(world: FakeWorld, signal: AbortSignal): Cluster {
  let version = 0;
  const nextVersion = () => String(++version + world.timeline.length);
  const leases = new Map<string, Record<string, unknown>>();
  const cluster = {
    server: 'https://fake-apiserver.test',
    call: <T>(fn: () => Promise<T>) => fn(),
    withSignal: (other: AbortSignal) => view(other),
  };
  const view = (sig: AbortSignal): Cluster => {
    const on = <T>(call: string, answer: () => T) => perform(world, call, sig, answer);
    const fake: Cluster = {
      ...cluster,
      withSignal: (other: AbortSignal) => view(other),
      read: (h: KubeObject) =>
        on(`read ${keyOf(h)}`, () => {
          const o = world.objects.get(keyOf(h));
          if (!o) throw notFound(keyOf(h));
          return structuredClone(o);
        }),
      apply: (obj: KubeObject, { fieldManager, dryRun }: { fieldManager: string; dryRun: boolean }) =>
        on(`${dryRun ? 'dry-run ' : ''}apply ${keyOf(obj)}`, () => {
          // As the API server does: an apply that changes nothing keeps the resourceVersion.
          const live = world.objects.get(keyOf(obj));
          const { resourceVersion: _v, managedFields: _m, ...liveMeta } = (live?.metadata ?? {}) as Record<string, unknown>;
          if (live && JSON.stringify({ ...live, metadata: liveMeta }) === JSON.stringify(obj)) return structuredClone(live);
          const stored = {
            ...structuredClone(obj),
            metadata: { ...obj.metadata, resourceVersion: nextVersion(), managedFields: [{ manager: fieldManager }] },
          };
          if (!dryRun) world.objects.set(keyOf(obj), stored);
          return structuredClone(stored);
        }),
      list: (apiVersion: string, kind: string, namespace: string) =>
        on(`list ${kind} ${namespace}`, () =>
          [...world.objects.values()]
            .filter((o) => o.apiVersion === apiVersion && o.kind === kind && o.metadata.namespace === namespace)
            .map((o) => structuredClone(o)),
        ),
      delete: (h: KubeObject) =>
        on(`delete ${keyOf(h)}`, () => {
          if (!world.objects.delete(keyOf(h))) throw notFound(keyOf(h));
        }),
      readConfigMap: (namespace: string, name: string) =>
        on(`read ConfigMap ${namespace}/${name}`, () => {
          if (!CONFIG_MAPS[name]) throw notFound(`ConfigMap ${namespace}/${name}`);
          return { data: CONFIG_MAPS[name] };
        }),
      readService: (namespace: string, name: string) =>
        on(`read Service ${namespace}/${name}`, () => {
          if (name !== 'istio-eastwestgateway') throw notFound(`Service ${namespace}/${name}`);
          return { status: { loadBalancer: { ingress: [{ ip: '203.0.113.10' }] } } };
        }),
      requestToken: (namespace: string, name: string, spec: { expirationSeconds: number }) =>
        on(`token ${namespace}/${name}`, () => ({
          token: `fake-token-for-${name}`,
          expirationTimestamp: new Date(Date.now() + spec.expirationSeconds * 1000),
        })),
      readLease: (namespace: string, name: string) =>
        on(`read Lease ${namespace}/${name}`, () => {
          const l = leases.get(`${namespace}/${name}`);
          if (!l) throw notFound(`Lease ${namespace}/${name}`);
          return structuredClone(l);
        }),
      createLease: (namespace: string, body: { metadata: { name: string } }) =>
        on('lease create', () => {
          // as the API server: a create never overwrites
          if (leases.has(`${namespace}/${body.metadata.name}`)) throw alreadyExists(`Lease ${namespace}/${body.metadata.name}`);
          const l = { ...body, metadata: { ...body.metadata, resourceVersion: nextVersion() } };
          leases.set(`${namespace}/${body.metadata.name}`, l);
          return structuredClone(l);
        }),
      replaceLease: (namespace: string, name: string, body: { metadata: Record<string, unknown> }) =>
        on('lease renew', () => {
          const l = { ...body, metadata: { ...body.metadata, resourceVersion: nextVersion() } };
          leases.set(`${namespace}/${name}`, l);
          return structuredClone(l);
        }),
      deleteLease: (namespace: string, name: string) =>
        on('lease delete', () => {
          if (!leases.delete(`${namespace}/${name}`)) throw notFound(`Lease ${namespace}/${name}`);
        }),
    };
    return fake;
  };
  return view(signal);
}

/** A VM command's kind: "docker run", "docker rm", ... or the script's $0 ("install-bundle", "ready-check", "hosts-block", "remove-bundle"). */
export function commandKind(argv: string[]): string {
  const docker = argv.indexOf('docker');
  if (docker >= 0) return `docker ${argv[docker + 1]}`;
  const sh = argv.indexOf('-c');
  return (sh >= 0 && argv[sh + 2]) || argv.join(' ');
}

export interface FakeSession extends SshSession {
  /** The argv of every command run on this session, in order. */
  commands: Array<{ argv: string[]; stdin?: string }>;
}

function fakeSession(world: FakeWorld, s: Settings): FakeSession {
  let closed = false;
  const commands: FakeSession['commands'] = [];
  return {
    target: `${s.ssh.target.user}@${s.ssh.target.host}:${s.ssh.target.port}`,
    hostKey: { accepted: true, fingerprint: 'SHA256:fake', reason: 'pinned by the test' },
    commands,
    get closed() {
      return closed;
    },
    close: () => {
      closed = true;
    },
    exec: (argv: string[], opts: ExecOptions) => {
      if (closed) return Promise.reject(new Error('fake session: exec after close'));
      const kind = commandKind(argv);
      const stdin = opts.stdin === undefined ? undefined : String(opts.stdin);
      commands.push({ argv, ...(stdin === undefined ? {} : { stdin }) });
      return perform(world, `vm ${kind}`, opts.signal, (): ExecResult => {
        // The install script prints each file it wrote: one per stdin line ("NAME MODE BASE64").
        const written =
          kind === 'install-bundle'
            ? (stdin ?? '')
                .split('\n')
                .filter(Boolean)
                .map((l) => `${l.split(' ')[0]}\n`)
                .join('')
            : '';
        // A start (replace-proxy, start-unit) given a readiness wait prints its answer last, as the real script does.
        const url = argv.indexOf(READY_URL);
        const readyWait = kind !== 'ready-check' && url >= 0 ? Number(argv[url + 1]) : 0;
        const ready =
          readyWait > 0
            ? `ready-check ${world.startReady ?? (world.vmAnswers['ready-check']?.code === 127 ? '127' : (world.vmAnswers['ready-check']?.stdout ?? '200'))}\n`
            : '';
        return {
          code: 0,
          stdout: written || `${kind === 'ready-check' ? '200' : kind === 'docker run' ? 'f00dfeed0000\n' : ''}${ready}`,
          stderr: '',
          ...world.vmAnswers[kind],
        };
      });
    },
  };
}

export function fakeWorld(): FakeWorld {
  const world: FakeWorld = {
    timeline: [],
    objects: new Map(),
    faults: [],
    vmAnswers: {},
    sessions: [],
    connect: {
      // One cluster object per world: the lease and objects persist across runs of one world.
      cluster: async (_kubeconfig, _context, _log, signal) => (cluster ??= fakeCluster(world, signal)).withSignal(signal),
      vm: (s, _log, signal) =>
        perform(world, 'vm connect', signal, () => {
          const session = fakeSession(world, s);
          world.sessions.push(session);
          return session;
        }),
    },
  };
  let cluster: Cluster | undefined;
  return world;
}

/** A logger that keeps its lines (warnings and errors are what tests look at). */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => void lines.push(`info: ${m}`),
    debug: () => undefined,
    warning: (m) => void lines.push(`warning: ${m}`),
    error: (m) => void lines.push(`error: ${m}`),
    group: (_title, fn) => fn(),
    secret: () => undefined,
  };
}
