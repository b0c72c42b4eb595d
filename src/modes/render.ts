// mode: render (the PR check): build the objects onboarding would apply, write them to a
// file, and check them offline (schemas, cross-object rules); with a kubeconfig, also by
// server-side dry-run, with a diff against the live objects. Needs neither SSH nor a VM.
// renderStep() is also the first step of onboard and offboard: nothing invalid is applied,
// and it derives the effective workload (the applied WorkloadEntry's identity) every later
// step and the report use.
import type { Cluster } from '../cluster/client.js';
import type { Settings } from '../config/settings.js';
import { crossChecks, type CrossProblem } from '../plan/cross-checks.js';
import type { RenderedObject } from '../plan/kube-object.js';
import { diffObjects, summarize } from '../plan/object-diff.js';
import type { RenderedWorkload } from '../plan/render.js';
import type { RunContext } from '../pipeline/context.js';
import { runStep } from '../pipeline/run-step.js';
import { StepError } from '../pipeline/step-error.js';
import { findObject } from '../report/record-object.js';
import type { ObjectResult, RunResult } from '../report/result.js';
import { writeNewFile } from '../report/write.js';

/** Rules that fail the check; the others are reported as warnings (they can be intended). */
const ERROR_RULES = new Set<CrossProblem['rule']>(['duplicate', 'namespace-mismatch']);

/** The object's file and line; `line` (a field's, when known) wins over the object's first line. */
function where(r: RenderedObject, line?: number): { file: string; line?: number } | undefined {
  const at = line ?? r.source.line;
  return r.source.file ? { file: r.source.file, ...(at ? { line: at } : {}) } : undefined;
}

/** What the render step is about before it knows: the inputs' workload, else the manifests. */
function renderTarget(s: Settings): string {
  if (s.workload.name && s.workload.namespace) return `${s.workload.namespace}/${s.workload.name}`;
  return s.manifests.patterns.join(', ') || 'inputs';
}

/**
 * Renders, derives the effective workload (recorded in the result), writes the manifests
 * file, and checks every object offline. Throws on errors, before any side effect.
 */
export async function renderStep(
  s: Settings,
  ctx: RunContext,
  result: RunResult,
  action: ObjectResult['action'] = 'rendered',
): Promise<RenderedWorkload> {
  const { objects: rendered, workload } = await runStep(result, ctx, 'Render manifests', renderTarget(s), async (step) => {
    // The plan code and its YAML library load with the step (the step's line comes first).
    const [{ renderWorkload }, { ManifestError }, { toYaml }] = await Promise.all([
      import('../plan/render.js'),
      import('../plan/templates.js'),
      import('../plan/yaml.js'),
    ]);
    let out: RenderedWorkload;
    try {
      out = renderWorkload(s, s.workload.network, ctx.cwd);
    } catch (err) {
      if (err instanceof ManifestError) ctx.log.error(err.reason, { file: err.file, ...(err.line ? { line: err.line } : {}) });
      throw err;
    }
    const w = out.workload;
    result.workload = { ...result.workload, name: w.name, namespace: w.namespace, serviceAccount: w.serviceAccount, address: w.address };
    // The file is named by the action, never after the workload (report/write.ts).
    const path = writeNewFile(ctx.workDir, 'manifests', 'yaml', toYaml(out.objects.map((r) => r.object)));
    result.manifestsPath = path;
    step.detail = `${out.objects.length} objects -> ${path}; workload ${w.namespace}/${w.name}, ServiceAccount ${w.serviceAccount}, address ${w.address}${w.entry?.file ? ` (from ${w.entry.file}${w.entry.line ? `:${w.entry.line}` : ''})` : ''}`;
    return out;
  });
  const namespace = workload.namespace;
  await runStep(result, ctx, 'Check manifests offline', `${rendered.length} objects`, async (step) => {
    // Loaded here, not at startup: ajv, the generated schemas and CEL are most of render's code.
    const { loadValidators, validateObject } = await import('../plan/validate.js');
    await loadValidators(rendered.map((r) => r.object));
    let invalid = 0;
    for (const r of rendered) {
      const v = validateObject(r.object);
      // One row per rendered object, duplicates included (each with its own file and line).
      result.objects.push({
        kind: r.object.kind,
        name: r.object.metadata.name,
        namespace: r.object.metadata.namespace,
        action,
        source: r.source,
        schema: { valid: v.valid, known: v.known, problems: v.problems },
      });
      for (const p of v.problems) ctx.log.error(`${v.ref}: ${p.path}: ${p.message}`, where(r, p.line));
      if (!v.known) ctx.log.debug(`${v.ref}: ${v.note ?? 'no offline schema'}`);
      if (!v.valid) invalid++;
    }
    for (const p of crossChecks(rendered, namespace)) {
      const severity = ERROR_RULES.has(p.rule) ? 'error' : 'warning';
      result.crossChecks.push({ rule: p.rule, severity, message: p.message, ...(p.source ? { source: p.source } : {}) });
      const at = p.source?.file ? { file: p.source.file, ...(p.source.line ? { line: p.source.line } : {}) } : undefined;
      if (severity === 'error') ctx.log.error(p.message, at);
      else ctx.log.warning(p.message, at);
    }
    const crossErrors = result.crossChecks.filter((c) => c.severity === 'error').length;
    const warnings = result.crossChecks.length - crossErrors;
    step.detail = `${rendered.length - invalid} of ${rendered.length} objects valid; ${crossErrors} cross-object errors, ${warnings} warnings`;
    if (invalid || crossErrors) {
      const first = result.objects.find((o) => o.schema && !o.schema.valid);
      const firstProblem = first?.schema?.problems[0];
      throw new StepError(
        `${invalid} invalid object(s), ${crossErrors} cross-object error(s)${firstProblem ? `; first: ${first?.kind}/${first?.name} ${firstProblem.path}: ${firstProblem.message}` : `; first: ${result.crossChecks.find((c) => c.severity === 'error')?.message}`}`,
        'fix the fields named in the annotations; the report lists every problem',
      );
    }
  });
  return { objects: rendered, workload };
}

/**
 * Server-side dry-run of every object, with a diff against the live one. A namespace that
 * does not exist yet cannot hold a dry-run object (the API server answers 404, as a real one
 * does): its objects are marked as not checked by the server.
 */
export async function checkOnServer(cluster: Cluster, namespace: string, rendered: RenderedObject[], result: RunResult): Promise<string> {
  const { applyObject, readObject } = await import('../cluster/apply.js');
  const ns = await readObject(cluster, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: namespace } });
  let rejected = 0;
  for (const r of rendered) {
    const entry = findObject(result, r);
    if (!entry) continue;
    const inMissingNamespace = !ns && r.object.kind !== 'Namespace' && (r.object.metadata.namespace ?? namespace) === namespace;
    if (inMissingNamespace) {
      entry.server = `not checked: namespace ${namespace} does not exist yet`;
      entry.liveDiff = 'new object';
      continue;
    }
    const live = await readObject(cluster, r.object);
    entry.liveDiff = summarize(diffObjects(live, r.object));
    try {
      await applyObject(cluster, r.object, { dryRun: true });
      entry.server = 'accepted';
    } catch (err) {
      entry.server = err instanceof Error ? err.message : String(err);
      rejected++;
    }
  }
  if (rejected)
    throw new StepError(
      `the API server rejected ${rejected} object(s): ${result.objects
        .filter((o) => o.server && o.server !== 'accepted' && !o.server.startsWith('not checked'))
        .map((o) => o.server)
        .join('; ')}`,
    );
  const changed = result.objects.filter((o) => o.liveDiff && o.liveDiff !== 'unchanged').length;
  return `${rendered.length} objects accepted by server-side dry-run; ${changed} would change`;
}

export async function render(s: Settings, ctx: RunContext, result: RunResult): Promise<void> {
  const { objects, workload } = await renderStep(s, ctx, result);
  if (!s.cluster.kubeconfig) return;
  // The Kubernetes client only with a cluster: render without one never loads it.
  const cluster = await ctx.connect.cluster(s.cluster.kubeconfig, s.cluster.context, ctx.log, ctx.signal, s.cluster.requestTimeoutMs);
  await runStep(result, ctx, 'Server-side dry-run and live diff', cluster.server, async (step) => {
    step.detail = await checkOnServer(cluster, workload.namespace, objects, result);
  });
}
