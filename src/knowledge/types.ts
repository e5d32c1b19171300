// The format of a knowledge file. The bundled data (src/knowledge/data/*.json) and a user's
// `--knowledge FILE` share it: every section is optional, and a user's entry with the same
// id as a bundled one replaces it. Documented in README.md ("Knowledge files").

/** ISO 3166-1 alpha-2 country code, or "EU" for the European Union. */
export type CountryCode = string;

/**
 * Office roles. "leader" marks the office whose holder is "the leader of <country>" at that
 * time (Armenia's president until 2018, then its prime minister; Russia's president, ...).
 */
export type OfficeRole =
  | 'president'
  | 'prime-minister'
  | 'foreign-minister'
  | 'defence-minister'
  | 'minsk-group-co-chair'
  | 'european-council-president'
  | 'european-commission-president'
  | 'eu-high-representative'
  | 'eu-special-representative'
  | 'un-secretary-general'
  | 'osce-chairperson'
  | 'spokesperson'
  | string;

export interface Office {
  role: OfficeRole;
  /** the country (or "EU", or an organisation id such as "osce") the office belongs to */
  country: CountryCode;
  /** ISO date the term started; "YYYY", "YYYY-MM" or "YYYY-MM-DD" */
  start: string;
  /** ISO date the term ended, null while in office */
  end: string | null;
  /** true when the holder counts as the country's leader during the term */
  leader?: boolean;
  acting?: boolean;
}

export interface PersonEntry {
  id: string;
  name: string;
  /** every other spelling and transliteration: "Serzh Sarkisian", "Sarkisyan", ... */
  aliases?: string[];
  nationality?: CountryCode;
  offices?: Office[];
}

export type PlaceKind = 'country' | 'capital' | 'city' | 'region' | 'landmark' | 'continent' | 'sea';

export interface PlaceEntry {
  id: string;
  name: string;
  aliases?: string[];
  kind: PlaceKind;
  /** the country it lies in (for countries, their own code) */
  country?: CountryCode;
  /** adjectives and nationals: "Armenian", "Armenians"; these are never places themselves */
  demonyms?: string[];
  /** a capital: the day it became its country's capital ("astana": 1997-12-10); "the Kazakh capital" before it is the former one */
  capitalFrom?: string;
  /** a former capital: the day it stopped being one ("almaty": 1997-12-10) */
  capitalUntil?: string;
  /** for landmarks that stand for a city in meeting places ("the Kremlin" → "moscow") */
  city?: string;
  /** true when the name also names an organisation ("Kremlin"): reported as an organisation only when used so */
  alsoOrganization?: boolean;
  /** countries: ISO 3166-1 alpha-3, the actor code CAMEO and GDELT use ("ARM") */
  iso3?: string;
  /** countries: FIPS 10-4, GDELT's geography code ("AJ" for Azerbaijan) */
  fips?: string;
  /** WGS 84 decimal degrees, for map exports (GDELT ActionGeo) */
  lat?: number;
  long?: number;
}

export interface OrganizationEntry {
  id: string;
  name: string;
  aliases?: string[];
  acronyms?: string[];
  kind?: 'intergovernmental' | 'government' | 'military' | 'news-agency' | 'think-tank' | 'party' | 'company' | 'ngo' | string;
  country?: CountryCode;
  /** CAMEO actor code of its officials ("IGOEUREEC" for the EU); intergovernmental ones default to "IGO" */
  cameo?: string;
  /** the place id of the city it sits in, for meeting places: "talks at the State Department" → "washington" */
  city?: string;
}

export interface CeasefireEntry {
  id: string;
  name: string;
  /** when it was agreed or took effect */
  date: string;
  /** for the catalogue's own use: when it stopped being the truce in force, if ever */
  until?: string | null;
  /** country codes or organisation ids */
  brokers: string[];
  /** ways writers name it: "Bishkek Protocol", "trilateral statement", "November deal" */
  aliases?: string[];
  /** context cues that point to it: "four-day war", "44-day war", "humanitarian" */
  cues?: string[];
  /** the war or fighting it ended or paused */
  war?: string;
  /** for a group entry ("the October 2020 humanitarian ceasefires"): the ids of its members */
  members?: string[];
  /** how readily writers mean it when nothing else decides (higher wins ties); default 0 */
  prominence?: number;
  notes?: string;
}

export interface KnowledgeFile {
  /** free text, shown by `karabakh-cli knowledge` */
  about?: string;
  people?: PersonEntry[];
  places?: PlaceEntry[];
  organizations?: OrganizationEntry[];
  ceasefires?: CeasefireEntry[];
}
