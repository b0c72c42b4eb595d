// mode: render: build the objects onboarding would apply and write them to a file.
// Needs neither SSH nor a VM.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from '../config/settings.js';
import { objectRef } from '../plan/kube-object.js';
import type { RenderedObject } from '../plan/kube-object.js';
import { renderObjects } from '../plan/render.js';
import { toYaml } from '../plan/yaml.js';
import { runStep } from '../pipeline/run-step.js';
import type { RunContext } from '../pipeline/context.js';
import type { RunResult } from '../report/result.js';

export async function renderStep(s: Settings, ctx: RunContext, result: RunResult): Promise<RenderedObject[]> {
  return runStep(result, ctx.log, 'Render manifests', `${s.workload.namespace}/${s.workload.name}`, async (step) => {
    const rendered = renderObjects(s, s.workload.network, ctx.env, ctx.cwd);
    const path = join(ctx.workDir, `${s.workload.namespace}-${s.workload.name}.manifests.yaml`);
    mkdirSync(ctx.workDir, { recursive: true });
    writeFileSync(path, toYaml(rendered.map((r) => r.object)));
    result.manifestsPath = path;
    for (const r of rendered) ctx.log.info(`rendered ${objectRef(r.object)}${r.source.file ? ` (${r.source.file}:${r.source.line})` : ''}`);
    step.detail = `${rendered.length} objects -> ${path}`;
    return rendered;
  });
}

export async function render(s: Settings, ctx: RunContext, result: RunResult): Promise<void> {
  const rendered = await renderStep(s, ctx, result);
  for (const r of rendered) {
    result.objects.push({ kind: r.object.kind, name: r.object.metadata.name, namespace: r.object.metadata.namespace, action: 'rendered', source: r.source });
  }
}
