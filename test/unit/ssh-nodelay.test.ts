// The SSH session sends its small packets at once (TCP_NODELAY): with Nagle's algorithm on, as
// ssh2 leaves it, every handshake step and every exec waited for the peer's delayed ACK (about
// 90 ms per command on the test VMs). Checked against an ssh2 server on loopback: the session's
// own socket is told setNoDelay(true), and commands still run over it.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Socket, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import ssh2 from 'ssh2';
import { loadContract } from '../../src/config/contract.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { openSession } from '../../src/vm/ssh-session.js';
import { memoryLogger } from '../support/fakes.js';

const dir = mkdtempSync(join(tmpdir(), 'ivo-unit-nodelay-'));
after(() => rmSync(dir, { recursive: true, force: true }));
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'host')]);
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'user')]);

/** An ssh2 server on 127.0.0.1 that accepts the user's key and answers every exec with exit 0. */
async function server(): Promise<{ port: number; close: () => Promise<void> }> {
  const srv = new ssh2.Server({ hostKeys: [readFileSync(join(dir, 'host'))] }, (client) => {
    client.on('authentication', (ctx) => (ctx.method === 'publickey' ? ctx.accept() : ctx.reject(['publickey'])));
    client.on('ready', () =>
      client.on('session', (accept) =>
        accept().on('exec', (acceptExec) => {
          const stream = acceptExec();
          stream.exit(0);
          stream.end();
        }),
      ),
    );
    client.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return { port: (srv.address() as AddressInfo).port, close: () => new Promise((resolve) => srv.close(() => resolve())) };
}

describe('the SSH session', () => {
  it("turns Nagle's algorithm off on its connection", async () => {
    const srv = await server();
    // Called as the connection starts (before it has a peer): the sockets are kept and looked at once connected.
    const calls: Array<{ socket: Socket; noDelay: boolean | undefined }> = [];
    const original = Socket.prototype.setNoDelay;
    Socket.prototype.setNoDelay = function (this: Socket, noDelay?: boolean) {
      calls.push({ socket: this, noDelay });
      return original.call(this, noDelay);
    };
    try {
      const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
      const hostKey = readFileSync(join(dir, 'host.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ');
      const inputs: Record<string, string> = {
        mode: 'onboard',
        'workload-name': 'backend-vm',
        namespace: 'demo',
        'vm-host': '127.0.0.1',
        'ssh-port': String(srv.port),
        ports: 'http:8080',
        'ssh-user': 'ubuntu',
        'ssh-key': readFileSync(join(dir, 'user'), 'utf8'),
        'ssh-known-hosts': `[127.0.0.1]:${srv.port} ${hostKey}`,
        kubeconfig:
          'apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "https://127.0.0.1:6443"}}]\nusers: [{name: u, user: {token: t}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n',
      };
      const s = getSettings((n) => inputs[n] ?? defaults[n] ?? '', {});
      const session = await openSession(s, memoryLogger(), AbortSignal.timeout(20_000));
      try {
        const own = calls.filter((c) => c.socket.remotePort === srv.port && c.socket.localPort !== srv.port);
        assert.ok(
          own.length > 0 && own.every((c) => c.noDelay === true),
          `setNoDelay(true) on the session's socket: ${JSON.stringify(calls.map((c) => [c.socket.remotePort, c.noDelay]))}`,
        );
        assert.equal((await session.exec(['true'], { signal: AbortSignal.timeout(10_000) })).code, 0);
      } finally {
        session.close();
      }
    } finally {
      Socket.prototype.setNoDelay = original;
      await srv.close();
    }
  });
});
