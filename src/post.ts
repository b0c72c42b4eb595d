// The post step: remove temporary files main left (key files, staging dirs). Connections
// are closed by main itself; nothing here may fail the job.
import { rmSync } from 'node:fs';
import * as core from '@actions/core';
import { pathsToClean } from './state.js';

export async function post(): Promise<void> {
  const paths = pathsToClean();
  for (const path of paths) {
    try {
      rmSync(path, { recursive: true, force: true });
      core.info(`removed ${path}`);
    } catch (err) {
      core.warning(`could not remove ${path}: ${(err as Error).message}`);
    }
  }
  if (paths.length === 0) core.info('nothing to clean up');
}
