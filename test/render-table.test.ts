import { describe, it, expect } from '@jest/globals';
import { renderTable, fit } from '../src/render/table.js';
import { displayWidth, wrap, cut } from '../src/render/width.js';
import { csvLine, tsvLine } from '../src/render/delimited.js';
import { markdownTable } from '../src/render/markdown.js';
import { renderReport } from '../src/render/report.js';

const plain = { width: 60, colour: false };
const widest = (text: string) => Math.max(...text.trimEnd().split('\n').map(displayWidth));

describe('tables', () => {
  it('fit the width: long cells wrap at spaces, paths are cut at the start, numbers never wrap', () => {
    const rows = [['2016-05-16', 'John Kerry, Sergey Lavrov, Ilham Aliyev, Serzh Sargsyan, Emmanuel Macron', 'corpus/2016/a-very-long-folder-name/article-0001.txt', '12']];
    const text = renderTable([{ head: 'Date' }, { head: 'Participants' }, { head: 'File', cut: 'start' }, { head: 'N', align: 'right' }], rows, plain);
    expect(widest(text)).toBeLessThanOrEqual(60);
    expect(text).toContain('2016-05-16');
    expect(text).toMatch(/\u2026[^ ]*article-0001.txt/);
    expect(text).toMatch(/John Kerry,/);
    expect(text.split('\n')[1]).toMatch(/^-+( +-+)+$/);
  });

  it('has a header, one rule under it and no separators between rows', () => {
    const text = renderTable([{ head: 'A' }, { head: 'B' }], [['1', 'x'], ['2', 'y'], ['3', 'z']], plain);
    expect(text.trimEnd().split('\n')).toEqual(['A  B', '-  -', '1  x', '2  y', '3  z']);
  });

  it('never puts colour codes in a plain table, and does with colour', () => {
    expect(renderTable([{ head: 'A' }], [['1']], plain)).not.toMatch(/\x1b/);
    expect(renderTable([{ head: 'A' }], [['1']], { width: 60, colour: true })).toMatch(/\x1b\[1m/);
  });

  it('keep a cell on one line: line breaks and tabs become spaces, other control characters show escaped', () => {
    const text = renderTable([{ head: 'A' }], [['one\ntwo\tthree\u0007 \u001b]0;x']], plain);
    expect(text.trimEnd().split('\n')).toEqual(['A', '--------------------------', 'one two three\\x07 \\x1b]0;x']);
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
  });

  it('render 20,000 rows, each on its own lines', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [String(i), `Person ${i}, Person ${i + 1}`, 'Vienna']);
    const text = renderTable([{ head: 'N', align: 'right' }, { head: 'Who' }, { head: 'Where' }], rows, { width: 80, colour: false });
    expect(text.trimEnd().split('\n')).toHaveLength(20_002);
  });

  it('share the width: narrow columns keep theirs, wide ones split the rest', () => {
    expect(fit([10, 50, 50], 80)).toEqual([10, 35, 35]);
    expect(fit([10, 20], 80)).toEqual([10, 20]);
    expect(fit([4, 100], 30).reduce((a, b) => a + b)).toBe(30);
  });

  it('measure wide characters and combining marks', () => {
    expect(displayWidth('Erdoğan')).toBe(7);
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('東京')).toBe(4);
    expect(cut('Nagorno-Karabakh', 8)).toBe('Nagorno\u2026');
    expect(wrap('Vladimir Putin, Ilham Aliyev, Serzh Sargsyan', 16, 3)).toEqual(['Vladimir Putin,', 'Ilham Aliyev,', 'Serzh Sargsyan']);
  });
});

describe('delimited and markdown', () => {
  it('CSV quotes what needs quoting (RFC 4180), TSV flattens tabs and line breaks', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', 'two\nlines'])).toBe('a,"b,c","say ""hi""","two\nlines"\r\n');
    expect(tsvLine(['a\tb', 'c\nd'])).toBe('a b\tc d\n');
  });

  it('Markdown escapes pipes and markup', () => {
    expect(markdownTable(['Name', 'N'], [['a|b *c*', '2']], [false, true])).toBe('| Name | N |\n| --- | ---: |\n| a\\|b \\*c\\* | 2 |\n');
  });

  it('one report prints in every format', () => {
    const report = {
      columns: [{ head: 'Name' }, { head: 'Count', align: 'right' as const }],
      rows: [{ name: 'Ilham Aliyev', n: 2 }],
      cells: (r: { name: string; n: number }) => [r.name, String(r.n)],
      document: () => ({ rows: 1 }),
      summary: '1 row',
    };
    expect(renderReport('csv', report)).toBe('Name,Count\r\nIlham Aliyev,2\r\n');
    expect(renderReport('tsv', report)).toBe('Name\tCount\nIlham Aliyev\t2\n');
    expect(renderReport('ndjson', report)).toBe('{"name":"Ilham Aliyev","n":2}\n');
    expect(JSON.parse(renderReport('json', report))).toEqual({ rows: 1 });
    expect(renderReport('markdown', report)).toContain('| Ilham Aliyev | 2 |\n\n1 row\n');
    expect(renderReport('table', report, plain)).toBe('Name          Count\n------------  -----\nIlham Aliyev      2\n1 row\n');
  });
});
