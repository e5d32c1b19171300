import type { Rule } from '../types.js';
import { where } from './metadata-date-impossible.js';
import { dayDiff } from '../../time/partial.js';

const rule: Rule = {
  id: 'metadata-date-disagrees',
  level: 'warn',
  description: 'the publication date in the metadata (page, record, sidecar, manifest) and the date the text gives (dateline, byline) are more than a day apart',
  check(subject) {
    const meta = subject.facts?.meta;
    const text = subject.textDate;
    if (!meta?.date || !text || meta.date.length < 10 || text.value.length < 10) return [];
    const days = Math.abs(dayDiff(meta.date.slice(0, 10), text.value.slice(0, 10)));
    if (!(days > 1)) return [];
    return [{ message: `the ${where(meta.origin)} dates it ${meta.date} but its ${text.source} says ${text.value} ("${text.text ?? text.value}"); the metadata date is used: check which is right` }];
  },
};

export default rule;
