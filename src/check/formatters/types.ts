import type { CheckResult } from '../types.js';

export interface FormatOptions {
  /** ANSI colour (stylish only): the command decides from TTY and NO_COLOR */
  colour: boolean;
}

/** A formatter turns a whole check result into the text printed on stdout. */
export type Formatter = (result: CheckResult, options: FormatOptions) => string;
