// Golden files, as istioctl keeps them for what it generates (e.g. `istioctl x workload entry
// configure`): the bootstrap bundle, the dry-run plan and the job summary, byte for byte. A change
// to any of them shows up as a diff of test/golden/*.golden in review. After an intended change:
//   REFRESH_GOLDEN=true node --import tsx --test test/unit/golden.test.ts
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import type { MeshFacts } from '../../src/cluster/mesh-facts.js';
import { loadContract } from '../../src/config/contract.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';
import type { Logger } from '../../src/log.js';
import { buildBundle, formatMode } from '../../src/plan/bundle.js';
import { effectiveWorkload } from '../../src/plan/effective-workload.js';
import { defaultConnectors } from '../../src/pipeline/context.js';
import { runPipeline } from '../../src/pipeline/run.js';
import type { RunResult } from '../../src/report/result.js';
import { renderSummary } from '../../src/report/summary.js';
import type { Cluster } from '../../src/cluster/client.js';
import { readMeshFacts } from '../../src/cluster/mesh-facts.js';
import { renderWorkload } from '../../src/plan/render.js';
import { placedBundle } from '../../src/vm/systemd-runtime.js';
import { istioInstallObjects } from '../support/control-plane/istio-install.js';
import { DELIBERATE_DIFFERENCES, differences, fromGoldenText, goldenText, vmFiles } from '../support/istioctl-files.js';

const GOLDEN_DIR = resolve(import.meta.dirname, '..', 'golden');

function golden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, `${name}.golden`);
  if (process.env.REFRESH_GOLDEN === 'true' || !existsSync(path)) {
    writeFileSync(path, actual);
    if (process.env.REFRESH_GOLDEN !== 'true') assert.fail(`${path} did not exist: written now, check it and run again`);
    return;
  }
  assert.equal(actual, readFileSync(path, 'utf8'), `${name} differs from ${path} (REFRESH_GOLDEN=true to accept an intended change)`);
}

const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
const settings = (inputs: Record<string, string>) => getSettings((n) => inputs[n] ?? defaults[n] ?? '', {});
const inputs = {
  'workload-name': 'backend-vm',
  namespace: 'demo',
  'vm-host': '10.0.93.162',
  ports: 'http:8080,grpc-api:9090',
  labels: 'app=backend-vm,version=v1',
  'ssh-user': 'ubuntu',
  'ssh-known-hosts': '10.0.93.162 ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJx1o4bY5z1l6E1O0yqXbQ1oZ0u8X7Xh9o0W4mYb3K2R',
  'probe-url': 'http://10.0.93.162:8080/healthz',
  'probe-from-vm-url': 'http://frontend.demo.svc.cluster.local:8080/',
};

const facts: MeshFacts = {
  istioNamespace: 'istio-system',
  trustDomain: 'cluster.local',
  defaultConfig: { discoveryAddress: 'istiod.istio-system.svc:15012', proxyMetadata: { ISTIO_META_DNS_CAPTURE: 'true' } },
  proxyMetadata: { ISTIO_META_DNS_CAPTURE: 'true' },
  image: 'docker.io/istio/proxyv2:1.30.0',
  clusterName: 'cluster1',
  network: 'network1',
  meshId: 'mesh1',
  rootCertPem: '-----BEGIN CERTIFICATE-----\nMIIBgolden\n-----END CERTIFICATE-----\n',
  gateway: { address: '203.0.113.10', isHostname: false, source: 'Service istio-system/istio-eastwestgateway' },
};

const quiet: Logger = {
  info: () => undefined,
  debug: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  group: (_t, fn) => fn(),
  secret: () => undefined,
};

describe('golden files', () => {
  it('the bootstrap bundle (docker runtime)', () => {
    const w = effectiveWorkload(settings({ ...inputs, mode: 'render' }), []);
    const files = buildBundle(w, facts, '<token>');
    golden('bundle', files.map((f) => `==> ${f.name} (mode ${formatMode(f.mode)}${f.secret ? ', secret' : ''})\n${f.content}`).join('\n'));
  });

  it('the dry-run plan (no cluster given)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ivo-golden-'));
    try {
      const s = settings({ ...inputs, mode: 'onboard', 'dry-run': 'true' });
      const r = await runPipeline(s, {
        log: quiet,
        signal: new AbortController().signal,
        env: {},
        workDir: dir,
        cwd: dir,
        connect: defaultConnectors(),
      });
      assert.equal(r.verdict, 'succeeded', JSON.stringify(r.error));
      golden('dry-run-plan', (r.plan ?? []).join('\n').replaceAll(dir, '<workdir>') + '\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the job summary of a failed onboarding', () => {
    const result: RunResult = {
      mode: 'onboard',
      dryRun: false,
      verdict: 'failed',
      startedAt: '2026-11-30T12:00:00.000Z',
      finishedAt: '2026-11-30T12:00:09.000Z',
      workload: { name: 'backend-vm', namespace: 'demo', serviceAccount: 'backend-vm', address: '10.0.93.162', vmHost: '10.0.93.162' },
      steps: [
        { name: 'Render manifests', target: 'demo/backend-vm', status: 'ok', durationMs: 12, detail: '5 objects' },
        {
          name: 'Connect to the VM',
          target: 'ubuntu@10.0.93.162:22',
          status: 'ok',
          durationMs: 210,
          detail: 'host key SHA256:abc (pinned by ssh-known-hosts)',
        },
        {
          name: 'Wait for the proxy to be ready',
          target: 'ubuntu@10.0.93.162:22 :15020/healthz/ready',
          status: 'failed',
          durationMs: 6000,
          detail: 'not ready within 6 s',
        },
        { name: 'Roll back', target: 'what this run created', status: 'ok', durationMs: 300, detail: 'removed the istio-proxy container' },
      ],
      objects: [
        { kind: 'ServiceAccount', name: 'backend-vm', namespace: 'demo', action: 'rolled-back' },
        { kind: 'WorkloadEntry', name: 'backend-vm', namespace: 'demo', action: 'planned' },
      ],
      proxyStatus: 'not-ready',
      probeStatus: 'skipped',
      crossChecks: [],
      probes: [],
      error: {
        step: 'Wait for the proxy to be ready',
        message: 'istio-proxy was not ready within 6 s',
        hint: 'read the proxy log below',
        proxyLogs: ['warn\tEnvoy proxy is NOT ready: config not received from XDS server'],
      },
    };
    golden('summary-failed', renderSummary(result));
  });

  it("the systemd runtime's VM files, key by key against what the real istioctl wrote in the test world (istioctl-vm-files.golden)", async () => {
    // The mesh of the test world (the ConfigMaps istio-install.ts puts there), read by the action's own readMeshFacts.
    const gateway = '203.0.113.10';
    const vm = '10.0.93.7';
    const maps = Object.fromEntries(
      istioInstallObjects({ gatewayAddress: gateway, hub: 'registry.test.local/istio', tag: '1.30-test', clusterName: 'cluster1' })
        .filter((o) => o.kind === 'ConfigMap')
        .map((o) => [o.metadata.name, (o as unknown as { data: Record<string, string> }).data]),
    );
    maps['istio-ca-root-cert'] = { 'root-cert.pem': '-----BEGIN CERTIFICATE-----\nMIIBgolden\n-----END CERTIFICATE-----\n' };
    const reader: Pick<Cluster, 'call' | 'readConfigMap' | 'readService'> = {
      call: (fn) => fn(),
      readConfigMap: async (_namespace, name) => ({ data: maps[name] }),
      readService: async () => ({ status: { loadBalancer: { ingress: [{ ip: gateway }] } } }),
    };
    const cluster = reader as Cluster;
    const s = getSettings(
      (n) =>
        (
          ({
            mode: 'render',
            registration: 'workload-group',
            manifests: 'workload-group.yaml',
            'vm-host': vm,
            'proxy-runtime': 'systemd',
          }) as Record<string, string>
        )[n] ??
        defaults[n] ??
        '',
      {},
    );
    const w = renderWorkload(s, '', resolve(import.meta.dirname, '..', 'fixtures', 'istioctl')).workload;
    const files = placedBundle(buildBundle(w, await readMeshFacts(cluster, s), '<token>', w.name), s.proxy.interception);
    const text = (name: string) => files.find((f) => f.name === name)?.content ?? '';
    const hosts = buildBundle(w, await readMeshFacts(cluster, s), '<token>', w.name).find((f) => f.name === 'hosts')?.content ?? '';
    // Both through the same text, the addresses named alike.
    const ours = fromGoldenText(
      goldenText(vmFiles(text('cluster.env'), text('mesh.yaml'), hosts), { [gateway]: '<gateway>', [vm]: '<vm-address>' }),
    );
    const istioctl = fromGoldenText(readFileSync(join(GOLDEN_DIR, 'istioctl-vm-files.golden'), 'utf8'));
    const diff = differences(istioctl, ours);
    assert.deepEqual(
      [...diff.keys()].sort(),
      Object.keys(DELIBERATE_DIFFERENCES).sort(),
      [...diff].map(([k, v]) => `${k}: ${v}`).join('\n'),
    );
  });
});
