// Logger for the Action: workflow commands through @actions/core.
import * as core from '@actions/core';
import type { Logger } from './log.js';

export const actionLogger: Logger = {
  info: (m) => core.info(m),
  debug: (m) => core.debug(m),
  warning: (m, where) => core.warning(m, where ? { file: where.file, startLine: where.line } : {}),
  error: (m, where) => core.error(m, where ? { file: where.file, startLine: where.line } : {}),
  group: (title, fn) => core.group(title, fn),
  secret: (v) => core.setSecret(v),
};
