// ssh2's private-key parser, loaded with the first key it reads. Inputs are validated at
// startup in every mode, yet a run that fails validation or only renders has no key to read:
// loading the parser (ssh2's crypto tables, which probe OpenSSL as they load, bcrypt-pbkdf,
// tweetnacl) would cost ~20 ms before the first line. CommonJS on purpose: a require() inside
// a function is synchronous, in the bundle too (esbuild inlines the module and runs it on the
// first call), so getSettings stays synchronous. The parser is the very module
// ssh2.utils.parseKey is, so a key is read exactly as the SSH client will read it.
import type { utils } from 'ssh2';

type ParseKey = typeof utils.parseKey;
let parser: ParseKey | undefined;

function parseKey(...args: Parameters<ParseKey>): ReturnType<ParseKey> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when a key is parsed (startup time)
  parser ??= (require('ssh2/lib/protocol/keyParser.js') as { parseKey: ParseKey }).parseKey;
  return parser(...args);
}

export = { parseKey };
