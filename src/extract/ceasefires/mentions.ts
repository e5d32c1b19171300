// Where an article speaks of a ceasefire: the words for one (ceasefire, truce, armistice,
// cessation of hostilities), the deal that ended a war, names from the catalogue ("Bishkek
// Protocol", "trilateral statement") and anaphors ("the pact") that may point back to one.
// The phrasings are token patterns (phrases.ts) matched over the Doc's tokens of the sentence;
// the matcher is linear in the sentence length.

import type { Doc, DocToken, Sentence } from '../../types.js';
import { allMatches, endsWith, holdsAny, unionGate, type Pattern } from '../../annotate/pattern.js';
import { scan, fold } from '../../knowledge/text.js';
import type { Catalogue } from './catalogue.js';
import {
  ANAPHOR, BROKERED_DEAL, DATED_DEAL, DAY_BEFORE_DEAL, DEFINITE, ENDED_WAR, INDEFINITE, MONTH_AFTER_DEAL, NEGATED, PHRASE_BREAKS,
  PLURALISERS, PLURAL_NEUTRAL_TAILS, SINGULAR_IN_S, TERM, TERM_WORDS,
} from './phrases.js';

export type MentionForm =
  /** a ceasefire word: ceasefire, cease-fire, truce, armistice, cessation of hostilities */
  | 'term'
  /** "the deal that ended the war", "the fighting ended with a ... agreement" */
  | 'ended-war'
  /** "a Russian-brokered deal": a ceasefire only when a date or cue says which */
  | 'brokered-deal'
  /** a catalogue name without a ceasefire word in it: "the Bishkek Protocol", "the November deal" */
  | 'alias'
  /** "the statement of 9 November 2020", "the agreement reached on April 5": a ceasefire only when the day is a catalogued truce's */
  | 'dated-deal'
  /** "the pact", "the agreement": a ceasefire only when one was just cited */
  | 'anaphor';

export interface CeasefireMention {
  sentence: Sentence;
  /** cleaned-text offsets */
  start: number;
  end: number;
  form: MentionForm;
  plural: boolean;
  determiner: 'definite' | 'indefinite' | 'none';
  /** "no ceasefire", "without a truce", "did not mention a truce": no truce is cited */
  negated: boolean;
  /** for alias mentions: the entry the alias names */
  aliasOf?: string;
}


/** how many tokens before a mention its negation ("no new truce") or pluraliser ("several ... truces") is looked for */
const LOOK_BACK = 8;
/** how many written words before a mention its determiner is looked for ("the Russian-brokered truce") */
const DETERMINER_REACH = 4;

interface Found { from: number; to: number; form: MentionForm; aliasOf?: string }

const FORMS: readonly [Pattern, MentionForm][] = [
  [TERM, 'term'], ...ENDED_WAR.map((p): [Pattern, MentionForm] => [p, 'ended-war']), [BROKERED_DEAL, 'brokered-deal'],
  [DATED_DEAL, 'dated-deal'], [DAY_BEFORE_DEAL, 'dated-deal'], [MONTH_AFTER_DEAL, 'dated-deal'],
];
/** the words one of which every mention pattern's match holds: most sentences hold none and are read once */
const ANY_FORM = unionGate([...FORMS.map(([p]) => p), ANAPHOR]);

/** Every ceasefire mention of one sentence, in text order, without overlaps. */
export function findMentions(a: Doc, s: Sentence, catalogue: Catalogue): CeasefireMention[] {
  const T = a.tokens;
  const first = a.sentenceTokens[s.index];
  const last = a.sentenceTokens[s.index + 1];
  const found: Found[] = [];
  const add = (p: Pattern, form: MentionForm) => {
    for (const m of allMatches(p, T, first, last)) {
      const [from, to] = m.capture ?? [m.start, m.end];
      if (to > from) found.push({ from, to, form });
    }
  };
  const anyForm = holdsAny(ANY_FORM, T, first, last);
  if (anyForm) for (const [p, form] of FORMS) add(p, form);
  const aliases = aliasIndex(catalogue);
  for (let i = first; i < last; i++) {
    for (const alias of aliases.get(T[i].folded) ?? []) {
      const to = aliasEnd(T, i, last, alias.words);
      if (to > 0) found.push({ from: i, to, form: 'alias', aliasOf: alias.entry });
    }
  }
  if (anyForm) add(ANAPHOR, 'anaphor');
  if (!found.length) return [];

  // Longer and stronger forms first; a later match overlapping a kept one is the same mention.
  const rank: Record<MentionForm, number> = { alias: 0, 'ended-war': 1, term: 2, 'brokered-deal': 3, 'dated-deal': 4, anaphor: 5 };
  const length = (f: Found) => T[f.to - 1].end - T[f.from].start;
  found.sort((x, y) => rank[x.form] - rank[y.form] || length(y) - length(x));
  const kept: Found[] = [];
  for (const f of found) if (!kept.some((k) => f.from < k.to && k.from < f.to)) kept.push(f);
  kept.sort((x, y) => x.from - y.from);

  return kept.map((f) => {
    const back = Math.max(first, f.from - LOOK_BACK);
    return {
      sentence: s,
      start: T[f.from].start,
      end: T[f.to - 1].end,
      form: f.form,
      plural: pluralWords(T, f.from, f.to) || endsWith(PLURALISERS, T, back, f.from),
      determiner: determinerBefore(T, first, f.from),
      negated: f.form === 'term' && endsWith(NEGATED, T, back, f.from),
      ...(f.aliasOf ? { aliasOf: f.aliasOf } : {}),
    };
  });
}

/** "truces", "ceasefire agreements" (not "ceasefire regime", "cessation of hostilities"): the mention's own words are plural. */
function pluralWords(T: readonly DocToken[], from: number, to: number): boolean {
  const tail = T[to - 1].folded;
  if (SINGULAR_IN_S.has(tail)) return false;
  const noun = PLURAL_NEUTRAL_TAILS.has(tail) && to - 1 > from ? T[to - 2].folded : tail;
  return noun.endsWith('s');
}

/**
 * The determiner of the noun phrase that ends where the mention starts: "the Russian-brokered"
 * → definite, "Moscow's" → definite, "a new" → indefinite; looked for over a few written words,
 * not past punctuation or a preposition.
 */
export function determinerBefore(T: readonly DocToken[], first: number, at: number): CeasefireMention['determiner'] {
  let i = at - 1;
  for (let seen = 0; i >= first && seen < DETERMINER_REACH; seen++) {
    // one written word: the tokens back to the one after whitespace ("Russian-brokered", "Moscow's")
    const end = i;
    while (i > first && !T[i].spaced) i--;
    const start = i--;
    const tail = T[end];
    if (tail.kind === 'punct' && tail.text !== '-') return 'none';
    if (tail.kind === 'possessive' || (tail.folded === 's' && end > start && (T[end - 1].text === '’' || T[end - 1].text === "'"))) return 'definite';
    if (end > start) continue;
    const w = tail.folded;
    if (DEFINITE.has(w)) return 'definite';
    if (INDEFINITE.has(w)) return 'indefinite';
    if (PHRASE_BREAKS.has(w)) return 'none';
  }
  return 'none';
}

interface Alias { entry: string; words: string[] }

const aliasCache = new WeakMap<Catalogue, Map<string, Alias[]>>();

/**
 * Catalogue names that hold no ceasefire word ("Bishkek Protocol", "trilateral statement") are
 * mentions in their own right, indexed by their first word; names with one ("1994 ceasefire")
 * are found as terms and recognised as aliases when the term is resolved.
 */
function aliasIndex(catalogue: Catalogue): Map<string, Alias[]> {
  let index = aliasCache.get(catalogue);
  if (!index) {
    index = new Map();
    for (const e of catalogue.entries) {
      for (const alias of e.entry.aliases ?? []) {
        const words = scan(alias).filter((t) => t.text !== '-').map((t) => fold(t.text));
        if (!words.length || words.some((w) => TERM_WORDS.has(w))) continue;
        const list = index.get(words[0]) ?? [];
        list.push({ entry: e.entry.id, words });
        index.set(words[0], list);
      }
    }
    aliasCache.set(catalogue, index);
  }
  return index;
}

/** Where an alias that starts at token `i` ends (hyphens between its words optional), or 0. */
function aliasEnd(T: readonly DocToken[], i: number, last: number, words: string[]): number {
  let j = i + 1;
  for (let w = 1; w < words.length; w++) {
    if (j < last && T[j].text === '-') j++;
    if (j >= last || T[j].folded !== words[w]) return 0;
    j++;
  }
  // "Bishkek Protocol" but not "Bishkek Protocols-era": the alias ends at a word boundary
  return j < last && !T[j].spaced && T[j].kind === 'word' ? 0 : j;
}
