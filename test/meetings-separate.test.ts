import { describe, it, expect } from '@jest/globals';
import { processText } from '../src/pipeline/process.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import { meetingsOf as meetings, pairs } from './helpers.js';

// Several meetings in one sentence: the text sets the people met apart ("with X and with Y",
// "X and then Y", "separate talks", "one after the other") or speaks of calls, which are
// between two unless it says otherwise. Sentences of our own.


describe('separate meetings in one sentence', () => {
  it('reads "with X and with Y" after "spoke separately" as two conversations', () => {
    const ms = meetings('On Tuesday Sergei Lavrov spoke separately with Jeyhun Bayramov and with Ararat Mirzoyan about the border.', '2021-05-20');
    expect(pairs(ms)).toEqual(['Ararat Mirzoyan + Sergey Lavrov', 'Jeyhun Bayramov + Sergey Lavrov']);
    expect(ms.every((m) => m.date === '2021-05-18')).toBe(true);
  });

  it('reads "received X and then Y" and "one after the other" as one reception each', () => {
    const a = meetings('Emmanuel Macron received Nikol Pashinyan and then Ilham Aliyev at the Elysee Palace on Monday.', '2022-06-01');
    expect(pairs(a)).toEqual(['Emmanuel Macron + Nikol Pashinyan', 'Emmanuel Macron + Ilham Aliyev'].sort());
    expect(a.every((m) => m.location === 'Paris' && m.host === 'Emmanuel Macron')).toBe(true);
    const b = meetings('Antony Blinken received Jeyhun Bayramov and Ararat Mirzoyan one after the other in Washington.', '2023-05-02');
    expect(b).toHaveLength(2);
  });

  it('reads "separate meetings with X and with Y" and plural "conversations with X and Y"', () => {
    const a = meetings('Before the three-way summit, Vladimir Putin held separate meetings with Ilham Aliyev and with Nikol Pashinyan.', '2021-11-27');
    expect(pairs(a)).toEqual(['Ilham Aliyev + Vladimir Putin', 'Nikol Pashinyan + Vladimir Putin']);
    const b = meetings('Charles Michel, in telephone conversations with Ilham Aliyev and Nikol Pashinyan on Friday, urged restraint.', '2022-09-18');
    expect(pairs(b)).toEqual(['Charles Michel + Ilham Aliyev', 'Charles Michel + Nikol Pashinyan']);
    expect(b.every((m) => m.mode === 'phone')).toBe(true);
  });

  it('reads a later "with" after the verb: "spoke by phone on Monday with X and, in a separate call, with Y"', () => {
    const ms = meetings('Antony Blinken spoke by phone on Monday with Ilham Aliyev and, in a separate call, with Nikol Pashinyan.', '2022-09-14');
    expect(pairs(ms)).toEqual(['Antony Blinken + Ilham Aliyev', 'Antony Blinken + Nikol Pashinyan']);
    expect(ms.every((m) => m.mode === 'phone' && m.date === '2022-09-12')).toBe(true);
  });

  it('makes one call per named person called, unless the call is a conference', () => {
    expect(meetings('Sergei Shoigu spoke by phone with his counterparts Zakir Hasanov and Suren Papikyan.', '2022-11-17')).toHaveLength(2);
    expect(meetings('Sergei Lavrov held a trilateral phone call with Jeyhun Bayramov and Ararat Mirzoyan.', '2022-11-17')).toHaveLength(1);
  });

  it('reads "discussed ... with X" as a consultation, "by telephone" as a call, and nothing without a person after "with"', () => {
    const m = meetings('Vladimir Putin discussed the border by telephone with Recep Tayyip Erdogan on Wednesday.', '2020-11-12');
    expect(m).toHaveLength(1);
    expect(m[0]).toMatchObject({ mode: 'phone', date: '2020-11-11' });
    expect(meetings('Vladimir Putin and Ilham Aliyev discussed the border.', '2020-11-12')).toHaveLength(0);
    expect(meetings('Nikol Pashinyan and Ilham Aliyev will discuss trade, the Kremlin said.', '2020-11-12')).toHaveLength(0);
  });
});

describe('nouns and participles', () => {
  it('reads "the conversation of A with B" and "talks of A with B and C"', () => {
    const [a] = meetings('The topic came up in the telephone conversation of Vladimir Putin with Emmanuel Macron on Saturday.', '2020-11-10');
    expect(a).toMatchObject({ mode: 'phone', date: '2020-11-07' });
    expect(a.participants).toHaveLength(2);
    const [b] = meetings('Trilateral talks of Sergei Lavrov with Jeyhun Bayramov and Ararat Mirzoyan will be held in Moscow on Monday.', '2021-11-12');
    expect(b).toMatchObject({ status: 'planned', location: 'Moscow' });
    expect(b.participants).toHaveLength(3);
  });

  it('reads "has spoken by phone, separately, with X and Y" as two calls', () => {
    const ms = meetings('The ministry says Sergei Lavrov has spoken by phone, separately, with Zohrab Mnatsakanyan and Jeyhun Bayramov.', '2020-10-10');
    expect(pairs(ms)).toEqual(['Jeyhun Bayramov + Sergey Lavrov', 'Sergey Lavrov + Zohrab Mnatsakanyan']);
  });

  it('keeps "with the co-chairs - X, Y and Z - and with W" one sitting', () => {
    const ms = meetings('Zohrab Mnatsakanyan sat down with the co-chairs - Igor Popov, Stephane Visconti and Andrew Schofer - and with Andrzej Kasprzyk in Geneva.', '2020-10-31');
    expect(ms).toHaveLength(1);
    expect(ms[0].participants).toHaveLength(5);
  });
});

describe("'a separate meeting' is one meeting apart from the main one; 'separate meetings' are one each", () => {
  const k2 = loadKnowledge();
  const list = (text: string) => processText('t.txt', text, k2, { date: '2021-07-20' }).meetings.map((m) => [...m.participants].sort().join(' + ')).sort();
  it('keeps the people of a singular separate meeting together', () => {
    expect(list('Charles Michel hosted Ilham Aliyev and Nikol Pashinyan in Brussels on Monday. Later Pashinyan had a separate meeting with Michel and Emmanuel Macron.'))
      .toContain('Charles Michel + Emmanuel Macron + Nikol Pashinyan');
  });
  it('splits plural separate meetings by person', () => {
    expect(list('On Monday Nikol Pashinyan held separate meetings with Charles Michel and Emmanuel Macron in Brussels.'))
      .toEqual(['Charles Michel + Nikol Pashinyan', 'Emmanuel Macron + Nikol Pashinyan']);
  });
});
