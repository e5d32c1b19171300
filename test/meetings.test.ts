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
  const text = 'Vladimir Putin met the leaders of Armenia and Azerbaijan in the Kremlin.';

  it('resolves role phrases through dated offices: 2016 and 2021 give different Armenian leaders', () => {
    expect(set(only(text, '2016-06-20').participants)).toEqual(['Ilham Aliyev', 'Serzh Sargsyan', 'Vladimir Putin']);
    expect(set(only(text, '2021-01-11').participants)).toEqual(['Ilham Aliyev', 'Nikol Pashinyan', 'Vladimir Putin']);
    expect(only(text, '2021-01-11').location).toBe('Moscow');
  });

  it('resolves "the Armenian leader" through the knowledge base when the article names nobody else', () => {
    expect(set(only('Vladimir Putin met the Armenian leader in Sochi.', '2016-08-10').participants)).toEqual(['Serzh Sargsyan', 'Vladimir Putin']);
    expect(set(only('Vladimir Putin met the Armenian leader in Sochi.', '2022-10-31').participants)).toEqual(['Nikol Pashinyan', 'Vladimir Putin']);
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
    const found = meetings('Vladimir Putin will host talks with the leaders of Armenia and Azerbaijan in Sochi. Putin will also hold talks with each leader alone.', '2022-10-28');
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
