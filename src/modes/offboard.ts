// mode: offboard: undo an onboarding: stop the proxy, remove the bundle, delete the objects.
import type { Settings } from '../config/settings.js';
import { StepError } from '../pipeline/step-error.js';
import type { RunContext } from '../pipeline/context.js';
import type { RunResult } from '../report/result.js';

export async function offboard(s: Settings, _ctx: RunContext, result: RunResult): Promise<void> {
  if (!s.dryRun) throw new StepError('offboarding with side effects is not available in this version', 'run with dry-run: true');
  result.plan = [
    `connect ${s.ssh.target.user}@${s.ssh.target.host}:${s.ssh.target.port}`,
    `stop and remove the istio-proxy container; remove ${s.proxy.configDir}/sidecar.env, istio-ca.pem, istio-token`,
    `delete WorkloadEntry, Sidecar, Service and ServiceAccount of ${s.workload.namespace}/${s.workload.name} that this action manages`,
  ];
  result.proxyStatus = 'planned';
}
