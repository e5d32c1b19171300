import type { Rule } from '../types.js';

const rule: Rule = {
  id: 'near-duplicate',
  level: 'error',
  description: 'word-shingle similarity (MinHash estimate) with an earlier input or a file of --against is at least --similarity (default 0.8)',
  check(subject, { corpus, settings }) {
    const fp = subject.fingerprint;
    if (!fp || corpus.exactCopyOf(fp)) return [];
    const match = corpus.nearest(fp);
    if (!match) return [];
    const pct = (x: number) => `${Math.round(x * 100)}%`;
    return [{ message: `${pct(match.similarity)} similar to ${match.name} (threshold ${pct(settings.similarity)}): probably the same article; keep one, or raise --similarity` }];
  },
};

export default rule;
