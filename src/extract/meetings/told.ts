import { wordShortlyBefore, type Tok } from './tokens.js';
import type { TriggerMatch } from './triggers.js';
import type { Arguments } from './arguments.js';
import type { ArticleScope } from './scope.js';
import type { Candidate } from './candidate.js';
import { SERIES_WORDS } from './lexicon-lists.js';
import { CALLING_VERBS, DEFINITE, NOUN_ATTACHERS, URGING_VERBS } from './lexicon-triggers.js';

// Mentions that point to the meeting just told rather than name people: "the previous one took
// place in Sochi", "the next meeting in the five-party format", "at talks hosted by X" after a
// meeting verb; and a call to meet ("urged both leaders to meet"), which is no meeting at all.

/**
 * "the next meeting in the five-party format", "previous meeting ... was held in Chisinau": a
 * meeting noun with no people of its own, placed in a series by the word before it.
 */
export function seriesNoun(tokens: Tok[], tr: TriggerMatch, args: Arguments): boolean {
  if (tr.spec.kind !== 'noun' || args.subject.length || args.object.length || NOUN_ATTACHERS.has(tokens[tr.last + 1]?.low ?? '')) return false;
  return wordShortlyBefore(tokens, tr.first, 2, SERIES_WORDS);
}

/** A verb's subject that is the object of a call to meet: "urged X and Y (in letters) to meet", "called on X to sit down". */
export function urgedTo(tokens: Tok[], tr: TriggerMatch, args: Arguments): boolean {
  if (tr.spec.kind !== 'verb' || tokens[tr.first - 1]?.low !== 'to' || !args.subject.length) return false;
  const at = args.subject[0].first;
  const before = tokens[at - 1]?.low ?? '';
  if (URGING_VERBS.has(before)) return true;
  return (before === 'on' || before === 'upon' || before === 'to') && (CALLING_VERBS.has(tokens[at - 2]?.low ?? '') || URGING_VERBS.has(tokens[at - 2]?.low ?? ''));
}

/** How many sentences back the meeting an elliptic mention points to may have been told. */
const ELLIPSIS_LOOKBACK = 3;

/** The people of the latest meeting told a few sentences back, or null. */
export function recentlyTold(scope: ArticleScope, sentence: number): string[] | null {
  return scope.told && sentence - scope.told.sentence <= ELLIPSIS_LOOKBACK ? scope.told.keys : null;
}

/** "the meeting", "The Kazan summit", "this meeting": a meeting noun after a definite determiner. */
export function definiteNoun(tokens: Tok[], tr: TriggerMatch): boolean {
  return wordShortlyBefore(tokens, tr.first, 3, DEFINITE);
}


/**
 * A bare talks noun after 'at' ("at talks hosted by X", "at a meeting chaired by Y") in the clause
 * of a meeting verb told just before it: the occasion of that meeting, not another one. A summit or
 * conference is a setting of its own ("met at a summit hosted by Z": Z hosted the summit).
 */
export function occasionNoun(tokens: Tok[], tr: TriggerMatch, out: Candidate[]): boolean {
  if (!OCCASION_NOUNS.has(tokens[tr.last].low) || !out.length) return false;
  const told = out[out.length - 1];
  for (let i = tr.first - 1; i >= 0 && tr.first - i <= 3; i--) {
    if (tokens[i].low === 'at') return tokens[i].outerClause === tokens[tr.first].outerClause && told.evidence[0].start <= tokens[i].start;
    if (tokens[i].punct) return false;
  }
  return false;
}
const OCCASION_NOUNS = new Set(['talks', 'meeting', 'negotiations', 'session', 'consultations']);
