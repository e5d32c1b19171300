import { oneLine } from './table.js';

// A GitHub-flavoured Markdown table: for issues, pull requests, wikis and reports.

/** A cell with the characters that would end it or start markup escaped. */
export function markdownCell(s: string): string {
  return oneLine(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/([*_`<>[\]])/g, '\\$1');
}

export function markdownTable(head: string[], rows: string[][], right: boolean[] = []): string {
  const out = [`| ${head.map(markdownCell).join(' | ')} |`, `| ${head.map((_, i) => (right[i] ? '---:' : '---')).join(' | ')} |`];
  for (const r of rows) out.push(`| ${head.map((_, i) => markdownCell(r[i] ?? '')).join(' | ')} |`);
  return out.join('\n') + '\n';
}
