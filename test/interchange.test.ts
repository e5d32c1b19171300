import { describe, it, expect } from '@jest/globals';
import { actorAt } from '../src/knowledge/actors.js';
import { gdelt, GDELT_COLUMNS } from '../src/render/interchange/gdelt.js';
import { ploverRecords } from '../src/render/interchange/plover.js';
import { buildGraph } from '../src/aggregate/graph.js';
import { MeetingAggregator } from '../src/aggregate/meetings.js';
import { facts, kb } from './helpers.js';

// Event-data exports: actors coded by the office held at the meeting's date, one GDELT row
// per pair of participants, PLOVER records with the CAMEO code mapped.

function meetingsOf(text: string, date: string) {
  const agg = new MeetingAggregator();
  agg.add({ ...facts(text, date), file: 'a.txt' });
  return agg.result();
}

describe('actor codes by office at the date', () => {
  it('Armenia\'s leader in 2016 and in 2021 are both ARMGOV', () => {
    expect(actorAt(kb(), 'Serzh Sargsyan', '2016-06-20')).toMatchObject({ code: 'ARMGOV', country: 'ARM', type: 'GOV' });
    expect(actorAt(kb(), 'Nikol Pashinyan', '2021-11-26')).toMatchObject({ code: 'ARMGOV', country: 'ARM', type: 'GOV' });
    expect(actorAt(kb(), 'Ilham Aliyev', '2021-11-26').code).toBe('AZEGOV');
    expect(actorAt(kb(), 'Vladimir Putin', '2021-11-26').code).toBe('RUSGOV');
  });

  it('an EU office is an IGO code; someone out of office keeps only a nationality', () => {
    expect(actorAt(kb(), 'Charles Michel', '2022-04-06')).toMatchObject({ type: 'IGO', code: 'IGOEUREEC' });
    const before = actorAt(kb(), 'Nikol Pashinyan', '2016-06-20');
    expect(before.code).toBe('ARM');
    expect(before.type).toBe('');
  });
});

describe('GDELT rows', () => {
  const text = 'Russian President Vladimir Putin hosted Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev in Sochi on Friday for talks on the region.';
  const meetings = meetingsOf(text, '2021-11-27');

  it('one row per pair of participants, every GDELT 1.0 column, tab-separated', () => {
    expect(meetings).toHaveLength(1);
    const lines = gdelt(meetings, kb()).trimEnd().split('\n');
    expect(lines[0].split('\t')).toEqual([...GDELT_COLUMNS]);
    const rows = lines.slice(1).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [GDELT_COLUMNS[i], v])));
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => `${r.Actor1Code}-${r.Actor2Code}`).sort()).toEqual(['ARMGOV-AZEGOV', 'RUSGOV-ARMGOV', 'RUSGOV-AZEGOV'].sort());
    for (const r of rows) {
      expect(r.SQLDATE).toBe('20211126');
      expect(r.EventCode).toBe('043');
      expect(r.EventRootCode).toBe('04');
      expect(r.QuadClass).toBe('1');
      expect(r.GoldsteinScale).toBe('2.8');
      expect(r.ActionGeo_FullName).toBe('Sochi, Russia');
      expect(r.ActionGeo_CountryCode).toBe('RS');
      expect(Number(r.ActionGeo_Lat)).toBeCloseTo(43.6, 1);
      expect(r.SOURCEURL).toBe('a.txt');
    }
  });

  it('a planned meeting is intent to meet (036), a cancelled one a rejection (125)', () => {
    const planned = meetingsOf('Vladimir Putin will host Nikol Pashinyan and Ilham Aliyev in Sochi next week.', '2022-10-24');
    expect(gdelt(planned, kb()).split('\n')[1].split('\t')[GDELT_COLUMNS.indexOf('EventCode')]).toBe('036');
    const cancelled = meetingsOf('Ilham Aliyev cancelled a planned meeting with Nikol Pashinyan in Granada.', '2023-10-04');
    const row = gdelt(cancelled, kb()).split('\n')[1].split('\t');
    expect(row[GDELT_COLUMNS.indexOf('EventCode')]).toBe('125');
    expect(row[GDELT_COLUMNS.indexOf('QuadClass')]).toBe('3');
  });
});

describe('PLOVER records', () => {
  it('a hosted meeting: CONSULT, mode host, the host as source, the guests as target, with evidence', () => {
    const [r] = ploverRecords(meetingsOf('Russian President Vladimir Putin hosted Nikol Pashinyan and Ilham Aliyev in Sochi on Friday.', '2021-11-27'), kb());
    expect(r).toMatchObject({ event: 'CONSULT', mode: 'host', date: '2021-11-26', cameo: '043' });
    expect(r.source.map((a) => a.code)).toEqual(['RUSGOV']);
    expect(r.target.map((a) => a.code).sort()).toEqual(['ARMGOV', 'AZEGOV']);
    expect(r.location).toMatchObject({ name: 'Sochi, Russia', country: 'RU' });
    expect(r.text[0].sentence).toContain('hosted');
  });

  it('a phone call is CONSULT by phone', () => {
    const [r] = ploverRecords(meetingsOf('Vladimir Putin spoke by phone with Ilham Aliyev on Monday.', '2020-10-07'), kb());
    expect(r).toMatchObject({ event: 'CONSULT', mode: 'phone' });
  });
});

describe('the who-met-whom graph', () => {
  it('weights pairs by meetings and gives people their country and offices at the time', () => {
    const agg = new MeetingAggregator();
    agg.add({ ...facts('Vladimir Putin met Ilham Aliyev in Moscow on Monday.', '2020-10-07'), file: 'a.txt' });
    agg.add({ ...facts('Vladimir Putin met Ilham Aliyev in Sochi on Friday.', '2021-11-27'), file: 'b.txt' });
    agg.add({ ...facts('Vladimir Putin met Nikol Pashinyan in Sochi on Friday.', '2021-11-27'), file: 'c.txt' });
    const g = buildGraph(agg.result(), kb());
    expect(g.nodes.map((n) => n.id)).toEqual(['vladimir-putin', 'ilham-aliyev', 'nikol-pashinyan']);
    expect(g.nodes[0]).toMatchObject({ country: 'RUS', meetings: 3 });
    expect(g.nodes[0].offices).toContain('president of RU');
    expect(g.edges[0]).toMatchObject({ source: 'ilham-aliyev', target: 'vladimir-putin', weight: 2, places: ['Moscow', 'Sochi'], sources: ['a.txt', 'b.txt'] });
    expect(g.edges[1]).toMatchObject({ source: 'nikol-pashinyan', target: 'vladimir-putin', weight: 1 });
  });
});
