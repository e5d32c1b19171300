// Words for meetings told as noun phrases, background lists and several meetings in one
// sentence (see noun predicates in circumstances.ts, background-lists.ts and sentence.ts).
// Data apart from code, like lexicon-triggers.ts.

/** Words that link the items of a background list of meetings ("in Sochi in January, and later at Meiendorf in November"). */
export const LIST_LINKS = new Set([',', 'and', 'later', 'then', 'subsequently', 'again', 'finally', 'once', 'more']);

/** Planned: what a meeting noun's own predicate says after it ("talks of X and Y will be held", "conversations ... are planned"). */
export const PLANNED_AFTER_NOUN = [
  'will', "'ll", 'shall', 'is to', 'are to', 'is scheduled', 'are scheduled', 'is planned', 'are planned', 'is expected', 'are expected',
  'is due', 'are due', 'is set for', 'are set for', 'is slated', 'are slated', 'is being prepared', 'are being prepared', 'is envisaged',
  'are envisaged', 'would', 'could', 'may', 'might', 'to be held', 'to take place',
];

/** Words that make "the X summit to be held" a record rather than a plan ("the first summit to be held on their soil"). */
export const RANKING_WORDS = new Set(['first', 'second', 'third', 'only', 'last', 'latest', 'largest', 'biggest', 'longest', 'highest-level']);

/** Counts in "a two-day summit": a meeting over several days, which fixes no one date. */
export const MULTI_DAY_COUNTS = new Set(['two', 'three', 'four', 'five', 'several', 'multi', '2', '3', '4', '5']);

/**
 * After meetings with each person apart, the words that order a joint one after them ("first
 * separately and then together", "each on his own before three-way talks"): a sequence word,
 * then within a few words one of JOINT_WORDS.
 */
export const SEQUENCE_WORDS = ['then', 'before', 'followed by', 'later', 'afterwards', 'after that', 'after which', 'and finally'];
export const JOINT_WORDS = [
  'together', 'jointly', 'trilateral', 'three - way', 'tripartite', 'four - way', 'quadrilateral', 'all three', 'all four', 'with both',
  'joint talks', 'joint meeting', 'joint session', 'both together', 'in a trilateral format', 'in the trilateral format',
];

/** Counts before a plural meeting noun that make it several occasions ("two meetings", "three rounds of talks"). */
export const COUNT_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'several', 'multiple', '2', '3', '4', '5', '6']);

/** Words between a meeting verb and a list of its occasions ("met twice, in Paris in January and ..."). */
export const LIST_OPENERS = new Set(['twice', 'again', ',', 'three', 'four', 'several', 'times', 'held']);

/** Words that place a meeting noun in a series of the same people's meetings ("the next meeting", "the previous summit"). */
export const SERIES_WORDS = new Set(['next', 'previous', 'preceding', 'last', 'latest']);
