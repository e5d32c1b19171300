import { absorb, compatible, inPerson, type Candidate } from './candidate.js';

// "The co-chairs took part in the talks", "the meeting began with the participation of X",
// "the two foreign ministers also took part": reports that bring more people to the meeting the
// text has just told. They join the latest in-person meeting of a few sentences before that fits.
// A part of that meeting told apart ("the presidents first spoke tete-a-tete", "before the talks X
// had breakfast with Y") takes its place and day now, before a later meeting of the same people
// with a place and day of its own ("they had met in Zurich in January") could claim it.

/** How many sentences back the meeting joined may have been told. */
const JOIN_LOOKBACK = 4;
/** How many meetings told are looked back at: a sentence of a thousand meetings stays linear. */
const MAX_BACK = 64;

export function joinTold(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n];
    // "Putin, joined by Lavrov, met Bayramov": the meeting joined is the one its own sentence goes on to tell
    const after = c.joins ? laterInSentence(candidates, n) : undefined;
    if (after) {
      for (const k of c.keys) if (!after.keys.includes(k)) after.keys.push(k);
      continue;
    }
    if (!c.joins) {
      if ((c.separate || c.also) && (!c.place || !c.date)) partOfTold(out, c);
      if (c.separate) pairedApart(out, c);
      out.push(c);
      continue;
    }
    // "X refused to take part", "Y never attended": nobody joins
    const target = c.status === 'not-held' ? undefined : latestTold(out, c);
    if (target && c.expanded && c.keys.some((k) => !target.keys.includes(k))) {
      // the larger format is a meeting of its own, with the narrow part's people and the ones who joined
      const larger: Candidate = { ...target, keys: [...new Set([...target.keys, ...c.keys])], mediators: [...target.mediators], evidence: [...target.evidence], sentences: [...target.sentences], joins: false, expanded: false };
      absorb(larger, { ...c, status: target.status, strong: false });
      target.separate = true;
      out.push(larger);
    } else if (target) {
      for (const k of c.keys) if (!target.keys.includes(k)) target.keys.push(k);
      absorb(target, { ...c, status: target.status, strong: false });
    } else if (c.keys.length >= 2) {
      out.push(c);
    }
  }
  return out;
}

/**
 * The first report after candidate `n` in its sentence that is no joining one, when it shares one
 * of the joining report's people (its subject), lacks another (the ones who join) and has one of
 * its own (the people met).
 */
function laterInSentence(candidates: Candidate[], n: number): Candidate | undefined {
  const c = candidates[n];
  const sentence = c.sentences[0];
  for (let m = n + 1; m < candidates.length && candidates[m].sentences[0] === sentence; m++) {
    const later = candidates[m];
    if (!later.joins) {
      const shared = later.keys.filter((k) => c.keys.includes(k)).length;
      return shared > 0 && shared < c.keys.length && shared < later.keys.length ? later : undefined;
    }
  }
  return undefined;
}

/** The meetings told before `c` that it may join or be part of, latest first: JOIN_LOOKBACK sentences, MAX_BACK meetings back at most. */
function* toldBefore(told: Candidate[], c: Candidate): Generator<Candidate> {
  const at = Math.min(...c.sentences);
  for (let i = told.length - 1; i >= 0 && told.length - i <= MAX_BACK; i--) {
    if (at - Math.max(...told[i].sentences) > JOIN_LOOKBACK) return;
    yield told[i];
  }
}

function latestTold(told: Candidate[], c: Candidate): Candidate | undefined {
  for (const t of toldBefore(told, c)) {
    // the narrow part is the one a larger format grows from ("talked one on one and were then joined by X")
    if ((t.separate && !c.expanded) || t.mode === 'phone' || t.keys.length < 2 || !compatible(t, { ...c, strong: false })) continue;
    return t;
  }
  return undefined;
}

/** A part told apart takes the place and day of the held meeting of all its people just told. */
function partOfTold(told: Candidate[], c: Candidate): void {
  if (c.status !== 'held' || !inPerson(c) || c.otherOccasion) return;
  for (const t of toldBefore(told, c)) {
    if (t.separate || t.status !== 'held' || !inPerson(t) || !c.keys.every((k) => t.keys.includes(k))) continue;
    if (!compatible(t, c)) return;
    c.place ??= t.place;
    c.date ??= t.date;
    return;
  }
}

/**
 * "X sat down with the co-chairs first. Y then held a separate session with the same diplomats":
 * the meeting before with the same others and another principal was apart as well, not a part of
 * the joint session that may follow.
 */
function pairedApart(told: Candidate[], c: Candidate): void {
  for (const t of toldBefore(told, c)) {
    const shared = t.keys.filter((k) => c.keys.includes(k)).length;
    if (t.separate || shared < 2 || shared === t.keys.length || shared === c.keys.length) continue;
    if (compatible(t, c)) t.separate = true;
    return;
  }
}
