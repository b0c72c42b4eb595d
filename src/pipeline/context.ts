import type { Logger } from '../log.js';

/** What a run needs from its front door besides the settings. */
export interface RunContext {
  log: Logger;
  env: NodeJS.ProcessEnv;
  /** Where manifests and the JSON report are written (RUNNER_TEMP on a runner). */
  workDir: string;
  /** Base for relative manifest paths (the workspace on a runner). */
  cwd: string;
}
