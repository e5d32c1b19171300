import type { Time } from '../../types.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { OrganizationEntry, PlaceEntry } from '../../knowledge/types.js';
import type { EntityMention } from '../entities/index.js';
import { tokenAt } from './tokens.js';
import type { PlaceAt } from './references.js';
import type { Tok } from './tokens.js';
import type { TriggerMatch } from './triggers.js';
import { SIDELINES, TOPIC_NOUNS, VENUE_KINDS, VENUE_WORDS } from './lexicon-cues.js';
import { TRAVEL_VERBS } from './lexicon-triggers.js';
import { clauseOpener, NEAR, relativeClause } from './circumstances.js';

// Where one trigger's meeting took place, read in its own clause.

/**
 * The sentence's places as venues: its places, and the organisations that sit in a known city
 * ("talks at the State Department" were in Washington), read as that city.
 */
export function venuesAt(tokens: Tok[], mentions: EntityMention[], placeAt: Map<number, PlaceAt>, k: Knowledge): Map<number, PlaceAt> {
  let out = placeAt;
  for (const m of mentions) {
    const city = m.known?.type === 'organization' ? (m.known.entry as OrganizationEntry).city : undefined;
    const entry = city ? k.place(city) : undefined;
    if (!entry) continue;
    const first = tokenAt(tokens, m.start);
    const last = tokenAt(tokens, m.end - 1);
    // the city its name carries ("Munich" of the Munich Security Conference) gives way to the whole name
    if (first >= tokens.length || (out.get(first)?.last ?? -1) >= last) continue;
    if (out === placeAt) out = new Map(placeAt);
    out.set(first, { first, last, entry });
  }
  return out;
}

const VENUE_RANK: Record<string, number> = { landmark: 3, city: 3, capital: 3, country: 2, region: 1 };
const CUT_PLACE = new Set(['since', 'after', 'before', 'following', 'amid', 'over', 'because', 'despite']);

/**
 * Where: a place right before a meeting noun ("a Vienna meeting"), else the venue phrase after
 * the trigger in its clause ("in the Black Sea resort of Sochi", "in the Kremlin"), else one
 * earlier in the clause ("In Sochi, Putin met ..."). Landmarks stand for their city.
 */
export function readPlace(tokens: Tok[], tr: TriggerMatch, placeAt: Map<number, PlaceAt>, k: Knowledge, reach = tr.last, when: Time | null = null): PlaceEntry | null {
  if (tr.spec.kind === 'noun') {
    for (let j = Math.max(0, tr.first - 8); j < tr.first; j++) {
      const p = placeAt.get(j);
      if (p && p.last < tr.first && tr.first - p.last <= 3 && VENUE_KINDS.has(p.entry.kind) && p.entry.kind !== 'country' && p.entry.kind !== 'region') {
        let ok = true;
        for (let i = p.last + 1; i < tr.first; i++) if (tokens[i].punct && tokens[i].text !== '-') ok = false;
        if (ok && tokens[p.last + 1]?.low !== "'s") return venue(p.entry, k);
      }
    }
  }
  const clause = tokens[tr.first].outerClause;
  const relative = relativeClause(tokens, tr, reach);
  const candidates: { at: number; entry: PlaceEntry }[] = [];
  let cut = false;
  for (let i = Math.max(0, tr.first - NEAR); i < tokens.length && i <= reach + NEAR; i++) {
    const t = tokens[i];
    // "one after the other" orders the guests, it does not start another event
    if (i > tr.last && ((CUT_PLACE.has(t.low) && tokens[i - 1]?.low !== 'one') || newPredicate(tokens, i))) cut = true;
    if ((t.outerClause !== clause && t.outerClause !== relative) || !venueIntro(tokens, i, tr) || t.quoted) continue;
    if (i > tr.last && cut) continue;
    if (TOPIC_NOUNS.has(tokens[i - 1]?.low ?? '')) continue;
    const found = t.low === 'of' ? forumAt(tokens, i + 1, placeAt) : venuePhrase(tokens, i + 1, placeAt, k, when);
    if (found) candidates.push({ at: i, entry: found });
  }
  const after = candidates.filter((c) => c.at > tr.last);
  // "at the residence of Switzerland's ambassador ... in Geneva": the city over the country
  const city = after.find((c) => (VENUE_RANK[c.entry.kind] ?? 0) >= 3 && c.at - after[0].at <= 16);
  const pick = city ?? after[0] ?? candidates.filter((c) => c.at < tr.first).pop();
  if (pick) return venue(pick.entry, k);
  return whereClause(tokens, tr, placeAt, k) ?? (saysHere(tokens, tr, reach) ? HERE : null);
}

/** "the talks we held here": the story's own place, which the article resolves (index.ts), never a place of its own. */
export const HERE: PlaceEntry = { id: '~here', name: 'here', kind: 'landmark' };

/** 'here' a few words after the trigger, in its clause ("the talks we held here on 14 December", "met here"). */
function saysHere(tokens: Tok[], tr: TriggerMatch, reach: number): boolean {
  for (let i = tr.last + 1; i < tokens.length && i <= reach + 4 && tokens[i].outerClause === tokens[tr.first].outerClause; i++) {
    if (tokens[i].low === 'here') return true;
  }
  return false;
}

/**
 * Words a venue phrase starts with: "in", "at", "near", "outside" ("at a residence outside Bern"),
 * "of" after "the sidelines" ("on the sidelines of the Munich Security Conference"),
 * "to" after a verb of travel ("flew to Sochi", "will travel on to Baku") or after a trigger that
 * brings its guests somewhere ("welcomed X and Y to Brussels"), a form of "visit" ("visited Baku").
 */
function venueIntro(tokens: Tok[], i: number, tr: TriggerMatch): boolean {
  const low = tokens[i].low;
  if (low === 'in' || low === 'at' || low === 'near' || low === 'outside') return true;
  if (low === 'of' && SIDELINES.includes(tokens[i - 1]?.low ?? '')) return true;
  if (low === 'to') {
    const before = TRAVEL_PARTICLES.has(tokens[i - 1]?.low ?? '') ? tokens[i - 2] : tokens[i - 1];
    return TRAVEL_VERBS.has(before?.low ?? '') || (i > tr.last && WELCOMING.has(tokens[tr.first].low));
  }
  return low.startsWith('visit') && TRAVEL_VERBS.has(low);
}

/** "talks with X and will travel on to Baku": 'and' opening a new predicate ends the meeting's venue phrases. */
function newPredicate(tokens: Tok[], i: number): boolean {
  return tokens[i].low === 'and' && NEW_PREDICATE.has(tokens[i + 1]?.low ?? '');
}
const NEW_PREDICATE = new Set(['will', 'would', 'is', 'was', 'are', 'were', 'has', 'had', 'have', 'shall', 'plans', 'planned', 'went', 'flew', 'travelled', 'traveled', 'headed']);


/**
 * "on the sidelines of the Munich Security Conference": a forum that sits in one city names the
 * venue; "of the NATO summit in Newport", "of NATO's summit" do not (the organisation's summit,
 * held elsewhere).
 */
function forumAt(tokens: Tok[], i: number, placeAt: Map<number, PlaceAt>): PlaceEntry | null {
  const p = placeAt.get(tokens[i]?.low === 'the' ? i + 1 : i);
  const next = tokens[(p?.last ?? 0) + 1];
  if (!p || next?.low === "'s") return null;
  // a name that carries its city ("the Munich Security Conference"), or a forum's own name
  // that the knowledge seats in one ("the World Economic Forum"); not an organisation's acronym
  if (tokens[p.first].text === p.entry.name) return p.entry;
  if (p.last === p.first || EVENT_NOUNS.has(next?.low ?? '') || next?.cap) return null;
  return p.entry;
}
const EVENT_NOUNS = new Set(['summit', 'summits', 'meeting', 'meetings', 'session', 'sessions', 'conference', 'forum', 'ministerial', 'council', 'talks', 'assembly', 'congress', 'gathering']);

/** "travel on to", "flew back to", "headed over to": a travel verb still governs the 'to'. */
const TRAVEL_PARTICLES = new Set(['on', 'back', 'over', 'onward', 'onwards', 'straight', 'directly']);
/** Triggers whose guests are brought to the venue: "welcomed X to Brussels", "invited X to Paris". */
const WELCOMING = new Set(['welcomed', 'welcomes', 'welcome', 'welcoming', 'invited', 'invites', 'brought', 'brings', 'summoned', 'received']);

/** "Erdogan visited Baku, where he met Aliyev": the place the relative 'where' (or 'when') points back to. */
function whereClause(tokens: Tok[], tr: TriggerMatch, placeAt: Map<number, PlaceAt>, k: Knowledge): PlaceEntry | null {
  const w = clauseOpener(tokens, tr);
  // "during his visit to Yerevan in October, when he held talks with ...": the same goes for 'when'
  if (tokens[w].low !== 'where' && tokens[w].low !== 'when') return null;
  // "the summit in Istanbul on Nov. 18-19, where they will meet": back over the date to the place
  const ends = new Map<number, PlaceAt>();
  for (const p of placeAt.values()) ends.set(p.last, p);
  for (let j = w - 1; j >= 0 && w - j <= 8; j--) {
    const p = ends.get(j);
    if (p) return VENUE_KINDS.has(p.entry.kind) ? venue(p.entry, k) : null;
    if (!DATE_FILLER.test(tokens[j].text)) return null;
  }
  return null;
}

/** What may stand between a place and a 'where' that points back to it: a date ("on Nov. 18-19,", "next week"), a comma. */
const DATE_FILLER = /^(?:on|in|of|and|[,.\-–]|\d{1,4}(?:st|nd|rd|th)?|[A-Z][a-z]{2,8}\.?|next|this|last|later|early|late|week|month|weekend|today|tomorrow|morning|afternoon|evening)$/;

/** A country's capital at a time ("the Kazakh capital" in 1994 is Almaty, in 2024 Astana); today's when the time is unknown. */
function capitalAt(k: Knowledge, country: string, when: Time | null): PlaceEntry | undefined {
  const current = k.places.find((x) => x.kind === 'capital' && x.country === country);
  if (!when || !current?.capitalFrom || when >= current.capitalFrom.slice(0, when.length)) return current;
  return k.places.find((x) => x.country === country && x.capitalUntil && when < x.capitalUntil.slice(0, when.length)) ?? current;
}

/** Abbreviations that open place names ("St. Petersburg", "Mt. Ararat"). */
const ABBREVIATIONS = new Set(['St', 'Ste', 'Mt', 'Ft']);

/** The place of "in/at ..." starting at token i: the most specific place before the phrase ends. */
function venuePhrase(tokens: Tok[], i: number, placeAt: Map<number, PlaceAt>, k: Knowledge, when: Time | null): PlaceEntry | null {
  let best: PlaceEntry | null = null;
  let bestIsPossessor = false;
  let demonymCountry: string | null = null;
  for (let j = i; j < tokens.length && j < i + 8; j++) {
    const p = placeAt.get(j);
    if (p) {
      // "in Azerbaijan's Nakhichevan exclave": the possessor is only a fallback for what it owns
      const possessor = tokens[p.last + 1]?.low === "'s";
      if (VENUE_KINDS.has(p.entry.kind) && (!best || bestIsPossessor || (VENUE_RANK[p.entry.kind] ?? 0) >= (VENUE_RANK[best.kind] ?? 0))) {
        best = p.entry;
        bestIsPossessor = possessor;
      }
      j = p.last;
      continue;
    }
    const t = tokens[j];
    if (t.low === 'capital' && demonymCountry && !best) {
      const capital = capitalAt(k, demonymCountry, when);
      if (capital) return capital;
    }
    if (t.cap && t.demonym) demonymCountry = t.demonym.country ?? null;
    if (VENUE_WORDS.has(t.low) || (t.cap && !t.punct)) continue;
    // "in St. Petersburg": the abbreviation's full stop is inside the name
    if (t.text === '.' && ABBREVIATIONS.has(tokens[j - 1]?.text ?? '')) continue;
    break;
  }
  return best;
}

export function venue(entry: PlaceEntry, k: Knowledge): PlaceEntry {
  return entry.kind === 'landmark' && entry.city ? (k.place(entry.city) ?? entry) : entry;
}

