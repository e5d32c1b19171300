// A linear, single-pass tokeniser for the date grammar: words, numbers and single punctuation
// characters, each remembering whether whitespace precedes it ("Su-25" is glued, "May 16" is
// not). No regular expressions, so a megabyte-long line costs one pass.

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  kind: TokenKind;
  /** as written (a number's text includes its ordinal or decade suffix: "20th", "1990s") */
  text: string;
  lower: string;
  start: number;
  end: number;
  /** whitespace precedes the token (false: glued to the previous one) */
  spaced: boolean;
  /** numbers: value of the digits; NaN otherwise */
  value: number;
  /** numbers: count of digits before any suffix (0 for words and punctuation) */
  digits: number;
  /** "20th", "1st" */
  ordinal: boolean;
  /** "2,000", "30,000": thousands groups make a count, never a year or day */
  grouped: boolean;
  /** "1990s", "90s" */
  decade: boolean;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x370 && c <= 0x52f)
  );
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000;
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let spaced = true;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      spaced = true;
      i++;
      continue;
    }
    const start = i;
    if (isLetter(c)) {
      while (i < n && isLetter(text.charCodeAt(i))) i++;
      const t = text.slice(start, i);
      out.push(token('word', t, start, i, spaced));
    } else if (isDigit(c)) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      const digits = i - start;
      let grouped = false;
      // thousands groups: ",ddd" (not followed by a fourth digit)
      while (
        i + 3 < n &&
        text.charCodeAt(i) === 44 &&
        isDigit(text.charCodeAt(i + 1)) &&
        isDigit(text.charCodeAt(i + 2)) &&
        isDigit(text.charCodeAt(i + 3)) &&
        !(i + 4 < n && isDigit(text.charCodeAt(i + 4))) &&
        digits <= 3
      ) {
        grouped = true;
        i += 4;
      }
      const numText = text.slice(start, i);
      const value = Number(numText.replace(/,/g, ''));
      // a letter suffix: ordinal ("20th") or decade ("1990s"); other letters stay a separate, glued word
      let j = i;
      while (j < n && j - i < 3 && isLetter(text.charCodeAt(j))) j++;
      const suffix = text.slice(i, j).toLowerCase();
      const endsWord = j >= n || !isLetter(text.charCodeAt(j));
      const t = token('number', numText, start, i, spaced);
      t.value = value;
      t.digits = grouped ? numText.length : digits;
      t.grouped = grouped;
      if (!grouped && endsWord && (suffix === 'st' || suffix === 'nd' || suffix === 'rd' || suffix === 'th')) {
        t.ordinal = true;
        i = j;
      } else if (!grouped && endsWord && suffix === 's' && (digits === 4 || digits === 2)) {
        t.decade = true;
        i = j;
      }
      t.end = i;
      t.text = text.slice(start, i);
      t.lower = t.text.toLowerCase();
      out.push(t);
    } else {
      // one UTF-16 unit of punctuation or symbol
      i++;
      out.push(token('punct', text[start], start, i, spaced));
    }
    spaced = false;
  }
  return out;
}

function token(kind: TokenKind, text: string, start: number, end: number, spaced: boolean): Token {
  return {
    kind,
    text,
    lower: text.toLowerCase(),
    start,
    end,
    spaced,
    value: NaN,
    digits: 0,
    ordinal: false,
    grouped: false,
    decade: false,
  };
}
