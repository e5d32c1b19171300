import type { Meeting } from '../../types.js';
import type { ExtractContext } from '../context.js';

/** Meetings: filled in by the meetings issue. */
export function extractMeetings(_c: ExtractContext): Meeting[] {
  return [];
}
