import type { Rule } from '../types.js';
import notReadable from './not-readable.js';
import notUtf8 from './not-utf8.js';
import binary from './binary.js';
import badMetadata from './bad-metadata.js';
import empty from './empty.js';
import furnitureOnly from './furniture-only.js';
import tooShort from './too-short.js';
import duplicate from './duplicate.js';
import nearDuplicate from './near-duplicate.js';
import offTopic from './off-topic.js';
import noDate from './no-date.js';
import extractionFailed from './extraction-failed.js';
import extractionLimit from './extraction-limit.js';
import expectedFacts from './expected-facts.js';
import jsonlBadLine from './jsonl-bad-line.js';
import jsonlNoText from './jsonl-no-text.js';
import htmlNoMainText from './html-no-main-text.js';
import metadataDateImpossible from './metadata-date-impossible.js';
import metadataDateDisagrees from './metadata-date-disagrees.js';

/** Every rule, in the order their findings are listed for a file. */
export const RULES: readonly Rule[] = [
  notReadable, notUtf8, binary, badMetadata, jsonlBadLine, jsonlNoText,
  empty, htmlNoMainText, furnitureOnly, tooShort,
  duplicate, nearDuplicate,
  offTopic, noDate, metadataDateImpossible, metadataDateDisagrees, extractionFailed, extractionLimit, expectedFacts,
];

export function ruleById(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}
