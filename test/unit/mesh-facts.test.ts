// The mesh's proxyMetadata (issue #21): read from the istio ConfigMap, every key kept for the
// proxy's environment, and a key that would not stay one line in an env file refused.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Cluster } from '../../src/cluster/client.js';
import { readMeshFacts } from '../../src/cluster/mesh-facts.js';
import { loadContract } from '../../src/config/contract.js';
import { getSettings } from '../../src/config/settings-from-inputs.js';

const defaults = Object.fromEntries(loadContract().inputs.map((i) => [i.name, i.default.startsWith('${{') ? '' : i.default]));
const s = getSettings(
  (n) =>
    (({ 'workload-name': 'backend-vm', namespace: 'demo', 'vm-host': '10.0.93.162', mode: 'render' }) as Record<string, string>)[n] ??
    defaults[n] ??
    '',
  {},
);

function cluster(mesh: string): Cluster {
  const maps: Record<string, Record<string, string>> = {
    istio: { mesh },
    'istio-sidecar-injector': { values: JSON.stringify({ global: { jwtPolicy: 'third-party-jwt', pilotCertProvider: 'istiod' } }) },
    'istio-ca-root-cert': { 'root-cert.pem': 'root' },
  };
  const reader: Pick<Cluster, 'call' | 'readConfigMap' | 'readService'> = {
    call: (fn) => fn(),
    readConfigMap: async (_namespace, name) => ({ data: maps[name] }),
    readService: async () => ({ status: { loadBalancer: { ingress: [{ ip: '203.0.113.10' }] } } }),
  };
  return reader as Cluster;
}

describe('the mesh proxyMetadata', () => {
  it("keeps every key (a custom one too) for the proxy's environment", async () => {
    const facts = await readMeshFacts(
      cluster(
        "defaultConfig:\n  proxyMetadata:\n    ISTIO_META_DNS_AUTO_ALLOCATE: 'true'\n    METRICS_LOCALHOST_ACCESS_ONLY: 'true'\n    MY_KEY: \"it's $(not run)\"\n",
      ),
      s,
    );
    assert.deepEqual(facts.proxyMetadata, {
      ISTIO_META_DNS_AUTO_ALLOCATE: 'true',
      METRICS_LOCALHOST_ACCESS_ONLY: 'true',
      MY_KEY: "it's $(not run)",
    });
  });
  it('refuses a value with a line break and a key that is no variable name, naming the ConfigMap', async () => {
    await assert.rejects(
      readMeshFacts(cluster('defaultConfig:\n  proxyMetadata:\n    A: "x\\nB=$(id)"\n'), s),
      /ConfigMap istio-system\/istio: mesh defaultConfig\.proxyMetadata cannot go into the proxy's environment: the value of A holds a line break/,
    );
    await assert.rejects(readMeshFacts(cluster('defaultConfig:\n  proxyMetadata:\n    "A;id": x\n'), s), /"A;id" is not a variable name/);
  });
});
