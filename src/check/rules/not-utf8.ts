import { loadFailureRule } from './load-failure.js';

export default loadFailureRule('not-utf8', 'the file is text in another encoding (or broken UTF-8); the line of the first bad byte is reported', '');
