// The one typed settings object every later step trusts. Built and validated once by
// getSettings(); nothing after it reads raw inputs.

export type Mode = 'onboard' | 'render' | 'offboard' | 'check' | 'refresh';
import type { FailOn } from './fail-on.js';
export type CommentMode = 'auto' | 'always' | 'never';
export type ProxyRuntime = 'docker' | 'systemd';
/** How traffic reaches the proxy: Istio's iptables step (redirect) or listeners the apps call directly (none). */
export type Interception = 'redirect' | 'none';
export type Registration = 'workload-entry' | 'workload-group';

export interface WorkloadPort {
  name: string;
  number: number;
  /** Istio protocol derived from the port name prefix (http-web -> HTTP). */
  protocol: 'HTTP' | 'HTTP2' | 'GRPC' | 'TCP' | 'TLS' | 'HTTPS';
}

/** A name the VM's applications call (`mesh-hosts`), with the port when given as host:port. */
export interface MeshHost {
  host: string;
  port?: number;
}

export interface SshEndpoint {
  user: string;
  host: string;
  port: number;
}

/** The `inventory` input: many VMs in one run (modes/fleet.ts). */
export interface Fleet {
  /** One Settings per VM: the inputs with the VM's item laid over them, validated by the same rules. */
  vms: Settings[];
  /** The items as given (input name -> value): the `matrix` output's shards hold them. */
  items: Array<Record<string, string>>;
  /** How many VMs are onboarded at the same time. */
  concurrency: number;
  /** VMs per shard of the `matrix` output. */
  shardSize: number;
  /** VMs in the first wave of a rollout (the `canary` input, modes/waves.ts); 0: no waves, every VM at once. */
  canary: number;
}

export interface Settings {
  mode: Mode;
  dryRun: boolean;
  timeoutMs: number;
  /**
   * What the inputs say about the workload. Where the user's manifests can answer (a
   * WorkloadEntry in `manifests`), a field may be empty ('', {}, []): the render step derives
   * the effective workload (plan/effective-workload.ts), and every later step uses that one.
   */
  workload: {
    /** Empty: the name of the manifests' WorkloadEntry. */
    name: string;
    /** Empty: the namespace of the manifests' WorkloadEntry. */
    namespace: string;
    /** Empty: the WorkloadEntry's serviceAccount, else the workload name. */
    serviceAccount: string;
    /** Empty: the WorkloadEntry's labels, else app=<workload name>. */
    labels: Record<string, string>;
    /** Empty: the WorkloadEntry's ports. */
    ports: WorkloadPort[];
    /** The vm-address input (where the mesh reaches the VM). Empty: the WorkloadEntry's address, else vm-host. */
    address: string;
    /** Empty: the WorkloadEntry's network, else the install's. */
    network: string;
    /** registration: a WorkloadEntry applied by the action, or a WorkloadGroup whose entry istiod creates (auto-registration). */
    registration: Registration;
    /** Mesh hosts the VM's applications call by name: /etc/hosts entries on the VM point them at the sidecar. */
    meshHosts: MeshHost[];
  };
  manifests: {
    patterns: string[];
    vars: Record<string, string>;
    /** allow-exec-probe: a WorkloadGroup of the manifests may give an exec probe (a command run on the VM). */
    allowExecProbe: boolean;
  };
  cluster: {
    /** Kubeconfig content; undefined when none was given (render without a cluster). */
    kubeconfig?: string;
    context: string;
    istioNamespace: string;
    /** istio-revision: the istiod revision the VM joins ('' for the default one; 'default' reads as ''). */
    istioRevision: string;
    createNamespace: boolean;
    /** api-timeout: bound on one API request. */
    requestTimeoutMs: number;
    /** lock-timeout: how long to wait for another run's lease on the VM (cluster/lease.ts). */
    lockTimeoutMs: number;
  };
  ssh: {
    target: SshEndpoint;
    jumpHost?: SshEndpoint;
    privateKey?: string;
    passphrase?: string;
    knownHosts: string[];
    fingerprints: string[];
    strictHostKey: boolean;
    connectTimeoutMs: number;
    commandTimeoutMs: number;
    retries: number;
  };
  proxy: {
    /** Empty: the install's hub/proxyv2:tag. */
    image: string;
    configDir: string;
    runtime: ProxyRuntime;
    /** interception: redirect (systemd's default: istio-start.sh's iptables step) or none (docker's only one). */
    interception: Interception;
    /** sidecar-package: the istio-sidecar .deb/.rpm on the runner (systemd runtime); empty: use the installed one. */
    sidecarPackage: string;
    start: boolean;
    readyTimeoutMs: number;
    /** Empty: the east-west gateway Service's load balancer address. */
    gatewayAddress: string;
    tokenLifetimeSeconds: number;
  };
  probe: {
    /** probe-url: inbound probes, one per line (e.g. one per Service of the VM), each its own request IDs. */
    urls: string[];
    fromVmUrl: string;
    expectedStatus: number;
    timeoutMs: number;
  };
  github: {
    token: string;
    comment: CommentMode;
  };
  /** mode: check: which findings fail the run (fail-on). */
  check: { failOn: FailOn; configDump: boolean };
  /** mode: refresh: a workload certificate that expires within this many milliseconds is refreshed (refresh-within). */
  refresh: { withinMs: number };
  /** Set with an inventory only; without one, the run is the one VM these settings name. */
  fleet?: Fleet;
}
