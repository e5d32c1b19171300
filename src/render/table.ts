import Table from 'cli-table3';
import { Chalk } from 'chalk';

/** Colour only for a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColour(stream: NodeJS.WriteStream = process.stdout): boolean {
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  if (process.env.FORCE_COLOR !== undefined && process.env.FORCE_COLOR !== '0') return true;
  return Boolean(stream.isTTY);
}

export function palette(colour = useColour()) {
  return new Chalk({ level: colour ? 1 : 0 });
}

/**
 * A table: box-drawn with a coloured header on a terminal; plain ASCII without colour codes
 * when piped (cli-table3 colours its borders otherwise).
 */
export function renderTable(head: string[], rows: string[][], colour = useColour()): string {
  const c = palette(colour);
  const table = new Table({
    head: head.map((h) => c.bold.cyan(h)),
    style: colour ? { head: [], border: ['grey'] } : { head: [], border: [] },
    chars: colour ? undefined : {
      top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+', bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+',
      left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+', right: '|', 'right-mid': '+', middle: '|',
    },
    wordWrap: true,
  });
  for (const r of rows) table.push(r);
  return table.toString() + '\n';
}
