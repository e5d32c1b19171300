import type { CeasefireCitation } from '../../types.js';
import type { ExtractContext } from '../context.js';

/** Ceasefires: filled in by the ceasefires issue. */
export function extractCeasefires(_c: ExtractContext): CeasefireCitation[] {
  return [];
}
