// Logger for the CLI: plain lines on stderr, every registered secret replaced by ***.
// Lines pass logSafe, as in the Action: the CLI may run in a workflow step, whose runner reads
// workflow commands on stderr too, and a terminal acts on escape sequences.
import { logSafe, type Logger } from './log.js';

export function cliLogger(opts: { verbose: boolean; write?: (line: string) => void }): Logger & { redact(text: string): string } {
  const secrets = new Set<string>();
  const write = opts.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const redact = (text: string): string => {
    let out = text;
    // Longest first, so a secret that contains another is replaced whole.
    for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
    return out;
  };
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
      if (v) secrets.add(v);
    },
  };
}
