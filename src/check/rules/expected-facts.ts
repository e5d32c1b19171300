import type { Rule } from '../types.js';
import { regressions } from '../expect.js';

const rule: Rule = {
  id: 'expected-facts',
  level: 'error',
  description: 'a fact verified in the --expect file (article date, meeting, ceasefire) is no longer extracted',
  check(subject, { expectations }) {
    const entry = expectations?.forFile(subject.file);
    if (!entry) return [];
    const where = `verified in ${expectations!.source}:${entry.line}`;
    if (!subject.facts) return [{ message: `no facts could be extracted, but ${where} lists facts for this file` }];
    return regressions(entry.facts, subject.facts).map((r) => ({ message: `${r} (${where})` }));
  },
};

export default rule;
