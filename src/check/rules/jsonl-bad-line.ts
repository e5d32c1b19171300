import { loadFailureRule } from './load-failure.js';

export default loadFailureRule('jsonl-bad-line', 'a line of a JSON Lines file (.jsonl, .ndjson) that is not a JSON object: the other lines are still checked', 'fix or remove the line');
