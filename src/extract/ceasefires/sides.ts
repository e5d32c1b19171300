// The sides of a conflict as claims name them: a person stands for their country, a city for
// its country ("Baku accused Yerevan"), a demonym for its country ("Azerbaijani forces").
// Counting violation claims by accusing side needs one name per side.

import type { Knowledge } from '../../knowledge/index.js';
import type { PersonEntry, PlaceEntry, OrganizationEntry } from '../../knowledge/types.js';
import type { EntityMention } from '../entities/index.js';

export interface SideMention {
  name: string;
  start: number;
  end: number;
  /** true when it names a country or territory, not only a person */
  territorial: boolean;
}

const WORD = /[\p{L}][\p{L}-]*/gu;
const MUTUAL = /\b(?:both\s+sides|each\s+other|one\s+another|the\s+two\s+sides|each\s+side|both\s+countries|the\s+other\s+side|the\s+other)\b/i;

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
export function sidesIn(text: string, start: number, end: number, mentions: EntityMention[], k: Knowledge): SideMention[] {
  const out: SideMention[] = [];
  for (const m of mentions) {
    if (m.start < start || m.end > end) continue;
    const side = sideOf(m, k);
    if (side) out.push({ ...side, start: m.start, end: m.end });
  }
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  for (let w = WORD.exec(slice); w; w = WORD.exec(slice)) {
    const at = start + w.index;
    if (out.some((o) => at < o.end && o.start < at + w![0].length)) continue;
    const place = k.byDemonym(w[0]);
    if (place) out.push({ name: place.name, start: at, end: at + w[0].length, territorial: true });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** "both sides accuse the other", "accused each other": the accusation runs both ways. */
export function isMutual(text: string): boolean {
  return MUTUAL.test(text);
}
