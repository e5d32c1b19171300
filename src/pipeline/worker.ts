import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/index.js';
import type { Source } from '../load/read.js';
import { runTask, type Task } from './tasks.js';

// A pool worker: loads the knowledge base once, then turns sources into Article JSON (or
// check digests: see tasks.ts). It
// sends a string back, not an object: cheaper to pass between threads, and it is what
// `--ndjson` prints and the cache stores.

const k = loadKnowledge((workerData as { knowledgeFiles: string[] }).knowledgeFiles);

parentPort!.on('message', (msg: { id: number; task: Task; source: Source }) => {
  parentPort!.postMessage({ id: msg.id, outcome: runTask(msg.task, msg.source, k) });
});
