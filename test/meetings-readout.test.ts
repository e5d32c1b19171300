import { describe, it, expect } from '@jest/globals';
import { processText } from '../src/pipeline/process.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import type { Meeting } from '../src/types.js';
import { people as sorted } from './helpers.js';

// Press-office readouts of our own: tag lines of people, and one meeting told in two formats.

const k = loadKnowledge();

function meetings(text: string, date: string): Meeting[] {
  return processText('readout.txt', text, k, { date }).meetings;
}


describe('readout tag lines', () => {
  it('takes the participants of a call told by office alone from the "Persons:" line', () => {
    const text = 'Telephone conversation with the Prime Minister\n\nThe President had a telephone conversation with the Prime Minister.\n\n'
      + 'They discussed the situation in the region.\n\nPersons: Pashinyan Nikol, Putin Vladimir\n';
    const found = meetings(text, '2021-03-22');
    expect(found).toHaveLength(1);
    expect(sorted(found[0])).toEqual(['Nikol Pashinyan', 'Vladimir Putin']);
    expect(found[0]).toMatchObject({ mode: 'phone', date: '2021-03-22', cameo: '041' });
  });

  it("fills only the lead's meeting: a later meeting keeps its own people", () => {
    const text = 'The President had a telephone conversation with the Prime Minister.\n\nPersons: Macron Emmanuel, Aliyev Ilham\n\n'
      + 'Later, Ilham Aliyev met Nikol Pashinyan in Prague.';
    expect(meetings(text, '2022-10-06').map(sorted)).toEqual([['Emmanuel Macron', 'Ilham Aliyev'], ['Ilham Aliyev', 'Nikol Pashinyan']]);
  });

  it('does nothing without a tag line', () => {
    expect(meetings('The President had a telephone conversation with the Prime Minister on the situation in the region.', '2021-03-22')).toEqual([]);
  });
});

describe('one meeting in two formats', () => {
  it('keeps a narrow-format start and an expanded format with delegations as one trilateral meeting', () => {
    const found = meetings('Vladimir Putin held talks with Ilham Aliyev and Nikol Pashinyan in a narrow format in Sochi on Monday, then in an expanded format with the delegations.', '2022-11-01');
    expect(found).toHaveLength(1);
    expect(sorted(found[0])).toEqual(['Ilham Aliyev', 'Nikol Pashinyan', 'Vladimir Putin']);
  });

  it('keeps "the leaders first met tete-a-tete, then ... in an expanded format" in the meeting told', () => {
    const found = meetings('Charles Michel hosted Ilham Aliyev and Nikol Pashinyan in Brussels on Sunday. The leaders first met tete-a-tete, and then the meeting continued in an expanded format with delegations.', '2023-05-15');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ host: 'Charles Michel', location: 'Brussels' });
  });

  it('still splits one-on-one meetings with each of two people', () => {
    expect(meetings('Vladimir Putin met Ilham Aliyev and Nikol Pashinyan one-on-one in Moscow on Monday.', '2023-05-09')).toHaveLength(2);
  });
});
