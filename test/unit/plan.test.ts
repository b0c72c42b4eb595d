import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { MeshFacts } from '../../src/cluster/mesh-facts.js';
import { loadContract } from '../../src/config/contract.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { buildBundle, sidecarEnv } from '../../src/plan/bundle.js';
import { effectiveWorkload } from '../../src/plan/effective-workload.js';
import {
  bundleStdin,
  installBundleCommand,
  removeBundleCommand,
  restoreProxyFilesCommand,
  runProxyCommand,
} from '../../src/plan/remote-commands.js';
import { shellJoin, shellQuote } from '../../src/plan/shell.js';
import { substitute } from '../../src/plan/templates.js';
import { sidecar, workloadEntry } from '../../src/plan/workload-objects.js';

const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
const settings = (inputs: Record<string, string>) => getSettings((n) => inputs[n] ?? defaults[n] ?? '', {});
const base = {
  mode: 'render',
  'workload-name': 'backend-vm',
  namespace: 'demo',
  'vm-address': '10.231.1.2',
  ports: 'http:8080',
  labels: 'app=backend,version=v1',
};
/** The workload built from inputs alone (no manifests). */
const workload = (inputs: Record<string, string>) => effectiveWorkload(settings(inputs), []);
const noHosts = { marker: 'istio-vm-onboard demo/backend-vm', lines: [] };

const facts = (gateway: { address: string; isHostname: boolean }): MeshFacts => ({
  istioNamespace: 'istio-system',
  trustDomain: 'cluster.local',
  defaultConfig: { proxyMetadata: { ISTIO_META_DNS_CAPTURE: 'true' }, holdApplicationUntilProxyStarts: true },
  proxyMetadata: { ISTIO_META_DNS_CAPTURE: 'true' },
  image: 'registry.test/istio/proxyv2:1.24.2',
  clusterName: 'east',
  network: 'vm-net',
  meshId: 'mesh1',
  rootCertPem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
  gateway: { ...gateway, source: 'test' },
});

describe('workload objects', () => {
  it('builds the WorkloadEntry with ports as a map and the network', () => {
    const we = workloadEntry(workload(base), 'vm-net');
    assert.deepEqual(we.spec, {
      address: '10.231.1.2',
      labels: { app: 'backend', version: 'v1' },
      serviceAccount: 'backend-vm',
      ports: { http: 8080 },
      network: 'vm-net',
    });
  });
  it('builds the Sidecar the workshop applies: ingress to 127.0.0.1, egress bound to 127.0.0.2', () => {
    const sc = sidecar(workload(base), { ports: [8080], hosts: [], interception: 'none' }) as unknown as {
      spec: { ingress: unknown[]; egress: Array<{ bind?: string; port?: { number: number } }> };
    };
    assert.deepEqual(sc.spec.ingress, [{ port: { number: 8080, protocol: 'HTTP', name: 'http' }, defaultEndpoint: '127.0.0.1:8080' }]);
    assert.equal(sc.spec.egress[0]?.bind, '127.0.0.2');
    assert.equal(sc.spec.egress[0]?.port?.number, 8080);
  });
});

describe('bootstrap bundle', () => {
  it('writes tctl sidecar.env keys, proxyMetadata first, with istiod names for an IP gateway', () => {
    const env = new Map(sidecarEnv(workload(base), facts({ address: '10.231.0.1', isHostname: false })));
    assert.equal([...env.keys()][0], 'ISTIO_META_DNS_CAPTURE');
    assert.equal(env.get('CA_ADDR'), 'istiod.istio-system.svc:15012');
    assert.equal(env.get('CA_SNI'), undefined, 'no SNI for an IP gateway');
    assert.equal(env.get('PROV_CERT'), '/var/run/secrets/istio');
    assert.equal(env.get('OUTPUT_CERTS'), '/var/run/secrets/istio');
    assert.equal(env.get('ISTIO_META_INTERCEPTION_MODE'), 'NONE');
    assert.equal(env.get('ISTIO_META_OWNER'), 'kubernetes://apis/networking.istio.io/v1beta1/namespaces/demo/workloadentries/backend-vm');
    assert.equal(env.get('CANONICAL_REVISION'), 'v1');
    assert.deepEqual(JSON.parse(env.get('PROXY_CONFIG') as string), {
      holdApplicationUntilProxyStarts: true,
      discoveryAddress: 'istiod.istio-system.svc:15012',
    });
  });
  it('uses the gateway name with SNI for a hostname gateway, and no hosts entry', () => {
    const f = facts({ address: 'abc.elb.amazonaws.com', isHostname: true });
    const env = new Map(sidecarEnv(workload(base), f));
    // Istio's pilot-agent: discovery (and so the CA) at the gateway name, ISTIOD_SAN as SNI and
    // the name istiod's certificate is checked for; a CA_ADDR would make the CA skip ISTIOD_SAN.
    assert.equal(JSON.parse(env.get('PROXY_CONFIG') as string).discoveryAddress, 'abc.elb.amazonaws.com:15443');
    assert.equal(env.get('ISTIOD_SAN'), 'istiod.istio-system.svc');
    assert.equal(env.get('CA_ADDR'), undefined);
    // tctl's names for the same.
    assert.equal(env.get('CA_SNI'), 'istiod.istio-system.svc');
    assert.equal(env.get('PILOT_SNI'), 'istiod.istio-system.svc');
    const bundle = buildBundle(workload(base), f, 'tok');
    assert.equal(bundle.find((b) => b.name === 'hosts')?.content, '');
    assert.match(bundle.find((b) => b.name === 'mesh.yaml')?.content ?? '', /^  discoveryAddress: abc\.elb\.amazonaws\.com:15443$/m);
    assert.ok(!runProxyCommand(settings({ ...base, 'vm-host': 'x' }), workload(base), f).includes('--add-host'));
    // An IP gateway (v4 or v6) keeps istiod's name, mapped to the address: no SNI keys.
    for (const address of ['10.231.0.1', 'fd00:231::1']) {
      const ip = new Map(sidecarEnv(workload(base), facts({ address, isHostname: false })));
      assert.deepEqual(
        ['CA_ADDR', 'ISTIOD_SAN', 'CA_SNI'].map((k) => ip.get(k)),
        ['istiod.istio-system.svc:15012', undefined, undefined],
        address,
      );
      assert.equal(
        buildBundle(workload(base), facts({ address, isHostname: false }), 'tok').find((b) => b.name === 'hosts')?.content,
        `${address} istiod.istio-system.svc istiod.istio-system.svc.cluster.local istiod.istio-system\n`,
      );
    }
  });
  it("an IPv6 workload address: INSTANCE_IP and ISTIO_DUAL_STACK, so pilot-agent's readiness check and Envoy's admin agree on ::1", () => {
    const env6 = new Map(
      sidecarEnv(workload({ ...base, 'vm-address': 'fd10:231:0:1::2' }), facts({ address: 'fd10:231::1', isHostname: false })),
    );
    assert.deepEqual(
      ['INSTANCE_IP', 'IDENTITY_IP', 'HOST_IP', 'ISTIO_DUAL_STACK'].map((k) => env6.get(k)),
      ['fd10:231:0:1::2', 'fd10:231:0:1::2', 'fd10:231:0:1::2', 'true'],
    );
    assert.equal(
      new Map(sidecarEnv(workload(base), facts({ address: '10.231.0.1', isHostname: false }))).get('ISTIO_DUAL_STACK'),
      undefined,
      'not for IPv4',
    );
    const argv = runProxyCommand(
      settings({ ...base, 'vm-host': 'x' }),
      workload(base),
      facts({ address: 'fd10:231::1', isHostname: false }),
    );
    assert.ok(argv.join(' ').includes('--add-host istiod.istio-system.svc:fd10:231::1 '), 'docker splits --add-host at the first colon');
  });
  it('gives the token the narrowest mode and marks it secret', () => {
    const bundle = buildBundle(workload(base), facts({ address: '10.231.0.1', isHostname: false }), 'tok');
    const token = bundle.find((b) => b.name === 'istio-token');
    assert.equal(token?.mode, 0o600);
    assert.equal(token?.secret, true);
    assert.ok(bundle.filter((b) => b.name !== 'istio-token').every((b) => !b.secret && !b.content.includes('tok\n')));
    assert.match(bundle.find((b) => b.name === 'cluster.env')?.content ?? '', /^CANONICAL_REVISION='v1'\nCANONICAL_SERVICE='backend'\n/);
  });
});

describe('remote commands', () => {
  it('quotes every argument so the remote shell sees it as one word', () => {
    const nasty = `a b'c;$(rm -rf /)`;
    const out = execFileSync('sh', ['-c', `printf '%s\\n' ${shellJoin(['x', nasty, ''])}`]).toString();
    assert.equal(out, `x\n${nasty}\n\n`);
    assert.equal(shellQuote('plain-word'), 'plain-word');
  });
  it('runs docker with host networking, the mounts and --add-host for istiod', () => {
    const argv = runProxyCommand(
      settings({ ...base, 'vm-host': 'x' }),
      workload(base),
      facts({ address: '10.231.0.1', isHostname: false }),
    );
    const cmd = argv.join(' ');
    assert.match(cmd, /^docker run -d --name istio-proxy --restart unless-stopped --network host /);
    assert.match(cmd, /-v \/etc\/istio-proxy\/istio-token:\/var\/run\/secrets\/tokens\/istio-token:ro/);
    // PROV_CERT and OUTPUT_CERTS a directory of the VM's, writable: no file is mounted into it (a rename over one is EBUSY).
    assert.ok(argv.includes('/etc/istio-proxy/certs:/var/run/secrets/istio'), cmd);
    assert.ok(!argv.some((a) => a.includes(':/var/run/secrets/istio/')), cmd);
    assert.match(cmd, /--env-file \/etc\/istio-proxy\/sidecar.env/);
    assert.match(cmd, /--add-host istiod.istio-system.svc:10.231.0.1/);
    assert.match(
      cmd,
      /registry.test\/istio\/proxyv2:1.24.2 proxy sidecar --serviceCluster backend-vm.demo --concurrency 0 --trust-domain cluster.local$/,
    );
  });
  it('uses sudo -n for a non-root user, and passes values as arguments, not script text', () => {
    const argv = installBundleCommand(settings({ ...base, 'vm-host': 'x', 'ssh-user': 'ubuntu' }), noHosts);
    assert.deepEqual(argv.slice(0, 3), ['sudo', '-n', '--']);
    assert.deepEqual(argv.slice(-6), [
      'install-bundle',
      '/etc/istio-proxy',
      '/etc/istio-proxy/.previous',
      '/etc/istio-proxy/certs',
      '/etc/hosts',
      'istio-vm-onboard demo/backend-vm',
    ]);
  });
  it('installs every file atomically with its mode in one round trip, contents only on stdin', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ivo-bundle-'));
    try {
      // A directory of the test's own, set past the input's rule (Istio's directories only).
      const valid = settings({ ...base, 'vm-host': 'x' });
      const s = { ...valid, proxy: { ...valid.proxy, configDir: `${dir}/etc/istio-proxy` } };
      const files = [
        { name: 'istio-token', mode: 0o600, content: 'secret token\nwith lines $(not run)' },
        { name: 'hosts', mode: 0o644, content: '' },
      ];
      writeFileSync(`${dir}/hosts`, '127.0.0.1 localhost\n');
      const argv = installBundleCommand(s, { ...noHosts, file: `${dir}/hosts` });
      assert.ok(!argv.join(' ').includes('secret'), 'no content on the command line');
      const out = execFileSync('sh', ['-c', shellJoin(argv)], { input: bundleStdin(files) }).toString();
      assert.equal(out, 'istio-token\nhosts\n');
      assert.equal(readFileSync(`${dir}/etc/istio-proxy/istio-token`, 'utf8'), 'secret token\nwith lines $(not run)');
      assert.equal(statSync(`${dir}/etc/istio-proxy/istio-token`).mode & 0o777, 0o600);
      assert.equal(statSync(`${dir}/etc/istio-proxy/hosts`).mode & 0o777, 0o644);
      assert.equal(statSync(`${dir}/etc/istio-proxy`).mode & 0o777, 0o750);
      assert.throws(() => execFileSync('sh', ['-c', shellJoin(argv)], { input: '../evil 0644 eA==\n', stdio: 'pipe' }), /bad file name/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the bundle as one change (issue #18): staged, the previous kept, restored', () => {
  const sh = (argv: string[], input = '') => execFileSync('sh', ['-c', shellJoin(argv)], { input, stdio: 'pipe' }).toString();
  const names = [
    { name: 'istio-token', mode: 0o600 },
    { name: 'cluster.env', mode: 0o640 },
  ];
  const bundle = (v: string) => bundleStdin(names.map((n) => ({ ...n, content: `${n.name} ${v}` })));
  /** A temp dir standing for the VM: its config dir (set after validation: a temp dir is no place proxy-config-dir takes) and a hosts file. */
  const keepWorld = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ivo-keep-'));
    const valid = settings({ ...base, 'vm-host': 'x' });
    const cfg = `${dir}/etc/istio-proxy`;
    const hosts = `${dir}/hosts`;
    writeFileSync(hosts, '127.0.0.1 localhost\n');
    return { dir, s: { ...valid, proxy: { ...valid.proxy, configDir: cfg } }, hosts, cfg };
  };
  const restore = (w: ReturnType<typeof keepWorld>) =>
    sh(
      restoreProxyFilesCommand(
        w.s,
        names.map((n) => n.name),
        noHosts.marker,
        w.hosts,
      ),
    );

  it('a re-run keeps the previous files and hosts block, and a restore puts them back byte for byte', () => {
    const w = keepWorld();
    const { dir, s, hosts, cfg } = w;
    try {
      sh(installBundleCommand(s, { ...noHosts, file: hosts, lines: ['127.0.0.2 a.demo.svc.cluster.local'] }), bundle('v1'));
      const v1 = { token: readFileSync(`${cfg}/istio-token`, 'utf8'), hosts: readFileSync(hosts, 'utf8') };
      sh(
        installBundleCommand(s, {
          ...noHosts,
          file: hosts,
          lines: ['127.0.0.2 b.demo.svc.cluster.local', '127.0.0.2 c.demo.svc.cluster.local'],
        }),
        bundle('v2'),
      );
      assert.equal(readFileSync(`${cfg}/istio-token`, 'utf8'), 'istio-token v2');
      assert.match(readFileSync(hosts, 'utf8'), /b\.demo/);
      const out = restore(w);
      assert.equal(out.trim(), 'restored');
      assert.equal(readFileSync(`${cfg}/istio-token`, 'utf8'), v1.token);
      assert.equal(statSync(`${cfg}/istio-token`).mode & 0o777, 0o600);
      assert.equal(readFileSync(hosts, 'utf8'), v1.hosts);
      assert.deepEqual(readdirSync(cfg).sort(), ['cluster.env', 'istio-token'], 'no staged or kept files left');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a restore after a first install removes what it wrote; a failed upload changes no live file', () => {
    const w = keepWorld();
    const { dir, s, hosts, cfg } = w;
    try {
      sh(installBundleCommand(s, { ...noHosts, file: hosts, lines: ['127.0.0.2 a.demo.svc.cluster.local'] }), bundle('v1'));
      restore(w);
      assert.deepEqual(readdirSync(cfg), []);
      assert.equal(readFileSync(hosts, 'utf8'), '127.0.0.1 localhost\n');
      // A bad line mid-upload: the script stops before anything live changes, and restore finds nothing switched.
      sh(installBundleCommand(s, { ...noHosts, file: hosts }), bundle('v1'));
      rmSync(`${cfg}/.previous`, { recursive: true }); // as the commit after a verified change does
      assert.throws(
        () => sh(installBundleCommand(s, { ...noHosts, file: hosts }), `${bundle('v2').split('\n')[0]}\n../evil 0644 eA==\n`),
        /bad file name/,
      );
      assert.equal(readFileSync(`${cfg}/istio-token`, 'utf8'), 'istio-token v1');
      assert.ok(!existsSync(`${cfg}/.previous/.complete`));
      assert.equal(restore(w).trim(), 'nothing-switched');
      assert.equal(readFileSync(`${cfg}/istio-token`, 'utf8'), 'istio-token v1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the certificates directory (docker runtime): pilot-agent's PROV_CERT and OUTPUT_CERTS", () => {
  const sh = (argv: string[], input = '') => execFileSync('sh', ['-c', shellJoin(argv)], { input, stdio: 'pipe' }).toString();
  const bundle = (v: string) =>
    bundleStdin([
      { name: 'istio-token', mode: 0o600, content: `token ${v}` },
      { name: 'istio-ca.pem', mode: 0o644, content: `root ${v}\n` },
    ]);
  const names = ['istio-token', 'istio-ca.pem'];
  const world = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ivo-certs-'));
    const valid = settings({ ...base, 'vm-host': 'x' });
    const cfg = `${dir}/etc/istio-proxy`;
    writeFileSync(`${dir}/hosts`, '127.0.0.1 localhost\n');
    return { dir, cfg, certs: `${cfg}/certs`, hosts: `${dir}/hosts`, s: { ...valid, proxy: { ...valid.proxy, configDir: cfg } } };
  };
  const install = (w: ReturnType<typeof world>, v: string) => sh(installBundleCommand(w.s, { ...noHosts, file: w.hosts }), bundle(v));
  /** What pilot-agent does with OUTPUT_CERTS: writes the key and chain, rewrites the root (its own format), each by rename. */
  const agentWrites = (w: ReturnType<typeof world>, v: string) => {
    for (const [n, c] of [
      ['key.pem', `key ${v}`],
      ['cert-chain.pem', `chain ${v}`],
      ['root-cert.pem', `root ${v}`],
    ] as const) {
      writeFileSync(`${w.certs}/${n}.tmp.1`, c, { mode: 0o600 });
      execFileSync('mv', ['-f', `${w.certs}/${n}.tmp.1`, `${w.certs}/${n}`]);
    }
  };
  const read = (p: string) => (existsSync(p) ? readFileSync(p, 'utf8') : 'none');

  it('the install places the root certificate there (0700, root only); the previous key and chain are kept, not started from; a restore puts them back', () => {
    const w = world();
    try {
      install(w, 'v1');
      assert.equal(read(`${w.certs}/root-cert.pem`), 'root v1\n');
      assert.equal(statSync(w.certs).mode & 0o777, 0o700);
      assert.equal(statSync(`${w.certs}/root-cert.pem`).mode & 0o777, 0o644);
      agentWrites(w, 'v1');
      rmSync(`${w.cfg}/.previous`, { recursive: true }); // the commit of a verified change
      install(w, 'v2');
      assert.deepEqual(readdirSync(w.certs).sort(), ['root-cert.pem'], 'the new proxy starts from its token');
      assert.equal(read(`${w.certs}/root-cert.pem`), 'root v2\n');
      agentWrites(w, 'v2');
      writeFileSync(`${w.certs}/key.pem.tmp.77`, 'cut short');
      assert.equal(sh(restoreProxyFilesCommand(w.s, names, noHosts.marker, w.hosts)).trim(), 'restored');
      assert.deepEqual(
        [read(`${w.certs}/key.pem`), read(`${w.certs}/cert-chain.pem`), read(`${w.certs}/root-cert.pem`)],
        ['key v1', 'chain v1', 'root v1'],
      );
      assert.deepEqual(readdirSync(w.certs).sort(), ['cert-chain.pem', 'key.pem', 'root-cert.pem'], "no temp file of pilot-agent's left");
      assert.equal(read(`${w.cfg}/istio-token`), 'token v1');
    } finally {
      rmSync(w.dir, { recursive: true, force: true });
    }
  });

  it("a first onboarding's restore removes the directory with what pilot-agent wrote; offboarding removes it", () => {
    const w = world();
    try {
      install(w, 'v1');
      agentWrites(w, 'v1');
      sh(restoreProxyFilesCommand(w.s, names, noHosts.marker, w.hosts));
      assert.deepEqual(readdirSync(w.cfg), []);
      install(w, 'v1');
      agentWrites(w, 'v1');
      sh(removeBundleCommand(w.s, names));
      assert.deepEqual(readdirSync(w.cfg), [], 'no key, chain or root left');
    } finally {
      rmSync(w.dir, { recursive: true, force: true });
    }
  });
});

describe('substitute', () => {
  it('replaces ${VAR} and $VAR, keeps $$ as $, and names the line of an unknown variable', () => {
    const vars: Record<string, string> = { PREFIX: 'abz', PORT: '8080' };
    assert.equal(
      substitute('a: ${PREFIX}-x\nb: $PORT\nc: $$HOME', 'f.yaml', (n) => vars[n]),
      'a: abz-x\nb: 8080\nc: $HOME',
    );
    assert.throws(() => substitute('a: 1\nb: ${MISSING}', 'f.yaml', (n) => vars[n]), /f\.yaml:2: variable \$\{MISSING\} is not set/);
  });
});
