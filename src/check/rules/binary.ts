import type { Rule } from '../types.js';
import { loadFailureRule } from './load-failure.js';
import { positionOfOffset } from '../position.js';

const failure = loadFailureRule('binary', 'the file is not text (NUL or control bytes): an image, PDF or archive saved as .txt; or it holds terminal escapes (ESC, BEL)', 'replace it with the article text or remove it');

/** ESC starts terminal escape sequences (colours, the window title via OSC), BEL rings: no article holds them. */
const TERMINAL_CONTROL = /[\u0007\u001b]/;

const rule: Rule = {
  ...failure,
  check(subject, context) {
    const problems = failure.check(subject, context);
    const raw = subject.article?.raw;
    const m = raw ? TERMINAL_CONTROL.exec(raw) : null;
    if (raw && m) {
      const name = m[0] === '\u001b' ? 'ESC (0x1b, starts terminal escape sequences)' : 'BEL (0x07)';
      problems.push({ message: `control character ${name} in the text; remove it (a scrape of terminal output, or an attempt to control the terminal of whoever reads the corpus)`, ...positionOfOffset(raw, m.index) });
    }
    return problems;
  },
};

export default rule;
