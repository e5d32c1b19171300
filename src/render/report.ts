import { renderJson, renderNdjsonLine } from './json.js';
import { renderTable, type Column } from './table.js';
import { markdownTable } from './markdown.js';
import { csvLine, tsvLine } from './delimited.js';
import { clearStatus, flush, outputColour, outputWidth } from './output.js';
import type { FileError } from '../types.js';
import { escapeLine } from './escape.js';

/** The formats every corpus command prints. */
export const TABLE_FORMATS = ['table', 'json', 'ndjson', 'csv', 'tsv', 'markdown'] as const;
export type Format = (typeof TABLE_FORMATS)[number];

/**
 * What a command hands to the renderers: its rows, how a row looks as cells, and the JSON
 * document. One interface for every output format, so commands never format by hand.
 */
export interface Report<Row> {
  columns: Column[];
  rows: Row[];
  /** a row as people read it (table, markdown): counts, short lists */
  cells(row: Row): string[];
  /** a row as data (CSV, TSV): full lists; default `cells` */
  fields?(row: Row): string[];
  /** the --json document */
  document(): unknown;
  /** one --ndjson line per row (default: the row itself) */
  line?(row: Row): unknown;
  /** shown under the table, e.g. "12 entities in 5 articles" */
  summary?: string;
  /** shown instead of an empty table, e.g. "No meetings found." */
  empty?: string;
}

/** Renders a report in a format as text (the whole of it: for files, tests and `merge`). */
export function renderReport<Row>(format: Format, report: Report<Row>, layout = { width: outputWidth(), colour: outputColour() }): string {
  const fields = report.fields ?? report.cells;
  switch (format) {
    case 'json': return renderJson(report.document());
    case 'ndjson': return report.rows.map((r) => renderNdjsonLine(report.line ? report.line(r) : r)).join('');
    case 'csv': return csvLine(report.columns.map((c) => c.head)) + report.rows.map((r) => csvLine(fields(r))).join('');
    case 'tsv': return tsvLine(report.columns.map((c) => c.head)) + report.rows.map((r) => tsvLine(fields(r))).join('');
    case 'markdown': {
      const table = report.rows.length ? markdownTable(report.columns.map((c) => c.head), report.rows.map((r) => report.cells(r)), report.columns.map((c) => c.align === 'right')) : `${report.empty ?? 'Nothing found.'}\n`;
      return report.summary ? `${table}\n${report.summary}\n` : table;
    }
    case 'table': {
      const table = report.rows.length ? renderTable(report.columns, report.rows.map((r) => report.cells(r)), layout) : `${report.empty ?? 'Nothing found.'}\n`;
      return report.summary ? `${table}${report.summary}\n` : table;
    }
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

/** The end of a summary line when the topic filter skipped articles: "; 9 off-topic articles skipped (--all-topics analyses them)". */
export function skippedNote(skipped: number): string {
  return skipped ? `; ${count(skipped, 'off-topic article')} skipped (--all-topics analyses them)` : '';
}

/** How a summary line ends: "in 12 articles", then failures and skipped articles, if any. */
export function summaryTail(report: { errors: FileError[]; skipped: number }, articles: number): string {
  return `in ${count(articles, 'article')}${failures(report.errors)}${skippedNote(report.skipped)}`;
}

/** File errors go to stderr in every format (and into the JSON document where it has a place). */
export function reportErrors(errors: FileError[]): void {
  flush(); // keep stdout and stderr in the order they happened
  clearStatus();
  for (const e of errors) process.stderr.write(`karabakh-cli: ${escapeLine(e.file)}: ${escapeLine(e.message)}\n`);
}
