import type { Rule } from '../types.js';

const rule: Rule = {
  id: 'extraction-failed',
  level: 'error',
  description: 'fact extraction threw on this file: a bug in karabakh-cli, reported with the file so it can be fixed',
  check(subject) {
    const e = subject.extractionError;
    if (!e) return [];
    const at = e.stack?.split('\n').find((l) => l.trim().startsWith('at '))?.trim();
    return [{ message: `extraction failed: ${e.message}${at ? ` (${at})` : ''}; please report this file as a karabakh-cli bug` }];
  },
};

export default rule;
