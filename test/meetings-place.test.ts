import { describe, it, expect } from '@jest/globals';
import { processText } from '../src/pipeline/process.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import type { Meeting } from '../src/types.js';

// Where a meeting took place: venues that stand for their city, venue phrases the clause gives
// in other words than "in X". Articles of our own.

const k = loadKnowledge();
const meetings = (text: string, date?: string): Meeting[] => processText('test.txt', text, k, date ? { date } : {}).meetings;
const find = (list: Meeting[], ...names: string[]) => list.find((m) => names.every((n) => m.participants.includes(n)) && m.participants.length === names.length);

describe('venues stand for their city', () => {
  it('reads a ministry, a guesthouse or a castle as the city it is in', () => {
    const [a] = meetings('Antony Blinken received Jeyhun Bayramov at the State Department on Friday.', '2023-05-06');
    expect(a.location).toBe('Washington');
    const [b] = meetings('Annalena Baerbock hosted Ararat Mirzoyan at Villa Borsig for a first round of talks.', '2024-03-01');
    expect(b.location).toBe('Berlin');
    const [c] = meetings('Emmanuel Macron sat down with Ilham Aliyev at Prague Castle late in the evening.', '2022-10-07');
    expect(c.location).toBe('Prague');
  });

  it('finds a venue after a long list of guests and a purpose', () => {
    const text = 'Antony Blinken hosted Armenian Foreign Minister Ararat Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayramov for the final session of a week of direct negotiations on the text of a peace treaty at a training centre for diplomats in Arlington, Virginia.';
    expect(meetings(text, '2023-05-05')[0].location).toBe('Arlington');
  });
});

describe('venue phrases', () => {
  it('prefers the village near which they met, and a region over the country that owns it', () => {
    const [a] = meetings('Robert Kocharyan and Heydar Aliyev talked for three hours near the village of Sadarak on Monday.', '1999-10-12');
    expect(a.location).toBe('Sadarak');
    const [b] = meetings("Robert Kocharyan and Heydar Aliyev talked for three hours in Azerbaijan's Nakhichevan exclave on Monday.", '1999-10-12');
    expect(b.location).toBe('Nakhchivan');
  });

  it('follows a journey onward to the next city and stops the first venue at a new predicate', () => {
    const list = meetings('Dmitry Medvedev is due in Yerevan on Thursday for talks with Serzh Sargsyan and will travel on to Baku on Friday to see Ilham Aliyev.', '2016-04-06');
    expect(find(list, 'Dmitry Medvedev', 'Serzh Sargsyan')?.location).toBe('Yerevan');
    expect(find(list, 'Dmitry Medvedev', 'Ilham Aliyev')?.location).toBe('Baku');
  });

  it('reads where a host welcomed the guests to', () => {
    const [m] = meetings('Charles Michel welcomed Ilham Aliyev and Nikol Pashinyan to Brussels for a fresh round of talks.', '2022-05-23');
    expect(m.location).toBe('Brussels');
  });

  it("follows a 'where' back over a date to its place", () => {
    const text = 'Diplomats hope for a framework deal by the summit in Istanbul on Nov. 18-19, where Robert Kocharyan and Heydar Aliyev are expected to meet again.';
    const [m] = meetings(text, '1999-10-12');
    expect(m).toMatchObject({ location: 'Istanbul', status: 'planned' });
  });
});

describe('a record is not a plan', () => {
  it('reads "the first summit ... to be held on their soil" as a meeting held', () => {
    const text = 'Robert Kocharyan and Heydar Aliyev met on Monday at the border, the first summit between the two men to be held on the soil of either country.';
    const list = meetings(text, '1999-10-12');
    expect(list.every((m) => m.status === 'held')).toBe(true);
    expect(list[0].date).toBe('1999-10-11');
  });
});

describe("the dateline city is the story's venue", () => {
  const wire = (body: string) => `KEY WEST, Fla. (AP) - Talks between the leaders of Armenia and Azerbaijan on the future of Nagorno-Karabakh ended on Friday with no agreement but a promise to keep going.\n\n${body}`;

  it("places the week's undated-venue meetings there, not older ones or calls", () => {
    const list = meetings(wire('Colin Powell saw Robert Kocharyan alone on Tuesday. In March, Jacques Chirac had received Heydar Aliyev. Powell spoke by phone with Heydar Aliyev on Wednesday.'), '2001-04-07');
    expect(find(list, 'Colin Powell', 'Robert Kocharyan')).toMatchObject({ location: 'Key West', date: '2001-04-03' });
    expect(find(list, 'Jacques Chirac', 'Heydar Aliyev')?.location).toBeNull();
    expect(find(list, 'Colin Powell', 'Heydar Aliyev')).toMatchObject({ location: null, mode: 'phone' });
  });

  it('narrows a country the text gives to the dateline city inside it', () => {
    const text = 'BAKU, March 3 (Reuters) - Turkey and Azerbaijan pledged closer defence ties on Tuesday as their leaders met for the third time this year.\n\nRecep Tayyip Erdogan held talks with Ilham Aliyev in Azerbaijan on Monday, officials said.';
    expect(meetings(text, '2021-03-03')[0].location).toBe('Baku');
  });
});
