import { describe, it, expect } from '@jest/globals';
import { processText } from '../src/pipeline/process.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import { meetingsOf as meetings } from './helpers.js';

// Meetings over several days have no one date; the month May is no modal of a plan. Sentences of our own.

const k = loadKnowledge();

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

describe('the dateline date is when the story was filed, not when they met', () => {
  it('takes the weekday of the clause over the dateline date in the same sentence', () => {
    const text = 'YEREVAN, October 9, 2019 - Armenian and Azerbaijani foreign ministers Zohrab Mnatsakanyan and Elmar Mammadyarov held talks in Moscow on Monday, officials said.';
    const ms = processText('wire.txt', text, k).meetings;
    expect(ms.map((m) => [m.location, m.date])).toEqual([['Moscow', '2019-10-07']]);
  });

  it('still dates a lead meeting with no date of its own by the article day', () => {
    const text = 'BAKU, May 14, 2023 - Ilham Aliyev received Charles Michel in Baku.';
    const ms = processText('wire.txt', text, k).meetings;
    expect(ms.map((m) => m.date)).toEqual(['2023-05-14']);
  });
});
