// main and post run from one bundle (as actions/checkout does): main records in the
// runner's state file what post must clean up (the VM leases it holds right now, temporary
// paths); post finds the flag and cleans.
// The state is not proof of anything: a line of the log can still be read as a save-state
// command by an older runner, so post removes only paths inside the action's own directory
// under RUNNER_TEMP (see workRoot and isOurs), whatever the state says.
import { lstatSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import * as core from '@actions/core';

const IS_POST = 'isPost';
const CLEANUP = 'cleanupPaths';

export const isPost = (): boolean => core.getState(IS_POST) === 'true';

export function markMainStarted(): void {
  core.saveState(IS_POST, 'true');
}

/** The directory the action writes its temporary files, manifests and report in. */
export function workRoot(env: NodeJS.ProcessEnv = process.env): string {
  return join(env.RUNNER_TEMP || tmpdir(), 'istio-vm-onboard');
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Whether a path is one this action may have created: strictly inside workRoot, also once its
 * parent directories' symlinks are resolved (the path itself may be a symlink: rm removes the link).
 */
export function isOurs(path: string, root = workRoot()): boolean {
  if (!isAbsolute(path) || path.includes('\0')) return false;
  const abs = resolve(path);
  if (!inside(resolve(root), abs)) return false;
  try {
    lstatSync(abs);
    return inside(realpathSync(root), join(realpathSync(dirname(abs)), basename(abs)));
  } catch {
    return false; // gone already, or the root itself is missing: nothing of ours to remove
  }
}

const LEASES = 'heldLeases';

/** A VM lease as the state keeps it (cluster/lease.ts LeaseRef; not imported: state.ts loads at startup). */
export interface LeaseRecord {
  namespace: string;
  name: string;
  holder: string;
}

let heldNow: LeaseRecord[] = [];

/**
 * Keeps in the state the VM leases main holds right now (taken: added; released: removed),
 * so the post step finds those a killed main step never released.
 */
export function recordLease(lease: LeaseRecord, held: boolean): void {
  heldNow = heldNow.filter((l) => !(l.namespace === lease.namespace && l.name === lease.name && l.holder === lease.holder));
  if (held) heldNow.push({ namespace: lease.namespace, name: lease.name, holder: lease.holder });
  core.saveState(LEASES, JSON.stringify(heldNow));
}

/** The leases the state says main still held when it ended (see post.ts for what is trusted). */
export function leasesLeft(): LeaseRecord[] {
  try {
    const parsed = JSON.parse(core.getState(LEASES) || '[]') as unknown;
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(
      (l): l is LeaseRecord =>
        typeof l === 'object' &&
        l !== null &&
        ['namespace', 'name', 'holder'].every((k) => typeof (l as Record<string, unknown>)[k] === 'string'),
    );
  } catch {
    return [];
  }
}

const cleanupPaths: string[] = [];

/** Remembers a temporary path (key file, staging dir) for the post step to remove; only paths under workRoot. */
export function registerCleanup(path: string): void {
  if (!inside(resolve(workRoot()), resolve(path))) throw new Error(`registerCleanup: ${path} is outside ${workRoot()}`);
  cleanupPaths.push(resolve(path));
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
