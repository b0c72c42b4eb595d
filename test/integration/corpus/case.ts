// One case of the hostile-inputs corpus (test/integration/hostile-inputs.test.ts), shared with
// the files of cases kept beside it (one file per issue, so tables grow without conflicts).
import type { ActionRun } from '../../support/action-runner.js';

/** A file made in the case's workspace: text or bytes, a symlink, a FIFO, a directory, or a copy of test/fixtures/hostile/<fixture>. */
export type FileSpec = string | Buffer | { symlink: string } | { fifo: true } | { dir: true } | { fixture: string };
/** What the case's ::error:: names: the input, the file (annotation), or a message. */
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
