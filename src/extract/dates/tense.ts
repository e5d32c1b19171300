// Tense decides which way an underspecified date points (HeidelTime's rule): "met on Monday"
// looks back from the article date, "will meet on Monday" looks forward. News copy is past
// unless a cue says otherwise. Cues are words, found by one pass over tokens.

import { tokenize, type Token } from './tokens.js';

/** 'unknown': no verb cues a tense ("The record date is Nov. 9" has none we read): the nearest reading. */
export type Tense = 'past' | 'present' | 'future' | 'unknown';

/** The tense of a whole sentence: future with a future cue, present for a present progressive, else past. */
export function sentenceTense(sentence: string): Tense {
  const T = tokenize(sentence);
  return tenseCue(T, 0, T.length) ?? 'past';
}

/** Tense of the sentence given as tokens; 'unknown' when nothing cues one. */
export function tokensTense(T: Token[]): Tense {
  return tenseCue(T, 0, T.length) ?? 'unknown';
}

const BE_PRESENT = new Set(['is', 'are', 'am']);
const BE_TO = new Set(['due', 'expected', 'set', 'going', 'scheduled', 'slated', 'poised', 'likely', 'planned', 'supposed']);
const PLAN_TO = new Set(['plan', 'plans', 'planning', 'intend', 'intends', 'intending', 'aim', 'aims', 'expected', 'hopes', 'hope']);
const FUTURE_WORDS = new Set(['upcoming', 'forthcoming', 'scheduled', 'slated', 'tomorrow']);
/** "political will", "the will of the people": the noun, not the modal */
const WILL_NOUN_BEFORE = new Set(['the', 'political', 'good', 'free', 'ill', 'own', 'popular', 'his', 'her', 'their', 'its', 'a', 'strong', 'people', 's']);

const PAST_WORDS = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'met', 'held', 'took', 'came', 'began', 'broke', 'fought', 'saw',
  'went', 'made', 'gave', 'sent', 'lost', 'left', 'led', 'struck', 'shot', 'brought', 'sat', 'spoke', 'wrote',
  'ago', 'stood', 'became', 'felt', 'fell', 'flew', 'got', 'hit', 'knew', 'laid', 'meant', 'ran', 'rose', 'sought',
  'thought', 'won', 'withdrew', 'drew', 'began', 'kept', 'put', 'set', 'spent', 'overran', 'retook', 'shook',
]);
/** -ed words that point forward or are mere adjectives of planning */
const NOT_PAST = new Set(['scheduled', 'expected', 'planned', 'slated', 'proposed', 'intended', 'supposed', 'anticipated', 'need', 'indeed', 'speed', 'united', 'red', 'bed', 'seed', 'feed', 'hundred', 'armed', 'disputed', 'unrecognized', 'unrecognised']);

/** A future cue at token k ("will", "'ll", "won't", "is to", "is due to", "plans to", "ahead of", "next", "upcoming", "to be held"). */
export function futureCueAt(T: Token[], k: number, wouldIsFuture = false): boolean {
  const t = T[k];
  if (t.kind !== 'word') return false;
  const w = t.lower;
  const next = k + 1 < T.length && T[k + 1].kind === 'word' ? T[k + 1].lower : null;
  // "said talks would take place on Monday": future seen from the saying; "would have" is not
  if (w === 'would' && wouldIsFuture) return next !== 'have';
  // "is planned for January", "talks scheduled for Nov. 4"
  if ((w === 'planned' || w === 'scheduled' || w === 'slated' || w === 'set' || w === 'due') && next === 'for') return true;
  if (w === 'will' || w === 'shall') {
    const prev = k > 0 && T[k - 1].kind === 'word' ? T[k - 1].lower : null;
    return !(prev !== null && WILL_NOUN_BEFORE.has(prev)) && next !== 'of' && next !== 'to';
  }
  if (w === 'll' && k > 0 && !t.spaced && "'\u2019".includes(T[k - 1].text)) return true;
  if (w === 'won' && k + 2 < T.length && !T[k + 1].spaced && "'\u2019".includes(T[k + 1].text) && T[k + 2].lower === 't') return true;
  if (FUTURE_WORDS.has(w)) return true;
  if (w === 'next') {
    const prev = k > 0 && T[k - 1].kind === 'word' ? T[k - 1].lower : null;
    return next !== 'to' && prev !== 'the';
  }
  if (w === 'ahead' && next === 'of') return true;
  if (BE_PRESENT.has(w) && next === 'to') return true;
  if (BE_PRESENT.has(w) && next !== null && BE_TO.has(next) && k + 2 < T.length && T[k + 2].lower === 'to') return true;
  if (PLAN_TO.has(w) && next === 'to') return true;
  // "talks set to resume Monday", "a vote due to take place": a plan, with or without "is"
  if (BE_TO.has(w) && w !== 'going' && w !== 'likely' && next === 'to' && k + 2 < T.length && T[k + 2].kind === 'word' && !(w === 'due' && causeAfterTo(T[k + 2].lower))) {
    // "had been due to expire Friday", "was scheduled to open Monday": a plan of the past
    const prev = k > 0 && T[k - 1].kind === 'word' ? T[k - 1].lower : null;
    return prev !== 'been' && prev !== 'had' && prev !== 'was' && prev !== 'were';
  }
  if (w === 'to' && next === 'be' && k + 2 < T.length && (T[k + 2].lower === 'held' || T[k + 2].lower === 'signed')) return true;
  return false;
}

/**
 * "due to the mediation", "due to bad weather", "due to mediation of Russia": 'due to' of a cause,
 * not of a plan. Only 'due' has that reading: "set to implement", "expected to commence" are plans.
 */
function causeAfterTo(w: string): boolean {
  return DETERMINERS.has(w) || NOUN_ENDING.test(w);
}
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'lack', 'bad', 'poor', 'heavy', 'technical', 'security', 'health', 'scheduling', 'objections', 'disagreements']);
const NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ance|ence|ties|ions)$/;

function pastCueAt(T: Token[], k: number): boolean {
  const t = T[k];
  if (t.kind !== 'word') return false;
  const w = t.lower;
  // "will be held", "to be signed": a participle after 'be' takes its tense from the words before
  const prev = k > 0 && T[k - 1].kind === 'word' ? T[k - 1].lower : null;
  if (prev === 'be' || prev === 'being') return false;
  if (PAST_WORDS.has(w)) return true;
  return w.length > 4 && w.endsWith('ed') && !NOT_PAST.has(w);
}

function presentCueAt(T: Token[], k: number): boolean {
  const w = T[k].lower;
  if (!BE_PRESENT.has(w) || k + 1 >= T.length) return false;
  const next = T[k + 1];
  return next.kind === 'word' && next.lower.length > 4 && next.lower.endsWith('ing') && next.lower !== 'going';
}

/** The tense cued in tokens [from, to), or null when nothing cues one. Future beats present beats past. */
export function tenseCue(T: Token[], from: number, to: number, wouldIsFuture = false): Tense | null {
  let present = false;
  let past = false;
  for (let k = from; k < to; k++) {
    if (T[k].kind !== 'word') continue;
    if (futureCueAt(T, k, wouldIsFuture)) return 'future';
    if (presentCueAt(T, k)) present = true;
    else if (!past && pastCueAt(T, k)) past = true;
  }
  return present ? 'present' : past ? 'past' : null;
}

const BOUNDARY_WORDS = new Set(['that', 'but', 'while', 'whereas', 'although', 'though', 'because', 'said', 'says', 'told', 'which', 'who', 'when', 'as']);
const BOUNDARY_PUNCT = ',;:()"\u201c\u201d\u2014';
/** How far the clause search looks, each way: keeps the cost per mention bounded on huge sentences. */
const CLAUSE_REACH = 40;
const NEAR_REACH = 2;

function isBoundary(t: Token): boolean {
  return t.kind === 'punct' ? BOUNDARY_PUNCT.includes(t.text) : BOUNDARY_WORDS.has(t.lower);
}

/**
 * The tense governing the expression at tokens [i0, i1): the verb just before it ("said on
 * Monday", "scheduled for Monday"), else its clause ("Putin, who met Aliyev on Monday, will…"),
 * else the sentence.
 */
export function tenseAround(T: Token[], i0: number, i1: number, sentence: Tense): Tense {
  let near = i0;
  for (let words = 0; near > 0 && words < NEAR_REACH; near--) {
    const t = T[near - 1];
    if (t.kind === 'punct' && BOUNDARY_PUNCT.includes(t.text)) break;
    if (t.kind === 'word') words++;
  }
  const cue = tenseCue(T, near, i0, true);
  if (cue) return cue;
  let a = i0;
  while (a > 0 && i0 - a < CLAUSE_REACH && !isBoundary(T[a - 1])) a--;
  let b = i1;
  while (b < T.length && b - i1 < CLAUSE_REACH && !isBoundary(T[b])) b++;
  const clause = tenseCue(T, a, b, true);
  if (clause) return clause;
  // "In his speech on Tuesday, Aliyev said Baku will …": what follows a reporting verb after
  // the date is reported speech; its tense is not the date's.
  for (let k = i1; k < T.length && k - i1 < CLAUSE_REACH; k++) {
    if (T[k].kind === 'word' && REPORTING.has(T[k].lower)) return tenseCue(T, 0, k) ?? 'past';
  }
  return sentence;
}

const REPORTING = new Set(['said', 'told', 'announced', 'stated', 'added', 'declared', 'reported', 'noted', 'wrote', 'tweeted', 'stressed', 'insisted', 'warned', 'claimed']);
