// The post step: what a main step that was killed (SIGKILL after a cancel's grace period, a
// runner that lost the process) could not do itself. Main releases its VM leases and closes
// its connections in every other case; then there is nothing to do here.
// - The VM leases main held and never released (state.ts recordLease): released, so the next
//   run for the VM need not wait for them to expire; each only if this job's run still holds
//   it, and only that version (cluster/lease.ts releaseLeftLease).
// - Temporary paths main registered (registerCleanup): removed, only inside the action's own
//   directory (isOurs): the state file is not trusted to name them.
// Nothing here may fail the job.
import { rmSync } from 'node:fs';
import * as core from '@actions/core';
import { actionLogger } from './action-logger.js';
import { escapeControls, quoteValue } from './log.js';
import { dropActionSecrets, secretsInInputs } from './config/secrets.js';
import { kubeconfigContent, type InputReader } from './config/settings-from-inputs.js';
import { isOurs, leasesLeft, pathsToClean, workRoot } from './state.js';

const readInput: InputReader = (name) => core.getInput(name);
/** Bound on the whole release: a post step must not hang the job on an unreachable API server. */
const RELEASE_BOUND_MS = 30_000;

async function releaseLeases(): Promise<void> {
  const left = leasesLeft();
  if (left.length === 0) {
    core.info('no VM lease left to release (the main step released its own)');
    return;
  }
  const { isThisJobsLease, releaseLeftLease } = await import('./cluster/lease.js');
  const istioNamespace = readInput('istio-namespace');
  const ours = left.filter((l) => {
    const ok = isThisJobsLease(l, istioNamespace, process.env);
    if (!ok)
      core.warning(
        `not releasing Lease ${quoteValue(`${l.namespace}/${l.name}`, 200)} held by ${quoteValue(l.holder, 200)}: not a VM lease this job's run can have taken`,
      );
    return ok;
  });
  if (ours.length === 0) return;
  // The same inputs as main (the runner gives post the step's inputs): masked first, as main does.
  for (const secret of secretsInInputs(readInput)) actionLogger.secret(secret);
  const { content, error } = kubeconfigContent(readInput, process.env);
  const context = readInput('context');
  if (!content) {
    core.warning(
      `cannot release the VM lease(s) main left (${ours.map((l) => l.name).join(', ')}): no kubeconfig${error ? ` (${escapeControls(error)})` : ''}; they expire by themselves`,
    );
    return;
  }
  dropActionSecrets(process.env); // a credential plugin started here sees no input either
  const { boundedSignal } = await import('./pipeline/abort.js');
  const { connectCluster } = await import('./cluster/client.js');
  const bound = boundedSignal(RELEASE_BOUND_MS, 'releasing the VM leases main left');
  try {
    const cluster = await connectCluster(content, context, actionLogger, bound.signal);
    for (const lease of ours) actionLogger.info(await releaseLeftLease(cluster, lease));
  } catch (err) {
    core.warning(`cannot release the VM lease(s) main left: ${escapeControls((err as Error).message)}; they expire by themselves`);
  } finally {
    bound.dispose();
  }
}

function removePaths(): void {
  const paths = pathsToClean();
  let removed = 0;
  for (const path of paths) {
    if (!isOurs(path)) {
      core.warning(`not removing ${quoteValue(path, 200)}: not a path this action created (those are under ${workRoot()})`);
      continue;
    }
    try {
      rmSync(path, { recursive: true, force: true });
      removed++;
      core.info(`removed ${escapeControls(path, { keepNewlines: false })}`);
    } catch (err) {
      core.warning(`could not remove ${quoteValue(path, 200)}: ${escapeControls((err as Error).message)}`);
    }
  }
  if (paths.length === 0) core.info('nothing to clean up');
  else if (removed === 0) core.info('nothing removed');
}

export async function post(): Promise<void> {
  try {
    await releaseLeases();
  } catch (err) {
    core.warning(`post step: ${escapeControls((err as Error).message)}`);
  }
  removePaths();
}
