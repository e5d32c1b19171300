import { describe, it, expect } from '@jest/globals';
import { CorpusAggregator, type CorpusReport } from '../src/aggregate/corpus.js';
import { compileFilters } from '../src/aggregate/filters.js';
import { VIEWS } from '../src/render/views/index.js';
import { KEEP_ALL } from '../src/cli/view-command.js';
import type { ViewContext } from '../src/render/views/view.js';
import { facts, kb } from './helpers.js';

// The views render an aggregated CorpusReport in every format, whoever built it (a corpus
// run, or `merge` from saved partial results).

function report(): CorpusReport {
  const agg = new CorpusAggregator(['entities', 'meetings', 'ceasefires', 'dates']);
  agg.add({ ...facts('Vladimir Putin met Ilham Aliyev in Moscow on Monday to discuss the ceasefire agreed on 10 November 2020.', '2020-12-15'), file: 'a.txt' });
  agg.add({ ...facts('Nikol Pashinyan spoke by phone with Vladimir Putin on Tuesday.', '2021-01-12'), file: 'b.txt' });
  return agg.result([{ file: 'c.txt', message: 'no such file or folder' }]);
}

const ctx = (over: Partial<ViewContext> = {}): ViewContext => ({ knowledge: kb(), filters: KEEP_ALL, sources: false, layout: { width: 80, colour: false }, ...over });

describe('views over a CorpusReport', () => {
  const r = report();

  it('every view prints every format it declares', () => {
    for (const [name, view] of Object.entries(VIEWS)) {
      for (const format of view.formats) {
        const out = view.render(format, r, ctx());
        expect({ name, format, empty: out.length === 0 }).toEqual({ name, format, empty: false });
      }
    }
  });

  it('tables summarise, count sources and keep within the width', () => {
    const table = VIEWS.meetings.render('table', r, ctx());
    expect(table).toMatch(/^2 meetings in 2 articles; 1 input failed \(see above\)$/m);
    expect(table).toMatch(/ 1 article$/m);
    expect(Math.max(...table.split('\n').map((l) => l.length))).toBeLessThanOrEqual(80);
    expect(VIEWS.meetings.render('table', r, ctx({ sources: true }))).toMatch(/ a\.txt$/m);
  });

  it('the timeline puts meetings and ceasefires in date order', () => {
    const doc = JSON.parse(VIEWS.timeline.render('json', r, ctx()));
    expect(doc.events.map((e: { date: string; kind: string }) => `${e.date} ${e.kind}`)).toEqual(['2020-11-10 ceasefire', '2020-12-14 meeting', '2021-01-12 meeting']);
  });

  it('fact filters apply in the views', () => {
    const onlyPashinyan = ctx({ filters: compileFilters(kb(), { person: ['Pashinian'] }) });
    const rows = JSON.parse(VIEWS.meetings.render('json', r, onlyPashinyan)).meetings;
    expect(rows.map((m: { participants: string[] }) => m.participants)).toEqual([['Nikol Pashinyan', 'Vladimir Putin']]);
    const graph = JSON.parse(VIEWS.graph.render('json', r, onlyPashinyan));
    expect(graph.edges).toHaveLength(1);
  });
});
