import { loadFailureRule } from './load-failure.js';

export default loadFailureRule('jsonl-no-text', 'a JSON Lines record with no article text in maintext, text, content, body (or the field named by --fields text=NAME)', '');
