// Word lists of the date grammar. Lower-case keys; case rules live in the grammar.

export const MONTHS = new Map<string, number>([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
  ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
]);

/** Abbreviations; "may" and "june"/"july" are full names already. */
export const MONTH_ABBREVIATIONS = new Map<string, number>([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/** Month names that are also common English words ("Turkey May intervene", "a March on Yerevan"). */
export const RISKY_MONTHS = new Set(['may', 'march', 'mar']);

/** ISO weekday numbers. */
export const WEEKDAYS = new Map<string, number>([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);

export const TIMES_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight']);

export const NUMBER_WORDS = new Map<string, number>([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
]);

export type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

export const UNITS = new Map<string, Unit>([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['month', 'month'], ['months', 'month'],
  ['year', 'year'], ['years', 'year'], ['decade', 'decade'], ['decades', 'decade'],
]);

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export const SEASONS = new Map<string, Season>([
  ['spring', 'spring'], ['summer', 'summer'], ['autumn', 'autumn'], ['fall', 'autumn'], ['winter', 'winter'],
]);

/** Words that introduce a date and stay outside its span. */
export const PREPOSITIONS = new Set([
  'on', 'in', 'since', 'by', 'until', 'till', 'from', 'during', 'before', 'after', 'of', 'at', 'through',
  'throughout', 'for', 'between', 'over',
]);

/** Words before a duration's number that make it approximate ("almost 30 years"). */
export const APPROXIMATORS = new Set(['almost', 'nearly', 'about', 'some', 'around', 'roughly', 'approximately', 'over', 'barely']);

/**
 * Nouns that make a preceding four-digit number a count, not a year ("2000 peacekeepers"),
 * and a preceding small number a count, not a day ("in May 30 soldiers died").
 */
export const COUNT_NOUNS = new Set([
  'people', 'persons', 'person', 'soldiers', 'troops', 'peacekeepers', 'servicemen', 'civilians', 'refugees',
  'tanks', 'men', 'women', 'children', 'residents', 'lives', 'deaths', 'dead', 'casualties', 'km', 'kilometres',
  'kilometers', 'miles', 'metres', 'meters', 'dollars', 'euros', 'manats', 'drams', 'rubles', 'roubles',
  'families', 'houses', 'homes', 'buildings', 'villages', 'settlements', 'prisoners', 'hostages', 'detainees',
  'votes', 'voters', 'members', 'fighters', 'militants', 'mercenaries', 'officers', 'police', 'policemen',
  'workers', 'units', 'pieces', 'rounds', 'shells', 'rockets', 'missiles', 'drones', 'vehicles', 'guns',
  'tonnes', 'tons', 'hectares', 'times', 'percent', 'per', 'observers', 'monitors', 'personnel', 'servicemembers',
  'victims', 'graves', 'bodies', 'mines', 'landmines', 'sq',
  'square', 'million', 'billion', 'thousand', 'hundred',
  // clock times ("at 1200 GMT")
  'gmt', 'utc', 'hours', 'hrs', 'hr', 'h', 'local', 'et', 'est', 'msk', 'cet', 'cest', 'bst', 'am', 'pm',
]);

/** Words before a number that make it an identifier, not a year ("Resolution 822", "Su-25"). */
export const DESIGNATORS = new Set([
  'resolution', 'resolutions', 'no', 'number', 'nos', 'article', 'articles', 'flight', 'su', 'mig', 'mi',
  'boeing', 'airbus', 'room', 'route', 'highway', 'paragraph', 'item', 'point', 'points', 'section', 'chapter',
  'clause', 'decree', 'order', 'model', 'code', 'page', 'pages', 'vol', 'volume', 'issue', 'iskander', 'tor',
  'bayraktar', 'apartment', 'building', 'house', 'plot', 'unit', 'hill', 'height',
  'km', 'kilometre', 'kilometer', 'mark', 'post', 'checkpoint', 'tab', 'bus',
]);

/** Words before a number that make it a quantity ("some 2000", "than 1500"). */
export const QUANTIFIERS = new Set([
  'some', 'nearly', 'almost', 'approximately', 'roughly', 'than', 'least', 'additional', 'another', 'extra',
  'total', 'estimated', 'over', 'about', 'around', 'only', 'just', 'all',
]);

/** After "N-year-old": people, whose age is not a date. */
export const PERSON_NOUNS = new Set([
  'man', 'woman', 'boy', 'girl', 'soldier', 'conscript', 'serviceman', 'civilian', 'child', 'student',
  'journalist', 'resident', 'son', 'daughter', 'father', 'mother', 'leader', 'politician', 'officer', 'farmer',
  'shepherd', 'villager', 'teenager', 'private', 'sergeant', 'lieutenant', 'captain', 'veteran', 'driver',
]);
