import { describe, it, expect } from '@jest/globals';
import type { Meeting } from '../src/types.js';
import { inflect } from '../src/extract/meetings/lexicon-triggers.js';
import { meetingsOf as meetings } from './helpers.js';

// Which meetings a sentence reports: noun phrases, several meetings in one sentence, and the
// phrasings that repeat a meeting already told. Sentences of our own.

const sets = (ms: Meeting[]) => ms.map((m) => [...m.participants].sort().join(' + '));

describe('meetings named by their participants joined with dashes', () => {
  it('reads "the A-B meeting" as a meeting of A and B, not a verb "meeting"', () => {
    const ms = meetings('The Pashinyan-Aliyev meeting in Moscow on Friday lasted three hours.', '2021-05-04');
    expect(sets(ms)).toEqual(['Ilham Aliyev + Nikol Pashinyan']);
    expect(ms[0].location).toBe('Moscow');
  });

  it('reads a chain of three names joined by en dashes', () => {
    const ms = meetings('The Pashinyan\u2013Aliyev\u2013Putin summit in Moscow on Friday lasted three hours.', '2021-05-04');
    expect(sets(ms)).toEqual(['Ilham Aliyev + Nikol Pashinyan + Vladimir Putin']);
  });

  it('keeps "X meeting Y" a verb', () => {
    expect(sets(meetings('Nikol Pashinyan meeting Ilham Aliyev in Moscow surprised nobody.', '2021-05-04'))).toEqual(['Ilham Aliyev + Nikol Pashinyan']);
  });
});

describe('one-on-one talks with each in turn', () => {
  it('reads a hyphenated adjective between the governing verb and the noun', () => {
    const ms = meetings('Earlier in the day Vladimir Putin had face-to-face talks with Ilham Aliyev and then with Nikol Pashinyan.', '2022-10-31');
    expect(sets(ms)).toEqual(['Ilham Aliyev + Vladimir Putin', 'Nikol Pashinyan + Vladimir Putin']);
  });

  it('gives a noun without people none of a later noun\'s', () => {
    const ms = meetings('Ahead of the three-way talks Vladimir Putin held separate meetings with Ilham Aliyev and with Serzh Sargsyan.', '2016-06-20');
    expect(sets(ms)).toEqual(['Ilham Aliyev + Vladimir Putin', 'Serzh Sargsyan + Vladimir Putin']);
  });
});

describe('a noun that repeats the verb\'s meeting', () => {
  it('makes no call between the two people called "in separate calls"', () => {
    const ms = meetings('Sergei Lavrov telephoned Elmar Mammadyarov and Edward Nalbandian in separate calls on Saturday.', '2016-04-03');
    expect(sets(ms)).toEqual(['Elmar Mammadyarov + Sergey Lavrov', 'Edward Nalbandian + Sergey Lavrov']);
  });

  it('keeps a joint meeting the verb reports as one', () => {
    const ms = meetings('Vladimir Putin received Ilham Aliyev and Nikol Pashinyan in a joint meeting at the Kremlin.', '2021-01-12');
    expect(sets(ms)).toEqual(['Ilham Aliyev + Nikol Pashinyan + Vladimir Putin']);
  });
});

describe('meetings with each apart, then together', () => {
  it('adds the joint meeting the sentence orders after the separate ones', () => {
    const ms = meetings('On Friday Donald Trump received Ilham Aliyev and Nikol Pashinyan at the White House, first separately and then together.', '2025-08-09');
    expect(sets(ms)).toEqual(['Donald Trump + Ilham Aliyev', 'Donald Trump + Nikol Pashinyan', 'Donald Trump + Ilham Aliyev + Nikol Pashinyan']);
    expect(ms.every((m) => m.date === '2025-08-08')).toBe(true);
  });

  it('reads "each on his own before three-way talks"', () => {
    const ms = meetings('On Monday Francois Hollande hosted Ilham Aliyev and Serzh Sargsyan in Paris, seeing each president on his own before three-way talks.', '2014-10-28');
    expect(sets(ms)).toEqual(['François Hollande + Ilham Aliyev', 'François Hollande + Serzh Sargsyan', 'François Hollande + Ilham Aliyev + Serzh Sargsyan']);
  });

  it('adds none when only the separate meetings are told', () => {
    const ms = meetings('On Monday Francois Hollande received Ilham Aliyev and then Serzh Sargsyan separately in Paris.', '2014-10-28');
    expect(sets(ms)).toEqual(['François Hollande + Ilham Aliyev', 'François Hollande + Serzh Sargsyan']);
  });
});

describe('a second verb without a subject of its own', () => {
  it('takes the first verb\'s subject, not the people it met', () => {
    const ms = meetings('Didier Burkhalter welcomed Serzh Sargsyan and Ilham Aliyev and held a short meeting with Aliyev before the talks began.', '2015-12-20');
    expect(sets(ms)).toContain('Didier Burkhalter + Ilham Aliyev');
    expect(sets(ms)).not.toContain('Ilham Aliyev + Serzh Sargsyan');
  });
});

describe('"brought X and Y together"', () => {
  it('is a meeting the subject hosted, and "brought X a letter" none', () => {
    const ms = meetings('John Kerry brought Serzh Sargsyan and Ilham Aliyev together in Newport on Thursday.', '2014-09-05');
    expect(sets(ms)).toEqual(['Ilham Aliyev + John Kerry + Serzh Sargsyan']);
    expect(ms[0].host).toBe('John Kerry');
    expect(meetings('John Kerry brought Serzh Sargsyan a letter from Washington.', '2014-09-05')).toEqual([]);
  });
});

describe('several dated meetings after one plural noun or a counted verb', () => {
  it('reads "two meetings between X and Y in Paris earlier this year, in January and in March, both hosted by Z"', () => {
    const ms = meetings('The round in Florida came after two meetings between Robert Kocharyan and Heydar Aliyev in Paris earlier this year, in January and in March, both hosted by Jacques Chirac.', '2001-04-07');
    expect(ms.map((m) => [[...m.participants].sort().join(' + '), m.location, m.date, m.host])).toEqual([
      ['Heydar Aliyev + Jacques Chirac + Robert Kocharyan', 'Paris', '2001-01', 'Jacques Chirac'],
      ['Heydar Aliyev + Jacques Chirac + Robert Kocharyan', 'Paris', '2001-03', 'Jacques Chirac'],
    ]);
  });

  it('reads "met twice in Paris, in January and in March"', () => {
    const ms = meetings('Kocharyan and Aliyev met twice in Paris, in January and in March.', '2001-04-07');
    expect(ms.map((m) => [m.location, m.date])).toEqual([['Paris', '2001-01'], ['Paris', '2001-03']]);
  });

  it('keeps talks at one venue in one month one meeting', () => {
    expect(meetings('Robert Kocharyan and Heydar Aliyev held talks in Paris in January.', '2001-04-07')).toHaveLength(1);
  });
});

describe('people met that the text does not name', () => {
  it('gives no meeting of the subject alone when its object points back to nobody', () => {
    const text = 'The mediators left Bern on Sunday.\n\nIgor Popov and James Warlick said they would try to bring the two leaders together again next year.';
    expect(meetings(text, '2015-12-20')).toEqual([]);
  });
});

describe('readout phrasings', () => {
  it('reads "flew to Azerbaijan\'s Nakhchivan exclave for talks with X"', () => {
    const ms = meetings('The same day Recep Tayyip Erdogan flew to Azerbaijan\'s Nakhchivan exclave for talks with Ilham Aliyev.', '2023-09-26');
    expect(sets(ms)).toEqual(['Ilham Aliyev + Recep Tayyip Erdoğan']);
  });

  it('reads "X, in apposition, had urged Y in a phone call" as a call held, and "will urge" as one planned', () => {
    const held = meetings('The top US diplomat, Secretary of State Antony Blinken, had urged Ilham Aliyev in a phone call on Tuesday to stop the offensive.', '2023-09-21');
    expect(held.map((m) => [[...m.participants].sort().join(' + '), m.mode, m.status])).toEqual([['Antony Blinken + Ilham Aliyev', 'phone', 'held']]);
    const planned = meetings('Antony Blinken will urge Ilham Aliyev in a phone call on Friday to stop the offensive.', '2023-09-21');
    expect(planned.map((m) => m.status)).toEqual(['planned']);
  });
});

describe('a coordinated subject that spoke by phone', () => {
  it('reads "X and Y had first spoken over the phone" as their call, and "will speak at the forum" as none', () => {
    const ms = meetings('Recep Tayyip Erdogan and Nikol Pashinyan had first spoken over the phone on July 11.', '2022-10-07');
    expect(ms.map((m) => [[...m.participants].sort().join(' + '), m.mode, m.date])).toEqual([['Nikol Pashinyan + Recep Tayyip Erdoğan', 'phone', '2022-07-11']]);
    expect(meetings('Recep Tayyip Erdogan and Nikol Pashinyan will speak at the forum on Friday.', '2022-10-07')).toEqual([]);
  });
});

describe('"According to X, ..."', () => {
  it('ends the source phrase at its comma, so the clause keeps its own subject', () => {
    const ms = meetings('Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in Moscow.\n\nAccording to Putin, the two men will meet again in Sochi in October.', '2021-01-12');
    expect(ms.map((m) => [[...m.participants].sort().join(' + '), m.location, m.status])).toContainEqual(['Ilham Aliyev + Nikol Pashinyan', 'Sochi', 'planned']);
  });
});

describe('group labels and their names', () => {
  it('reads "meetings of the foreign ministers of the three countries, X, Y and Z, held in A in April and again earlier this month"', () => {
    const ms = meetings('A spokesman said the text had been refined at meetings of the foreign ministers of the three countries, Sergei Lavrov, Elmar Mamedyarov and Eduard Nalbandyan, held in Moscow in April and again earlier this month.', '2011-06-25');
    expect(ms.map((m) => [[...m.participants].sort().join(' + '), m.location, m.date])).toEqual([
      ['Edward Nalbandian + Elmar Mammadyarov + Sergey Lavrov', 'Moscow', '2011-04'],
      ['Edward Nalbandian + Elmar Mammadyarov + Sergey Lavrov', 'Moscow', '2011-06'],
    ]);
  });

  it('reads "chatting with"', () => {
    expect(sets(meetings('On Friday, in Dushanbe, Nikol Pashinyan was seen chatting with Ilham Aliyev.', '2018-09-30'))).toEqual(['Ilham Aliyev + Nikol Pashinyan']);
  });
});

describe('trigger verbs generated from their lemmas', () => {
  it('inflects regular and irregular lemmas', () => {
    expect(['past', 'base', 'third', 'ing', 'participle'].map((f) => inflect('meet', f as Parameters<typeof inflect>[1]))).toEqual(['met', 'meet', 'meets', 'meeting', 'met']);
    expect(['past', 'third', 'ing'].map((f) => inflect('receive', f as Parameters<typeof inflect>[1]))).toEqual(['received', 'receives', 'receiving']);
    expect(['past', 'third', 'ing'].map((f) => inflect('discuss', f as Parameters<typeof inflect>[1]))).toEqual(['discussed', 'discusses', 'discussing']);
    expect(inflect('speak', 'participle')).toBe('spoken');
  });

  it('reads forms no entry spelled out before ("is conferring with", "huddles with", "has spoken with")', () => {
    expect(sets(meetings('Armen Grigoryan huddles with Hikmet Hajiyev in Washington this week.', '2022-09-28'))).toEqual(['Armen Grigoryan + Hikmet Hajiyev']);
    expect(sets(meetings('Sergei Lavrov has spoken with Jeyhun Bayramov twice this week.', '2022-09-28'))).toEqual(['Jeyhun Bayramov + Sergey Lavrov']);
  });
});

describe('the means of a meeting just told', () => {
  it('joins companions of "did so by video link, together with X" to that meeting and sets its mode', () => {
    const ms = meetings('The last time Elmar Mammadyarov and Zohrab Mnatsakanyan talked, on April 21, they did so by video link, together with Igor Popov and his French and American colleagues Stephane Visconti and Andrew Schofer.', '2020-07-14');
    expect(ms.map((m) => [m.participants.length, m.mode, m.date])).toEqual([[5, 'video', '2020-04-21']]);
  });
});

describe('a rejected meeting', () => {
  it('is not held', () => {
    const ms = meetings('Baku has flatly rejected any direct negotiations between Ilham Aliyev and Bako Sahakyan.', '2019-03-30');
    expect(ms.map((m) => m.status)).toEqual(['not-held']);
  });
});

describe('companions after a long list of people met', () => {
  it('reads "together with W" after a label and its names in apposition', () => {
    const ms = meetings('There Robert Kocharyan and Ilham Aliyev first sat down in an enlarged format with the three co-chairs of the OSCE Minsk Group - Steven Mann of the United States, Yuri Merzlyakov of Russia and Bernard Fassier of France - together with their foreign ministers, Vardan Oskanian and Elmar Mammadyarov, and Andrzej Kasprzyk.', '2006-02-12');
    expect(ms.map((m) => m.participants.length)).toEqual([8]);
  });
});

describe('a signing together', () => {
  it('is a meeting of the signers and their witnesses ("signed ... in the presence of")', () => {
    const ms = meetings('Edward Nalbandian and his Turkish counterpart, Ahmet Davutoglu, signed two protocols in Zurich in the presence of Hillary Clinton, Sergei Lavrov and European Union foreign policy chief Javier Solana.', '2009-10-11');
    expect(sets(ms)).toEqual(['Ahmet Davutoğlu + Edward Nalbandian + Hillary Clinton + Javier Solana + Sergey Lavrov']);
  });

  it('is none when nothing says they signed together', () => {
    expect(meetings('Edward Nalbandian and Ahmet Davutoglu signed the protocols in their capitals.', '2009-10-11')).toEqual([]);
  });
});

describe('a relative clause after a meeting noun names who held or hosted it', () => {
  it('reads "the meeting X hosted for A and B" and "the talks X held with A"', () => {
    const a = meetings('The meeting Antony Blinken hosted for Jeyhun Bayramov and Ararat Mirzoyan in Washington lasted two hours.', '2023-05-05');
    expect(a.map((m) => [[...m.participants].sort().join(' + '), m.host])).toEqual([['Antony Blinken + Ararat Mirzoyan + Jeyhun Bayramov', 'Antony Blinken']]);
    expect(sets(meetings('Officials praised the talks National Security Advisor Jake Sullivan held at the White House with Armen Grigoryan.', '2022-09-30'))).toEqual(['Armen Grigoryan + Jake Sullivan']);
  });

  it('adds the host of "talks between A and B that X was due to host", keeping the noun\'s status', () => {
    const ms = meetings('Baku pulled out of a round of talks between Jeyhun Bayramov and Ararat Mirzoyan that Antony Blinken was due to host in Washington.', '2023-11-20');
    expect(ms.map((m) => [[...m.participants].sort().join(' + '), m.host, m.status])).toEqual([['Antony Blinken + Ararat Mirzoyan + Jeyhun Bayramov', 'Antony Blinken', 'not-held']]);
  });

  it('reads nothing from a clause that only speaks of the talks', () => {
    expect(meetings('The talks Vladimir Putin praised on Friday were useful.', '2023-05-05')).toEqual([]);
  });
});

describe('"as well as" in a list of people', () => {
  it('joins the people after it to the list before it', () => {
    const ms = meetings('The meeting of Serzh Sargsyan and Ilham Aliyev was attended by John Kerry and Sergey Lavrov, as well as the Minsk Group co-chairs Igor Popov (Russia), James Warlick (USA) and Pierre Andrieu (France).', '2016-05-17');
    expect(ms.map((m) => m.participants.length)).toEqual([7]);
  });
});

describe('abbreviations inside a list of people', () => {
  it('keeps "X, U.S. Secretary of State Y and Z" one list', () => {
    const ms = meetings('Ilham Aliyev met Nikol Pashinyan, U.S. Secretary of State Antony Blinken and Olaf Scholz in Munich.', '2024-02-18');
    expect(sets(ms)).toEqual(['Antony Blinken + Ilham Aliyev + Nikol Pashinyan + Olaf Scholz']);
  });
});

describe('a host the text does not name', () => {
  it('gives no meeting of the two people received', () => {
    const ms = meetings('The talks opened on Friday.\n\nThe top American diplomat received Jeyhun Bayramov and his Armenian counterpart, Zohrab Mnatsakanyan, one after the other.', '2020-10-24');
    expect(sets(ms)).toEqual([]);
  });

  it('reads a passive "were received by" with the agent as host', () => {
    const ms = meetings('The talks opened on Friday.\n\nJeyhun Bayramov and Zohrab Mnatsakanyan were received by Mike Pompeo at the State Department.', '2020-10-24');
    expect(sets(ms)).toEqual(['Jeyhun Bayramov + Mike Pompeo + Zohrab Mnatsakanyan']);
  });
});

describe('a participle phrase between a meeting and its companions', () => {
  it('is skipped: "the meeting, organized by X, began with the participation of A and B"', () => {
    const ms = meetings('Ilham Aliyev met Nikol Pashinyan in Vienna on Friday. The meeting, organized on the proposal of the mediators, began with the participation of Elmar Mammadyarov and Zohrab Mnatsakanyan.', '2019-03-30');
    expect(sets(ms)).toEqual(['Elmar Mammadyarov + Ilham Aliyev + Nikol Pashinyan + Zohrab Mnatsakanyan']);
  });
});

describe('a meeting noun after a long run of modifiers', () => {
  it('reads "held their first face-to-face talks" as talks the subject held', () => {
    const ms = meetings('Serzh Sargsyan and Ilham Aliyev held their first face-to-face talks on Friday in Saint Petersburg.', '2008-06-06');
    expect(sets(ms)).toEqual(['Ilham Aliyev + Serzh Sargsyan']);
    expect(ms[0].date).toBe('2008-06-06');
  });
});
