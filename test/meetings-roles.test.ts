import { describe, it, expect } from '@jest/globals';
import { meetingsOf as meetings, pairs } from './helpers.js';

// Participants by role and label: a label with the names it stands for ("the co-chairs - X, Y and
// Z"), the label alone later ("the co-chairs held talks"), "each of his colleagues", "the
// Russian minister", "the four men". Articles of our own.


describe('participants by role and label', () => {
  it('reads a label with its names in apposition, and the label alone later', () => {
    const ms = meetings(
      'The mediators - Igor Popov, Stephane Visconti and Andrew Schofer - arrived in Baku on Monday after a stop in Tbilisi. '
      + 'On Tuesday the mediators held talks with Ilham Aliyev in Baku.',
      '2019-06-05',
    );
    expect(pairs(ms)).toEqual(['Andrew Schofer + Igor Popov + Ilham Aliyev + Stéphane Visconti']);
    expect(ms[0]).toMatchObject({ location: 'Baku', date: '2019-06-04' });
  });

  it('reads a label followed by its organisation before the names', () => {
    const [m] = meetings(
      'Nikol Pashinyan received the co-chairs of the OSCE Minsk Group: Igor Popov, Stephane Visconti and Andrew Schofer, in Yerevan on Friday.',
      '2019-06-09',
    );
    expect([...m.participants].sort()).toEqual(['Andrew Schofer', 'Igor Popov', 'Nikol Pashinyan', 'Stéphane Visconti']);
  });

  it('gives a role label the names of its apposition over the knowledge base', () => {
    const [m] = meetings(
      'In May 1994 the speakers of the two parliaments, Babken Ararktsyan and Rasul Guliyev, held talks in Bishkek.',
      '1994-05-10',
    );
    expect([...m.participants].sort()).toEqual(['Babken Ararktsyan', 'Rasul Guliyev']);
  });

  it('reads "the Russian minister had talks with each of his colleagues" as one meeting per colleague', () => {
    const ms = meetings(
      'Sergei Lavrov hosted Jeyhun Bayramov and Ararat Mirzoyan in Moscow on Monday. '
      + 'Before the joint session, the Russian minister had talks with each of his colleagues in a bilateral format.',
      '2021-11-10',
    );
    expect(pairs(ms)).toEqual(['Ararat Mirzoyan + Jeyhun Bayramov + Sergey Lavrov', 'Ararat Mirzoyan + Sergey Lavrov', 'Jeyhun Bayramov + Sergey Lavrov']);
  });

  it('reads "the four men" as everyone the sentence named', () => {
    const ms = meetings(
      'Vladimir Putin and Recep Tayyip Erdogan agreed on the plan with Ilham Aliyev and Nikol Pashinyan when the four men met in Sochi.',
      '2021-11-27',
    );
    expect(ms.some((m) => m.participants.length === 4 && m.location === 'Sochi')).toBe(true);
  });
});

describe('readout phrasings', () => {
  it('reads "played host on Thursday to X and Y" with its host', () => {
    const [m] = meetings('Hassan Rouhani played host on Thursday to Nikol Pashinyan and Ilham Aliyev in Tehran.', '2019-02-08');
    expect(m).toMatchObject({ host: 'Hassan Rouhani', location: 'Tehran', date: '2019-02-07' });
    expect(m.participants).toHaveLength(3);
  });

  it('reads "X told Y in a phone call" as a call between them', () => {
    const [m] = meetings('Vladimir Putin told Recep Tayyip Erdogan in a phone call on Tuesday that he was concerned.', '2020-10-01');
    expect([...m.participants].sort()).toEqual(['Recep Tayyip Erdoğan', 'Vladimir Putin']);
    expect(m.mode).toBe('phone');
  });

  it('reads a signing with someone as a meeting, a signing alone as none', () => {
    const [m] = meetings('Serzh Sargsyan and Ilham Aliyev signed a declaration with Dmitry Medvedev outside Moscow on Sunday.', '2008-11-03');
    expect(m.participants).toHaveLength(3);
    expect(meetings('Nikol Pashinyan and Ilham Aliyev are expected to sign a peace treaty.', '2023-05-17')).toHaveLength(0);
  });

  it('reads "X and Y spoke informally" as a conversation of the two', () => {
    const [m] = meetings('Ilham Aliyev and Nikol Pashinyan spoke informally in Tirana on 16 May.', '2025-06-01');
    expect(m).toMatchObject({ location: 'Tirana', date: '2025-05-16', status: 'held' });
    expect(meetings('Nikol Pashinyan spoke at length about the border.', '2025-06-01')).toHaveLength(0);
  });
});

describe('bare family names shared by several people', () => {
  it('gives "Aliyev" to the Aliyev named in full nearest before it, though the other is named later', () => {
    const ms = meetings(
      'Ilham Aliyev and Serzh Sargsyan met in Sochi on 10 August 2014. Vladimir Putin also held a separate meeting with Aliyev there. '
      + 'Their fathers\' generation had it no easier: Heydar Aliyev met Robert Kocharyan at Key West in 2001.',
      '2014-08-12',
    );
    expect(pairs(ms)).toContain('Ilham Aliyev + Vladimir Putin');
    expect(pairs(ms).join(' ')).not.toMatch(/Heydar Aliyev \+ Vladimir Putin|Vladimir Putin \+ Heydar/);
  });

  it('gives a family name before any full name to the one in office at the article date', () => {
    const ms = meetings(
      'Aliyev received the Russian foreign minister Sergei Lavrov in Baku on Monday. The visit recalled how Heydar Aliyev had hosted Yevgeny Primakov in 1997, '
      + 'years before Ilham Aliyev took office.',
      '2016-04-26',
    );
    expect(pairs(ms)).toContain('Ilham Aliyev + Sergey Lavrov');
  });
});

describe('group references to people named before', () => {
  it('reads "each of them" as the pair just named, one meeting each', () => {
    const ms = meetings(
      'Serzh Sargsyan and Ilham Aliyev arrived in Washington on Tuesday. Barack Obama received each of them at the White House on Wednesday.',
      '2016-03-30',
    );
    expect(pairs(ms)).toEqual(expect.arrayContaining(['Barack Obama + Serzh Sargsyan', 'Barack Obama + Ilham Aliyev']));
    expect(pairs(ms)).not.toContain('Barack Obama + Ilham Aliyev + Serzh Sargsyan');
  });

  it('gives "the mediators" every co-chair the article named and the Personal Representative', () => {
    const ms = meetings(
      'The co-chairs Igor Popov, Stephane Visconti and Andrew Schofer toured the region this week; Andrzej Kasprzyk travelled with them. '
      + 'On Thursday Zohrab Mnatsakanyan held talks with the mediators in Yerevan.',
      '2019-05-17',
    );
    expect(pairs(ms)).toContain('Andrew Schofer + Andrzej Kasprzyk + Igor Popov + Stéphane Visconti + Zohrab Mnatsakanyan');
  });

  it('gives "the co-chairs" the co-chairs the knowledge base knows, when the article named them', () => {
    const ms = meetings(
      'Igor Popov of Russia, Stephane Visconti of France and Andrew Schofer of the United States flew to Baku on Monday. '
      + 'There the co-chairs met Elmar Mammadyarov.',
      '2018-09-11',
    );
    expect(pairs(ms)).toContain('Andrew Schofer + Elmar Mammadyarov + Igor Popov + Stéphane Visconti');
  });

  it('leaves "both leaders" unnamed when the article names more than three leaders', () => {
    const ms = meetings(
      'Jacques Chirac and George W. Bush discussed the Caucasus in Paris in March. Robert Kocharyan and Heydar Aliyev talked in Key West. '
      + 'Later, Colin Powell saw each president alone, then hosted a dinner with both leaders in a hotel.',
      '2001-04-07',
    );
    expect(pairs(ms).join(' ')).not.toMatch(/Colin Powell \+ George W\. Bush \+ Jacques Chirac|Colin Powell \+ Jacques Chirac/);
  });

  it('does not take the subject after an opening clause for a label in apposition', () => {
    const ms = meetings(
      'Igor Popov and Andrew Schofer met Nikol Pashinyan on Monday. After the talks with the co-chairs, Nikol Pashinyan and Zohrab Mnatsakanyan flew to Moscow. '
      + 'On Tuesday the co-chairs met Ilham Aliyev in Baku.',
      '2019-01-16',
    );
    expect(pairs(ms)).toContain('Andrew Schofer + Igor Popov + Ilham Aliyev');
  });
});

describe('the first person of a statement page or a transcript', () => {
  it('reads "I" in a statement page as the author its heading names', () => {
    const ms = meetings(
      'Statement by President Charles Michel after the trilateral meeting in Brussels\n\n'
      + 'This evening I once again hosted President Ilham Aliyev and Prime Minister Nikol Pashinyan in Brussels. '
      + 'Our discussion was open and frank.',
      '2023-05-14',
    );
    expect(pairs(ms)).toEqual(['Charles Michel + Ilham Aliyev + Nikol Pashinyan']);
  });

  it('reads "we" as the author and the people just named', () => {
    const ms = meetings(
      'Remarks by President Charles Michel following his meeting with the leaders\n\n'
      + 'Today I received President Ilham Aliyev and Prime Minister Nikol Pashinyan. '
      + 'We agreed to meet again in Brussels in July.',
      '2022-05-22',
    );
    expect(ms.some((m) => m.status === 'planned' && m.participants.length === 3 && m.participants.includes('Charles Michel'))).toBe(true);
  });

  it('reads "I" in a transcript paragraph as the speaker its label names, and leaves a page without either alone', () => {
    const ms = meetings(
      'Beginning of the meeting with the President of Azerbaijan\n\n'
      + 'President of Russia Vladimir Putin: Mr President, I am glad to see you. Last month I met Nikol Pashinyan in Moscow.\n\n'
      + 'President of Azerbaijan Ilham Aliyev: Thank you.',
      '2022-11-20',
    );
    expect(pairs(ms)).toContain('Nikol Pashinyan + Vladimir Putin');
    expect(meetings('Last month I met Nikol Pashinyan in Moscow, a reader writes.', '2022-11-20')).toHaveLength(0);
  });
});

describe('role phrases through dated offices', () => {
  it('gives a role the person named who held it at the article date, else the one named who held it ever', () => {
    const look = 'Heydar Aliyev died in 2003. In April 2001 Colin Powell met the Azerbaijani president in Key West.';
    expect(pairs(meetings(look, '2014-05-02'))).toEqual(['Colin Powell + Heydar Aliyev']);
    const both = 'Ilham Aliyev spoke in Baku on Friday. Heydar Aliyev, his father, ruled until 2003. Vladimir Putin met the Azerbaijani president in Sochi on Saturday.';
    expect(pairs(meetings(both, '2014-04-28'))).toEqual(['Ilham Aliyev + Vladimir Putin']);
  });

  it('gives no one a role the article never names anybody for', () => {
    expect(meetings('The Kremlin said Vladimir Putin had received the Armenian premier on Wednesday.', '2021-04-08')).toHaveLength(0);
  });
});

describe('labels with their names in apposition', () => {
  it('reads "their foreign ministers, X and Y" after a long list of co-chairs as more people at the table', () => {
    const [m] = meetings(
      'On Friday Robert Kocharyan and Ilham Aliyev sat down in a wider format with the three co-chairs of the OSCE Minsk Group - Steven Mann of the United States, '
      + 'Yuri Merzlyakov of Russia and Bernard Fassier of France - together with their foreign ministers, Vardan Oskanian and Elmar Mammadyarov.',
      '2006-02-12',
    );
    expect([...m.participants].sort()).toEqual(['Bernard Fassier', 'Elmar Mammadyarov', 'Ilham Aliyev', 'Robert Kocharyan', 'Steven Mann', 'Vartan Oskanian', 'Yuri Merzlyakov']);
  });

  it('leaves "their foreign ministers" without names to nobody', () => {
    const [m] = meetings('Robert Kocharyan and Ilham Aliyev met in Paris on Friday, without their foreign ministers.', '2006-02-12');
    expect([...m.participants].sort()).toEqual(['Ilham Aliyev', 'Robert Kocharyan']);
  });
});

describe('roles of "the two countries"', () => {
  it('reads "the two countries\' foreign ministers" and "the leaders of both countries" as the pair named before', () => {
    const a = meetings('Jeyhun Bayramov and Ararat Mirzoyan arrived in Moscow on Monday. The two countries\' foreign ministers met Sergei Lavrov on Tuesday.', '2022-04-07');
    expect(pairs(a)).toEqual(['Ararat Mirzoyan + Jeyhun Bayramov + Sergey Lavrov']);
    const b = meetings('Ilham Aliyev and Nikol Pashinyan were in Brussels on Monday. Charles Michel received the leaders of both countries on Tuesday.', '2022-04-07');
    expect(pairs(b)).toEqual(['Charles Michel + Ilham Aliyev + Nikol Pashinyan']);
  });

  it('names nobody for "the presidents of the two countries" when the article names none', () => {
    expect(meetings('The presidents of the two countries last met in June, officials said.', '2019-09-01')).toHaveLength(0);
  });
});

describe('role phrases that name their country in their own words', () => {
  it('reads "the Kremlin chief", "the European Council president" and "the U.S. secretary of state" as the people named who hold them', () => {
    expect(pairs(meetings('Vladimir Putin was in Sochi. Later the Kremlin chief hosted Nikol Pashinyan in Moscow on Wednesday.', '2022-04-07')))
      .toEqual(['Nikol Pashinyan + Vladimir Putin']);
    expect(pairs(meetings('Charles Michel spoke on Monday. The European Council president hosted Nikol Pashinyan and Ilham Aliyev in Brussels on Tuesday.', '2022-04-07')))
      .toEqual(['Charles Michel + Ilham Aliyev + Nikol Pashinyan']);
    expect(pairs(meetings('Antony Blinken flew in. The U.S. secretary of state spoke by phone with Nikol Pashinyan on Tuesday.', '2022-04-07')))
      .toEqual(['Antony Blinken + Nikol Pashinyan']);
  });
});

describe('a label that says what its people are before naming them', () => {
  const text = 'Colin Powell opened the talks on Tuesday with Robert Kocharyan, Heydar Aliyev and the three diplomats who co-chair the Minsk Group: '
    + 'Ambassador Carey Cavanaugh of the United States, Jean-Jacques Gaillarde of France and Russia\'s first deputy foreign minister, Vyacheslav Trubnikov. '
    + 'On Wednesday the co-chairs held separate sessions with Kocharyan and with Aliyev, and Cavanaugh said progress had been made.';

  it('gives the label every name after its colon, the first one titled', () => {
    const ms = meetings(text, '2001-04-07');
    expect(pairs(ms)).toContain('Carey Cavanaugh + Colin Powell + Heydar Aliyev + Jean-Jacques Gaillarde + Robert Kocharyan + Vyacheslav Trubnikov');
  });

  it('gives "the co-chairs" those names later, and leaves the speaker of ", and X said" out of the people met', () => {
    const ms = meetings(text, '2001-04-07');
    expect(pairs(ms)).toEqual(expect.arrayContaining([
      'Carey Cavanaugh + Jean-Jacques Gaillarde + Robert Kocharyan + Vyacheslav Trubnikov',
      'Carey Cavanaugh + Heydar Aliyev + Jean-Jacques Gaillarde + Vyacheslav Trubnikov',
    ]));
  });
});

describe('group anaphors with more people around', () => {
  it('gives "both leaders" the two sides\' leaders when the story names other leaders too', () => {
    const ms = meetings(
      'Serzh Sargsyan and Ilham Aliyev will meet in Vienna on Tuesday. Barack Obama called for progress. Recep Tayyip Erdogan said Turkey would help. '
      + 'Diplomats said so earlier in the year. Officials noted the date. The venue was confirmed. '
      + 'John Kerry has spoken to both leaders by telephone over the past few days.',
      '2013-11-18',
    );
    expect(pairs(ms)).toEqual(expect.arrayContaining(['Ilham Aliyev + John Kerry + Serzh Sargsyan']));
  });

  it('gives "the ministers" those of the group just named who are ministers', () => {
    const ms = meetings(
      'Stephen Biegun hosted Jeyhun Bayramov and Zohrab Mnatsakanyan in Washington on Saturday. The ministers agreed to meet again in Geneva on Thursday.',
      '2020-10-25',
    );
    expect(pairs(ms)).toContain('Jeyhun Bayramov + Zohrab Mnatsakanyan');
  });
});

describe('"as well as" in a long list of people at one meeting', () => {
  it('keeps the names after "as well as the co-chairs" in the list of those who attended', () => {
    const [m] = meetings(
      'Then the meeting of Serzh Sargsyan and Ilham Aliyev took place, which was attended by John Kerry and Sergey Lavrov, '
      + 'as well as the Minsk Group co-chairs Igor Popov (Russia), James Warlick (USA) and Pierre Andrieu (France).',
      '2016-05-16',
    );
    expect([...m.participants].sort()).toEqual(['Igor Popov', 'Ilham Aliyev', 'James Warlick', 'John Kerry', 'Pierre Andrieu', 'Sergey Lavrov', 'Serzh Sargsyan']);
  });
});

describe('"the host"', () => {
  it('reads "the host" as the host of the meeting just told, and "the host country" as nobody', () => {
    const ms = meetings('Vladimir Putin received Ilham Aliyev in Sochi on Monday. Later Nikol Pashinyan also met the host.', '2022-10-31');
    expect(pairs(ms)).toEqual(['Ilham Aliyev + Vladimir Putin', 'Nikol Pashinyan + Vladimir Putin']);
    expect(meetings('Vladimir Putin hosted talks in Sochi. Later Nikol Pashinyan met the host country\'s envoys.', '2022-10-31')).toHaveLength(0);
  });
});

describe("a bare 'they'/'them' keeps to the story's topic", () => {
  it('names the pair the last pronoun named, not the larger company they were last seen in', () => {
    const text = 'Ilham Aliyev and Nikol Pashinyan have met often this year. In Prague in October they sat down with Emmanuel Macron and Charles Michel. In August Michel had brought them together in Brussels.';
    expect(pairs(meetings(text, '2022-11-01'))).toEqual([
      'Charles Michel + Emmanuel Macron + Ilham Aliyev + Nikol Pashinyan',
      'Charles Michel + Ilham Aliyev + Nikol Pashinyan',
    ]);
  });

  it('still names the whole company when no pronoun named a smaller group', () => {
    const text = 'Vladimir Putin hosted Ilham Aliyev and Nikol Pashinyan in Sochi on Friday. Afterwards Dmitry Peskov said they had agreed on a border commission.';
    expect(pairs(meetings(text, '2022-11-01'))).toEqual(['Ilham Aliyev + Nikol Pashinyan + Vladimir Putin']);
  });
});
