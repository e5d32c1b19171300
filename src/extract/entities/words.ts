// Word lists that tell a capitalised run of unknown words what it is not (or is): data, kept
// apart from the code that reads it. All entries folded (lower case, no accents).

/**
 * Words no personal name holds: a policy, an event, a title run ("Privacy Policy", "Security
 * Conference", "National Security", "Foreign Affairs"). A run with one of them is not a person.
 */
export const NOT_IN_PERSONAL_NAMES = new Set([
  'policy', 'privacy', 'cookie', 'cookies', 'terms', 'conditions', 'conference', 'summit', 'security', 'national',
  'affairs', 'foreign', 'training', 'federal', 'republic', 'democratic', 'state', 'states', 'treaty', 'declaration',
  'protocol', 'statement', 'agreement', 'accord', 'corridor', 'route', 'road', 'highway', 'railway', 'border',
  'checkpoint', 'crossing', 'district', 'region', 'province', 'oblast', 'village', 'city', 'town', 'lake', 'river',
  'mountain', 'valley', 'island', 'bay', 'gulf', 'strait', 'award', 'prize', 'cup', 'games', 'championship',
  'olympics', 'week', 'day', 'year', 'contact', 'subscribe', 'newsletter', 'copyright', 'rights', 'reserved',
]);

/**
 * The head of a venue's name: "Villa Borsig", "Mimi Castle", "Konstantin Palace", "Westminster
 * Hall". A run that opens or ends with one of them is a place (a meeting venue), not a person.
 * ("park" is left out: Park is a Korean family name.)
 */
export const VENUE_HEADS = new Set([
  'castle', 'palace', 'villa', 'hall', 'residence', 'chateau', 'manor', 'estate', 'dacha', 'mansion', 'lodge',
  'hotel', 'resort', 'airport', 'airfield', 'stadium', 'arena', 'square', 'gardens', 'tower', 'cathedral',
  'monastery', 'abbey', 'mosque', 'museum', 'theatre', 'theater',
]);

/** Titles that compromise does not know as such: they open a name's run but are no part of the name. */
export const TITLES = new Set([
  'sheikh', 'sheikha', 'shaikh', 'emir', 'amir', 'sultan', 'prince', 'princess', 'king', 'queen', 'lord', 'lady',
  'sir', 'dame', 'ambassador', 'envoy', 'premier', 'mullah', 'ayatollah', 'imam', 'patriarch', 'catholicos', 'archbishop',
]);
