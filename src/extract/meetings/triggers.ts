import { ELLIPSIS_PREDICATES, NARROWER_CUES, NARROWER_REACH, TRIGGERS, type TriggerSpec } from './lexicon-triggers.js';
import { wordsAt, type Tok } from './tokens.js';

export interface TriggerMatch {
  spec: TriggerSpec;
  /** token range */
  first: number;
  last: number;
}

const BY_FIRST = new Map<string, TriggerSpec[]>();
for (const t of TRIGGERS) {
  const list = BY_FIRST.get(t.words[0]) ?? [];
  list.push(t);
  BY_FIRST.set(t.words[0], list);
}
for (const list of BY_FIRST.values()) list.sort((a, b) => b.words.length - a.words.length);
const MEETING_NOUN = TRIGGERS.find((t) => t.kind === 'noun' && t.words.join(' ') === 'meeting')!;

// Before "meeting", these make it a noun ("the meeting", "their first meeting") ...
const NOUN_BEFORE = new Set(['a', 'an', 'the', 'this', 'that', 'these', 'their', 'his', 'her', 'its', 'our', "'s", "'", 'another', 'no', 'any', 'every']);
// ... and these a verb ("after first meeting the two rivals", "is meeting", "Erdogan meeting both").
const VERB_BEFORE = new Set(['first', 'also', 'after', 'before', 'while', 'when', 'by', 'on', 'upon', 'then', 'without', 'since', 'is', 'are', 'was', 'were', 'be', 'been', 'not', 'already', 'later', 'separately', 'recently', 'again', 'for', 'of']);

/** Meeting phrasings in a sentence, longest first at each token, never inside quotation marks. */
export function findTriggers(tokens: Tok[], personEnds: Set<number>): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].quoted || tokens[i].punct) continue;
    const specs = BY_FIRST.get(tokens[i].low);
    if (!specs) continue;
    let spec = specs.find((s) => wordsAt(tokens, i, s.words) && (!s.elliptic || elliptic(tokens, i, s.words.length))
      && (!s.narrower || narrower(tokens, i + s.words.length)));
    if (!spec) continue;
    if (spec.kind === 'verb' && spec.words[0] === 'meeting' && meetingIsNoun(tokens, i, personEnds)) spec = MEETING_NOUN;
    // "the latest of which took place in Kazan": the meeting is the relative clause's subject, read in that clause
    const first = spec.elliptic && spec.words[spec.words.length - 1] === 'which' ? i + spec.words.length - 1 : i;
    out.push({ spec, first, last: i + spec.words.length - 1 });
    i += spec.words.length - 1;
  }
  return out;
}

/** "the previous one took place", "the first was held": after 'the', before a predicate of taking place. */
function elliptic(tokens: Tok[], i: number, length: number): boolean {
  return tokens[i - 1]?.low === 'the' && ELLIPSIS_PREDICATES.some((p) => wordsAt(tokens, i + length, p));
}

/** "continued alone", "carried on on Thursday without her": a narrower cue a few words on, in the clause. */
function narrower(tokens: Tok[], from: number): boolean {
  for (let i = from; i < tokens.length && i - from <= NARROWER_REACH && tokens[i].clause === tokens[from - 1].clause; i++) {
    // "carried on without her", "without Macron"; not "continued without a deal"
    if (tokens[i].low === 'without') return WITHOUT_PEOPLE.has(tokens[i + 1]?.low ?? '') || tokens[i + 1]?.cap === true;
    if (NARROWER_CUES.some((c) => wordsAt(tokens, i, c))) return true;
  }
  return false;
}

/** Pronouns for the people left out of a smaller meeting ("carried on without her"). */
const WITHOUT_PEOPLE = new Set(['him', 'her', 'them']);

/** "meeting" is a noun after a determiner or an adjective, a verb after a person or an adverb. */
function meetingIsNoun(tokens: Tok[], i: number, personEnds: Set<number>): boolean {
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (personEnds.has(i - 1) || ['they', 'he', 'she', 'we'].includes(prev.low)) return false;
  if (NOUN_BEFORE.has(prev.low)) return true;
  if ((prev.low === 'first' || prev.low === 'last') && NOUN_BEFORE.has(tokens[i - 2]?.low ?? '')) return true;
  if (VERB_BEFORE.has(prev.low) || prev.low === ',') return false;
  return true;
}
