// Logger for the Action: workflow commands through @actions/core. Every message passes
// logSafe first: a value from a manifest, the API server or the VM can hold newlines and
// "::save-state ...", and core.info writes its text to stdout as is, where the runner would
// obey it. Secrets registered here are also kept, so text the runner does not mask (the job
// summary, the PR comment) can be redacted the same way.
import * as core from '@actions/core';
import { escapeControls, logSafe, type Logger, type SourceRef } from './log.js';

const secrets = new Set<string>();

const at = (where?: SourceRef): core.AnnotationProperties => (where ? { file: escapeControls(where.file, { keepNewlines: false }), startLine: where.line } : {});

export const actionLogger: Logger = {
  info: (m) => core.info(logSafe(m)),
  // debug, warning, error and group are single workflow commands whose data core escapes
  // (%, CR, LF); the control characters are escaped here.
  debug: (m) => core.debug(escapeControls(m)),
  warning: (m, where) => core.warning(escapeControls(m), at(where)),
  error: (m, where) => core.error(escapeControls(m), at(where)),
  group: (title, fn) => core.group(escapeControls(title, { keepNewlines: false }), fn),
  secret: (v) => {
    if (!v) return;
    secrets.add(v);
    core.setSecret(v);
  },
};

/** Fails the step with a message that is safe to log (see actionLogger). */
export function failAction(message: string): void {
  core.setFailed(escapeControls(message));
}

/** Every registered secret replaced by ***, longest first (a secret may hold another). */
export function redactSecrets(text: string): string {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
  return out;
}
