// One recognised expression and how it is built from tokens.

import type { Expr } from './expression.js';
import type { Token } from './tokens.js';

/** One recognised expression: tokens [first, last) and characters [start, stop) of the scanned text. */
export interface Match {
  first: number;
  last: number;
  start: number;
  stop: number;
  expr: Expr;
  /** the preposition before it, outside the span ("on", "in", "since") */
  prep: string | null;
}

export function mk(T: Token[], first: number, last: number, expr: Expr, prep: string | null): Match {
  return { first, last, start: T[first].start, stop: T[last - 1].end, expr, prep };
}

