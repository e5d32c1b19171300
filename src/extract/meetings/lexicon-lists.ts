// Words for meetings told as noun phrases and background lists (see noun predicates in
// circumstances.ts and background-lists.ts). Data apart from code, like lexicon.ts.

/** Words that link the items of a background list of meetings ("in Sochi in January, and later at Meiendorf in November"). */
export const LIST_LINKS = new Set([',', 'and', 'later', 'then', 'subsequently', 'again', 'finally', 'once', 'more']);

/** Planned: what a meeting noun's own predicate says after it ("talks of X and Y will be held", "conversations ... are planned"). */
export const PLANNED_AFTER_NOUN = [
  'will', "'ll", 'shall', 'is to', 'are to', 'is scheduled', 'are scheduled', 'is planned', 'are planned', 'is expected', 'are expected',
  'is due', 'are due', 'is set for', 'are set for', 'is slated', 'are slated', 'is being prepared', 'are being prepared', 'is envisaged',
  'are envisaged', 'would', 'could', 'may', 'might', 'to be held', 'to take place',
];

/** Ordinals in "for a fourth time", "for the third time": filler inside a background list's item. */
export { ORDINAL_WORDS } from '../ordinals.js';

/** Counts in "a two-day summit": a meeting over several days, which fixes no one date. */
export const MULTI_DAY_COUNTS = new Set(['two', 'three', 'four', 'five', 'several', 'multi', '2', '3', '4', '5']);
