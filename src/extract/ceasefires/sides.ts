// The sides of a conflict as claims name them: a person stands for their country, a city for
// its country ("Baku accused Yerevan"), a demonym for its country ("Azerbaijani forces").
// Counting violation claims by accusing side needs one name per side.

import type { Knowledge } from '../../knowledge/index.js';
import type { PersonEntry, PlaceEntry, OrganizationEntry } from '../../knowledge/types.js';
import type { EntityMention } from '../entities/index.js';
import type { Doc } from '../../types.js';
import { tokenIndexAt } from '../../annotate/index.js';
import { occursIn } from '../../annotate/pattern.js';
import { MUTUAL } from './phrases.js';

export interface SideMention {
  name: string;
  start: number;
  end: number;
  /** true when it names a country or territory, not only a person */
  territorial: boolean;
}

/** The side a known entity stands for, or its own name. */
function sideOf(m: EntityMention, k: Knowledge): { name: string; territorial: boolean } | null {
  const entry = m.known?.entry;
  if (m.type === 'place') {
    const p = entry as PlaceEntry | undefined;
    if (!p) return { name: m.name, territorial: true };
    if (p.kind === 'country' || p.kind === 'region') return { name: p.name, territorial: true };
    const country = p.country ? k.country(p.country) : undefined;
    return country ? { name: country.name, territorial: true } : null;
  }
  if (m.type === 'person') {
    const nationality = (entry as PersonEntry | undefined)?.nationality;
    const country = nationality ? k.country(nationality) : undefined;
    return country ? { name: country.name, territorial: true } : { name: m.name, territorial: false };
  }
  const country = (entry as OrganizationEntry | undefined)?.country;
  const c = country ? k.country(country) : undefined;
  return c ? { name: c.name, territorial: true } : { name: m.name, territorial: false };
}

/** Every side named in [start, end) of the cleaned text, in text order. */
export function sidesIn(doc: Doc, start: number, end: number, mentions: EntityMention[], k: Knowledge): SideMention[] {
  const out: SideMention[] = [];
  for (const m of mentions) {
    if (m.start < start || m.end > end) continue;
    const side = sideOf(m, k);
    if (side) out.push({ ...side, start: m.start, end: m.end });
  }
  // demonyms as the Doc found them ("Azerbaijani forces"); one half of a hyphenated word
  // ("Russian-brokered", "pro-Armenian") names no side
  const T = doc.tokens;
  for (let i = tokenIndexAt(T, start); i < T.length && T[i].end <= end; i++) {
    const t = T[i];
    if (!t.demonym || t.kind !== 'word' || t.start < start) continue;
    if (T[i + 1]?.text === '-' && !T[i + 1].spaced) continue;
    if (T[i - 1]?.text === '-' && !t.spaced && !T[i - 1].spaced && /\p{L}$/u.test(T[i - 2]?.text ?? '')) continue;
    if (out.some((o) => t.start < o.end && o.start < t.end)) continue;
    out.push({ name: t.demonym.name, start: t.start, end: t.end, territorial: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "both sides accuse the other", "accused each other": the accusation runs both ways (tokens [from, to) of the Doc). */
export function isMutual(doc: Doc, from: number, to: number): boolean {
  return occursIn(MUTUAL, doc.tokens, from, to);
}
