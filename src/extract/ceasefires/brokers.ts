// Who the text says brokered a truce: "Russian-brokered", "hammered out by Moscow", "with
// Russian mediation", "under the auspices of the OSCE". Names become country codes (or
// organisation ids) through the knowledge base, so the catalogue's brokers can be compared.

import type { Knowledge } from '../../knowledge/index.js';
import { fold } from '../../knowledge/text.js';
import type { DocToken } from '../../types.js';
import { allMatches } from '../../annotate/pattern.js';
import { BROKERED_BY } from './phrases.js';

/** Codes of the brokers tokens [from, to) of the Doc name; unknown names are left out. */
export function brokersIn(T: readonly DocToken[], from: number, to: number, k: Knowledge): string[] {
  const out = new Set<string>();
  for (const p of BROKERED_BY) {
    for (const m of allMatches(p, T, from, to)) {
      if (!m.capture) continue;
      const [a, b] = m.capture;
      const code = brokerCode(T.slice(a, b).map((t, i) => (i > 0 && t.spaced ? ` ${t.text}` : t.text)).join(''), k);
      if (code) out.add(code);
    }
  }
  return [...out];
}

/** "Russian", "Russia", "Moscow", "Kremlin" → "RU"; "U.S." → "US"; "OSCE" → the organisation's id. */
export function brokerCode(name: string, k: Knowledge): string | null {
  const n = name.replace(/\./g, '');
  if (/^(?:US|USA)$/.test(n)) return 'US';
  const demonym = k.byDemonym(n);
  if (demonym?.country) return demonym.country;
  return namesOf(k).get(fold(name)) ?? null;
}

const nameCache = new WeakMap<Knowledge, Map<string, string>>();

/** Folded place and organisation spellings → country code or organisation id, once per knowledge base. */
function namesOf(k: Knowledge): Map<string, string> {
  let names = nameCache.get(k);
  if (!names) {
    names = new Map();
    for (const s of k.spellings) {
      const key = fold(s.text);
      if (names.has(key)) continue;
      const e = s.entity.entry as { country?: string };
      if (s.entity.type === 'place' && e.country) names.set(key, e.country);
      else if (s.entity.type === 'organization') names.set(key, s.entity.id);
    }
    nameCache.set(k, names);
  }
  return names;
}
