// Issue #18, a defect found in review: stopping the istio unit read any non-zero exit (a refused
// `sudo -n`, SSH's 255) as "no unit", and the stop script ignored a failing
// `systemctl disable --now`, so offboard and rollback reported success while the proxy ran on.
// The script runs here under a real sh with a recording `systemctl` stand-in on PATH; stopUnit
// reads its answers as a session would return them.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadContract } from '../../src/config/contract.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { stopSidecarUnitCommand } from '../../src/plan/remote-commands.js';
import { shellJoin } from '../../src/plan/shell.js';
import type { ExecResult, SshSession } from '../../src/vm/ssh-session.js';
import { stopUnit } from '../../src/vm/systemd-runtime.js';

const dir = mkdtempSync(join(tmpdir(), 'ivo-unit-stop-'));
after(() => rmSync(dir, { recursive: true, force: true }));
// cat exits $CAT_EXIT (1: no such unit, as systemctl says for a unit without a file); disable exits $DISABLE_EXIT.
writeFileSync(
  join(dir, 'systemctl'),
  [
    '#!/bin/sh',
    'case "$1" in',
    '  cat) exit "${CAT_EXIT:-0}";;',
    '  disable) [ "${DISABLE_EXIT:-0}" = 0 ] || echo "Failed to stop istio.service: Access denied" >&2; exit "${DISABLE_EXIT:-0}";;',
    'esac',
    'exit 0',
  ].join('\n'),
);
chmodSync(join(dir, 'systemctl'), 0o755);

const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
const inputs: Record<string, string> = {
  mode: 'render',
  'workload-name': 'backend-vm',
  namespace: 'demo',
  'vm-address': '10.231.1.2',
  ports: 'http:8080',
  'ssh-user': 'root',
};
const s = getSettings((n) => inputs[n] ?? defaults[n] ?? '', {});

function script(env: Record<string, string>): ExecResult {
  const r = spawnSync('sh', ['-c', shellJoin(stopSidecarUnitCommand(s))], {
    env: { PATH: `${dir}:/usr/bin:/bin`, ...env },
    encoding: 'utf8',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
const answering = (r: ExecResult) => ({ target: 'root@vm:22', exec: async () => r }) as unknown as SshSession;

describe('stopping the istio unit', () => {
  it('a unit that stops: "stopped", stopUnit says true', async () => {
    const r = script({});
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout.trim(), 'stopped');
    assert.equal(await stopUnit(answering(r), s, new AbortController().signal), true);
  });

  it('no such unit: "absent", stopUnit says false', async () => {
    const r = script({ CAT_EXIT: '1' });
    assert.equal(r.stdout.trim(), 'absent');
    assert.equal(await stopUnit(answering(r), s, new AbortController().signal), false);
  });

  it("systemctl disable --now failing is the command's failure, and stopUnit throws with its words", async () => {
    const r = script({ DISABLE_EXIT: '1' });
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.stdout, /stopped|absent/);
    await assert.rejects(
      stopUnit(answering(r), s, new AbortController().signal),
      /stopping the istio unit on root@vm:22 failed \(exit 1\): Failed to stop istio\.service: Access denied/,
    );
  });

  it('a refused sudo or a lost connection (SSH\'s 255) is an error, never "no unit"', async () => {
    const sudo = { code: 1, stdout: '', stderr: 'sudo: a password is required' };
    await assert.rejects(stopUnit(answering(sudo), s, new AbortController().signal), /failed \(exit 1\): sudo: a password is required/);
    await assert.rejects(
      stopUnit(answering({ code: 255, stdout: '', stderr: '' }), s, new AbortController().signal),
      /failed \(exit 255\)/,
    );
  });
});
