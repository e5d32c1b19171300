import { describe, it, expect } from '@jest/globals';
import { meetingsOf as meetings, findMeeting as find } from './helpers.js';

// When a meeting was: the calendar date its clause gives, past words that name no time. Articles of our own.


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

describe("the story's visit: an undated meeting in the city of the story's dated meetings", () => {
  it('takes the one day of the dated meetings held in the same city', () => {
    const wire = meetings('PRAGUE, 7 October 2022 - Nikol Pashinyan and Ilham Aliyev sat down with Emmanuel Macron and Charles Michel in Prague on Thursday.\n\nSeparately, Recep Tayyip Erdogan met Pashinyan at Prague Castle.', '2022-10-07');
    expect(find(wire, 'Recep Tayyip Erdoğan', 'Nikol Pashinyan')).toMatchObject({ date: '2022-10-06', dateAssumed: true });
    const signing = meetings('Talks in Zurich\n\nThe protocols were signed on Saturday after a delay of three hours.\n\nEdward Nalbandian and Ahmet Davutoglu signed the two protocols at the University of Zurich in the presence of Hillary Clinton.\n\nClinton held talks with Nalbandian in Zurich on Saturday.', '2009-10-10');
    expect(find(signing, 'Edward Nalbandian', 'Ahmet Davutoğlu', 'Hillary Clinton')?.date).toBe('2009-10-10');
    const readout = meetings('Moscow, 26 May 2023\n\nVladimir Putin received Nikol Pashinyan in the Kremlin on Thursday, the press service said.\n\nIn Moscow the Armenian premier also met Prime Minister Mikhail Mishustin.', '2023-05-26');
    expect(find(readout, 'Nikol Pashinyan', 'Mikhail Mishustin')?.date).toBe('2023-05-25');
  });

  it('leaves it undated when the city saw meetings on two days, long ago, or the text puts it on another occasion', () => {
    const two = meetings('Vienna, 20 May 2016\n\nSergey Lavrov met Elmar Mammadyarov in Vienna on Monday. John Kerry met Edward Nalbandian in Vienna on Tuesday.\n\nIn Vienna Kerry also met Lavrov.', '2016-05-20');
    expect(find(two, 'John Kerry', 'Sergey Lavrov')?.date).toBeNull();
    const old = meetings('Brussels, 20 May 2023\n\nCharles Michel first hosted Ilham Aliyev for talks on the border in Brussels on 14 December 2021.\n\nMichel later received Nikol Pashinyan in Brussels.', '2023-05-20');
    expect(find(old, 'Charles Michel', 'Nikol Pashinyan')?.date).toBeNull();
    const before = meetings('Moscow, 26 May 2023\n\nVladimir Putin received Nikol Pashinyan in Moscow on Thursday.\n\nPashinyan had previously met Mikhail Mishustin in Moscow.', '2023-05-26');
    expect(find(before, 'Nikol Pashinyan', 'Mikhail Mishustin')?.date).toBeNull();
  });
});

describe("what became of a meeting told with a relative clause", () => {
  it('reads the predicate after the clause: postponed, called off', () => {
    const wire = meetings('Talks between Jeyhun Bayramov and Ararat Mirzoyan that Antony Blinken was due to host in Washington on November 20 have been postponed, the State Department said.', '2023-11-20');
    expect(find(wire, 'Antony Blinken', 'Jeyhun Bayramov', 'Ararat Mirzoyan')).toMatchObject({ status: 'not-held', location: 'Washington' });
    const agency = meetings('The summit of Ilham Aliyev and Nikol Pashinyan, which Charles Michel had planned to host in Granada, was cancelled after Baku withdrew.', '2023-10-04');
    expect(agency.find((m) => m.participants.includes('Nikol Pashinyan'))?.status).toBe('not-held');
  });

  it('reads a plan in the clause itself, and a meeting held as held', () => {
    const plan = meetings('A meeting of Ilham Aliyev and Nikol Pashinyan that is scheduled for next month in Brussels will focus on the border.', '2023-10-04');
    expect(find(plan, 'Ilham Aliyev', 'Nikol Pashinyan')?.status).toBe('planned');
    const held = meetings('The talks between Ilham Aliyev and Nikol Pashinyan that took place in Brussels on Sunday ended without a statement.', '2023-05-16');
    expect(find(held, 'Ilham Aliyev', 'Nikol Pashinyan')).toMatchObject({ status: 'held', location: 'Brussels' });
  });
});

describe("a date opening the sentence frames its 'after' clause", () => {
  const lead = 'Fighting over Nagorno-Karabakh has raged for weeks, with hundreds of soldiers killed on both sides of the line.\n\n';
  it('dates talks told in an after-clause to the sentence-opening day', () => {
    const agency = meetings('On November 16 the fighting on the border was stopped by the evening due to mediation of Russia, after Sergei Shoigu had telephone talks with Zakir Hasanov.', '2021-11-26');
    expect(find(agency, 'Sergei Shoigu', 'Zakir Hasanov')).toMatchObject({ date: '2021-11-16', mode: 'phone' });
    const wire = meetings(`${lead}On Monday the two sides agreed to a truce, after Sergey Lavrov held talks with Jeyhun Bayramov in Moscow.`, '2020-10-14');
    expect(find(wire, 'Sergey Lavrov', 'Jeyhun Bayramov')?.date).toBe('2020-10-12');
  });

  it('not when the after-clause puts them days or weeks before', () => {
    const weeks = meetings(`${lead}On Monday the two sides agreed to a truce, two weeks after Sergey Lavrov held talks with Jeyhun Bayramov in Moscow.`, '2020-10-14');
    expect(find(weeks, 'Sergey Lavrov', 'Jeyhun Bayramov')?.date ?? null).toBeNull();
  });
});

describe('a sitting told as earlier or later in the day', () => {
  it('is not where a dated report of some of its people is folded', () => {
    const wire = meetings('PRAGUE, Oct 7, 2022 - Recep Tayyip Erdogan met Nikol Pashinyan in Prague on Thursday.\n\nEarlier in the day, Erdogan, Ilham Aliyev and Pashinyan came together for a short conversation in the foyer of the castle.', '2022-10-07');
    expect(find(wire, 'Recep Tayyip Erdoğan', 'Nikol Pashinyan')).toMatchObject({ date: '2022-10-06', location: 'Prague' });
    expect(find(wire, 'Recep Tayyip Erdoğan', 'Ilham Aliyev', 'Nikol Pashinyan')?.date).toBe('2022-10-06');
    const readout = meetings('Sochi, 26 November 2021\n\nVladimir Putin held talks with Ilham Aliyev in Sochi on Friday. Later in the day Putin, Aliyev and Nikol Pashinyan sat down for trilateral talks.', '2021-11-26');
    expect(find(readout, 'Vladimir Putin', 'Ilham Aliyev')?.date).toBe('2021-11-26');
    expect(find(readout, 'Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan')).toBeDefined();
  });

  it('still takes in an undated report of some of its people, and one told without such words', () => {
    const undated = meetings('Sochi, 26 November 2021\n\nVladimir Putin hosted trilateral talks with Ilham Aliyev and Nikol Pashinyan in Sochi on Friday evening. Earlier in the day, Putin held talks with Aliyev and Pashinyan together.', '2021-11-26');
    expect(undated.filter((m) => m.participants.includes('Vladimir Putin'))).toHaveLength(1);
    const plain = meetings('Sochi, 26 November 2021\n\nVladimir Putin met Ilham Aliyev in Sochi on Friday. Putin, Aliyev and Nikol Pashinyan held trilateral talks in Sochi on Friday.', '2021-11-26');
    expect(find(plain, 'Vladimir Putin', 'Ilham Aliyev')).toBeUndefined();
  });
});

describe("the dateline's day", () => {
  it('dates a meeting held in the lead, never one planned or called off', () => {
    const held = meetings('MOSCOW, 19 May 2023 - Sergey Lavrov held talks with Ararat Mirzoyan and Jeyhun Bayramov in Moscow.', '2023-05-19');
    expect(held[0].date).toBe('2023-05-19');
    const off = meetings('ANKARA, 8 Oct 2023 - Recep Tayyip Erdogan did not meet Nikol Pashinyan in Granada, as he skipped the summit.', '2023-10-08');
    expect(find(off, 'Recep Tayyip Erdoğan', 'Nikol Pashinyan')).toMatchObject({ status: 'not-held', date: null });
    const plan = meetings('BAKU, 4 July 2023 - Ilham Aliyev is ready to meet Nikol Pashinyan in Brussels, his office said.', '2023-07-04');
    expect(find(plan, 'Ilham Aliyev', 'Nikol Pashinyan')).toMatchObject({ status: 'planned', date: null });
  });
});

describe("a date heading its line (a timeline, a live blog)", () => {
  it('dates the meeting the line tells', () => {
    const timeline = meetings('Timeline\n\n- 14 December 2021: Charles Michel hosts Ilham Aliyev and Nikol Pashinyan in Brussels.\n- 10 July 2025: Aliyev and Pashinyan hold talks in Abu Dhabi.', '2025-08-10');
    expect(find(timeline, 'Charles Michel', 'Ilham Aliyev', 'Nikol Pashinyan')?.date).toBe('2021-12-14');
    expect(find(timeline, 'Ilham Aliyev', 'Nikol Pashinyan')?.date).toBe('2025-07-10');
    const blog = meetings('Live updates\n\nOctober 6, 2022 \u2014 Emmanuel Macron and Charles Michel sat down with Ilham Aliyev and Nikol Pashinyan in Prague.', '2022-10-07');
    expect(find(blog, 'Emmanuel Macron', 'Charles Michel', 'Ilham Aliyev', 'Nikol Pashinyan')?.date).toBe('2022-10-06');
  });
});

describe("a date in an aside on the meeting's subject", () => {
  it('dates the aside, not the meeting', () => {
    const relative = meetings('Nikol Pashinyan, who came to power in May 2018, first met Ilham Aliyev in Dushanbe in September of that year.', '2024-05-16');
    expect(find(relative, 'Nikol Pashinyan', 'Ilham Aliyev')?.date).toBe('2018-09');
    const participle = meetings('Recep Tayyip Erdogan, re-elected on 28 May 2023, received Ilham Aliyev in Ankara in June.', '2023-06-20');
    expect(find(participle, 'Recep Tayyip Erdoğan', 'Ilham Aliyev')?.date).toBe('2023-06');
  });

  it('still reads a date set off by commas at the head of the clause', () => {
    const framed = meetings('In Sochi, on 9 August 2014, Vladimir Putin received Ilham Aliyev.', '2014-08-12');
    expect(find(framed, 'Vladimir Putin', 'Ilham Aliyev')?.date).toBe('2014-08-09');
  });
});

describe("the last time the same people met", () => {
  it("is its own meeting, on its own day, beside the undated lead meeting", () => {
    const readout = meetings('Trilateral meeting of the leaders of Russia, Azerbaijan and Armenia\n\nVladimir Putin held a trilateral meeting with Ilham Aliyev and Nikol Pashinyan in Sochi.\n\nThe last time the three leaders gathered in this format was also in Sochi, on 26 November last year.', '2022-10-31');
    const trio = readout.filter((m) => m.participants.length === 3);
    expect(trio.map((m) => m.date).sort()).toEqual(['2021-11-26', '2022-10-31']);
    const wire = meetings('Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan for talks in Sochi, the Kremlin said.\n\nPutin, Aliyev and Pashinyan had previously met in Moscow in November last year.', '2022-10-31');
    expect(wire.filter((m) => m.participants.length === 3).map((m) => m.date).sort()).toEqual(['2021-11', '2022-10-31']);
  });

  it('still folds a later report of the lead meeting that the text does not set apart', () => {
    const one = meetings('Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan for talks in Sochi, the Kremlin said.\n\nPutin, Aliyev and Pashinyan met in Sochi on Monday.', '2022-11-01');
    expect(one.filter((m) => m.participants.length === 3)).toHaveLength(1);
  });
});

describe('a meeting that did not happen', () => {
  it('is no part of a larger one that did', () => {
    const wire = meetings('The mediators met Robert Kocharyan and Heydar Aliyev separately, and said the two presidents had not met each other since Tuesday.\n\nThe round followed two meetings between Kocharyan and Aliyev in Paris earlier this year, in January and in March, both hosted by Jacques Chirac.', '2001-04-07');
    const paris = wire.filter((m) => m.participants.includes('Jacques Chirac'));
    expect(paris.map((m) => m.status)).toEqual(['held', 'held']);
    const readout = meetings('Charles Michel hosted talks of Ilham Aliyev and Nikol Pashinyan in Brussels on Sunday. Aliyev and Pashinyan did not meet one-on-one, officials said.', '2023-05-15');
    expect(find(readout, 'Charles Michel', 'Ilham Aliyev', 'Nikol Pashinyan')?.status).toBe('held');
  });
});

describe('a date opening the sentence before a comma', () => {
  it('reaches a trigger past a long aside of names', () => {
    const text = 'Talks in Madrid went on for two days with the ministers and the mediators at the table.\n\nYesterday evening, at the initiative of the co-chairmen of the OSCE Minsk Group - Matthew Bryza (USA), Yuri Merzlyakov (Russia) and Bernard Fassier (France) - a working dinner took place with Elmar Mammadyarov and Vartan Oskanian.';
    expect(meetings(text, '2007-11-29').find((m) => m.participants.includes('Vartan Oskanian'))?.date).toBe('2007-11-28');
  });
});

describe('a date that ends in "before" or "after"', () => {
  it('dates the meeting it opens ("The day before, ...", "A day after, ...")', () => {
    const lead = 'On 9 March Vladimir Putin received Ilham Aliyev in Sochi. ';
    expect(find(meetings(`${lead}The day before, Putin had met Nikol Pashinyan in Moscow.`, '2024-03-20'), 'Vladimir Putin', 'Nikol Pashinyan')?.date).toBe('2024-03-08');
    expect(find(meetings(`${lead}The previous day, Putin had met Nikol Pashinyan in Moscow.`, '2024-03-20'), 'Vladimir Putin', 'Nikol Pashinyan')?.date).toBe('2024-03-08');
    expect(find(meetings(`${lead}A day later, Putin met Nikol Pashinyan in Moscow.`, '2024-03-20'), 'Vladimir Putin', 'Nikol Pashinyan')?.date).toBe('2024-03-10');
  });
});
