import { describe, it, expect } from '@jest/globals';
import { processText } from '../src/pipeline/process.js';
import { loadKnowledge } from '../src/knowledge/index.js';
import { EntityAggregator } from '../src/aggregate/entities.js';
import { CeasefireAggregator } from '../src/aggregate/ceasefires.js';
import { MeetingAggregator } from '../src/aggregate/meetings.js';
import { Timeline } from '../src/aggregate/timeline.js';
import { Smallest } from '../src/aggregate/order.js';
import type { ArticleFacts } from '../src/types.js';

// `merge` gets articles in whatever order the shards finish: every aggregate must come out
// the same for any arrival order.

const k = loadKnowledge();
const articles: ArticleFacts[] = [
  processText('c.txt', 'Armenian Prime Minister Nikol Pashinian met Ilham Aliyev in Brussels on Sunday. Both sides accused each other of violating the November 2020 ceasefire.', k, { date: '2023-05-15' }),
  processText('a.txt', 'Ilham Aliyev and Nikol Pashinyan held talks in Brussels on May 14 with Charles Michel. The 2020 truce was holding, officials said.', k, { date: '2023-05-16' }),
  processText('b.txt', 'Pashinyan and Aliyev met in Brussels, the Armenian government said. Azerbaijan accused Armenia of breaking the cease-fire on Monday.', k, { date: '2023-05-17' }),
];
const orders = [[0, 1, 2], [2, 1, 0], [1, 0, 2], [2, 0, 1]];

function run<A extends { add(f: ArticleFacts): void }, R>(make: () => A, result: (a: A) => R): R[] {
  return orders.map((o) => { const a = make(); for (const i of o) a.add(articles[i]); return result(a); });
}

describe('aggregates do not depend on the order articles arrive in', () => {
  it.each([
    ['entities', () => run(() => new EntityAggregator(), (a) => a.result())],
    ['ceasefires', () => run(() => new CeasefireAggregator(), (a) => a.result())],
    ['meetings', () => run(() => new MeetingAggregator(), (a) => a.result())],
    ['meetings per article', () => run(() => new MeetingAggregator(true), (a) => a.result())],
    ['timeline', () => run(() => new Timeline(), (a) => ({ articles: a.articles, entries: a.result() }))],
  ])('%s', (_name, results) => {
    const all = results();
    expect(JSON.stringify(all[0]).length).toBeGreaterThan(100);
    for (const r of all.slice(1)) expect(r).toEqual(all[0]);
  });

  it('keeps the evidence of the first articles by path, not by arrival', () => {
    const rows = run(() => new EntityAggregator(), (a) => a.result().find((e) => e.name === 'Nikol Pashinyan')!);
    expect(rows[0].files).toEqual(['a.txt', 'b.txt', 'c.txt']);
    expect(rows[0].evidence[0].file).toBe('a.txt');
    expect(rows[1].aliases).toEqual(rows[0].aliases);
  });

  it('Smallest keeps the few items of lowest rank', () => {
    const s = new Smallest<string>(2);
    for (const [v, file, index] of [['z', 'c', 0], ['x', 'a', 1], ['y', 'a', 0], ['w', 'b', 5]] as const) s.add(v, { file, index });
    expect(s.values()).toEqual(['y', 'x']);
  });
});
