// The shape of one hostile-input case (test/integration/hostile-inputs.test.ts runs them), for
// the tables kept beside it in test/integration/corpus/.
import type { ActionRun } from '../../support/action-runner.js';

export type FileSpec = string | Buffer | { symlink: string } | { fifo: true } | { dir: true } | { fixture: string };
export type Names = { input: string } | { file: string } | { message: RegExp };

export interface Case {
  name: string;
  inputs?: Record<string, string>;
  files?: Record<string, FileSpec>;
  env?: NodeJS.ProcessEnv;
  names: Names;
  /** validation: refused before anything ran; render: refused by the render step (no side effect either). */
  stage?: 'validation' | 'render';
  /** Secret values this case's own inputs hold, besides the base ones. */
  secrets?: string[];
  check?: (r: ActionRun) => void;
}
