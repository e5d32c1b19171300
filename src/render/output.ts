import { articleHead } from '../pipeline/article-json.js';

// Writing to stdout the way pipes expect: `| head` closing early ends the run quietly, and
// output is gathered into 64 KB chunks (one write per chunk, not three per article).

let closed = false;
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
