// The run's signal and what a step does with it: the timeout and SIGINT/SIGTERM abort with a
// reason that says which; a step stopped by it is recorded as interrupted (not failed), names
// itself in the error, and a step that ignores the signal does not hold the run up.
import assert from 'node:assert/strict';
import { afterEach, describe, it } from 'node:test';
import { boundedSignal, RunInterrupted, runSignal, type RunSignal } from '../../src/pipeline/abort.js';
import { runStep, StepFailed } from '../../src/pipeline/run-step.js';
import { sleep } from '../../src/pipeline/retry.js';
import type { Logger } from '../../src/log.js';
import type { RunResult } from '../../src/report/result.js';
import { renderSummary } from '../../src/report/summary.js';
import { renderText } from '../../src/report/text.js';

function memoryLog(): Logger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info ${m}`),
    debug: (m) => lines.push(`debug ${m}`),
    warning: (m) => lines.push(`warning ${m}`),
    error: (m) => lines.push(`error ${m}`),
    group: (title, fn) => (lines.push(`group ${title}`), fn()),
    secret: () => undefined,
  };
}

function emptyResult(): RunResult {
  return {
    mode: 'onboard',
    dryRun: false,
    verdict: 'succeeded',
    startedAt: new Date().toISOString(),
    workload: { name: 'backend-vm', namespace: 'demo', serviceAccount: 'backend-vm', address: '10.0.0.1', vmHost: '10.0.0.1' },
    steps: [],
    objects: [],
    crossChecks: [],
    probes: [],
    proxyStatus: 'not-started',
    probeStatus: 'skipped',
  };
}

/** Resolves when the signal aborts (for a step that only stops because of it). */
const aborted = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(new Error('channel closed')), { once: true }));

const opened: RunSignal[] = [];
afterEach(() => opened.splice(0).forEach((r) => r.dispose()));

describe('runSignal', () => {
  it('aborts on the timeout with the duration in the reason', async () => {
    const run = runSignal(60, memoryLog());
    opened.push(run);
    await sleep(120, new AbortController().signal);
    assert.ok(run.signal.aborted);
    const reason = run.signal.reason as RunInterrupted;
    assert.ok(reason instanceof RunInterrupted);
    assert.equal(reason.by, 'timeout');
    assert.equal(reason.message, 'the run did not finish within the timeout of 60ms');
    assert.match(reason.hint ?? '', /raise the timeout input/);
  });

  it('aborts on SIGTERM, names it, and goes on rolling back on the SIGINT that follows', () => {
    const log = memoryLog();
    const run = runSignal(60_000, log);
    opened.push(run);
    process.emit('SIGTERM', 'SIGTERM');
    assert.equal((run.signal.reason as RunInterrupted).by, 'SIGTERM');
    assert.equal((run.signal.reason as Error).message, 'the run was cancelled (SIGTERM)');
    process.emit('SIGINT', 'SIGINT'); // a different signal: the process stays
    assert.equal((run.signal.reason as RunInterrupted).by, 'SIGTERM', 'the first reason stays');
    assert.deepEqual(
      log.lines.filter((l) => l.startsWith('warning')),
      [
        'warning SIGTERM received: stopping the current step, then undoing what this run changed',
        'warning SIGINT received: still undoing what this run changed',
      ],
    );
  });

  it('dispose removes its handlers and its timer', () => {
    const handlers = () => process.listenerCount('SIGINT') + process.listenerCount('SIGTERM');
    const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const [h, t] = [handlers(), timers()];
    const run = runSignal(60_000, memoryLog());
    assert.deepEqual([handlers(), timers()], [h + 2, t + 1]);
    run.dispose();
    assert.deepEqual([handlers(), timers()], [h, t]);
  });

  it('boundedSignal names what ran out of time', async () => {
    const b = boundedSignal(20, 'the rollback');
    opened.push(b);
    await sleep(60, new AbortController().signal);
    assert.equal((b.signal.reason as Error).message, 'the rollback did not finish within 20ms');
  });
});

describe('runStep under the run signal', () => {
  it('records a step stopped by the signal as interrupted, with the step and the reason in the error', async () => {
    const result = emptyResult();
    const controller = new AbortController();
    setTimeout(
      () => controller.abort(new RunInterrupted('timeout', 'the run did not finish within the timeout of 20s', 'raise the timeout input')),
      30,
    );
    const p = runStep(result, { log: memoryLog(), signal: controller.signal }, 'Wait for the proxy to be ready', 'vm:15021', () =>
      aborted(controller.signal),
    );
    await assert.rejects(p, (err: unknown) => err instanceof StepFailed && err.step === 'Wait for the proxy to be ready');
    assert.deepEqual(
      result.steps.map((s) => [s.name, s.status, s.detail]),
      [['Wait for the proxy to be ready', 'interrupted', 'the run did not finish within the timeout of 20s']],
    );
    assert.deepEqual(result.error, {
      step: 'Wait for the proxy to be ready',
      message: 'Wait for the proxy to be ready (vm:15021) was interrupted: the run did not finish within the timeout of 20s',
      hint: 'raise the timeout input',
      interruptedBy: 'timeout',
    });
    result.verdict = 'failed';
    assert.match(renderText(result), /^interrupted in Wait for the proxy to be ready: /m);
    assert.match(renderText(result), /^ {2}interrupted Wait for the proxy to be ready -> vm:15021/m);
    assert.match(renderSummary(result), /\*\*Interrupted \(timeout\) in Wait for the proxy to be ready:\*\*/);
  });

  it('a failure of its own stays a failure', async () => {
    const result = emptyResult();
    await assert.rejects(
      runStep(result, { log: memoryLog(), signal: new AbortController().signal }, 'Transfer the bootstrap bundle', 'vm', () =>
        Promise.reject(new Error('disk full')),
      ),
    );
    assert.equal(result.steps[0]?.status, 'failed');
    assert.equal(result.error?.interruptedBy, undefined);
  });

  it('starts no step once the run is stopped', async () => {
    const result = emptyResult();
    let ran = false;
    const signal = AbortSignal.abort(new RunInterrupted('SIGINT', 'the run was cancelled (SIGINT)'));
    await assert.rejects(runStep(result, { log: memoryLog(), signal }, 'Start the proxy', 'vm', async () => void (ran = true)));
    assert.equal(ran, false);
    assert.equal(result.steps[0]?.status, 'interrupted');
    assert.equal(result.steps[0]?.detail, 'not started: the run was cancelled (SIGINT)');
    assert.equal(result.error?.interruptedBy, 'SIGINT');
  });

  it('does not wait forever for a step that ignores the signal', { timeout: 15_000 }, async () => {
    const result = emptyResult();
    const controller = new AbortController();
    const log = memoryLog();
    const stuck = new Promise<void>(() => undefined);
    const started = Date.now();
    setTimeout(() => controller.abort(new RunInterrupted('SIGTERM', 'the run was cancelled (SIGTERM)')), 10);
    await assert.rejects(runStep(result, { log, signal: controller.signal }, 'Mint the bootstrap token', 'sa', () => stuck));
    const waited = Date.now() - started;
    assert.ok(waited >= 4_900 && waited < 7_000, `moved on after ${waited} ms`);
    assert.equal(result.steps[0]?.status, 'interrupted');
    assert.ok(log.lines.some((l) => /did not stop within 5000 ms/.test(l)));
  });
});
