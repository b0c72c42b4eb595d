// The one typed settings object every later step trusts. Built and validated once by
// getSettings(); nothing after it reads raw inputs.

export type Mode = 'onboard' | 'render' | 'offboard';
export type CommentMode = 'auto' | 'always' | 'never';
export type ProxyRuntime = 'docker';

export interface WorkloadPort {
  name: string;
  number: number;
  /** Istio protocol derived from the port name prefix (http-web -> HTTP). */
  protocol: 'HTTP' | 'HTTP2' | 'GRPC' | 'TCP' | 'TLS' | 'HTTPS';
}

export interface SshEndpoint {
  user: string;
  host: string;
  port: number;
}

export interface Settings {
  mode: Mode;
  dryRun: boolean;
  timeoutMs: number;
  workload: {
    name: string;
    namespace: string;
    serviceAccount: string;
    labels: Record<string, string>;
    ports: WorkloadPort[];
    /** The WorkloadEntry address: where the mesh reaches the VM. */
    address: string;
    /** Empty: take the install's network. */
    network: string;
  };
  manifests: {
    patterns: string[];
    vars: Record<string, string>;
  };
  cluster: {
    /** Kubeconfig content; undefined when none was given (render without a cluster). */
    kubeconfig?: string;
    context: string;
    istioNamespace: string;
    createNamespace: boolean;
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
    start: boolean;
    readyTimeoutMs: number;
    /** Empty: the east-west gateway Service's load balancer address. */
    gatewayAddress: string;
    tokenLifetimeSeconds: number;
  };
  probe: {
    url: string;
    fromVmUrl: string;
    expectedStatus: number;
    timeoutMs: number;
  };
  github: {
    token: string;
    comment: CommentMode;
  };
}
