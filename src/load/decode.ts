// Bytes → text, refusing what is not text. A scrape produces binaries, other encodings and
// truncated files; each gets a message that names the problem, never a crash.

export class DecodeError extends Error {
  /** binary: not text at all; encoding: text in another encoding (or broken UTF-8) */
  constructor(message: string, readonly kind: 'binary' | 'encoding' = 'encoding') { super(message); }
}

// ignoreBOM keeps a UTF-8 byte-order mark as U+FEFF: offsets index the file as decoded,
// the way any reader (Node's readFileSync(f, 'utf8'), Python's open()) sees it.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array): string {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new DecodeError('UTF-16 text: convert the file to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)');
  }
  if (looksBinary(bytes)) throw new DecodeError('binary file, not text', 'binary');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new DecodeError('not UTF-8 text: convert the file to UTF-8 (e.g. iconv -f WINDOWS-1252 -t UTF-8)');
  }
  return text;
}

/** NUL bytes, or many control characters in the first 8 KB, mark a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return n > 0 && control / n > 0.05;
}
