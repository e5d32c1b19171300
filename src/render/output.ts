// Writing to stdout the way pipes expect: `| head` closing early ends the run quietly.

let closed = false;

export function guardStdout(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') {
      closed = true;
      process.exit(process.exitCode ?? 0);
    }
    throw e;
  });
}

export function write(text: string): void {
  if (!closed) process.stdout.write(text);
}

export function isStdoutClosed(): boolean {
  return closed;
}
