import type { Logger } from '../log.js';

/** What a step needs: where to log, and the signal that stops it. */
export interface StepContext {
  log: Logger;
  /** Aborted on the run's timeout or SIGINT/SIGTERM; the rollback runs under a fresh one. */
  signal: AbortSignal;
}

/** What a run needs from its front door besides the settings. */
export interface RunContext extends StepContext {
  env: NodeJS.ProcessEnv;
  /** Where manifests and the JSON report are written (RUNNER_TEMP on a runner). */
  workDir: string;
  /** Base for relative manifest paths (the workspace on a runner). */
  cwd: string;
}
