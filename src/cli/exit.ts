import type { FileError } from '../types.js';

/**
 * Exit codes (documented in README): 0 every input processed; 1 some inputs could not be
 * processed (the rest were); 2 usage error, bad knowledge file, or nothing could be read.
 */
export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

export function exitFor(errors: FileError[], processed: number): number {
  if (errors.length === 0) return EXIT_OK;
  return processed > 0 ? EXIT_SOME_FAILED : EXIT_USAGE;
}
