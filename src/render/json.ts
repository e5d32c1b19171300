// JSON for pipes. Int32Array origins and other internals never reach the output: callers pass
// report objects built for it.

export function renderJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

export function renderNdjsonLine(value: unknown): string {
  return JSON.stringify(value) + '\n';
}
