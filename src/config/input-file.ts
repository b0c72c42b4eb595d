// Files the inputs name (sidecar-package; on the CLI --inventory, --kubeconfig, --ssh-key,
// --ssh-known-hosts). A path inside the workspace is repository content, which a pull
// request controls: it may not lead out of the workspace through a symlink (to a runner
// file, whose text an error could quote or the upload would carry), and it must be a regular
// file. A path outside the workspace was written by whoever runs the action and is taken as
// given (a key under ~/.ssh, a package in $RUNNER_TEMP, a `<(...)` pipe on the command line).
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { quoteValue as q } from '../log.js';

function within(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function realOrSame(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** What a problem says of a path that is not there. */
export const NO_SUCH_FILE = 'no such file';

/** The path to open (symlinks resolved), or why it may not be opened (to follow the path in a message). */
export function resolveInputFile(path: string, workspace: string): { path: string; inWorkspace: boolean } | { problem: string } {
  const root = realOrSame(workspace);
  const given = resolve(workspace, path);
  const inWorkspace = within(resolve(workspace), given) || within(root, given);
  let real: string;
  try {
    real = realpathSync(given);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return {
      problem: code === 'ENOENT' ? NO_SUCH_FILE : code === 'ENOTDIR' ? NO_SUCH_FILE : `cannot be read (${code ?? (err as Error).message})`,
    };
  }
  if (inWorkspace && !within(root, real))
    return { problem: `is in the workspace but leads out of it through a symlink, to ${q(real, 120)}: give the file itself` };
  return { path: real, inWorkspace };
}

/** A file input's text: at most maxBytes, UTF-8, a regular file when it is in the workspace. */
export function readInputFile(path: string, workspace: string, maxBytes: number): { text: string } | { problem: string } {
  const found = resolveInputFile(path, workspace);
  if ('problem' in found) return found;
  let fd: number;
  try {
    // O_NOFOLLOW: the real path holds no symlink now; one put there meanwhile is not followed.
    // In the workspace, O_NONBLOCK: a FIFO put there does not make open wait for a writer
    // (outside it, a pipe is what `--ssh-key <(...)` gives, and is read as one).
    fd = openSync(found.path, constants.O_RDONLY | constants.O_NOFOLLOW | (found.inWorkspace ? constants.O_NONBLOCK : 0));
  } catch (err) {
    return { problem: `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { problem: 'is a directory' };
    if (found.inWorkspace && !st.isFile()) return { problem: 'is not a regular file (a device, FIFO or socket)' };
    const buf = Buffer.alloc(maxBytes + 1);
    let n = 0;
    for (let got = 1; got > 0 && n <= maxBytes; n += got) got = readSync(fd, buf, n, buf.length - n, null);
    if (n > maxBytes) return { problem: `is larger than ${maxBytes / 1024 / 1024} MiB` };
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf.subarray(0, n)) };
    } catch {
      return { problem: 'is not UTF-8 text' };
    }
  } catch (err) {
    return { problem: `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  } finally {
    closeSync(fd);
  }
}
