import { describe, it, expect } from '@jest/globals';
import { meetingsOf as meetings, people as sorted } from './helpers.js';

// More people for a meeting already told: "X also took part", "Y took part in the talks", "the
// meeting began with the participation of Z", "which was attended by", "for talks mediated by".
// Articles of our own.


describe('people joining the meeting just told', () => {
  it('adds "also took part" and "took part in the talks" to the meeting before', () => {
    const ms = meetings(
      'Ilham Aliyev and Nikol Pashinyan held talks in Brussels on Sunday with Charles Michel. '
      + 'Jeyhun Bayramov and Ararat Mirzoyan also took part. Toivo Klaar took part in the talks as well.',
      '2023-05-15',
    );
    expect(ms).toHaveLength(1);
    expect(sorted(ms[0])).toEqual(['Ararat Mirzoyan', 'Charles Michel', 'Ilham Aliyev', 'Jeyhun Bayramov', 'Nikol Pashinyan', 'Toivo Klaar']);
    expect(ms[0]).toMatchObject({ location: 'Brussels', date: '2023-05-14' });
  });

  it('adds the companions of "the meeting began with the participation of"', () => {
    const ms = meetings(
      'Ilham Aliyev met Nikol Pashinyan in Vienna on Friday. The meeting began with the participation of the foreign ministers Elmar Mammadyarov and Zohrab Mnatsakanyan.',
      '2019-03-30',
    );
    expect(ms).toHaveLength(1);
    expect(sorted(ms[0])).toEqual(['Elmar Mammadyarov', 'Ilham Aliyev', 'Nikol Pashinyan', 'Zohrab Mnatsakanyan']);
  });

  it('reads a relative clause on the meeting: "took place, which was attended by"', () => {
    const [m] = meetings('The meeting of Serzh Sargsyan and Ilham Aliyev took place in Vienna, which was attended by John Kerry and Sergey Lavrov.', '2016-05-17');
    expect(sorted(m)).toEqual(['Ilham Aliyev', 'John Kerry', 'Sergey Lavrov', 'Serzh Sargsyan']);
  });

  it('gives the mediators of "sat down ... for talks mediated by" to the meeting of the verb', () => {
    const ms = meetings('Serzh Sargsyan and Ilham Aliyev sat down in Geneva for talks mediated by Igor Popov and Andrew Schofer.', '2017-10-17');
    expect(ms).toHaveLength(1);
    expect(sorted(ms[0])).toEqual(['Andrew Schofer', 'Igor Popov', 'Ilham Aliyev', 'Serzh Sargsyan']);
    expect(ms[0].mediators.sort()).toEqual(['Andrew Schofer', 'Igor Popov']);
  });

  it('joins nothing when no meeting was told just before, and keeps a private conversation apart', () => {
    expect(meetings('Toivo Klaar took part in the talks.', '2023-05-15')).toHaveLength(0);
    const ms = meetings('Before the summit Serzh Sargsyan had a private conversation with John Kerry. Then Serzh Sargsyan met Ilham Aliyev and John Kerry.', '2016-05-17');
    expect(ms).toHaveLength(2);
  });

  it('does not take the people after "with" for the subject of a later verb', () => {
    const ms = meetings('Charles Michel, in telephone conversations with Ilham Aliyev and Nikol Pashinyan on November 19, offered to receive them in Brussels next month.', '2021-11-21');
    const plan = ms.find((m) => m.mode === 'in-person');
    expect(ms.filter((m) => m.mode === 'phone' && m.status === 'held')).toHaveLength(2);
    expect(plan && sorted(plan)).toEqual(['Charles Michel', 'Ilham Aliyev', 'Nikol Pashinyan']);
    expect(plan?.location).toBe('Brussels');
  });
});
