// ssh2 ships no types; @types/ssh2 describes its entry, whose utils.parseKey is this module's.
declare module 'ssh2/lib/protocol/keyParser.js' {
  import type { utils } from 'ssh2';
  const keyParser: { parseKey: typeof utils.parseKey };
  export default keyParser;
}
