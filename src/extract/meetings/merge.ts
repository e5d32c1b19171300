import { absorb, compatible, isProperSubset, sameSet, type Candidate } from './candidate.js';

/**
 * One article's reports of meetings → its meetings. A meeting told in several sentences is one:
 *  1. reports with the same participants and compatible circumstances merge;
 *  2. a report naming only some of a larger meeting's people ("the leaders met", "the summit
 *     with Pashinyan and Aliyev") is part of it, unless the text marks it as separate, as an
 *     addition ("Kerry also met Lavrov") or as another occasion;
 *  3. separate meetings ("met both presidents separately") take the occasion's place and date
 *     when they have none of their own.
 */
export function mergeCandidates(candidates: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (const c of candidates) {
    const same = merged.find((m) => sameSet(m.keys, c.keys) && compatible(m, c));
    if (same) {
      same.separate ||= c.separate;
      same.also ||= c.also;
      same.otherOccasion &&= c.otherOccasion;
      absorb(same, c);
    } else {
      merged.push({ ...c, keys: [...c.keys], mediators: [...c.mediators], sentences: [...c.sentences], evidence: [...c.evidence] });
    }
  }
  const kept: Candidate[] = [];
  for (const m of merged) {
    const whole = m.separate || m.also || m.otherOccasion ? undefined : occasionOf(m, merged);
    if (whole) absorb(whole, m);
    else kept.push(m);
  }
  inheritOccasion(kept);
  return kept;
}

/** Separate meetings take the occasion's place and date when they have none of their own. */
export function inheritOccasion(kept: Candidate[]): void {
  for (const m of kept) {
    if (!(m.separate || m.also) || (m.place && m.date)) continue;
    const whole = occasionOf(m, kept);
    if (!whole) continue;
    m.place ??= whole.place;
    m.date ??= whole.date;
    if (!m.strong) { m.status = whole.status; m.strong = whole.strong; }
  }
}

/** The largest compatible meeting whose participants include all of this one's. */
function occasionOf(m: Candidate, all: Candidate[]): Candidate | undefined {
  let best: Candidate | undefined;
  for (const o of all) {
    if (o === m || o.separate || !isProperSubset(m.keys, o.keys) || !compatible(m, o)) continue;
    if (!best || o.keys.length > best.keys.length) best = o;
  }
  return best;
}
