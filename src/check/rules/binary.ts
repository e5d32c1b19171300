import type { Rule } from '../types.js';
import { loadFailureRule } from './load-failure.js';

const failure = loadFailureRule('binary', 'the file is not text (NUL or control bytes): an image, PDF or archive saved as .txt; or it holds terminal escapes (ESC, BEL)', 'replace it with the article text or remove it');

const rule: Rule = {
  ...failure,
  check(subject, context) {
    const problems = failure.check(subject, context);
    const c = subject.control;
    if (c) {
      const name = c.code === 0x1b ? 'ESC (0x1b, starts terminal escape sequences)' : 'BEL (0x07)';
      problems.push({ message: `control character ${name} in the text; remove it (a scrape of terminal output, or an attempt to control the terminal of whoever reads the corpus)`, line: c.line, column: c.column });
    }
    return problems;
  },
};

export default rule;
