import type { AnnotatedArticle } from '../../types.js';
import type { EntityMention } from '../entities/index.js';
import { firstIndexNotBefore } from '../../annotate/search.js';

// A press office's readout tags its page with the people it is about ("Persons: Aliyev Ilham,
// Pashinyan Nikol", surname first). Its own meeting is often told by office alone ("The President
// had a telephone conversation with the Prime Minister"): those people are its participants.

/** The words that open a readout's tag line: "Persons:", "Person:", "Participants:". */
const TAG_WORDS = new Set(['person', 'persons', 'participant', 'participants']);

/** The person keys a readout's tag lines name, in order (none when the article has no such line). */
export function readoutPersons(a: AnnotatedArticle, mentions: EntityMention[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const text = a.article.text;
  const tokens = a.tokens;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i];
    // the tag word opens its line and a colon, then something, follows it on that line
    if (!TAG_WORDS.has(t.folded) || tokens[i + 1].text !== ':' || !opensLine(text, t.start)) continue;
    const end = lineEnd(text, t.start);
    if (tokens[i + 2].start >= end) continue;
    // mentions are in text order: only those on this line are read (a page of tag lines stays linear)
    for (let j = firstIndexNotBefore(mentions.length, (x) => mentions[x].start < t.start); j < mentions.length && mentions[j].start < end; j++) {
      const m = mentions[j];
      if (m.type === 'person' && m.end <= end && !seen.has(m.key)) { seen.add(m.key); out.push(m.key); }
    }
  }
  return out;
}

function opensLine(text: string, at: number): boolean {
  for (let i = at - 1; i >= 0; i--) {
    const c = text[i];
    if (c === '\n') return true;
    if (c !== ' ' && c !== '\t') return false;
  }
  return true;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl < 0 ? text.length : nl;
}

/**
 * The participants of a report in the readout's lead that names fewer than two: the tagged people
 * join it, when every one it does name is among them (else it is another meeting).
 */
export function withReadoutPersons(keys: string[], tagged: string[]): string[] {
  if (keys.length >= 2 || !tagged.length || !keys.every((k) => tagged.includes(k))) return keys;
  const all = [...keys, ...tagged.filter((k) => !keys.includes(k))];
  return all.length >= 2 ? all : keys;
}
