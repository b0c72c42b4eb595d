import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'yaml';
import { loadContract } from '../../src/config/contract.js';

// The inputs and outputs issue #2 fixed; they are never renamed.
const PROMISED_INPUTS: Record<string, string> = {
  mode: 'onboard',
  'vm-host': '',
  'vm-address': '',
  'workload-name': '',
  namespace: '',
  'service-account': '',
  labels: '',
  ports: '',
  manifests: '',
  vars: '',
  kubeconfig: '',
  'ssh-user': 'root',
  'ssh-key': '',
  'ssh-key-passphrase': '',
  'ssh-port': '22',
  'ssh-known-hosts': '',
  'ssh-host-fingerprint': '',
  'ssh-strict-host-key': 'true',
  'ssh-jump-host': '',
  'istio-namespace': 'istio-system',
  'gateway-address': '',
  'proxy-image': '',
  'proxy-config-dir': '/etc/istio-proxy',
  'token-lifetime': '24h',
  'start-proxy': 'true',
  'probe-url': '',
  'probe-from-vm-url': '',
  'dry-run': 'false',
  timeout: '10m',
  'github-token': '${{ github.token }}',
  comment: 'auto',
  'fail-on': 'not-ready',
  'config-dump': 'false',
  'refresh-within': '8h',
};
const PROMISED_OUTPUTS = [
  'workload-entry',
  'service-account',
  'proxy-status',
  'probe-status',
  'token-expires-at',
  'manifests',
  'report',
  'matrix',
  'failed-vms',
  'unhealthy-vms',
  'config-dumps',
  'refreshed-vms',
];

describe('action.yml', () => {
  const contract = loadContract();
  it('keeps every promised input with its default and a description', () => {
    for (const [name, def] of Object.entries(PROMISED_INPUTS)) {
      const spec = contract.inputs.find((i) => i.name === name);
      assert.ok(spec, `input ${name} is missing`);
      assert.equal(spec.default, def, `default of ${name}`);
    }
    for (const spec of contract.inputs) {
      assert.match(spec.name, /^[a-z]+(-[a-z]+)*$/, `${spec.name} is kebab-case`);
      assert.ok(spec.description.length > 10, `${spec.name} has a description`);
    }
  });
  it('keeps every promised output', () => {
    assert.deepEqual(contract.outputs.map((o) => o.name).sort(), [...PROMISED_OUTPUTS].sort());
  });
  it('runs on node24 with main and post from the bundle', () => {
    const doc = parse(readFileSync('action.yml', 'utf8')) as { runs: Record<string, string> };
    assert.deepEqual(doc.runs, { using: 'node24', main: 'dist/index.js', post: 'dist/index.js' });
  });
  it('gives every boolean input a default (getBooleanInput throws on empty)', () => {
    for (const name of ['ssh-strict-host-key', 'start-proxy', 'dry-run', 'create-namespace']) {
      assert.match(contract.inputs.find((i) => i.name === name)?.default ?? '', /^(true|false)$/);
    }
  });
});
