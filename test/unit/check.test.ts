// mode check's pure parts: the token's exp decoded without the token going anywhere, fail-on
// parsed and evaluated, the proxy reading parsed from the remote command's output, the report
// record's shape, the summary row, the unhealthy-vms output, and the inputs check refuses.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { loadContract } from '../../src/config/contract.js';
import { InputError } from '../../src/config/errors.js';
import { parseFailOn } from '../../src/config/fail-on.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { CHECK_SECTION, checkProxyCommand, fileDigest, readTokenCommand } from '../../src/plan/remote-commands.js';
import { newResult } from '../../src/pipeline/run.js';
import {
  checkRow,
  failOnFindings,
  jwtExpiry,
  newCheckRecord,
  parseCertExpiry,
  parseConnectedState,
  parseServerInfo,
  scrubConfigDump,
  type CheckRecord,
} from '../../src/report/check.js';
import { outputsOf } from '../../src/report/outputs.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';
import { reportOf } from '../../src/report/write.js';
import { checkedFiles, parseProxyReading, tokenPath } from '../../src/vm/proxy-check.js';
import { buildBundle } from '../../src/plan/bundle.js';
import { effectiveWorkload } from '../../src/plan/effective-workload.js';
import type { MeshFacts } from '../../src/cluster/mesh-facts.js';

const FACTS: MeshFacts = {
  istioNamespace: 'istio-system',
  trustDomain: 'cluster.local',
  defaultConfig: {},
  proxyMetadata: {},
  image: 'docker.io/istio/proxyv2:1.30.0',
  clusterName: 'Kubernetes',
  network: '',
  meshId: 'cluster.local',
  rootCertPem: '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n',
  gateway: { address: '10.231.0.1', isHostname: false, source: 'gateway-address' },
};

const contract = loadContract();
const defaults = Object.fromEntries(contract.inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
const reader = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? defaults[name] ?? '';
const keyDir = mkdtempSync(join(tmpdir(), 'ivo-unit-check-'));
after(() => rmSync(keyDir, { recursive: true, force: true }));
execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(keyDir, 'k')]);
const inputs = {
  mode: 'check',
  'workload-name': 'backend-vm',
  namespace: 'demo',
  'vm-host': '10.231.1.2',
  ports: 'http:8080',
  kubeconfig:
    'apiVersion: v1\nkind: Config\nclusters: [{name: c, cluster: {server: "https://127.0.0.1:6443"}}]\nusers: [{name: u, user: {token: "t0ken-value-abcdef"}}]\ncontexts: [{name: x, context: {cluster: c, user: u}}]\ncurrent-context: x\n',
  'ssh-key': readFileSync(join(keyDir, 'k'), 'utf8'),
  'ssh-known-hosts': `10.231.1.2 ${readFileSync(join(keyDir, 'k.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ')}`,
};
function problemsOf(extra: Record<string, string>): Array<{ input: string; message: string }> {
  try {
    getSettings(reader({ ...inputs, ...extra }), {});
    return [];
  } catch (err) {
    assert.ok(err instanceof InputError, String(err));
    return err.problems;
  }
}

const b64url = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const SIGNATURE = 'c2lnbmF0dXJlLXRoYXQtbXVzdC1uZXZlci1iZS1zaG93bg';
const jwt = (payload: unknown) => `${b64url({ alg: 'RS256', kid: 'k' })}.${b64url(payload)}.${SIGNATURE}`;

describe('jwtExpiry', () => {
  it('decodes exp as RFC 3339, from the payload alone (a trailing newline as cat gives it)', () => {
    assert.deepEqual(jwtExpiry(`${jwt({ aud: ['istio-ca'], exp: 1796688000, sub: 'system:serviceaccount:demo:backend-vm' })}\n`), {
      expiresAt: '2026-12-08T00:00:00.000Z',
    });
  });
  it('names why there is no exp, never quoting the token or a part of it', () => {
    const cases = [
      'not-a-jwt',
      `${b64url({})}.%%%.${SIGNATURE}`,
      jwt({ sub: 'x' }),
      jwt({ exp: 'tomorrow' }),
      jwt({ exp: -1 }),
      jwt({ exp: 1e20 }),
      jwt(null),
    ];
    for (const token of cases) {
      const r = jwtExpiry(token);
      assert.ok('reason' in r, token);
      for (const part of token.split('.').filter((p) => p.length > 3)) assert.ok(!r.reason.includes(part), `${r.reason} quotes the token`);
    }
  });
});

describe('fail-on', () => {
  it('parses the comma list (newlines too), durations Go-style or in days', () => {
    assert.deepEqual(parseFailOn('not-ready'), { failOn: { notReady: true, drift: false }, problems: [] });
    assert.deepEqual(parseFailOn(' drift , cert-expires-within=7d\nnot-ready'), {
      failOn: { notReady: true, drift: true, certExpiresWithinMs: 7 * 86_400_000 },
      problems: [],
    });
    assert.equal(parseFailOn('cert-expires-within=1h30m').failOn.certExpiresWithinMs, 5_400_000);
    assert.deepEqual(parseFailOn(''), { failOn: { notReady: false, drift: false }, problems: [] });
  });
  it('names each bad item', () => {
    const { problems } = parseFailOn('not-ready,dirft,cert-expires-within=soon,cert-expires-within=0s');
    assert.equal(problems.length, 3);
    assert.match(problems[0] ?? '', /"dirft" is not one of not-ready, drift, cert-expires-within=DURATION/);
    assert.match(problems[1] ?? '', /cert-expires-within takes a duration .* \(got "soon"\)/);
  });
  it('evaluates each threshold per VM', () => {
    const now = Date.parse('2026-12-07T00:00:00Z');
    const ok: CheckRecord = {
      ...newCheckRecord('10.0.0.1', 'demo/a'),
      proxy: 'running',
      ready: true,
      connected: true,
      certExpiresAt: '2026-12-08T00:00:00.000Z',
    };
    const down: CheckRecord = {
      ...newCheckRecord('10.0.0.2', 'demo/b'),
      proxy: 'exited',
      drift: ['Service/demo/b differs: 1 change: metadata.labels.app "b" -> "x"'],
    };
    const all = { notReady: true, drift: true, certExpiresWithinMs: 2 * 86_400_000 };
    assert.deepEqual(failOnFindings([ok, down], all, now), [
      '10.0.0.1: the workload certificate expires at 2026-12-08T00:00:00.000Z, within 2d',
      '10.0.0.2: the proxy is not ready (istio-proxy exited)',
      '10.0.0.2: drift: Service/demo/b differs: 1 change: metadata.labels.app "b" -> "x"',
      "10.0.0.2: the workload certificate's expiry is not known (cert-expires-within=2d)",
    ]);
    assert.deepEqual(failOnFindings([ok], { notReady: true, drift: true, certExpiresWithinMs: 3_600_000 }, now), []);
    assert.deepEqual(failOnFindings([down], { notReady: false, drift: false }, now), [], 'empty fail-on: report only');
  });
});

describe("the proxy's reading", () => {
  const serverInfo = JSON.stringify(
    {
      version: 'abc123/1.34.1/Clean/RELEASE/BoringSSL',
      state: 'LIVE',
      node: { id: 'sidecar~10.0.0.1~x', metadata: { ISTIO_VERSION: '1.26.0' } },
    },
    null,
    2,
  );
  const certs = JSON.stringify({
    certificates: [
      {
        ca_cert: [{ expiration_time: '2036-01-01T00:00:00Z' }],
        cert_chain: [{ expiration_time: '2026-12-08T10:00:00Z' }, { expiration_time: '2027-01-01T00:00:00Z' }],
      },
    ],
  });
  const out = [
    'state running docker.io/istio/proxyv2:1.26.0',
    'ready 200',
    `hash sidecar.env ${'a'.repeat(64)}`,
    'hash mesh.yaml -',
    '',
    `${CHECK_SECTION} server_info`,
    serverInfo,
    '',
    `${CHECK_SECTION} connected_state`,
    'control_plane.connected_state: 1',
    '',
    `${CHECK_SECTION} certs`,
    certs,
  ].join('\n');
  it('parses state, readiness, hashes and the three admin pages', () => {
    assert.deepEqual(parseProxyReading(out), {
      proxy: 'running',
      image: 'docker.io/istio/proxyv2:1.26.0',
      readyCode: '200',
      connected: true,
      proxyVersion: 'abc123/1.34.1/Clean/RELEASE/BoringSSL',
      agentVersion: '1.26.0',
      certExpiresAt: '2026-12-08T10:00:00.000Z',
      hashes: { 'sidecar.env': 'a'.repeat(64), 'mesh.yaml': null },
    });
  });
  it('no container, nothing listening: none of it made up', () => {
    const none = parseProxyReading(
      `state none -\nready 000\n\n${CHECK_SECTION} server_info\n\n${CHECK_SECTION} connected_state\n\n${CHECK_SECTION} certs\n`,
    );
    assert.deepEqual(
      [none.proxy, none.readyCode, none.connected, none.proxyVersion, none.certExpiresAt],
      ['none', '000', null, null, null],
    );
    assert.equal(parseConnectedState('control_plane.connected_state: 0'), false);
    assert.equal(parseConnectedState('cluster.xds-grpc;.upstream_rq_active: 1'), true, "Istio's stats: the ADS stream");
    assert.equal(parseConnectedState('cluster.xds-grpc.upstream_rq_active: 0'), false);
    assert.equal(
      parseConnectedState('control_plane.connected_state: 0\ncluster.xds-grpc.upstream_rq_active: 1'),
      false,
      'connected_state decides where Envoy has it',
    );
    assert.equal(parseCertExpiry('{"certificates":[]}'), null);
    assert.deepEqual(parseServerInfo('not json'), { proxyVersion: null, agentVersion: null });
  });
  it('the remote commands are argv with the paths as arguments, and read the token with cat alone', () => {
    const s = getSettings(reader({ ...inputs, 'ssh-user': 'ops' }), {});
    const stats = `http://127.0.0.1:15000/stats?filter=${encodeURIComponent('^(control_plane\\.connected_state|cluster\\.xds-grpc;?\\.upstream_rq_active)$')}`;
    const files = checkedFiles(s, buildBundle(effectiveWorkload(s, []), FACTS, 'the-token'));
    assert.deepEqual(
      files.map((f) => f.path),
      [
        '/etc/istio-proxy/sidecar.env',
        '/etc/istio-proxy/istio-ca.pem',
        '/etc/istio-proxy/cluster.env',
        '/etc/istio-proxy/mesh.yaml',
        '/etc/istio-proxy/hosts',
      ],
      'the token is never compared',
    );
    const argv = checkProxyCommand(s, files);
    assert.deepEqual(argv.slice(0, 5), ['sudo', '-n', '--', 'sh', '-c']);
    assert.deepEqual(argv.slice(6, 12), [
      'check-proxy',
      'container',
      'istio-proxy',
      'http://127.0.0.1:15000/server_info',
      stats,
      'http://127.0.0.1:15000/certs',
    ]);
    assert.deepEqual(
      argv.slice(12),
      files.map((f) => `${f.name}=${f.path}`),
    );
    assert.doesNotMatch(
      argv[5] ?? '',
      /docker (rm|stop|start|run|update|rename)|systemctl (start|stop|restart|enable|disable)|rm -|mv |> *"?\$|tee /,
      'the script changes nothing',
    );
    assert.deepEqual(readTokenCommand(tokenPath(s), s), ['sudo', '-n', '--', 'cat', '--', '/etc/istio-proxy/istio-token']);
  });
  it('fileDigest: a .pem file by its certificates alone, any other file by its bytes', () => {
    const pem = '-----BEGIN CERTIFICATE-----\nMIIB\nAAAA\n-----END CERTIFICATE-----\n';
    assert.equal(
      fileDigest('/etc/certs/root-cert.pem', pem),
      fileDigest('/etc/certs/root-cert.pem', pem.trimEnd().replace(/\n/g, '\r\n')),
      'no final newline, CRLF: the same certificate',
    );
    assert.notEqual(fileDigest('/etc/certs/root-cert.pem', pem), fileDigest('/etc/certs/root-cert.pem', pem.replace('AAAA', 'AAAB')));
    assert.notEqual(fileDigest('/etc/istio/config/mesh', 'a: 1\n'), fileDigest('/etc/istio/config/mesh', 'a: 1'));
    // The shell's digest of the same file (the script's own line, run here with sh).
    const script = checkProxyCommand(getSettings(reader(inputs), {}), [])[2] ?? '';
    const line = script.split('\n').find((l) => l.startsWith('for pair do')) ?? '';
    const dir = mkdtempSync(join(tmpdir(), 'ivo-unit-pem-'));
    try {
      writeFileSync(join(dir, 'root-cert.pem'), pem.trimEnd());
      writeFileSync(join(dir, 'mesh'), 'a: 1\n');
      const out = execFileSync(
        'sh',
        ['-c', line, 'x', `istio-ca.pem=${join(dir, 'root-cert.pem')}`, `mesh.yaml=${join(dir, 'mesh')}`, `hosts=${join(dir, 'absent')}`],
        { encoding: 'utf8' },
      );
      assert.equal(out, `hash istio-ca.pem ${fileDigest('x.pem', pem)}\nhash mesh.yaml ${fileDigest('mesh', 'a: 1\n')}\nhash hosts -\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it("systemd runtime: the istio unit, the files at Istio's paths with the content the package reads, the token there", () => {
    const s = getSettings(reader({ ...inputs, 'proxy-runtime': 'systemd' }), {});
    const files = checkedFiles(s, buildBundle(effectiveWorkload(s, []), FACTS, 'the-token'));
    assert.deepEqual(
      files.map((f) => f.path),
      ['/var/lib/istio/envoy/cluster.env', '/etc/istio/config/mesh', '/etc/certs/root-cert.pem'],
    );
    assert.match(files[0]?.content ?? '', /^ISTIO_SVC_IP='/m, 'cluster.env as placed, not as bundled');
    const none = getSettings(reader({ ...inputs, 'proxy-runtime': 'systemd', interception: 'none' }), {});
    assert.match(
      checkedFiles(none, buildBundle(effectiveWorkload(none, []), FACTS, 'the-token'))[0]?.content ?? '',
      /^ISTIO_META_INTERCEPTION_MODE='NONE'$/m,
      'as placed for the interception asked for',
    );
    assert.deepEqual(checkProxyCommand(s, files).slice(3, 6), ['check-proxy', 'unit', 'istio']);
    assert.deepEqual(readTokenCommand(tokenPath(s), s), ['cat', '--', '/var/run/secrets/tokens/istio-token']);
    const reading = parseProxyReading(`state inactive/dead istio.service\nready 000\nhash cluster.env -\n\n${CHECK_SECTION} server_info\n`);
    assert.deepEqual(
      [reading.proxy, reading.image, reading.readyCode, reading.hashes],
      ['inactive/dead', 'istio.service', '000', { 'cluster.env': null }],
    );
  });
});

describe('the report, the summary and the outputs', () => {
  const s = getSettings(reader(inputs), {});
  const healthy: CheckRecord = {
    ...newCheckRecord('10.231.1.2', 'demo/backend-vm'),
    proxy: 'running',
    ready: true,
    connected: true,
    proxyVersion: 'abc/1.34.1/Clean/RELEASE/BoringSSL',
    agentVersion: '1.26.0',
    certExpiresAt: new Date(Date.now() + 36 * 3_600_000).toISOString(),
    tokenExpiresAt: '2026-12-08T22:00:00.000Z',
    workloadEntry: { present: true, healthy: null, name: 'backend-vm', address: '10.231.1.2' },
  };
  it('writes { vms: [ one record per VM ] } with the contract fields, RFC 3339 times', () => {
    const r = { ...newResult(s), check: healthy };
    const report = reportOf(r) as { vms: CheckRecord[] };
    assert.deepEqual(Object.keys(report), ['vms']);
    const rec = report.vms[0] as unknown as Record<string, unknown>;
    for (const key of [
      'vm',
      'workload',
      'ready',
      'connected',
      'proxyVersion',
      'certExpiresAt',
      'tokenExpiresAt',
      'workloadEntry',
      'drift',
      'problems',
    ])
      assert.ok(key in rec, key);
    assert.deepEqual(Object.keys(rec.workloadEntry as object).slice(0, 2), ['present', 'healthy']);
    const onboard = { ...newResult(getSettings(reader({ ...inputs, mode: 'onboard' }), {})) };
    assert.equal((reportOf(onboard) as { mode: string }).mode, 'onboard', 'other modes keep the whole result');
  });
  it('one summary row per VM: a status mark, days to certificate expiry, versions, drift; values escaped', () => {
    const row = checkRow(healthy, Date.parse(healthy.certExpiresAt as string) - 36 * 3_600_000);
    assert.deepEqual(
      [row[0], row[1], row[3], row[4], row[5]?.split(' (')[0], row[8], row[9], row[10]],
      ['✅', '10.231.1.2', 'yes', 'yes', '1.5 d', 'backend-vm at 10.231.1.2', 'none', 'none'],
    );
    assert.equal(row[7], 'Envoy 1.34.1, pilot-agent 1.26.0', 'the release of SHA/VERSION/STATUS/BUILD/SSL; the report keeps it all');
    const drifted = { ...healthy, drift: ['/etc/istio-proxy/cluster.env differs from the render'] };
    assert.equal(checkRow(drifted)[0], '⚠️');
    const down = {
      ...healthy,
      proxy: 'exited',
      ready: false,
      problems: ['the istio-proxy container is exited'],
      workloadEntry: { present: false, healthy: null, name: null, address: null },
    };
    assert.deepEqual([checkRow(down)[0], checkRow(down)[3], checkRow(down)[8]], ['❌', 'no (exited)', 'missing']);
    const summary = renderSummary({ ...newResult(s), check: { ...down, drift: ['Service/demo/x differs: <b>|</b>'] } });
    assert.match(
      summary,
      /### Check\n\n\| {2}\| VM \| Workload \| Ready \| Connected \| Certificate \| Token expires \| Versions \| WorkloadEntry \| Drift \| Problems \|/,
    );
    assert.ok(summary.includes('&lt;b&gt;&#124;&lt;/b&gt;'), 'a value cannot break the table');
    assert.doesNotMatch(summary, /### Status/, 'no onboarding status table');
    assert.match(renderText({ ...newResult(s), check: down }), /unhealthy 10\.231\.1\.2 demo\/backend-vm: proxy exited, ready no/);
  });
  it('unhealthy-vms: the VM with a problem, by vm-host; drift alone is no problem', () => {
    const out = (check: CheckRecord) => outputsOf({ ...newResult(s), check }, '/tmp/report.json')['unhealthy-vms'];
    assert.equal(out(healthy), '');
    assert.equal(out({ ...healthy, drift: ['x'] }), '');
    assert.equal(out({ ...healthy, problems: ['no istio-proxy container on the VM'] }), '10.231.1.2');
  });
});

describe('config-dump', () => {
  it('drops the secrets section and every secret field, wherever it is, counting them', () => {
    const raw = {
      configs: [
        {
          '@type': 'type.googleapis.com/envoy.admin.v3.BootstrapConfigDump',
          bootstrap: {
            node: { id: 'sidecar~10.0.0.1' },
            tls: [{ certificate_chain: { filename: './etc/certs/cert-chain.pem' }, private_key: { inline_string: 'KEY' } }],
          },
        },
        {
          '@type': 'type.googleapis.com/envoy.admin.v3.SecretsConfigDump',
          dynamic_active_secrets: [{ name: 'default', secret: { tls_certificate: { private_key: { inline_bytes: 'W3JlZGFjdGVkXQ==' } } } }],
        },
        {
          '@type': 'type.googleapis.com/envoy.admin.v3.ListenersConfigDump',
          dynamic_listeners: [{ name: 'l', filters: [{ config: { Password: 'p4ss', hmac_secret: { secret: 'h' } } }] }],
        },
      ],
    };
    const { dump, removed } = scrubConfigDump(JSON.stringify(raw));
    const text = JSON.stringify(dump);
    assert.equal(removed, 4, 'the secrets section, a private key, a password, an HMAC secret');
    for (const gone of ['SecretsConfigDump', 'KEY', 'W3JlZGFjdGVk', 'p4ss', 'private_key', 'hmac_secret'])
      assert.ok(!text.includes(gone), gone);
    assert.ok(
      text.includes('BootstrapConfigDump') && text.includes('./etc/certs/cert-chain.pem') && text.includes('ListenersConfigDump'),
      'the rest kept',
    );
    assert.throws(() => scrubConfigDump('not json'), SyntaxError);
  });
});

describe('inputs of mode check', () => {
  it("an inventory: each VM checked by the same rules, fail-on the run's", () => {
    const s = getSettings(
      reader({
        ...inputs,
        'vm-host': '',
        'workload-name': '',
        inventory: '- {vm-host: 10.231.1.2, workload-name: a}\n- {vm-host: 10.231.1.3, workload-name: b}\n',
        'fail-on': 'drift',
      }),
      {},
    );
    assert.deepEqual(
      s.fleet?.vms.map((v) => [v.mode, v.ssh.target.host, v.check.failOn.drift]),
      [
        ['check', '10.231.1.2', true],
        ['check', '10.231.1.3', true],
      ],
    );
  });
  it('reads one VM with the same SSH and cluster inputs as onboard; fail-on defaults to not-ready', () => {
    const s = getSettings(reader(inputs), {});
    assert.equal(s.mode, 'check');
    assert.deepEqual(s.check.failOn, { notReady: true, drift: false });
    assert.ok(problemsOf({ 'vm-host': '' }).some((p) => p.input === 'vm-host' && /required for mode check/.test(p.message)));
    assert.deepEqual(
      problemsOf({ 'ssh-key': '' }).map((p) => p.input),
      ['ssh-key'],
    );
  });
  it('refuses what has no meaning for it, naming it', () => {
    assert.deepEqual(problemsOf({ 'proxy-runtime': 'systemd' }), [], 'the systemd runtime is checked too');
    assert.match(
      problemsOf({ inventory: '- vm-host: 10.231.1.2\n  fail-on: drift\n' }).find((p) => p.input === 'inventory[0].fail-on')?.message ?? '',
      /./,
      'fail-on holds for the whole run',
    );
    assert.match(problemsOf({ 'dry-run': 'true' }).find((p) => p.input === 'dry-run')?.message ?? '', /read-only already/);
    assert.match(problemsOf({ 'fail-on': 'drift,nope' }).find((p) => p.input === 'fail-on')?.message ?? '', /"nope" is not one of/);
    assert.match(
      problemsOf({ mode: 'onboard', 'fail-on': 'drift' }).find((p) => p.input === 'fail-on')?.message ?? '',
      /is for mode check/,
    );
    assert.match(
      problemsOf({ mode: 'onboard', 'config-dump': 'true' }).find((p) => p.input === 'config-dump')?.message ?? '',
      /is for mode check/,
    );
    assert.equal(getSettings(reader({ ...inputs, 'config-dump': 'true' }), {}).check.configDump, true);
  });
});
