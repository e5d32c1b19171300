import type { ArticleFacts } from '../types.js';
import type { Knowledge } from '../knowledge/index.js';
import type { Source } from '../load/read.js';
import { topicMatcher } from '../knowledge/topic.js';
import { articleBody } from './article-json.js';

// The topic filter in front of everything else: run by the corpus runner's own thread on the
// text as read, before the cache is consulted or a worker is woken, so an off-topic article
// costs one pass of the topic automaton (see knowledge/topic.ts) and a short line of output.
// A run over a corpus that is all off topic never starts a worker or loads compromise.

/** The Article body of a source the filter skips, or null when the source names the conflict. */
export function offTopicBody(s: Source, k: Knowledge): string | null {
  if (topicMatcher(k).find(s.body) !== null) return null;
  const skipped: ArticleFacts = {
    file: s.file, skipped: 'off-topic', title: null, date: null, meta: s.meta,
    people: [], places: [], organizations: [], dates: [], meetings: [], ceasefires: [],
  };
  return articleBody(skipped);
}
