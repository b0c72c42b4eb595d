// Writes the JSON report next to the manifests; its path is the `report` output.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunResult } from './result.js';

export function writeJsonReport(result: RunResult, workDir: string): string {
  mkdirSync(workDir, { recursive: true });
  const path = join(workDir, `${result.workload.namespace || 'none'}-${result.workload.name || 'none'}.report.json`);
  writeFileSync(path, JSON.stringify(result, null, 2) + '\n');
  return path;
}
