import { describe, it, expect } from '@jest/globals';
import { processText } from '../src/pipeline/process.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import type { Meeting } from '../src/types.js';

// Meetings over several days have no one date; the month May is no modal of a plan. Sentences of our own.

const k = loadKnowledge();
const meetings = (text: string, date: string): Meeting[] => processText('test.txt', text, k, { date }).meetings;

describe('multi-day meetings and the month May', () => {
  it('leaves the date of talks on a span of days open, and reads them as held', () => {
    const ms = meetings('Talks between Ilham Aliyev and Nikol Pashinyan on 10-12 May in Brussels ended late.', '2023-05-20');
    expect(ms.map((m) => [m.location, m.date, m.status])).toEqual([['Brussels', null, 'held']]);
  });

  it('gives a two-day summit no one date, not even the article\'s', () => {
    const ms = meetings('A two-day summit of Ilham Aliyev and Nikol Pashinyan opened in Granada on 5 October.', '2023-10-07');
    expect(ms.map((m) => [m.location, m.date])).toEqual([['Granada', null]]);
  });

  it('reads the modal "may" as a plan but the month after a noun as no cue', () => {
    expect(meetings('Ilham Aliyev may meet Nikol Pashinyan in Brussels.', '2023-06-20').map((m) => m.status)).toEqual(['planned']);
    expect(meetings('The meeting of Ilham Aliyev and Nikol Pashinyan in May in Brussels went well.', '2023-06-20').map((m) => m.status)).toEqual(['held']);
  });
});
