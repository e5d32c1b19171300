import type { Rule } from '../types.js';

const rule: Rule = {
  id: 'furniture-only',
  level: 'error',
  description: 'nothing is left after removing site furniture (menus, share buttons, comment counters, front matter)',
  check(subject) {
    // an HTML page's markup is not furniture: html-no-main-text reports a page without text
    if (!subject.loaded || subject.format === 'html' || subject.rawWords === 0 || subject.words > 0) return [];
    return [{ message: `only site furniture (menus, share buttons, comment counters): ${subject.rawWords} words, none of them article text; save the article itself` }];
  },
};

export default rule;
