import { describe, it, expect } from '@jest/globals';
import { PhraseIndex, wordsAt, type Tok } from '../src/extract/meetings/tokens.js';
import { span } from '../src/time/partial.js';

// Look-ups the extractors make at every token or for every comparison, made cheap without
// changing what they answer.

const toks = (s: string): Tok[] => s.split(' ').map((w, i) => ({ text: w, low: w.toLowerCase(), start: i, end: i + 1, cap: /^[A-Z]/.test(w), punct: false, aside: false, quoted: false, clause: 0 }) as Tok);

describe('PhraseIndex', () => {
  const list = [
    { words: ['foreign', 'ministers'], role: 'fm', plural: true },
    { words: ['foreign', 'minister'], role: 'fm', plural: false },
    { words: ['presidents'], role: 'leader', plural: true },
    { words: ['president'], role: 'leader', plural: false },
  ];
  const index = new PhraseIndex(list);

  it('finds what list.find finds, in the list\'s order, at every token', () => {
    const T = toks('the Foreign Ministers and the president met the foreign minister');
    for (let i = 0; i <= T.length; i++) {
      expect(index.at(T, i)).toBe(list.find((p) => wordsAt(T, i, p.words)));
      expect(index.at(T, i, (p) => !p.plural)).toBe(list.find((p) => !p.plural && wordsAt(T, i, p.words)));
    }
    expect(index.at(T, 1)?.words).toEqual(['foreign', 'ministers']);
    expect(index.at(T, 1, (p) => !p.plural)).toBeUndefined();
  });

  it('tells the words a phrase may open with', () => {
    expect(['foreign', 'presidents', 'president'].every((w) => index.opens(w))).toBe(true);
    expect(['ministers', 'the', 'Foreign'].some((w) => index.opens(w))).toBe(false);
  });

  it('finds nothing past the sentence or at a word no phrase starts with', () => {
    const T = toks('the foreign');
    expect(index.at(T, 0)).toBeUndefined();
    expect(index.at(T, 1)).toBeUndefined();
    expect(index.at(T, 5)).toBeUndefined();
  });
});

describe('span (memoised)', () => {
  it('gives the same days on every call, and a value nobody can change', () => {
    const first = span('2020-11');
    expect(first).toEqual(span('2020-11'));
    expect(Object.isFrozen(first)).toBe(true);
    expect(span('2020-11-09')!.first).toBe(span('2020-11')!.first + 8);
    expect(span('PRESENT_REF')).toBeNull();
    expect(span('PRESENT_REF')).toBeNull();
  });
});
