import { loadFailureRule } from './load-failure.js';

export default loadFailureRule('binary', 'the file is not text (NUL or control bytes): an image, PDF or archive saved as .txt', 'replace it with the article text or remove it');
