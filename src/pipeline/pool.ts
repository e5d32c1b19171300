import { Worker } from 'node:worker_threads';
import type { FileError } from '../types.js';
import type { Source } from '../load/read.js';

export type Outcome = { body: string } | { error: FileError };

/**
 * A fixed set of worker threads. Each job goes to the least busy worker; outcomes come back as
 * promises, so the caller decides the order (input order) and the window (bounded memory).
 */
export class WorkerPool {
  private readonly workers: { worker: Worker; busy: number }[] = [];
  private readonly pending = new Map<number, { resolve: (r: Outcome) => void; file: string }>();
  private nextId = 0;

  constructor(size: number, knowledgeFiles: string[]) {
    const url = new URL('./worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      // A 16 MB young generation: measured on the bench corpus, peak RSS 324 → 271 MB and
      // slightly faster (the extractors make short-lived garbage, collected sooner).
      const worker = new Worker(url, { workerData: { knowledgeFiles }, resourceLimits: { maxYoungGenerationSizeMb: 16 } });
      const slot = { worker, busy: 0 };
      worker.on('message', (msg: { id: number; outcome: Outcome }) => {
        slot.busy--;
        const p = this.pending.get(msg.id);
        this.pending.delete(msg.id);
        p?.resolve(msg.outcome);
      });
      worker.on('error', (e) => {
        // A worker that dies takes its jobs with it: they fail with the reason, the run goes on.
        for (const [id, p] of this.pending) {
          p.resolve({ error: { file: p.file, message: `extraction failed: ${e.message}` } });
          this.pending.delete(id);
        }
      });
      this.workers.push(slot);
    }
  }

  run(source: Source): Promise<Outcome> {
    const slot = this.workers.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, file: source.file });
      slot.worker.postMessage({ id, source });
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
