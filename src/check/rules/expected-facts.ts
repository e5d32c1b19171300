import type { Rule } from '../types.js';
import { regressions } from '../expect.js';

const rule: Rule = {
  id: 'expected-facts',
  level: 'error',
  description: 'a fact verified in the --expect file (article date, meeting, ceasefire) is no longer extracted',
  check(subject, { expectations }) {
    const entry = expectations?.forFile(subject.file);
    if (!entry) return [];
    // the finding points at the fact's line in the expect file: that is where an analyst looks
    const file = expectations!.source;
    if (!subject.facts) return [{ file, line: entry.line, message: `${subject.file}: no facts could be extracted, but the expect file lists facts for it` }];
    return regressions(entry.facts, subject.facts).map((r) => ({ file, line: r.line ?? entry.line, message: `${subject.file}: ${r.message}` }));
  },
};

export default rule;
