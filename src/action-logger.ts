// Logger for the Action: workflow commands through @actions/core. Every message passes
// logSafe first: a value from a manifest, the API server or the VM can hold newlines and
// "::save-state ...", and core.info writes its text to stdout as is, where the runner would
// obey it. Secrets registered here are replaced by *** before anything is written, so a
// secret is not left to the runner's masking (which misses what a step writes to the summary,
// the PR comment or the report, and a secret split by an encoding).
import * as core from '@actions/core';
import { escapeControls, logSafe, type Logger, type SourceRef } from './log.js';

const secrets = new Set<string>();

const at = (where?: SourceRef): core.AnnotationProperties => (where ? { file: escapeControls(where.file, { keepNewlines: false }), startLine: where.line } : {});

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
    // Our own redaction skips values too short to be a credential (it would cut up ordinary
    // words in the summary); the runner still masks them in the log.
    if (v.length >= 4) secrets.add(v);
    core.setSecret(v);
  },
};

/** Fails the step with a message that is safe to log (see actionLogger). */
export function failAction(message: string): void {
  core.setFailed(clean(message));
}

/** Every registered secret replaced by ***, longest first (a secret may hold another). */
export function redactSecrets(text: string): string {
  let out = text;
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
  return out;
}

/** The same for every string in plain data (the run's result, before the report, summary and outputs are made of it). */
export function redactDeep<T>(value: T): T {
  if (typeof value === 'string') return redactSecrets(value) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactDeep(v)])) as T;
  }
  return value;
}
