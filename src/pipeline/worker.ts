import { parentPort, workerData } from 'node:worker_threads';
import { loadKnowledge } from '../knowledge/index.js';
import type { Source } from '../load/read.js';
import { processSource } from './process.js';

// A pool worker: loads the knowledge base once, then turns sources into facts. The pure
// per-article function is the same one the main thread uses with --jobs 1.

const k = loadKnowledge((workerData as { knowledgeFiles: string[] }).knowledgeFiles);

parentPort!.on('message', (msg: { id: number; source: Source }) => {
  parentPort!.postMessage({ id: msg.id, result: processSource(msg.source, k) });
});
