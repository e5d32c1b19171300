import type { Item } from './references.js';
import type { SentenceView } from './coordination.js';
import { listAfter } from './lists.js';
import { OBJECT_FILLERS } from './lexicon-clauses.js';
import { NOUN_GOVERNORS, type SubjectRole } from './lexicon-triggers.js';

// Relative clauses after a meeting noun that name who held it: "the meeting Sullivan held at the
// White House with X", "the meeting Blinken hosted for A and B", "talks between A and B that
// Blinken was due to host".

/**
 * A relative clause right after a meeting noun (or its people) whose subject held, hosted or
 * mediated it: "the meeting [that] Sullivan held ...", "talks ... that Blinken was due to host".
 * `from` < 0: none.
 */
export function relativeAgent(view: SentenceView, from: number): { people: Item[]; verb: number; role: SubjectRole | 'participant' } | null {
  const { tokens, itemAt } = view;
  if (from < 0) return null;
  let i = from;
  if (tokens[i]?.low === 'that' || tokens[i]?.low === 'which') i++;
  // titles may come first ("the meeting National Security Advisor Jake Sullivan held")
  if (!tokens[i] || !(itemAt[i] >= 0 || tokens[i].cap || OBJECT_FILLERS.has(tokens[i].low))) return null;
  const people = listAfter(view, i);
  if (!people.length || people[0].first - i > RELATIVE_TITLE) return null;
  let v = people[people.length - 1].last + 1;
  for (let n = 0; n < 4 && tokens[v] && RELATIVE_AUX.has(tokens[v].low); n++) v++;
  const verb = tokens[v];
  if (!verb || !RELATIVE_VERBS.has(verb.low)) return null;
  return { people, verb: v, role: NOUN_GOVERNORS[verb.low] ?? 'participant' };
}
/** How many title words may come before a relative clause's subject. */
const RELATIVE_TITLE = 6;
/** Auxiliaries between a relative clause's subject and its verb ("was due to host", "had hosted"). */
const RELATIVE_AUX = new Set(['was', 'were', 'is', 'are', 'had', 'has', 'have', 'will', 'would', 'due', 'to', 'set', 'expected', 'also', 'personally', 'be']);
/** Verbs that make a relative clause's subject a meeting's participant, host or mediator. */
const RELATIVE_VERBS = new Set([
  'held', 'hold', 'holds', 'had', 'hosted', 'host', 'hosts', 'chaired', 'chair', 'mediated', 'mediate', 'brokered', 'broker', 'convened',
  'convene', 'organised', 'organized', 'facilitated', 'facilitate', 'attended', 'attend',
]);
