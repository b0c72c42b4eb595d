// The Action's entry: read inputs -> settings -> pipeline -> report (summary, outputs, log).
import * as core from '@actions/core';
import { actionLogger, failAction } from './action-logger.js';
import { redactDeep, redactSecrets } from './redact.js';
import { InputError } from './config/errors.js';
import { dropActionSecrets, secretsInInputs } from './config/secrets.js';
import { getSettings, type InputReader } from './config/settings-from-inputs.js';
import { runSignal } from './pipeline/abort.js';
import { defaultConnectors } from './pipeline/context.js';
import { runPipeline } from './pipeline/run.js';
import { post } from './post.js';
import { outputsOf } from './report/outputs.js';
import { upsertPrComment } from './report/pr-comment.js';
import { renderSummary } from './report/summary.js';
import { renderText } from './report/text.js';
import { createRunDir, writeJsonReport } from './report/write.js';
import { isPost, markMainStarted, recordLease, workRoot } from './state.js';

const readInput: InputReader = (name) => core.getInput(name);

export async function run(): Promise<void> {
  if (isPost()) return post();
  const started = Date.now();
  markMainStarted();
  try {
    // Mask before anything else, so no later line (not even a validation error) shows a secret.
    for (const secret of secretsInInputs(readInput)) actionLogger.secret(secret);
    const settings = getSettings(readInput);
    // The settings hold the inputs now; a kubeconfig credential plugin started later inherits
    // this environment and must not find the SSH key or the GitHub token in it.
    dropActionSecrets(process.env);
    // A directory of this run's own under RUNNER_TEMP: nothing in it existed before, so no write lands elsewhere.
    const workDir = createRunDir(workRoot());
    // The timeout input and a cancelled job (the runner sends SIGINT, then SIGTERM) stop the
    // current step; runPipeline returns once the rollback is done.
    const stop = runSignal(settings.timeoutMs, actionLogger, started);
    // Secrets out of the result once: the report, outputs, log text and summary are all made of it.
    const result = redactDeep(
      await runPipeline(settings, {
        log: actionLogger,
        signal: stop.signal,
        env: process.env,
        workDir,
        cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
        connect: defaultConnectors(),
        onLease: recordLease, // for the post step, should this process be killed holding one
      }).finally(() => stop.dispose()),
    );
    const reportPath = writeJsonReport(result, workDir);
    // Inputs the manifests contradict or leave open: each annotated at the file and line that
    // says otherwise; a fleet's VMs have their own (one annotation for the same text and place).
    const annotated = new Set<string>();
    for (const p of [result, ...(result.vms ?? [])].flatMap((r) => r.error?.inputProblems ?? [])) {
      const text = `input \`${p.input}\` ${p.message}`;
      if (!p.file || annotated.has(`${p.file}:${p.line}:${text}`)) continue;
      annotated.add(`${p.file}:${p.line}:${text}`);
      actionLogger.error(text, { file: p.file, ...(p.line ? { line: p.line } : {}) });
    }
    const refused = (output: string, why: string) => actionLogger.warning(`output \`${output}\`: ${why}`);
    for (const [name, value] of Object.entries(outputsOf(result, reportPath, refused))) core.setOutput(name, value);
    // Through the logger: the text holds values from manifests and the VM (see logSafe).
    actionLogger.info(renderText(result));
    // Secrets redacted here too: the runner masks the log; the summary and the PR comment are ours to keep clean.
    const summary = redactSecrets(renderSummary(result));
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(summary).write();
    const comment = await upsertPrComment(
      {
        token: settings.github.token,
        body: summary,
        workloadKey: `${result.workload.namespace}/${result.workload.name}`,
        mode: settings.github.comment,
      },
      actionLogger,
    );
    actionLogger.info(
      `pull request comment: ${comment.action}${comment.url ? ` ${comment.url}` : ''}${comment.reason ? ` (${comment.reason})` : ''}`,
    );
    if (result.verdict === 'failed') failAction(result.error?.message ?? 'failed');
  } catch (err) {
    if (err instanceof InputError) failAction(err.message);
    else failAction(`istio-vm-onboard: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
}
