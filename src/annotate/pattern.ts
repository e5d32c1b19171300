// Token-sequence patterns over the Doc: the phrase rules of the extractors are written as data
// ("(brokered|mediated) (by|through) the? <@NAME>", syntax in pattern-compile.ts) and matched
// against the article's tokens, never by regular expressions over the raw text.
//
// A compiled pattern is run by a Pike VM: all candidate threads advance together one token at
// a time, so matching is linear in the number of tokens whatever the pattern (no backtracking),
// and the match found is the one a backtracking regex engine would report (leftmost, then by
// alternative order, greedy or lazy repetition).

import type { Pattern, PatternToken } from './pattern-compile.js';

export { compile, type Pattern, type PatternToken } from './pattern-compile.js';

/** A match: token indices [start, end), and the captured span when the pattern has one. */
export interface TokenMatch {
  start: number;
  end: number;
  capture: [number, number] | null;
}


/**
 * The words one of which a match of any of the patterns holds, or null when one of them has no
 * such words: a caller running many patterns over the same ranges tests this once (see holdsAny)
 * instead of each pattern's own gate.
 */
export function unionGate(patterns: readonly Pattern[]): ReadonlySet<string> | null {
  const out = new Set<string>();
  for (const p of patterns) {
    if (!p.gate) return null;
    for (const w of p.gate) out.add(w);
  }
  return out;
}

/** True when some token of T[from, to) is one of the words (a null gate lets everything through). */
export function holdsAny(gate: ReadonlySet<string> | null, T: readonly PatternToken[], from: number, to: number): boolean {
  if (!gate) return true;
  for (let i = from; i < to; i++) if (gate.has(T[i].folded)) return true;
  return false;
}

interface Thread { pc: number; start: number; c0: number; c1: number }

/**
 * Run a program over tokens[from, to). `anchored`: threads start at `from` only; else at every
 * position, the leftmost match winning. `endAt`: only a match ending exactly there counts, and
 * any thread reaching it is enough (priorities do not matter for a yes/no).
 */
function run(p: Pattern, T: readonly PatternToken[], from: number, to: number, anchored: boolean, endAt = -1): TokenMatch | null {
  const prog = p.prog;
  const first = p.first;
  if (anchored && first && (from >= to || !first(T[from]))) return null;
  const scratch = p.scratch;
  const seen = scratch.seen;
  if (scratch.gen > 0x3fffffff) { seen.fill(0); scratch.gen = 0; }
  // a generation never seen before marks this run's lists (the marks of earlier runs are older)
  let gen = ++scratch.gen;
  let clist: Thread[] = [];
  let found: TokenMatch | null = null;
  const add = (list: Thread[], pc: number, start: number, c0: number, c1: number, at: number) => {
    if (seen[pc] === gen) return;
    seen[pc] = gen;
    const ins = prog[pc];
    switch (ins.op) {
      case 'jmp': add(list, ins.x, start, c0, c1, at); return;
      case 'split': add(list, ins.x, start, c0, c1, at); add(list, ins.y, start, c0, c1, at); return;
      case 'save': if (ins.slot === 0) add(list, pc + 1, start, at, c1, at); else add(list, pc + 1, start, c0, at, at); return;
      // a look-ahead reads the next token without taking it; the end of the range passes
      case 'not': if (at >= to || !ins.pred(T[at])) add(list, pc + 1, start, c0, c1, at); return;
      default: list.push({ pc, start, c0, c1 });
    }
  };
  for (let i = from; i <= to; i++) {
    if (!clist.length && !anchored && !found && first) {
      // nothing under way: jump to the next token that can begin a match
      while (i < to && !first(T[i])) i++;
      if (i >= to) break;
    }
    // clist was built under the current generation: a new start thread joins it at lower priority
    if (!found && (!anchored || i === from)) add(clist, 0, i, -1, -1, i);
    if (!clist.length) { if (anchored || found) break; continue; }
    const nlist: Thread[] = [];
    gen = ++scratch.gen;
    for (const th of clist) {
      const ins = prog[th.pc];
      if (ins.op === 'match') {
        if (endAt >= 0) { if (i === endAt) return { start: th.start, end: i, capture: null }; continue; }
        found = { start: th.start, end: i, capture: th.c0 >= 0 && th.c1 >= 0 ? [th.c0, th.c1] : null };
        break; // lower-priority threads lose to this one
      }
      if (ins.op === 'tok' && i < to && ins.pred(T[i])) add(nlist, th.pc + 1, th.start, th.c0, th.c1, i + 1);
    }
    clist = nlist;
  }
  return found;
}

/** The first match in tokens[from, to) (leftmost, as a regex engine would choose). */
export function firstMatch(p: Pattern, T: readonly PatternToken[], from = 0, to = T.length): TokenMatch | null {
  return holdsAny(p.gate, T, from, to) ? run(p, T, from, to, false) : null;
}

/** Every non-overlapping match in tokens[from, to), left to right. */
export function allMatches(p: Pattern, T: readonly PatternToken[], from = 0, to = T.length): TokenMatch[] {
  const out: TokenMatch[] = [];
  if (!holdsAny(p.gate, T, from, to)) return out;
  for (let at = from; at <= to;) {
    const m = run(p, T, at, to, false);
    if (!m) break;
    out.push(m);
    at = m.end > m.start ? m.end : m.end + 1;
  }
  return out;
}

/** The match starting exactly at `from` (within tokens[from, to)), if any. */
export function matchAt(p: Pattern, T: readonly PatternToken[], from: number, to = T.length): TokenMatch | null {
  return run(p, T, from, to, true);
}

/** True when some match in tokens[from, to) ends exactly at `to` ("… the truce was not" ends a negation). */
export function endsWith(p: Pattern, T: readonly PatternToken[], from: number, to: number): boolean {
  return run(p, T, from, to, false, to) !== null;
}

/** True when the pattern matches the whole of tokens[from, to). */
export function matchesAll(p: Pattern, T: readonly PatternToken[], from: number, to: number): boolean {
  return run(p, T, from, to, true, to) !== null;
}

/** True when the pattern matches anywhere in tokens[from, to). */
export function occursIn(p: Pattern, T: readonly PatternToken[], from = 0, to = T.length): boolean {
  return firstMatch(p, T, from, to) !== null;
}
