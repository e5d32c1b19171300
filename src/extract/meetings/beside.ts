import type { Tok } from './tokens.js';
import type { TriggerMatch } from './triggers.js';
import { clauseStart } from './lists.js';
import { wordsAt } from './tokens.js';

// "Before the meeting, X had a working breakfast with the co-chairs", "After the talks X received
// Y": a meeting told against another one, named by its noun at the clause's start, is a meeting
// of its own besides that one (merge.ts keeps it apart and gives it the occasion's place and day).
// So is a meal with someone ("X had a working dinner with the co-chairs"): a sitting apart from the talks, even
// when the same people also sat at them.

const BESIDE = [['before'], ['after'], ['ahead', 'of'], ['prior', 'to'], ['following'], ['on', 'the', 'eve', 'of']];
const POINTERS = new Set(['the', 'this', 'that']);

/** Is the trigger at `n` preceded, in its clause, by "before the meeting" naming an earlier trigger? */
export function besideAnother(tokens: Tok[], triggers: TriggerMatch[], n: number): boolean {
  const tr = triggers[n];
  const from = clauseStart(tokens, tr.first);
  for (let m = n - 1; m >= 0 && triggers[m].first >= from; m--) {
    const other = triggers[m];
    if (other.spec.kind !== 'noun' || !POINTERS.has(tokens[other.first - 1]?.low ?? '')) continue;
    const at = other.first - 1;
    if (BESIDE.some((w) => at - w.length >= from && wordsAt(tokens, at - w.length, w))) return true;
  }
  return false;
}

/** Meal nouns: a sitting of its own. */
const MEALS = new Set(['breakfast', 'lunch', 'dinner', 'luncheon', 'supper']);

/** Is the trigger a meal ("a working dinner")? */
export function mealNoun(tokens: Tok[], tr: TriggerMatch): boolean {
  return tr.spec.kind === 'noun' && MEALS.has(tokens[tr.last].low);
}

export const TETE = new Set(['tete', 'tête']);

/** Is the trigger a tete-a-tete: the principals alone, apart from a larger format others join? */
export function teteNoun(tokens: Tok[], tr: TriggerMatch): boolean {
  return tr.spec.kind === 'noun' && TETE.has(tokens[tr.first].low);
}

/** "in a tete-a-tete format", "in a trilateral meeting format": the noun names a format, not a meeting of its own. */
export function formatNoun(tokens: Tok[], tr: TriggerMatch): boolean {
  return tr.spec.kind === 'noun' && FORMAT_WORDS.has(tokens[tr.last + 1]?.low ?? '');
}
const FORMAT_WORDS = new Set(['format', 'formats']);

/**
 * Words that tell the narrow part of a meeting in two parts, the principals alone and then a
 * larger format: people who join in the same sentence join the larger part, and the narrow part
 * stays a meeting of its own.
 */
const NARROW_CUES = [
  'tete a tete', 'one on one', 'narrow format', 'narrow composition', 'restricted format', 'limited format', 'continued alone', 'privately',
  'in private', 'alone first', 'first alone',
];

/** Does the sentence tell the narrow part of a meeting in two formats? */
export function inPhases(tokens: Tok[]): boolean {
  const text = ` ${tokens.filter((t) => t.text !== '-').map((t) => t.low).join(' ')} `;
  return NARROW_CUES.some((c) => text.includes(` ${c} `));
}

/** Nouns of an event around meetings rather than a meeting: its host is not the host of the meeting at it. */
const EVENT_NOUNS = new Set(['summit', 'summits', 'conference', 'forum']);
const SETTING_PREPOSITIONS = new Set(['at', 'during']);

/** "at talks hosted by X", "during a dinner given by Y": a meeting noun with no people of its own, after 'at' or 'during'. */
export function settingNoun(tokens: Tok[], tr: TriggerMatch, objects: number, governor: number | null): boolean {
  return tr.spec.kind === 'noun' && !objects && governor !== null && SETTING_PREPOSITIONS.has(tokens[governor].low) && !EVENT_NOUNS.has(tokens[tr.last].low);
}

/** Words that say who met without the others, not that each met apart. */
const ALONE = new Set(['alone', 'privately']);
/** Words that say each met apart. */
const EACH_APART = new Set(['separately', 'individually', 'each', 'turn', 'respectively']);
/** How far after the trigger the manner is read. */
const MANNER_REACH = 12;

/**
 * "the three EU leaders met Pashinyan alone": the people met without the others, one meeting of
 * them all, not one per leader (as "met Pashinyan separately" would be).
 */
export function onlyAlone(tokens: Tok[], from: number): boolean {
  let alone = false;
  for (let i = from; i < tokens.length && i - from < MANNER_REACH && tokens[i].clause === tokens[from - 1].clause; i++) {
    if (EACH_APART.has(tokens[i].low)) return false;
    alone ||= ALONE.has(tokens[i].low);
  }
  return alone;
}
