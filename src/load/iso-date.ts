// "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real calendar day or month: 2016-13 and
// 2016-02-30 are refused wherever a user writes a date (options, sidecars, front matter,
// manifests, knowledge and expect files).

import { isValidDay } from '../time/calendar.js';

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isIsoDate(s: string): boolean {
  const m = SHAPE.exec(s);
  if (!m) return false;
  if (m[2] === undefined) return true;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  return isValidDay(Number(m[1]), month, Number(m[3]));
}
