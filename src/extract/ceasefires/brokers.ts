// Who the text says brokered a truce: "Russian-brokered", "hammered out by Moscow", "with
// Russian mediation", "under the auspices of the OSCE". Names become country codes (or
// organisation ids) through the knowledge base, so the catalogue's brokers can be compared.

import type { Knowledge } from '../../knowledge/index.js';
import { fold } from '../../knowledge/text.js';

const NAME = "(U\\.S\\.|U\\.S|US|USA|EU|UN|OSCE|[\\p{Lu}][\\p{L}]+(?:\\s+[\\p{Lu}][\\p{L}]+)?)";
const PATTERNS = [
  new RegExp(`${NAME}-(?:brokered|mediated|backed|sponsored|negotiated|facilitated)\\b`, 'gu'),
  new RegExp(`\\b(?:brokered|mediated|hammered\\s+out|negotiated|arranged|facilitated|secured|sponsored)\\s+(?:by|in|through)\\s+(?:the\\s+)?${NAME}`, 'gu'),
  new RegExp(`\\b(?:with|under|through|thanks\\s+to)\\s+(?:the\\s+)?${NAME}(?:['’]s)?\\s+(?:mediation|auspices|brokering|help|efforts)\\b`, 'gu'),
  new RegExp(`\\b(?:mediation|auspices|brokering)\\s+of\\s+(?:the\\s+)?${NAME}`, 'gu'),
];

/** Codes of the brokers a stretch of text names; unknown names are left out. */
export function brokersIn(text: string, k: Knowledge): string[] {
  const out = new Set<string>();
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const code = brokerCode(m[1], k);
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
