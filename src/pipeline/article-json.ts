import type { ArticleFacts } from '../types.js';

// The contract's Article as a JSON string (the pipeline's transport and cache format, which
// renderers copy through), made once per article (in a worker, or read from
// the cache) and reused: `analyze --ndjson` writes it as it is; other commands parse it.
// The body has no `file` (the cache serves it under whatever name the user gives the file);
// `articleLine` puts it in front.

/** The Article's JSON without `file`. */
export function articleBody(f: ArticleFacts): string {
  const { file: _file, dates, ...rest } = f;
  // Date mentions are published without their cleaned-text offsets (evidence carries the file's
  // own), and with their TimeML value where it says more than the calendar one.
  return JSON.stringify({ ...rest, dates: dates.map(({ text, value, timex, end, kind, evidence }) => ({ text, value: timex ?? value, end, kind, evidence })) });
}

/** The start of an Article's JSON, `file` first as the contract lists it; the body follows from after its `{`. */
export function articleHead(file: string, body: { length: number }): string {
  return `{"file":${JSON.stringify(file)}${body.length > 2 ? ',' : ''}`;
}

/** The Article's JSON line (without its newline). */
export function articleLine(file: string, body: string): string {
  return articleHead(file, body) + (body.length > 2 ? body.slice(1) : '}');
}

export function parseArticle(line: string): ArticleFacts {
  return JSON.parse(line) as ArticleFacts;
}
