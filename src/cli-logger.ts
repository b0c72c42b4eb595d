// Logger for the CLI: plain lines on stderr, every registered secret replaced by ***.
// Lines pass logSafe, as in the Action: the CLI may run in a workflow step, whose runner reads
// workflow commands on stderr too, and a terminal acts on escape sequences.
import { logSafe, type Logger } from './log.js';
import { addSecret, redactSecrets } from './redact.js';

export function cliLogger(opts: { verbose: boolean; write?: (line: string) => void }): Logger & { redact(text: string): string } {
  const write = opts.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const redact = redactSecrets;
  const say = (prefix: string, m: string) => write(logSafe(redact(prefix + m)));
  return {
    redact,
    info: (m) => say('', m),
    debug: (m) => {
      if (opts.verbose) say('debug: ', m);
    },
    warning: (m, where) => say(`warning: ${where ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : ''}`, m),
    error: (m, where) => say(`error: ${where ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : ''}`, m),
    group: async (title, fn) => {
      say('== ', title);
      return fn();
    },
    secret: (v) => {
      if (v) addSecret(v);
    },
  };
}
