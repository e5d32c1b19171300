// Token-sequence patterns: their syntax, compiled to the program pattern.ts runs over the
// Doc's tokens (Thompson's construction), with what lets the matcher skip most tokens: the test
// for a match's first token and the words every match needs.
//
// Syntax, elements separated by spaces:
//   word        a token whose folded form is exactly `word` ("ceasefire", ",", "-", "'s"); a word the
//               tokeniser splits reads as its tokens glued together ("two-day" is "two ~- ~day")
//   word*       a token whose folded form starts with `word` ("violat*": violated, violations)
//   ~x          x glued to the token before it (no whitespace between): "#Name ~- ~brokered"
//   _           one written word: a token after whitespace and the tokens glued to it ("six-week")
//   _,          the same, a comma glued to it allowed ("the statement, signed by them, stops")
//   #Pred       a token kind: #Name (capitalised letters), #Cap, #Word, #Num, #Day ("9", "10th"), #Year, #Paren, #Close
//   !x          look-ahead: the next token is not x (one token, or alternatives of one token)
//   @SET        the named sub-pattern given to compile()
//   ( a b | c ) alternatives, each a sequence; tried in order
//   x? x{m,n}   optional, bounded repetition; a trailing ? makes it lazy: _{0,4}?
//   < ... >     the captured span (one per pattern)
// Before a group, ! and ~ stand apart: "! ~ (- | –)" is "not followed by a glued dash".

import type { DocToken } from '../types.js';
import { scan } from '../knowledge/text.js';

/** What a pattern element reads of a token: the Doc's tokens, or anything shaped like them. */
export type PatternToken = Pick<DocToken, 'text' | 'folded' | 'kind' | 'spaced'>;
export type Pred = (t: PatternToken) => boolean;

type Node =
  | { t: 'tok'; pred: Pred; word?: string; prefix?: string }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number; lazy: boolean }
  | { t: 'save'; slot: number }
  | { t: 'not'; pred: Pred };

export type Instr =
  | { op: 'tok'; pred: Pred; word?: string; prefix?: string }
  | { op: 'split'; x: number; y: number }
  | { op: 'jmp'; x: number }
  | { op: 'save'; slot: number }
  | { op: 'not'; pred: Pred }
  | { op: 'match' };

/** A compiled pattern. */
export interface Pattern {
  readonly source: string;
  readonly prog: readonly Instr[];
  /**
   * Whether a token can begin a match (null: any position can, the pattern matching nothing).
   * Most tokens of a text begin no match of a phrase, and this one test skips them.
   */
  readonly first: Pred | null;
  /** words one of which every match holds (null: none such): a range without any cannot match */
  readonly gate: ReadonlySet<string> | null;
  /** the matcher's marks of instructions already on a thread list, reused run after run (runs never nest) */
  readonly scratch: { seen: Int32Array; gen: number };
}

const WORDISH = new Set(['-', "'", '’', '.']);
const isWordish = (t: PatternToken) => t.kind !== 'punct' || WORDISH.has(t.text);
const NAME = /^\p{Lu}\p{L}+$/u;
const CAP = /^\p{Lu}/u;
const DAY = /^\d{1,2}(?:st|nd|rd|th)?$/;
const PREDICATES: Record<string, Pred> = {
  Name: (t) => t.kind === 'word' && NAME.test(t.text),
  Cap: (t) => t.kind === 'word' && CAP.test(t.text),
  Word: (t) => t.kind === 'word',
  Num: (t) => t.kind === 'word' && /^\d+$/.test(t.text),
  Day: (t) => t.kind === 'word' && DAY.test(t.folded),
  Year: (t) => t.kind === 'word' && /^\d{4}$/.test(t.text),
  /** "(", which the syntax keeps for groups */
  Paren: (t) => t.text === '(',
  Close: (t) => t.text === ')',
};

/** Compile a pattern; `sets` are the sub-patterns it names as @SET (themselves patterns). */
export function compile(source: string, sets: Readonly<Record<string, string>> = {}): Pattern {
  const prog: Instr[] = [];
  const tree = parse(source, sets);
  emit(tree, prog);
  prog.push({ op: 'match' });
  return { source, prog, first: firstTest(prog), gate: required(tree), scratch: { seen: new Int32Array(prog.length), gen: 0 } };
}

/**
 * Words nearly every sentence holds: a gate of them lets every range through, so `required`
 * prefers any other set (a gate is any set of words one of which every match reads; the rarer
 * its words, the more ranges it turns away unread).
 */
const COMMON = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'which', 'who', 'it', 'its', 'their', 'his', 'her', 'they', 'he', 'she', 'we',
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'into', 'after', 'before', 'under', 'through', 'over', 'about',
  'and', 'or', 'but', 'not', 'no', 'was', 'were', 'is', 'are', 'be', 'been', 'had', 'has', 'have', 'will', 'would', 'said',
  ',', '.', '-', '–', '—', '"', "'", '’', '“', '”', '(', ')', 's', "'s", '’s',
]);

/** What a gate costs: a common word far more than any number of rare ones. */
function gateCost(words: ReadonlySet<string>): number {
  let common = 0;
  for (const w of words) if (COMMON.has(w)) common++;
  return common * 1000 + words.size;
}

/** The cheapest set (see gateCost) of words one of which every match of the node reads, or null. */
function required(n: Node): Set<string> | null {
  switch (n.t) {
    case 'tok': return n.word !== undefined ? new Set([n.word]) : null;
    case 'rep': return n.min > 0 ? required(n.node) : null;
    case 'seq': {
      let best: Set<string> | null = null;
      let cost = Infinity;
      for (const x of n.items) {
        const r = required(x);
        const c = r ? gateCost(r) : Infinity;
        if (r && c < cost) { best = r; cost = c; }
      }
      return best;
    }
    case 'alt': {
      const out = new Set<string>();
      for (const a of n.alts) {
        const r = required(a);
        if (!r) return null;
        for (const w of r) out.add(w);
      }
      return out;
    }
    default: return null;
  }
}

/** The test for a match's first token: the words and predicates of the instructions reachable before any token is read. */
function firstTest(prog: readonly Instr[]): Pred | null {
  const words = new Set<string>();
  // prefixes by their first two letters: one map lookup per token, not one test per prefix
  const prefixes = new Map<number, string[]>();
  const preds: Pred[] = [];
  const seen = new Set<number>();
  const stack = [0];
  while (stack.length) {
    const pc = stack.pop()!;
    if (seen.has(pc)) continue;
    seen.add(pc);
    const ins = prog[pc];
    switch (ins.op) {
      case 'match': return null;
      case 'jmp': stack.push(ins.x); break;
      case 'split': stack.push(ins.x, ins.y); break;
      case 'save': case 'not': stack.push(pc + 1); break;
      default:
        if (ins.word !== undefined) words.add(ins.word);
        else if (ins.prefix !== undefined && ins.prefix.length >= 2) {
          const key = ins.prefix.charCodeAt(0) * 65536 + ins.prefix.charCodeAt(1);
          prefixes.set(key, [...prefixes.get(key) ?? [], ins.prefix]);
        } else preds.push(ins.pred);
    }
  }
  const byPrefix = (f: string) => {
    const list = f.length >= 2 ? prefixes.get(f.charCodeAt(0) * 65536 + f.charCodeAt(1)) : undefined;
    return !!list && list.some((x) => f.startsWith(x));
  };
  return (t) => words.has(t.folded) || (prefixes.size > 0 && t.kind !== 'punct' && byPrefix(t.folded)) || preds.some((p) => p(t));
}

const LEX = /\(|\)|\||<|>|\{\d+,\d+\}\??|\?\??|[^\s()|<>{}?]+/g;

function parse(source: string, sets: Readonly<Record<string, string>>, depth = 0): Node {
  if (depth > 8) throw new Error(`pattern sets nest too deep: ${source}`);
  const parts = source.match(LEX) ?? [];
  let i = 0;
  const alt = (): Node => {
    const alts: Node[] = [seq()];
    while (parts[i] === '|') { i++; alts.push(seq()); }
    return alts.length === 1 ? alts[0] : { t: 'alt', alts };
  };
  const seq = (): Node => {
    const items: Node[] = [];
    while (i < parts.length && parts[i] !== '|' && parts[i] !== ')') {
      let p = parts[i++];
      let node: Node;
      const not = p === '!';
      if (not) p = parts[i++];
      const glue = p === '~';
      if (glue) p = parts[i++];
      if (p === '(') {
        node = alt();
        if (parts[i++] !== ')') throw new Error(`unclosed ( in pattern: ${source}`);
      } else if (p === '<') { items.push({ t: 'save', slot: 0 }); continue; }
      else if (p === '>') { items.push({ t: 'save', slot: 1 }); continue; }
      else node = atom(p, sets, depth, source);
      if (glue) node = glued(node, source);
      if (not) { items.push({ t: 'not', pred: oneToken(node, source) }); continue; }
      const q = parts[i];
      if (q === '?' || q === '??') { i++; node = { t: 'rep', node, min: 0, max: 1, lazy: q === '??' }; }
      else if (q?.startsWith('{')) {
        i++;
        const [min, max] = q.slice(1, q.indexOf('}')).split(',').map(Number);
        node = { t: 'rep', node, min, max, lazy: q.endsWith('?') };
      }
      items.push(node);
    }
    return items.length === 1 ? items[0] : { t: 'seq', items };
  };
  const node = alt();
  if (i < parts.length) throw new Error(`unexpected ${parts[i]} in pattern: ${source}`);
  return node;
}

function atom(p: string, sets: Readonly<Record<string, string>>, depth: number, source: string): Node {
  if (p.startsWith('~') && p.length > 1) return glued(atom(p.slice(1), sets, depth, source), source);
  if (p === '_' || p === '_,') {
    // "_," also takes a comma glued to the word: "the statement, signed by the leaders, stops"
    const part = p === '_' ? isWordish : (t: PatternToken) => isWordish(t) || t.text === ',';
    // a written word: spaced, then whatever is glued to it ("six-week", "Moscow's")
    return { t: 'seq', items: [{ t: 'tok', pred: (t) => t.spaced && isWordish(t) }, { t: 'rep', node: { t: 'tok', pred: (t) => !t.spaced && part(t) }, min: 0, max: Infinity, lazy: false }] };
  }
  if (p.startsWith('@')) {
    const def = sets[p.slice(1)];
    if (def === undefined) throw new Error(`unknown set ${p} in pattern: ${source}`);
    return parse(def, sets, depth + 1);
  }
  if (p.startsWith('#')) {
    const pred = PREDICATES[p.slice(1)];
    if (!pred) throw new Error(`unknown predicate ${p} in pattern: ${source}`);
    return { t: 'tok', pred };
  }
  if (p.length > 1 && p.endsWith('*')) {
    const prefix = p.slice(0, -1);
    return { t: 'tok', pred: (t) => t.kind !== 'punct' && t.folded.startsWith(prefix), prefix };
  }
  // the Doc never holds a token "two-day": a literal of it could never match
  const tokens = scan(p);
  if (tokens.length > 1) return { t: 'seq', items: tokens.map((x, k) => (k === 0 ? literal(x.text) : glued(literal(x.text), source))) };
  return literal(p);
}

function literal(word: string): Node {
  return { t: 'tok', pred: (t) => t.folded === word, word };
}

/** A node that reads exactly one token, as one predicate (for a `!` look-ahead). */
function oneToken(n: Node, source: string): Pred {
  if (n.t === 'tok') return n.pred;
  if (n.t === 'alt') {
    const preds = n.alts.map((a) => oneToken(a, source));
    return (t) => preds.some((p) => p(t));
  }
  throw new Error(`! applies to one token or alternatives of one token: ${source}`);
}

/** The node with its first token glued to the one before it. */
function glued(n: Node, source: string): Node {
  switch (n.t) {
    case 'tok': { const pred = n.pred; return { t: 'tok', pred: (t) => !t.spaced && pred(t), word: n.word, prefix: n.prefix }; }
    case 'seq': return { t: 'seq', items: [glued(n.items[0], source), ...n.items.slice(1)] };
    case 'alt': return { t: 'alt', alts: n.alts.map((a) => glued(a, source)) };
    default: throw new Error(`~ applies to a token, a sequence or alternatives: ${source}`);
  }
}

function emit(n: Node, prog: Instr[]): void {
  switch (n.t) {
    case 'tok': prog.push({ op: 'tok', pred: n.pred, word: n.word, prefix: n.prefix }); return;
    case 'save': prog.push({ op: 'save', slot: n.slot }); return;
    case 'not': prog.push({ op: 'not', pred: n.pred }); return;
    case 'seq': for (const x of n.items) emit(x, prog); return;
    case 'alt': {
      const jumps: { op: 'jmp'; x: number }[] = [];
      n.alts.forEach((a, k) => {
        const last = k === n.alts.length - 1;
        const split = { op: 'split' as const, x: prog.length + 1, y: -1 };
        if (!last) prog.push(split);
        emit(a, prog);
        if (!last) {
          const j = { op: 'jmp' as const, x: -1 };
          prog.push(j);
          jumps.push(j);
          split.y = prog.length;
        }
      });
      for (const j of jumps) j.x = prog.length;
      return;
    }
    case 'rep': {
      for (let k = 0; k < n.min; k++) emit(n.node, prog);
      if (n.max === Infinity) {
        const loop = prog.length;
        const split = { op: 'split' as const, x: loop + 1, y: -1 };
        prog.push(split);
        emit(n.node, prog);
        prog.push({ op: 'jmp', x: loop });
        setSplit(split, split.x, prog.length, n.lazy);
        return;
      }
      const splits: { op: 'split'; x: number; y: number }[] = [];
      for (let k = n.min; k < n.max; k++) {
        const split = { op: 'split' as const, x: prog.length + 1, y: -1 };
        prog.push(split);
        splits.push(split);
        emit(n.node, prog);
      }
      for (const s of splits) setSplit(s, s.x, prog.length, n.lazy);
    }
  }
}

/** A split prefers `x` (one more repetition) when greedy, `y` (stop) when lazy. */
function setSplit(s: { x: number; y: number }, more: number, stop: number, lazy: boolean): void {
  s.x = lazy ? stop : more;
  s.y = lazy ? more : stop;
}
