import type { Rule } from '../types.js';

/** What `analyze` could not do in full on this file: each bound a stage reached (see extract/limits.ts). */
const rule: Rule = {
  id: 'extraction-limit',
  level: 'error',
  description: 'the file reaches a per-article bound (meeting reports, quotes, sentence length): `analyze` would report it incompletely',
  check(subject) {
    return (subject.facts?.limits ?? []).map((l) => ({ message: `extraction limit (${l.stage}): ${l.message}; split the file into articles or remove generated text` }));
  },
};

export default rule;
