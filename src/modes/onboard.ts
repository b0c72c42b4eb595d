// mode: onboard: register, bootstrap, transfer, start the proxy, verify.
import type { Settings } from '../config/settings.js';
import { formatDuration } from '../config/duration.js';
import { objectRef } from '../plan/kube-object.js';
import { FIELD_MANAGER } from '../plan/labels.js';
import { renderStep } from './render.js';
import { StepError } from '../pipeline/step-error.js';
import type { RunContext } from '../pipeline/context.js';
import type { RunResult } from '../report/result.js';

function sshTarget(s: Settings): string {
  const t = s.ssh.target;
  return `${t.user}@${t.host}:${t.port}${s.ssh.jumpHost ? ` via ${s.ssh.jumpHost.user}@${s.ssh.jumpHost.host}:${s.ssh.jumpHost.port}` : ''}`;
}

export async function onboard(s: Settings, ctx: RunContext, result: RunResult): Promise<void> {
  const rendered = await renderStep(s, ctx, result);
  if (!s.dryRun) {
    throw new StepError('onboarding with side effects is not available in this version', 'run with dry-run: true, or mode: render');
  }
  const pin = s.ssh.knownHosts.length ? 'ssh-known-hosts' : s.ssh.fingerprints.length ? 'ssh-host-fingerprint' : s.ssh.strictHostKey ? 'NOT PINNED (would be refused)' : 'not checked (ssh-strict-host-key: false)';
  result.plan = [
    `apply (server-side, field manager ${FIELD_MANAGER}):`,
    ...rendered.map((r) => `  ${objectRef(r.object)}`),
    `read mesh facts from namespace ${s.cluster.istioNamespace}: ConfigMaps istio, istio-sidecar-injector, istio-ca-root-cert; gateway ${s.proxy.gatewayAddress || 'from Service istio-eastwestgateway'}`,
    `request a token for ServiceAccount ${s.workload.namespace}/${s.workload.serviceAccount} (audience istio-ca, lifetime ${formatDuration(s.proxy.tokenLifetimeSeconds * 1000)})`,
    `connect ${sshTarget(s)} (host key: ${pin})`,
    `write ${s.proxy.configDir}/sidecar.env (0644), ${s.proxy.configDir}/istio-ca.pem (0644), ${s.proxy.configDir}/istio-token (0640, secret)`,
    ...(s.proxy.start ? [`start istio-proxy with ${s.proxy.runtime} (image ${s.proxy.image || 'from the mesh install'}), wait up to ${formatDuration(s.proxy.readyTimeoutMs)} for :15021/healthz/ready`] : []),
    ...(s.probe.url ? [`probe ${s.probe.url} (expect ${s.probe.expectedStatus})`] : []),
    ...(s.probe.fromVmUrl ? [`probe from the VM ${s.probe.fromVmUrl} (expect ${s.probe.expectedStatus})`] : []),
  ];
  result.proxyStatus = 'planned';
  for (const r of rendered) {
    result.objects.push({ kind: r.object.kind, name: r.object.metadata.name, namespace: r.object.metadata.namespace, action: 'planned', source: r.source });
  }
}
