import type { Rule } from '../types.js';

const rule: Rule = {
  id: 'no-date',
  level: 'warn',
  description: 'no publication date from the text (dateline, byline...) or the metadata; meetings dated "on Monday" cannot be placed in time',
  check(subject) {
    if (!subject.facts || subject.facts.date) return [];
    return [{ message: 'no article date in the text or metadata: give it in front matter (date: YYYY-MM-DD), a sidecar FILE.json, or a --manifest row' }];
  },
};

export default rule;
