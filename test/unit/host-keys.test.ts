import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { checkHostKey, fingerprintOf, hostsFieldMatches } from '../../src/vm/host-keys.js';

const dir = mkdtempSync(join(tmpdir(), 'ivo-hostkey-'));
after(() => rmSync(dir, { recursive: true, force: true }));
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'host')]);
const pub = readFileSync(join(dir, 'host.pub'), 'utf8').trim().split(' ');
const blob = Buffer.from(pub[1] as string, 'base64');

describe('host keys', () => {
  it('computes the fingerprint ssh-keygen -lf prints', () => {
    const printed = execFileSync('ssh-keygen', ['-lf', join(dir, 'host.pub')])
      .toString()
      .split(' ')[1];
    assert.equal(fingerprintOf(blob), printed);
  });
  it('accepts a key pinned by known_hosts, including hashed and [host]:port forms', () => {
    const line = `10.0.0.5 ${pub[0]} ${pub[1]}`;
    assert.equal(checkHostKey({ knownHosts: [line], fingerprints: [], strict: true }, '10.0.0.5', 22, blob).accepted, true);
    assert.equal(checkHostKey({ knownHosts: [line], fingerprints: [], strict: true }, '10.0.0.5', 2222, blob).accepted, false);
    assert.ok(hostsFieldMatches('[10.0.0.5]:2222', '10.0.0.5', 2222));
    const hashed = execFileSync('sh', [
      '-c',
      `printf '%s\\n' "vm.example.com ${pub[0]} ${pub[1]}" > ${dir}/kh && ssh-keygen -H -f ${dir}/kh >/dev/null 2>&1 && cat ${dir}/kh`,
    ])
      .toString()
      .trim();
    assert.ok(hashed.startsWith('|1|'));
    assert.equal(checkHostKey({ knownHosts: [hashed], fingerprints: [], strict: true }, 'vm.example.com', 22, blob).accepted, true);
    assert.equal(checkHostKey({ knownHosts: [hashed], fingerprints: [], strict: true }, 'other.example.com', 22, blob).accepted, false);
  });
  it('refuses an unpinned key when strict, accepts it when not, and always refuses a mismatching pin', () => {
    assert.equal(checkHostKey({ knownHosts: [], fingerprints: [], strict: true }, 'h', 22, blob).accepted, false);
    assert.equal(checkHostKey({ knownHosts: [], fingerprints: [], strict: false }, 'h', 22, blob).accepted, true);
    const wrong = checkHostKey({ knownHosts: [], fingerprints: ['SHA256:' + 'A'.repeat(43)], strict: false }, 'h', 22, blob);
    assert.equal(wrong.accepted, false);
    assert.match(wrong.reason, /does not match the pinned key/);
    assert.equal(checkHostKey({ knownHosts: [], fingerprints: [fingerprintOf(blob)], strict: true }, 'h', 22, blob).accepted, true);
  });
});
