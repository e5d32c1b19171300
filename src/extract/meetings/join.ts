import { absorb, compatible, type Candidate } from './candidate.js';

// "The co-chairs took part in the talks", "the meeting began with the participation of X",
// "the two foreign ministers also took part": reports that bring more people to the meeting the
// text has just told. They join the latest in-person meeting of a few sentences before that fits.

/** How many sentences back the meeting joined may have been told. */
const JOIN_LOOKBACK = 4;

export function joinTold(candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (!c.joins) { out.push(c); continue; }
    const target = latestTold(out, c);
    if (target) {
      for (const k of c.keys) if (!target.keys.includes(k)) target.keys.push(k);
      absorb(target, { ...c, status: target.status, strong: false });
    } else if (c.keys.length >= 2) {
      out.push(c);
    }
  }
  return out;
}

function latestTold(told: Candidate[], c: Candidate): Candidate | undefined {
  const at = Math.min(...c.sentences);
  for (let i = told.length - 1; i >= 0; i--) {
    const t = told[i];
    if (at - Math.max(...t.sentences) > JOIN_LOOKBACK) return undefined;
    if (t.separate || t.mode === 'phone' || t.keys.length < 2 || !compatible(t, { ...c, strong: false })) continue;
    return t;
  }
  return undefined;
}
