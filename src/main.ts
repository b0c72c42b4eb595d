// The Action's entry: read inputs -> settings -> pipeline -> report (summary, outputs, log).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { actionLogger } from './action-logger.js';
import { InputError } from './config/errors.js';
import { secretsInInputs } from './config/secrets.js';
import { getSettings, type InputReader } from './config/settings-from-inputs.js';
import { runSignal } from './pipeline/abort.js';
import { runPipeline } from './pipeline/run.js';
import { post } from './post.js';
import { outputsOf } from './report/outputs.js';
import { upsertPrComment } from './report/pr-comment.js';
import { renderSummary } from './report/summary.js';
import { renderText } from './report/text.js';
import { writeJsonReport } from './report/write.js';
import { isPost, markMainStarted } from './state.js';

const readInput: InputReader = (name) => core.getInput(name);

export async function run(): Promise<void> {
  if (isPost()) return post();
  markMainStarted();
  try {
    // Mask before anything else, so no later line (not even a validation error) shows a secret.
    for (const secret of secretsInInputs(readInput)) core.setSecret(secret);
    const settings = getSettings(readInput);
    const workDir = join(process.env.RUNNER_TEMP || tmpdir(), 'istio-vm-onboard');
    // The timeout input and a cancelled job (the runner sends SIGINT, then SIGTERM) stop the
    // current step; runPipeline returns once the rollback is done.
    const stop = runSignal(settings.timeoutMs, actionLogger);
    const result = await runPipeline(settings, {
      log: actionLogger,
      signal: stop.signal,
      env: process.env,
      workDir,
      cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
    }).finally(() => stop.dispose());
    const reportPath = writeJsonReport(result, workDir);
    for (const [name, value] of Object.entries(outputsOf(result, reportPath))) core.setOutput(name, value);
    core.info(renderText(result));
    const summary = renderSummary(result);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();
    const comment = await upsertPrComment(
      { token: settings.github.token, body: summary, workloadKey: `${settings.workload.namespace}/${settings.workload.name}`, mode: settings.github.comment },
      actionLogger,
    );
    core.info(`pull request comment: ${comment.action}${comment.url ? ` ${comment.url}` : ''}${comment.reason ? ` (${comment.reason})` : ''}`);
    if (result.verdict === 'failed') core.setFailed(result.error?.message ?? 'failed');
  } catch (err) {
    if (err instanceof InputError) core.setFailed(err.message);
    else core.setFailed(`istio-vm-onboard: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}
