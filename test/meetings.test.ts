import { describe, it, expect } from '@jest/globals';
import { processText } from '../src/pipeline/process.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import type { Meeting } from '../src/types.js';

// Sentences of our own, one phrasing class each. Participants are compared as sets, since the
// order follows the sentence.

const k = loadKnowledge();

function meetings(text: string, date?: string): Meeting[] {
  return processText('test.txt', text, k, date ? { date } : {}).meetings;
}

function only(text: string, date?: string): Meeting {
  const found = meetings(text, date);
  expect(found).toHaveLength(1);
  return found[0];
}

const set = (names: string[]) => [...names].sort();

describe('meeting phrasings', () => {
  it('reads "met" with a named object, a place and a weekday', () => {
    const m = only('Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev in Vienna on Friday.', '2019-03-30');
    expect(set(m.participants)).toEqual(['Ilham Aliyev', 'Nikol Pashinyan']);
    expect(m).toMatchObject({ location: 'Vienna', date: '2019-03-29', mode: 'in-person', status: 'held' });
    expect(m.evidence[0].sentence).toContain('met Azerbaijani President');
  });

  it('reads "held talks with" and coordinated lists with "his counterpart"', () => {
    const m = only('Sergei Lavrov held talks with Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov in Moscow.', '2021-11-10');
    expect(set(m.participants)).toEqual(['Ararat Mirzoyan', 'Jeyhun Bayramov', 'Sergey Lavrov']);
    expect(m.location).toBe('Moscow');
    expect(m.cameo).toBe('046');
  });

  it('reads "hosted" as a held meeting with a host, "will host" as a plan', () => {
    const held = only('Emmanuel Macron hosted Nikol Pashinyan and Ilham Aliyev at the Elysee Palace.', '2022-10-07');
    expect(held).toMatchObject({ host: 'Emmanuel Macron', status: 'held', location: 'Paris', cameo: '043' });
    const planned = only('Emmanuel Macron will host Nikol Pashinyan and Ilham Aliyev in Paris next month.', '2022-09-07');
    expect(planned).toMatchObject({ host: 'Emmanuel Macron', status: 'planned', location: 'Paris' });
  });

  it('reads "brought together" and "sat down with"', () => {
    const m = only('Charles Michel brought together Nikol Pashinyan and Ilham Aliyev in Brussels on Sunday.', '2023-05-15');
    expect(set(m.participants)).toEqual(['Charles Michel', 'Ilham Aliyev', 'Nikol Pashinyan']);
    expect(m.date).toBe('2023-05-14');
    const s = only('Ilham Aliyev sat down with Vladimir Putin in Sochi.', '2022-10-31');
    expect(set(s.participants)).toEqual(['Ilham Aliyev', 'Vladimir Putin']);
    expect(s.location).toBe('Sochi');
  });

  it('reads "received" only with a person as its object', () => {
    const m = only('Ilham Aliyev received Sergei Lavrov in Baku on Tuesday.', '2021-07-01');
    expect(m).toMatchObject({ host: 'Ilham Aliyev', location: 'Baku', date: '2021-06-29' });
    expect(meetings('The army received orders to hold fire, Nikol Pashinyan said.', '2021-07-01')).toHaveLength(0);
  });

  it('reads a summit, talks or a meeting "between" people', () => {
    const m = only('A summit between Nikol Pashinyan and Ilham Aliyev took place in Prague.', '2022-10-07');
    expect(m).toMatchObject({ location: 'Prague', status: 'held' });
    expect(set(m.participants)).toEqual(['Ilham Aliyev', 'Nikol Pashinyan']);
  });

  it('reads trilateral talks held by a coordinated subject', () => {
    const m = only('Vladimir Putin, Nikol Pashinyan and Ilham Aliyev held trilateral talks in the Black Sea resort of Sochi.', '2021-11-26');
    expect(m.participants).toHaveLength(3);
    expect(m.location).toBe('Sochi');
  });

  it('reads mediated talks: the mediators take part and are named as such', () => {
    const m = only('Charles Michel mediated talks between Nikol Pashinyan and Ilham Aliyev in Brussels.', '2022-05-23');
    expect(set(m.participants)).toEqual(['Charles Michel', 'Ilham Aliyev', 'Nikol Pashinyan']);
    expect(m.mediators).toEqual(['Charles Michel']);
    expect(m.cameo).toBe('045');
  });

  it('reads telephone talks, phone calls and "spoke by phone": no place', () => {
    const a = only('Antony Blinken spoke by phone with Ilham Aliyev on Monday.', '2022-09-14');
    expect(a).toMatchObject({ mode: 'phone', location: null, date: '2022-09-12', cameo: '041' });
    const b = only('Vladimir Putin held telephone talks with Nikol Pashinyan in Moscow.', '2022-09-14');
    expect(b).toMatchObject({ mode: 'phone', location: null });
    const c = only('In a phone call with Ilham Aliyev, Recep Tayyip Erdogan discussed the border.', '2022-09-14');
    expect(c.mode).toBe('phone');
  });

  it('reads video calls and videoconferences', () => {
    const m = only('Vladimir Putin held a videoconference with Nikol Pashinyan and Ilham Aliyev.', '2021-01-11');
    expect(m).toMatchObject({ mode: 'video', location: null });
    expect(m.participants).toHaveLength(3);
  });

  it('reads a noun with attached participants and a place before it', () => {
    const m = only('Pashinyan and Aliyev agreed on the text at a Brussels meeting with Charles Michel.', '2022-09-01');
    expect(set(m.participants)).toEqual(['Charles Michel', 'Ilham Aliyev', 'Nikol Pashinyan']);
    expect(m.location).toBe('Brussels');
  });

  it('reads photo captions and leaves the photographer out', () => {
    const m = only('Vladimir Putin (C), Ilham Aliyev (L) and Nikol Pashinyan (R) meet in Moscow on January 11, 2021 (Photo/Mikhail Klimentyev)');
    expect(m.participants).toHaveLength(3);
    expect(m).toMatchObject({ location: 'Moscow', date: '2021-01-11', status: 'held' });
  });
});

describe('status', () => {
  it('reads refusals, cancellations and denials as not held', () => {
    expect(only('Ilham Aliyev refused to attend the meeting with Nikol Pashinyan in Granada.', '2023-10-04').status).toBe('not-held');
    expect(only('Nikol Pashinyan did not meet Ilham Aliyev in Moscow.', '2023-10-04').status).toBe('not-held');
    expect(only('The talks between Nikol Pashinyan and Ilham Aliyev were postponed.', '2023-10-04').status).toBe('not-held');
  });

  it('reads plans: "is to meet", "are expected to", a date after the article\'s', () => {
    expect(only('Nikol Pashinyan is to meet Ilham Aliyev in Brussels.', '2023-07-01').status).toBe('planned');
    expect(only('Nikol Pashinyan and Ilham Aliyev are expected to hold talks in Washington.', '2023-07-01').status).toBe('planned');
    expect(only('Nikol Pashinyan will meet Ilham Aliyev in Brussels on July 15.', '2023-07-01')).toMatchObject({ status: 'planned', date: '2023-07-15' });
    // a present-tense verb with a date after the article's own is a plan too
    expect(only('Nikol Pashinyan meets Ilham Aliyev in Brussels on July 15, 2023.', '2023-07-01')).toMatchObject({ status: 'planned', date: '2023-07-15' });
  });
});

describe('participants from roles and anaphors', () => {
  const text = 'Serzh Sargsyan led Armenia until 2018, when Nikol Pashinyan took over; Ilham Aliyev has led Azerbaijan since 2003. '
    + 'Vladimir Putin met the leaders of Armenia and Azerbaijan in the Kremlin.';

  it('resolves role phrases through dated offices among the people named: 2016 and 2021 give different Armenian leaders', () => {
    expect(set(only(text, '2016-06-20').participants)).toEqual(['Ilham Aliyev', 'Serzh Sargsyan', 'Vladimir Putin']);
    expect(set(only(text, '2021-01-11').participants)).toEqual(['Ilham Aliyev', 'Nikol Pashinyan', 'Vladimir Putin']);
    expect(only(text, '2021-01-11').location).toBe('Moscow');
  });

  it('leaves out a role the article never names anybody for (an unnamed official), and so the meeting', () => {
    expect(meetings('Vladimir Putin met the Armenian leader in Sochi.', '2016-08-10')).toHaveLength(0);
    expect(meetings('The foreign ministers of Armenia and Azerbaijan met in Moscow on Tuesday.', '2021-04-07')).toHaveLength(0);
    expect(set(only('Nikol Pashinyan arrived on Monday. Vladimir Putin met the Armenian leader in Sochi.', '2022-10-31').participants)).toEqual(['Nikol Pashinyan', 'Vladimir Putin']);
  });

  it('without an article date, resolves roles to the people the article names', () => {
    const m = only('Serzh Sargsyan flew in on Sunday.\n\nVladimir Putin met the leaders of Armenia and Azerbaijan. Ilham Aliyev spoke first.');
    expect(set(m.participants)).toEqual(['Ilham Aliyev', 'Serzh Sargsyan', 'Vladimir Putin']);
  });

  it('resolves "they" and "the trio" to the people just named', () => {
    const found = meetings('Putin will host Pashinyan and Aliyev on Monday. The trio will meet in Sochi.', '2022-10-28');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ location: 'Sochi', status: 'planned', date: '2022-10-31' });
    expect(found[0].evidence).toHaveLength(2);
  });

  it('resolves "he" to the subject, and a relative "who" to the person before it', () => {
    const found = meetings('Vladimir Putin met Nikol Pashinyan on Tuesday. They discussed the corridor. Later he met Ilham Aliyev.', '2023-10-04');
    expect(found.map((m) => set(m.participants))).toEqual([['Nikol Pashinyan', 'Vladimir Putin'], ['Ilham Aliyev', 'Vladimir Putin']]);
    expect(set(only('Vladimir Putin, who met Ilham Aliyev on Monday, said the talks were useful.', '2022-03-01').participants)).toEqual(['Ilham Aliyev', 'Vladimir Putin']);
  });

  it('never invents unnamed envoys as people', () => {
    expect(meetings('Ilham Aliyev met envoys from France and the United States in Baku.', '2020-10-01')).toHaveLength(0);
    expect(meetings('Nikol Pashinyan met representatives of the OSCE Minsk Group.', '2020-10-01')).toHaveLength(0);
  });
});

describe('one meeting, separate meetings', () => {
  it('makes one meeting per pair for talks held separately, placed and dated like the occasion', () => {
    const found = meetings('Antony Blinken hosted Nikol Pashinyan and Ilham Aliyev in Washington on Monday. Blinken met both leaders separately.', '2023-05-02');
    expect(found).toHaveLength(3);
    const pairs = found.filter((m) => m.participants.length === 2).map((m) => set(m.participants));
    expect(pairs).toEqual(expect.arrayContaining([['Antony Blinken', 'Ilham Aliyev'], ['Antony Blinken', 'Nikol Pashinyan']]));
    for (const m of found) expect(m).toMatchObject({ location: 'Washington', date: '2023-05-01' });
  });

  it('reads "will also hold talks with each leader alone" as planned pairs', () => {
    const found = meetings('Nikol Pashinyan and Ilham Aliyev are due in Sochi on Monday. Vladimir Putin will host talks with the leaders of Armenia and Azerbaijan in Sochi. Putin will also hold talks with each leader alone.', '2022-10-28');
    expect(found).toHaveLength(3);
    expect(found.every((m) => m.status === 'planned' && m.location === 'Sochi')).toBe(true);
  });

  it('keeps "also met" apart from the main meeting', () => {
    const found = meetings('Antony Blinken met Nikol Pashinyan and Ilham Aliyev in Washington. Blinken also met Sergei Lavrov.', '2023-05-02');
    expect(found.map((m) => set(m.participants))).toEqual(expect.arrayContaining([['Antony Blinken', 'Sergey Lavrov']]));
  });

  it('merges one meeting reported in several sentences, and quotes are no new meeting', () => {
    const found = meetings(
      'Vladimir Putin met Nikol Pashinyan and Ilham Aliyev on Monday. The three leaders met in the Kremlin. "We want peace," Pashinyan told Putin.',
      '2021-01-12',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ location: 'Moscow', date: '2021-01-11' });
    expect(found[0].evidence).toHaveLength(2);
  });

  it('keeps apart two meetings of the same people at different times', () => {
    const found = meetings('Nikol Pashinyan met Ilham Aliyev in Prague in October. They had met in Brussels in May.', '2022-11-01');
    expect(found).toHaveLength(2);
    expect(found.map((m) => m.location).sort()).toEqual(['Brussels', 'Prague']);
  });
});

describe('places and dates', () => {
  it('takes the dateline city for the article\'s own meeting', () => {
    const m = only('Putin hosts talks\n\nMOSCOW, Jan 11 (Reuters) - Russian President Vladimir Putin met Nikol Pashinyan and Ilham Aliyev on Monday.');
    expect(m.location).toBe('Moscow');
  });

  it('dates "in mid-May" to the month of the article\'s year', () => {
    expect(only('Serzh Sargsyan and Ilham Aliyev agreed to a truce in a Vienna meeting in mid-May.', '2016-06-20')).toMatchObject({ location: 'Vienna', date: '2016-05' });
  });

  it('leaves the date null when the text cannot fix it', () => {
    expect(only('Vladimir Putin met Ilham Aliyev on Monday.').date).toBeNull();
  });
});

describe('subjects of subordinate clauses', () => {
  it('gives a gerund after "said after" the main clause subject, named earlier in full', () => {
    const m = only('EU chief Charles Michel met reporters. "Good progress," Michel said after hosting Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev in Brussels.', '2023-07-16');
    expect(set(m.participants)).toEqual(['Charles Michel', 'Ilham Aliyev', 'Nikol Pashinyan']);
    expect(m).toMatchObject({ host: 'Charles Michel', location: 'Brussels', cameo: '043' });
  });

  it('finds the subject after a sentence-opening subordinate clause', () => {
    const a = only('After hosting Nikol Pashinyan and Ilham Aliyev in Brussels on Sunday, Charles Michel said the sides had made progress.', '2023-05-15');
    expect(set(a.participants)).toEqual(['Charles Michel', 'Ilham Aliyev', 'Nikol Pashinyan']);
    expect(a).toMatchObject({ host: 'Charles Michel', date: '2023-05-14' });
    const b = only('Speaking after hosting Nikol Pashinyan and Ilham Aliyev, Charles Michel said progress was made.', '2023-05-15');
    expect(b.host).toBe('Charles Michel');
    const c = only('Having met Ilham Aliyev in Prague, Nikol Pashinyan said a deal was within reach.', '2022-10-07');
    expect(set(c.participants)).toEqual(['Ilham Aliyev', 'Nikol Pashinyan']);
  });

  it('skips the object of "told" and relative clauses when looking for the main subject', () => {
    expect(set(only('Nikol Pashinyan told Ilham Aliyev after meeting Vladimir Putin that he was ready.', '2022-10-07').participants)).toEqual(['Nikol Pashinyan', 'Vladimir Putin']);
    expect(set(only('Recep Tayyip Erdogan criticised Nikol Pashinyan after meeting Ilham Aliyev in Baku.', '2022-10-07').participants)).toEqual(['Ilham Aliyev', 'Recep Tayyip Erdoğan']);
  });

  it('adds the speaker to "talks with", never to "talks between"', () => {
    expect(set(only('"We discussed the peace treaty," Nikol Pashinyan said after the meeting with Ilham Aliyev.', '2023-05-15').participants)).toEqual(['Ilham Aliyev', 'Nikol Pashinyan']);
    expect(set(only('Sergei Lavrov said after talks between Nikol Pashinyan and Ilham Aliyev that progress was made.', '2023-05-15').participants)).toEqual(['Ilham Aliyev', 'Nikol Pashinyan']);
  });

  it('does not count the speaker after a bare comma as one more participant', () => {
    expect(set(only('Nikol Pashinyan met Ilham Aliyev and Vladimir Putin, Charles Michel said.', '2023-05-15').participants)).toEqual(['Ilham Aliyev', 'Nikol Pashinyan', 'Vladimir Putin']);
  });
});

describe('hosts, mediators and companions from agent phrases', () => {
  it('adds a passive agent as host: "held talks in X hosted by Y"', () => {
    const m = only('Armenian Foreign Minister Ararat Mirzoyan and his Azerbaijani counterpart Jeyhun Bayramov held talks in Arlington hosted by U.S. Secretary of State Antony Blinken.', '2023-05-02');
    expect(set(m.participants)).toEqual(['Antony Blinken', 'Ararat Mirzoyan', 'Jeyhun Bayramov']);
    expect(m.host).toBe('Antony Blinken');
  });

  it('adds mediators: "mediated by", "brokered by", "with the mediation of"', () => {
    const a = only('The talks between Nikol Pashinyan and Ilham Aliyev, brokered by Vladimir Putin, ended after midnight.', '2020-11-10');
    expect(set(a.participants)).toEqual(['Ilham Aliyev', 'Nikol Pashinyan', 'Vladimir Putin']);
    expect(a).toMatchObject({ mediators: ['Vladimir Putin'], cameo: '045' });
    const b = only('Nikol Pashinyan and Ilham Aliyev held talks in Brussels, with the mediation of Charles Michel.', '2023-05-15');
    expect(b).toMatchObject({ mediators: ['Charles Michel'], location: 'Brussels' });
    const c = only('Ararat Mirzoyan and Jeyhun Bayramov held talks in Washington mediated by Antony Blinken.', '2023-05-02');
    expect(c.mediators).toEqual(['Antony Blinken']);
  });

  it('reads "at the invitation of" as the host and "attended by" as the participants of a bare noun', () => {
    expect(only('Nikol Pashinyan and Ilham Aliyev met in Brussels at the invitation of Charles Michel.', '2023-05-15').host).toBe('Charles Michel');
    const m = only('A meeting hosted by Vladimir Putin and attended by Ilham Aliyev and Nikol Pashinyan ended in Moscow.', '2021-01-12');
    expect(m.participants).toHaveLength(3);
    expect(m).toMatchObject({ host: 'Vladimir Putin', location: 'Moscow' });
    expect(only('The summit, attended by Vladimir Putin, Ilham Aliyev and Nikol Pashinyan, ended in Moscow.', '2021-01-12').participants).toHaveLength(3);
  });

  it('adds companions: "alongside", "together with", "joined by", "in the presence of", "along with"', () => {
    const a = only('Nikol Pashinyan and Ilham Aliyev will meet in Granada on October 5 alongside French President Emmanuel Macron and German Chancellor Olaf Scholz.', '2023-09-20');
    expect(set(a.participants)).toEqual(['Emmanuel Macron', 'Ilham Aliyev', 'Nikol Pashinyan', 'Olaf Scholz']);
    expect(a).toMatchObject({ status: 'planned', location: 'Granada', date: '2023-10-05' });
    expect(only('Emmanuel Macron met Nikol Pashinyan and Ilham Aliyev in Granada, together with Olaf Scholz and Charles Michel.', '2023-10-06').participants).toHaveLength(5);
    expect(only('Nikol Pashinyan and Ilham Aliyev met in Prague on Thursday, joined by Emmanuel Macron and Charles Michel.', '2022-10-07').participants).toHaveLength(4);
    expect(only('Nikol Pashinyan and Ilham Aliyev met in the presence of Vladimir Putin.', '2022-10-31').participants).toHaveLength(3);
    expect(only('Nikol Pashinyan held talks with Ilham Aliyev in Moscow along with Vladimir Putin.', '2022-10-31').participants).toHaveLength(3);
  });

  it('adds companions to an anaphoric subject only once it is resolved', () => {
    const text = 'They will meet again in Granada in October, alongside French President Emmanuel Macron and German Chancellor Olaf Scholz.';
    expect(meetings(text, '2023-09-01')).toHaveLength(0);
    const found = meetings(`Nikol Pashinyan and Ilham Aliyev met in Brussels on Thursday. ${text}`, '2023-09-01');
    expect(found).toHaveLength(2);
    const planned = found.find((m) => m.status === 'planned')!;
    expect(set(planned.participants)).toEqual(['Emmanuel Macron', 'Ilham Aliyev', 'Nikol Pashinyan', 'Olaf Scholz']);
    expect(planned.location).toBe('Granada');
  });

  it('keeps agents of other things out of the meeting', () => {
    expect(set(only('Nikol Pashinyan met Ilham Aliyev on Monday to discuss the deal brokered by Vladimir Putin.', '2023-05-15').participants)).toEqual(['Ilham Aliyev', 'Nikol Pashinyan']);
    expect(set(only('Nikol Pashinyan met Ilham Aliyev in Brussels, the EU said in a statement issued alongside Charles Michel.', '2023-05-15').participants)).toEqual(['Ilham Aliyev', 'Nikol Pashinyan']);
    expect(meetings('The talks, brokered by Vladimir Putin, ended after midnight.', '2020-11-10')).toHaveLength(0);
    expect(meetings('Ilham Aliyev, speaking alongside Recep Tayyip Erdogan in Ankara, criticised Nikol Pashinyan.', '2023-05-15')).toHaveLength(0);
    expect(set(only('Nikol Pashinyan met Ilham Aliyev on the sidelines of a summit hosted by Emmanuel Macron.', '2023-05-15').participants)).toEqual(['Ilham Aliyev', 'Nikol Pashinyan']);
  });
});

describe('more wire phrasings', () => {
  it('reads travel "for talks with" as a meeting of the traveller, at the destination', () => {
    expect(only('Antony Blinken is set to travel to Baku for talks with Ilham Aliyev next week.', '2023-05-15')).toMatchObject({ status: 'planned', location: 'Baku' });
    const a = only('Nikol Pashinyan arrived in Moscow on Wednesday for talks with Vladimir Putin.', '2023-05-26');
    expect(set(a.participants)).toEqual(['Nikol Pashinyan', 'Vladimir Putin']);
    expect(a).toMatchObject({ location: 'Moscow', date: '2023-05-24', status: 'held' });
    expect(only('Recep Tayyip Erdogan is in Baku for talks with Ilham Aliyev.', '2023-05-26').location).toBe('Baku');
    expect(meetings('Antony Blinken called for talks with Azerbaijan.', '2023-05-26')).toHaveLength(0);
  });

  it('takes the visited city as the venue: "visited Baku and met Aliyev", "visited Baku, where he met Aliyev"', () => {
    expect(only('Recep Tayyip Erdogan visited Baku and met Ilham Aliyev.', '2023-05-26').location).toBe('Baku');
    expect(only('Recep Tayyip Erdogan visited Baku, where he met Ilham Aliyev.', '2023-05-26').location).toBe('Baku');
  });

  it('reads "received", "welcomed", "hosted his counterpart" and "will host ... for talks"', () => {
    expect(only('Vladimir Putin received Ilham Aliyev in the Kremlin on Friday.', '2023-05-27')).toMatchObject({ host: 'Vladimir Putin', location: 'Moscow', date: '2023-05-26' });
    expect(only('Vladimir Putin hosted his Azerbaijani counterpart Ilham Aliyev in Sochi on Monday.', '2022-11-01')).toMatchObject({ host: 'Vladimir Putin', location: 'Sochi' });
    expect(only('Vladimir Putin welcomed Ilham Aliyev and Nikol Pashinyan to the Kremlin on Monday.', '2022-11-01')).toMatchObject({ host: 'Vladimir Putin', date: '2022-10-31' });
    expect(only('Vladimir Putin will host Nikol Pashinyan and Ilham Aliyev for talks in Sochi on Monday.', '2022-10-28')).toMatchObject({ status: 'planned', location: 'Sochi', date: '2022-10-31', host: 'Vladimir Putin' });
  });

  it('reads sidelines, trilateral meetings of named people, "sit down with" in the future', () => {
    expect(only('Nikol Pashinyan and Ilham Aliyev met on the sidelines of the summit in Prague.', '2022-10-07').location).toBe('Prague');
    expect(only('A trilateral meeting of Vladimir Putin, Ilham Aliyev and Nikol Pashinyan took place in Moscow.', '2021-01-12').participants).toHaveLength(3);
    expect(only('Ilham Aliyev and Nikol Pashinyan will sit down with Vladimir Putin in Sochi on Monday.', '2022-10-28')).toMatchObject({ status: 'planned', location: 'Sochi' });
  });

  it('reads calls: "called X on Monday", "rang", "phoned X and Y" (one call each), "spoke with X by phone", video calls', () => {
    expect(only('Antony Blinken called Ilham Aliyev on Monday to discuss the humanitarian situation.', '2023-05-17')).toMatchObject({ mode: 'phone', date: '2023-05-15', cameo: '041' });
    expect(only('Antony Blinken rang Nikol Pashinyan late on Monday.', '2023-05-17').mode).toBe('phone');
    const calls = meetings('Vladimir Putin phoned Ilham Aliyev and Nikol Pashinyan on Monday.', '2023-05-17');
    expect(calls.map((m) => set(m.participants))).toEqual(expect.arrayContaining([['Ilham Aliyev', 'Vladimir Putin'], ['Nikol Pashinyan', 'Vladimir Putin']]));
    expect(calls).toHaveLength(2);
    expect(only('Vladimir Putin spoke with Ilham Aliyev by phone on Tuesday.', '2023-05-17')).toMatchObject({ mode: 'phone', location: null });
    expect(only('Vladimir Putin held a video call with Nikol Pashinyan.', '2023-05-17').mode).toBe('video');
    expect(only('Vladimir Putin and Nikol Pashinyan discussed the corridor in a phone call on Monday.', '2023-05-17').mode).toBe('phone');
  });

  it('does not read name-calling or appeals as calls', () => {
    for (const text of [
      'Nikol Pashinyan called Ilham Aliyev a dictator.',
      'Nikol Pashinyan called Ilham Aliyev\'s remarks unacceptable.',
      'Antony Blinken called on Ilham Aliyev to lift the blockade.',
      'Vladimir Putin called Ilham Aliyev "a reliable partner" on Monday.',
      'Nikol Pashinyan was called a traitor by Ilham Aliyev.',
    ]) expect(meetings(text, '2023-05-17')).toHaveLength(0);
  });

  it('keeps a meeting with a venue apart from a later call with the same people', () => {
    const found = meetings('Nikol Pashinyan met Ilham Aliyev in Brussels. Antony Blinken called both leaders on Tuesday.', '2023-05-17');
    expect(found).toHaveLength(3);
    expect(found.find((m) => m.location === 'Brussels')!.mode).toBe('in-person');
  });

  it('reads conversations: "spoke with", "spoke to", but not "spoke to reporters"', () => {
    expect(only('Antony Blinken spoke with Nikol Pashinyan and Ilham Aliyev on Saturday, the State Department said.', '2023-05-17').participants).toHaveLength(3);
    expect(set(only('Nikol Pashinyan spoke to Ilham Aliyev on the sidelines of the summit.', '2023-05-17').participants)).toEqual(['Ilham Aliyev', 'Nikol Pashinyan']);
    expect(meetings('Nikol Pashinyan and Ilham Aliyev spoke to reporters in Brussels.', '2023-05-17')).toHaveLength(0);
  });

  it('reads handshakes, but a refused handshake says nothing of the meeting', () => {
    expect(only('Nikol Pashinyan and Ilham Aliyev shook hands in Prague.', '2022-10-07')).toMatchObject({ location: 'Prague', status: 'held' });
    expect(only('Nikol Pashinyan and Ilham Aliyev did not shake hands at the summit in Granada.', '2023-10-06').status).toBe('held');
    expect(meetings('Nikol Pashinyan and Ilham Aliyev did not shake hands.', '2023-10-06')).toHaveLength(0);
  });

  it('reads snubs, boycotts, pull-outs and postponements as not held', () => {
    expect(only('Ilham Aliyev snubbed the summit with Nikol Pashinyan.', '2023-10-04').status).toBe('not-held');
    expect(only('Ilham Aliyev pulled out of the summit with Nikol Pashinyan in Granada.', '2023-10-04')).toMatchObject({ status: 'not-held', location: 'Granada' });
    expect(only('The meeting between Nikol Pashinyan and Ilham Aliyev, initially set for Friday, was postponed.', '2023-10-04').status).toBe('not-held');
  });

  it('reads a call for talks as a proposal, not a meeting held', () => {
    expect(only('Antony Blinken called for talks between Nikol Pashinyan and Ilham Aliyev.', '2023-10-04')).toMatchObject({ status: 'planned' });
  });

  it('makes no meeting of telling, criticising, urging, accusing or signing', () => {
    for (const text of [
      '"We want peace," Nikol Pashinyan told Ilham Aliyev.',
      'Nikol Pashinyan told Ilham Aliyev that Armenia wants peace.',
      'Nikol Pashinyan criticised Ilham Aliyev for the blockade.',
      'Antony Blinken urged Ilham Aliyev to reopen the corridor.',
      'Nikol Pashinyan accused Ilham Aliyev of preparing a new war.',
      'Nikol Pashinyan and Ilham Aliyev are expected to sign a peace treaty.',
      '"We are close to a deal," Nikol Pashinyan told Ilham Aliyev during the meeting.',
    ]) expect(meetings(text, '2023-05-17')).toHaveLength(0);
  });

  it('invents nobody from role phrases without a country or from possessives', () => {
    expect(meetings('Ilham Aliyev met the Russian ambassador in Baku.', '2023-05-17')).toHaveLength(0);
    expect(meetings('Ararat Mirzoyan met his counterpart in Moscow.', '2023-05-17')).toHaveLength(0);
    expect(meetings('Charles Michel met the Armenian leader\'s envoy in Brussels.', '2023-05-17')).toHaveLength(0);
  });
});

describe('speech frames and the sidelines of a summit', () => {
  it('takes the speaker of "X said after hosting A and B" as the host, whatever precedes the frame', () => {
    const m = only('The leaders agreed to push ahead with talks on a peace treaty, European Council President Charles Michel said after hosting Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev in Brussels.', '2023-05-14');
    expect(set(m.participants)).toEqual(['Charles Michel', 'Ilham Aliyev', 'Nikol Pashinyan']);
    expect(m.host).toBe('Charles Michel');
    expect(m.location).toBe('Brussels');
  });

  it('lets companions join a meeting held on the sidelines of a summit, without making the summit a meeting of its own', () => {
    const found = meetings('Pashinyan and Aliyev met in Brussels. They are due to meet again in Chisinau on June 1 on the sidelines of a European summit, alongside French President Emmanuel Macron and German Chancellor Olaf Scholz.', '2023-05-14');
    const chisinau = found.filter((m) => m.location === 'Chisinau');
    expect(chisinau).toHaveLength(1);
    expect(set(chisinau[0].participants)).toEqual(['Emmanuel Macron', 'Ilham Aliyev', 'Nikol Pashinyan', 'Olaf Scholz']);
    expect(chisinau[0]).toMatchObject({ status: 'planned', date: '2023-06-01' });
  });
});

describe('delegations', () => {
  it('reads the head of a delegation as the one met', () => {
    expect(set(only('Ilham Aliyev received a delegation led by Slovak Foreign Minister Miroslav Lajčák in Baku on Tuesday.', '2019-02-12').participants)).toEqual(['Ilham Aliyev', 'Miroslav Lajčák']);
    expect(set(only('Pashinyan met an EU delegation headed by Josep Borrell in Yerevan.', '2019-02-12').participants)).toEqual(['Josep Borrell', 'Nikol Pashinyan']);
  });

  it('reads through a hyphenated title and its apposition', () => {
    const m = only('President of the Republic of Azerbaijan Ilham Aliyev has received a delegation led by OSCE Chairman-in-Office, Slovak Foreign Minister Miroslav Lajčák.', '2019-02-12');
    expect(set(m.participants)).toEqual(['Ilham Aliyev', 'Miroslav Lajčák']);
    expect(m.host).toBe('Ilham Aliyev');
  });

  it('does not take a speaker after a comma for an apposition', () => {
    expect(meetings('Putin received the OSCE envoy, Kasprzyk said.', '2019-02-12')).toHaveLength(0);
  });
});
