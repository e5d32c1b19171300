import type { Formatter } from './types.js';
import stylish from './stylish.js';
import json from './json.js';
import github from './github.js';
import sarif from './sarif.js';

export type { Formatter, FormatOptions } from './types.js';

/** Formatters by the name --format takes; one file each. */
export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, github, sarif };

export function formatterByName(name: string): Formatter | undefined {
  return Object.hasOwn(FORMATTERS, name) ? FORMATTERS[name] : undefined;
}
