// The pipeline logs through this interface only, so the Action (workflow commands) and the
// CLI (plain text with redaction) show the same things and secrets are masked in both.

export interface SourceRef {
  file: string;
  line?: number;
}

export interface Logger {
  info(message: string): void;
  debug(message: string): void;
  warning(message: string, where?: SourceRef): void;
  error(message: string, where?: SourceRef): void;
  /** A phase of the run: a collapsible log group in the Action. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
  /** Registers a secret so no later line shows it. */
  secret(value: string): void;
}

// Characters a terminal or the log viewer would act on (C0 and C1 controls, DEL), and those
// that hide or reorder text (bidi controls, zero-width characters, line and paragraph
// separators). Tab and, where a message may span lines, newline are kept.
const UNSAFE_CHARS =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u115f\u1160\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufeff\ufff9-\ufffb]/g;

function escapeChar(c: string): string {
  if (c === '\r') return '\\r';
  if (c === '\n') return '\\n';
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Control and invisible characters as visible escapes (\x1b, \r, \u202e); newlines too unless kept. */
export function escapeControls(text: string, opts: { keepNewlines?: boolean } = {}): string {
  const escaped = text.replace(UNSAFE_CHARS, escapeChar);
  return opts.keepNewlines === false ? escaped.replace(/\n/g, '\\n') : escaped;
}

/**
 * A message as it may be written to the runner's log: control characters escaped, and no
 * line the runner would read as a workflow command. The runner takes a line as a command when
 * it starts with "::" after leading blanks, or holds "##[" anywhere (the older syntax); a
 * value from a manifest or the VM could otherwise set state, outputs or masks
 * (actions/runner, src/Runner.Common/ActionCommand.cs). Such lines get a backslash before
 * the characters that would make them a command.
 */
export function logSafe(text: string): string {
  return escapeControls(text)
    .split('\n')
    .map((line) => line.replace(/^(\s*)::/, '$1\\::').replace(/##\[/g, '##\\['))
    .join('\n');
}

/** At most `max` characters of a value, quoted, escaped and with its length when cut: safe to put in a message. */
export function quoteValue(value: string, max = 40): string {
  const cut = [...value].length > max;
  const shown = cut ? [...value].slice(0, max).join('') : value;
  return `"${escapeControls(shown, { keepNewlines: false }).replace(/"/g, '\\"')}${cut ? `..." (${value.length} characters)` : '"'}`;
}
