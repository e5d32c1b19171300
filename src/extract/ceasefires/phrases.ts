// The phrasings the ceasefire extractor reads, as data: token patterns (syntax in
// annotate/pattern.ts) matched over the Doc's tokens. Every repetition is bounded and the
// matcher is linear, so no phrasing can make a long sentence slow.

import { compile, type Pattern } from '../../annotate/pattern.js';

/** Named word sets the patterns below share (@NAME). */
export const SETS: Readonly<Record<string, string>> = {
  // the nouns of an agreement, singular; then with plurals; then with the papers that record one
  DEAL: '(deal|agreement|accord|pact|statement|declaration|arrangement)',
  DEALS: '(@DEAL|deals|agreements|accords|pacts|statements|declarations|arrangements)',
  PAPERS: '(@DEALS|protocol|protocols|document|documents)',
  // who made it: "the joint statement", "the trilateral agreement"
  SIGNERS: '(joint|trilateral|tripartite)',
  WAR: '(war|conflict|fighting|hostilities|clashes|offensive|bloodshed|violence|shooting|firing)',
  ENDED: '(ended|halted|stopped|brought an end to|put an end to|froze|paused|concluded)',
  // the deal as the subject that stops the fighting: "the joint statement … stops the shooting"
  STOPS: '(stops|stopped|halts|halted|ends|ended|freezes|froze|brings an end to|brought an end to|puts an end to|put an end to)',
  // a third party that made the fighting stop: "due to mediation of Russia", "thanks to Moscow's intervention"
  MEDIATION: '(mediation|brokering|intervention|good offices)',
  TRUCE: '(ceasefire|ceasefires|cease -? (fire|fires)|truce|truces|armistice|armistices)',
  MONTH: '(jan*|feb*|mar*|apr*|may*|jun*|jul*|aug*|sep*|oct*|nov*|dec*) ~.?',
  POSSESSIVE: "('s|~’ ~s|~' ~s)",
  // a broker as a name: "U.S.", "US", "EU", "OSCE", "Russia", "the Kremlin", "Iranian envoys"
  BROKER: '(u ~. ~s ~.?|#Name #Name?)',
  // signed, agreed, came into force: the verbs after which a date is the truce's own
  AGREED_VERB: '(signed|agreed|reached|brokered|announced|declared|struck|sealed|concluded|mediated|negotiated|established|arranged|secured|hammered out|worked out|put in place|took effect|came into (force|effect)|went into (force|effect)|entered into force|(in|into) force|in place|in effect)',
};

const p = (source: string): Pattern => compile(source, SETS);

// ---- mentions (mentions.ts)

/** a ceasefire word: "ceasefire agreement", "cease-fire", "truces", "cessation of hostilities", "a humanitarian pause", "the US-brokered pause" */
export const TERM = p('@TRUCE (@DEALS|regime|regimes|protocol|protocols)? | (humanitarian|~brokered|~mediated) (pause|pauses) | (cessation|halt|suspension) (of|to) the? all? (hostilities|fighting|fire|military (operations|actions))');

/** the deal that ended a war */
export const ENDED_WAR = [
  // "the deal that ended the conflict", "an agreement which finally halted the six-week war"
  p('@DEALS (that|which) (had|has|have|finally|effectively|eventually|formally){0,2} @ENDED _{0,4}? @WAR'),
  // "the agreement ending the war", "a deal to end the fighting"
  p('@DEAL (ending|to end|to halt|that ends) _{0,4}? @WAR'),
  // "The fighting ended with a Russian-brokered agreement", "the war was halted by a Moscow-mediated deal"
  p('@WAR (was|were)? (ended|halted|stopped|ceased|concluded|ending|stopping) (only|finally|eventually|effectively)? (with|by|under|in) (a|an|the) _{0,4}? @DEAL'),
  // "the joint statement of the three leaders stops the shooting completely"
  p('@SIGNERS? @DEAL _,{0,12}? @STOPS (the|all|further)? _{0,2}? @WAR'),
  // "the fighting in the border area was stopped by the evening due to mediation of Russia"
  p('@WAR _{0,5}? (was|were|had been) (stopped|halted|ended) _{0,5}? (due to|thanks to|through|with|after|by) the? _{0,2}? @MEDIATION'),
];

// A deal named by the day it was made: "the statement of 9 November 2020", "the agreement
// reached on April 5, 2016 in Moscow", "the agreement which on April 5 was reached". The mention
// is the captured deal and its connective words; the day itself is read by the dates module,
// and the mention cites something only when that day is a catalogued truce's.
export const DATED_DEAL = p('<@SIGNERS? @PAPERS (((which|that)? (was|were|had been|has been)? (signed|agreed|reached|adopted|announced|concluded|struck) on?)|of|dated|(which|that) on)> the? (#Day of? @MONTH|@MONTH #Day)');

// The same with the day written first: "the Nov. 9 deal", "the 10 November 2020 statement",
// "April 5's agreement", or only its month: "the November 2020 statement". The mention is the
// captured deal word; the day (or month) before it is its tight date. A month cites a truce only
// when one of the catalogue's was agreed in it (resolve.ts).
export const DAY_BEFORE_DEAL = p('((@MONTH #Day|#Day @MONTH) (,? #Year)?|@MONTH ,? #Year) @POSSESSIVE? (@SIGNERS|peace)? <@PAPERS>');

/** A deal named by its month after it: "the agreement of May 1994" (see DAY_BEFORE_DEAL). */
export const MONTH_AFTER_DEAL = p('<@SIGNERS? @PAPERS (of|dated)> @MONTH ,? #Year');

/** "a Russian-brokered deal": a ceasefire only when a date or cue says which */
export const BROKERED_DEAL = p('#Word (~.|~#Word){0,6} ~- ~(brokered|mediated) peace? @DEAL');

/** "the pact", "the agreement": singular only ("agreements reached in talks" are not a truce taken up again) */
export const ANAPHOR = p('(the|this|that) (pact|agreement|deal|accord|arrangement) !(on|to|with|between|by|for|of)');

/** a negation ending right before an indefinite truce word ("not respected the truce" is a claim, not a negation) */
export const NEGATED = p('(no|without|(not|never) _? (a|an|any)) _?');

/** words before a mention that make it several truces */
export const PLURALISERS = p('(several|multiple|two|three|four|many|repeated|successive|series of) _{0,2}');

export const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'current', 'existing']);
export const INDEFINITE = new Set(['a', 'an', 'another', 'any', 'new', 'no', 'some', 'fresh']);
/** words that end the noun phrase a determiner is looked for in */
export const PHRASE_BREAKS = new Set(['to', 'of', 'on', 'in', 'for', 'with', 'by', 'from', 'and', 'or', 'that', 'which', 'as', 'at']);
/** "regime", "line" after a truce word: "ceasefire regime" is as singular as "ceasefire" */
export const PLURAL_NEUTRAL_TAILS = new Set(['regime', 'line']);
/** plural-looking words of one event: "cessation of hostilities" */
export const SINGULAR_IN_S = new Set(['hostilities', 'clashes', 'fighting']);
/** the ceasefire words themselves: a catalogue name holding one is found as a term */
export const TERM_WORDS = new Set(['ceasefire', 'ceasefires', 'cease', 'truce', 'truces', 'armistice', 'armistices']);

// ---- claims (claims.ts, index.ts)

export const VIOLATED = p('violat*|breach*|broke|broken|break|breaks|breaking|flout*|collaps*|shatter*|fell apart|unravel*|disregard*|not respected|failed to (hold|respect|observe)');
export const EXTENDED = p('extend*|extension|prolong*|renew*');
export const CALLED_FOR = p('urg*|(call|calls|called|calling) (for|on|upon)|appeal*|demand*|(press|pressed|pressing) for|(push|pushed|pushing) for|insist*|propos*|seek*|sought|hope*|should|must|need to|restor*|reaffirm*|would be welcome|want*|to (respect|observe|adhere|abide|comply|ensure|strengthen|consolidate|shore up)');
export const AGREED = p('agree*|sign*|announc*|brokered|brokering|reach*|struck|hammered out|clinch*|seal*|declar*|took effect|(came|went) into (force|effect)|entered into force|halted|ended|put an end|establish*|negotiated|mediated|achieved|secured|concluded');
export const HOLDING = p('hold*|held|respect*|observ*|adher*|abid*|comply|complied|compliance|maintain*|in (force|place|effect)|implement*|sustainable|stable|committed|largely quiet|oversee|monitor*|shaky|fragile|tenuous|uneasy');
/** Words that show a mention is about a truce in force, even an indefinite one ("restore a truce"). */
export const ABOUT_CURRENT_TRUCE = p('restor*|respect*|observ*|shore up|reaffirm*|strengthen*|consolidat*|fragile|shaky|tenuous|uneasy|current|existing|holding|violat*|breach*|monitor*|adher*|abid*');
/** "the truce has largely held", "the ceasefire is holding": said of it right after it is named */
export const HOLDS_NOW = p(',? (has|have|had|is|was|remains|remained|appears to|seems to)? been? (largely|mostly|generally|broadly|still)? (held|holding|holds|respected|observed)');
/** what makes "the agreement" a ceasefire's: it is violated, respected, brokered, implemented */
export const ANAPHOR_TRIGGER = p('violat*|breach*|broke|broken|break*|respect*|observ*|adher*|abid*|implement*|honor*|honour*|undermin*|uphold*|comply|complied|compliance|broker*|mediat*|collaps*|signed|achieved|reached|hold*|held');
/** clause breaks a claim does not reach across: "a truce ended the clashes but both sides accuse ..." */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', ':', 'but', 'while', 'whereas', 'although', 'though', 'yet']);
export const ACCUSES = p('accus*|blam*');
/** "violations by Azerbaijani forces" / "violated by Armenia": the accused follows "by" */
export const BY_AFTER_VIOLATION = p('#Word by');
/** "…, Armenia's defence ministry said": who speaks is the accuser */
export const SAID = p('said|says|claimed|claims|reported|according to|alleged');
/** "both sides accuse the other", "accused each other": the accusation runs both ways */
export const MUTUAL = p('both sides|each other|one another|the two sides|each side|both countries|the other side|the other');

// ---- brokers (brokers.ts)

export const BROKERED_BY = [
  // "Russian-brokered", "U.S.-mediated"
  p('<@BROKER> ~- ~(brokered|mediated|backed|sponsored|negotiated|facilitated)'),
  // "brokered by Moscow", "hammered out in the Kremlin"
  p('(brokered|mediated|hammered out|negotiated|arranged|facilitated|secured|sponsored) (by|in|through) the? <@BROKER>'),
  // "with Russian mediation", "under the auspices of the OSCE" (below), "thanks to Moscow's efforts"
  p('(with|under|through|thanks to) the? <@BROKER> @POSSESSIVE? (mediation|auspices|brokering|help|efforts)'),
  p('(mediation|auspices|brokering) of the? <@BROKER>'),
];

// ---- dates next to a mention (evidence.ts)

// A date written as the truce's own: "a 1994 ceasefire", "the November 2020 deal", "a truce in
// 1994", "agreement on Nov. 10, 2020", "a truce signed in Moscow on 10 October". A date after
// other words ("restore a truce when they met on Monday", "violated on Monday") is not.
/** the words between a mention and a date after it: "a truce arranged by Iranian envoys in March", "the regime of ceasefire which is in force since 1994" ("since" only after "in force": "a ceasefire since last Saturday's clashes" dates the clashes) */
export const DATE_AFTER = p('(,|#Paren){0,3} (which|that)? (was|were|is|are|had|has|have|been){0,2} (@AGREED_VERB? ((in|by|with|under) _ _?)? (of|in|on|from|dated|at)?|(in|into) (force|place|effect) since|(held|holding) since)');
/** the words between a date and a mention after it: "a 1994 ceasefire", "May 1994's Russian-brokered truce", not "1994, the truce" */
export const DATE_BEFORE = p('@POSSESSIVE? (!(the|a|an|this|that) _){0,2}');
