import type { Rule } from '../types.js';

const rule: Rule = {
  id: 'too-short',
  level: 'error',
  description: 'fewer words than --min-words (default 50) after cleaning: a teaser, a caption or a truncated scrape',
  check(subject, { settings }) {
    if (!subject.loaded || subject.words === 0 || subject.words >= settings.minWords) return [];
    return [{ message: `only ${subject.words} word${subject.words === 1 ? '' : 's'} of article text (minimum ${settings.minWords}): save the full article, remove the file, or lower --min-words` }];
  },
};

export default rule;
