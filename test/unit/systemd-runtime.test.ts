// proxy-runtime systemd, the pure parts: sidecar-package validation before any side effect, and
// the bundle as Istio's package reads it (paths, modes, cluster.env keys).
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadContract } from '../../src/config/contract.js';
import { InputError } from '../../src/config/errors.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { buildBundle } from '../../src/plan/bundle.js';
import type { MeshFacts } from '../../src/cluster/mesh-facts.js';
import {
  PLACED_FILES,
  PROXY_WRITTEN_CREDENTIALS,
  checkDnsCapture,
  checkFactsForRuntime,
  checkGatewayForRuntime,
  placedBundle,
} from '../../src/vm/systemd-runtime.js';
import { holdConntrackCommand, removePlacedFilesCommand, restoreBundleCommand } from '../../src/plan/remote-commands.js';
import { shellEnvFile } from '../../src/plan/shell.js';
import { parse } from 'yaml';

const contract = loadContract();
const defaults = Object.fromEntries(contract.inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? defaults[name] ?? '';

const dir = mkdtempSync(join(tmpdir(), 'ivo-unit-systemd-'));
after(() => rmSync(dir, { recursive: true, force: true }));
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, 'key')]);
const deb = join(dir, 'istio-sidecar.deb');
writeFileSync(deb, 'not really a package, but bytes with a sha256');
const debSha = createHash('sha256').update(readFileSync(deb)).digest('hex');
mkdirSync(join(dir, 'a-dir.deb'));

const valid = {
  'workload-name': 'backend-vm',
  namespace: 'demo',
  'vm-host': '10.231.1.2',
  ports: 'http:8080',
  kubeconfig:
    'apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "https://127.0.0.1:6443"}}]\nusers: [{name: u, user: {token: t}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n',
  'ssh-key': readFileSync(join(dir, 'key'), 'utf8'),
  'ssh-host-fingerprint': 'SHA256:' + 'A'.repeat(43),
  'proxy-runtime': 'systemd',
};

function problems(inputs: Record<string, string>): string[] {
  try {
    getSettings(reader({ ...valid, ...inputs }), {});
    return [];
  } catch (err) {
    assert.ok(err instanceof InputError, String(err));
    return err.problems.map((p) => `${p.input}: ${p.message}`);
  }
}

describe('sidecar-package', () => {
  it('is accepted with its digest, as sha256:HEX or bare HEX, and lands in the settings', () => {
    assert.deepEqual(problems({ 'sidecar-package': deb, 'sidecar-package-digest': `sha256:${debSha}` }), []);
    assert.deepEqual(problems({ 'sidecar-package': deb, 'sidecar-package-digest': debSha.toUpperCase() }), []);
    assert.equal(getSettings(reader({ ...valid, 'sidecar-package': deb }), {}).proxy.sidecarPackage, deb);
    assert.equal(getSettings(reader(valid), {}).proxy.runtime, 'systemd');
  });
  it('refuses, naming the input, what cannot be installed', () => {
    assert.match(
      problems({ 'sidecar-package': deb, 'proxy-runtime': 'docker' }).join('\n'),
      /^sidecar-package: is for proxy-runtime: systemd/m,
    );
    assert.match(problems({ 'sidecar-package': join(dir, 'missing.deb') }).join('\n'), /^sidecar-package: .*does not exist on the runner/m);
    assert.match(problems({ 'sidecar-package': join(dir, 'a-dir.deb') }).join('\n'), /^sidecar-package: .*is not a regular file/m);
    assert.match(problems({ 'sidecar-package': join(dir, 'key') }).join('\n'), /^sidecar-package: must be a \.deb or \.rpm file/m);
    assert.match(
      problems({ 'sidecar-package': deb, 'sidecar-package-digest': 'sha256:' + '0'.repeat(64) }).join('\n'),
      new RegExp(`^sidecar-package: .*has sha256 ${debSha}, but sidecar-package-digest pins sha256:0{64}`, 'm'),
    );
    assert.match(
      problems({ 'sidecar-package': deb, 'sidecar-package-digest': 'md5:abc' }).join('\n'),
      /^sidecar-package-digest: must be sha256:HEX/m,
    );
    assert.match(
      problems({ 'sidecar-package-digest': debSha }).join('\n'),
      /^sidecar-package-digest: is set but sidecar-package is empty/m,
    );
    assert.match(problems({ 'proxy-runtime': 'podman' }).join('\n'), /^proxy-runtime: must be one of docker, systemd/m);
  });
  it('is not read in a dry-run (nothing will be installed), only its name is checked', () => {
    assert.deepEqual(problems({ 'sidecar-package': join(dir, 'missing.deb'), 'dry-run': 'true' }), []);
  });
});

const facts = {
  istioNamespace: 'istio-system',
  trustDomain: 'cluster.local',
  clusterName: 'cluster1',
  meshId: 'mesh1',
  network: 'network1',
  image: 'x/proxyv2:1',
  rootCertPem: '-----BEGIN CERTIFICATE-----\nroot\n-----END CERTIFICATE-----\n',
  proxyMetadata: {},
  defaultConfig: {},
  gateway: { address: '10.231.0.3', isHostname: false, source: 'Service istio-system/istio-eastwestgateway' },
} as unknown as MeshFacts;
const workload = {
  name: 'backend-vm',
  namespace: 'demo',
  serviceAccount: 'backend-sa',
  address: '10.231.4.2',
  labels: { app: 'backend-vm' },
  ports: [{ name: 'http', number: 8080 }],
  network: '',
};

describe("the bundle at Istio's paths", () => {
  const files = buildBundle(workload as never, facts, 'the-token');
  const placed = placedBundle(files, 'redirect');
  it('puts each file where the istio-sidecar package reads it, with narrow modes', () => {
    assert.deepEqual(
      placed.map((f) => `${f.path} ${f.mode.toString(8)}`),
      [
        '/var/lib/istio/envoy/cluster.env 640',
        '/etc/istio/config/mesh 640',
        '/etc/certs/root-cert.pem 644',
        '/var/lib/istio/tokens/istio-token 600',
      ],
    );
    assert.equal(placed.find((f) => f.name === 'istio-token')?.content, 'the-token');
    assert.equal(placed.find((f) => f.name === 'istio-token')?.secret, true);
    assert.equal(placed.find((f) => f.name === 'istio-ca.pem')?.content, facts.rootCertPem);
    assert.deepEqual(PLACED_FILES.map((p) => p.name).sort(), ['cluster.env', 'istio-ca.pem', 'istio-token', 'mesh.yaml']);
  });
  it('adds to cluster.env what istio-start.sh exports to pilot-agent for this runtime, sorted, values quoted', () => {
    const env = placed.find((f) => f.name === 'cluster.env')?.content ?? '';
    // interception redirect (the default): istio-start.sh runs its iptables step, as istioctl's file leaves it to.
    assert.doesNotMatch(env, /^ISTIO_CUSTOM_IP_TABLES=/m);
    assert.doesNotMatch(env, /^ISTIO_META_INTERCEPTION_MODE=/m);
    assert.match(env, /^ISTIO_SERVICE_CIDR='\*'$/m, 'outbound traffic captured');
    assert.match(env, /^ISTIO_INBOUND_PORTS='8080'$/m, "the workload's ports captured inbound");
    assert.match(env, /^CA_ADDR='istiod\.istio-system\.svc:15012'$/m);
    assert.match(env, /^POD_NAME='backend-vm'$/m);
    assert.match(env, /^SERVICE_ACCOUNT='backend-sa'$/m);
    assert.match(env, /^ISTIO_LOCAL_EXCLUDE_PORTS='22,15090,15021,15020'$/m, 'SSH is never captured');
    assert.doesNotMatch(env, /^CA_SNI=/m, 'no SNI for an IP gateway');
    const keys = env
      .trim()
      .split('\n')
      .map((l) => l.slice(0, l.indexOf('=')));
    assert.deepEqual(keys, [...keys].sort());
  });
  it('with interception none, tells istio-start.sh to skip its iptables step and pilot-agent to listen in mode NONE', () => {
    const env = placedBundle(files, 'none').find((f) => f.name === 'cluster.env')?.content ?? '';
    assert.match(env, /^ISTIO_CUSTOM_IP_TABLES='true'$/m);
    assert.match(env, /^ISTIO_META_INTERCEPTION_MODE='NONE'$/m);
    // istio-start.sh skips the step unless the variable is exactly "true" after sourcing the file.
    assert.equal(
      execFileSync('bash', ['-c', `set -a; ${env}\n[ "$ISTIO_CUSTOM_IP_TABLES" != "true" ] && echo runs || echo skipped`], {
        encoding: 'utf8',
      }).trim(),
      'skipped',
    );
  });
  it('quotes a value with a single quote as the shell needs it (one quoting place), and refuses what would not stay one line', () => {
    const out = shellEnvFile({ C: 'x', B: "it's", A: '$(touch pwned) `x`' });
    assert.equal(out, "A='$(touch pwned) `x`'\nB='it'\\''s'\nC='x'\n");
    assert.equal(execFileSync('sh', ['-c', `${out}\nprintf '%s|%s' "$A" "$B"`], { encoding: 'utf8' }), "$(touch pwned) `x`|it's");
    assert.throws(() => shellEnvFile({ A: 'one\nB=two' }), /the value of A holds a line break/);
    assert.throws(() => shellEnvFile({ 'A B': 'x' }), /is not a variable name/);
  });
  it("puts the mesh proxyMetadata into cluster.env and mesh.yaml, the workload's own keys winning, as istioctl does", () => {
    const meshFacts = {
      ...facts,
      proxyMetadata: { CUSTOM_KEY: "mesh's value", SERVICE_ACCOUNT: 'not-this' },
      defaultConfig: { proxyMetadata: { CUSTOM_KEY: "mesh's value" }, concurrency: 2 },
    } as unknown as MeshFacts;
    const out = placedBundle(buildBundle(workload as never, meshFacts, 't'), 'redirect');
    const env = out.find((f) => f.name === 'cluster.env')?.content ?? '';
    assert.equal(
      execFileSync('sh', ['-c', `${env}\nprintf '%s|%s' "$CUSTOM_KEY" "$SERVICE_ACCOUNT"`], { encoding: 'utf8' }),
      "mesh's value|backend-sa",
    );
    const mesh = parse(out.find((f) => f.name === 'mesh.yaml')?.content ?? '') as {
      defaultConfig: { concurrency: number; proxyMetadata: Record<string, string> };
    };
    assert.equal(mesh.defaultConfig.concurrency, 2);
    assert.equal(mesh.defaultConfig.proxyMetadata.CUSTOM_KEY, "mesh's value");
    assert.equal(mesh.defaultConfig.proxyMetadata.ISTIO_META_POD_PORTS, '[{"name":"http","containerPort":8080,"protocol":""}]');
    assert.equal(
      mesh.defaultConfig.proxyMetadata.ISTIO_METAJSON_LABELS,
      '{"app":"backend-vm","service.istio.io/canonical-name":"backend-vm","service.istio.io/canonical-revision":"latest"}',
    );
  });
  it('gives istio-start.sh the workload address as ISTIO_SVC_IP (its INSTANCE_IP for pilot-agent), and ISTIO_DUAL_STACK for an IPv6 one', () => {
    const envOf = (address: string): string =>
      placedBundle(buildBundle({ ...workload, address } as never, facts, 't'), 'redirect').find((f) => f.name === 'cluster.env')?.content ??
      '';
    assert.match(envOf('10.231.4.2'), /^ISTIO_SVC_IP='10\.231\.4\.2'$/m);
    assert.doesNotMatch(envOf('10.231.4.2'), /^ISTIO_DUAL_STACK=/m);
    const v6 = envOf('fd10:231:0:4::2');
    assert.match(v6, /^ISTIO_SVC_IP='fd10:231:0:4::2'$/m);
    assert.match(v6, /^ISTIO_DUAL_STACK='true'$/m);
    // istio-start.sh sources the file and hands INSTANCE_IP=$ISTIO_SVC_IP to pilot-agent.
    assert.equal(
      execFileSync('bash', ['-c', `set -a; ${v6}\nprintf '%s %s' "$ISTIO_SVC_IP" "$ISTIO_DUAL_STACK"`], { encoding: 'utf8' }),
      'fd10:231:0:4::2 true',
    );
    assert.doesNotMatch(envOf('backend.example.com'), /^ISTIO_SVC_IP=/m, 'a host name is no IP for pilot-agent: istio-start.sh picks one');
  });
  it('takes the SNI for a host-name gateway from the bundle', () => {
    const named = { ...facts, gateway: { address: 'gw.example.com', isHostname: true, source: 'input' } } as unknown as MeshFacts;
    const env = placedBundle(buildBundle(workload as never, named, 't'), 'redirect').find((f) => f.name === 'cluster.env')?.content ?? '';
    assert.doesNotMatch(env, /^CA_ADDR=/m, 'the CA is the discovery address, checked for ISTIOD_SAN');
    assert.match(env, /^ISTIOD_SAN='istiod\.istio-system\.svc'$/m);
    assert.match(env, /^CA_SNI='istiod\.istio-system\.svc'$/m);
    assert.match(env, /^PILOT_SNI='istiod\.istio-system\.svc'$/m);
    const mesh =
      placedBundle(buildBundle(workload as never, named, 't'), 'redirect').find((f) => f.path === '/etc/istio/config/mesh')?.content ?? '';
    assert.match(mesh, /^  discoveryAddress: gw\.example\.com:15443$/m);
  });

  it('refuses a host-name gateway (istio-start.sh always sets CA_ADDR, which pilot-agent checks istiod for), not an IP one, nor the docker runtime', () => {
    const named = {
      ...facts,
      gateway: { address: 'gw.example.com', isHostname: true, source: 'input gateway-address' },
    } as unknown as MeshFacts;
    const systemd = getSettings(reader(valid), {});
    assert.equal(systemd.proxy.runtime, 'systemd');
    assert.throws(
      () => checkGatewayForRuntime(systemd, named),
      (err: Error & { hint?: string }) =>
        /^the systemd runtime cannot reach istiod through the host-name gateway gw\.example\.com \(input gateway-address\): Istio's istio-start\.sh always sets CA_ADDR/.test(
          err.message,
        ) && /gateway-address to an IP address/.test(err.hint ?? ''),
    );
    assert.equal(checkGatewayForRuntime(systemd, facts), facts);
    const docker = getSettings(reader({ ...valid, 'proxy-runtime': 'docker', 'sidecar-package': '' }), {});
    assert.equal(checkGatewayForRuntime(docker, named), named);
  });

  it('a host-name gateway adds no line of istiod to the /etc/hosts block, and the plan says so', async () => {
    const { proxyRuntime } = await import('../../src/vm/proxy-runtime.js');
    const named = { ...facts, gateway: { address: 'gw.example.com', isHostname: true, source: 'input' } } as unknown as MeshFacts;
    const s = getSettings(reader({ ...valid, 'dry-run': 'true' }), {});
    const hosts = { marker: 'istio-vm-onboard demo/backend-vm', lines: ['127.0.0.2 frontend.mesh-apps.svc.cluster.local'] };
    const plan = (f: MeshFacts) =>
      proxyRuntime(s)
        .planLines(workload as never, f, buildBundle(workload as never, f, '<redacted>'), hosts, '<redacted>')
        .join('\n');
    assert.match(
      plan(named),
      /holds istiod's names at the gateway \(none: a host-name gateway\) and the mesh hosts: 127\.0\.0\.2 frontend\.mesh-apps\.svc\.cluster\.local/,
    );
    assert.doesNotMatch(plan(named), /gw\.example\.com istiod/);
    assert.match(plan(facts), /holds istiod's names at the gateway \([\d.]+ istiod\.istio-system\.svc /, 'an IP gateway does get the line');
  });
});

describe("offboarding the systemd runtime's files", () => {
  it('removes the placed files, the key and certificates pilot-agent wrote (and its temp files), the keep; prints what was there', () => {
    const root = mkdtempSync(join(dir, 'vm-'));
    const at = (p: string) => join(root, p);
    for (const p of ['etc/certs', 'var/lib/istio/envoy', 'kept']) mkdirSync(at(p), { recursive: true });
    for (const p of [
      'etc/certs/root-cert.pem',
      'etc/certs/key.pem',
      'etc/certs/key.pem.tmp.123456',
      'etc/certs/cert-chain.pem',
      'var/lib/istio/envoy/cluster.env',
      'var/lib/istio/envoy/.cluster.env.Ab12Cd',
      'kept/istio-token',
      'etc/certs/other.pem',
    ])
      writeFileSync(at(p), 'x');
    const s = getSettings(reader({ ...valid, 'ssh-user': 'root' }), {});
    const argv = removePlacedFilesCommand(s, [
      ...PLACED_FILES.map((p) => at(p.path.slice(1))),
      ...PROXY_WRITTEN_CREDENTIALS.map((p) => at(p.slice(1))),
    ]);
    assert.equal(argv[argv.indexOf('remove-files') + 1], '/var/lib/istio-vm-onboard/previous', 'the keep of a change');
    argv[argv.indexOf('remove-files') + 1] = at('kept');
    const out = execFileSync(argv[0] as string, argv.slice(1), { encoding: 'utf8' });
    assert.deepEqual(
      out
        .trim()
        .split('\n')
        .map((l) => l.slice(root.length)),
      ['/var/lib/istio/envoy/cluster.env', '/etc/certs/root-cert.pem', '/etc/certs/key.pem', '/etc/certs/cert-chain.pem'],
    );
    assert.equal(
      execFileSync('find', [root, '-type', 'f'], { encoding: 'utf8' }).trim(),
      at('etc/certs/other.pem'),
      'only a file that is none of ours stays',
    );
  });
});

describe("a restore of the systemd runtime's files", () => {
  it('puts back what was kept, leaves a kept hard link that is still the live file (a key pilot-agent did not rewrite), removes what was not there', () => {
    const root = mkdtempSync(join(dir, 'restore-'));
    const at = (p: string) => join(root, p);
    for (const p of ['certs', 'envoy', 'kept']) mkdirSync(at(p));
    writeFileSync(at('certs/key.pem'), 'the previous key');
    execFileSync('ln', [at('certs/key.pem'), at('kept/key.pem')]);
    writeFileSync(at('envoy/cluster.env'), 'new');
    writeFileSync(at('kept/cluster.env'), 'previous');
    writeFileSync(at('certs/cert-chain.pem'), 'written by the new proxy, none before');
    writeFileSync(at('kept/hosts-block'), '');
    writeFileSync(at('kept/.complete'), '');
    writeFileSync(at('hosts'), '127.0.0.1 localhost\n');
    const s = getSettings(reader({ ...valid, 'ssh-user': 'root' }), {});
    const argv = restoreBundleCommand(
      s,
      [
        { name: 'cluster.env', path: at('envoy/cluster.env') },
        { name: 'key.pem', path: at('certs/key.pem') },
        { name: 'cert-chain.pem', path: at('certs/cert-chain.pem') },
      ],
      'istio-vm-onboard demo/backend-vm',
      at('hosts'),
    );
    argv[argv.indexOf('restore-bundle') + 1] = at('kept');
    assert.equal(execFileSync(argv[0] as string, argv.slice(1), { encoding: 'utf8' }).trim(), 'restored');
    assert.deepEqual(
      [readFileSync(at('certs/key.pem'), 'utf8'), readFileSync(at('envoy/cluster.env'), 'utf8')],
      ['the previous key', 'previous'],
    );
    assert.equal(execFileSync('find', [root, '-name', 'cert-chain.pem'], { encoding: 'utf8' }), '', 'none before: removed');
    assert.equal(execFileSync('find', [root, '-path', '*kept*'], { encoding: 'utf8' }), '', 'the keep is gone');
  });
});

describe('the dry-run plan of the systemd runtime', () => {
  it('names the package step, every file at its path with its content (token redacted), the hosts block and the unit', async () => {
    const { proxyRuntime } = await import('../../src/vm/proxy-runtime.js');
    const s = getSettings(reader({ ...valid, 'sidecar-package': deb, 'dry-run': 'true' }), {});
    const lines = proxyRuntime(s)
      .planLines(
        workload as never,
        facts,
        buildBundle(workload as never, facts, '<redacted>'),
        { marker: 'istio-vm-onboard demo/backend-vm', lines: ['127.0.0.2 frontend.mesh-apps.svc.cluster.local'] },
        '<redacted>',
      )
      .join('\n');
    assert.match(
      lines,
      new RegExp(
        `^upload ${deb.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} and check its sha256 on the VM before anything changes; install it with dpkg or rpm`,
        'm',
      ),
    );
    for (const p of [
      '/var/lib/istio/envoy/cluster.env (mode 0640):',
      '/etc/istio/config/mesh (mode 0640):',
      '/etc/certs/root-cert.pem (mode 0644):',
      '/var/lib/istio/tokens/istio-token (mode 0600):',
    ]) {
      assert.ok(lines.includes(`  ${p}`), p);
    }
    assert.doesNotMatch(lines, /^ {4}\| ISTIO_CUSTOM_IP_TABLES=/m, 'interception redirect: istio-start.sh runs its iptables step');
    assert.match(
      lines,
      /^interception redirect: istio-start\.sh's iptables step captures the workload's inbound ports \(inbound ports 8080, never 22,15090,15021,15020\) and outbound traffic to Envoy, no DNS capture \(the mesh does not set ISTIO_META_DNS_CAPTURE\); .*\(iptables legacy and nft\)$/m,
    );
    assert.match(lines, /^ {4}\| <redacted>$/m);
    assert.doesNotMatch(lines, /the-token/);
    assert.match(
      lines,
      /holds istiod's names at the gateway \(10\.231\.0\.3 istiod\.istio-system\.svc .*\) and the mesh hosts: 127\.0\.0\.2 frontend\.mesh-apps\.svc\.cluster\.local/,
    );
    assert.match(
      lines,
      /^keep this SSH connection tracked while Istio's chains come up: sh -c 'HOLD=\$1;[^]*?' hold-conntrack 'istio-vm-onboard: SSH tracked before Istio chains'$/m,
    );
    assert.match(
      lines,
      /^run \(then up to 5 s of the readiness wait, in one round trip\): sh -c 'wait_ready\(\) \{.*unit=\$1; env=\$2; HOLD=\$3; url=\$4; wait=\$5.*systemctl enable "\$unit" >\/dev\/null 2>&1 && systemctl start "\$unit".*' start-unit istio \/var\/lib\/istio\/envoy\/cluster\.env 'istio-vm-onboard: SSH tracked before Istio chains' http:\/\/127\.0\.0\.1:15020\/healthz\/ready 5$/ms,
    );
  });
});

describe('interception (#21)', () => {
  const frontend = 'frontend.mesh-apps.svc.cluster.local';
  it('is redirect by default on the systemd runtime, none on docker; none may be chosen on systemd; redirect is refused on docker, saying why and what to do', () => {
    assert.equal(getSettings(reader(valid), {}).proxy.interception, 'redirect');
    assert.equal(getSettings(reader({ ...valid, interception: 'none' }), {}).proxy.interception, 'none');
    assert.equal(getSettings(reader({ ...valid, 'proxy-runtime': 'docker' }), {}).proxy.interception, 'none');
    assert.equal(getSettings(reader({ ...valid, 'proxy-runtime': 'docker', interception: 'none' }), {}).proxy.interception, 'none');
    assert.match(
      problems({ 'proxy-runtime': 'docker', interception: 'redirect' }).join('\n'),
      /^interception: is redirect, which the docker runtime does not offer: its istio-proxy container runs on the host network with no iptables step .*use interception: none with proxy-runtime: docker, or proxy-runtime: systemd/m,
    );
    assert.match(problems({ interception: 'tproxy' }).join('\n'), /^interception: must be one of redirect, none \(got "tproxy"\)/m);
  });
  it("redirect: the built Sidecar's egress listeners have no bind (a captured connection to a Service's address finds them), and /etc/hosts gets no mesh host", async () => {
    const { renderWorkload } = await import('../../src/plan/render.js');
    const inputs = { ...valid, 'mesh-hosts': frontend, 'probe-from-vm-url': `http://${frontend}:8080/` };
    const egressOf = (r: ReturnType<typeof renderWorkload>) =>
      (r.objects.find((o) => o.object.kind === 'Sidecar')?.object.spec as { egress: Array<{ bind?: string; hosts: string[] }> }).egress;
    const redirect = renderWorkload(getSettings(reader(inputs), {}), '', dir);
    assert.deepEqual(
      egressOf(redirect).map((e) => e.bind),
      [undefined, undefined],
    );
    assert.deepEqual(
      egressOf(redirect).map((e) => e.hosts),
      [['*/*'], [`*/${frontend}`]],
    );
    assert.deepEqual(redirect.workload.meshHosts, [], 'names resolve through the DNS proxy');
    const none = renderWorkload(getSettings(reader({ ...inputs, interception: 'none' }), {}), '', dir);
    assert.deepEqual(
      egressOf(none).map((e) => e.bind),
      ['127.0.0.2', '127.0.0.2'],
    );
    assert.deepEqual(
      none.workload.meshHosts.map((h) => `${h.address} ${h.host}`),
      [`127.0.0.2 ${frontend}`],
    );
  });
  it("redirect: a mesh host the user's Sidecar does not import is still refused, at its file", async () => {
    const { renderWorkload } = await import('../../src/plan/render.js');
    writeFileSync(
      join(dir, 'sidecar.yaml'),
      'apiVersion: networking.istio.io/v1\nkind: Sidecar\nmetadata:\n  name: backend-vm\n  namespace: demo\nspec:\n  egress:\n  - hosts: ["istio-system/*"]\n',
    );
    const s = getSettings(reader({ ...valid, 'mesh-hosts': frontend, manifests: 'sidecar.yaml' }), {});
    assert.throws(
      () => renderWorkload(s, '', dir),
      (e: unknown) =>
        e instanceof InputError &&
        e.problems[0]?.input === 'mesh-hosts' &&
        /no egress listener imports it/.test(e.problems[0].message) &&
        e.problems[0].file === 'sidecar.yaml',
    );
  });
  it('redirect with mesh names: refused before any change unless the mesh turns DNS capture on; none and no names need nothing', () => {
    const named = getSettings(reader({ ...valid, 'probe-from-vm-url': `http://${frontend}:8080/` }), {});
    assert.throws(
      () => checkDnsCapture(named, workload as never, facts),
      (err: Error & { hint?: string }) =>
        err.message ===
          `with interception redirect, ${frontend} would not resolve on the VM: mesh names resolve through pilot-agent's DNS proxy, and the mesh's proxyMetadata does not set ISTIO_META_DNS_CAPTURE to "true"` &&
        /ISTIO_META_DNS_CAPTURE: "true" in meshConfig\.defaultConfig\.proxyMetadata .*or use interception: none/.test(err.hint ?? ''),
    );
    const capturing = { ...facts, proxyMetadata: { ISTIO_META_DNS_CAPTURE: 'true' } } as unknown as MeshFacts;
    assert.equal(checkFactsForRuntime(named, workload as never, capturing), capturing);
    // As pilot-agent and istio-iptables read it (Go's ParseBool), not only "true".
    checkDnsCapture(named, workload as never, { ...facts, proxyMetadata: { ISTIO_META_DNS_CAPTURE: '1' } } as unknown as MeshFacts);
    assert.throws(
      () =>
        checkDnsCapture(named, workload as never, { ...facts, proxyMetadata: { ISTIO_META_DNS_CAPTURE: 'yes' } } as unknown as MeshFacts),
      /would not resolve/,
    );
    checkDnsCapture(
      getSettings(reader({ ...valid, 'probe-from-vm-url': `http://${frontend}:8080/`, interception: 'none' }), {}),
      workload as never,
      facts,
    );
    checkDnsCapture(getSettings(reader({ ...valid, 'probe-from-vm-url': 'http://10.0.0.1:8080/' }), {}), workload as never, facts);
    assert.throws(
      () => checkFactsForRuntime(named, workload as never, facts),
      /would not resolve/,
      "the runtime's check of the mesh facts includes it",
    );
  });
  it('the dry-run says which interception each runtime uses and whether DNS is captured', async () => {
    const { proxyRuntime } = await import('../../src/vm/proxy-runtime.js');
    const capturing = { ...facts, proxyMetadata: { ISTIO_META_DNS_CAPTURE: 'true' } } as unknown as MeshFacts;
    const hosts = { marker: 'istio-vm-onboard demo/backend-vm', lines: [] };
    const plan = (inputs: Record<string, string>, f: MeshFacts) =>
      proxyRuntime(getSettings(reader({ ...valid, 'dry-run': 'true', ...inputs }), {}))
        .planLines(workload as never, f, buildBundle(workload as never, f, '<redacted>'), hosts, '<redacted>')
        .join('\n');
    assert.match(
      plan({}, capturing),
      /^interception redirect: .*, DNS to pilot-agent's DNS proxy \(the mesh sets ISTIO_META_DNS_CAPTURE\);/m,
    );
    const none = plan({ interception: 'none' }, capturing);
    assert.match(none, /^interception none: cluster\.env sets ISTIO_CUSTOM_IP_TABLES, so istio-start\.sh skips its iptables step;/m);
    assert.match(none, /^ {4}\| ISTIO_CUSTOM_IP_TABLES='true'$/m);
    assert.match(
      plan({ 'proxy-runtime': 'docker' }, facts),
      /^interception none \(the docker runtime's only mode: its container has no iptables step\)/m,
    );
  });
});

describe("the conntrack hold before the unit starts (interception: the action's SSH connection)", () => {
  // Fake iptables binaries that record what they are asked, on a PATH without the host's /sbin.
  function run(binaries: Record<string, string>): { status: number | null; stdout: string; stderr: string; calls: string } {
    const bin = mkdtempSync(join(dir, 'bin-'));
    for (const [name, body] of Object.entries(binaries))
      writeFileSync(join(bin, name), `#!/bin/sh\necho "${name} $*" >> ${bin}/calls\n${body}\n`, { mode: 0o755 });
    const argv = holdConntrackCommand(getSettings(reader({ ...valid, 'ssh-user': 'root' }), {}));
    const r = spawnSync(argv[0] as string, argv.slice(1), { encoding: 'utf8', env: { PATH: `${bin}:/usr/bin:/bin` } });
    return {
      status: r.status,
      stdout: r.stdout.trim(),
      stderr: r.stderr.trim(),
      calls: existsSync(join(bin, 'calls')) ? readFileSync(join(bin, 'calls'), 'utf8') : '',
    };
  }
  const adds = (calls: string) =>
    calls
      .split('\n')
      .filter((l) => / -A OUTPUT /.test(l))
      .map((l) => l.split(' ')[0]);
  it("adds the counting rule with the conntrack match once per family, with the VM's own iptables", () => {
    const r = run({ iptables: 'case "$*" in *" -C "*) exit 1;; esac', ip6tables: 'case "$*" in *" -C "*) exit 1;; esac' });
    assert.deepEqual([r.status, r.stdout], [0, 'held'], r.stderr);
    assert.deepEqual(adds(r.calls), ['iptables', 'ip6tables']);
    assert.match(
      r.calls,
      /^iptables -w -A OUTPUT -m conntrack --ctstate NEW -m comment --comment istio-vm-onboard: SSH tracked before Istio chains$/m,
    );
  });
  it('is not added twice, falls back to the other backend, and a family that cannot hold (IPv6 off) is no failure', () => {
    const r = run({
      iptables:
        'case "$*" in *" -C "*) exit 1;; esac; echo "iptables v1.8.9 (nf_tables): Could not fetch rule set generation id" >&2; exit 4',
      'iptables-legacy': 'exit 0',
      ip6tables: 'echo "ip6tables: IPv6 is off" >&2; exit 3',
    });
    assert.deepEqual([r.status, r.stdout], [0, 'held'], r.stderr);
    assert.deepEqual(adds(r.calls), ['iptables', 'ip6tables'], "tried with the VM's own binaries (both refused)");
    assert.match(r.calls, /^iptables-legacy -w -C OUTPUT /m, 'then the legacy backend, which holds it already: no second rule');
  });
  it('fails, with what iptables said, when no family can hold', () => {
    const r = run({ iptables: 'echo "no nat for you" >&2; exit 4' });
    assert.equal(r.status, 69);
    assert.match(r.stderr, /^no iptables binary could add a rule \(the istio-sidecar package needs iptables\): iptables: no nat for you$/);
    assert.match(run({}).stderr, /: none installed$/);
  });
});

describe('registration: workload-group (pure parts)', () => {
  it('renders a WorkloadGroup with health checks and the probe instead of a WorkloadEntry', async () => {
    const { renderWorkload } = await import('../../src/plan/render.js');
    const s = getSettings(reader({ ...valid, registration: 'workload-group', 'proxy-runtime': 'docker' }), {});
    const kinds = renderWorkload(s, '', dir).objects.map((r) => r.object.kind);
    assert.deepEqual(kinds, ['Namespace', 'ServiceAccount', 'Service', 'Sidecar', 'WorkloadGroup'], 'no WorkloadEntry');
    const group = renderWorkload(s, 'net-a', dir).objects.find((r) => r.object.kind === 'WorkloadGroup')?.object;
    assert.deepEqual(group?.spec, {
      metadata: { labels: { app: 'backend-vm' }, annotations: { 'proxy.istio.io/health-checks-enabled': 'true' } },
      template: { serviceAccount: 'backend-vm', ports: { http: 8080 }, network: 'net-a' },
      probe: { tcpSocket: { port: 8080 }, periodSeconds: 2, failureThreshold: 2 },
    });
  });
  it('refuses a WorkloadEntry in the manifests, at its file and line', async () => {
    const { renderWorkload } = await import('../../src/plan/render.js');
    writeFileSync(
      join(dir, 'we.yaml'),
      'apiVersion: networking.istio.io/v1\nkind: WorkloadEntry\nmetadata:\n  name: backend-vm\n  namespace: demo\nspec:\n  address: 10.231.1.2\n',
    );
    const s = getSettings(reader({ ...valid, registration: 'workload-group', 'proxy-runtime': 'docker', manifests: 'we.yaml' }), {});
    assert.throws(
      () => renderWorkload(s, '', dir),
      (e: unknown) =>
        e instanceof InputError &&
        e.problems[0]?.input === 'registration' &&
        /must not hold one/.test(e.problems[0].message) &&
        e.problems[0].line === 1,
    );
  });
  it("gives the proxy the group and the same probe as its readinessProbe, in both runtimes' files", () => {
    const files = buildBundle(workload as never, facts, 't', 'backend-vm');
    const env = files.find((f) => f.name === 'sidecar.env')?.content ?? '';
    assert.match(env, /^ISTIO_META_AUTO_REGISTER_GROUP=backend-vm$/m);
    assert.deepEqual(JSON.parse(/^PROXY_CONFIG=(.*)$/m.exec(env)?.[1] ?? '{}').readinessProbe, {
      tcpSocket: { port: 8080 },
      periodSeconds: 2,
      failureThreshold: 2,
    });
    assert.match(files.find((f) => f.name === 'cluster.env')?.content ?? '', /^ISTIO_META_AUTO_REGISTER_GROUP='backend-vm'$/m);
    assert.match(files.find((f) => f.name === 'mesh.yaml')?.content ?? '', /readinessProbe:\n\s+tcpSocket:\n\s+port: 8080/);
    assert.doesNotMatch(
      buildBundle(workload as never, facts, 't').find((f) => f.name === 'sidecar.env')?.content ?? '',
      /AUTO_REGISTER_GROUP|readinessProbe/,
    );
  });
});
