// A string that remembers, for every character, where it came from in the original file.
// Cleaning rewrites the text many times (strip furniture, unescape, normalise quotes); each
// rewrite goes through `replace`, so evidence offsets can always point into the real file.

export class MappedText {
  /** origin[i] = offset in the original of text[i]; origin[text.length] = end of the original */
  private constructor(readonly text: string, readonly origin: Int32Array) {}

  /** A text assembled from pieces of an original (an HTML page's text nodes), with the map the assembler kept. */
  static of(text: string, origin: Int32Array): MappedText {
    if (origin.length !== text.length + 1) throw new Error('MappedText.of: origin must have text.length + 1 entries');
    return new MappedText(text, origin);
  }

  static from(original: string): MappedText {
    const origin = new Int32Array(original.length + 1);
    for (let i = 0; i <= original.length; i++) origin[i] = i;
    return new MappedText(original, origin);
  }

  /**
   * Like String.replace with a global regex. Replacement characters map to the start of the
   * text they replace (the end, for a pure deletion's neighbour), so a span in the result maps
   * to a span in the original that covers it.
   */
  replace(pattern: RegExp, replacement: string | ((match: string, ...groups: string[]) => string)): MappedText {
    if (!pattern.global) throw new Error('MappedText.replace needs a global regex');
    if (typeof replacement === 'string' && /\$[\d&<]/.test(replacement)) throw new Error('MappedText.replace does not expand $-patterns: use lookarounds or a function');
    // the edits first (start, end, replacement), then the text and its map in one pass each: the
    // unchanged runs between edits are copied whole (a text is cleaned by some twenty replaces)
    const text = this.text;
    const spans: number[] = [];
    const reps: string[] = [];
    let size = text.length;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (m[0].length === 0) pattern.lastIndex++;
      const rep = typeof replacement === 'string' ? replacement : replacement(m[0], ...m.slice(1).map((g) => g ?? ''));
      if (rep === m[0]) continue;
      spans.push(start, end);
      reps.push(rep);
      size += rep.length - (end - start);
    }
    if (!reps.length) return this;
    const origin = this.origin;
    const map = new Int32Array(size + 1);
    const parts: string[] = [];
    let pos = 0;
    let last = 0;
    for (let k = 0; k < reps.length; k++) {
      const start = spans[2 * k];
      const end = spans[2 * k + 1];
      const rep = reps[k];
      map.set(origin.subarray(last, start), pos);
      pos += start - last;
      parts.push(text.slice(last, start), rep);
      const at = origin[start];
      // Keep characters the replacement shares with the match mapped to themselves when it is a
      // pure trim (the replacement is a prefix of the match), else to the match's start.
      const keepsPrefix = text.startsWith(rep, start) && rep.length <= end - start;
      for (let i = 0; i < rep.length; i++) map[pos++] = keepsPrefix ? origin[start + i] : at;
      last = end;
    }
    map.set(origin.subarray(last, text.length), pos);
    pos += text.length - last;
    map[pos] = origin[text.length];
    parts.push(text.slice(last));
    return new MappedText(parts.join(''), map);
  }

  /** Keeps [start, end) of the text. */
  slice(start: number, end = this.text.length): MappedText {
    return new MappedText(this.text.slice(start, end), this.origin.slice(start, end + 1));
  }
}

/** Offsets in a cleaned text → offsets in the original it came from. */
export function toOriginal(origin: Int32Array, start: number, end: number): { start: number; end: number } {
  const s = origin[Math.max(0, Math.min(start, origin.length - 1))];
  // The end maps through the last character inside the span, so trailing deletions are excluded.
  const e = end > start ? origin[Math.min(end - 1, origin.length - 1)] + 1 : s;
  return { start: s, end: Math.max(s, e) };
}
