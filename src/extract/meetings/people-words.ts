// The words that name people without naming them: role nouns ("the Armenian premier"), group
// anaphors ("both presidents", "the two rivals") and labels ("the co-chairs"). Data, like lexicon-triggers.ts.

/** Role nouns: folded words → office role ('leader' means the office marked `leader`). Plural forms included. */
export const ROLE_NOUNS: [string, string][] = [
  ['leader', 'leader'], ['leaders', 'leader'], ['head of state', 'leader'], ['heads of state', 'leader'],
  ['president', 'president'], ['presidents', 'president'],
  ['prime minister', 'prime-minister'], ['prime ministers', 'prime-minister'], ['premier', 'prime-minister'], ['premiers', 'prime-minister'],
  ['pm', 'prime-minister'], ['head of government', 'prime-minister'], ['heads of government', 'prime-minister'],
  ['foreign minister', 'foreign-minister'], ['foreign ministers', 'foreign-minister'], ['top diplomat', 'foreign-minister'],
  ['top diplomats', 'foreign-minister'], ['defence minister', 'defence-minister'], ['defense minister', 'defence-minister'],
  ['defence ministers', 'defence-minister'], ['defense ministers', 'defence-minister'],
  ['counterpart', 'counterpart'], ['counterparts', 'counterpart'], ['minister', 'minister'],
  ['secretary of state', 'foreign-minister'], ['chief diplomat', 'foreign-minister'], ['foreign secretary', 'foreign-minister'],
  ['chancellor', 'chancellor'],
];

/**
 * Role nouns that name an office only with the country after them ("the heads of Azerbaijan and
 * Armenia", "the head of the Russian state"); before a demonym they are no office ("the Azerbaijani
 * head of delegation").
 */
export const ROLE_NOUNS_OF: [string, string][] = [['heads', 'leader'], ['head', 'leader']];

/**
 * Capitalised titles that a readout uses alone, after 'the', for one office ("The Secretary
 * commended the ministers" in a State Department readout): folded word → [office role, country].
 * Never before 'of' or 'general' ("the Secretary of the Security Council", "the Secretary General").
 */
export const BARE_TITLES: [string, string, string][] = [['secretary', 'foreign-minister', 'US']];

/**
 * Role phrases that name their country or organisation in their own words ("the Kremlin chief",
 * "the European Council president"): folded words → [office role, country or organisation code].
 */
export const FIXED_ROLES: [string, string, string][] = [
  ['kremlin chief', 'leader', 'RU'], ['kremlin leader', 'leader', 'RU'],
  ['european council president', 'european-council-president', 'EU'], ['eu council president', 'european-council-president', 'EU'],
  ['president of the european council', 'european-council-president', 'EU'], ['head of the european council', 'european-council-president', 'EU'],
  ['european commission president', 'european-commission-president', 'EU'], ['president of the european commission', 'european-commission-president', 'EU'],
  ['eu foreign policy chief', 'eu-high-representative', 'EU'], ["eu 's foreign policy chief", 'eu-high-representative', 'EU'],
  ['eu top diplomat', 'eu-high-representative', 'EU'],
  ['nato chief', 'nato-secretary-general', 'nato'], ['nato secretary general', 'nato-secretary-general', 'nato'],
  ['un chief', 'un-secretary-general', 'united-nations'], ['un secretary general', 'un-secretary-general', 'united-nations'],
  ['osce secretary general', 'osce-secretary-general', 'osce'],
];

/** Nouns a group anaphor may use ("both presidents", "the two rivals", "the trio"); the value is a role it implies, if any. */
export const GROUP_NOUNS: Record<string, string | null> = {
  leaders: 'leader', leader: 'leader', presidents: 'president', president: 'president', rivals: null, men: null, women: null,
  counterparts: null, heads: 'leader', premiers: 'prime-minister', adversaries: null, foes: null, neighbours: null,
};
/** Determiners of a group anaphor and the count they imply (0: any, two or more). */
export const GROUP_DETERMINERS: [string, number][] = [
  ['both', 2], ['the two', 2], ['two', 2], ['the three', 3], ['three', 3], ['all three', 3], ['the four', 4], ['four', 4], ['all four', 4],
  ['the five', 5], ['five', 5], ['all five', 5], ['the six', 6], ['all six', 6],
  ['each', 0], ['each of the', 0], ['each of his', 0], ['each of her', 0], ['each of their', 0], ['the', 0], ['these', 0], ['those', 0],
  ['all', 0], ['his', 0], ['her', 0], ['their', 0],
];
/** Adjectives a group anaphor may carry between determiner and noun ("the two rival presidents"). */
export const GROUP_ADJECTIVES = new Set([
  'rival', 'warring', 'feuding', 'same', 'neighbouring', 'neighboring', 'visiting', 'two', 'three', 'four', 'minsk', 'group', 'osce', 'international',
  'five', 'six', 'eu', 'european', 'western', 'regional', 'world',
]);
/**
 * Nouns that label a group the text names in apposition ("the co-chairs - X, Y and Z") and may
 * later use alone ("the co-chairs held talks"): folded words → the label (a knowledge role where
 * there is one, so the knowledge base can name them when the text does not).
 */
export const LABEL_NOUNS: [string, string][] = [
  ['co - chairs', 'minsk-group-co-chair'], ['co - chairmen', 'minsk-group-co-chair'], ['cochairs', 'minsk-group-co-chair'],
  ['co - chair', 'minsk-group-co-chair'], ['co - chairman', 'minsk-group-co-chair'], ['mediators', 'mediators'],
  ['diplomats', 'diplomats'], ['ministers', 'ministers'], ['envoys', 'envoys'], ['negotiators', 'negotiators'],
  ['colleagues', 'colleagues'], ['guests', 'guests'],
];
/** Labels whose people, when nothing just before names them, are the article's holders of an office role ("the two ministers"). */
export const LABEL_ROLES: Record<string, string> = { ministers: 'minister', 'minsk-group-co-chair': 'minsk-group-co-chair' };
/** Labels for the mediators of the OSCE Minsk Group: its co-chairs, and the Personal Representative who sits with them. */
export const MEDIATOR_LABELS = new Set(['minsk-group-co-chair', 'mediators', 'diplomats', 'envoys']);
/** The office roles of those mediators (knowledge base roles). */
export const CO_CHAIR_ROLE = 'minsk-group-co-chair';
export const PERSONAL_REPRESENTATIVE_ROLE = 'osce-personal-representative';
/** The two sides of the conflict this tool reads about: "both leaders" with no pair just named is theirs. */
export const TWO_SIDES = ['AM', 'AZ'];
/** Nouns of a page that speaks in its author's first person ("Press statement by X", "Remarks of X"): regular-expression alternatives. */
export const STATEMENT_NOUNS = ['statement', 'remarks', 'speech', 'address', 'op-ed', 'article', 'message', 'interview', 'letter', 'blog post', 'column'];
/** Nouns that are a group by themselves: the count they imply. */
export const COLLECTIVE_NOUNS: Record<string, number> = { trio: 3, pair: 2, duo: 2, troika: 3, quartet: 4 };
