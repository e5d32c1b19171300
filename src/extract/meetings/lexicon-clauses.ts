// The words of clause and list structure the meeting extractor reads: where an object list
// stops, where a clause ends, what may stand between coordinated people. Data apart from code,
// like lexicon-triggers.ts. Every word is lower case.

/** Words that stop an object list ("met X in Vienna", "met X on Monday", "met X after ..."). */
export const OBJECT_STOPS = new Set([
  'in', 'on', 'at', 'for', 'to', 'over', 'about', 'amid', 'during', 'after', 'before', 'since', 'near', 'under', 'via', 'ahead',
  'following', 'separately', 'alone', 'individually', 'earlier', 'later', 'last', 'this', 'next', 'yesterday', 'today', 'tomorrow',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'when', 'where', 'while', 'who', 'which', 'that',
  'but', 'as', 'said', 'says', 'told', 'from', 'into', 'by', 'without', 'against', 'despite', 'because', 'until', 'within',
]);

/** Words that end a clause for subject search: a new finite clause or reported speech starts after them. */
export const CLAUSE_WORDS = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'whenever', 'while', 'whereas', 'because', 'although', 'though', 'but',
  'where', 'what', 'if', 'unless', 'after', 'before', 'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'according', 'stated',
  'announced', 'reported', 'noted', 'stressed', 'insisted', 'warned', 'explained', 'emphasized', 'emphasised', 'as', 'once', 'until',
]);

/** Lower-case words of long titles before a name ("EU foreign policy chief X", "national security adviser Y"). */
const TITLE_WORDS = ['chief', 'policy', 'affairs', 'commissioner', 'adviser', 'advisor', 'national', 'security', 'administrator', 'high'];

/** Words that may stand between two coordinated people, besides titles and parentheses ("X and his counterpart Y"). */
export const COORDINATION_FILLERS = new Set([
  'and', ',', '&', 'as', 'well', 'along', 'together', 'his', 'her', 'their', 'its', 'the', 'of', 'counterpart', 'counterparts',
  "'s", 'both', '-', 'state', 'head', 'then', 'foreign', 'prime', 'minister', 'president', 'leader', 'secretary', 'chancellor', 'premier',
  'envoy', 'ambassador', 'co-chair', 'chairman', 'deputy', 'special', 'representative', 'spokesman', 'spokeswoman', 'king', 'emir',
  'colleague', 'colleagues', 'co', 'chair', 'chairs', 'chairmen', 'mediators', 'personal', 'group', 'delegation', 'delegations',
  // "and Russia's first deputy foreign minister, X", "and the vice-president, Y"
  'first', 'vice',
  // the dash closing a label's names ("with the co-chairs – X, Y and Z – and with W")
  '\u2013', '\u2014',
  ...TITLE_WORDS,
]);
export const COORDINATORS = new Set(['and', ',', '&', 'well', 'along', 'together']);
/**
 * Words after a coordinator that set the next person apart: "with X and with Y", "X and then Y",
 * "X and, separately, Y", "with X and, in a separate call, with Y" (one meeting each).
 */
export const APART_WORDS = new Set(['with', 'then', 'separately', 'later', 'afterwards', 'subsequently', 'in', 'a', 'separate', 'call', 'meeting', 'conversation', 'talks']);

/** Words that may stand between a trigger and its object: determiners and titles ("met the Armenian President Serzh Sargsyan"). */
export const OBJECT_FILLERS = new Set([
  'the', 'a', 'an', 'both', 'with', 'between', 'among', 'together', 'his', 'her', 'their', 'its', 'of', 'state', 'head', 'foreign',
  'prime', 'minister', 'president', 'leader', 'secretary', 'chancellor', 'premier', 'envoy', 'ambassador', 'co-chair', 'chairman',
  'deputy', 'special', 'representative', "'s", 'counterpart', 'counterparts', 'colleague', 'colleagues', 'also', 'then', 'first',
  'formally', 'personally', 'privately', 'separately',
  // group labels a list of names may stand in apposition to ("the co-chairs of the Minsk Group: X, Y and Z")
  'co', 'chair', 'chairs', 'chairmen', 'mediators', 'diplomats', 'ministers', 'minsk', 'group', 'two', 'three', 'four', 'personal',
  // "the foreign ministers of the three countries, X, Y and Z"
  'countries', 'nations', 'sides',
  ...TITLE_WORDS,
]);

/** Reporting verbs: the person right before one, after a bare comma, is the speaker, not one more of a list. */
export const SPEECH_VERBS = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'announced', 'noted', 'stressed', 'insisted', 'warned', 'explained',
  'emphasized', 'emphasised', 'wrote', 'tweeted', 'declared', 'recalled', 'confirmed', 'claimed', 'argued', 'remarked',
]);
