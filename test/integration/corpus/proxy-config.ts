// Issue #21 in the hostile-inputs corpus: a WorkloadGroup's proxy.istio.io/config reaches the
// proxy's env files on the VM (sidecar.env, cluster.env that istio-start.sh sources as root) the
// way istioctl merges it. A proxyMetadata key that would not stay one variable, or one that
// steers istio-start.sh rather than pilot-agent, is refused at the render step, at its line.
import assert from 'node:assert/strict';
import type { Case } from './case.js';

const FILE = 'wg.yaml';
const group = (config: string) => `apiVersion: networking.istio.io/v1
kind: WorkloadGroup
metadata:
  name: web
  namespace: default
  annotations:
    proxy.istio.io/config: ${config}
spec:
  metadata:
    labels:
      app: web
  template:
    serviceAccount: web
    ports:
      http: 8080
`;

export function proxyConfigCases(world: { sentinel: string }): Case[] {
  const at = (r: { stdout: string }) =>
    assert.match(
      r.stdout,
      /^::error file=wg\.yaml,line=7::input `manifests` has at wg\.yaml:7 \(WorkloadGroup default\/web metadata\.annotations\.proxy\.istio\.io\/config\) a ProxyConfig the action cannot use: /m,
    );
  const c = (name: string, config: string, mode: Record<string, string> = {}): Case => ({
    name: `proxy.istio.io/config: ${name}`,
    inputs: { registration: 'workload-group', manifests: FILE, ...mode },
    files: { [FILE]: group(config) },
    names: { file: FILE },
    stage: 'render',
    check: at,
  });
  return [
    c('a proxyMetadata value with a newline that would add a variable', `'{"proxyMetadata": {"A": "x\\nLD_PRELOAD=/tmp/evil.so"}}'`),
    c('a proxyMetadata value with a newline that would add a command', `'{"proxyMetadata": {"A": "x''\\ntouch ${world.sentinel}\\n''"}}'`),
    c('a proxyMetadata key that is no variable name', `'{"proxyMetadata": {"A;touch ${world.sentinel}": "x"}}'`),
    c(
      "ISTIO_AGENT_FLAGS, pasted into istio-start.sh's bash -c line",
      `'{"proxyMetadata": {"ISTIO_AGENT_FLAGS": "--log_output_level=x; touch ${world.sentinel}"}}'`,
    ),
    c('EXEC_USER root for istio-start.sh', `'{"proxyMetadata": {"EXEC_USER": "root"}}'`, { mode: 'render' }),
    c('ISTIO_BIN_BASE naming another pilot-agent', `'{"proxyMetadata": {"ISTIO_BIN_BASE": "/tmp"}}'`, { 'dry-run': 'true' }),
  ];
}
