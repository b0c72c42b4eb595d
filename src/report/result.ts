// The one result object of a run. Every step writes into it; every front end (job summary,
// outputs, PR comment, CLI text, JSON) renders it and nothing else.
import type { InputProblem } from '../config/errors.js';
import type { Mode, Settings } from '../config/settings.js';
import type { ObjectSource } from '../plan/kube-object.js';
import type { AccessLogExcerpt } from '../probe/access-log.js';
import type { CheckRecord } from './check.js';

/** One traffic probe (probe/probes.ts) with our request IDs. */
export interface ProbeResult {
  direction: 'inbound' | 'outbound';
  url: string;
  passed: boolean;
  /** HTTP status of the last attempt; 0 when nothing answered. */
  httpStatus: number;
  latencyMs: number;
  /** The request ID of the last attempt. */
  requestId: string;
  /** Every request ID sent, in order (each attempt gets its own). */
  requestIds: string[];
  attempts: number;
  error?: string;
}

/** interrupted: stopped by the run's timeout or a SIGINT/SIGTERM, not by a failure of its own. */
export type StepStatus = 'ok' | 'failed' | 'interrupted' | 'skipped' | 'planned';

export interface StepResult {
  name: string;
  target: string;
  status: StepStatus;
  durationMs: number;
  detail?: string;
}

export type ObjectAction = 'created' | 'updated' | 'unchanged' | 'deleted' | 'absent' | 'planned' | 'rendered' | 'rolled-back';

export interface ObjectResult {
  kind: string;
  name: string;
  namespace?: string;
  action: ObjectAction;
  source?: ObjectSource;
  /** Offline schema check (render and before onboarding). */
  schema?: { valid: boolean; known: boolean; problems: Array<{ path: string; message: string }> };
  /** Server-side dry-run: 'accepted', or the API server's objection. */
  server?: string;
  /** What applying would change on the live object (render with a cluster). */
  liveDiff?: string;
}

export interface CrossCheckResult {
  rule: string;
  severity: 'error' | 'warning';
  message: string;
  source?: ObjectSource | { file?: string; line?: number };
}

export interface RunError {
  step: string;
  message: string;
  hint?: string;
  /** The proxy's own last log lines when the failure is about the proxy. */
  proxyLogs?: string[];
  /** Set when the run was stopped rather than failed: by its timeout, or by a signal. */
  interruptedBy?: 'timeout' | 'SIGINT' | 'SIGTERM';
  /** Set when the step found the inputs wrong (e.g. contradicting the manifests): the CLI then names flags and exits 2. */
  inputProblems?: InputProblem[];
}

/** mode refresh (report/refresh.ts), for one VM. */
export interface RefreshOutcome {
  /** refreshed: done and verified; planned: a dry-run would; skipped: nothing to do (or not refresh's to do); failed: tried and rolled back. */
  action: 'refreshed' | 'skipped' | 'planned' | 'failed';
  /** The proxy was (or would be) started anew. */
  restart: boolean;
  reasons: string[];
  /** After a refresh: the proxy as read again (the record beside it is as check read it before). */
  after?: { ready: boolean; connected: boolean; certExpiresAt: string | null; tokenExpiresAt: string };
}

export interface RunResult {
  mode: Mode;
  dryRun: boolean;
  verdict: 'succeeded' | 'failed';
  startedAt: string;
  finishedAt?: string;
  workload: { name: string; namespace: string; serviceAccount: string; address: string; vmHost: string };
  steps: StepResult[];
  objects: ObjectResult[];
  /** What would be done, in order: set in dry-run, readable as text. */
  plan?: string[];
  /** Path of the rendered manifests file, when one was written. */
  manifestsPath?: string;
  /** restored: the change was undone and the previous proxy runs again, ready. */
  proxyStatus: 'ready' | 'not-ready' | 'not-started' | 'planned' | 'restored';
  probeStatus: 'passed' | 'failed' | 'skipped';
  tokenExpiresAt?: string;
  /** registration: workload-group: the WorkloadEntry istiod created for this VM, and its health. */
  autoRegistered?: { name: string; group: string; healthy: string };
  /** Problems across objects (duplicates, namespaces, selectors). */
  crossChecks: CrossCheckResult[];
  probes: ProbeResult[];
  /** The proxy's access-log lines for our probes (by request ID), and its last lines. */
  accessLog?: AccessLogExcerpt;
  /** Facts of the bootstrap, for the report. */
  bootstrap?: { image: string; gateway: string; gatewaySource: string; trustDomain: string; configDir: string };
  error?: RunError;
  /** mode check: what the check found on this VM (the JSON report's record). */
  check?: CheckRecord;
  /** mode refresh: what was decided for this VM and why (`check` is the VM as read before; `refresh.after`, after). */
  refresh?: RefreshOutcome;
  /** mode check with config-dump: the scrubbed Envoy config dump's file. */
  configDumpPath?: string;
  /** With an inventory (modes/fleet.ts): one result per VM, in the inventory's order; this result is the run's. */
  vms?: RunResult[];
  /** A rollout in waves (canary): the wave this VM was in, from 1 (the canary wave). */
  wave?: number;
  /** The proxy before this run and the one it brings ("none" on a first onboarding): a rollout's old -> new. */
  proxyVersion?: { before: string; after: string };
  /** With an inventory: the `matrix` output, the inventory in shards (config/inventory.ts shardInventory). */
  matrix?: string;
}

/** The result a run starts from: what the inputs say, nothing done yet. */
export function newResult(s: Settings): RunResult {
  return {
    mode: s.mode,
    dryRun: s.dryRun,
    verdict: 'succeeded',
    startedAt: new Date().toISOString(),
    // What the inputs say; the render step replaces it with the effective workload.
    workload: {
      name: s.workload.name,
      namespace: s.workload.namespace,
      serviceAccount: s.workload.serviceAccount || s.workload.name,
      address: s.workload.address || s.ssh.target.host,
      vmHost: s.ssh.target.host,
    },
    steps: [],
    objects: [],
    crossChecks: [],
    probes: [],
    proxyStatus: 'not-started',
    probeStatus: 'skipped',
  };
}
