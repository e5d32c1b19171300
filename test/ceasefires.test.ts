import { describe, it, expect } from '@jest/globals';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadKnowledge, type Knowledge } from '../src/knowledge/index.js';
import { processText } from '../src/pipeline/process.js';
import { CeasefireAggregator, UNATTRIBUTED } from '../src/aggregate/ceasefires.js';
import type { ArticleFacts, CeasefireCitation } from '../src/types.js';

const kb = () => loadKnowledge();

function cite(text: string, date?: string, k: Knowledge = kb()): CeasefireCitation[] {
  return processText('t.txt', text, k, date ? { date } : {}).ceasefires;
}

function facts(file: string, text: string, date?: string): ArticleFacts {
  return processText(file, text, kb(), date ? { date } : {});
}

const ids = (list: CeasefireCitation[]) => list.map((c) => c.id).sort();

describe('phrasings of a ceasefire', () => {
  it.each([
    ['ceasefire', 'The ceasefire was violated overnight near the frontline.'],
    ['cease-fire', 'The cease-fire was violated overnight near the frontline.'],
    ['cease fire', 'The cease fire was violated overnight near the frontline.'],
    ['truce', 'The truce was violated overnight near the frontline.'],
    ['armistice', 'The armistice was violated overnight near the frontline.'],
    ['ceasefire regime', 'Shelling broke the ceasefire regime overnight.'],
    ['cessation of hostilities', 'Diplomats said the cessation of hostilities is holding.'],
    ['halt of hostilities', 'Observers said the halt of hostilities has been respected.'],
    ['agreement reached on a ceasefire', 'Both armies stayed committed to the agreement reached on a ceasefire.'],
  ])('finds "%s" and reads it as the truce in force', (_label, sentence) => {
    // in 2018 the truce in force was the 1994 one
    const c = cite(sentence, '2018-03-14');
    expect(ids(c)).toEqual(['bishkek-1994']);
    expect(c[0].date).toBe('1994-05-12');
  });

  it('reads "the deal that ended the war" as the war-ending agreement in force', () => {
    const c = cite('Officials met to save the deal that ended the war in the region.', '2021-07-02');
    expect(ids(c)).toEqual(['trilateral-2020-11-10']);
    expect(c[0].claims[0].kind).toBe('agreed');
  });

  it('finds catalogue names without a ceasefire word: the Bishkek Protocol, the trilateral statement', () => {
    expect(ids(cite('Historians still debate the Bishkek Protocol and what it froze.'))).toEqual(['bishkek-1994']);
    expect(ids(cite('Yerevan says Baku ignores the trilateral statement on prisoners.', '2022-01-10'))).toEqual(['trilateral-2020-11-10']);
  });

  it('does not take other agreements for ceasefires', () => {
    expect(cite('The agreement by the ministers to hold direct talks in Geneva is a good sign.', '2019-01-20')).toEqual([]);
    expect(cite('Washington and Paris are in agreement on the need for talks.', '2019-01-20')).toEqual([]);
  });
});

describe('phrasings read off the Doc\'s tokens, however they are typed', () => {
  it('takes curly and straight apostrophes, accents and hyphen spacing alike', () => {
    // the same broker, whichever apostrophe: "with Moscow’s mediation" / "with Moscow's mediation"
    for (const apostrophe of ['\u2019', "'"]) {
      const c = cite(`A truce was agreed with Moscow${apostrophe}s mediation after four days of heavy fighting.`, '2016-04-06');
      expect(ids(c)).toEqual(['april-2016']);
    }
    // a catalogue name written with or without its accent is one name
    expect(ids(cite('Archivists found the Zheleznovodsk Communiqué in a drawer.'))).toEqual(['zheleznovodsk-1991']);
    expect(ids(cite('Archivists found the Zheleznovodsk Communique in a drawer.'))).toEqual(['zheleznovodsk-1991']);
  });

  it('reads a deal dated by its day, the day written before or after it', () => {
    expect(ids(cite('Both sides still cite the Nov. 10 statement when they trade blame.', '2021-05-03'))).toEqual(['trilateral-2020-11-10']);
    expect(ids(cite('Both sides still cite the statement of 10 November when they trade blame.', '2021-05-03'))).toEqual(['trilateral-2020-11-10']);
  });

  it('leaves a negated or merely wished-for truce uncited', () => {
    expect(cite('There is no new truce in sight, a diplomat said.', '2016-04-03')).toEqual([]);
  });
});

describe('resolving a mention to a catalogue entry', () => {
  it('by an explicit year next to it', () => {
    const c = cite('Casualties are the highest since a 1994 truce froze the front line.', '2016-04-10');
    expect(ids(c)).toEqual(['bishkek-1994']);
  });

  it('by an explicit day', () => {
    const c = cite('Moscow brokered a ceasefire on Nov. 10, 2020, after weeks of fighting.', '2022-05-01');
    expect(ids(c)).toEqual(['trilateral-2020-11-10']);
    expect(c[0].brokers).toEqual(['RU']);
  });

  it('by a month resolved against the article date', () => {
    const c = cite('Since the ceasefire agreement in November, the villages have emptied.', '2021-03-02');
    expect(ids(c)).toEqual(['trilateral-2020-11-10']);
  });

  it('by a month and a cue when the article has no date', () => {
    const c = cite('A truce signed in November ended the six-week war over the enclave.');
    expect(ids(c)).toEqual(['trilateral-2020-11-10']);
  });

  it.each([
    ['four-day war', 'The four-day war ended with a truce that few expected to last.', '2017-09-01', 'april-2016'],
    ['44-day war', 'A truce finally stopped the 44-day war between the two armies.', '2021-09-01', 'trilateral-2020-11-10'],
    ['first war', 'An uneasy truce has held since the first war ended with no peace treaty.', '2012-02-01', 'bishkek-1994'],
    ['September 2023 offensive', 'A truce arranged by Russian peacekeepers ended the one-day offensive.', '2023-10-15', 'karabakh-2023-09-20'],
  ])('by a context cue: %s', (_cue, text, date, id) => {
    expect(ids(cite(text, date))).toEqual([id]);
  });

  it('by a broker and the article date: the truce in force', () => {
    const c = cite('A truce hammered out by Moscow stopped the latest clashes.', '2016-05-02');
    expect(ids(c)).toEqual(['april-2016']);
  });

  it('never to a truce agreed after the article was written', () => {
    const c = cite('The ceasefire along the line of contact is often violated.', '2015-06-01');
    expect(ids(c)).toEqual(['bishkek-1994']);
  });

  it('reads "the pact" as the ceasefire just cited', () => {
    const c = cite('A Russian-brokered ceasefire ended four days of clashes. Both sides accused each other of breaching the pact.', '2016-06-01');
    expect(ids(c)).toEqual(['april-2016']);
    expect(c[0].evidence).toHaveLength(2);
    expect(c[0].claims.map((x) => x.kind)).toEqual(['agreed', 'violated']);
    expect(c[0].claims[1]).toMatchObject({ accuser: 'both sides', accused: 'both sides' });
  });

  it('keeps two truces of one article apart', () => {
    const text = 'The clashes were the worst since the 1994 ceasefire. The fighting ended with a Russian-brokered agreement on 5 April 2016.';
    const c = cite(text, '2016-06-01');
    expect(ids(c)).toEqual(['april-2016', 'bishkek-1994']);
  });

  it('cites a group for several humanitarian truces and a member for one of them', () => {
    expect(ids(cite('Both armies violated several humanitarian ceasefires that autumn.', '2021-02-01'))).toEqual(['humanitarian-2020-10']);
    expect(ids(cite('The humanitarian truce agreed in Moscow on 10 October collapsed within hours.', '2020-10-12'))).toEqual(['humanitarian-2020-10-10']);
  });

  it('labels a dated truce the catalogue lacks, with its date', () => {
    const c = cite('A local truce signed in 2005 between two border villages soon collapsed.', '2006-01-01');
    expect(c).toHaveLength(1);
    expect(c[0].id).toBeNull();
    expect(c[0].date).toBe('2005');
    expect(c[0].name).toContain('2005');
  });

  it('does not invent a ceasefire for generic talk', () => {
    expect(cite('A ceasefire would be welcome, the envoy said.', '2020-10-01')).toEqual([]);
    expect(cite('Peace needs more than a ceasefire.', '2018-01-01')).toEqual([]);
  });

  it('reads talk of a shaky truce as the truce in force', () => {
    expect(ids(cite('Leaders met to shore up a shaky truce.', '2016-06-20'))).toEqual(['april-2016']);
  });
});

describe('claims made of a ceasefire', () => {
  const claim = (text: string, date = '2018-01-10') => cite(text, date)[0]?.claims[0];

  it.each([
    ['called-for', 'The envoys urged both sides to respect the ceasefire.'],
    ['holding', 'The ceasefire is largely holding along the border.'],
    ['extended', 'The commanders agreed to extend the truce for another month.'],
    ['agreed', 'A Russian-brokered ceasefire took effect at noon on 5 April 2016.'],
    ['violated', 'Shelling near the village broke the ceasefire.'],
  ])('%s', (kind, text) => {
    expect(claim(text, kind === 'agreed' ? '2016-04-06' : '2018-01-10')?.kind).toBe(kind);
  });

  it('reads "has largely held" right after the truce as holding, whatever ended before', () => {
    expect(claim('The ceasefire has largely held since the war ended last November.', '2021-05-20')).toMatchObject({ kind: 'holding' });
  });

  it('dates an undated article\'s truce by the day written next to it, and names both sides', () => {
    const c = cite('Armenia said Azerbaijani forces violated the truce, which was agreed in Moscow on 10 October.');
    expect(ids(c)).toEqual(['humanitarian-2020-10-10']);
    expect(c[0].claims[0]).toMatchObject({ kind: 'violated', accuser: 'Armenia', accused: 'Azerbaijan' });
  });

  it('says who accuses whom of a violation', () => {
    const c = claim('Baku accused Yerevan of violating the truce near Tovuz.');
    expect(c).toMatchObject({ kind: 'violated', accuser: 'Azerbaijan', accused: 'Armenia' });
  });

  it('gives evidence offsets into the file as the user has it', () => {
    const raw = 'Header line\n\nThe 1994 ceasefire is fragile, officials said.';
    const f = processText('t.txt', raw, kb(), { date: '2015-01-01' });
    const ev = f.ceasefires[0].evidence[0];
    expect(raw.slice(ev.start, ev.end)).toBe('ceasefire');
  });
});

describe('the catalogue is data users extend', () => {
  it('cites an entry from a user knowledge file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cf-'));
    const file = path.join(dir, 'mine.json');
    fs.writeFileSync(file, JSON.stringify({
      ceasefires: [{ id: 'tavush-2005', name: 'Tavush village truce (2005)', date: '2005-03-01', brokers: ['osce'], aliases: ['Tavush accord'], cues: ['Tavush'] }],
    }));
    const k = loadKnowledge([file]);
    expect(ids(cite('A local truce signed in 2005 between two border villages soon collapsed.', '2006-01-01', k))).toEqual(['tavush-2005']);
    const c = cite('Villagers say the Tavush accord was never respected.', '2007-01-01', k);
    expect(ids(c)).toEqual(['tavush-2005']);
    expect(c[0].brokers).toEqual(['osce']);
  });
});

describe('the corpus view', () => {
  it('counts citing articles and violation claims by accusing side', () => {
    const agg = new CeasefireAggregator();
    agg.add(facts('a.txt', 'Baku accused Yerevan of violating the truce. Officials said the truce was fragile.', '2018-01-01'));
    agg.add(facts('b.txt', 'Shelling broke the ceasefire again, and the 2020 cease-fire agreement saw peacekeepers deployed.', '2018-02-01'));
    agg.add(facts('c.txt', 'Nothing about truces here.', '2018-03-01'));
    const rows = agg.result();
    const bishkek = rows.find((r) => r.id === 'bishkek-1994')!;
    expect(bishkek.articles).toBe(2);
    expect(bishkek.files).toEqual(['a.txt', 'b.txt']);
    expect(bishkek.violationsByAccuser).toEqual([{ accuser: 'Azerbaijan', count: 1 }, { accuser: UNATTRIBUTED, count: 1 }]);
    expect(rows[0].id).toBe('bishkek-1994');
  });
});

describe('every way writers name a catalogued truce', () => {
  it.each([
    ['the Bishkek protocol', 'Negotiators still cite the Bishkek protocol whenever snipers open fire.', '2009-04-02', 'bishkek-1994'],
    ['the truce in force since May 1994', 'Gunfire across the line broke the truce in force since May 1994, observers said.', '2011-08-15', 'bishkek-1994'],
    ['the November statement', 'Baku insists Yerevan must pull its units out as the November statement requires.', '2021-04-03', 'trilateral-2020-11-10'],
    ['the trilateral statement', 'Officials in Yerevan say the trilateral statement says nothing about a road.', '2022-02-11', 'trilateral-2020-11-10'],
    ['the Moscow ceasefire', 'Rockets fell on the town a day after the Moscow ceasefire took effect.', '2020-10-12', 'humanitarian-2020-10-10'],
    ['the humanitarian truce, a week after the second one', 'Each army says the other broke the humanitarian truce first.', '2020-10-20', 'humanitarian-2020-10-17'],
    ['the ceasefire brokered by Russian peacekeepers', 'Local fighters handed in rifles under the ceasefire brokered by Russian peacekeepers.', '2023-10-02', 'karabakh-2023-09-20'],
    ['the February 1995 strengthening agreement', 'An agreement on strengthening the ceasefire, signed in February 1995, set up a hotline for incidents.', '1997-03-01', 'strengthening-1995-02'],
    ['a 1992 truce by its month', 'A truce that Russian mediators arranged in September 1992 never took hold.', '1993-02-01', 'sochi-1992-09'],
    ['an envoy-arranged truce of March 1992', 'A truce arranged by Iranian envoys in March fell apart within days.', '1992-05-02', 'tehran-1992-03'],
  ])('%s', (_label, text, date, id) => {
    expect(ids(cite(text, date))).toEqual([id]);
  });

  it('tells the two September 2022 truces apart by their day', () => {
    expect(ids(cite('The truce Moscow announced for 9am on Tuesday fell apart within the hour.', '2022-09-14'))).toEqual(['border-2022-09-13']);
    expect(ids(cite('A truce took effect at 8pm on Wednesday, Armenian officials said.', '2022-09-15'))).toEqual(['border-2022-09-14']);
  });

  it('cites a truce an article announces for the next day', () => {
    const c = cite('The two foreign ministers agreed on Sunday to a truce that takes effect on Monday, 26 October, after talks in Washington.', '2020-10-25');
    expect(ids(c)).toEqual(['humanitarian-2020-10-26']);
  });
});

describe('deals that are truces without a ceasefire word', () => {
  it('a statement or agreement named by a truce\'s day', () => {
    expect(ids(cite('Yerevan called the shelling a breach of the statement of November 9, 2020.', '2021-12-01'))).toEqual(['trilateral-2020-11-10']);
    expect(ids(cite('The hostilities were stopped only by the agreement reached on April 5, 2016 in Moscow.', '2019-03-01'))).toEqual(['april-2016']);
    expect(ids(cite('The agreement which on April 5 was reached in Moscow let the guns fall silent.', '2016-06-10'))).toEqual(['april-2016']);
    expect(ids(cite('The leaders reaffirmed the statements of 9 November 2020 and 11 January 2021.', '2022-08-01'))).toEqual(['trilateral-2020-11-10']);
  });

  it('the day written before the deal', () => {
    expect(ids(cite('Yerevan says Baku breached the Nov. 9 deal again.', '2021-03-01'))).toEqual(['trilateral-2020-11-10']);
    expect(cite('The 26 November 2021 statement set up a border commission.', '2022-03-01')).toEqual([]);
  });

  it('a deal named by the month a truce was agreed in, and only then', () => {
    expect(ids(cite('Both capitals were urged to go back to the November 2020 statement.', '2022-02-01'))).toEqual(['trilateral-2020-11-10']);
    expect(ids(cite('Diplomats said the agreement of May 1994 had outlived its authors.', '2010-02-01'))).toEqual(['bishkek-1994']);
    expect(cite('The January 2021 statement on transport links was praised in Moscow.', '2021-06-01')).toEqual([]);
  });

  it('a humanitarian or brokered pause is a truce; a pause in talks is not', () => {
    expect(ids(cite('The US-brokered pause meant to begin on 26 October 2020 lasted minutes.', '2020-11-01'))).toEqual(['humanitarian-2020-10-26']);
    expect(cite('The mediators called a pause in the talks until spring.', '2020-11-01')).toEqual([]);
  });

  it('any paper that records a deal: a pact, a protocol, an arrangement', () => {
    expect(ids(cite('Officials said the 12 May 1994 protocol was the only thing keeping the guns quiet.', '2004-06-03'))).toEqual(['bishkek-1994']);
    expect(ids(cite('Each side accused the other of breaking the pact of November 9, 2020.', '2021-05-01'))).toEqual(['trilateral-2020-11-10']);
  });

  it('not a statement of a day no truce was agreed', () => {
    expect(cite('Both sides said they stood by the statement of 26 November 2021 on the border commission.', '2022-01-10')).toEqual([]);
    expect(cite('The agreement of 11 January 2021 on transport links was discussed.', '2021-06-01')).toEqual([]);
  });

  it('a deal that stops the shooting, and fighting stopped through mediation', () => {
    expect(ids(cite('The joint statement of the three leaders stops the shooting completely from midnight on November 10, 2020.'))).toEqual(['trilateral-2020-11-10']);
    expect(ids(cite('On November 16 the fighting on the border was stopped by nightfall due to mediation of Russia.', '2021-11-25'))).toEqual(['border-2021-11-16']);
  });
});

describe('truces in plural and in negation', () => {
  it('a list of truces dated one by one cites each, not their group', () => {
    const c = cite('Three humanitarian truces, agreed for 10 October, 18 October and 26 October, all broke down within hours.', '2020-11-02');
    expect(ids(c)).toEqual(['humanitarian-2020-10-10', 'humanitarian-2020-10-17', 'humanitarian-2020-10-26']);
  });

  it('a group cited beside all its members is folded into them', () => {
    const text = 'Three humanitarian ceasefires have collapsed. The first took effect on 10 October, the second on 18 October, the third on 26 October; each ceasefire failed.';
    const c = cite(`${text} Truces agreed for 10 October, 18 October and 26 October were all broken.`, '2020-11-02');
    expect(ids(c)).not.toContain('humanitarian-2020-10');
  });

  it('a negated truce word cites nothing', () => {
    expect(cite('The communiqué of 26 November 2021 did not mention a truce.', '2022-06-01')).toEqual([]);
    expect(cite('Talks ended without a ceasefire.', '2020-10-05')).toEqual([]);
  });
});

describe('calls for a truce and truces in force', () => {
  it('a call for a ceasefire is not a ceasefire cited', () => {
    expect(cite('The European Union called for an immediate ceasefire.', '2020-10-01')).toEqual([]);
    expect(cite('Paris urged both leaders to agree a ceasefire.', '2020-10-03')).toEqual([]);
  });

  it('a call to respect the existing truce cites that truce', () => {
    const c = cite('The mediators called on the sides to respect the ceasefire.', '2018-02-01');
    expect(ids(c)).toEqual(['bishkek-1994']);
    expect(c[0].claims[0].kind).toBe('called-for');
  });

  it('"the truce collapsed" cites the truce in force, or the one that just lapsed as a war began', () => {
    expect(ids(cite('The truce collapsed within hours.', '2020-10-11'))).toEqual(['humanitarian-2020-10-10']);
    expect(ids(cite('The truce collapsed on Sunday as heavy fighting broke out.', '2020-09-28'))).toEqual(['bishkek-1994']);
  });
});

describe('cues that say the opposite', () => {
  it('a negated cue points nowhere: "no peacekeeping force" is not the 2020 statement that brought one', () => {
    const c = cite('Signed in May 1994, the truce has no peacekeeping force behind it.');
    expect(ids(c)).toEqual(['bishkek-1994']);
  });
});

describe('calls that name a date', () => {
  it('a call for a halt to the fighting is no truce cited, whatever month the sentence names', () => {
    expect(cite('On 1 October the three presidents jointly called for an immediate halt to hostilities.', '2020-10-10')).toEqual([]);
  });

  it('a halt to the fighting that was brokered is a truce', () => {
    expect(ids(cite('Russia brokered a halt to the fighting on Tuesday evening.', '2021-11-18'))).toEqual(['border-2021-11-16']);
  });
});
