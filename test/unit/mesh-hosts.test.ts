// Issue #10 point 4: the /etc/hosts entries for the mesh hosts the VM calls, at the address
// of the effective Sidecar's egress listener that imports each, and the script that keeps
// them in one marked block of /etc/hosts (run here on a temp file with the VM's own tools).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadContract } from '../../src/config/contract.js';
import { InputError, type InputProblem } from '../../src/config/errors.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { egressListeners, hostsBlockLines, imports, listenerAddress } from '../../src/plan/mesh-hosts.js';
import { renderWorkload } from '../../src/plan/render.js';
import { installBundleCommand, removeHostsBlockCommand } from '../../src/plan/remote-commands.js';
import { shellJoin } from '../../src/plan/shell.js';
import type { Logger } from '../../src/log.js';
import { outboundProbeCommand, probeOutbound } from '../../src/probe/probes.js';
import type { SshSession } from '../../src/vm/ssh-session.js';

const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
const settings = (inputs: Record<string, string>) => getSettings((n) => inputs[n] ?? defaults[n] ?? '', {});
const base = { mode: 'render', 'workload-name': 'backend-vm', namespace: 'demo', 'vm-address': '10.231.1.2', ports: 'http:8080' };
const FIXTURE = 'test/fixtures/workshop/01-backend-vm.yaml';
const WORKSHOP = { mode: 'render', manifests: FIXTURE, vars: 'PREFIX=abz\nVM_IP=10.0.93.99\nVM_USER=ubuntu' };

function problemsOf(fn: () => unknown): InputProblem[] {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof InputError, String(err));
    return err.problems;
  }
  assert.fail('expected an InputError');
}

describe('mesh-hosts input', () => {
  it('takes host or host:port, and refuses addresses, localhost and bad ports', () => {
    assert.deepEqual(settings({ ...base, 'mesh-hosts': 'Frontend.mesh-apps.svc.cluster.local\napi.example.com:8443' }).workload.meshHosts, [
      { host: 'frontend.mesh-apps.svc.cluster.local' },
      { host: 'api.example.com', port: 8443 },
    ]);
    const problems = problemsOf(() =>
      settings({ ...base, 'mesh-hosts': '10.0.0.1, localhost, a.example.com:99999, bad_name.example.com' }),
    );
    assert.deepEqual(
      problems.map((p) => p.input),
      ['mesh-hosts', 'mesh-hosts', 'mesh-hosts', 'mesh-hosts'],
    );
    assert.match(
      problems.map((p) => p.message).join('\n'),
      /"10\.0\.0\.1" must be a host name or host:port[\s\S]*names localhost[\s\S]*outside 1-65535[\s\S]*neither an IP address nor a host name/,
    );
  });
});

describe('which egress listener imports a host', () => {
  it('reads namespace/dnsName as Istio does: ".", "*", "~", wildcards; a service name carries its namespace', () => {
    const host = 'frontend.mesh-apps.svc.cluster.local';
    assert.ok(imports('*/*', host, 'demo'));
    assert.ok(imports('mesh-apps/*', host, 'demo'));
    assert.ok(!imports('./*', host, 'demo'), '"." is the Sidecar\'s namespace');
    assert.ok(imports('./*', host, 'mesh-apps'));
    assert.ok(!imports('~/*', host, 'demo'));
    assert.ok(imports('*/*.svc.cluster.local', host, 'demo'));
    assert.ok(!imports('*/backend.mesh-apps.svc.cluster.local', host, 'demo'));
    // A ServiceEntry host: its namespace is not in the name, so any namespace part counts.
    assert.ok(imports('payments/*', 'api.example.com', 'demo'));
  });

  it("binds on the listener's bind, else 127.0.0.1; a port listener wins for its port; one address per name", () => {
    const listeners = egressListeners({
      apiVersion: 'networking.istio.io/v1',
      kind: 'Sidecar',
      metadata: { name: 's' },
      spec: { egress: [{ port: { number: 8080, protocol: 'HTTP' }, bind: '127.0.0.2', hosts: ['*/*'] }, { hosts: ['mesh-apps/*'] }] },
    });
    const host = 'frontend.mesh-apps.svc.cluster.local';
    assert.deepEqual(listenerAddress(listeners, host, 8080, 'demo'), { address: '127.0.0.2' });
    assert.deepEqual(listenerAddress(listeners, host, 9090, 'demo'), { address: '127.0.0.1' });
    assert.match(
      listenerAddress(listeners, host, undefined, 'demo').why ?? '',
      /several addresses \(127\.0\.0\.2, 127\.0\.0\.1\): give its port/,
    );
    assert.deepEqual(listenerAddress(listeners, 'x.other.svc.cluster.local', undefined, 'demo'), { address: '127.0.0.2' });
    assert.deepEqual(
      listenerAddress(egressListeners(undefined), host, 8080, 'demo'),
      { address: '127.0.0.1' },
      'no egress: Istio imports everything on 127.0.0.1',
    );
  });
});

describe('the entries render computes', () => {
  it('with the built-in Sidecar: the probe host and every mesh host on 127.0.0.2, imported by the catch-all', () => {
    const { objects, workload: w } = renderWorkload(
      settings({
        ...base,
        'probe-from-vm-url': 'http://frontend.mesh-apps.svc.cluster.local:8080/cats',
        'mesh-hosts': 'db.data.svc.cluster.local:5432\nfrontend.mesh-apps.svc.cluster.local',
      }),
      '',
    );
    assert.deepEqual(w.meshHosts, [
      { host: 'db.data.svc.cluster.local', port: 5432, address: '127.0.0.2', input: 'mesh-hosts' },
      { host: 'frontend.mesh-apps.svc.cluster.local', address: '127.0.0.2', input: 'mesh-hosts' },
    ]);
    assert.deepEqual(hostsBlockLines(w.meshHosts), ['127.0.0.2 db.data.svc.cluster.local frontend.mesh-apps.svc.cluster.local']);
    const sc = objects.find((r) => r.object.kind === 'Sidecar')?.object.spec as { egress: unknown[] };
    assert.deepEqual(sc.egress, [
      { port: { number: 8080, protocol: 'HTTP', name: 'egress-http-8080' }, bind: '127.0.0.2', hosts: ['*/*'] },
      { bind: '127.0.0.2', hosts: ['*/db.data.svc.cluster.local', '*/frontend.mesh-apps.svc.cluster.local'] },
    ]);
  });

  it('without mesh hosts the built-in catch-all imports nothing, and an IP probe URL needs no entry', () => {
    const { objects, workload: w } = renderWorkload(settings({ ...base, 'probe-from-vm-url': 'http://10.9.0.1:8080/' }), '');
    assert.deepEqual(w.meshHosts, []);
    assert.deepEqual((objects.find((r) => r.object.kind === 'Sidecar')?.object.spec as { egress: unknown[] }).egress.at(-1), {
      hosts: ['~/*'],
    });
  });

  it("with the user's Sidecar: its bind decides, and a host it does not import is refused at its file:line", () => {
    const ok = renderWorkload(
      settings({ ...WORKSHOP, 'probe-from-vm-url': 'http://backend-db.abz-demo-secure.svc.cluster.local:8080/' }),
      '',
    );
    assert.deepEqual(ok.workload.meshHosts, [
      { host: 'backend-db.abz-demo-secure.svc.cluster.local', port: 8080, address: '127.0.0.2', input: 'probe-from-vm-url' },
    ]);
    const problems = problemsOf(() =>
      renderWorkload(
        settings({
          ...WORKSHOP,
          'probe-from-vm-url': 'http://frontend.mesh-apps.svc.cluster.local:8080/',
          'mesh-hosts': 'x.abz-demo-secure.svc.cluster.local:9090',
        }),
        '',
      ),
    );
    assert.deepEqual(
      problems.map((p) => [p.input, p.file, p.line]),
      [
        ['mesh-hosts', FIXTURE, 35],
        ['probe-from-vm-url', FIXTURE, 35],
      ],
    );
    assert.match(
      problems[1]?.message ?? '',
      /^names frontend\.mesh-apps\.svc\.cluster\.local:8080, but in Sidecar\/abz-demo-secure\/backend-vm \(test\/fixtures\/workshop\/01-backend-vm\.yaml:35\) no egress listener imports it on that port/,
    );
    assert.match(problems[0]?.message ?? '', /add it to the Sidecar's egress hosts \(e\.g\. \*\/x\.abz-demo-secure\.svc\.cluster\.local\)/);
  });
});

describe('the /etc/hosts block script (run here on a temp file)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ivo-hosts-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const hostsFile = join(dir, 'hosts');
  // A directory of the test's own, set past the input's rule (Istio's directories only).
  const valid = settings({ ...base, 'vm-host': 'x' });
  const s = { ...valid, proxy: { ...valid.proxy, configDir: join(dir, 'istio-proxy') } };
  const marker = 'istio-vm-onboard demo/backend-vm';
  const original = '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost\n# a comment the admin wrote\n10.231.1.2\tvm-1\n';
  const install = (lines: string[]) =>
    execFileSync('sh', ['-c', shellJoin(installBundleCommand(s, { marker, lines, file: hostsFile }))], { input: '' }).toString();
  const remove = () => execFileSync('sh', ['-c', shellJoin(removeHostsBlockCommand(s, marker, hostsFile))]);

  it('adds the block at the end, converges on rerun, replaces it in place, and offboarding restores the file byte for byte', () => {
    writeFileSync(hostsFile, original);
    install(['127.0.0.2 frontend.mesh-apps.svc.cluster.local']);
    const once = readFileSync(hostsFile, 'utf8');
    assert.equal(once, `${original}# BEGIN ${marker}\n127.0.0.2 frontend.mesh-apps.svc.cluster.local\n# END ${marker}\n`);
    const inode = statSync(hostsFile).ino;
    const mtime = statSync(hostsFile).mtimeMs;
    install(['127.0.0.2 frontend.mesh-apps.svc.cluster.local']);
    assert.equal(readFileSync(hostsFile, 'utf8'), once, 'a rerun converges');
    assert.equal(statSync(hostsFile).mtimeMs, mtime, 'and does not even rewrite the file');
    // A line the admin adds after the block stays where it is; the block changes in place.
    writeFileSync(hostsFile, `${once}10.0.0.5\tlater\n`);
    install(['127.0.0.2 frontend.mesh-apps.svc.cluster.local db.data.svc.cluster.local']);
    assert.equal(
      readFileSync(hostsFile, 'utf8'),
      `${original}# BEGIN ${marker}\n127.0.0.2 frontend.mesh-apps.svc.cluster.local db.data.svc.cluster.local\n# END ${marker}\n10.0.0.5\tlater\n`,
    );
    assert.equal(statSync(hostsFile).ino, inode, 'written in place (a bind-mounted /etc/hosts cannot be renamed over)');
    remove();
    assert.equal(readFileSync(hostsFile, 'utf8'), `${original}10.0.0.5\tlater\n`);
    remove();
    assert.equal(readFileSync(hostsFile, 'utf8'), `${original}10.0.0.5\tlater\n`, 'removing twice is harmless');
    // Another workload's block is another block.
    install(['127.0.0.2 a.demo.svc.cluster.local']);
    execFileSync(
      'sh',
      [
        '-c',
        shellJoin(
          installBundleCommand(s, {
            marker: 'istio-vm-onboard demo/other-vm',
            lines: ['127.0.0.2 b.demo.svc.cluster.local'],
            file: hostsFile,
          }),
        ),
      ],
      { input: '' },
    );
    remove();
    assert.equal(
      readFileSync(hostsFile, 'utf8'),
      `${original}10.0.0.5\tlater\n# BEGIN istio-vm-onboard demo/other-vm\n127.0.0.2 b.demo.svc.cluster.local\n# END istio-vm-onboard demo/other-vm\n`,
    );
  });

  it('installing with no mesh hosts removes a stale block', () => {
    writeFileSync(hostsFile, `${original}# BEGIN ${marker}\n127.0.0.2 old.demo.svc.cluster.local\n# END ${marker}\n`);
    install([]);
    assert.equal(readFileSync(hostsFile, 'utf8'), original);
  });

  it('refuses markers that do not pair up, and leaves the file alone', () => {
    const broken = `${original}# BEGIN ${marker}\n127.0.0.2 old.demo.svc.cluster.local\n`;
    writeFileSync(hostsFile, broken);
    const r = spawnSync('sh', ['-c', shellJoin(removeHostsBlockCommand(s, marker, hostsFile))], { encoding: 'utf8' });
    assert.equal(r.status, 66);
    assert.match(r.stderr, /do not pair up: fix them by hand/);
    assert.equal(readFileSync(hostsFile, 'utf8'), broken);
  });

  it('passes names and addresses as arguments, never as script text', () => {
    const argv = installBundleCommand(s, { marker, lines: ["127.0.0.2 $(touch /tmp/pwned) 'x"] });
    assert.equal(argv.at(-1), "127.0.0.2 $(touch /tmp/pwned) 'x");
    assert.ok(!(argv[2] ?? '').includes('pwned'));
  });
});

describe('the outbound probe', () => {
  it('resolves the name as the VM does: no --resolve override', () => {
    const argv = outboundProbeCommand('http://frontend.mesh-apps.svc.cluster.local:8080/cats', 'ivo-1');
    assert.ok(!argv.includes('--resolve'));
    assert.equal(argv.at(-1), 'http://frontend.mesh-apps.svc.cluster.local:8080/cats');
  });

  // A VM whose curl answers as given, and whose resolver knows the name as given.
  const fakeVm = (curl: string, getent: string) =>
    ({
      target: 'vm',
      exec: async (argv: string[]) => ({ code: 0, stdout: argv[0] === 'getent' ? getent : curl, stderr: '' }),
    }) as unknown as SshSession;
  const listen = { host: 'frontend.mesh-apps.svc.cluster.local', address: '127.0.0.2', port: 8080, input: 'probe-from-vm-url' as const };
  const s = settings({ ...base, 'probe-from-vm-url': 'http://frontend.mesh-apps.svc.cluster.local:8080/cats', 'probe-timeout': '1s' });
  const quiet = { debug() {}, info() {}, warning() {}, error() {} } as unknown as Logger;

  it("passes when the answer came through the sidecar's listener", async () => {
    const r = await probeOutbound(s, fakeVm('200 0.004 127.0.0.2', ''), listen, quiet, new AbortController().signal);
    assert.equal(r.passed, true, r.error);
  });

  it('fails an answer from anywhere else, saying what the name resolved to and where the sidecar listens', async () => {
    const r = await probeOutbound(
      s,
      fakeVm(
        '200 0.004 127.0.0.1',
        '127.0.0.1       frontend.mesh-apps.svc.cluster.local\n127.0.0.2       frontend.mesh-apps.svc.cluster.local\n',
      ),
      listen,
      quiet,
      new AbortController().signal,
    );
    assert.equal(r.passed, false);
    assert.match(
      r.error ?? '',
      /^outbound probe http:\/\/frontend\.mesh-apps\.svc\.cluster\.local:8080\/cats got HTTP 200 from 127\.0\.0\.1, not through the sidecar, after \d+ attempt\(s\) in 1 s; on the VM frontend\.mesh-apps\.svc\.cluster\.local resolved to 127\.0\.0\.1 and 127\.0\.0\.2; the sidecar listens on 127\.0\.0\.2:8080$/,
    );
    const unresolved = await probeOutbound(s, fakeVm('000 0.001 ', ''), listen, quiet, new AbortController().signal);
    assert.match(
      unresolved.error ?? '',
      /got no answer \(curl exit 0\), expected 200, .*; on the VM frontend\.mesh-apps\.svc\.cluster\.local did not resolve; the sidecar listens on 127\.0\.0\.2:8080$/,
    );
  });

  it('with interception redirect (no hosts entry), a failure still says what the name resolved to, and through what', async () => {
    const redirect = settings({
      ...base,
      'proxy-runtime': 'systemd',
      'probe-from-vm-url': 'http://frontend.mesh-apps.svc.cluster.local:8080/cats',
      'probe-timeout': '1s',
    });
    assert.equal(redirect.proxy.interception, 'redirect');
    const r = await probeOutbound(
      redirect,
      fakeVm('503 0.004 10.96.0.5', '10.96.0.5       frontend.mesh-apps.svc.cluster.local\n'),
      undefined,
      quiet,
      new AbortController().signal,
    );
    assert.equal(r.passed, false);
    assert.match(
      r.error ?? '',
      /got HTTP 503, expected 200, .*; on the VM frontend\.mesh-apps\.svc\.cluster\.local resolved to 10\.96\.0\.5 \(interception redirect: through pilot-agent's DNS proxy on 127\.0\.0\.1:15053, the connection captured to Envoy's 15001\)$/,
    );
  });
});
