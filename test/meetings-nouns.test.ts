import { describe, it, expect } from '@jest/globals';
import type { Meeting } from '../src/types.js';
import { meetingsOf as meetings } from './helpers.js';

// Meetings told as noun phrases and background lists of several meetings. Sentences of our own.

const brief = (ms: Meeting[]) => ms.map((m) => [[...m.participants].sort().join(' + '), m.location, m.date, m.status]);

describe('background lists of meetings', () => {
  it('reads one meeting per venue and month, the year carried back from the last item', () => {
    const ms = meetings('Robert Kocharyan and Ilham Aliyev had met in Sochi in January, St Petersburg in June and at Rambouillet in November 2006.', '2007-01-10');
    expect(brief(ms)).toEqual([
      ['Ilham Aliyev + Robert Kocharyan', 'Sochi', '2006-01', 'held'],
      ['Ilham Aliyev + Robert Kocharyan', 'Saint Petersburg', '2006-06', 'held'],
      ['Ilham Aliyev + Robert Kocharyan', 'Rambouillet', '2006-11', 'held'],
    ]);
  });

  it('reads "met in X in May and later in Y in October"', () => {
    const ms = meetings('Nikol Pashinyan and Ilham Aliyev met in Brussels in May and later in Prague in October 2022.', '2022-12-01');
    expect(brief(ms).map((m) => [m[1], m[2]])).toEqual([['Brussels', '2022-05'], ['Prague', '2022-10']]);
  });

  it('reads "again in August" at the same venue and "for a third time last month in X, Country"', () => {
    const ms = meetings('Robert Kocharyan and Heydar Aliyev then met in Geneva in July and again in August, and for a third time last month in Yalta, Ukraine, at a regional summit.', '1999-10-12');
    expect(brief(ms).map((m) => [m[1], m[2]])).toEqual([['Geneva', '1999-07'], ['Geneva', '1999-08'], ['Yalta', '1999-09']]);
  });

  it('reads a list after the verb\'s object: "met X in Brussels on Sunday and in Prague on Monday"', () => {
    const ms = meetings('Nikol Pashinyan met Ilham Aliyev in Brussels on Sunday and in Prague on Monday.', '2022-05-25');
    expect(brief(ms).map((m) => [m[1], m[2]])).toEqual([['Brussels', '2022-05-22'], ['Prague', '2022-05-23']]);
  });

  it('keeps two undated venues of one trip as one meeting', () => {
    const ms = meetings('Recep Tayyip Erdogan met Ilham Aliyev in Baku on Tuesday.', '2021-06-17');
    expect(ms).toHaveLength(1);
    expect(ms[0].location).toBe('Baku');
  });
});

describe('meetings as noun phrases', () => {
  it('reads a planned noun phrase whose own predicate comes after its people', () => {
    const ms = meetings('Trilateral talks of Vladimir Putin, his Azerbaijani counterpart Ilham Aliyev and Nikol Pashinyan will be held on Monday in Moscow.', '2021-01-08');
    expect(brief(ms)).toEqual([['Ilham Aliyev + Nikol Pashinyan + Vladimir Putin', 'Moscow', '2021-01-11', 'planned']]);
  });

  it('reads "conversations ... are planned" as planned and "the meeting ... took place" as held', () => {
    const a = meetings('A conversation between Sergey Lavrov and Jeyhun Bayramov is planned for Thursday.', '2022-03-01');
    expect(a.map((m) => m.status)).toEqual(['planned']);
    const b = meetings('The meeting of Nikol Pashinyan and Ilham Aliyev took place in Brussels on Sunday.', '2022-05-24');
    expect(brief(b)).toEqual([['Ilham Aliyev + Nikol Pashinyan', 'Brussels', '2022-05-22', 'held']]);
  });

  it('reads a place-named summit and a possessive meeting', () => {
    const a = meetings('The Kazan summit of Dmitry Medvedev, Serzh Sargsyan and Ilham Aliyev ended on Friday without a deal.', '2011-06-25');
    expect(brief(a)).toEqual([['Dmitry Medvedev + Ilham Aliyev + Serzh Sargsyan', 'Kazan', '2011-06-24', 'held']]);
    const b = meetings("Sergey Lavrov's meeting with Ararat Mirzoyan in Moscow lasted two hours.", '2022-04-10');
    expect(brief(b).map((m) => m[0])).toEqual(['Ararat Mirzoyan + Sergey Lavrov']);
  });
});

describe('verbs that end or start talks govern the meeting noun', () => {
  it('reads "ended/concluded N hours of talks" as the talks held', () => {
    expect(brief(meetings('Ilham Aliyev and Nikol Pashinyan ended four hours of talks in Sochi on Friday without a deal.', '2021-11-27')))
      .toEqual([['Ilham Aliyev + Nikol Pashinyan', 'Sochi', '2021-11-26', 'held']]);
    expect(brief(meetings('Jeyhun Bayramov and Ararat Mirzoyan concluded two days of negotiations in Almaty on Saturday.', '2024-05-12')))
      .toEqual([['Ararat Mirzoyan + Jeyhun Bayramov', 'Almaty', '2024-05-11', 'held']]);
  });
});
