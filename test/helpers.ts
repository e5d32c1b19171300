import { loadKnowledge } from '../src/knowledge/index.js';
import { processText } from '../src/pipeline/process.js';
import type { ArticleFacts, EntityFact } from '../src/types.js';

export const kb = () => loadKnowledge();

/** Facts of a text, with an optional article date. */
export function facts(text: string, date?: string): ArticleFacts {
  return processText('test.txt', text, kb(), date ? { date } : {});
}

export function names(list: EntityFact[]): string[] {
  return list.map((e) => e.name).sort();
}
