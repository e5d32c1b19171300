import { Chalk } from 'chalk';
import { useColour } from './colour.js';

/** chalk at the level the output allows (none when piped or NO_COLOR). */
export function palette(colour = useColour()) {
  return new Chalk({ level: colour ? 1 : 0 });
}
