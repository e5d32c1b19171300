import { createRequire } from 'node:module';
import { onBeforeWrite } from '../render/output.js';

// A progress bar with rate and ETA (cli-progress) on stderr, only when a person watches it:
// stderr is a terminal, this is not CI, --no-progress was not given, and the run has at
// least MIN_FILES files. It never shares a line with other output: its line is cleared before
// anything is written to stdout or stderr, and there is no bar at all when lines stream to
// the same terminal while it runs (analyze --ndjson on a terminal).

const require = createRequire(import.meta.url);
const MIN_FILES = 20;

export interface ProgressHandle {
  update(done: number, total: number): void;
  /** clears the bar's line, so a message can be written (the bar comes back on the next update) */
  clear(): void;
  stop(): void;
}

const NONE: ProgressHandle = { update() {}, clear() {}, stop() {} };

export function startProgress(o: { enabled: boolean; streaming: boolean; unit: string }): ProgressHandle {
  const watched = o.enabled && Boolean(process.stderr.isTTY) && !process.env.CI;
  if (!watched || (o.streaming && process.stdout.isTTY)) return NONE;
  let bar: import('cli-progress').SingleBar | null = null;
  let started = 0;
  const clear = () => {
    if (bar) process.stderr.write('\r\x1b[K');
  };
  const handle: ProgressHandle = {
    update(done, total) {
      if (total < MIN_FILES) return;
      if (!bar) {
        const { SingleBar } = require('cli-progress') as typeof import('cli-progress');
        bar = new SingleBar({
          format: `{bar} {percentage}% | {value}/{total} ${o.unit} | {rate} ${o.unit}/s | ETA {eta_formatted}`,
          stream: process.stderr,
          barsize: 24,
          hideCursor: false,
          clearOnComplete: true,
          fps: 10,
          etaBuffer: 50,
        });
        started = Date.now();
        bar.start(total, 0, { rate: '0.0' });
        onBeforeWrite(clear);
      }
      const seconds = (Date.now() - started) / 1000;
      bar.update(done, { rate: seconds > 0 ? (done / seconds).toFixed(1) : '0.0' });
    },
    clear,
    stop() {
      if (!bar) return;
      bar.stop();
      onBeforeWrite(null);
      bar = null;
    },
  };
  return handle;
}
