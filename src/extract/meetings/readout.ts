import type { AnnotatedArticle } from '../../types.js';
import type { EntityMention } from '../entities/index.js';

// A press office's readout tags its page with the people it is about ("Persons: Aliyev Ilham,
// Pashinyan Nikol", surname first). Its own meeting is often told by office alone ("The President
// had a telephone conversation with the Prime Minister"): those people are its participants.

/** A tag line of a readout: "Persons:", "Person:", "Participants:" at the start of a line. */
const TAG_LINE = /^[ \t]*(?:persons?|participants?)[ \t]*:[ \t]*\S.*$/gim;

/** The person keys a readout's tag lines name, in order (none when the article has no such line). */
export function readoutPersons(a: AnnotatedArticle, mentions: EntityMention[]): string[] {
  const out: string[] = [];
  for (const line of a.article.text.matchAll(TAG_LINE)) {
    const start = line.index ?? 0;
    const end = start + line[0].length;
    for (const m of mentions) if (m.type === 'person' && m.start >= start && m.end <= end && !out.includes(m.key)) out.push(m.key);
  }
  return out;
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
