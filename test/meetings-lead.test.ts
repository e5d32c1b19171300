import { describe, it, expect } from '@jest/globals';
import { processText } from '../src/pipeline/process.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import { MeetingAggregator } from '../src/aggregate/meetings.js';
import { meetingsOf as meetings } from './helpers.js';

// The article's own meeting: dated to the article's day when its lead gives no date, placed at a
// dateline or at a press release's venue line. Articles of our own.

const k = loadKnowledge();

describe("the article's own meeting", () => {
  it('takes the article day for an undated meeting in the lead, and says the date was assumed', () => {
    const text = 'Press release\n\nVladimir Putin held a trilateral meeting with Ilham Aliyev and Nikol Pashinyan on the situation in the region.\n\nThe three leaders adopted a statement.';
    const [m] = meetings(text, '2022-10-31');
    expect(m).toMatchObject({ date: '2022-10-31', dateAssumed: true });
  });

  it('does not date a meeting outside the lead, a plan, or a meeting the text dates itself', () => {
    const body = 'Officials in Yerevan and Baku reported new shooting on the border overnight, with several soldiers wounded on each side.\n\n';
    const late = meetings(`${body}Vladimir Putin met Ilham Aliyev to discuss the fighting.`, '2022-10-31');
    expect(late[0]).toMatchObject({ date: null, dateAssumed: false });
    const plan = meetings('Vladimir Putin will meet Ilham Aliyev and Nikol Pashinyan to discuss the border and transport links.', '2022-10-31');
    expect(plan[0]).toMatchObject({ date: null, status: 'planned' });
    const dated = meetings('Vladimir Putin met Ilham Aliyev and Nikol Pashinyan on Monday to discuss the border and transport links.', '2022-11-02');
    expect(dated[0]).toMatchObject({ date: '2022-10-31', dateAssumed: false });
  });

  it('places the lead meeting at a title-case dateline with a dash, and at a venue line under the date', () => {
    const a = meetings('Astrakhan - Dmitry Medvedev hosted Ilham Aliyev and Serzh Sargsyan for talks on prisoners of war and other questions.', '2010-10-27');
    expect(a[0].location).toBe('Astrakhan');
    const b = meetings('June 20, 2016\nSt Petersburg, Konstantin Palace\n\nVladimir Putin held a trilateral meeting with Ilham Aliyev and Serzh Sargsyan on the settlement of the conflict.', '2016-06-20');
    expect(b[0]).toMatchObject({ location: 'Saint Petersburg', date: '2016-06-20' });
  });

  it('merges across articles a meeting dated by assumption with a report of the next day', () => {
    const agg = new MeetingAggregator();
    const lead = 'Vladimir Putin held talks with Ilham Aliyev and Serzh Sargsyan in St Petersburg about the conflict and the ceasefire.';
    agg.add(processText('a.txt', lead, k, { date: '2016-06-20' }));
    agg.add(processText('b.txt', lead, k, { date: '2016-06-21' }));
    expect(agg.result()).toHaveLength(1);
  });
});

describe("fuller reports of the article's own meeting", () => {
  it("take the lead meeting's day when they add people at the same venue, not elsewhere", () => {
    const lead = 'Serzh Sargsyan and Ilham Aliyev met on Monday in Geneva for their first face-to-face talks in more than a year.\n\n';
    const same = meetings(`${lead}Serzh Sargsyan and Ilham Aliyev sat down in Geneva for talks mediated by Igor Popov and Andrew Schofer.`, '2017-10-17');
    expect(same.find((m) => m.participants.length === 4)?.date).toBe('2017-10-16');
    const other = meetings(`${lead}Serzh Sargsyan and Ilham Aliyev sat down in Vienna for talks mediated by Igor Popov and Andrew Schofer.`, '2017-10-17');
    expect(other.find((m) => m.participants.length === 4)?.date).toBeNull();
  });
});

describe('status of the meeting a sentence reports', () => {
  it('reads a purpose after a past journey as held, an agreement reached at talks as held', () => {
    const [a] = meetings('Nikol Pashinyan flew to Sochi on Monday to meet Vladimir Putin.', '2018-05-16');
    expect(a).toMatchObject({ status: 'held', location: 'Sochi' });
    const [b] = meetings('Ilham Aliyev and Serzh Sargsyan agreed on Wednesday at a meeting hosted by Dmitry Medvedev in Astrakhan to exchange prisoners.', '2010-10-28');
    expect(b).toMatchObject({ status: 'held', location: 'Astrakhan', host: 'Dmitry Medvedev' });
    const [c] = meetings('Nikol Pashinyan is to fly to Sochi to meet Vladimir Putin.', '2018-05-16');
    expect(c.status).toBe('planned');
  });
});

describe('dates and plans read from tense', () => {
  it('reads "is due in X on Thursday for talks with Y" as a plan for the coming Thursday', () => {
    const [m] = meetings('Dmitry Medvedev is due in Yerevan on Thursday for talks with Serzh Sargsyan, his office said.', '2016-04-06');
    expect(m).toMatchObject({ status: 'planned', location: 'Yerevan', date: '2016-04-07' });
  });

  it('reads a bare weekday of a meeting held as the last one, and "will be held" after a noun as a plan', () => {
    const [a] = meetings('Charles Michel met Nikol Pashinyan in Brussels on Friday.', '2016-04-06');
    expect(a).toMatchObject({ status: 'held', date: '2016-04-01' });
    const [b] = meetings('A meeting of Jeyhun Bayramov and Ararat Mirzoyan will be held in Almaty.', '2024-05-01');
    expect(b).toMatchObject({ status: 'planned', location: 'Almaty' });
  });
});
