import { describe, it, expect } from '@jest/globals';
import { processText } from '../src/pipeline/process.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import { MeetingAggregator } from '../src/aggregate/meetings.js';
import { compileFilters } from '../src/aggregate/filters.js';

const k = loadKnowledge();

// Two outlets report the same St Petersburg summit on the same day; a third reports a later
// meeting of the same people in another city.
const a = processText('a.txt', 'Vladimir Putin met Serzh Sargsyan and Ilham Aliyev in Saint Petersburg on Monday.', k, { date: '2016-06-20' });
const b = processText('b.txt', 'Putin held talks with Sarkisian and Aliyev in St Petersburg.', k, { date: '2016-06-21' });
const c = processText('c.txt', 'Vladimir Putin met Serzh Sargsyan and Ilham Aliyev in Moscow on Tuesday.', k, { date: '2016-11-30' });

function rows(perArticle = false) {
  const agg = new MeetingAggregator(perArticle);
  for (const f of [a, b, c]) agg.add(f);
  return agg.result();
}

describe('meetings across articles', () => {
  it('merges one meeting reported by several articles into one row with its sources', () => {
    const r = rows();
    expect(r).toHaveLength(2);
    const spb = r.find((m) => m.location === 'Saint Petersburg')!;
    expect(spb.sources.map((s) => s.file)).toEqual(['a.txt', 'b.txt']);
    expect(spb.date).toBe('2016-06-20');
    expect(r.find((m) => m.location === 'Moscow')!.date).toBe('2016-11-29');
  });

  it('keeps every article\'s report apart with --per-article', () => {
    expect(rows(true)).toHaveLength(3);
  });

  it('does not merge an undated report published long after a dated meeting', () => {
    const late = processText('d.txt', 'Putin held talks with Sarkisian and Aliyev in St Petersburg.', k, { date: '2017-03-01' });
    const agg = new MeetingAggregator();
    agg.add(a);
    agg.add(late);
    expect(agg.result()).toHaveLength(2);
  });

  it('filters by person in any spelling, by place, by date range and by status', () => {
    const r = rows();
    expect(r.filter(compileFilters(k, { person: ['Sarkisian'] }).meeting)).toHaveLength(2);
    expect(r.filter(compileFilters(k, { person: ['Nikol Pashinyan'] }).meeting)).toHaveLength(0);
    expect(r.filter(compileFilters(k, { place: 'the Kremlin' }).meeting).map((m) => m.location)).toEqual(['Moscow']);
    expect(r.filter(compileFilters(k, { place: 'Russia' }).meeting)).toHaveLength(2);
    expect(r.filter(compileFilters(k, { from: '2016-07', to: '2016-12' }).meeting).map((m) => m.location)).toEqual(['Moscow']);
    expect(r.filter(compileFilters(k, { status: 'planned' }).meeting)).toHaveLength(0);
  });
});
