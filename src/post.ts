// The post step: remove temporary files main left (key files, staging dirs). Connections
// are closed by main itself; nothing here may fail the job. Only paths inside the action's
// own directory are removed (isOurs): the state file is not trusted to name them.
import { rmSync } from 'node:fs';
import * as core from '@actions/core';
import { escapeControls, quoteValue } from './log.js';
import { isOurs, pathsToClean, workRoot } from './state.js';

export async function post(): Promise<void> {
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
