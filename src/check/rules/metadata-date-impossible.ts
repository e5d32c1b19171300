import type { Rule } from '../types.js';

/** A day after today is a typo or a placeholder; one day of slack for time zones. */
const SLACK_MS = 86_400_000;

const rule: Rule = {
  id: 'metadata-date-impossible',
  level: 'error',
  description: 'the publication date in the page, record or sidecar cannot be right: not a calendar day (2016-02-30), a placeholder (0000-00-00, the Unix epoch), or in the future',
  check(subject) {
    const meta = subject.facts?.meta;
    if (!meta) return [];
    if (meta.badDate) return [{ message: `publication date "${meta.badDate}" in the ${where(meta.origin)} is not a possible date; it was ignored: fix it, or give the date in a sidecar FILE.json` }];
    if (meta.date && meta.date.length === 10 && Date.parse(meta.date) > Date.now() + SLACK_MS) {
      return [{ message: `publication date ${meta.date} in the ${where(meta.origin)} is in the future: fix it` }];
    }
    return [];
  },
};

export function where(origin: string | undefined): string {
  switch (origin) {
    case 'html': return "page's metadata";
    case 'jsonl': return "record's date field";
    case 'manifest': return 'manifest';
    case 'front-matter': return 'front matter';
    case 'option': return '--date option';
    default: return 'sidecar';
  }
}

export default rule;
