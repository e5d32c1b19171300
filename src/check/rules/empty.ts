import type { Rule } from '../types.js';

const rule: Rule = {
  id: 'empty',
  level: 'error',
  description: 'the file has no words at all',
  check(subject) {
    if (!subject.loaded || subject.rawWords > 0) return [];
    return [{ message: 'empty file: add the article text or remove the file' }];
  },
};

export default rule;
