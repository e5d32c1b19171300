import type { Knowledge } from '../knowledge/index.js';
import { articleOf, type Source } from '../load/read.js';
import { digestArticle } from '../check/digest.js';
import { processSource } from './process.js';
import type { Outcome } from './pool.js';

// What the corpus runner does with each article, by name, so a worker thread can be told:
// `facts` is the Article of the JSON contract (every command but check); `check` is what the
// check rules read (check/digest.ts). Both are strings: cheap to pass between threads, and
// what the cache stores.

export type Task = 'facts' | 'check';

export function runTask(task: Task, s: Source, k: Knowledge): Outcome {
  if (task === 'facts') return processSource(s, k);
  try {
    return { body: digestArticle(articleOf(s), k) };
  } catch (e) {
    return { error: { file: s.file, message: `check failed: ${(e as Error).message}; please report this file` } };
  }
}
