import type { Rule } from '../types.js';

const rule: Rule = {
  id: 'duplicate',
  level: 'error',
  description: 'the same text (after cleaning; case, spacing and punctuation ignored) as an earlier input or a file of --against',
  check(subject, { corpus }) {
    const copyOf = subject.fingerprint && corpus.exactCopyOf(subject.fingerprint);
    if (!copyOf) return [];
    return [{ message: `same text as ${copyOf}: remove one of the two` }];
  },
};

export default rule;
