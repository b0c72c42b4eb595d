// main and post run from one bundle (as actions/checkout does): main records in the
// runner's state file what post must clean up; post finds the flag and cleans.
import * as core from '@actions/core';

const IS_POST = 'isPost';
const CLEANUP = 'cleanupPaths';

export const isPost = (): boolean => core.getState(IS_POST) === 'true';

export function markMainStarted(): void {
  core.saveState(IS_POST, 'true');
}

let cleanupPaths: string[] = [];

/** Remembers a temporary path (key file, staging dir) for the post step to remove. */
export function registerCleanup(path: string): void {
  cleanupPaths.push(path);
  core.saveState(CLEANUP, JSON.stringify(cleanupPaths));
}

export function pathsToClean(): string[] {
  try {
    const parsed = JSON.parse(core.getState(CLEANUP) || '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter((p): p is string => typeof p === 'string') : [];
  } catch {
    return [];
  }
}
