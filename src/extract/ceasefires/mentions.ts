// Where an article speaks of a ceasefire: the words for one (ceasefire, truce, armistice,
// cessation of hostilities), the deal that ended a war, names from the catalogue ("Bishkek
// Protocol", "trilateral statement") and anaphors ("the pact") that may point back to one.
// Every pattern is a fixed alternation or a bounded repetition, so matching stays linear
// in the sentence length.

import type { Sentence } from '../../types.js';
import type { Catalogue } from './catalogue.js';

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

const DEAL = '(?:deal|agreement|accord|pact|statement|declaration|arrangement)';
const WAR = '(?:war|conflict|fighting|hostilities|clashes|offensive|bloodshed|violence|shooting|firing)';
const ENDED = '(?:ended|halted|stopped|brought\\s+an\\s+end\\s+to|put\\s+an\\s+end\\s+to|froze|paused|concluded)';
/** the deal as the subject that stops the fighting: "the joint statement … stops the shooting" */
const STOPS = '(?:stops|stopped|halts|halted|ends|ended|freezes|froze|brings\\s+an\\s+end\\s+to|brought\\s+an\\s+end\\s+to|puts\\s+an\\s+end\\s+to|put\\s+an\\s+end\\s+to)';
/** a third party that made the fighting stop: "due to mediation of Russia", "thanks to Moscow's intervention" */
const MEDIATION = '(?:mediation|brokering|intervention|good\\s+offices)';

const TERM = /\b(?:(?:cease[- ]?fires?|truces?|armistices?)(?:\s+(?:agreements?|deals?|accords?|regimes?|pacts?|declarations?|statements?|protocols?|arrangements?))?|(?:cessation|halt|suspension)\s+(?:of|to)\s+(?:the\s+)?(?:all\s+)?(?:hostilities|fighting|fire|military\s+(?:operations|actions)))\b/giu;

const ENDED_WAR = [
  // "the deal that ended the conflict", "an agreement which finally halted the six-week war"
  new RegExp(`\\b${DEAL}s?\\s+(?:that|which)\\s+(?:(?:had|has|have|finally|effectively|eventually|formally)\\s+){0,2}${ENDED}\\s+(?:[\\w'’-]+\\s+){0,4}?${WAR}\\b`, 'giu'),
  // "the agreement ending the war", "a deal to end the fighting"
  new RegExp(`\\b${DEAL}\\s+(?:ending|to\\s+end|to\\s+halt|that\\s+ends)\\s+(?:[\\w'’-]+\\s+){0,4}?${WAR}\\b`, 'giu'),
  // "The fighting ended with a Russian-brokered agreement", "the war was halted by a Moscow-mediated deal"
  new RegExp(`\\b${WAR}\\s+(?:was\\s+|were\\s+)?(?:ended|halted|stopped|ceased|concluded|ending|stopping)\\s+(?:(?:only|finally|eventually|effectively)\\s+)?(?:with|by|under|in)\\s+(?:a|an|the)\\s+(?:[\\w.'’-]+\\s+){0,4}?${DEAL}\\b`, 'giu'),
  // "the joint statement of the three leaders stops the shooting completely"
  new RegExp(`\\b(?:joint\\s+|trilateral\\s+|tripartite\\s+)?${DEAL}\\s+(?:[\\w'’,-]+\\s+){0,12}?${STOPS}\\s+(?:(?:the|all|further)\\s+)?(?:[\\w'’-]+\\s+){0,2}?${WAR}\\b`, 'giu'),
  // "the fighting in the border area was stopped by the evening due to mediation of Russia"
  new RegExp(`\\b${WAR}\\s+(?:[\\w'’-]+\\s+){0,5}?(?:was|were|had\\s+been)\\s+(?:stopped|halted|ended)\\b(?:\\s+[\\w'’-]+){0,5}?\\s+(?:due\\s+to|thanks\\s+to|through|with|after|by)\\s+(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?${MEDIATION}\\b`, 'giu'),
];

// A deal named by the day it was made: "the statement of 9 November 2020", "the agreement
// reached on April 5, 2016 in Moscow", "the agreement which on April 5 was reached". Only the
// connective words are matched; the day itself is read by the dates module, and the mention
// cites something only when that day is a catalogued truce's.
const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DAY_AHEAD = `(?=(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}|${MONTH_WORD}\\s+\\d{1,2}\\b))`;
const DATED_DEAL = new RegExp(`\\b(?:(?:joint|trilateral|tripartite)\\s+)?(?:statement|agreement|deal|accord|declaration|protocol|document|arrangement)s?\\s+(?:(?:(?:which|that)\\s+)?(?:(?:was|were|had\\s+been|has\\s+been)\\s+)?(?:signed|agreed|reached|adopted|announced|concluded|struck)\\s+(?:on\\s+)?|of\\s+|dated\\s+|(?:which|that)\\s+on\\s+)${DAY_AHEAD}`, 'giu');

// The same with the day written first: "the Nov. 9 deal", "the 10 November 2020 statement",
// "April 5's agreement". The mention is the deal word; the day before it is its tight date.
const DAY_BEFORE_DEAL = new RegExp(`\\b(?:${MONTH_WORD}\\s+\\d{1,2}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_WORD})(?:,?\\s+\\d{4})?(?:['’]s)?\\s+(?:(?:trilateral|tripartite|joint|peace)\\s+)?((?:statement|agreement|deal|accord|declaration|document)s?)\\b`, 'giu');

const BROKERED_DEAL = new RegExp(`\\b[\\p{L}.]+-(?:brokered|mediated)\\s+(?:peace\\s+)?${DEAL}\\b`, 'giu');

// Singular only: "agreements reached in talks" are not a truce taken up again.
const ANAPHOR = /\b(?:the|this|that)\s+(?:pact|agreement|deal|accord|arrangement)\b(?!\s+(?:on|to|with|between|by|for|of)\b)/giu;

/** a negation right before an indefinite truce word ("not respected the truce" is a claim, not a negation) */
const NEGATED = /\b(?:no|without|(?:not|never)\s+(?:\p{L}+\s+)?(?:a|an|any))\s+(?:[\p{L}-]+\s+)?$/iu;

const TERM_WORD = /\b(?:cease[- ]?fires?|truces?|armistices?)\b/i;

const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'current', 'existing']);
const INDEFINITE = new Set(['a', 'an', 'another', 'any', 'new', 'no', 'some', 'fresh']);
const PLURALISERS = /\b(?:several|multiple|two|three|four|many|repeated|successive|series\s+of)\s+(?:[\w-]+\s+){0,2}$/i;

/** Every ceasefire mention of one sentence, in text order, without overlaps. */
export function findMentions(s: Sentence, catalogue: Catalogue): CeasefireMention[] {
  const found: { start: number; end: number; form: MentionForm; aliasOf?: string }[] = [];
  const add = (re: RegExp, form: MentionForm) => {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) found.push({ start: m.index, end: m.index + m[0].length, form });
  };
  add(TERM, 'term');
  for (const re of ENDED_WAR) add(re, 'ended-war');
  add(BROKERED_DEAL, 'brokered-deal');
  add(DATED_DEAL, 'dated-deal');
  DAY_BEFORE_DEAL.lastIndex = 0;
  for (let m = DAY_BEFORE_DEAL.exec(s.text); m; m = DAY_BEFORE_DEAL.exec(s.text)) {
    const end = m.index + m[0].length;
    found.push({ start: end - m[1].length, end, form: 'dated-deal' });
  }
  const aliases = aliasPatterns(catalogue);
  for (const { entry, re } of aliases.gate.test(s.text) ? aliases.patterns : []) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) found.push({ start: m.index, end: m.index + m[0].length, form: 'alias', aliasOf: entry });
  }
  add(ANAPHOR, 'anaphor');

  // Longer and stronger forms first; a later match overlapping a kept one is the same mention.
  const rank: Record<MentionForm, number> = { alias: 0, 'ended-war': 1, term: 2, 'brokered-deal': 3, 'dated-deal': 4, anaphor: 5 };
  found.sort((a, b) => rank[a.form] - rank[b.form] || b.end - b.start - (a.end - a.start));
  const kept: typeof found = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  kept.sort((a, b) => a.start - b.start);

  return kept.map((f) => {
    const text = s.text.slice(f.start, f.end);
    const before = s.text.slice(Math.max(0, f.start - 60), f.start);
    return {
      sentence: s,
      start: s.start + f.start,
      end: s.start + f.end,
      form: f.form,
      plural: /s$/i.test(text.replace(/\s+(?:regime|line)$/i, '')) && !/\b(?:hostilities|clashes|fighting)$/i.test(text) || PLURALISERS.test(before),
      determiner: determinerOf(before),
      negated: f.form === 'term' && NEGATED.test(before),
      ...(f.aliasOf ? { aliasOf: f.aliasOf } : {}),
    };
  });
}

/** The determiner of the noun phrase that ends where `before` ends: "the Russian-brokered" → definite. */
export function determinerOf(before: string): CeasefireMention['determiner'] {
  const words = before.split(/\s+/).filter(Boolean);
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
    const raw = words[i];
    if (/[.,;:!?()"“”]$/.test(raw)) break;
    const w = raw.toLowerCase();
    if (/['’]s$/.test(w)) return 'definite';
    if (DEFINITE.has(w)) return 'definite';
    if (INDEFINITE.has(w)) return 'indefinite';
    if (/^(?:to|of|on|in|for|with|by|from|and|or|that|which|as|at)$/.test(w)) break;
  }
  return 'none';
}

interface AliasPatterns {
  patterns: { entry: string; re: RegExp }[];
  /**
   * The longest word of every alias, as one alternation with the patterns' own flags: a
   * sentence without any of them cannot match any alias, and most sentences have none, so
   * the patterns are run only where the gate opens (the same matches, a fraction of the scans).
   */
  gate: RegExp;
}

const aliasCache = new WeakMap<Catalogue, AliasPatterns>();

/**
 * Catalogue names that hold no ceasefire word ("Bishkek Protocol", "trilateral statement") are
 * mentions in their own right; names with one ("1994 ceasefire") are found as terms and
 * recognised as aliases when the term is resolved.
 */
function aliasPatterns(catalogue: Catalogue): AliasPatterns {
  let cached = aliasCache.get(catalogue);
  if (!cached) {
    const patterns: AliasPatterns['patterns'] = [];
    const keys = new Set<string>();
    for (const e of catalogue.entries) {
      for (const alias of e.entry.aliases ?? []) {
        if (TERM_WORD.test(alias)) continue;
        const words = alias.split(/[\s-]+/).filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
        if (!words.length) continue;
        patterns.push({ entry: e.entry.id, re: new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[\\s-]+')}(?![\\p{L}\\p{N}])`, 'giu') });
        keys.add(words.reduce((a, b) => (b.length > a.length ? b : a)));
      }
    }
    // no alias at all: a gate that never opens
    const gate = keys.size ? new RegExp([...keys].join('|'), 'iu') : /(?!)/;
    cached = { patterns, gate };
    aliasCache.set(catalogue, cached);
  }
  return cached;
}
