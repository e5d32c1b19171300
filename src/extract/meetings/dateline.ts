import type { AnnotatedArticle } from '../../types.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { PlaceEntry } from '../../knowledge/types.js';
import type { EntityMention } from '../entities/index.js';
import { opensDateline } from '../dates/dateline.js';

/** How far into the article a dateline may stand (after headline, byline and date lines). */
const DATELINE_WINDOW = 1500;

/**
 * The dateline city ("MOSCOW: ...", "SOCHI, Oct 31 (Reuters) - ...", "VIENNA (AP) — ...") and the
 * paragraph it opens: the first known city that opens a dateline by the dates module's rules.
 */
export function findDateline(a: AnnotatedArticle, mentions: EntityMention[], k: Knowledge): { place: PlaceEntry; paragraphEnd: number } | null {
  const text = a.article.text;
  for (const m of mentions) {
    if (m.start > DATELINE_WINDOW) break;
    if (m.known?.type !== 'place') continue;
    const entry = m.known.entry as PlaceEntry;
    if (entry.kind !== 'city' && entry.kind !== 'capital') continue;
    if (!opensDateline(text, m.start, m.end)) continue;
    const next = text.indexOf('\n\n', m.end);
    return { place: k.place(entry.id) ?? entry, paragraphEnd: next < 0 ? text.length : next };
  }
  return null;
}
