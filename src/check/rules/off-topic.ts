import type { Rule } from '../types.js';
import { topicEvidence } from '../topic.js';

const rule: Rule = {
  id: 'off-topic',
  level: 'error',
  description: 'names no place, person or organisation of Armenia, Azerbaijan or Karabakh, no mediator, no meeting or ceasefire',
  check(subject, { knowledge }) {
    if (!subject.facts || !subject.loaded) return [];
    if (topicEvidence(subject.facts, subject.demonyms, knowledge)) return [];
    return [{ message: 'off topic: nothing about Armenia, Azerbaijan, Karabakh or their diplomacy (no place, person or organisation of theirs is named); move it out of the corpus, or add the missing names with --knowledge' }];
  },
};

export default rule;
