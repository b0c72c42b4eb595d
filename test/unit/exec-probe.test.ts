// Issue #17 class 4: a WorkloadGroup's spec.probe.exec is a command pilot-agent runs on the VM.
// The manifests are the repository's (a pull request's too), so such a group is refused, at
// the probe's file and line, unless the workflow sets allow-exec-probe; httpGet and tcpSocket
// probes stay, and an inventory item cannot give the consent.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { cliFlags, parseCliArgs } from '../../src/cli-args.js';
import { loadContract } from '../../src/config/contract.js';
import { InputError, type InputProblem } from '../../src/config/errors.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import { buildBundle } from '../../src/plan/bundle.js';
import { renderWorkload } from '../../src/plan/render.js';
import type { MeshFacts } from '../../src/cluster/mesh-facts.js';

const contract = loadContract();
const defaults = Object.fromEntries(contract.inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
const settings = (inputs: Record<string, string>) => getSettings((n) => inputs[n] ?? defaults[n] ?? '', {});
const dir = mkdtempSync(join(tmpdir(), 'ivo-exec-probe-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const facts: MeshFacts = {
  istioNamespace: 'istio-system',
  trustDomain: 'cluster.local',
  defaultConfig: {},
  proxyMetadata: {},
  image: 'registry.test/istio/proxyv2:1.30',
  clusterName: 'c1',
  network: 'install-net',
  meshId: 'mesh1',
  rootCertPem: 'ROOT\n',
  gateway: { address: '10.0.0.1', isHostname: false, source: 'test' },
};

const group = (probe: string, head = '') => `apiVersion: networking.istio.io/v1
kind: WorkloadGroup
${head}metadata:
  name: billing
  namespace: payments
spec:
  metadata:
    labels:
      app: billing
  template:
    serviceAccount: billing
    ports:
      http: 9080
${probe}`;

const EXEC = `  probe:
    periodSeconds: 5
    exec:
      command: [sh, -c, "touch /tmp/pwned"]
`;

function file(name: string, text: string): string {
  writeFileSync(join(dir, name), text);
  return name;
}
const asGroup = (manifests: string, extra: Record<string, string> = {}) => ({
  mode: 'render',
  registration: 'workload-group',
  manifests,
  'vm-address': '10.0.93.7',
  ...extra,
});
const render = (inputs: Record<string, string>) => renderWorkload(settings(inputs), '', dir);

function problemsOf(fn: () => unknown): InputProblem[] {
  try {
    fn();
  } catch (err) {
    assert.ok(err instanceof InputError, String(err));
    return err.problems;
  }
  assert.fail('expected an InputError');
}

describe('exec probes from the manifests', () => {
  it('refuses the group this VM registers with, naming allow-exec-probe, the file and the line of exec', () => {
    const problems = problemsOf(() => render(asGroup(file('exec.yaml', group(EXEC)))));
    assert.equal(problems.length, 1);
    const [p] = problems;
    assert.equal(p?.input, 'allow-exec-probe');
    assert.equal(p?.file, 'exec.yaml');
    assert.equal(p?.line, 16, 'the line of "exec:"');
    assert.match(
      p?.message ?? '',
      /^is false, but exec\.yaml:16 \(WorkloadGroup payments\/billing spec\.probe\.exec\) gives a command to run on the VM/,
    );
    assert.doesNotMatch(p?.message ?? '', /pwned/, 'the command itself is not repeated');
  });

  it('refuses it written in flow style, at the line that holds it', () => {
    const problems = problemsOf(() =>
      render(asGroup(file('flow.yaml', group('  probe: {periodSeconds: 5, exec: {command: [sh, -c, id]}}\n')))),
    );
    assert.deepEqual(
      problems.map((p) => [p.input, p.file, p.line]),
      [['allow-exec-probe', 'flow.yaml', 14]],
    );
  });

  it('refuses it brought in by a YAML alias, at the line of the alias', () => {
    const text = group('  probe: *ready\n', 'x-defaults: &ready\n  exec:\n    command: [sh, -c, id]\n');
    const problems = problemsOf(() => render(asGroup(file('alias.yaml', text))));
    assert.deepEqual(
      problems.map((p) => [p.input, p.file, p.line]),
      [['allow-exec-probe', 'alias.yaml', 17]],
    );
  });

  it('refuses an empty exec too (exec: null): any exec is a command slot', () => {
    const problems = problemsOf(() => render(asGroup(file('null.yaml', group('  probe:\n    exec:\n')))));
    assert.equal(problems[0]?.input, 'allow-exec-probe');
  });

  it('refuses every group of the manifests that has one, also with registration workload-entry (the group is applied to the cluster)', () => {
    const entry = `---
apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata:
  name: web
  namespace: payments
spec:
  address: 10.0.93.7
  serviceAccount: billing
  labels:
    app: billing
`;
    const problems = problemsOf(() => render({ mode: 'render', manifests: file('both.yaml', group(EXEC) + entry) }));
    assert.deepEqual(
      problems.map((p) => [p.input, p.file, p.line]),
      [['allow-exec-probe', 'both.yaml', 16]],
    );
  });

  it('takes it with allow-exec-probe: true, and then pilot-agent gets it as its readiness probe', () => {
    const { workload: w } = render(asGroup(file('allowed.yaml', group(EXEC)), { 'allow-exec-probe': 'true' }));
    assert.deepEqual(w.group?.probe, { periodSeconds: 5, exec: { command: ['sh', '-c', 'touch /tmp/pwned'] } });
    const env = buildBundle(w, facts, 'tok', w.name).find((f) => f.name === 'sidecar.env')?.content ?? '';
    assert.match(env, /"readinessProbe":\{"periodSeconds":5,"exec":\{"command":\["sh","-c","touch \/tmp\/pwned"\]\}\}/);
  });

  it('keeps httpGet and tcpSocket probes without the input', () => {
    for (const probe of [
      '  probe:\n    httpGet:\n      path: /ready\n      port: 9080\n',
      '  probe:\n    tcpSocket:\n      port: 9080\n',
    ]) {
      const { workload: w } = render(asGroup(file('ok.yaml', group(probe))));
      assert.ok(w.group?.probe && !('exec' in w.group.probe), probe);
    }
  });

  it('does not refuse offboarding (it runs no probe)', () => {
    const s = settings(asGroup(file('off.yaml', group(EXEC))));
    assert.equal(s.manifests.allowExecProbe, false);
    assert.throws(() => renderWorkload(s, '', dir), InputError);
    const { workload: w } = renderWorkload({ ...s, mode: 'offboard' }, '', dir);
    assert.equal(w.name, 'billing');
  });
});

describe("allow-exec-probe is the workflow's to give", () => {
  it('is an input of action.yml, false by default, and a boolean CLI flag', () => {
    const input = contract.inputs.find((i) => i.name === 'allow-exec-probe');
    assert.equal(input?.default, 'false');
    const flags = cliFlags(contract);
    assert.equal(flags.find((f) => f.name === 'allow-exec-probe')?.kind, 'boolean');
    const parsed = parseCliArgs(['--allow-exec-probe'], flags);
    assert.ok(!('error' in parsed));
    assert.deepEqual(parsed.values['allow-exec-probe'], ['true']);
  });

  it('cannot be set by an inventory item', () => {
    const inventory = '- vm-host: 10.0.0.5\n  workload-name: a\n  allow-exec-probe: "true"\n- vm-host: 10.0.0.6\n  workload-name: b\n';
    const problems = problemsOf(() => settings({ mode: 'render', 'workload-name': 'web', namespace: 'demo', inventory }));
    assert.deepEqual(
      problems.map((p) => p.input),
      ['inventory[0].allow-exec-probe'],
    );
    assert.match(problems[0]?.message ?? '', /only the workflow may set it/);
  });

  it('set as an input, holds for every VM of an inventory', () => {
    const s = settings({
      mode: 'render',
      'workload-name': 'web',
      namespace: 'demo',
      inventory: '- {vm-host: 10.0.0.5, workload-name: a}\n- {vm-host: 10.0.0.6, workload-name: b}\n',
      'allow-exec-probe': 'true',
    });
    assert.deepEqual(
      s.fleet?.vms.map((v) => v.manifests.allowExecProbe),
      [true, true],
    );
  });
});

// What a WorkloadEntry or WorkloadGroup says also reaches the proxy's environment on the VM:
// sidecar.env (docker --env-file: a line per variable) and cluster.env (sourced as shell by
// Istio's istio-start.sh). A newline there would add a variable (LD_PRELOAD, a second
// PROXY_CONFIG with an exec probe) or break the shell quoting.
describe("values of the manifests that reach the VM's env files", () => {
  const entry = (spec: string, meta = '') => `apiVersion: networking.istio.io/v1
kind: WorkloadEntry
metadata:
  name: web
  namespace: payments
${meta}spec:
  address: 10.0.93.7
${spec}`;

  it('refuses a network, ServiceAccount, label or address that is not what the input would take, at its line', () => {
    const text = entry(
      '  serviceAccount: web\n  network: "vm-net\\nPROXY_CONFIG={}"\n  labels:\n    app: web\n    service.istio.io/canonical-name: "web\\nx\'; touch /tmp/pwned; \'"\n',
      '  labels:\n    "version\\nA=b": v1\n',
    );
    const problems = problemsOf(() => render({ mode: 'render', manifests: file('env.yaml', text) }));
    assert.deepEqual(
      problems.map((p) => [p.input, p.file, p.line]),
      [
        ['network', 'env.yaml', 11],
        ['labels', 'env.yaml', 14],
        ['labels', 'env.yaml', 7],
      ],
    );
    assert.match(
      problems[0]?.message ?? '',
      /^cannot come from env\.yaml:11 \(WorkloadEntry payments\/web spec\.network\): label value "vm-net\\nPROXY_CONFIG=\{\}" must be/,
    );
    // A ServiceAccount name is refused earlier still, as the manifest is parsed (#17 class 1).
    assert.throws(
      () => render({ mode: 'render', manifests: file('sa.yaml', entry('  serviceAccount: "web\\nLD_PRELOAD=/tmp/evil.so"\n')) }),
      /sa\.yaml:8: spec\.serviceAccount "web\\nLD_PRELOAD=\/tmp\/evil\.so" must be a DNS-1123 subdomain/,
    );
    const address = problemsOf(() =>
      render({ mode: 'render', manifests: file('addr.yaml', entry('').replace('10.0.93.7', '"10.0.93.7\\nLD_PRELOAD=/x"')) }),
    );
    assert.deepEqual(
      address.map((p) => [p.input, p.line]),
      [['vm-address', 7]],
    );
  });

  it('refuses the same in a WorkloadGroup (template and spec.metadata)', () => {
    const text = group('', '')
      .replace('    serviceAccount: billing\n', '    serviceAccount: billing\n    network: "a\\nB=c"\n')
      .replace('      app: billing\n', '      app: "billing\\nC=d"\n');
    const problems = problemsOf(() => render(asGroup(file('group-env.yaml', text))));
    assert.deepEqual(
      problems.map((p) => [p.input, p.line]),
      [
        ['network', 12],
        ['labels', 9],
      ],
    );
  });

  it('takes ordinary values, and they reach sidecar.env one line each', () => {
    const { workload: w } = render({
      mode: 'render',
      manifests: file('fine.yaml', entry('  serviceAccount: web-sa\n  network: vm-net\n  labels:\n    app: web\n')),
    });
    const env = buildBundle(w, facts, 'tok').find((f) => f.name === 'sidecar.env')?.content ?? '';
    assert.match(env, /^SERVICE_ACCOUNT=web-sa$/m);
    assert.match(env, /^ISTIO_META_NETWORK=vm-net$/m);
  });
});
