import type { ExtractionLimit } from '../types.js';

// Work and output bounds per article. Real articles stay far below every one of them (a wire
// story has a few dozen meetings and dates); a hostile or generated file reaches them, and
// then the article reports which limit it hit (`limits` in the JSON, the `extraction-limit`
// rule of `check`) instead of hanging or printing gigabytes.

export const EXTRACTION_LIMITS = {
  /** meeting reports merged per article; past it the rest are not read */
  meetingReports: 20_000,
  /** compatibility tests while merging meeting reports (each a few comparisons) */
  meetingComparisons: 2_000_000,
};

/** Records that a stage stopped at a limit (once per stage). */
export function noteLimit(limits: ExtractionLimit[] | undefined, stage: string, message: string): void {
  if (limits && !limits.some((l) => l.stage === stage)) limits.push({ stage, message });
}
