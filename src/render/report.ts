import { renderJson, renderNdjsonLine } from './json.js';
import { renderTable } from './table.js';
import { flush, write } from './output.js';
import type { FileError } from '../types.js';
import { escapeLine } from './escape.js';

export type Format = 'table' | 'json' | 'ndjson';

/**
 * What a command hands to the renderers: its rows, how a row looks in a table, and the JSON
 * document. One interface for every output format, so commands never format by hand.
 */
export interface Report<Row> {
  head: string[];
  rows: Row[];
  cells(row: Row): string[];
  /** the --json document */
  document(): unknown;
  /** one --ndjson line per row (default: the row itself) */
  line?(row: Row): unknown;
  /** shown under the table, e.g. "12 entities in 5 articles" */
  summary?: string;
}

export function emit<Row>(format: Format, report: Report<Row>): void {
  if (format === 'json') write(renderJson(report.document()));
  else if (format === 'ndjson') for (const r of report.rows) write(renderNdjsonLine(report.line ? report.line(r) : r));
  else {
    write(report.rows.length ? renderTable(report.head, report.rows.map((r) => report.cells(r))) : 'Nothing found.\n');
    if (report.summary) write(report.summary + '\n');
  }
}

/** "1 article", "3 articles". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/** The end of a summary line when inputs failed: "; 2 inputs failed (see above)". */
export function failures(errors: FileError[]): string {
  return errors.length ? `; ${count(errors.length, 'input')} failed (see above)` : '';
}

/** The end of a summary line when the topic filter skipped articles: "; 9 off-topic articles skipped". */
export function skippedNote(skipped: number): string {
  return skipped ? `; ${count(skipped, 'off-topic article')} skipped by --topic-filter` : '';
}

/** File errors go to stderr in every format (and into the JSON document where it has a place). */
export function reportErrors(errors: FileError[]): void {
  flush(); // keep stdout and stderr in the order they happened
  for (const e of errors) process.stderr.write(`karabakh-cli: ${escapeLine(e.file)}: ${escapeLine(e.message)}\n`);
}
