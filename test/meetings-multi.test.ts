import { describe, it, expect } from '@jest/globals';
import { meetingsOf as meetings, pairs as sets, who as set } from './helpers.js';

// Which meetings, and how many, a sentence or a paragraph tells: possessive 'their', a pair the
// story is about against a host and his guest, role phrases with 'head(s) of', reports of a few of
// the lead meeting's people on another day. Articles of our own.


describe("'their' before a meeting noun", () => {
  it('names the pair the story is about ("Their first meeting followed ...")', () => {
    const ms = meetings('Ilham Aliyev and Nikol Pashinyan spoke briefly at a forum in Tirana on 16 May. Their first full bilateral meeting followed on 10 July in Abu Dhabi.', '2026-01-14');
    const abu = ms.find((m) => m.location === 'Abu Dhabi');
    expect(abu).toMatchObject({ participants: expect.arrayContaining(['Ilham Aliyev', 'Nikol Pashinyan']), date: '2025-07-10', status: 'held' });
    expect(abu?.participants).toHaveLength(2);
  });

  it('names the people of its own clause, however they are joined ("envoys - X for Turkey and Y - who held their first round of talks")', () => {
    const ms = meetings('Ankara and Yerevan named envoys in December \u2014 diplomat Serdar Kilic for Turkey and Ruben Rubinyan, a deputy speaker \u2014 who held their first round of talks in Moscow on 14 January.', '2022-03-01');
    expect(sets(ms)).toEqual(['Ruben Rubinyan + Serdar Kılıç']);
    expect(ms[0]).toMatchObject({ location: 'Moscow', date: '2022-01-14' });
  });

  it('reads "said they stand by their meeting in Vienna" in a statement as that meeting', () => {
    const ms = meetings('Sergey Lavrov and Jeyhun Bayramov said in a joint statement that they stood by the outcome of their meeting in Moscow on 3 March.', '2023-04-10');
    expect(sets(ms)).toEqual(['Jeyhun Bayramov + Sergey Lavrov']);
    expect(ms[0]).toMatchObject({ location: 'Moscow', date: '2023-03-03' });
  });

  it('makes no meeting of "their meeting with" people it does not name', () => {
    const ms = meetings('Vladimir Putin, Ilham Aliyev and Nikol Pashinyan praised the mediators and recalled their meeting with the parties in Madrid in 2007.', '2021-01-12');
    expect(ms).toHaveLength(0);
  });
});

describe('a pair the story is about', () => {
  it('takes "both leaders" for the two sides, not the host who had received one of them', () => {
    const ms = meetings([
      'Ilham Aliyev and Nikol Pashinyan met in Abu Dhabi on 10 July.',
      'The UAE president, Mohamed bin Zayed Al Nahyan, who had received the Armenian premier the day before, lent the venue.',
      'On 8 August Donald Trump received both leaders at the White House, first separately and then together.',
    ].join(' '), '2025-08-20');
    const washington = ms.filter((m) => m.location === 'Washington').map(set).sort();
    expect(washington).toEqual(['Donald Trump + Ilham Aliyev', 'Donald Trump + Ilham Aliyev + Nikol Pashinyan', 'Donald Trump + Nikol Pashinyan']);
  });

  it('still takes "the two leaders" for a host and his guest when the text told of no other pair', () => {
    const ms = meetings('Vladimir Putin received Nikol Pashinyan in the Kremlin on Monday. The two leaders then met again over dinner on Tuesday.', '2023-05-26');
    expect(ms.map(set)).toEqual(['Nikol Pashinyan + Vladimir Putin', 'Nikol Pashinyan + Vladimir Putin']);
  });
});

describe("role phrases with 'head(s) of'", () => {
  it('reads "the head of the Russian state" and "the heads of Azerbaijan and Armenia"', () => {
    const a = meetings('Vladimir Putin spoke to reporters in Sochi on Friday. Before the talks, the head of the Russian state had held separate conversations with Ilham Aliyev and with Nikol Pashinyan.', '2021-11-27');
    expect(sets(a)).toEqual(['Ilham Aliyev + Vladimir Putin', 'Nikol Pashinyan + Vladimir Putin']);
    const b = meetings('The heads of Azerbaijan and Armenia, Ilham Aliyev and Nikol Pashinyan, were the guests of honour. The heads of Azerbaijan and Armenia met in Brussels on Sunday.', '2022-05-23');
    expect(sets(b)).toEqual(['Ilham Aliyev + Nikol Pashinyan']);
  });

  it('takes no office from "the Azerbaijani head of delegation"', () => {
    const ms = meetings('Ilham Aliyev named a new negotiator. The Azerbaijani head of delegation met Ruben Rubinyan in Vienna.', '2022-05-23');
    expect(ms).toHaveLength(0);
  });
});

describe("the lead's meeting and reports of some of its people", () => {
  it('keeps "A and B met in Vienna on May 16" apart from the undated trilateral the lead reports', () => {
    const ms = meetings([
      'Vladimir Putin held a trilateral meeting with President of Azerbaijan Ilham Aliyev and President of Armenia Serzh Sargsyan in St Petersburg.',
      'Aliyev and Sargsyan said they stood by the understandings of their meeting in Vienna on May 16.',
    ].join(' '), '2016-06-20');
    expect(ms.map((m) => [set(m), m.location, m.date])).toEqual([
      ['Ilham Aliyev + Serzh Sargsyan + Vladimir Putin', 'Saint Petersburg', '2016-06-20'],
      ['Ilham Aliyev + Serzh Sargsyan', 'Vienna', '2016-05-16'],
    ]);
  });

  it('still folds an undated report of the pair into the lead meeting', () => {
    const ms = meetings([
      'Vladimir Putin hosted talks with President of Azerbaijan Ilham Aliyev and President of Armenia Serzh Sargsyan in Sochi on Friday.',
      'Aliyev and Sargsyan met in Sochi for the first time since the war.',
    ].join(' '), '2021-11-27');
    expect(ms).toHaveLength(1);
  });

  it('does not let a plan told later take a meeting dated before the article', () => {
    const ms = meetings([
      'Ilham Aliyev and Nikol Pashinyan held their first bilateral meeting on 10 July in Abu Dhabi.',
      'Whether Aliyev will sit down with Pashinyan in Yerevan next spring is the question diplomats keep asking.',
    ].join(' '), '2025-12-01');
    const abu = ms.find((m) => m.location === 'Abu Dhabi');
    expect(abu).toMatchObject({ status: 'held', date: '2025-07-10' });
  });
});

describe('a meeting named by its place in a series ("the previous one took place ...")', () => {
  it('gives it the people of the meeting just told, and its own venue and date', () => {
    const a = meetings([
      'Dmitry Medvedev, Ilham Aliyev and Serzh Sargsyan held talks in Kazan on Friday.',
      'The meeting lasted three hours. The Kazan summit was the ninth that Medvedev has hosted.',
      'The previous one took place in Sochi on March 5.',
    ].join(' '), '2011-06-24');
    const sochi = a.find((m) => m.location === 'Sochi');
    expect(sochi && set(sochi)).toBe('Dmitry Medvedev + Ilham Aliyev + Serzh Sargsyan');
    expect(sochi?.date).toBe('2011-03-05');
    const b = meetings('Ararat Mirzoyan and Jeyhun Bayramov held a second round of talks in Almaty on Friday; the first was held in Washington in November.', '2024-05-11');
    expect(b.map((m) => [set(m), m.location])).toEqual([
      ['Ararat Mirzoyan + Jeyhun Bayramov', 'Almaty'],
      ['Ararat Mirzoyan + Jeyhun Bayramov', 'Washington'],
    ]);
    const c = meetings('Olaf Scholz hosted Nikol Pashinyan and Ilham Aliyev in Munich on Saturday. The next one will be held in Berlin in March.', '2024-02-18');
    expect(c.find((m) => m.location === 'Berlin')).toMatchObject({ status: 'planned', participants: expect.arrayContaining(['Olaf Scholz', 'Nikol Pashinyan', 'Ilham Aliyev']) });
  });

  it('reads "the latest of which took place in X" only when its own sentence tells whose meetings they were', () => {
    const a = meetings('Robert Kocharyan and Ilham Aliyev have met three times this year, the latest of which took place in Kazan in August.', '2005-10-01');
    expect(a.find((m) => m.location === 'Kazan')).toMatchObject({ date: '2005-08' });
    const b = meetings('Robert Kocharyan and Ilham Aliyev met at Rambouillet on Friday. It differed from the corridor encounters of the past two years, the latest of which took place in Kazan in August.', '2006-02-12');
    expect(b.map((m) => m.location)).toEqual(['Rambouillet']);
  });

  it('points to nothing when a meeting noun just before named nobody, nor after a long gap', () => {
    const a = meetings('Dmitry Medvedev received Serzh Sargsyan in Yerevan in October. It was only the second meeting between the two Caucasus neighbours; the first took place in St Petersburg in June.', '2008-11-03');
    expect(a.map((m) => m.location)).toEqual(['Yerevan']);
    const b = meetings('The first took place in Sochi in January, officials said.', '2010-10-27');
    expect(b).toHaveLength(0);
  });
});

describe('a meeting noun placed in a series ("the next meeting", "previous meeting")', () => {
  it('takes the people of the meeting told, and the companions its own clause adds', () => {
    const text = [
      'The trilateral meeting between Ilham Aliyev, Charles Michel and Nikol Pashinyan was held in Brussels yesterday.',
      'The meeting, held in the Europa building, first took place in a narrow format.',
      'Following the meeting, Michel read a statement. He said the border was discussed.',
      'The next meeting in the five-party format, with the participation of Emmanuel Macron and Olaf Scholz, is planned for October in Granada.',
      'The previous meeting in the five-party format was held on June 1 in Chisinau.',
    ].join(' ');
    const ms = meetings(text, '2023-07-16');
    const five = 'Charles Michel + Emmanuel Macron + Ilham Aliyev + Nikol Pashinyan + Olaf Scholz';
    expect(ms.map((m) => [set(m), m.location, m.status])).toEqual([
      ['Charles Michel + Ilham Aliyev + Nikol Pashinyan', 'Brussels', 'held'],
      [five, 'Granada', 'planned'],
      [five, 'Chisinau', 'held'],
    ]);
  });

  it('says nothing of "the next meeting of the working group"', () => {
    const ms = meetings('Ilham Aliyev and Nikol Pashinyan met in Brussels on Sunday. The next meeting of the working group will be held in Moscow.', '2022-05-23');
    expect(ms.map((m) => m.location)).toEqual(['Brussels']);
  });
});

describe('readout and transcript voices', () => {
  it('reads "The Secretary" of a State Department readout as the Secretary of State it names', () => {
    const ms = meetings('Secretary of State Antony Blinken today hosted Ararat Mirzoyan and Jeyhun Bayramov in Arlington. The Secretary had opened the talks with both ministers on Monday.', '2023-05-04');
    expect(ms.map(set)).toEqual(['Antony Blinken + Ararat Mirzoyan + Jeyhun Bayramov', 'Antony Blinken + Ararat Mirzoyan + Jeyhun Bayramov']);
    const other = meetings('Ilham Aliyev met the Secretary of the Security Council, Armen Grigoryan, in Baku.', '2023-05-04');
    expect(other.map(set)).toEqual(['Armen Grigoryan + Ilham Aliyev']);
  });

  it("keeps a transcript speaker's 'we' for the paragraphs after his label ('The last time we gathered ...')", () => {
    const text = [
      'Vladimir Putin held a trilateral meeting with Ilham Aliyev and Nikol Pashinyan in Sochi.',
      '',
      'President of Russia Vladimir Putin: Mr Aliyev, Mr Pashinyan, colleagues, good afternoon.',
      '',
      'The last time we gathered in this format was in Moscow, on 11 January.',
    ].join('\n');
    const ms = meetings(text, '2022-10-31');
    expect(ms.find((m) => m.location === 'Moscow')).toMatchObject({ date: '2022-01-11', participants: expect.arrayContaining(['Vladimir Putin', 'Ilham Aliyev', 'Nikol Pashinyan']) });
  });
});

describe('background lists of meetings', () => {
  it('reads a venue described before its name ("in the resort of Sochi in January and in Saint Petersburg in June")', () => {
    const a = meetings('Today\'s meeting was the third this year. Dmitry Medvedev, Ilham Aliyev and Serzh Sargsyan met in the resort of Sochi in January and in Saint Petersburg in June.', '2010-10-27');
    expect(a.map((m) => [m.location, m.date])).toEqual([['Sochi', '2010-01'], ['Saint Petersburg', '2010-06']]);
    const b = meetings('Ilham Aliyev and Serzh Sargsyan had met in the Volga city of Astrakhan in October and at Meiendorf in November 2008.', '2009-02-01');
    expect(b.map((m) => [m.location, m.date])).toEqual([['Astrakhan', '2008-10'], ['Moscow', '2008-11']]);
  });
});

describe('a smaller meeting inside a larger one', () => {
  it('reads "X and his counterpart first talked one on one" apart from the three-way talks the host then joined', () => {
    const ms = meetings([
      'Serzh Sargsyan and Ilham Aliyev signed a declaration with Dmitry Medvedev at Meiendorf castle outside Moscow on November 2.',
      'The Armenian president and his Azerbaijani counterpart first talked one on one for two hours.',
      'Medvedev then joined them and the talks continued in a three-way format.',
    ].join(' '), '2008-11-03');
    expect(sets(ms)).toEqual(['Dmitry Medvedev + Ilham Aliyev + Serzh Sargsyan', 'Ilham Aliyev + Serzh Sargsyan']);
    expect(ms.every((m) => m.date === '2008-11-02')).toBe(true);
  });

  it('reads "then the presidents continued alone" and "X and Y carried on without her" as the smaller meeting', () => {
    const a = meetings([
      'Serzh Sargsyan and Ilham Aliyev sat down at a residence outside Bern on 19 December.',
      'The session opened in the presence of the co-chairs, Igor Popov, James Warlick and Pierre Andrieu.',
      'Then the presidents continued alone.',
    ].join(' '), '2015-12-21');
    expect(sets(a)).toEqual(['Igor Popov + Ilham Aliyev + James Warlick + Pierre Andrieu + Serzh Sargsyan', 'Ilham Aliyev + Serzh Sargsyan']);
    const b = meetings('On 28 February Annalena Baerbock chaired a three-way session with Ararat Mirzoyan and Jeyhun Bayramov in Berlin. Mirzoyan and Bayramov carried on without her on 29 February.', '2024-03-05');
    expect(b.map((m) => [set(m), m.date])).toEqual([
      ['Annalena Baerbock + Ararat Mirzoyan + Jeyhun Bayramov', '2024-02-28'],
      ['Ararat Mirzoyan + Jeyhun Bayramov', '2024-02-29'],
    ]);
  });

  it('takes "continued" for no meeting without such a cue', () => {
    expect(meetings('Ilham Aliyev and Nikol Pashinyan continued to trade accusations on Monday.', '2022-05-23')).toHaveLength(0);
  });
});

describe('a host with two guests, one after the other', () => {
  it('reads the manner past a long object ("received X of A and his counterpart, Y, one after the other")', () => {
    const a = meetings('Mike Pompeo spoke to reporters. The U.S. top diplomat received Jeyhun Bayramov of Azerbaijan and his Armenian counterpart, Zohrab Mnatsakanyan, one after the other.', '2020-10-24');
    expect(sets(a)).toEqual(['Jeyhun Bayramov + Mike Pompeo', 'Mike Pompeo + Zohrab Mnatsakanyan']);
    const b = meetings('Annalena Baerbock welcomed Ararat Mirzoyan, the Armenian foreign minister, and Jeyhun Bayramov, his Azerbaijani counterpart, separately at Villa Borsig.', '2024-02-29');
    expect(sets(b)).toEqual(['Annalena Baerbock + Ararat Mirzoyan', 'Annalena Baerbock + Jeyhun Bayramov']);
  });

  it('does not read the manner of the next clause into a meeting noun ("After the session with the mediators, X and Y talked one-on-one")', () => {
    const ms = meetings('Serzh Sargsyan and Ilham Aliyev sat down in Geneva with the co-chairs Igor Popov, Stephane Visconti and Andrew Schofer. After the session with the mediators and ministers, Sargsyan and Aliyev talked one-on-one.', '2017-10-17');
    expect(ms.every((m) => m.participants.length === 2 || m.participants.length === 5)).toBe(true);
  });
});

describe('a call to meet', () => {
  it('is no meeting ("urged both leaders to meet again", "called on X and Y to sit down")', () => {
    expect(meetings('Ilham Aliyev and Serzh Sargsyan spoke separately to reporters. Barack Obama urged both leaders in letters in September to meet again.', '2013-11-18')).toHaveLength(0);
    expect(meetings('The European Union called on Nikol Pashinyan and Ilham Aliyev to sit down without delay.', '2022-09-14')).toHaveLength(0);
    expect(meetings('Vladimir Putin pressed Ilham Aliyev and Nikol Pashinyan to meet in Moscow.', '2022-09-14')).toHaveLength(0);
  });

  it('still reads a plan they agreed to ("agreed to meet again in Geneva")', () => {
    const ms = meetings('Ilham Aliyev and Nikol Pashinyan agreed to meet again in Geneva next month.', '2022-09-14');
    expect(ms).toMatchObject([{ status: 'planned', location: 'Geneva' }]);
  });
});

describe('"each other" is together', () => {
  it('keeps one meeting when the people agreed on something about each other', () => {
    const ms = meetings('In Prague, Emmanuel Macron and Charles Michel sat down with Ilham Aliyev and Nikol Pashinyan and won a pledge to respect each other\'s borders.', '2022-10-07');
    expect(sets(ms)).toEqual(['Charles Michel + Emmanuel Macron + Ilham Aliyev + Nikol Pashinyan']);
  });
});

describe('the occasion of a meeting verb', () => {
  it('adds the host of "at talks hosted by X" to the meeting the verb told', () => {
    const a = meetings('Serzh Sargsyan and Ilham Aliyev last met in January 2012 in the resort of Sochi, at talks hosted by Dmitry Medvedev.', '2013-11-18');
    expect(a.map((m) => [set(m), m.location, m.date])).toEqual([['Dmitry Medvedev + Ilham Aliyev + Serzh Sargsyan', 'Sochi', '2012-01']]);
    const b = meetings('Ararat Mirzoyan and Jeyhun Bayramov met in Almaty on Friday at a session chaired by Murat Nurtleu.', '2024-05-11');
    expect(b.map((m) => [set(m), m.host])).toEqual([['Ararat Mirzoyan + Jeyhun Bayramov + Murat Nurtleu', 'Murat Nurtleu']]);
  });
});

describe('one subject, two occasions in one sentence', () => {
  it('reads "talks with X in A on D and with Y in B the following day" as two meetings', () => {
    const ms = meetings('The co-chairs Igor Popov and James Warlick held talks with Ilham Aliyev in Baku on Nov. 4 and with Serzh Sargsyan in Yerevan the following day.', '2013-11-18');
    expect(ms.map((m) => [set(m), m.location, m.date])).toEqual([
      ['Igor Popov + Ilham Aliyev + James Warlick', 'Baku', '2013-11-04'],
      ['Igor Popov + James Warlick + Serzh Sargsyan', 'Yerevan', '2013-11-05'],
    ]);
    const b = meetings('Sergey Lavrov met with Jeyhun Bayramov in Moscow on Monday and with Ararat Mirzoyan in Yerevan on Wednesday.', '2023-05-26');
    expect(b.map((m) => [set(m), m.location])).toEqual([['Jeyhun Bayramov + Sergey Lavrov', 'Moscow'], ['Ararat Mirzoyan + Sergey Lavrov', 'Yerevan']]);
  });

  it('gives a second predicate the subject of the first ("held talks in Moscow and later met again in Vienna")', () => {
    const ms = meetings('Serdar Kilic and Ruben Rubinyan held their first round of talks in Moscow on 14 January and later met again in Vienna.', '2022-07-01');
    expect(ms.map((m) => [set(m), m.location])).toEqual([['Ruben Rubinyan + Serdar Kılıç', 'Moscow'], ['Ruben Rubinyan + Serdar Kılıç', 'Vienna']]);
  });
});

describe('a plan for the next round', () => {
  it('reads "the Presidents agreed to hold the next round of talks in June" as the two presidents named before', () => {
    const ms = meetings([
      'Serzh Sargsyan and Ilham Aliyev met in Vienna today with the co-chairs Igor Popov and James Warlick.',
      'The Presidents also agreed to hold the next round of talks in June, at a place to be agreed.',
      'President of the Nagorno Karabakh Republic Bako Sahakyan was informed about the results.',
    ].join(' '), '2016-05-16');
    expect(ms.find((m) => m.status === 'planned')).toMatchObject({ participants: expect.arrayContaining(['Serzh Sargsyan', 'Ilham Aliyev']), date: '2016-06' });
    expect(ms.find((m) => m.status === 'planned')?.participants).toHaveLength(2);
  });
});

describe('meetings told inside quotation marks', () => {
  it('reads a quoted readout and a participant\'s own "When I met X" (the speaker is "I")', () => {
    const a = meetings('"Prime Minister Nikol Pashinyan received USAID Administrator Samantha Power," Pashinyan\'s office said in a readout after her visit to Yerevan on Monday.', '2023-09-28');
    expect(sets(a)).toEqual(['Nikol Pashinyan + Samantha Power']);
    expect(a[0]).toMatchObject({ location: 'Yerevan', date: '2023-09-25' });
    const b = meetings('"When I met President Ilham Aliyev in Vienna last month, we agreed to keep talking," Nikol Pashinyan said.', '2023-09-28');
    expect(b).toMatchObject([{ location: 'Vienna', date: '2023-08', status: 'held' }]);
    expect(sets(b)).toEqual(['Ilham Aliyev + Nikol Pashinyan']);
  });

  it('takes a wish, a condition or a denial in a quotation for no meeting', () => {
    expect(meetings('"We are ready to meet Ilham Aliyev anywhere, at any time," Nikol Pashinyan told reporters.', '2023-09-28')).toHaveLength(0);
    expect(meetings('"If Aliyev had met me in Prague, none of this would have happened," Nikol Pashinyan said.', '2023-09-28')).toHaveLength(0);
    expect(meetings('"I have never met Ilham Aliyev in person, not even once," Nikol Pashinyan said.', '2023-09-28')).toHaveLength(0);
  });
});

describe('guards on the new readings', () => {
  it("takes no group for a 'their' after a country's name", () => {
    const ms = meetings('Vladimir Putin met Ilham Aliyev in Moscow on Monday. Armenia and Azerbaijan resumed their talks in Geneva on Friday.', '2022-05-30');
    expect(ms.map((m) => m.location)).toEqual(['Moscow']);
  });

  it('reads "the head of the Azerbaijani diplomacy" as no leader', () => {
    const ms = meetings('Ilham Aliyev stayed in Baku. The head of the Azerbaijani diplomacy met Ararat Mirzoyan in Geneva.', '2022-05-30');
    expect(ms).toHaveLength(0);
  });

  it('reads "continued without a deal" as no meeting', () => {
    expect(meetings('Ilham Aliyev and Nikol Pashinyan continued without a deal on Monday.', '2022-05-30')).toHaveLength(0);
  });
});

describe('a title of that time in apposition', () => {
  it('names nobody else ("X, then Azerbaijan\'s president," in "when the four men met")', () => {
    const ms = meetings([
      'Akbar Hashemi Rafsanjani played host on Thursday to Levon Ter-Petrosyan and Yagub Mamedov, the acting Azerbaijani leader.',
      'A plan that Boris Yeltsin and Nursultan Nazarbayev worked out with Ter-Petrosyan and Ayaz Mutalibov, then Azerbaijan\'s president, when the four men met at Zheleznovodsk last September was never carried out.',
    ].join(' '), '1992-05-08');
    expect(ms.find((m) => m.location === 'Zheleznovodsk')?.participants).toHaveLength(4);
  });
});
