import type { AnnotatedArticle } from '../../types.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { PlaceEntry } from '../../knowledge/types.js';
import type { EntityMention } from '../entities/index.js';

/** How far into the article a dateline may stand (after headline, byline and date lines). */
const DATELINE_WINDOW = 1500;

/**
 * "MOSCOW: ...", "SOCHI, Oct 31 (Reuters) - ..." (capitals, then a colon, comma, parenthesis or
 * dash), "Astrakhan - The presidents ..." (a dash), or a venue line of its own under a press
 * release's date ("St Petersburg, Konstantin Palace").
 */
function datelineShape(name: string, rest: string): boolean {
  if (name === name.toUpperCase() && /^\s*[:,(\u2014-]/.test(rest)) return true;
  if (/^\s+[\u2013\u2014-]\s/.test(rest)) return true;
  return rest.trim() === '' || (/^,\s*\p{Lu}[\p{L} .'-]*$/u.test(rest) && rest.split(/\s+/).length <= 6);
}

/**
 * The dateline city ("MOSCOW: ...", "SOCHI, Oct 31 (Reuters) - ...", "VIENNA (AP) — ...") and the
 * sentence it opens: a city in capitals at the start of a paragraph, then a colon, a comma, a
 * parenthesis or a dash.
 */
export function findDateline(a: AnnotatedArticle, mentions: EntityMention[], k: Knowledge): { place: PlaceEntry; paragraphEnd: number } | null {
  const text = a.article.text;
  for (const m of mentions) {
    if (m.start > DATELINE_WINDOW) break;
    if (m.known?.type !== 'place') continue;
    const entry = m.known.entry as PlaceEntry;
    if (entry.kind !== 'city' && entry.kind !== 'capital') continue;
    if (m.start > 0 && text[m.start - 1] !== '\n') continue;
    if (!datelineShape(m.text, text.slice(m.end, text.indexOf('\n', m.end) < 0 ? text.length : text.indexOf('\n', m.end)))) continue;
    const next = text.indexOf('\n\n', m.end);
    return { place: k.place(entry.id) ?? entry, paragraphEnd: next < 0 ? text.length : next };
  }
  return null;
}
