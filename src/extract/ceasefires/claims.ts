// What a sentence says of the ceasefire it mentions: agreed, called for, holding, violated
// (and who accuses whom), extended, or only mentioned. Read from the words around the
// mention, not the mention itself ("ceasefire agreement" says nothing about agreeing).

import type { CeasefireClaimKind } from '../../types.js';
import type { Knowledge } from '../../knowledge/index.js';
import type { EntityMention } from '../entities/index.js';
import { isMutual, sidesIn, type SideMention } from './sides.js';
import type { Doc } from '../../types.js';
import { tokenIndexAt, tokenIndexBefore } from '../../annotate/index.js';
import { firstMatch, matchAt, occursIn, type Pattern } from '../../annotate/pattern.js';
import type { CeasefireMention } from './mentions.js';
import { ACCUSES, AGREED, BY_AFTER_VIOLATION, CALLED_FOR, CLAUSE_BREAKS, EXTENDED, HOLDING, HOLDS_NOW, SAID, VIOLATED } from './phrases.js';

/** how far (characters) around a mention its claim words are looked for */
const CLAIM_REACH = 100;
/** how far (characters) before and after "accuses" a mutual accusation is looked for ("both sides accuse") */
const MUTUAL_BEFORE = 80;
const MUTUAL_AFTER = 30;

/**
 * The words around a mention that say something of it: tokens [before) and [after) of the Doc,
 * within its window (between its neighbouring mentions) and its clause, without the mention.
 */
export interface ClaimWords { before: [number, number]; after: [number, number] }

export function claimWords(doc: Doc, m: CeasefireMention, window: [number, number]): ClaimWords {
  const T = doc.tokens;
  let b0 = tokenIndexAt(T, Math.max(window[0], m.start - CLAIM_REACH));
  const b1 = tokenIndexAt(T, m.start);
  const a0 = tokenIndexAt(T, m.end);
  let a1 = tokenIndexBefore(T, Math.min(window[1], m.end + CLAIM_REACH));
  for (let i = b1 - 1; i >= b0; i--) if (CLAUSE_BREAKS.has(T[i].folded)) { b0 = i + 1; break; }
  for (let i = a0; i < a1; i++) if (CLAUSE_BREAKS.has(T[i].folded)) { a1 = i; break; }
  return { before: [b0, b1], after: [a0, Math.max(a0, a1)] };
}

/** True when the pattern occurs in the words before or after the mention. */
export function says(p: Pattern, doc: Doc, w: ClaimWords): boolean {
  return occursIn(p, doc.tokens, w.before[0], w.before[1]) || occursIn(p, doc.tokens, w.after[0], w.after[1]);
}

/** The kind of claim the words around a mention make; violations first: they matter most. */
export function claimKind(doc: Doc, w: ClaimWords): CeasefireClaimKind {
  if (says(VIOLATED, doc, w)) return 'violated';
  if (matchAt(HOLDS_NOW, doc.tokens, w.after[0], w.after[1])) return 'holding';
  if (says(EXTENDED, doc, w)) return 'extended';
  if (says(CALLED_FOR, doc, w)) return 'called-for';
  if (says(AGREED, doc, w)) return 'agreed';
  if (says(HOLDING, doc, w)) return 'holding';
  return 'mentioned';
}

/**
 * Who accuses whom of a violation, from the clause [start, end) of the text: "X accused Y of
 * violating", "both sides accuse the other", "Azerbaijani forces violated the truce, Armenia
 * said". Null where the text does not say.
 */
export function accusation(doc: Doc, start: number, end: number, mentions: EntityMention[], k: Knowledge): { accuser: string | null; accused: string | null } {
  const T = doc.tokens;
  const from = tokenIndexAt(T, start);
  const to = tokenIndexBefore(T, end);
  const accus = firstMatch(ACCUSES, T, from, to);
  const violation = firstMatch(VIOLATED, T, from, to);
  const sides = sidesIn(doc, start, end, mentions, k);
  if (accus) {
    const at = T[accus.start].start;
    const around = [tokenIndexAt(T, Math.max(start, at - MUTUAL_BEFORE)), tokenIndexBefore(T, Math.min(end, T[accus.end - 1].end + MUTUAL_AFTER))];
    if (isMutual(doc, around[0], around[1])) return { accuser: 'both sides', accused: 'both sides' };
    const accuser = nearestBefore(sides, at);
    const stop = violation && T[violation.start].start > at ? T[violation.start].start : end;
    const accused = sides.find((s) => s.start > at && s.start < stop && s.name !== accuser?.name) ?? null;
    return { accuser: accuser?.name ?? null, accused: accused?.name ?? null };
  }
  if (!violation) return { accuser: null, accused: null };
  if (isMutual(doc, from, to)) return { accuser: 'both sides', accused: 'both sides' };
  const at = T[violation.start].start;
  // "violations by Azerbaijani forces" / "violated by Armenia": the side after "by"
  const by = matchAt(BY_AFTER_VIOLATION, T, violation.start, to);
  const accused = by
    ? sides.find((s) => s.start >= T[by.end - 1].end) ?? null
    : nearestBefore(sides, at);
  // "..., Armenia's defence ministry said": the other side that speaks
  const saidAt = firstMatch(SAID, T, from, to);
  let accuser: SideMention | null = null;
  if (saidAt) {
    const s = T[saidAt.start].start;
    accuser = sides.filter((x) => x.name !== accused?.name).sort((a, b) => Math.abs(a.start - s) - Math.abs(b.start - s))[0] ?? null;
  }
  return { accuser: accuser?.name ?? null, accused: accused?.name ?? null };
}

/** The nearest side before an offset, a country or territory over a bare person's name. */
function nearestBefore(sides: SideMention[], at: number): SideMention | null {
  const before = sides.filter((s) => s.end <= at);
  if (!before.length) return null;
  const territorial = before.filter((s) => s.territorial);
  return (territorial.length ? territorial : before)[(territorial.length ? territorial : before).length - 1];
}
