import { describe, it, expect } from '@jest/globals';
import { processText } from '../src/pipeline/process.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import type { Meeting } from '../src/types.js';

// Complete participant lists of multi-party meetings: companions named with countries in
// brackets, fronted "at the initiative of" phrases, companions after a plan's participle.
// Articles of our own.

const k = loadKnowledge();
const meetings = (text: string, date: string): Meeting[] => processText('test.txt', text, k, { date }).meetings;
const sorted = (m: Meeting) => [...m.participants].sort();

/** Each variant tells one meeting, of exactly these people. */
function expectOneMeeting(variants: string[], date: string, people: string[]): Meeting[] {
  return variants.map((text) => {
    const ms = meetings(text, date);
    expect(ms).toHaveLength(1);
    expect(sorted(ms[0])).toEqual([...people].sort());
    return ms[0];
  });
}

const COCHAIRS_2007 = ['Bernard Fassier', 'Matthew Bryza', 'Yuri Merzlyakov'];

describe('companions of a bare meeting noun', () => {
  it('reads the list after a plan participle, and the call-off after the whole list', () => {
    const variants = [
      'The summit planned in Prague with the participation of Nikol Pashinyan, Ilham Aliyev, Charles Michel and Emmanuel Macron was called off.',
      'A quadrilateral meeting scheduled for Prague with the participation of Prime Minister of Armenia Nikol Pashinyan, President of Azerbaijan Ilham Aliyev, '
        + 'President of the European Council Charles Michel and President of France Emmanuel Macron did not take place.',
    ];
    for (const m of expectOneMeeting(variants, '2022-10-08', ['Charles Michel', 'Emmanuel Macron', 'Ilham Aliyev', 'Nikol Pashinyan'])) expect(m.status).toBe('not-held');
  });

  it('adds the mediators of a fronted "at the initiative of", with their countries in brackets', () => {
    const variants = [
      'On Tuesday evening, at the initiative of the co-chairs of the OSCE Minsk Group - Matthew Bryza (USA), Yuri Merzlyakov (Russia) and Bernard Fassier (France) - '
        + 'a working lunch was held with the participation of Elmar Mammadyarov and Vartan Oskanian.',
      'At the initiative of Matthew Bryza (United States), Yuri Merzlyakov (Russian Federation) and Bernard Fassier (France), a working dinner took place '
        + 'with the participation of the foreign ministers Elmar Mammadyarov and Vartan Oskanian.',
      'On the initiative of the co-chairmen Matthew Bryza, Yuri Merzlyakov and Bernard Fassier, Elmar Mammadyarov and Vartan Oskanian had a working breakfast in Brussels.',
    ];
    expectOneMeeting(variants, '2007-11-30', [...COCHAIRS_2007, 'Elmar Mammadyarov', 'Vartan Oskanian']);
  });

  it('keeps a fronted phrase that a clause of its own separates from the meeting', () => {
    const ms = meetings('At the initiative of Matthew Bryza, the OSCE issued a statement, and a working dinner took place with the participation of Elmar Mammadyarov and Vartan Oskanian.', '2007-11-30');
    expect(ms).toHaveLength(1);
    expect(sorted(ms[0])).toEqual(['Elmar Mammadyarov', 'Vartan Oskanian']);
  });
});

describe('the larger format of a meeting just told', () => {
  it('adds everyone of "held first in the extended format, with the participation of" to the meeting before', () => {
    const variants = [
      'Ilham Aliyev met Nikol Pashinyan in Brussels on Sunday. The meeting was held first in the expanded format, with the participation of the foreign ministers '
        + 'Jeyhun Bayramov and Ararat Mirzoyan, as well as the EU special representative Toivo Klaar.',
      'Ilham Aliyev met Nikol Pashinyan in Brussels on Sunday. The talks then continued in an enlarged composition with the participation of Jeyhun Bayramov, '
        + 'Ararat Mirzoyan and Toivo Klaar.',
      'Ilham Aliyev met Nikol Pashinyan in Brussels on Sunday. The session itself opened in the presence of Jeyhun Bayramov, Ararat Mirzoyan and Toivo Klaar.',
    ];
    expectOneMeeting(variants, '2023-05-15', ['Ararat Mirzoyan', 'Ilham Aliyev', 'Jeyhun Bayramov', 'Nikol Pashinyan', 'Toivo Klaar']);
  });

  it('keeps ministers named in the same breath as the co-chairs out of a later "the co-chairs"', () => {
    const ms = meetings(
      'Serzh Sargsyan met Ilham Aliyev in Geneva on Monday. The talks opened with the participation of the foreign ministers, Edward Nalbandian and Elmar Mammadyarov, '
        + 'the co-chairs Igor Popov (Russia), Stephane Visconti (France) and Andrew Schofer (USA). '
        + 'Later Serzh Sargsyan had a working dinner with the co-chairs.',
      '2017-10-17',
    );
    const dinner = ms.find((m) => m.participants.length === 4);
    expect(dinner && sorted(dinner)).toEqual(['Andrew Schofer', 'Igor Popov', 'Serzh Sargsyan', 'Stéphane Visconti']);
  });
});

describe('a meeting told against another one', () => {
  it('keeps "before the meeting, X had breakfast with the co-chairs" apart, at the meeting\'s place and day, and its status from its own clause', () => {
    const variants = [
      'Serzh Sargsyan and Ilham Aliyev met in Geneva on Monday with the co-chairs Igor Popov, Stephane Visconti and Andrew Schofer. '
        + 'Before the meeting Serzh Sargsyan had a working breakfast with the co-chairs, and in the evening the ministers are expected to see them again.',
      'Serzh Sargsyan and Ilham Aliyev met in Geneva on Monday with the co-chairs Igor Popov, Stephane Visconti and Andrew Schofer. '
        + 'Ahead of the talks, Serzh Sargsyan held a working breakfast with the co-chairs, while the ministers are due to meet them on Tuesday.',
    ];
    for (const text of variants) {
      const ms = meetings(text, '2017-10-17');
      const breakfast = ms.find((m) => m.participants.length === 4);
      expect(breakfast && sorted(breakfast)).toEqual(['Andrew Schofer', 'Igor Popov', 'Serzh Sargsyan', 'Stéphane Visconti']);
      expect(breakfast).toMatchObject({ status: 'held', location: 'Geneva', date: '2017-10-16' });
    }
  });
});

describe('agency initials', () => {
  it('reads "E.Mammadyarov" and "H. Aliyev" as the bearer whose first name the initial opens', () => {
    const ms = meetings('Foreign Minister E.Mammadyarov met his Armenian counterpart V.Oskanian in Prague. Earlier H. Aliyev received R.Kocharyan in Baku.', '2002-05-15');
    expect(ms.map(sorted)).toEqual([['Elmar Mammadyarov', 'Vartan Oskanian'], ['Heydar Aliyev', 'Robert Kocharyan']]);
  });
});

describe('people who join the meeting just told', () => {
  const told = 'Zohrab Mnatsakanyan and Elmar Mammadyarov met in Paris on Friday. ';
  const all = ['Andrew Schofer', 'Elmar Mammadyarov', 'Igor Popov', 'Stéphane Visconti', 'Zohrab Mnatsakanyan'];
  it('reads "also attended.", "were joined by", "Also present were" and "were also present"', () => {
    expectOneMeeting([
      `${told}Igor Popov of Russia, Stephane Visconti of France and Andrew Schofer of the United States, the co-chairs of the OSCE Minsk Group, also attended.`,
      `${told}They were joined by the co-chairs Igor Popov and Stephane Visconti and by Andrew Schofer.`,
      `${told}Also present were the co-chairs Igor Popov, Stephane Visconti and Andrew Schofer.`,
      `${told}The Minsk Group co-chairs Igor Popov, Stephane Visconti and Andrew Schofer were also present.`,
    ], '2019-03-30', all);
  });

  it('joins nobody who attended something else, refused to take part or never attended', () => {
    expectOneMeeting([
      `${told}Igor Popov attended the funeral of a soldier in Moscow.`,
      `${told}Igor Popov refused to take part in the talks.`,
      `${told}Igor Popov never attended.`,
    ], '2019-03-30', ['Elmar Mammadyarov', 'Zohrab Mnatsakanyan']);
  });

  it('keeps the tete-a-tete apart from the expanded round the others joined, at its place and day', () => {
    const ms = meetings(
      'Serzh Sargsyan and Ilham Aliyev ended five hours of talks in Munich on Sunday. The presidents first spoke tete-a-tete at a hotel. '
        + 'Later they were joined by the foreign ministers Edward Nalbandian and Elmar Mammadyarov for the expanded round. '
        + 'The two presidents had met in Zurich in January.',
      '2009-11-23',
    );
    const pair = ms.filter((m) => m.participants.length === 2);
    expect(pair.map((m) => [m.location, m.date])).toEqual([['Munich', '2009-11-22'], ['Zurich', '2009-01']]);
    const expanded = ms.filter((m) => m.participants.length === 4);
    expect(expanded).toHaveLength(1);
    expect(sorted(expanded[0])).toEqual(['Edward Nalbandian', 'Elmar Mammadyarov', 'Ilham Aliyev', 'Serzh Sargsyan']);
  });
});

describe('mediators who see each side in turn', () => {
  const chairs = ['Igor Popov', 'Jacques Faure', 'James Warlick'];
  it('makes one meeting per host, each at its own venue and day', () => {
    const variants = [
      'The co-chairs Igor Popov, James Warlick and Jacques Faure held talks with Ilham Aliyev in Baku on 4 November and with Serzh Sargsyan in Yerevan the following day.',
      'Igor Popov, James Warlick and Jacques Faure met Ilham Aliyev in Baku on 4 November and then Serzh Sargsyan in Yerevan on 5 November.',
      'On their tour, Igor Popov, James Warlick and Jacques Faure conferred with Ilham Aliyev in Baku on November 4, and later with Serzh Sargsyan in Yerevan on November 5.',
    ];
    for (const text of variants) {
      const ms = meetings(text, '2013-11-18');
      expect(ms.map((m) => [sorted(m), m.location, m.date])).toEqual([
        [[...chairs, 'Ilham Aliyev'].sort(), 'Baku', '2013-11-04'],
        [[...chairs, 'Serzh Sargsyan'].sort(), 'Yerevan', '2013-11-05'],
      ]);
    }
  });

  it('keeps a companion of the trip in every meeting, and a plain list of guests in one', () => {
    const ms = meetings('Together with Andrzej Kasprzyk, the personal representative of the OSCE chairman, Igor Popov and James Warlick held talks with Ilham Aliyev in Baku on 4 November and with Serzh Sargsyan in Yerevan the next day.', '2013-11-18');
    expect(ms.map(sorted)).toEqual([
      ['Andrzej Kasprzyk', 'Igor Popov', 'Ilham Aliyev', 'James Warlick'],
      ['Andrzej Kasprzyk', 'Igor Popov', 'James Warlick', 'Serzh Sargsyan'],
    ]);
    expect(meetings('Vladimir Putin met Ilham Aliyev in Sochi on Friday and Nikol Pashinyan said on Saturday that he was ready to follow.', '2021-01-30').map(sorted))
      .toEqual([['Ilham Aliyev', 'Vladimir Putin']]);
  });
});
