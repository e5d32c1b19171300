import { describe, it, expect } from '@jest/globals';
import type { Meeting } from '../src/types.js';
import { meetingsOf as meetings, people as sorted } from './helpers.js';

// Complete participant lists of multi-party meetings: companions named with countries in
// brackets, fronted "at the initiative of" phrases, companions after a plan's participle.
// Articles of our own.


/** Each variant tells one meeting, of exactly these people. */
function expectOneMeeting(variants: string[], date: string, people: string[]): Meeting[] {
  return variants.map((text) => {
    const ms = meetings(text, date);
    expect(ms).toHaveLength(1);
    expect(sorted(ms[0])).toEqual([...people].sort());
    return ms[0];
  });
}

/** Runs the checks on the meetings of each variant. */
function eachVariant(variants: string[], date: string, check: (ms: Meeting[]) => void): void {
  for (const text of variants) check(meetings(text, date));
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
    eachVariant(variants, '2017-10-17', (ms) => {
      const breakfast = ms.find((m) => m.participants.length === 4);
      expect(breakfast && sorted(breakfast)).toEqual(['Andrew Schofer', 'Igor Popov', 'Serzh Sargsyan', 'Stéphane Visconti']);
      expect(breakfast).toMatchObject({ status: 'held', location: 'Geneva', date: '2017-10-16' });
    });
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
    eachVariant(variants, '2013-11-18', (ms) => {
      expect(ms.map((m) => [sorted(m), m.location, m.date])).toEqual([
        [[...chairs, 'Ilham Aliyev'].sort(), 'Baku', '2013-11-04'],
        [[...chairs, 'Serzh Sargsyan'].sort(), 'Yerevan', '2013-11-05'],
      ]);
    });
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

describe('a meeting in two formats', () => {
  it('keeps the narrow part and adds the larger format with everyone who joined it', () => {
    const variants = [
      'Serzh Sargsyan and Ilham Aliyev met in Geneva on Monday. The talks at the hotel opened in a tete-a-tete format and then continued in an expanded format '
        + 'with the participation of the foreign ministers Edward Nalbandian and Elmar Mammadyarov.',
      'Serzh Sargsyan and Ilham Aliyev met in Geneva on Monday. The meeting began in a narrow format and continued with the participation of Edward Nalbandian and Elmar Mammadyarov.',
      'Serzh Sargsyan and Ilham Aliyev met in Geneva on Monday. After a one-on-one conversation they were joined by Edward Nalbandian and Elmar Mammadyarov.',
    ];
    eachVariant(variants, '2017-10-17', (ms) => {
      expect(ms.map((m) => [sorted(m), m.location, m.date])).toEqual([
        [['Ilham Aliyev', 'Serzh Sargsyan'], 'Geneva', '2017-10-16'],
        [['Edward Nalbandian', 'Elmar Mammadyarov', 'Ilham Aliyev', 'Serzh Sargsyan'], 'Geneva', '2017-10-16'],
      ]);
    });
  });

  it('gives a later occasion\'s mediator to that occasion only', () => {
    const ms = meetings('Jeyhun Bayramov and Ararat Mirzoyan held talks in Washington on 29 June with the participation of Antony Blinken, and earlier, on 19 May, '
      + 'in Moscow under the mediation of Sergey Lavrov.', '2023-07-16');
    expect(sorted(ms[0])).toEqual(['Antony Blinken', 'Ararat Mirzoyan', 'Jeyhun Bayramov']);
    expect(ms.some((m) => m.participants.includes('Sergey Lavrov') && m.participants.includes('Antony Blinken'))).toBe(false);
  });
});

describe('each side with the mediators, then both together', () => {
  it('keeps each side\'s session and the joint one, "the same diplomats" being the mediators', () => {
    const variants = [
      'Zohrab Mnatsakanyan was the first to sit down with the co-chairs \u2013 Igor Popov, Stephane Visconti and Andrew Schofer \u2013 and with Andrzej Kasprzyk. '
        + 'His counterpart Jeyhun Bayramov then held a separate session with the same diplomats. Later in the day the two ministers sat down together with the mediators.',
      'Zohrab Mnatsakanyan first met the co-chairs \u2014 Igor Popov, Stephane Visconti and Andrew Schofer \u2014 and Andrzej Kasprzyk in Geneva. '
        + 'Jeyhun Bayramov afterwards had a separate meeting with the same envoys. In the evening the two foreign ministers met together with the mediators.',
    ];
    const mediators = ['Andrew Schofer', 'Andrzej Kasprzyk', 'Igor Popov', 'Stéphane Visconti'];
    for (const text of variants) {
      expect(meetings(text, '2020-10-31').map(sorted)).toEqual([
        [...mediators, 'Zohrab Mnatsakanyan'].sort(),
        [...mediators, 'Jeyhun Bayramov'].sort(),
        [...mediators, 'Jeyhun Bayramov', 'Zohrab Mnatsakanyan'].sort(),
      ]);
    }
  });
});

describe('the meeting noun that sets a verb\'s meeting', () => {
  it('gives the host of "at talks hosted by Z" to the meeting the verb told', () => {
    const variants = [
      'Serzh Sargsyan and Ilham Aliyev last met in January 2012 in the Black Sea resort of Sochi, at talks hosted by Dmitry Medvedev, then the Russian president.',
      'In January 2012 Serzh Sargsyan sat down with Ilham Aliyev in Sochi, at a dinner hosted by Dmitry Medvedev.',
      'Serzh Sargsyan and Ilham Aliyev met in Sochi in January 2012, during talks organised by Dmitry Medvedev.',
    ];
    for (const m of expectOneMeeting(variants, '2013-11-18', ['Dmitry Medvedev', 'Ilham Aliyev', 'Serzh Sargsyan'])) expect(m).toMatchObject({ host: 'Dmitry Medvedev', location: 'Sochi', date: '2012-01' });
  });
});

describe('a meeting that counts its sides', () => {
  const told = 'The trilateral meeting of Ilham Aliyev, Charles Michel and Nikol Pashinyan was held in Brussels yesterday. ';
  it('takes the group told before for the sides its companions leave out', () => {
    const variants = [
      `${told}The next meeting in the five-party format, with the participation of Emmanuel Macron and Olaf Scholz, is planned for October in Granada.`,
      `${told}A five-sided meeting with the participation of Emmanuel Macron and Olaf Scholz is expected in Granada in October.`,
    ];
    for (const text of variants) {
      const plan = meetings(text, '2023-07-16').find((m) => m.status === 'planned');
      expect(plan && sorted(plan)).toEqual(['Charles Michel', 'Emmanuel Macron', 'Ilham Aliyev', 'Nikol Pashinyan', 'Olaf Scholz']);
    }
  });

  it('adds nobody when no group of the right size was told', () => {
    const ms = meetings('Ilham Aliyev met Nikol Pashinyan in Brussels. A five-party meeting with the participation of Emmanuel Macron and Olaf Scholz is planned for October.', '2023-07-16');
    expect(ms.filter((m) => m.status === 'planned').map(sorted)).toEqual([['Emmanuel Macron', 'Olaf Scholz']]);
  });
});

describe('"the co-chairs" and "the mediators"', () => {
  const named = 'The co-chairs Igor Popov, Stephane Visconti and Andrew Schofer and the personal representative Andrzej Kasprzyk arrived in Vienna on Sunday. ';
  it('reads "the co-chairs" as the co-chairs alone, "the mediators" with the personal representative', () => {
    const chairs = ['Andrew Schofer', 'Igor Popov', 'Stéphane Visconti'];
    const [a] = meetings(`${named}On Monday Zohrab Mnatsakanyan had a working breakfast with the co-chairs.`, '2019-03-30');
    expect(sorted(a)).toEqual([...chairs, 'Zohrab Mnatsakanyan'].sort());
    const [b] = meetings(`${named}On Monday Zohrab Mnatsakanyan had a working breakfast with the mediators.`, '2019-03-30');
    expect(sorted(b)).toEqual([...chairs, 'Andrzej Kasprzyk', 'Zohrab Mnatsakanyan'].sort());
  });
});

describe('the principals alone, then joined by others', () => {
  const pair = ['Ilham Aliyev', 'Robert Kocharyan'];
  const all = [...pair, 'Elmar Mammadyarov', 'Vartan Oskanian'].sort();
  it('keeps the private talk and adds the larger meeting of "were then joined by"', () => {
    const variants = [
      'Robert Kocharyan and Ilham Aliyev met in Rambouillet on Saturday. The two leaders first talked one on one for about an hour and were then joined by '
        + 'foreign ministers Vartan Oskanian and Elmar Mammadyarov.',
      'On Saturday Robert Kocharyan and Ilham Aliyev spoke privately for about 40 minutes in Rambouillet before being joined by their foreign ministers, '
        + 'Vartan Oskanian and Elmar Mammadyarov, the press office said.',
    ];
    eachVariant(variants, '2006-02-12', (ms) => {
      expect(ms.map(sorted)).toEqual([pair, all]);
      expect(ms.map((m) => m.date)).toEqual(['2006-02-11', '2006-02-11']);
    });
  });

  it('adds the people of "was held in the presence of" past how long it lasted', () => {
    expectOneMeeting(['Robert Kocharyan and Ilham Aliyev met in Rambouillet on Saturday. The meeting lasted about forty minutes and was held in the presence of '
      + 'the foreign ministers of the two countries, Vartan Oskanian and Elmar Mammadyarov.'], '2006-02-12', all);
  });
});

describe('mediators of the meeting just told', () => {
  const all = ['Andrew Schofer', 'Andrzej Kasprzyk', 'Ararat Mirzoyan', 'Igor Popov', 'Jeyhun Bayramov', 'Stéphane Visconti'];
  it('adds "the meeting was held with the mediation of" and a title with "-in-office" in the list', () => {
    expectOneMeeting([
      'Jeyhun Bayramov and Ararat Mirzoyan held talks in Almaty on Thursday. The meeting was held with the mediation of the co-chairs Igor Popov (Russia), '
        + 'Stephane Visconti (France), Andrew Schofer (USA) and Personal Representative of the OSCE Chairperson-in-Office Andrzej Kasprzyk.',
      'Jeyhun Bayramov and Ararat Mirzoyan held talks in Almaty on Thursday. In the meeting also took part co-chairs Igor Popov (Russia), '
        + 'Stephane Visconti (France) and Andrew Schofer (USA) and personal representative of OSCE chairman-in-office Andrzej Kasprzyk.',
    ], '2023-05-13', all);
  });
});

describe('"with X as host", "with X looking on"', () => {
  it('reads the part a "with" phrase gives after its people, past the summit the meeting was on the margins of', () => {
    const pair = ['Heydar Aliyev', 'Robert Kocharyan'];
    const variants = [
      'Robert Kocharyan and Heydar Aliyev sat down together in Washington in April, on the sidelines of NATO\'s 50th anniversary summit, with Madeleine Albright as their host.',
      'Heydar Aliyev and Robert Kocharian met in Washington on April 26, on the margins of NATO\'s fiftieth-anniversary summit, with Madeleine Albright looking on.',
    ];
    expectOneMeeting(variants, '1999-11-23', [...pair, 'Madeleine Albright']);
    const [m] = meetings('Serzh Sargsyan and Ilham Aliyev met in Vienna on Monday for the first time since the April fighting, with John Kerry, Sergey Lavrov '
      + 'and Harlem Desir acting as mediators.', '2016-05-17');
    expect(m.mediators.sort()).toEqual(['Harlem Désir', 'John Kerry', 'Sergey Lavrov']);
  });

  it('leaves out people a "with" phrase names for something else ("present at a later news conference")', () => {
    expectOneMeeting(['Serzh Sargsyan met Ilham Aliyev in Vienna on Monday, with John Kerry present at a later news conference.'], '2016-05-17', ['Ilham Aliyev', 'Serzh Sargsyan']);
    expectOneMeeting(['Serzh Sargsyan met Ilham Aliyev in Vienna on Monday, with John Kerry present.'], '2016-05-17', ['Ilham Aliyev', 'John Kerry', 'Serzh Sargsyan']);
  });
});

describe('counted groups of leaders', () => {
  const eu = 'Charles Michel, Emmanuel Macron and Olaf Scholz had been due to sit down with Ilham Aliyev and Nikol Pashinyan in Granada. ';
  it('reads "the three EU leaders met X alone" as one meeting of the three named just before, whatever their offices', () => {
    const variants = [`${eu}Instead the three EU leaders met Nikol Pashinyan alone.`, `${eu}In the end the three European leaders held talks with Nikol Pashinyan alone.`];
    eachVariant(variants, '2023-10-06', (ms) => {
      const held = ms.filter((m) => m.status === 'held');
      expect(held.map(sorted)).toEqual([['Charles Michel', 'Emmanuel Macron', 'Nikol Pashinyan', 'Olaf Scholz']]);
    });
  });

  it('keeps "met X alone" apart from a larger meeting of the same people told after it', () => {
    const ms = meetings(`${eu}Instead the three EU leaders met Nikol Pashinyan alone. All five leaders had met in Chisinau on June 1.`, '2023-10-06');
    expect(ms.filter((m) => m.status === 'held').map(sorted)).toEqual([
      ['Charles Michel', 'Emmanuel Macron', 'Nikol Pashinyan', 'Olaf Scholz'],
      ['Charles Michel', 'Emmanuel Macron', 'Ilham Aliyev', 'Nikol Pashinyan', 'Olaf Scholz'],
    ]);
  });

  it('reads "the same five leaders" as the five named before, and still prefers office-holders for "the three leaders"', () => {
    const five = ['Charles Michel', 'Emmanuel Macron', 'Ilham Aliyev', 'Nikol Pashinyan', 'Olaf Scholz'];
    const ms = meetings(`${five.join(', ')} met in Prague in October. The same five leaders met again in Chisinau on June 1.`, '2023-06-05');
    expect(ms.map((m) => [sorted(m), m.location])).toEqual([[five, 'Prague'], [five, 'Chisinau']]);
    const trio = meetings('Vladimir Putin, Ilham Aliyev and Nikol Pashinyan met in Sochi on Friday. Charles Michel, Emmanuel Macron and Olaf Scholz welcomed the talks. '
      + 'The previous meeting of the three leaders took place in Moscow on January 11.', '2021-11-27');
    expect(trio.find((m) => m.location === 'Moscow')?.participants.sort()).toEqual(['Ilham Aliyev', 'Nikol Pashinyan', 'Vladimir Putin']);
  });
});

describe('further people met, each at a time of their own', () => {
  it('reads "with A in the early hours of Tuesday and with the French president, B, later the same day" as two calls', () => {
    const variants = [
      'Nikol Pashinyan held phone conversations with Vladimir Putin in the early hours of Tuesday and with the French president, Emmanuel Macron, later the same day, his office said.',
      'Nikol Pashinyan spoke by phone with Vladimir Putin late on Tuesday and with Emmanuel Macron later that day.',
    ];
    eachVariant(variants, '2022-09-14', (ms) => {
      expect(ms.map((m) => [sorted(m), m.mode, m.date])).toEqual([
        [['Nikol Pashinyan', 'Vladimir Putin'], 'phone', '2022-09-13'],
        [['Emmanuel Macron', 'Nikol Pashinyan'], 'phone', '2022-09-13'],
      ]);
    });
  });
});

describe('joining and speaking within one sentence', () => {
  it('gives "X, joined by Y, met Z" one meeting of the three, not Y to a meeting told before', () => {
    const ms = meetings('Ilham Aliyev and Nikol Pashinyan met in Moscow on Monday. On Tuesday Vladimir Putin, joined by Sergey Lavrov, met Jeyhun Bayramov in Sochi.', '2021-01-12');
    expect(ms.map(sorted)).toEqual([['Ilham Aliyev', 'Nikol Pashinyan'], ['Jeyhun Bayramov', 'Sergey Lavrov', 'Vladimir Putin']]);
  });

  it('does not take a speaker after "and" for one more person met', () => {
    const ms = meetings('Vladimir Putin met Ilham Aliyev in Sochi on Friday and Nikol Pashinyan in Yerevan said he welcomed the talks.', '2021-01-12');
    expect(ms.map(sorted)).toEqual([['Ilham Aliyev', 'Vladimir Putin']]);
  });
});
