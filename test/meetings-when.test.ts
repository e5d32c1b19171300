import { describe, it, expect } from '@jest/globals';
import { processText } from '../src/pipeline/process.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import type { Meeting } from '../src/types.js';

// When a meeting was: the calendar date its clause gives, past words that name no time. Articles of our own.

const k = loadKnowledge();
const meetings = (text: string, date?: string): Meeting[] => processText('test.txt', text, k, date ? { date } : {}).meetings;
const find = (list: Meeting[], ...names: string[]) => list.find((m) => names.every((n) => m.participants.includes(n)) && m.participants.length === names.length);

describe('a word of the past or future beside a calendar date', () => {
  it('reads the month, not "previously", "recently" or "earlier"', () => {
    const wire = meetings('The two foreign ministers, Jeyhun Bayramov and Ararat Mirzoyan, had previously met in Washington in November.', '2024-05-11');
    expect(find(wire, 'Jeyhun Bayramov', 'Ararat Mirzoyan')?.date).toBe('2023-11');
    const readout = meetings('Ilham Aliyev recently received Charles Michel in Baku on 3 April, the presidential press service recalled.', '2024-05-11');
    expect(find(readout, 'Ilham Aliyev', 'Charles Michel')?.date).toBe('2024-04-03');
    const agency = meetings('As reported earlier, Sergey Lavrov held talks with Ararat Mirzoyan in Moscow on March 15.', '2024-05-11');
    expect(find(agency, 'Sergey Lavrov', 'Ararat Mirzoyan')?.date).toBe('2024-03-15');
  });

  it('still gives no date when nothing but such a word is there', () => {
    const lead = meetings('Ilham Aliyev recently received Charles Michel in Baku, the presidential press service said.', '2024-05-11');
    expect(find(lead, 'Ilham Aliyev', 'Charles Michel')?.date).toBeNull();
    const later = meetings('Talks on the border resumed in Almaty on Friday with both ministers at the table.\n\nIlham Aliyev had lately received Charles Michel in Baku.', '2024-05-11');
    expect(find(later, 'Ilham Aliyev', 'Charles Michel')?.date).toBeNull();
  });
});
