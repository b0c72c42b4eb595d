// ssh2's private-key parser without the rest of ssh2. Validating the ssh-key input happens at
// startup, for every mode; ssh2's entry loads its client, server, SFTP and agents too, which
// only onboard and offboard use (they load it with their mode, vm/ssh-session.ts). The parser
// is the same file ssh2.utils.parseKey points at, so a key is read exactly as the client will.
import keyParser from 'ssh2/lib/protocol/keyParser.js';

export const parseKey = keyParser.parseKey;
