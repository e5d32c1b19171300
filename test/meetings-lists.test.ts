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

const COCHAIRS_2007 = ['Bernard Fassier', 'Matthew Bryza', 'Yuri Merzlyakov'];

describe('companions of a bare meeting noun', () => {
  it('reads the list after a plan participle, and the call-off after the whole list', () => {
    const variants = [
      'The summit planned in Prague with the participation of Nikol Pashinyan, Ilham Aliyev, Charles Michel and Emmanuel Macron was called off.',
      'A quadrilateral meeting scheduled for Prague with the participation of Prime Minister of Armenia Nikol Pashinyan, President of Azerbaijan Ilham Aliyev, '
        + 'President of the European Council Charles Michel and President of France Emmanuel Macron did not take place.',
    ];
    for (const text of variants) {
      const ms = meetings(text, '2022-10-08');
      expect(ms).toHaveLength(1);
      expect(sorted(ms[0])).toEqual(['Charles Michel', 'Emmanuel Macron', 'Ilham Aliyev', 'Nikol Pashinyan']);
      expect(ms[0].status).toBe('not-held');
    }
  });

  it('adds the mediators of a fronted "at the initiative of", with their countries in brackets', () => {
    const variants = [
      'On Tuesday evening, at the initiative of the co-chairs of the OSCE Minsk Group - Matthew Bryza (USA), Yuri Merzlyakov (Russia) and Bernard Fassier (France) - '
        + 'a working lunch was held with the participation of Elmar Mammadyarov and Vartan Oskanian.',
      'At the initiative of Matthew Bryza (United States), Yuri Merzlyakov (Russian Federation) and Bernard Fassier (France), a working dinner took place '
        + 'with the participation of the foreign ministers Elmar Mammadyarov and Vartan Oskanian.',
      'On the initiative of the co-chairmen Matthew Bryza, Yuri Merzlyakov and Bernard Fassier, Elmar Mammadyarov and Vartan Oskanian had a working breakfast in Brussels.',
    ];
    for (const text of variants) {
      const ms = meetings(text, '2007-11-30');
      expect(ms).toHaveLength(1);
      expect(sorted(ms[0])).toEqual([...COCHAIRS_2007, 'Elmar Mammadyarov', 'Vartan Oskanian'].sort());
    }
  });

  it('keeps a fronted phrase that a clause of its own separates from the meeting', () => {
    const ms = meetings('At the initiative of Matthew Bryza, the OSCE issued a statement, and a working dinner took place with the participation of Elmar Mammadyarov and Vartan Oskanian.', '2007-11-30');
    expect(ms).toHaveLength(1);
    expect(sorted(ms[0])).toEqual(['Elmar Mammadyarov', 'Vartan Oskanian']);
  });
});
