// Terminal display width of text, linear in its length: combining marks take no column, East
// Asian wide characters and emoji two, everything else one. Tables lay cells out with it.

const WIDE = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf],
  [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60], [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];
const MARK = /\p{M}|\u200b|\u200c|\u200d|\ufeff/u;

/** Columns one code point takes. */
export function charWidth(ch: string): number {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x300) return 1;
  if (MARK.test(ch)) return 0;
  for (const [lo, hi] of WIDE) if (cp >= lo && cp <= hi) return 2;
  return 1;
}

export function displayWidth(s: string): number {
  let w = 0;
  // ASCII fast path: most cells are plain ASCII
  if (/^[\x20-\x7e]*$/.test(s)) return s.length;
  for (const ch of s) w += charWidth(ch);
  return w;
}

/** The longest start of `s` that fits in `width` columns. */
export function fitStart(s: string, width: number): string {
  let w = 0;
  let out = '';
  for (const ch of s) {
    const cw = charWidth(ch);
    if (w + cw > width) break;
    w += cw;
    out += ch;
  }
  return out;
}

/** The longest end of `s` that fits in `width` columns. */
export function fitEnd(s: string, width: number): string {
  const chars = [...s];
  let w = 0;
  let i = chars.length;
  while (i > 0 && w + charWidth(chars[i - 1]) <= width) w += charWidth(chars[--i]);
  return chars.slice(i).join('');
}

/** `s` cut to `width` columns with an ellipsis at the end (or, for paths, at the start). */
export function cut(s: string, width: number, at: 'end' | 'start' = 'end'): string {
  if (displayWidth(s) <= width) return s;
  if (width <= 1) return width === 1 ? '\u2026' : '';
  return at === 'start' ? '\u2026' + fitEnd(s, width - 1) : fitStart(s, width - 1).trimEnd() + '\u2026';
}

/**
 * `s` wrapped to lines of at most `width` columns, at spaces where it can, inside a word
 * where it must; at most `maxLines` lines, the last cut with an ellipsis when text is left.
 */
export function wrap(s: string, width: number, maxLines: number): string[] {
  if (displayWidth(s) <= width) return [s];
  const lines: string[] = [];
  let rest = s;
  while (rest && lines.length < maxLines) {
    if (displayWidth(rest) <= width) { lines.push(rest); rest = ''; break; }
    const head = fitStart(rest, width);
    // break at the last space that fits; inside a word only when there is none
    const space = head.lastIndexOf(' ');
    const take = rest[head.length] === ' ' ? head.length : space > 0 ? space : head.length;
    lines.push(rest.slice(0, take).trimEnd());
    rest = rest.slice(take).trimStart();
  }
  if (rest) lines[lines.length - 1] = cut(lines[lines.length - 1] + ' ' + rest, width);
  return lines;
}
