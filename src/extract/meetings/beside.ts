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

const TETE = new Set(['tete', 'tête']);

/** Is the trigger a tete-a-tete: the principals alone, apart from a larger format others join? */
export function teteNoun(tokens: Tok[], tr: TriggerMatch): boolean {
  return tr.spec.kind === 'noun' && TETE.has(tokens[tr.first].low);
}
