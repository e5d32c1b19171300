import { describe, it, expect } from '@jest/globals';
import { WORKER_SHARE, workersWanted } from '../src/pipeline/pool-size.js';

// How many workers a run starts: one unless the work expected pays for more.

const demand = (files: number | undefined, taken: number, sent: number, pending = 0) => ({ limit: 2, files, taken, sent, pending, window: 8 });

describe('worker pool size', () => {
  it('starts every worker for a large on-topic corpus once its first files went by', () => {
    expect(workersWanted(demand(1000, 1, 1))).toBe(1);
    expect(workersWanted(demand(1000, 8, 8, 7))).toBe(2);
    // never more than the limit
    expect(workersWanted({ ...demand(100_000, 8, 8, 7), limit: 2 })).toBe(2);
    expect(workersWanted({ ...demand(100_000, 8, 8, 7), limit: 8 })).toBe(8);
  });

  it('keeps one worker for a few hundred articles', () => {
    expect(workersWanted(demand(200, 8, 8, 7))).toBe(1);
    expect(workersWanted(demand(2 * WORKER_SHARE - 20, 8, 8, 7))).toBe(1);
    expect(workersWanted(demand(2 * WORKER_SHARE + 20, 8, 8, 7))).toBe(2);
  });

  it('reads the rate at which files reach the pool: a mostly off-topic archive needs fewer workers', () => {
    // 2,000 files, one in ten on topic: about 200 articles for the workers
    expect(workersWanted(demand(2000, 100, 10, 2))).toBe(1);
    // 20,000 files at that rate: about 2,000
    expect(workersWanted(demand(20_000, 100, 10, 2))).toBe(2);
    // the rest of a cached re-run: few misses, one worker
    expect(workersWanted(demand(5000, 4000, 3, 1))).toBe(1);
  });

  it('starts every worker when the number of articles is unknown (JSON Lines, stdin)', () => {
    expect(workersWanted(demand(undefined, 1, 1))).toBe(2);
  });
});
