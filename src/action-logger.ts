// Logger for the Action: workflow commands through @actions/core. Every message passes
// logSafe first: a value from a manifest, the API server or the VM can hold newlines and
// "::save-state ...", and core.info writes its text to stdout as is, where the runner would
// obey it. Secrets registered here are replaced by *** before anything is written, so a
// secret is not left to the runner's masking (which misses what a step writes to the summary,
// the PR comment or the report, and a secret split by an encoding).
import * as core from '@actions/core';
import { escapeControls, logSafe, type Logger, type SourceRef } from './log.js';
import { addSecret, redactSecrets } from './redact.js';

const at = (where?: SourceRef): core.AnnotationProperties =>
  where ? { file: escapeControls(where.file, { keepNewlines: false }), startLine: where.line } : {};

// debug, warning, error and group are single workflow commands whose data core escapes
// (%, CR, LF); their control characters are escaped here.
const clean = (m: string, keepNewlines = true) => escapeControls(redactSecrets(m), { keepNewlines });

export const actionLogger: Logger = {
  info: (m) => core.info(logSafe(redactSecrets(m))),
  debug: (m) => core.debug(clean(m)),
  warning: (m, where) => core.warning(clean(m), at(where)),
  error: (m, where) => core.error(clean(m), at(where)),
  group: (title, fn) => core.group(clean(title, false), fn),
  secret: (v) => {
    if (!v) return;
    addSecret(v);
    core.setSecret(v);
  },
};

/** Fails the step with a message that is safe to log (see actionLogger). */
export function failAction(message: string): void {
  core.setFailed(clean(message));
}
