import { describe, it, expect } from '@jest/globals';
import { Knowledge } from '../src/knowledge/index.js';
import { processText } from '../src/pipeline/process.js';
import { EntityAggregator } from '../src/aggregate/entities.js';
import { facts, kb, names } from './helpers.js';

describe('canonical names', () => {
  it('strips titles and honorifics', () => {
    const f = facts('Russian President Vladimir Putin spoke. Prime Minister Nikol Pashinyan replied.');
    expect(names(f.people)).toEqual(['Nikol Pashinyan', 'Vladimir Putin']);
  });

  it('drops possessives and trailing punctuation', () => {
    const f = facts("It was Putin's initiative, said Aliyev. Erdogan's visit followed.");
    expect(names(f.people)).toEqual(['Ilham Aliyev', 'Recep Tayyip Erdoğan', 'Vladimir Putin']);
  });

  it('joins a family name to the full name seen in the same article', () => {
    const f = facts('Armenian President Serzh Sarkisian arrived. Sarkisian told reporters he was hopeful.');
    expect(f.people).toHaveLength(1);
    expect(f.people[0].name).toBe('Serzh Sargsyan');
    expect(f.people[0].aliases.sort()).toEqual(['Sarkisian', 'Serzh Sarkisian']);
    expect(f.people[0].mentions).toBe(2);
  });

  it('prefers the namesake named in full: Heydar, not Ilham, Aliyev', () => {
    const f = facts('Heydar Aliyev signed the truce in 1994. Aliyev later fell ill.');
    expect(names(f.people)).toEqual(['Heydar Aliyev']);
  });

  it.each([
    ['Serzh Sarkisian', 'Serzh Sargsyan'],
    ['Serzh Sarkisyan', 'Serzh Sargsyan'],
    ['Nikol Pashinian', 'Nikol Pashinyan'],
    ['Recep Tayyip Erdogan', 'Recep Tayyip Erdoğan'],
    ['Tayyip Erdoğan', 'Recep Tayyip Erdoğan'],
    ['Sergei Lavrov', 'Sergey Lavrov'],
    ['Dmitri Peskov', 'Dmitry Peskov'],
    ['Ilham Aliev', 'Ilham Aliyev'],
  ])('merges the spelling %s into %s', (spelling, canonical) => {
    expect(names(facts(`${spelling} said the talks were useful.`).people)).toEqual([canonical]);
  });

  it.each([
    ['Nagorny Karabakh', 'Nagorno-Karabakh'],
    ['NagornoKarabakh', 'Nagorno-Karabakh'],
    ['Nagorno Karabakh', 'Nagorno-Karabakh'],
    ['Artsakh', 'Nagorno-Karabakh'],
    ['St Petersburg', 'Saint Petersburg'],
    ['St. Petersburg', 'Saint Petersburg'],
    ['Türkiye', 'Turkey'],
  ])('reads the place %s as %s', (spelling, canonical) => {
    expect(names(facts(`Fighting was reported near ${spelling} on Tuesday.`).places)).toEqual([canonical]);
  });

  it('merges an organisation with its long name and acronym', () => {
    const f = facts('The Organization for Security and Co-operation in Europe (OSCE) sent monitors. The OSCE said more would follow.');
    expect(names(f.organizations)).toEqual(['OSCE']);
    expect(f.organizations[0].mentions).toBe(2);
  });
});

describe('what is not an entity', () => {
  it('does not take demonyms for places', () => {
    const f = facts('The Armenian and Azerbaijani foreign ministers and Azeri officials met Russian diplomats.');
    expect(f.places).toEqual([]);
  });

  it('does not take the pronoun "us" for the United States', () => {
    expect(facts('"Let us talk," he said.').places).toEqual([]);
    expect(names(facts('The US called for calm.').places)).toEqual(['United States']);
  });

  it('ignores capitals in a Title Case headline', () => {
    const f = facts('Putin Hosts First Post-war Talks Between Leaders Of Azerbaijan, Armenia\n\nThe talks began.');
    expect(names(f.people)).toEqual(['Vladimir Putin']);
  });

  it('still finds names that start with a first name in a Title Case credit line', () => {
    const f = facts('Aliyev met Pashinyan.\n\n(Reporting By Philip Blenkinsop; Editing By Alison Williams)');
    expect(names(f.people)).toEqual(['Alison Williams', 'Ilham Aliyev', 'Nikol Pashinyan', 'Philip Blenkinsop']);
  });
});

describe('names the knowledge base does not know', () => {
  it('finds an unknown person with no knowledge at all', () => {
    const empty = new Knowledge([]);
    const f = processText('x.txt', 'A spokesman, Senor Hasratyan, said the enemy fired at dawn. Hasratyan added nothing.', empty);
    expect(names(f.people)).toEqual(['Senor Hasratyan']);
    expect(f.people[0].id).toBeNull();
    expect(f.people[0].mentions).toBe(2);
  });

  it('finds a new negotiator next to known leaders', () => {
    const f = facts('Analyst Dmitry Trenin said Putin wanted calm. Trenin wrote on Twitter.');
    expect(names(f.people)).toEqual(['Dmitry Trenin', 'Vladimir Putin']);
  });

  it('finds an unknown organisation by its head noun, swallowing the city it starts with', () => {
    const f = facts('Tatevik Hakobyan of the Yerevan Policy Research Center said so.');
    expect(names(f.organizations)).toContain('Yerevan Policy Research Center');
    expect(names(f.places)).not.toContain('Yerevan');
  });

  it('does not invent people from ordinary capitalised words', () => {
    const f = facts('Meanwhile, Fighting Continued. Key regional powerbroker Putin held talks.');
    expect(names(f.people)).toEqual(['Vladimir Putin']);
  });
});

describe('evidence', () => {
  it('points into the original file, through cleaning', () => {
    const raw = 'Title\n\n“It was April\\’s worst day,”  said   Putin in Saint Petersburg.';
    const f = processText('x.txt', raw, kb());
    for (const e of [...f.people, ...f.places]) {
      for (const ev of e.evidence) expect(e.aliases).toContain(raw.slice(ev.start, ev.end));
    }
    expect(f.places[0].evidence[0].sentence).toContain('Saint Petersburg');
  });
});

describe('across articles', () => {
  it('merges spelling variants into one row with counts', () => {
    const agg = new EntityAggregator();
    agg.add(processText('a.txt', 'Serzh Sarkisian met Ilham Aliyev.', kb()));
    agg.add(processText('b.txt', 'Serzh Sargsyan spoke. Sargsyan left.', kb()));
    const row = agg.result(['person']).find((r) => r.name === 'Serzh Sargsyan')!;
    expect(row.articles).toBe(2);
    expect(row.mentions).toBe(3);
    expect(row.aliases.sort()).toEqual(['Sargsyan', 'Serzh Sargsyan', 'Serzh Sarkisian']);
  });
});

describe('spellings the knowledge base does not list', () => {
  it.each([
    ['Heidar Aliev', 'Heydar Aliyev'],
    ['Ayaz Mutalibov', 'Ayaz Mutallibov'],
    ['Vartan Oskanyan', 'Vartan Oskanian'],
    ['Levon Ter-Petrosyan', 'Levon Ter-Petrosyan'],
  ])('%s is matched through its transliteration key', (spelling, canonical) => {
    const f = facts(`${spelling} arrived in Moscow on Tuesday for talks.`, '2000-06-01');
    expect(names(f.people)).toEqual([canonical]);
  });

  it('a hyphenated family name alone joins its bearer', () => {
    const f = facts('Levon Ter-Petrosyan flew to Tehran. Ter-Petrosyan said the talks were useful.', '1992-05-08');
    expect(names(f.people)).toEqual(['Levon Ter-Petrosyan']);
    expect(f.people[0].mentions).toBe(2);
  });

  it('a family name in another transliteration finds the person', () => {
    const f = facts('Kocharian and Aliev met on the border for two hours.', '1999-10-12');
    expect(names(f.people)).toEqual(['Heydar Aliyev', 'Robert Kocharyan']);
  });

  it('acronyms are not folded into other acronyms', () => {
    const f = facts('A truce was agreed. A spokesman for the OSCE welcomed it.', '2016-04-06');
    expect(names(f.organizations)).toEqual(['OSCE']);
  });
});

describe('capitalised runs that are not people', () => {
  it('an abbreviated title before a family name is no first name', () => {
    const f = facts('President Ilham Aliyev met Armenian PM Pashinyan in Vienna.', '2019-03-29');
    expect(names(f.people)).toEqual(['Ilham Aliyev', 'Nikol Pashinyan']);
  });

  it('policies, conferences and title runs are not people', () => {
    const f = facts('Read our Privacy Policy. The ministers spoke at the Munich Security Conference about National Security.', '2025-02-15');
    expect(f.people).toEqual([]);
  });

  it('a venue named by its head word is a place, not a person', () => {
    const f = facts('The leaders met at Villa Borsig on the outskirts of the city, then dined at Mimi Castle.', '2024-02-28');
    expect(f.people).toEqual([]);
    expect(names(f.places)).toEqual(expect.arrayContaining(['Mimi Castle', 'Villa Borsig']));
  });

  it('long Arabic names with joiners and Irish O\' names are people', () => {
    const f = facts('Sheikh Khalid bin Rashid Al Hamdan welcomed envoys. Deputy envoy Patrick O\'Sullivan took notes.', '2024-01-10');
    expect(names(f.people)).toEqual(['Khalid bin Rashid Al Hamdan', "Patrick O'Sullivan"]);
  });
});

describe('knowledge added for the period', () => {
  it.each([
    ['Nicholas Burns', '2006-06-01'],
    ['Harlem Désir', '2016-04-01'],
    ['Mohamed bin Zayed Al Nahyan', '2025-07-10'],
    ['Pavel Grachev', '1994-02-18'],
  ])('%s is known with a dated office', (name, date) => {
    const f = facts(`${name} spoke to reporters after the talks.`, date);
    expect(f.people.map((p) => p.id)).not.toContain(null);
    expect(names(f.people)).toEqual([name]);
  });

  it.each(['Zheleznovodsk', 'Sadarak', 'Yevlakh', 'Chinari', 'Samarkand', 'Deauville'])('%s is a known place', (place) => {
    const f = facts(`The delegations met in ${place} on Friday.`, '2010-01-01');
    expect(f.places.map((p) => [p.name, p.id !== null])).toEqual([[place, true]]);
  });
});

describe('organisations by name, not by description', () => {
  it('a nationality or a possessive with a common noun describes a body; capitalised it names one', () => {
    const f = facts("The Armenian parliament met. Azerbaijan's defence ministry and the Turkish military said nothing. The Armenian Armed Forces denied it.", '2021-06-01');
    expect(names(f.organizations)).toEqual(['Armenian Armed Forces']);
  });

  it('a known organisation does not open an unknown one, nor does a year', () => {
    const f = facts('Reuters News reported the talks. © 2006 Caucasus Watch.', '2006-02-12');
    expect(names(f.organizations)).toEqual(['Caucasus Watch', 'Reuters']);
  });

  it.each([['G8', 'the G8 summit'], ['USAID', 'the U.S. Agency for International Development'], ['UN Refugee Agency', 'the UN High Commissioner for Refugees']])('%s is known', (name, phrase) => {
    const f = facts(`Officials from ${phrase} arrived on Monday.`, '2011-05-26');
    expect(names(f.organizations)).toEqual([name]);
  });
});

describe('a building that stands for a government', () => {
  it('is an organisation when it speaks, a place when things happen in it', () => {
    const said = facts('The Kremlin said the talks were useful. A White House spokesman declined to comment.', '2020-10-20');
    expect(names(said.organizations)).toEqual(['Kremlin', 'White House']);
    expect(said.places).toEqual([]);
    const where = facts('Putin received the two leaders in the Kremlin on Monday.', '2020-10-20');
    expect(names(where.places)).toEqual(['Kremlin']);
    expect(where.organizations).toEqual([]);
  });
});

describe('bylines and credits', () => {
  it('names in a byline or a photo credit are people, even in Title Case', () => {
    const f = facts('By Lilit Arakelyan and Rauf Aliyev\n\nThe talks resumed in Geneva.\n\nPhoto: Gurgen Tadevosyan / Photolure', '2023-05-03');
    expect(names(f.people)).toEqual(['Gurgen Tadevosyan', 'Lilit Arakelyan', 'Rauf Aliyev']);
  });

  it('a credited name whose first word is a place or whose last is a company is still a person', () => {
    const f = facts('Border talks resume\nBy Georgia Lang and Samuel Dell\n\nThe commissions met in Gabala on Monday.', '2023-05-03');
    expect(names(f.people)).toEqual(['Georgia Lang', 'Samuel Dell']);
    expect(names(f.places)).toEqual(['Gabala']);
  });

  it('a name after "by" in running text needs its own evidence', () => {
    const f = facts('The deal was praised by Grand Hotel Staff.', '2023-05-03');
    expect(f.people).toEqual([]);
  });
});

describe('a place name that opens a document\'s name', () => {
  it('is not a mention of the place', () => {
    const f = facts("Armenia's parliament ratified the Rome Statute. The Bishkek protocol froze the war. Talks were held in Bishkek.", '2023-10-03');
    expect(names(f.places)).toEqual(['Armenia', 'Bishkek']);
    expect(f.places.find((p) => p.name === 'Bishkek')!.mentions).toBe(1);
  });
});

describe('a first name before a known family name', () => {
  it('names somebody else when it is none of the known bearers\' first names', () => {
    const f = facts('Analyst Sarah Sullivan said the Washington talks went well. Jake Sullivan hosted them.', '2023-05-03');
    expect(names(f.people)).toEqual(['Jake Sullivan', 'Sarah Sullivan']);
  });

  it('a variant spelling of the bearer\'s own first name is still the bearer', () => {
    const f = facts('Serge Sargsyan arrived in Vienna on Monday.', '2016-05-16');
    expect(names(f.people)).toEqual(['Serzh Sargsyan']);
  });
});

describe('organisation guesses in shouted headings', () => {
  it('a section heading of ordinary words is no organisation; a wire agency in a dateline is one', () => {
    const f = facts('MORE FROM WORLD NEWS\n\nBAKU, May 3 (Caspian Wire) - Talks resumed on Monday.', '2023-05-03');
    expect(names(f.organizations)).toEqual(['Caspian Wire']);
    expect(names(f.places)).toEqual(['Baku']);
  });
});

describe('outlets and forums of the region', () => {
  it('knows the regional agencies and the forums where leaders meet as organisations', () => {
    const f = facts('Arminfo and Kazinform both carried the story. The two leaders spoke on the margins of the Munich Security Conference, AzerNews said.');
    expect(names(f.organizations)).toEqual(['Arminfo', 'AzerNews', 'Kazinform', 'Munich Security Conference']);
    // the forum is held in the city its name carries
    expect(names(f.places)).toEqual(['Munich']);
    expect(names(facts('The Minsk Group co-chairs issued a statement.').places)).toEqual([]);
  });
});

describe('the Kremlin as an institution, and negotiation bodies named after a city', () => {
  it('reads "the Kremlin chief" as the institution and "the Minsk conference" as no mention of Minsk', () => {
    const f = facts('The Kremlin chief spoke to Jan Eliasson, who chaired the CSCE Minsk conference, about Karabakh.');
    expect(names(f.places)).toEqual(['Nagorno-Karabakh']);
    expect(names(f.organizations)).toEqual(['Kremlin', 'Minsk Conference']);
    expect(names(f.people)).toEqual(['Jan Eliasson']);
  });
});
