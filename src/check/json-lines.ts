// JSON.parse keeps no positions. For messages that point at a line of a user's JSON file (a
// fact in an --expect file), this scanner records the line where every value starts, by JSON
// Pointer ("/files/corpus~1a.txt/meetings/0"). One linear pass; run it on text JSON.parse accepted.

const MAX_DEPTH = 64;

export function valueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const space = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) {
      if (text[i] === '\n') line++;
      i++;
    }
  };
  const string = (): string => {
    const start = i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (pointer: string, depth: number): void => {
    space();
    if (depth <= MAX_DEPTH) lines.set(pointer, line);
    const c = text[i];
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      let index = 0;
      for (;;) {
        space();
        if (text[i] === close) { i++; return; }
        if (text[i] === ',') { i++; space(); }
        if (c === '{') {
          const key = string();
          space();
          i++; // the colon
          value(`${pointer}/${pointerSegment(key)}`, depth + 1);
        } else {
          value(`${pointer}/${index++}`, depth + 1);
        }
        if (i >= text.length) return;
      }
    }
    if (c === '"') { string(); return; }
    while (i < text.length && !/[,\]}\s]/.test(text[i])) i++;
  };
  value('', 0);
  return lines;
}

/** A JSON Pointer segment. */
export function pointerSegment(key: string | number): string {
  return String(key).replace(/~/g, '~0').replace(/\//g, '~1');
}
