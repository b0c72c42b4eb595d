import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadContract } from '../../src/config/contract.js';
import { InputError } from '../../src/config/errors.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { secretsInInputs } from '../../src/config/secrets.js';
import { parseDuration } from '../../src/config/duration.js';
import { canonicalIp } from '../../src/config/rules.js';
import { sshTarget } from '../../src/vm/ssh-session.js';
import { vmLeaseName } from '../../src/cluster/lease.js';
import { readInputFile } from '../../src/config/input-file.js';
import { effectiveWorkload } from '../../src/plan/effective-workload.js';

const contract = loadContract();
const defaults = Object.fromEntries(contract.inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? defaults[name] ?? '';

const keyDir = mkdtempSync(join(tmpdir(), 'ivo-unit-key-'));
after(() => rmSync(keyDir, { recursive: true, force: true }));
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(keyDir, 'plain')]);
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', 'open sesame', '-f', join(keyDir, 'locked')]);
const plainKey = readFileSync(join(keyDir, 'plain'), 'utf8');
const lockedKey = readFileSync(join(keyDir, 'locked'), 'utf8');
const hostLine = `10.231.1.2 ${readFileSync(join(keyDir, 'plain.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ')}`;
const kubeconfig = `apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: "https://127.0.0.1:6443"}}]
users: [{name: u, user: {token: "s3cr3t-bearer-token-value"}}]
contexts: [{name: ctx, context: {cluster: c, user: u}}]
current-context: ctx
`;

const valid = {
  'workload-name': 'backend-vm',
  namespace: 'demo',
  'vm-host': '10.231.1.2',
  ports: 'http:8080\ngrpc-api:9090',
  kubeconfig,
  'ssh-key': plainKey,
  'ssh-known-hosts': hostLine,
};

function problemsOf(inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}): Array<{ input: string; message: string }> {
  try {
    getSettings(reader(inputs), env);
    return [];
  } catch (err) {
    assert.ok(err instanceof InputError, String(err));
    return err.problems;
  }
}

describe('getSettings', () => {
  it('builds typed settings with derived defaults', () => {
    const s = getSettings(reader(valid), {});
    assert.equal(s.mode, 'onboard');
    // Settings keep what the inputs say; the defaults are the effective workload's (no manifests here).
    assert.deepEqual([s.workload.serviceAccount, s.workload.address, s.workload.labels], ['', '', {}]);
    const w = effectiveWorkload(s, []);
    assert.equal(w.serviceAccount, 'backend-vm');
    assert.equal(w.address, '10.231.1.2');
    assert.deepEqual(w.labels, { app: 'backend-vm' });
    assert.deepEqual(s.workload.ports, [
      { name: 'http', number: 8080, protocol: 'HTTP' },
      { name: 'grpc-api', number: 9090, protocol: 'GRPC' },
    ]);
    assert.equal(s.proxy.tokenLifetimeSeconds, 86400);
    assert.equal(s.timeoutMs, 600_000);
    assert.equal(s.ssh.target.user, 'root');
    assert.equal(s.proxy.configDir, '/etc/istio-proxy');
    assert.equal(s.ssh.strictHostKey, true);
    assert.equal(s.ssh.connectTimeoutMs, 10_000);
    assert.equal(s.ssh.commandTimeoutMs, 300_000);
  });

  it('names every broken input with its rule, all at once', () => {
    const problems = problemsOf({
      ...valid,
      'workload-name': 'Backend_VM',
      'ssh-port': '70000',
      'token-lifetime': '5m',
      labels: 'app=ok,bad key=x',
      timeout: 'soon',
    });
    const inputs = problems.map((p) => p.input).sort();
    assert.deepEqual(inputs, ['labels', 'ssh-port', 'timeout', 'token-lifetime', 'workload-name']);
    assert.match(problems.find((p) => p.input === 'workload-name')!.message, /DNS-1123 label/);
    assert.match(problems.find((p) => p.input === 'token-lifetime')!.message, /between 600s/);
  });

  it('refuses an unpinned host key unless strict checking is off', () => {
    const unpinned = { ...valid, 'ssh-known-hosts': '' };
    assert.match(
      problemsOf(unpinned)
        .map((p) => p.message)
        .join(),
      /pin the VM host key/,
    );
    assert.deepEqual(problemsOf({ ...unpinned, 'ssh-strict-host-key': 'false' }), []);
    assert.deepEqual(problemsOf({ ...unpinned, 'ssh-host-fingerprint': 'SHA256:' + 'A'.repeat(43) }), []);
  });

  it('checks the key and its passphrase before anything runs', () => {
    assert.match(
      problemsOf({ ...valid, 'ssh-key': lockedKey })
        .map((p) => `${p.input} ${p.message}`)
        .join(),
      /ssh-key is encrypted/,
    );
    assert.match(
      problemsOf({ ...valid, 'ssh-key': lockedKey, 'ssh-key-passphrase': 'wrong' })
        .map((p) => p.input)
        .join(),
      /ssh-key-passphrase/,
    );
    assert.deepEqual(problemsOf({ ...valid, 'ssh-key': lockedKey, 'ssh-key-passphrase': 'open sesame' }), []);
    assert.match(
      problemsOf({ ...valid, 'ssh-key': '/home/me/.ssh/id_ed25519' })
        .map((p) => p.message)
        .join(),
      /not a path/,
    );
  });

  it('rejects malformed known_hosts lines, ports, jump hosts and image references', () => {
    const problems = problemsOf({
      ...valid,
      'ssh-known-hosts': '10.231.1.2 ssh-ed25519 AAAAC3NzaC1yc2EAAAA=',
      ports: 'http:8080,http:8081,web',
      'ssh-jump-host': 'ops@bastion:99999',
      'proxy-image': 'Not An Image',
      'proxy-config-dir': '/etc/../tmp',
    });
    const byInput = (i: string) =>
      problems
        .filter((p) => p.input === i)
        .map((p) => p.message)
        .join(' | ');
    assert.match(byInput('ssh-known-hosts'), /does not match its type/);
    assert.match(byInput('ports'), /appears twice/);
    assert.match(byInput('ports'), /must be name:port/);
    assert.match(byInput('ssh-jump-host'), /outside 1-65535/);
    assert.match(byInput('proxy-image'), /image reference/);
    assert.match(byInput('proxy-config-dir'), /segments/);
  });

  it('refuses probes when the proxy is not started', () => {
    assert.match(
      problemsOf({ ...valid, 'start-proxy': 'false', 'probe-url': 'http://vm:8080/' })
        .map((p) => `${p.input} ${p.message}`)
        .join(),
      /probe-url needs start-proxy: true/,
    );
    assert.deepEqual(problemsOf({ ...valid, 'start-proxy': 'false' }), []);
  });

  it('takes probe-url one URL per line (one probe per Service), each checked, none twice', () => {
    const s = getSettings(
      reader({ ...valid, 'probe-url': 'http://backend-vm.demo:8080/\n# the admin Service\nhttp://backend-admin.demo:9090/stats?a=1,2\n' }),
      {},
    );
    assert.deepEqual(
      s.probe.urls,
      ['http://backend-vm.demo:8080/', 'http://backend-admin.demo:9090/stats?a=1,2'],
      'comments and blank lines dropped, commas kept in a URL',
    );
    assert.deepEqual(getSettings(reader(valid), {}).probe.urls, []);
    const problems = problemsOf({ ...valid, 'probe-url': 'http://a:8080/\nftp://b/\nhttp://a:8080/' })
      .filter((p) => p.input === 'probe-url')
      .map((p) => p.message);
    assert.deepEqual(problems, ['"ftp://b/" must be an http or https URL', 'lists "http://a:8080/" more than once']);
  });

  it('parses a jump host with defaults from ssh-user and port 22', () => {
    const s = getSettings(reader({ ...valid, 'ssh-user': 'ops', 'ssh-jump-host': 'bastion.example.com' }), {});
    assert.deepEqual(s.ssh.jumpHost, { user: 'ops', host: 'bastion.example.com', port: 22 });
  });

  it('takes IPv6 vm-host and vm-address in their canonical text (what pilot-agent reports and istiod matches the WorkloadEntry by), and names the IPv6 target in brackets', () => {
    const s = getSettings(
      reader({
        ...valid,
        'vm-host': 'FD10:0231:0:1:0:0:0:2',
        'vm-address': '2001:DB8:0:0:1:0:0:1',
        'ssh-known-hosts': hostLine.replace('10.231.1.2', 'fd10:231:0:1::2'),
      }),
      {},
    );
    assert.equal(s.ssh.target.host, 'fd10:231:0:1::2');
    assert.equal(s.workload.address, '2001:db8::1:0:0:1');
    assert.equal(sshTarget(s), 'root@[fd10:231:0:1::2]:22');
    // Embedded IPv4 and zones stay as given; IPv4 and names are untouched.
    assert.deepEqual(['::ffff:10.0.0.1', 'fe80::1%eth0', '10.0.0.1', 'vm.example.com'].map(canonicalIp), [
      '::ffff:10.0.0.1',
      'fe80::1%eth0',
      '10.0.0.1',
      'vm.example.com',
    ]);
  });

  // Issue #17 class 7, the single-VM path: the same identity as an inventory's VMs.
  it('takes vm-host in one spelling per VM (case, trailing dot, ::ffff:), one Lease for all, and refuses zones and inet_aton forms', () => {
    const hostOf = (host: string) => getSettings(reader({ ...valid, 'vm-host': host }), {}).ssh.target.host;
    assert.equal(hostOf('VM-1.Example.COM.'), 'vm-1.example.com');
    assert.equal(hostOf('::ffff:10.231.1.2'), '10.231.1.2');
    assert.equal(hostOf('::FFFF:AE7:102'), '10.231.1.2');
    assert.deepEqual(
      problemsOf({ ...valid, 'vm-address': '0x0a.0.0.9' }).map((p) => p.input),
      ['vm-address'],
      'vm-address: the same rule, though no identity',
    );
    assert.equal(new Set(['10.231.1.2', '::ffff:10.231.1.2', '::FFFF:0AE7:0102'].map((h) => vmLeaseName(hostOf(h)))).size, 1, 'one Lease');
    for (const host of ['0x7f.0.0.1', '127.1', '2130706433', '0X7F.0.0.01', 'fe80::1%eth0']) {
      assert.deepEqual(
        problemsOf({ ...valid, 'vm-host': host }).map((p) => p.input),
        ['vm-host'],
        host,
      );
    }
    assert.deepEqual(
      problemsOf({ ...valid, 'ssh-jump-host': 'ops@0x7f.1' }).map((p) => p.input),
      ['ssh-jump-host'],
    );
    assert.deepEqual(
      problemsOf({ ...valid, 'mesh-hosts': '0x7f.0.0.1' }).map((p) => p.input),
      ['mesh-hosts'],
    );
  });

  // Issue #17 class 6: the bundle holds a file named hosts, and offboarding removes the bundle's names.
  it("takes proxy-config-dir only in Istio's directories, never a system directory", () => {
    for (const dir of [
      '/etc/istio-proxy',
      '/etc/istio-proxy/',
      '/etc/istio-proxy/vm1',
      '/etc/istio/proxy',
      '/var/lib/istio/bundle',
      '/opt/istio/vm',
    ]) {
      assert.deepEqual(problemsOf({ ...valid, 'proxy-config-dir': dir }), [], dir);
    }
    for (const dir of [
      '/etc',
      '/',
      '/usr',
      '/bin',
      '/var/lib',
      '/var/lib/istio',
      '/etc/istio',
      '/opt/istio',
      '/etc/istio-proxyx',
      '/etc/istio-proxy/../..',
      '/etc//istio-proxy',
      '/tmp/istio-proxy',
      '/root/.ssh',
      'etc/istio-proxy',
    ]) {
      const problems = problemsOf({ ...valid, 'proxy-config-dir': dir });
      assert.deepEqual(
        problems.map((p) => p.input),
        ['proxy-config-dir'],
        dir,
      );
    }
    assert.match(
      problemsOf({ ...valid, 'proxy-config-dir': '/etc' })[0]?.message ?? '',
      /is not a directory of Istio's: give \/etc\/istio-proxy \(the default\)/,
    );
  });

  it('opens sidecar-package without following a symlink out of the workspace', () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ivo-unit-ws-'));
    try {
      writeFileSync(join(workspace, 'real.deb'), 'bytes');
      symlinkSync('real.deb', join(workspace, 'inside.deb'));
      symlinkSync('/etc/passwd', join(workspace, 'passwd.deb'));
      mkdirSync(join(workspace, 'up'));
      symlinkSync('/etc', join(workspace, 'up/etc'));
      const systemd = { ...valid, 'proxy-runtime': 'systemd' };
      const env = { GITHUB_WORKSPACE: workspace };
      for (const path of ['passwd.deb', join(workspace, 'passwd.deb'), 'up/etc/passwd.deb']) {
        const problems = problemsOf({ ...systemd, 'sidecar-package': path }, env);
        assert.deepEqual(
          problems.map((p) => p.input),
          ['sidecar-package'],
          path,
        );
      }
      assert.match(
        problemsOf({ ...systemd, 'sidecar-package': 'passwd.deb' }, env)[0]?.message ?? '',
        /is in the workspace but leads out of it through a symlink, to "\/etc\/passwd"/,
      );
      // A symlink that stays inside is followed; the settings hold the path that was checked.
      assert.equal(
        getSettings(reader({ ...systemd, 'sidecar-package': 'inside.deb' }), env).proxy.sidecarPackage,
        join(realpathSync(workspace), 'real.deb'),
      );
    } finally {
      rmSync(workspace, { recursive: true, force: true });
    }
  });

  it("reads a file input (the CLI's --inventory, --kubeconfig, ...) without following a symlink out of the workspace", () => {
    const workspace = mkdtempSync(join(tmpdir(), 'ivo-unit-ws-'));
    const outside = mkdtempSync(join(tmpdir(), 'ivo-unit-out-'));
    try {
      writeFileSync(join(workspace, 'inventory.yaml'), '- vm-host: a\n');
      writeFileSync(join(outside, 'key'), 'mine');
      symlinkSync(join(outside, 'key'), join(workspace, 'stolen.yaml'));
      symlinkSync('inventory.yaml', join(workspace, 'alias.yaml'));
      execFileSync('mkfifo', [join(workspace, 'fifo.yaml')]);
      writeFileSync(join(workspace, 'latin1.yaml'), Buffer.from([0x2d, 0x20, 0xe9, 0x0a]));
      const read = (path: string, max = 1024) => readInputFile(path, workspace, max);
      assert.deepEqual(read('inventory.yaml'), { text: '- vm-host: a\n' });
      assert.deepEqual(read('alias.yaml'), { text: '- vm-host: a\n' }, 'a symlink that stays inside is followed');
      assert.deepEqual(read(join(outside, 'key')), { text: 'mine' }, 'a path outside, as written by whoever runs it, is taken as given');
      assert.match((read('stolen.yaml') as { problem: string }).problem, /^is in the workspace but leads out of it through a symlink, to /);
      assert.deepEqual(read('fifo.yaml'), { problem: 'is not a regular file (a device, FIFO or socket)' });
      assert.deepEqual(read('latin1.yaml'), { problem: 'is not UTF-8 text' });
      assert.match(
        (read('inventory.yaml', 4) as { problem: string }).problem,
        /^is larger than /,
        'bounded: /dev/zero or a huge file is not read to the end',
      );
      assert.deepEqual(read('missing.yaml'), { problem: 'no such file' });
    } finally {
      rmSync(workspace, { recursive: true, force: true });
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('needs neither VM nor cluster nor key for render', () => {
    const s = getSettings(reader({ mode: 'render', 'workload-name': 'web', namespace: 'demo', 'vm-address': 'vm.example.com' }), {});
    assert.equal(s.cluster.kubeconfig, undefined);
    assert.equal(s.ssh.privateKey, undefined);
  });

  it('reads $KUBECONFIG when the input is empty and names the file when it cannot', () => {
    // A missing file of the list is skipped, as kubectl skips it; none that exists is a problem naming the list.
    const problems = problemsOf({ ...valid, kubeconfig: '' }, { KUBECONFIG: '/nonexistent/kubeconfig:/nonexistent/other' }) as Array<{
      input: string;
      message: string;
      from?: string;
    }>;
    assert.deepEqual(problems, [
      { input: 'kubeconfig', message: 'names no file that exists', from: '$KUBECONFIG (/nonexistent/kubeconfig:/nonexistent/other)' },
    ]);
    assert.match(
      problemsOf({ ...valid, kubeconfig: 'clusters: [' })
        .map((p) => p.message)
        .join(),
      /not a valid kubeconfig/,
    );
    assert.match(
      problemsOf({ ...valid, context: 'nope' })
        .map((p) => p.message)
        .join(),
      /context "nope" is not in the kubeconfig/,
    );
  });

  it('keeps variable values verbatim', () => {
    const s = getSettings(reader({ ...valid, vars: 'PREFIX=abz\nURL=http://x/?a=b\n# comment' }), {});
    assert.deepEqual(s.manifests.vars, { PREFIX: 'abz', URL: 'http://x/?a=b' });
  });
});

describe('secretsInInputs', () => {
  it('masks the key, its lines and the kubeconfig credentials, not the whole kubeconfig', () => {
    const secrets = secretsInInputs(reader({ ...valid, 'ssh-key-passphrase': 'open sesame' }), {});
    assert.ok(secrets.includes(plainKey.trim()));
    const bodyLine = plainKey.split('\n')[1] as string;
    assert.ok(secrets.includes(bodyLine), 'a line of the key body is masked on its own');
    assert.ok(secrets.includes('s3cr3t-bearer-token-value'));
    assert.ok(secrets.includes(Buffer.from('s3cr3t-bearer-token-value').toString('base64')));
    assert.ok(secrets.includes('open sesame'));
    assert.ok(!secrets.includes(kubeconfig.trim()));
    assert.ok(!secrets.some((s) => /^-----[A-Z ]+-----$/.test(s)), 'armour lines alone are not secrets');
  });
});

describe('parseDuration', () => {
  it('takes Go-style durations', () => {
    assert.equal(parseDuration('1h30m'), 5_400_000);
    assert.equal(parseDuration('90s'), 90_000);
    assert.equal(parseDuration('500ms'), 500);
    assert.equal(parseDuration('10'), undefined);
    assert.equal(parseDuration('-1h'), undefined);
  });
});
