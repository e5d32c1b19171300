import { palette } from './palette.js';
import { cut, displayWidth, wrap } from './width.js';
import { escapeLine } from './escape.js';

// Tables drawn in one pass over the rows, so 20,000 rows cost 20,000 times one row (the
// library used before grew quadratically). Columns are sized to the terminal: each gets its
// natural width while they fit, then the widest share what is left; long cells wrap at
// spaces (a few lines at most) or are cut with an ellipsis. No lines between rows: a header,
// a rule under it, the rows.

export interface Column {
  head: string;
  /** numbers line up on the right */
  align?: 'left' | 'right';
  /** cut long cells instead of wrapping them; 'start' keeps the end (file paths) */
  cut?: 'end' | 'start';
  /** never squeezed below this width (or the natural width, if smaller); default 8 */
  min?: number;
}

export interface TableOptions {
  /** the width to fit, in columns */
  width: number;
  colour: boolean;
  /** lines a wrapped cell may take (default 3) */
  maxLines?: number;
}

const GAP = '  ';
/** A column is never squeezed below this (or its natural width, if smaller). */
const MIN_WIDTH = 8;
/** Columns this narrow (dates, counts, modes) are never squeezed at all. */
const KEEP_WIDTH = 10;

/**
 * Cell text on one line: tabs and line breaks become one space; any other control character
 * (ESC, BEL, C1, bidirectional overrides) is shown as a visible escape, never obeyed.
 */
export function oneLine(s: string): string {
  return /[\s\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(s) ? escapeLine(s.replace(/[\t\n\r\v\f]+/g, ' ').replace(/ {2,}/g, ' ').trim()) : s;
}

export function renderTable(columns: Column[], rows: string[][], options: TableOptions): string {
  const c = palette(options.colour);
  const maxLines = options.maxLines ?? 3;
  const cells = rows.map((r) => r.map(oneLine));
  const natural = columns.map((col) => displayWidth(col.head));
  for (const r of cells) for (let i = 0; i < columns.length; i++) natural[i] = Math.max(natural[i], displayWidth(r[i] ?? ''));
  const widths = fit(natural, options.width - GAP.length * (columns.length - 1), columns.map((col) => col.min ?? MIN_WIDTH));
  const out: string[] = [];
  const pad = (s: string, i: number) => {
    const space = ' '.repeat(Math.max(0, widths[i] - displayWidth(s)));
    return columns[i].align === 'right' ? space + s : s + space;
  };
  const line = (parts: string[]) => parts.join(GAP).trimEnd();
  out.push(c.bold(line(columns.map((col, i) => pad(cut(col.head, widths[i]), i)))));
  out.push(c.dim(line(widths.map((w) => '-'.repeat(w)))));
  for (const r of cells) {
    const parts = columns.map((col, i) => {
      const text = r[i] ?? '';
      if (col.cut || col.align === 'right') return [cut(text, widths[i], col.cut ?? 'end')];
      return wrap(text, widths[i], maxLines);
    });
    const height = Math.max(...parts.map((p) => p.length));
    for (let l = 0; l < height; l++) out.push(line(parts.map((p, i) => pad(p[l] ?? '', i))));
  }
  return out.join('\n') + '\n';
}

/**
 * Column widths within `available`: every column its natural width if all fit; otherwise the
 * narrow ones keep theirs and the wide ones share the rest equally (water-filling).
 */
export function fit(natural: number[], available: number, mins: number[] = natural.map(() => MIN_WIDTH)): number[] {
  const total = natural.reduce((a, b) => a + b, 0);
  if (total <= available) return natural;
  // every column gets its floor; what is left goes to the columns wanting more, narrowest wish first
  const floor = natural.map((w, i) => (w <= KEEP_WIDTH ? w : Math.min(w, mins[i])));
  const wish = natural.map((w, i) => w - floor[i]);
  let left = available - floor.reduce((a, b) => a + b, 0);
  const widths = [...floor];
  const order = wish.map((_, i) => i).sort((a, b) => wish[a] - wish[b]);
  order.forEach((i, k) => {
    const add = Math.min(wish[i], Math.max(0, Math.floor(left / (order.length - k))));
    widths[i] += add;
    left -= add;
  });
  return widths;
}
