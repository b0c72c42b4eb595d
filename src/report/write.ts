// Every file the action writes (the rendered manifests, the JSON report) goes through here.
// Names are the action's own (a stem and a counter), never a manifest's: names come from the
// pull request, and a `../` in one, or a symlink the PR planted, would otherwise point a write
// at any file the runner can change (the action's own dist/ included).
import { closeSync, constants, lstatSync, mkdirSync, mkdtempSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { refreshRecords } from './refresh.js';
import type { RunResult } from './result.js';

/** Writes all of text to fd. */
function writeAll(fd: number, text: string): void {
  try {
    const bytes = Buffer.from(text);
    for (let off = 0; off < bytes.length;) off += writeSync(fd, bytes, off);
  } finally {
    closeSync(fd);
  }
}

/** Refuses to create a new file or to write through an existing one or a symlink. */
const NEW_FILE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;

/**
 * A fresh directory for one run, made by this call (mkdtemp: a new name, mode 0700) under
 * `parent`. `parent`, when it exists already, must be a real directory: not a symlink an
 * earlier step of the job could have planted to send the files elsewhere.
 */
export function createRunDir(parent: string, prefix = 'run-'): string {
  mkdirSync(parent, { recursive: true, mode: 0o700 });
  if (!lstatSync(parent).isDirectory())
    throw new Error(`${parent} is a symlink or not a directory: refusing to write the run's files there`);
  return mkdtempSync(join(parent, prefix));
}

/**
 * Writes text to a new file `<stem>-<n>.<ext>` in dir, n the first number not taken (a fleet
 * writes one manifests file per VM), and returns its path. Never overwrites, never follows a link.
 */
export function writeNewFile(dir: string, stem: string, ext: string, text: string): string {
  for (let n = 1; ; n++) {
    const path = join(dir, `${stem}-${n}.${ext}`);
    let fd: number;
    try {
      fd = openSync(path, NEW_FILE, 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST' && n < 10_000) continue;
      throw err;
    }
    writeAll(fd, text);
    return path;
  }
}

/** A path the CLI's user named (--summary-file), replaced as `>` would, but never written through a symlink. */
export function writeUserFile(path: string, text: string): void {
  writeAll(openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644), text);
}

/** The JSON report in the run's directory; its path is the `report` output. Mode check: `{ "vms": [ one record per VM ] }`. */
export function writeJsonReport(result: RunResult, workDir: string): string {
  return writeNewFile(workDir, 'report', 'json', JSON.stringify(reportOf(result), null, 2) + '\n');
}

/** What the JSON report holds: the result, or a check's records (report/check.ts); a refresh's with each VM's outcome (report/refresh.ts). */
export function reportOf(result: RunResult): unknown {
  if (result.mode === 'refresh') return { vms: refreshRecords(result.vms ?? [result]) };
  if (result.mode !== 'check') return result;
  return { vms: (result.vms ?? [result]).flatMap((r) => (r.check ? [r.check] : [])) };
}
