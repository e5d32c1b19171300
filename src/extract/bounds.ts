import type { ArticleFacts, Evidence } from '../types.js';
import { noteLimit } from './limits.js';

// Bounds on one article's output, whatever the text: JSON that grows with the input, never
// with its square (42 KB of "X met Y" in one sentence once made 106 MB). Each quote is
// already cut around its span (annotate/evidence.ts); here a fact quotes at most a few
// sentences (every offset is kept in `spans`), and the article's quotes share one budget.

/** Quoted pieces of evidence per meeting or ceasefire; entities keep their first three already. */
export const MAX_QUOTED_EVIDENCE = 3;
/** Characters of quotes an article may print: this many times its length, plus the floor below. */
const QUOTE_BUDGET_PER_CHAR = 8;
const QUOTE_BUDGET_FLOOR = 256 * 1024;

type WithSpans = { evidence: Evidence[]; spans?: [number, number][] };

/** Applies the bounds in place; records a limit when quotes had to be left out. */
export function boundFacts(f: ArticleFacts, textLength: number): ArticleFacts {
  for (const fact of [...f.meetings, ...f.ceasefires] as WithSpans[]) {
    if (fact.evidence.length <= MAX_QUOTED_EVIDENCE) continue;
    fact.spans = fact.evidence.map((e) => [e.start, e.end]);
    fact.evidence = fact.evidence.slice(0, MAX_QUOTED_EVIDENCE);
  }
  let budget = QUOTE_BUDGET_FLOOR + QUOTE_BUDGET_PER_CHAR * textLength;
  const seen = new Set<Evidence>();
  let cut = 0;
  for (const e of allEvidence(f)) {
    if (seen.has(e)) continue;
    seen.add(e);
    if (e.sentence.length <= budget) { budget -= e.sentence.length; continue; }
    e.sentence = '';
    cut++;
  }
  if (cut) {
    f.limits ??= [];
    noteLimit(f.limits, 'evidence', `${cut} pieces of evidence quote no sentence (offsets kept): the article's quotes passed ${QUOTE_BUDGET_PER_CHAR}× its length`);
  }
  return f;
}

function* allEvidence(f: ArticleFacts): Generator<Evidence> {
  if (f.date?.evidence) yield f.date.evidence;
  for (const e of [...f.people, ...f.places, ...f.organizations]) yield* e.evidence;
  for (const d of f.dates) yield d.evidence;
  for (const m of f.meetings) yield* m.evidence;
  for (const c of f.ceasefires) {
    yield* c.evidence;
    for (const claim of c.claims) yield claim.evidence;
  }
}
