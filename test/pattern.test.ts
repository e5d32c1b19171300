import { describe, it, expect } from '@jest/globals';
import { allMatches, compile, endsWith, firstMatch, holdsAny, matchAt, matchesAll, occursIn, unionGate } from '../src/annotate/pattern.js';
import { fold, scan } from '../src/knowledge/text.js';

// The token-sequence matcher the phrase rules run on: regex-like choices (leftmost, alternatives
// in order, greedy or lazy), but over the Doc's tokens.

const toks = (s: string) => scan(s).map((t) => ({ ...t, folded: fold(t.text) }));
const span = (s: string, T: ReturnType<typeof toks>, m: { start: number; end: number } | null) => (m ? s.slice(T[m.start].start, T[m.end - 1].end) : null);

describe('token patterns', () => {
  it('matches words, prefixes, optional words and word sets', () => {
    const p = compile('the? (cease -? fire|ceasefire|truce) (agreement|deal)?');
    const s = 'They said the cease-fire deal held, and a truce too.';
    const T = toks(s);
    expect(allMatches(p, T).map((m) => span(s, T, m))).toEqual(['the cease-fire deal', 'truce']);
    expect(span(s, T, firstMatch(compile('hel*'), T))).toBe('held');
  });

  it('prefers greedy repetition, or the shortest when lazy, as a regex would', () => {
    const s = 'the deal that ended the war and the fighting';
    const T = toks(s);
    expect(span(s, T, firstMatch(compile('deal that ended _{0,4}? (war|fighting)'), T))).toBe('deal that ended the war');
    expect(span(s, T, firstMatch(compile('deal that ended _{0,4} (war|fighting)'), T))).toBe('deal that ended the war and the fighting');
  });

  it('counts a hyphenated or possessive word as one written word in a gap', () => {
    const s = 'an agreement that halted the six-week war';
    const T = toks(s);
    expect(occursIn(compile('agreement that halted _{0,2}? war'), T)).toBe(true);
    expect(occursIn(compile('agreement that halted _{0,1}? war'), T)).toBe(false);
  });

  it('captures a span and tells glued tokens from spaced ones', () => {
    const p = compile('<#Name> ~- ~(brokered|mediated)');
    const s = 'a Russian-brokered truce, not a Russian - brokered one';
    const T = toks(s);
    const ms = allMatches(p, T);
    expect(ms).toHaveLength(1);
    expect(span(s, T, { start: ms[0].capture![0], end: ms[0].capture![1] })).toBe('Russian');
  });

  it('reads a word the tokeniser splits as its tokens glued together', () => {
    const p = compile('on (his|her) (working|two-day)? visit');
    expect(occursIn(p, toks('on his two-day visit'))).toBe(true);
    expect(occursIn(p, toks('on her working visit'))).toBe(true);
    // spaced apart, "two - day" is not the written word
    expect(occursIn(p, toks('on his two - day visit'))).toBe(false);
    expect(occursIn(compile("the co-chairs' statement"), toks("the co-chairs' statement"))).toBe(true);
  });

  it('names sub-patterns as sets and rejects unknown ones', () => {
    const sets = { WAR: '(war|conflict|hostilities)' };
    expect(occursIn(compile('ended the @WAR', sets), toks('it ended the conflict'))).toBe(true);
    expect(() => compile('ended the @PEACE', sets)).toThrow(/unknown set/);
  });

  it('anchors at a start, at an end, or on a whole span', () => {
    const s = 'they signed no new truce';
    const T = toks(s);
    const neg = compile('(no|without) _?');
    expect(endsWith(neg, T, 0, 4)).toBe(true); // "… no new" ends where "truce" begins
    expect(endsWith(neg, T, 0, 3)).toBe(true); // "… no"
    expect(endsWith(neg, T, 0, 2)).toBe(false); // "they signed"
    expect(matchAt(compile('signed no'), T, 1)?.end).toBe(3);
    expect(matchAt(compile('signed no'), T, 0)).toBeNull();
    expect(matchesAll(compile('_{0,2}'), T, 2, 4)).toBe(true);
    expect(matchesAll(compile('_{0,1}'), T, 2, 4)).toBe(false);
  });

  it('stays linear on input built to make a backtracking engine explode', () => {
    // a regex engine backtracking over nested bounded gaps tries each split of the run
    const p = compile('(a _{0,12}? b _{0,12}? c _{0,12}? d){1,3} z');
    const T = toks('a b c d '.repeat(5000));
    expect(occursIn(p, T)).toBe(false);
    expect(allMatches(compile('a _{0,12}? b'), T)).toHaveLength(5000);
  });

  it('gates a pattern on its rarest required words, not on a word every sentence holds', () => {
    // every match holds "the" or "a", and one of the deal words: the deal words are the gate
    const p = compile('(the|a) new? (pact|accord) (of|on) #Day');
    expect([...p.gate!].sort()).toEqual(['accord', 'pact']);
    const s = 'The talks on the border went on; the pact of 12 May held, a new accord on 3 June too.';
    const T = toks(s);
    expect(allMatches(p, T).map((m) => span(s, T, m))).toEqual(['the pact of 12', 'a new accord on 3']);
    // a sentence of common words only is turned away by the gate, unread
    expect(allMatches(p, toks('The talks of the day went on.'))).toEqual([]);
    // when only common words are required, the fewest of them are still a gate
    expect([...compile('(of|on) the #Day').gate!]).toEqual(['the']);
  });

  it('tests many patterns\' gates in one pass (unionGate, holdsAny)', () => {
    const gate = unionGate([compile('the (truce|ceasefire)'), compile('(signed|agreed) (deal|pact)')]);
    expect([...gate!].sort()).toEqual(['agreed', 'ceasefire', 'signed', 'truce']);
    const T = toks('Both sides respected the truce.');
    expect(holdsAny(gate, T, 0, T.length)).toBe(true);
    expect(holdsAny(gate, T, 0, 3)).toBe(false);
    // a pattern without required words lets every range through
    expect(unionGate([compile('the (truce|ceasefire)'), compile('#Cap #Cap')])).toBeNull();
    expect(holdsAny(null, T, 0, 0)).toBe(true);
  });
});

