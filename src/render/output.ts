import fs from 'node:fs';
import { articleHead } from '../pipeline/article-json.js';
import { useColour } from './colour.js';

// Writing to stdout the way pipes expect: `| head` closing early ends the run quietly, and
// output is gathered into 64 KB chunks (one write per chunk, not three per article).

let closed = false;
/** -o FILE: the descriptor written to instead of stdout */
let fileFd: number | null = null;
/** Called before each write to stdout (the progress bar clears its line). */
let beforeWrite: (() => void) | null = null;
const CHUNK = 64 * 1024;
let pending: Buffer[] = [];
let pendingBytes = 0;

export function guardStdout(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') {
      closed = true;
      process.exit(process.exitCode ?? 0);
    }
    outputFailed(e);
  });
}

function push(chunk: string | Buffer): void {
  if (closed) return;
  const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
  pending.push(b);
  pendingBytes += b.length;
  if (pendingBytes >= CHUNK) flush();
}

/** Writes what is gathered. Called by `main` at the end, and before anything goes to stderr. */
export function flush(): void {
  if (closed || pendingBytes === 0) return;
  const out = pending.length === 1 ? pending[0] : Buffer.concat(pending, pendingBytes);
  pending = [];
  pendingBytes = 0;
  if (fileFd !== null) {
    try {
      fs.writeSync(fileFd, out);
    } catch (e) {
      outputFailed(e as NodeJS.ErrnoException);
    }
    return;
  }
  beforeWrite?.();
  try {
    process.stdout.write(out);
  } catch (e) {
    outputFailed(e as NodeJS.ErrnoException);
  }
}

/** The output cannot be written (a full disk, /dev/full, an I/O error): say so and stop with 2, never a stack trace. */
function outputFailed(e: NodeJS.ErrnoException): never {
  closed = true;
  const why = e.code === 'ENOSPC' ? 'no space left on the device' : e.code === 'EIO' ? 'input/output error' : e.message;
  process.stderr.write(`karabakh-cli: cannot write the output: ${why}${e.code ? ` (${e.code})` : ''}\n`);
  process.exit(2);
}

/** Sends the output to a file (`-o FILE`) instead of stdout; throws when it cannot be created. */
export function outputToFile(file: string): void {
  fileFd = fs.openSync(file, 'w');
}

/** Closes the -o file after the last flush. */
export function closeOutput(): void {
  flush();
  if (fileFd !== null) fs.closeSync(fileFd);
  fileFd = null;
}

export function onBeforeWrite(hook: (() => void) | null): void {
  beforeWrite = hook;
}

/** Clears the progress bar's line before a message goes to stderr. */
export function clearStatus(): void {
  beforeWrite?.();
}

/** Is the output a terminal a person reads (not a pipe, not a file)? */
export function outputIsTerminal(): boolean {
  return fileFd === null && Boolean(process.stdout.isTTY);
}

/**
 * The width tables fit: the terminal's; else $COLUMNS when set (as `ls` and `ps` honour it);
 * else 100, a width most viewers show without wrapping.
 */
export function outputWidth(): number {
  if (outputIsTerminal() && process.stdout.columns) return process.stdout.columns;
  const env = Number(process.env.COLUMNS);
  return Number.isInteger(env) && env >= 20 ? env : 100;
}

export function write(text: string): void {
  push(text);
}

/**
 * One NDJSON Article line from its body (see pipeline/article-json.ts), without decoding a cached body:
 * `{"file":…,` then the body's bytes after its opening brace.
 */
export function writeArticle(file: string, body: string | Buffer): void {
  push(articleHead(file, body));
  push(body.length <= 2 ? '}' : typeof body === 'string' ? body.slice(1) : body.subarray(1));
  push('\n');
}

/** Colour for the output: a terminal without NO_COLOR (never a file given with -o). */
export function outputColour(): boolean {
  return fileFd === null && useColour(process.stdout);
}
