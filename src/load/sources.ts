import { formatByName, looksLikeJsonl } from './format.js';
import { recordsOfFile, recordsOfText } from './jsonl.js';
import { articleOf, DEFAULT_MAX_BYTES, readSource, userMetadata, type ReadOptions, type ReadResult, type SourceResult } from './read.js';

// One input → its articles. A text or HTML file is one article; a JSON Lines file (or standard
// input starting with "{") is one article per line, each named FILE:LINE. Everything that reads
// a corpus (the runner, check) goes through here, so both kinds of input behave the same.

/** Does this input hold many articles (or might: standard input is sniffed once read)? */
export function mayHoldMany(file: string): boolean {
  return file === '-' || formatByName(file) === 'jsonl';
}

/** The sources of one input, in order; errors (a bad line, an unreadable file) in their place. */
export function* readSources(file: string, options: ReadOptions = {}): Generator<SourceResult> {
  if (formatByName(file) === 'jsonl') {
    try {
      yield* recordsOfFile(file, options.maxBytes ?? DEFAULT_MAX_BYTES, userMetadata(file, options), options.fields);
    } catch (e) {
      // the file itself could not be opened or read: one error for it, as for a text file
      const read = readSource(file, options);
      yield read.ok ? { ok: false, error: { file, message: `cannot read: ${(e as Error).message}` }, cause: e } : read;
    }
    return;
  }
  const read = readSource(file, options);
  if (file === '-' && read.ok && read.source.format !== 'html' && looksLikeJsonl(read.source.original)) {
    yield* recordsOfText(file, read.source.original, read.source.meta, options.fields);
    return;
  }
  yield read;
}

/** The cleaned articles of one input (see readSources). */
export function* readArticles(file: string, options: ReadOptions = {}): Generator<ReadResult> {
  for (const r of readSources(file, options)) yield r.ok ? { ok: true, article: articleOf(r.source) } : r;
}
