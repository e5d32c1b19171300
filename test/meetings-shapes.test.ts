import { describe, it, expect } from '@jest/globals';
import { processText } from '../src/pipeline/process.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import type { Meeting } from '../src/types.js';

// Which meetings a sentence reports: noun phrases, several meetings in one sentence, and the
// phrasings that repeat a meeting already told. Sentences of our own.

const k = loadKnowledge();
const meetings = (text: string, date: string): Meeting[] => processText('test.txt', text, k, { date }).meetings;
const sets = (ms: Meeting[]) => ms.map((m) => [...m.participants].sort().join(' + '));

describe('meetings named by their participants joined with dashes', () => {
  it('reads "the A-B meeting" as a meeting of A and B, not a verb "meeting"', () => {
    const ms = meetings('The Pashinyan-Aliyev meeting in Moscow on Friday lasted three hours.', '2021-05-04');
    expect(sets(ms)).toEqual(['Ilham Aliyev + Nikol Pashinyan']);
    expect(ms[0].location).toBe('Moscow');
  });

  it('reads a chain of three names joined by en dashes', () => {
    const ms = meetings('The Pashinyan\u2013Aliyev\u2013Putin summit in Moscow on Friday lasted three hours.', '2021-05-04');
    expect(sets(ms)).toEqual(['Ilham Aliyev + Nikol Pashinyan + Vladimir Putin']);
  });

  it('keeps "X meeting Y" a verb', () => {
    expect(sets(meetings('Nikol Pashinyan meeting Ilham Aliyev in Moscow surprised nobody.', '2021-05-04'))).toEqual(['Ilham Aliyev + Nikol Pashinyan']);
  });
});

describe('one-on-one talks with each in turn', () => {
  it('reads a hyphenated adjective between the governing verb and the noun', () => {
    const ms = meetings('Earlier in the day Vladimir Putin had face-to-face talks with Ilham Aliyev and then with Nikol Pashinyan.', '2022-10-31');
    expect(sets(ms)).toEqual(['Ilham Aliyev + Vladimir Putin', 'Nikol Pashinyan + Vladimir Putin']);
  });

  it('gives a noun without people none of a later noun\'s', () => {
    const ms = meetings('Ahead of the three-way talks Vladimir Putin held separate meetings with Ilham Aliyev and with Serzh Sargsyan.', '2016-06-20');
    expect(sets(ms)).toEqual(['Ilham Aliyev + Vladimir Putin', 'Serzh Sargsyan + Vladimir Putin']);
  });
});

describe('a noun that repeats the verb\'s meeting', () => {
  it('makes no call between the two people called "in separate calls"', () => {
    const ms = meetings('Sergei Lavrov telephoned Elmar Mammadyarov and Edward Nalbandian in separate calls on Saturday.', '2016-04-03');
    expect(sets(ms)).toEqual(['Elmar Mammadyarov + Sergey Lavrov', 'Edward Nalbandian + Sergey Lavrov']);
  });

  it('keeps a joint meeting the verb reports as one', () => {
    const ms = meetings('Vladimir Putin received Ilham Aliyev and Nikol Pashinyan in a joint meeting at the Kremlin.', '2021-01-12');
    expect(sets(ms)).toEqual(['Ilham Aliyev + Nikol Pashinyan + Vladimir Putin']);
  });
});

describe('meetings with each apart, then together', () => {
  it('adds the joint meeting the sentence orders after the separate ones', () => {
    const ms = meetings('On Friday Donald Trump received Ilham Aliyev and Nikol Pashinyan at the White House, first separately and then together.', '2025-08-09');
    expect(sets(ms)).toEqual(['Donald Trump + Ilham Aliyev', 'Donald Trump + Nikol Pashinyan', 'Donald Trump + Ilham Aliyev + Nikol Pashinyan']);
    expect(ms.every((m) => m.date === '2025-08-08')).toBe(true);
  });

  it('reads "each on his own before three-way talks"', () => {
    const ms = meetings('On Monday Francois Hollande hosted Ilham Aliyev and Serzh Sargsyan in Paris, seeing each president on his own before three-way talks.', '2014-10-28');
    expect(sets(ms)).toEqual(['François Hollande + Ilham Aliyev', 'François Hollande + Serzh Sargsyan', 'François Hollande + Ilham Aliyev + Serzh Sargsyan']);
  });

  it('adds none when only the separate meetings are told', () => {
    const ms = meetings('On Monday Francois Hollande received Ilham Aliyev and then Serzh Sargsyan separately in Paris.', '2014-10-28');
    expect(sets(ms)).toEqual(['François Hollande + Ilham Aliyev', 'François Hollande + Serzh Sargsyan']);
  });
});

describe('a second verb without a subject of its own', () => {
  it('takes the first verb\'s subject, not the people it met', () => {
    const ms = meetings('Didier Burkhalter welcomed Serzh Sargsyan and Ilham Aliyev and held a short meeting with Aliyev before the talks began.', '2015-12-20');
    expect(sets(ms)).toContain('Didier Burkhalter + Ilham Aliyev');
    expect(sets(ms)).not.toContain('Ilham Aliyev + Serzh Sargsyan');
  });
});

describe('"brought X and Y together"', () => {
  it('is a meeting the subject hosted, and "brought X a letter" none', () => {
    const ms = meetings('John Kerry brought Serzh Sargsyan and Ilham Aliyev together in Newport on Thursday.', '2014-09-05');
    expect(sets(ms)).toEqual(['Ilham Aliyev + John Kerry + Serzh Sargsyan']);
    expect(ms[0].host).toBe('John Kerry');
    expect(meetings('John Kerry brought Serzh Sargsyan a letter from Washington.', '2014-09-05')).toEqual([]);
  });
});
