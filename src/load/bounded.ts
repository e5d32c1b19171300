import fs from 'node:fs';

// Every file the CLI reads goes through here: only regular files, and never more than a
// budget of bytes. The budget is enforced while reading, in chunks, never by trusting the
// size `stat` reports: a FIFO, /dev/zero or a file in /proc reports 0 and has no end.

/** Limits for the files that are not articles (articles use --max-bytes). */
export const LIMITS = {
  /** a sidecar FILE.json holds a few fields */
  sidecar: 1024 * 1024,
  /** --manifest, --knowledge, --expect: hand-made or generated tables of a corpus */
  table: 64 * 1024 * 1024,
  /** a cache entry (the bound on one article's JSON is far below: see render/limits.ts) */
  cacheEntry: 512 * 1024 * 1024,
};

const CHUNK = 64 * 1024;

/** The file is not a regular file: named by kind, never read. */
export class NotRegularFile extends Error {
  constructor(readonly kind: string) { super(`${kind}, not a regular file: only regular files are read`); }
}

/** More bytes than the budget, found while reading (`size` is how far the read got). */
export class TooLarge extends Error {
  constructor(readonly size: number, readonly limit: number, readonly exact: boolean) { super(`larger than ${limit} bytes`); }
}

/** What a non-regular file is, in words. */
export function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return 'a folder';
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'a special file';
}

/**
 * A regular file opened for reading (the caller closes the descriptor); NotRegularFile for
 * anything else, TooLarge over `limit` bytes. The file is checked with stat before opening
 * (opening a FIFO would block) and again on the open descriptor, with O_NONBLOCK, so swapping
 * the file for a FIFO in between cannot hang the run.
 */
export function openRegularFile(file: string, limit = Infinity): number {
  const st = fs.statSync(file);
  if (!st.isFile()) throw new NotRegularFile(kindOf(st));
  if (st.size > limit) throw new TooLarge(st.size, limit, true);
  const fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  try {
    const fst = fs.fstatSync(fd);
    if (!fst.isFile()) throw new NotRegularFile(kindOf(fst));
    return fd;
  } catch (e) {
    fs.closeSync(fd);
    throw e;
  }
}

/** A regular file's bytes, at most `limit` of them (TooLarge beyond); see openRegularFile. */
export function readRegularFile(file: string, limit: number): Buffer {
  const fd = openRegularFile(file, limit);
  try {
    return readFd(fd, limit, false);
  } finally {
    fs.closeSync(fd);
  }
}

/** Standard input, at most `limit` bytes; a non-blocking descriptor is waited on, not spun on. */
export function readStdin(limit: number): Buffer {
  return readFd(0, limit, true);
}

/** Reads a descriptor to its end in chunks, stopping one chunk past the budget. */
function readFd(fd: number, limit: number, wait: boolean): Buffer {
  const chunks: Buffer[] = [];
  let size = 0;
  let idle = 0;
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(fd, scratch, 0, Math.min(CHUNK, limit - size + 1), null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EOF') break;
      if (code === 'EAGAIN' && wait) { sleep(Math.min(50, 1 << Math.min(idle++, 6))); continue; }
      throw e;
    }
    if (n === 0) break;
    idle = 0;
    size += n;
    if (size > limit) throw new TooLarge(size, limit, false);
    chunks.push(Buffer.from(scratch.subarray(0, n)));
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
}

/**
 * The one buffer every read goes through, copied out at the size read: a fresh chunk per read
 * cost two 64 KB allocations per file (the second for the read that finds the end), which a
 * folder of small articles turned into garbage-collector work. Reads are synchronous and never
 * nest, and each thread has its own.
 */
const scratch = Buffer.allocUnsafe(CHUNK);

const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** Blocks this thread for `ms` without using the CPU (no event loop is needed: reads here are synchronous). */
function sleep(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** A bounded read of a UTF-8 text file (manifest, knowledge, expect file, sidecar). */
export function readTextFile(file: string, limit: number): string {
  return readRegularFile(file, limit).toString('utf8');
}

/** Why a bounded read failed, in words that name no internals ("no such file", "a FIFO …"). */
export function describeReadError(e: unknown): string {
  if (e instanceof NotRegularFile) return e.message;
  if (e instanceof TooLarge) return `too large (${e.exact ? '' : 'over '}${e.size} bytes > ${e.limit})`;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'a folder, not a regular file';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  if (code === 'ENXIO') return 'a socket or device, not a regular file';
  return (e as Error).message;
}
