import { createRequire } from 'node:module';
import { useColour } from './colour.js';
import { escapeControl } from './escape.js';

// cli-table3 is loaded when a table is drawn, not by JSON and NDJSON runs.
const require = createRequire(import.meta.url);

const ASCII = {
  top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+', bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+',
  left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+', right: '|', 'right-mid': '+', middle: '|',
};

/**
 * A table: box-drawn with a bold cyan header and grey borders on a terminal; plain ASCII
 * without colour codes when piped or with NO_COLOR (cli-table3 colours its borders otherwise).
 */
export function renderTable(head: string[], rows: string[][], colour = useColour()): string {
  const Table = require('cli-table3') as typeof import('cli-table3');
  const table = new Table({
    head: head.map(escapeControl),
    style: colour ? { head: ['bold', 'cyan'], border: ['grey'] } : { head: [], border: [] },
    chars: colour ? undefined : ASCII,
    wordWrap: true,
  });
  for (const r of rows) table.push(r.map(escapeControl));
  return table.toString() + '\n';
}
