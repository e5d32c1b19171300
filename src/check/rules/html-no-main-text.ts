import type { Rule } from '../types.js';

const rule: Rule = {
  id: 'html-no-main-text',
  level: 'error',
  description: 'an HTML page with no main article text: only menus, scripts, banners, comments or link lists (a section front, a consent wall, a page that loads its text by script)',
  check(subject) {
    if (!subject.loaded || subject.format !== 'html' || subject.words > 0) return [];
    return [{ message: 'no article text in this HTML page (only navigation, scripts, banners, comments or link lists): save the article page itself, or its text' }];
  },
};

export default rule;
