// Glob matching that stays fast on any pattern. Regular-expression matchers (picomatch,
// micromatch) backtrack: "*a*a*a*a*b" against a long file name takes minutes, and a pattern
// of twenty {a,b} groups expands to a million patterns. Here braces are expanded with a
// bound, and each path segment is matched by the greedy wildcard algorithm (no backtracking
// beyond the last star: O(pattern × name) at worst).

/** At most this many patterns from one brace expression. */
export const MAX_BRACE_EXPANSIONS = 256;
/** At most this many characters in one pattern. */
export const MAX_PATTERN_LENGTH = 1024;

export class PatternError extends Error {}

/** A pattern within the bounds, or a PatternError saying which bound it passes. */
export function checkPattern(pattern: string): void {
  if (pattern.length > MAX_PATTERN_LENGTH) throw new PatternError(`pattern longer than ${MAX_PATTERN_LENGTH} characters`);
  expandBraces(pattern);
}

/** "a{b,c{d,e}}f" → ["abf", "acdf", "acef"]; "{1..3}" → ["1", "2", "3"]; bounded by MAX_BRACE_EXPANSIONS. */
export function expandBraces(pattern: string): string[] {
  const open = findBrace(pattern);
  if (!open) return [pattern];
  const { start, end, parts } = open;
  const head = pattern.slice(0, start);
  const tails = expandBraces(pattern.slice(end + 1));
  const out: string[] = [];
  for (const part of parts) {
    for (const p of expandBraces(part)) {
      for (const t of tails) {
        out.push(head + p + t);
        if (out.length > MAX_BRACE_EXPANSIONS) throw new PatternError(`brace expansion gives more than ${MAX_BRACE_EXPANSIONS} patterns`);
      }
    }
  }
  return out;
}

/** The first top-level brace group with a comma or a range, split into its alternatives. */
function findBrace(p: string): { start: number; end: number; parts: string[] } | null {
  for (let i = 0; i < p.length; i++) {
    if (p[i] === '\\') { i++; continue; }
    if (p[i] !== '{') continue;
    let depth = 0;
    const commas: number[] = [];
    for (let j = i; j < p.length; j++) {
      const c = p[j];
      if (c === '\\') { j++; continue; }
      if (c === '{') depth++;
      else if (c === ',' && depth === 1) commas.push(j);
      else if (c === '}' && --depth === 0) {
        const inner = p.slice(i + 1, j);
        if (commas.length) {
          const cuts = [i, ...commas, j];
          return { start: i, end: j, parts: cuts.slice(1).map((c2, k) => p.slice(cuts[k] + 1, c2)) };
        }
        const range = /^(-?\d+)\.\.(-?\d+)$/.exec(inner);
        if (range) {
          const [a, b] = [Number(range[1]), Number(range[2])];
          if (Math.abs(b - a) >= MAX_BRACE_EXPANSIONS) throw new PatternError(`brace range {${inner}} gives more than ${MAX_BRACE_EXPANSIONS} patterns`);
          const step = a <= b ? 1 : -1;
          const parts: string[] = [];
          for (let n = a; n !== b + step; n += step) parts.push(String(n));
          return { start: i, end: j, parts };
        }
        break; // "{x}" is literal; look for the next group
      }
    }
  }
  return null;
}

type Token = { kind: 'char'; c: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negate: boolean; ranges: [string, string][] };

/** One path segment's pattern as tokens (`\` escapes; `[!a-z]` and `[^a-z]` negate). */
function tokenize(seg: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === '\\' && i + 1 < seg.length) out.push({ kind: 'char', c: seg[++i] });
    else if (c === '*') { if (out[out.length - 1]?.kind !== 'star') out.push({ kind: 'star' }); }
    else if (c === '?') out.push({ kind: 'any' });
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close < 0) { out.push({ kind: 'char', c }); continue; }
      let body = seg.slice(i + 1, close);
      const negate = body[0] === '!' || body[0] === '^';
      if (negate) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === '-' && k + 2 < body.length) { ranges.push([body[k], body[k + 2]]); k += 2; }
        else ranges.push([body[k], body[k]]);
      }
      out.push({ kind: 'class', negate, ranges });
      i = close;
    } else out.push({ kind: 'char', c });
  }
  return out;
}

function tokenMatches(t: Token, c: string): boolean {
  if (t.kind === 'char') return t.c === c;
  if (t.kind === 'any') return c !== '/';
  if (t.kind === 'class') return t.ranges.some(([a, b]) => c >= a && c <= b) !== t.negate;
  return true;
}

/** Greedy wildcard matching of one segment: on a mismatch, only the last star retries. */
function matchSegment(tokens: Token[], name: string, dot: boolean): boolean {
  if (!dot && name.startsWith('.') && !(tokens[0]?.kind === 'char' && tokens[0].c === '.')) return false;
  let t = 0;
  let n = 0;
  let starT = -1;
  let starN = 0;
  while (n < name.length) {
    if (t < tokens.length && tokens[t].kind === 'star') { starT = t++; starN = n; continue; }
    if (t < tokens.length && tokenMatches(tokens[t], name[n])) { t++; n++; continue; }
    if (starT < 0) return false;
    t = starT + 1;
    n = ++starN;
  }
  while (t < tokens.length && tokens[t].kind === 'star') t++;
  return t === tokens.length;
}

export type Matcher = (path: string) => boolean;

/**
 * A matcher for glob patterns (any one matching): `*`, `?`, `[...]`, `{a,b}`, `{1..3}` and
 * `**` for any number of folders. `dot`: wildcards match names starting with a dot.
 * Throws PatternError for a pattern past the bounds.
 */
export function globMatcher(patterns: string[], dot = true): Matcher {
  const compiled = patterns.flatMap((p) => {
    checkPattern(p);
    return expandBraces(p).map((e) => e.replace(/^\.\//, '').split('/').filter((s) => s !== '').map((s) => (s === '**' ? null : tokenize(s))));
  });
  return (path: string) => {
    const segs = path.replace(/^\.\//, '').split('/').filter((s) => s !== '');
    return compiled.some((pat) => matchPath(pat, segs, dot));
  };
}

/** Segments against segments; `null` (a `**`) spans any number. Memoised: O(pattern × path). */
function matchPath(pat: (Token[] | null)[], segs: string[], dot: boolean): boolean {
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    const k = i * (segs.length + 1) + j;
    const known = memo.get(k);
    if (known !== undefined) return known;
    let r: boolean;
    if (i === pat.length) r = j === segs.length;
    else if (pat[i] === null) r = go(i + 1, j) || (j < segs.length && (dot || !segs[j].startsWith('.')) && go(i, j + 1));
    else r = j < segs.length && matchSegment(pat[i]!, segs[j], dot) && go(i + 1, j + 1);
    memo.set(k, r);
    return r;
  };
  return go(0, 0);
}

/** Whether an argument is a glob pattern rather than a path. */
export function isPattern(arg: string): boolean {
  return /[*?[\]{}]/.test(arg);
}
