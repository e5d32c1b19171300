import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli, cliInTerminal, hasScript } from './cli-helpers.js';

// The progress bar: on a terminal only, with rate and ETA, never sharing a line with output.

let corpus: string;
beforeAll(() => {
  corpus = fs.mkdtempSync(path.join(os.tmpdir(), 'kcli-progress-'));
  const seeds = fs.readdirSync('fixtures/seeds');
  for (let i = 0; i < 25; i++) fs.copyFileSync(path.join('fixtures/seeds', seeds[i % seeds.length]), path.join(corpus, `${String(i).padStart(2, '0')}.txt`));
});
afterAll(() => fs.rmSync(corpus, { recursive: true, force: true }));

/** What a terminal shows: each line as left after carriage returns and line clears. */
function screen(raw: string): string[] {
  // a carriage return or "cursor to column 1" starts the line over
  return raw.split('\n').map((l) => (l.split(/\r|\x1b\[1G/).pop() ?? '').replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[78]/g, ''));
}

const describeTty = hasScript ? describe : describe.skip;

describeTty('the progress bar', () => {
  it('shows rate and ETA on a terminal, then leaves only the table', () => {
    const raw = cliInTerminal(['meetings', '--no-cache', '--jobs', '1', corpus], 100);
    expect(raw).toMatch(/files\/s \| ETA/);
    const lines = screen(raw);
    expect(lines.some((l) => /files\/s/.test(l))).toBe(false);
    expect(lines[0]).toMatch(/^Date {2,}Participants/);
  });

  it('is not drawn when NDJSON streams to the same terminal, with --no-progress, or in CI', () => {
    const streamed = cliInTerminal(['analyze', '--ndjson', '--no-cache', '--jobs', '1', corpus], 100);
    expect(streamed).not.toMatch(/ETA/);
    expect(screen(streamed).filter((l) => l.trim()).every((l) => l.startsWith('{'))).toBe(true);
    expect(cliInTerminal(['meetings', '--no-progress', '--no-cache', '--jobs', '1', corpus], 100)).not.toMatch(/ETA/);
    expect(cliInTerminal(['meetings', '--no-cache', '--jobs', '1', corpus], 100, { CI: 'true' })).not.toMatch(/ETA/);
  });
});

describe('without a terminal', () => {
  it('nothing but the output: no bar in pipes', () => {
    const r = cli(['meetings', '--no-cache', '--jobs', '1', corpus]);
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toMatch(/ETA/);
  });
});
