import type { Cluster } from '../cluster/client.js';
import type { LeaseRef } from '../cluster/lease.js';
import type { Settings } from '../config/settings.js';
import type { Logger } from '../log.js';
import type { KubeObject } from '../plan/kube-object.js';
import type { SshSession } from '../vm/ssh-session.js';

/** What a step needs: where to log, and the signal that stops it. */
export interface StepContext {
  log: Logger;
  /** Aborted on the run's timeout or SIGINT/SIGTERM; the rollback runs under a fresh one. */
  signal: AbortSignal;
}

/**
 * How a run reaches the cluster and the VM. The front doors pass the real ones
 * (defaultConnectors); unit tests pass in-memory fakes, so step order, rollback and
 * cancellation are tested without an API server or sshd.
 */
export interface Connectors {
  /** The cluster of this kubeconfig (and context; '' for its current one), every request bound to signal and to requestTimeoutMs. */
  cluster(kubeconfig: string, context: string, log: Logger, signal: AbortSignal, requestTimeoutMs: number): Promise<Cluster>;
  /** An SSH session to the VM of the settings (jump host and host-key checks included). */
  vm(s: Settings, log: Logger, signal: AbortSignal): Promise<SshSession>;
}

/** What a run needs from its front door besides the settings. */
export interface RunContext extends StepContext {
  env: NodeJS.ProcessEnv;
  /** The run's own directory for the manifests and the JSON report (report/write.ts: made by the run under RUNNER_TEMP, or the CLI's --output-dir). */
  workDir: string;
  /** Base for relative manifest paths (the workspace on a runner). */
  cwd: string;
  connect: Connectors;
  /**
   * Set by the Action: told of each VM lease this run takes (held) and releases, so the post
   * step can release one the main step could not (killed: no rollback, no release).
   */
  onLease?: (lease: LeaseRef, held: boolean) => void;
  /**
   * Set by a fleet run (modes/fleet.ts): what every VM of the run reads or writes alike (the
   * mesh facts, an object several VMs render the same) is done once under its key, and the
   * VMs share the outcome.
   */
  once?: <T>(key: string, read: () => Promise<T>) => Promise<T>;
  /** Set by a fleet run: drops what `once` keeps under key (a shared object a rollback deleted). */
  forget?: (key: string) => void;
  /**
   * Set by a fleet run: the other VMs of the run that use this object and have not failed (a
   * WorkloadGroup and its ServiceAccount, Service and Sidecar are shared): a rollback keeps it.
   */
  usedByOthers?: (obj: KubeObject) => string[];
}

/**
 * The real connectors. Each loads its client on first use, not with this module: a validation
 * error, and render without a kubeconfig, load neither the Kubernetes client nor ssh2
 * (scripts/bundle.mjs splits at each import()).
 */
export function defaultConnectors(): Connectors {
  return {
    cluster: async (kubeconfig, context, log, signal, requestTimeoutMs) =>
      (await import('../cluster/client.js')).connectCluster(kubeconfig, context, log, signal, requestTimeoutMs),
    vm: async (s, log, signal) => (await import('../vm/ssh-session.js')).openSession(s, log, signal),
  };
}
