// Writes a `docker save`-format image tar from files, with node's own fs/crypto/zlib, so tests
// can `docker load` an image into a VM's dockerd without a registry or a host docker daemon.
// Layout (what `docker load` reads): manifest.json, <config sha>.json, <layer id>/layer.tar
// (+ VERSION, json), repositories. A single uncompressed layer; diff_id = its sha256.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { posix } from 'node:path';
import { execFileSync } from 'node:child_process';

export interface ImageFile {
  /** Absolute path inside the image, e.g. "/bin/busybox". */
  path: string;
  content?: string | Buffer;
  /** A host file to copy (streamed, so large binaries are fine). */
  sourcePath?: string;
  /** Default: the source file's mode, or 0644 for content. */
  mode?: number;
}

export interface BuildImageOptions {
  repoTag: string;
  files: ImageFile[];
  entrypoint?: string[];
  cmd?: string[];
  env?: string[];
  /** Where to write; ".gz" at the end gzips the whole archive (docker load accepts it). */
  outPath: string;
}

const BLOCK = 512;
const MTIME = 946684800; // fixed (2000-01-01) so the same files give the same layer digest

/** A minimal ustar writer onto a file descriptor; long names go into a PAX header. */
class TarWriter {
  private readonly hash: Hash = createHash('sha256');
  constructor(private readonly fd: number) {}

  private write(buf: Buffer): void {
    this.hash.update(buf);
    let off = 0;
    while (off < buf.length) off += writeSync(this.fd, buf, off, buf.length - off);
  }

  private pad(size: number): void {
    const rest = size % BLOCK;
    if (rest) this.write(Buffer.alloc(BLOCK - rest));
  }

  private header(name: string, size: number, mode: number, type: '0' | '5' | 'x'): void {
    const h = Buffer.alloc(BLOCK);
    const octal = (v: number, len: number, at: number): void => {
      h.write(v.toString(8).padStart(len - 1, '0') + '\0', at, len, 'ascii');
    };
    h.write(name, 0, 100, 'utf8');
    octal(mode & 0o7777, 8, 100);
    octal(0, 8, 108); // uid
    octal(0, 8, 116); // gid
    octal(size, 12, 124);
    octal(MTIME, 12, 136);
    h.fill(' ', 148, 156); // checksum is computed with this field as spaces
    h.write(type, 156, 1, 'ascii');
    h.write('ustar\0', 257, 6, 'ascii');
    h.write('00', 263, 2, 'ascii');
    h.write('root', 265, 32, 'ascii');
    h.write('root', 297, 32, 'ascii');
    let sum = 0;
    for (const b of h) sum += b;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'ascii');
    this.write(h);
  }

  private entryHeader(name: string, size: number, mode: number, type: '0' | '5'): void {
    if (Buffer.byteLength(name) > 100) {
      // PAX record "LEN path=NAME\n", where LEN counts itself.
      const body = ` path=${name}\n`;
      let len = Buffer.byteLength(body) + 1;
      while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body);
      const rec = Buffer.from(`${len}${body}`);
      this.header('PaxHeaders/' + posix.basename(name).slice(0, 80), rec.length, 0o644, 'x');
      this.write(rec);
      this.pad(rec.length);
      name = name.slice(0, 100); // ignored by readers that honour the PAX path
    }
    this.header(name, size, mode, type);
  }

  dir(name: string, mode = 0o755): void {
    this.entryHeader(name.endsWith('/') ? name : name + '/', 0, mode, '5');
  }

  file(name: string, data: Buffer, mode = 0o644): void {
    this.entryHeader(name, data.length, mode, '0');
    this.write(data);
    this.pad(data.length);
  }

  /** Stream a host file into the archive in chunks. */
  fileFrom(name: string, sourcePath: string, mode: number): void {
    const size = statSync(sourcePath).size;
    this.entryHeader(name, size, mode, '0');
    const src = openSync(sourcePath, 'r');
    try {
      const chunk = Buffer.alloc(1 << 20);
      let done = 0;
      while (done < size) {
        const n = readSync(src, chunk, 0, Math.min(chunk.length, size - done), done);
        if (n <= 0) throw new Error(`${sourcePath}: short read`);
        this.write(chunk.subarray(0, n));
        done += n;
      }
    } finally {
      closeSync(src);
    }
    this.pad(size);
  }

  /** Two zero blocks end the archive; returns the sha256 of everything written. */
  finish(): string {
    this.write(Buffer.alloc(BLOCK * 2));
    return this.hash.digest('hex');
  }
}

function withTar(path: string, fill: (t: TarWriter) => void): string {
  const fd = openSync(path, 'w', 0o644);
  try {
    const t = new TarWriter(fd);
    fill(t);
    return t.finish();
  } finally {
    closeSync(fd);
  }
}

function layerEntries(files: ImageFile[]): { dirs: string[]; files: Array<ImageFile & { rel: string }> } {
  const dirs = new Set<string>();
  const out: Array<ImageFile & { rel: string }> = [];
  for (const f of files) {
    const rel = posix.normalize(f.path).replace(/^\/+/, '');
    if (!rel || rel.startsWith('..')) throw new Error(`bad image path ${f.path}`);
    if ((f.content === undefined) === (f.sourcePath === undefined)) throw new Error(`${f.path}: give exactly one of content or sourcePath`);
    for (let d = posix.dirname(rel); d !== '.'; d = posix.dirname(d)) dirs.add(d);
    out.push({ ...f, rel });
  }
  return { dirs: [...dirs].sort(), files: out.sort((a, b) => a.rel.localeCompare(b.rel)) };
}

export async function buildImageTar(opts: BuildImageOptions): Promise<string> {
  const gz = opts.outPath.endsWith('.gz');
  const plainPath = gz ? `${opts.outPath}.tmp` : opts.outPath;
  const layerPath = `${opts.outPath}.layer.tmp`;
  try {
    const { dirs, files } = layerEntries(opts.files);
    const diffId = withTar(layerPath, (t) => {
      for (const d of dirs) t.dir(d);
      for (const f of files) {
        if (f.sourcePath !== undefined) t.fileFrom(f.rel, f.sourcePath, f.mode ?? statSync(f.sourcePath).mode & 0o7777);
        else t.file(f.rel, Buffer.from(f.content ?? ''), f.mode ?? 0o644);
      }
    });
    const created = new Date(MTIME * 1000).toISOString();
    const config = Buffer.from(
      JSON.stringify({
        architecture: 'amd64',
        os: 'linux',
        created,
        config: {
          Env: opts.env ?? ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'],
          ...(opts.entrypoint ? { Entrypoint: opts.entrypoint } : {}),
          ...(opts.cmd ? { Cmd: opts.cmd } : {}),
        },
        rootfs: { type: 'layers', diff_ids: [`sha256:${diffId}`] },
        history: [{ created, created_by: 'istio-vm-onboard test/support/image.ts' }],
      }),
    );
    const configId = createHash('sha256').update(config).digest('hex');
    const layerId = diffId; // a single layer with no parent: its v1 id may be its digest
    const colon = opts.repoTag.lastIndexOf(':');
    const [repo, tag] =
      colon > opts.repoTag.lastIndexOf('/') ? [opts.repoTag.slice(0, colon), opts.repoTag.slice(colon + 1)] : [opts.repoTag, 'latest'];
    withTar(plainPath, (t) => {
      t.dir(layerId);
      t.file(`${layerId}/VERSION`, Buffer.from('1.0'));
      t.file(`${layerId}/json`, Buffer.from(JSON.stringify({ id: layerId, created, os: 'linux' })));
      t.fileFrom(`${layerId}/layer.tar`, layerPath, 0o644);
      t.file(`${configId}.json`, config);
      t.file(
        'manifest.json',
        Buffer.from(JSON.stringify([{ Config: `${configId}.json`, RepoTags: [`${repo}:${tag}`], Layers: [`${layerId}/layer.tar`] }])),
      );
      t.file('repositories', Buffer.from(JSON.stringify({ [repo]: { [tag]: layerId } })));
    });
    if (gz) {
      // Test images are small enough to gzip in memory.
      writeFileSync(opts.outPath, gzipSync(readFileSync(plainPath)), { mode: 0o644 });
    }
    return opts.outPath;
  } finally {
    rmSync(layerPath, { force: true });
    if (gz) rmSync(plainPath, { force: true });
  }
}

/** Libraries the dynamic loader needs for a binary, as `ldd` resolves them (vdso skipped). */
export function sharedLibraries(binary: string): string[] {
  const out = execFileSync('ldd', [binary], { encoding: 'utf8' });
  const libs: string[] = [];
  for (const line of out.split('\n')) {
    const m = /=>\s*(\/\S+)/.exec(line) ?? /^\s*(\/\S+)\s+\(/.exec(line);
    if (m) libs.push(m[1]!);
    else if (/not found/.test(line)) throw new Error(`ldd ${binary}: ${line.trim()}`);
  }
  return [...new Set(libs)];
}
