// Issue #17 classes 6 and 7 at the CLI's front door (`node dist/cli.js`): its file flags name
// files, and a file in the working directory may be the repository's. A hostile inventory file
// (a symlink out, a FIFO, 2 MiB, nested aliases, a trust input in an item, one VM spelt
// twice) is refused with exit 2, naming the flag, in well under a second, having changed
// nothing: no connection to the API server or the VM (loopback listeners that count them),
// no report written, and no byte of a file it was pointed at shown.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { PROJECT_ROOT } from '../support/action-runner.js';

const root = mkdtempSync(join(tmpdir(), 'ivo-inventory-files-'));
const work = join(root, 'repo'); // the working directory: the repository's checkout
const outside = join(root, 'runner'); // the runner's own files
const reports = join(root, 'reports');
const SECRET = `runner-secret-${Date.now()}`;
let api: { server: Server; port: number; connections: number };
let ssh: { server: Server; port: number; connections: number };

async function listener(): Promise<{ server: Server; port: number; connections: number }> {
  const l = { server: createServer((s) => (l.connections++, s.destroy())), port: 0, connections: 0 };
  await new Promise<void>((resolve) => l.server.listen(0, '127.0.0.1', resolve));
  l.port = (l.server.address() as AddressInfo).port;
  return l;
}

before(async () => {
  [api, ssh] = await Promise.all([listener(), listener()]);
  mkdirSync(work);
  mkdirSync(outside);
  writeFileSync(join(outside, 'credentials'), `- vm-host: ${SECRET}\n`);
  execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(outside, 'id')]);
  writeFileSync(
    join(work, 'kubeconfig'),
    `apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "https://127.0.0.1:${api.port}"}}]\nusers: [{name: u, user: {token: t0k3n}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n`,
  );
  writeFileSync(
    join(work, 'known_hosts'),
    `[127.0.0.1]:${ssh.port} ${readFileSync(join(outside, 'id.pub'), 'utf8').split(' ').slice(0, 2).join(' ')}\n`,
  );
});
after(async () => {
  await Promise.all([api, ssh].map((l) => new Promise((r) => l?.server.close(r))));
  rmSync(root, { recursive: true, force: true });
});

function cli(args: string[]) {
  const started = Date.now();
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist/cli.js'), ...args], {
    cwd: work,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: work, ISTIO_VM_ONBOARD_WORKDIR: reports },
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, ms: Date.now() - started };
}

/** onboard with every flag a real run needs: only the inventory is hostile. */
const onboard = (inventory: string, extra: string[] = []) =>
  cli([
    'onboard',
    '--inventory',
    inventory,
    '--namespace',
    'demo',
    '--ports',
    'http:8080',
    '--kubeconfig',
    'kubeconfig',
    '--ssh-key',
    join(outside, 'id'),
    '--ssh-known-hosts',
    'known_hosts',
    '--ssh-port',
    String(ssh.port),
    ...extra,
  ]);

function refused(r: ReturnType<typeof cli>, flag: string, message: RegExp): void {
  assert.equal(r.code, 2, `${r.stdout}\n${r.stderr}`);
  assert.ok(r.stderr.includes(`--${flag}`), `names --${flag}: ${r.stderr}`);
  assert.match(r.stderr, message);
  assert.ok(r.ms < 10_000, `${r.ms} ms`);
  assert.ok(!`${r.stdout}${r.stderr}`.includes(SECRET), 'no byte of the runner file shown');
  assert.equal(api.connections + ssh.connections, 0, 'no connection to the API server or the VM');
  assert.ok(!existsSync(reports) || readdirSync(reports).length === 0, 'no report written');
}

describe('a hostile inventory file at the CLI', () => {
  it('a symlink out of the working directory is not followed (class 6)', () => {
    symlinkSync(join(outside, 'credentials'), join(work, 'inventory.yaml'));
    refused(
      onboard('inventory.yaml'),
      'inventory',
      /--inventory inventory\.yaml: is in the workspace but leads out of it through a symlink/,
    );
    symlinkSync(outside, join(work, 'fleet'));
    refused(onboard('fleet/credentials'), 'inventory', /leads out of it through a symlink/);
    symlinkSync(join(outside, 'id'), join(work, 'id'));
    refused(
      cli(['render', '--workload-name', 'w', '-n', 'demo', '--vm-address', '10.0.0.1', '--ssh-key', 'id']),
      'ssh-key',
      /--ssh-key id: is in the workspace but leads out of it/,
    );
    // A path outside, as written on the command line, is the user's own: taken as given.
    const r = cli(['render', '--workload-name', 'w', '-n', 'demo', '--vm-address', '10.0.0.1', '--ssh-key', join(outside, 'id')]);
    assert.equal(r.code, 0, r.stderr);
    rmSync(reports, { recursive: true, force: true });
  });

  it('a FIFO is refused at once, not waited on', () => {
    execFileSync('mkfifo', [join(work, 'fifo.yaml')]);
    refused(onboard('fifo.yaml'), 'inventory', /is not a regular file/);
  });

  it('an item that sets trust or placement inputs (class 6)', () => {
    writeFileSync(
      join(work, 'trust.yaml'),
      `- vm-host: 127.0.0.1\n  ssh-strict-host-key: "false"\n  proxy-config-dir: /etc\n  ssh-jump-host: 203.0.113.7\n`,
    );
    const r = onboard('trust.yaml', ['--workload-name', 'w']);
    for (const input of ['ssh-strict-host-key', 'proxy-config-dir', 'ssh-jump-host'])
      refused(r, `inventory[0].${input}`, /holds for every VM of the run/);
  });

  it('2 MiB, nested aliases, one VM spelt twice (class 7)', () => {
    writeFileSync(join(work, 'big.yaml'), `- {vm-host: 127.0.0.1, labels: {a: "${'x'.repeat(2_200_000)}"}}\n`);
    refused(onboard('big.yaml'), 'inventory', /--inventory big\.yaml: is larger than 2 MiB/);
    let laughs = '- vm-host: 127.0.0.1\n  vars:\n    a: &a [x, x, x, x, x, x, x, x, x]\n';
    for (const [i, n] of [...'bcdefghi'].entries()) laughs += `    ${n}: &${n} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]\n`;
    writeFileSync(join(work, 'laughs.yaml'), laughs);
    refused(onboard('laughs.yaml'), 'inventory', /expands YAML aliases more than 1000 times/);
    writeFileSync(join(work, 'twice.yaml'), '- {vm-host: 127.0.0.1, workload-name: a}\n- {vm-host: "::ffff:7f00:1", workload-name: b}\n');
    refused(onboard('twice.yaml'), 'inventory[1].vm-host', /names the same VM as inventory\[0\] \("127\.0\.0\.1"\)/);
    refused(
      cli([
        'onboard',
        '--vm-host',
        '0x7f.0.0.1',
        '--workload-name',
        'w',
        '-n',
        'demo',
        '--kubeconfig',
        'kubeconfig',
        '--ssh-key',
        join(outside, 'id'),
        '--ssh-known-hosts',
        'known_hosts',
      ]),
      'vm-host',
      /inet_aton/,
    );
  });
});
