import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import { loadKnowledge } from '../src/knowledge/index.js';
import { articleFromText } from '../src/load/article.js';
import { annotate, tagsOf, tokensOf } from '../src/annotate/index.js';
import { knowledgeLexicon, lexiconTags, tagText } from '../src/annotate/nlp.js';
import { tokenize as wordsOfText } from '../src/knowledge/text.js';
import { sentenceDateTokens, tokenize as dateTokensOfText } from '../src/extract/dates/tokens.js';
import { sentenceTokens } from '../src/extract/meetings/tokens.js';

// The Doc: one article annotated once, read by every extractor. Its views give each extractor
// the tokens it had when it tokenised the text itself, so moving onto the Doc changed no fact.

const k = loadKnowledge();
const doc = (text: string) => annotate(articleFromText('t.txt', text, {}), k);

const TRICKY = [
  'YEREVAN, Nov. 10, 2020 (Reuters) - Pashinyan\'s office said 2,000 Russian peacekeepers, 1,960 of them with armour, would deploy by the 20th.',
  'In the 1990s the G20 had not yet met; Su-25 jets flew 3rd-4th sorties at 10am, and 2,000th-anniversary banners hung in Şuşa.',
  'Erdoğan and Məmmədyarov met "in a calm mood" (officials said) — the talks — lasted 1,234,567 seconds… or so ½ of them.',
  'A zero\u200bwidth space, a stray 2016,000 and 12,3456 and 1,00; then 😀 and Aliyev\'s reply.',
].join('\n\n');

describe('the Doc', () => {
  it('gives every token its sentence and offsets into the cleaned text, and the words the knowledge base matches on', () => {
    const d = doc(TRICKY);
    for (const t of d.tokens) expect(d.article.text.slice(t.start, t.end)).toBe(t.text);
    for (const s of d.sentences) for (const t of tokensOf(d, s)) {
      expect(t.sentence).toBe(s.index);
      expect(t.start >= s.start && t.end <= s.end).toBe(true);
    }
    expect(d.words.map((w) => [w.text, w.start])).toEqual(wordsOfText(d.article.text).map((w) => [w.text, w.start]));
  });

  it('tags words from compromise\'s lexicon and ours, kept apart', () => {
    const d = doc('Rice said on Monday that Stepanakert was calm.');
    const rice = d.words.find((w) => w.text === 'Rice')!;
    expect(rice.lexicon).toEqual(lexiconTags('rice'));
    expect(rice.known).toBe('LastName');
    expect(tagsOf(rice)).toEqual(['LastName']);
    expect(d.words.find((w) => w.text === 'Monday')!.lexicon).toContain('WeekDay');
    expect(d.words.find((w) => w.text === 'Stepanakert')!.known).toBe('Place');
  });

  it('numbers paragraphs: a blank line starts one, a line break does not', () => {
    const d = doc('Headline here\n\nBAKU, May 3 - First one. Second one.\nThird one.\n\nFourth one.');
    expect(d.sentences.map((s) => d.paragraphOf[s.index])).toEqual([0, 1, 1, 1, 2]);
  });

  it('keys every word as names are looked up, so transliterations meet', () => {
    const d = doc("Heidar Aliev met Heydar Aliyev's envoy, Ter-Petrossian.");
    const key = (text: string) => d.words.find((w) => w.text === text)!.key;
    expect(key('Aliev')).toBe(key('Aliyev'));
    expect(key('Heidar')).toBe(key('Heydar'));
    expect(key('Petrossian')).toBe('petrosian');
    expect(key('met')).toBe('met');
  });

  it('finds demonyms once, on the word', () => {
    const d = doc('Azerbaijani and Armenian officials met.');
    expect(d.words.filter((w) => w.demonym).map((w) => [w.text, w.demonym!.country])).toEqual([['Azerbaijani', 'AZ'], ['Armenian', 'AM']]);
  });

  it('gives the date grammar the tokens it reads off a sentence, for every sentence', () => {
    const texts = [TRICKY, ...fs.readdirSync('fixtures/seeds').map((f) => fs.readFileSync(`fixtures/seeds/${f}`, 'utf8'))];
    for (const text of texts) {
      const d = doc(text);
      for (const s of d.sentences) expect(sentenceDateTokens(d, s)).toEqual(dateTokensOfText(s.text));
    }
  });

  it('gives the meeting rules their clause, aside and quote marks', () => {
    const d = doc('Putin (who flew in) met Aliyev — briefly — and said "we agreed" before he left.');
    const { tokens, quotedAtEnd } = sentenceTokens(d, d.sentences[0], false);
    const at = (w: string) => tokens.find((t) => t.text === w)!;
    expect(at('flew').aside).toBe(true);
    expect(at('briefly').aside).toBe(true);
    expect(at('Aliyev').aside).toBe(false);
    expect(at('agreed').quoted).toBe(true);
    expect(at('left').quoted).toBe(false);
    expect(at('left').clause).not.toBe(at('Putin').clause);
    expect(quotedAtEnd).toBe(false);
  });
});

describe('compromise with our knowledge', () => {
  it('tags with a private lexicon and leaves compromise\'s own untouched', () => {
    const before = lexiconTags('stepanakert');
    const people = tagText('Observers said Rustam Smith had called for calm.', knowledgeLexicon(k)).people().out('array');
    expect(people.join(' ')).toContain('Smith');
    expect(lexiconTags('stepanakert')).toEqual(before);
    expect(lexiconTags('rice')).toEqual(['Uncountable']);
  });
});

describe('verb lemmas on the Doc', () => {
  it('gives each verb form compromise knows its infinitive, and other words none', () => {
    const d = doc('Aliyev met Pashinyan, who was hosting the talks; they agreed and reaffirmed the Moscow-mediated truce, and Putin holds more meetings. Both had gone home.');
    const lemma = (w: string) => d.tokens.find((t) => t.text === w)!.lemma;
    expect(lemma('met')).toBe('meet');
    expect(lemma('was')).toBe('be');
    expect(lemma('hosting')).toBe('host');
    expect(lemma('agreed')).toBe('agree');
    expect(lemma('reaffirmed')).toBe('reaffirm');
    expect(lemma('mediated')).toBe('mediate');
    expect(lemma('holds')).toBe('hold');
    expect(lemma('gone')).toBe('go');
    for (const w of ['Aliyev', 'the', 'truce', 'Moscow', 'home', 'Both']) expect(lemma(w)).toBeNull();
    for (const t of d.tokens) if (t.kind === 'punct') expect(t.lemma).toBeNull();
    // the words names are matched on carry the same lemma
    expect(d.words.find((w) => w.text === 'met')!.lemma).toBe('meet');
  });
});
