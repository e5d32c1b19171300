import { describe, it, expect, beforeAll, afterAll } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledge } from '../src/knowledge/index.js';
import { processText } from '../src/pipeline/process.js';
import { readArticle } from '../src/load/read.js';
import { annotate } from '../src/annotate/index.js';
import { extractFacts } from '../src/extract/index.js';
import { runCheck } from '../src/check/engine.js';

// Property: whatever the bytes, reading and extraction return (a result or an error naming the
// file) and never throw or hang. Inputs come from a seeded generator, so a failure replays.

// No time budget per article here: speed and growth are measured in `npm run bench:abuse`
// (timed unit tests fail on a loaded machine); a hang still fails through jest's testTimeout.
const knowledge = loadKnowledge();
const SEEDS = path.resolve('fixtures/seeds');
const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));

/** mulberry32: small, fast, and the same sequence on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const slowest = { ms: 0, name: '' };

/** Runs the pipeline on a text, failing the test if it throws. */
function survives(name: string, text: string): void {
  const start = performance.now();
  let facts;
  try {
    facts = processText(name, text, knowledge);
  } catch (e) {
    throw new Error(`${name}: processText threw ${(e as Error).stack}`);
  }
  const ms = performance.now() - start;
  if (ms > slowest.ms) Object.assign(slowest, { ms, name });
  expect(facts.file).toBe(name);
}

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kcli-fuzz-'));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  process.stdout.write(`fuzz: slowest article ${slowest.name} took ${Math.round(slowest.ms)} ms\n`);
});

describe('fuzz: random bytes', () => {
  it('reading random files gives an article or an error naming the file; extraction never throws', async () => {
    const rand = prng(1);
    const files: string[] = [];
    for (let i = 0; i < 40; i++) {
      const length = Math.floor(rand() ** 2 * 16384);
      // half the files are mostly printable, so some decode and reach the extractors
      const printable = i % 2 === 0;
      const bytes = Buffer.from(Array.from({ length }, () => (printable && rand() < 0.97 ? 32 + Math.floor(rand() * 95) : Math.floor(rand() * 256))));
      const file = path.join(dir, `random-${i}.txt`);
      fs.writeFileSync(file, bytes);
      files.push(file);
      const read = readArticle(file);
      if (read.ok) {
        expect(() => extractFacts(annotate(read.article, knowledge), knowledge)).not.toThrow();
      } else {
        expect(read.error.file).toBe(file);
        expect(read.error.message.length).toBeGreaterThan(0);
      }
    }
    // check reports every one of them: nothing is dropped
    const result = await runCheck([dir], { knowledge });
    expect(result.files.map((f) => f.file).sort()).toEqual(files.sort());
  });

  it('random Unicode: letters of many scripts, punctuation, whitespace, emoji and lone surrogates', () => {
    const rand = prng(2);
    const pools = ['abcXYZ', ' \t\n\n\r\f\v\u00a0\u2028\u200b', '.,;:!?()[]"\'«»—–-…', 'Աբգ Азер Ağdam Şuşa', '0123456789', '😀🇦🇲', '\ud800\udfff'];
    for (let i = 0; i < 30; i++) {
      const length = Math.floor(rand() * 6000);
      let text = '';
      for (let j = 0; j < length; j++) {
        const pool = pools[Math.floor(rand() * pools.length)];
        text += pool[Math.floor(rand() * pool.length)];
      }
      survives(`unicode-${i}`, text);
    }
  });
});

describe('fuzz: seed texts', () => {
  it('truncated anywhere, in the text and in the bytes', () => {
    const rand = prng(3);
    seeds.forEach((s, i) => {
      for (let k = 0; k < 8; k++) survives(`truncated-${i}-${k}`, s.slice(0, Math.floor(rand() * s.length)));
      const bytes = Buffer.from(s.replace(/e/, 'é'), 'utf8');
      const cut = bytes.indexOf(0xc3) + 1; // inside the two-byte "é"
      const file = path.join(dir, `cut-${i}.txt`);
      fs.writeFileSync(file, bytes.subarray(0, cut));
      const read = readArticle(file);
      expect(read.ok ? 'ok' : read.error.message).toMatch(/^not UTF-8/);
    });
  });

  it('mutated: spans deleted, repeated and shuffled; punctuation, newlines and capitals sprayed in', () => {
    const rand = prng(4);
    const junk = ['.', '. ', '((', ')', '"', '\n', '\n\n', ' -- ', 'U.S.', 'A. ', '?!', '\u2014', ':', '\\', '<br>', 'Comments 3 comments'];
    for (let i = 0; i < 40; i++) {
      let text = seeds[i % seeds.length];
      for (let m = 0; m < 25; m++) {
        const at = Math.floor(rand() * text.length);
        const len = Math.floor(rand() * 80);
        const op = Math.floor(rand() * 5);
        if (op === 0) text = text.slice(0, at) + text.slice(at + len);
        else if (op === 1) text = text.slice(0, at) + text.slice(at, at + len).repeat(1 + Math.floor(rand() * 4)) + text.slice(at);
        else if (op === 2) text = text.slice(0, at) + junk[Math.floor(rand() * junk.length)] + text.slice(at);
        else if (op === 3) text = text.slice(0, at) + text.slice(at, at + len).toUpperCase() + text.slice(at + len);
        else text = text.slice(at) + text.slice(0, at);
      }
      survives(`mutated-${i}`, text);
    }
  });
});

describe('fuzz: pathological punctuation and layout', () => {
  const sentence = 'Putin met Aliyev and Pashinyan in Moscow on Monday and the talks went on ';
  const cases: [string, () => string][] = [
    ['100 KB of dots', () => '.'.repeat(100_000)],
    ['100 KB of open parentheses', () => '('.repeat(100_000)],
    ['100 KB of initials', () => 'A. '.repeat(34_000)],
    ['100 KB of quotes and dashes', () => '"--'.repeat(34_000)],
    ['one 500 KB line: a whole scraped page with its newlines lost', () => seeds.join(' ').replace(/\s+/g, ' ').repeat(Math.ceil(500_000 / 18_000)).slice(0, 500_000)],
    ['100 KB of prose with no punctuation at all', () => sentence.repeat(Math.ceil(100_000 / sentence.length))],
    ['one 500 KB word', () => 'Karabakh'.repeat(62_500)],
    ['200 KB of spaces between two words', () => `Armenia${' '.repeat(200_000)}Azerbaijan`],
    ['200 KB of tabs, form feeds and line separators', () => `a${'\t\f\v\u2028'.repeat(50_000)}b`],
    ['200 KB of blank lines', () => `Baku${'\n \n'.repeat(70_000)}Yerevan`],
    ['20,000 distinct short lines', () => Array.from({ length: 20_000 }, (_, i) => `Line ${i} about the talks in Vienna`).join('\n')],
    ['a "comments" counter after a long blank run', () => `20 June 2016,${' '.repeat(100_000)}Comments 0 comments`],
    ['10,000 capitalised names', () => 'Senor Hasratyan Ilham Aliyev Moscow Carnegie Center '.repeat(2_000)],
  ];
  for (const [name, make] of cases) {
    it(`${name}: no crash`, () => survives(name, make()));
  }
});
