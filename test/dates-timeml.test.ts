import { describe, it, expect } from '@jest/globals';
import { facts } from './helpers.js';
import { articleBody } from '../src/pipeline/article-json.js';

// TimeML values and tense, in sentences written for these tests.

/** The published value of each mention, by its text. */
function published(text: string, date: string): Record<string, string | null> {
  const body = JSON.parse(articleBody(facts(text, date))) as { dates: { text: string; value: string | null }[] };
  return Object.fromEntries(body.dates.map((d) => [d.text, d.value]));
}

describe('TimeML values of mentions', () => {
  it('gives weeks and weekends their ISO week', () => {
    // 2019-05-15 is a Wednesday of ISO week 20
    expect(published('The envoys met last week and will meet again next week.', '2019-05-15')).toMatchObject({ 'last week': '2019-W19', 'next week': '2019-W21' });
    expect(published('The ministers talked over the weekend.', '2019-05-15')).toMatchObject({ 'the weekend': '2019-W19-WE' });
  });

  it('names quarters and halves, resolved by the tense', () => {
    expect(published('Trade between the neighbours fell in the third quarter.', '2019-11-05')).toMatchObject({ 'third quarter': '2019-Q3' });
    expect(published('Exports rose in the fourth quarter, the ministry said.', '2020-02-10')).toMatchObject({ 'fourth quarter': '2019-Q4' });
    expect(published('The pipeline will carry more gas in the first half of 2021.', '2020-06-01')).toMatchObject({ 'first half of 2021': '2021-H1' });
    expect(published("Customs receipts grew in this year's second quarter.", '2019-09-01')).toMatchObject({ "this year's second quarter": '2019-Q2' });
  });

  it('dates "a year earlier" in a story about a quarter by that quarter', () => {
    const v = published('Transit fees rose 8% in the third quarter from a year earlier.', '2019-10-20');
    expect(v).toMatchObject({ 'third quarter': '2019-Q3', 'a year earlier': '2018-Q3' });
  });

  it('names seasons', () => {
    expect(published('The talks will resume this summer.', '2019-04-02')).toMatchObject({ 'this summer': '2019-SU' });
    expect(published('The border commission last met last fall.', '2019-04-02')).toMatchObject({ 'last fall': '2018-FA' });
  });

  it('marks present, past and future references without a calendar value', () => {
    const v = published('The sides are now closer than they were recently, and a deal may come soon.', '2019-04-02');
    expect(v).toMatchObject({ now: 'PRESENT_REF', recently: 'PAST_REF', soon: 'FUTURE_REF' });
    expect(published('In recent years the front line was quiet, unlike in the past.', '2019-04-02')).toMatchObject({ 'recent years': 'PAST_REF', past: 'PAST_REF' });
    expect(published('Mediators hope to meet in the near future.', '2019-04-02')).toMatchObject({ 'near future': 'FUTURE_REF' });
    expect(published('The envoys first met several years ago.', '2019-04-02')).toMatchObject({ 'several years ago': 'PAST_REF' });
  });

  it('never lets a reference value date a meeting', () => {
    const f = facts('Aliyev and Pashinyan are now meeting in Vienna.', '2019-03-29');
    for (const m of f.meetings) expect(m.date === null || /^\d{4}(-\d{2}){0,2}$/.test(m.date)).toBe(true);
  });

  it('keeps "now-defunct" and "a quarter of the vote" out', () => {
    expect(Object.keys(published('The now-defunct council won a quarter of the vote.', '2019-04-02'))).toEqual([]);
  });
});

describe('tense and yearless dates', () => {
  it('reads a sentence without a tense cue as the nearest date', () => {
    expect(published('The deadline for the reply is Nov. 21.', '2019-11-02')).toMatchObject({ 'Nov. 21': '2019-11-21' });
  });

  it('takes a plan in past-tense copy to the coming weeks, not a year back', () => {
    expect(published('The offer had been set to expire Nov. 6.', '2019-11-02')).toMatchObject({ 'Nov. 6': '2019-11-06' });
  });

  it('keeps a past event in the past', () => {
    expect(published('In January the envoys visited both capitals.', '2019-10-27')).toMatchObject({ January: '2019-01' });
  });

  it('reads "set to resume" as a plan and "had been due to" as the past', () => {
    // 2019-03-22 is a Friday
    expect(published('The talks, set to resume Monday in Vienna, were postponed.', '2019-03-22')).toMatchObject({ Monday: '2019-03-25' });
    expect(published('The truce had been due to expire Friday evening.', '2019-03-25')).toMatchObject({ 'Friday evening': '2019-03-22' });
  });

  it('does not let an adjective four words back set the tense', () => {
    expect(published('Payment would be made on a still unspecified date in January.', '2019-10-26')).toMatchObject({ January: '2020-01' });
  });
});
