import { loadFailureRule } from './load-failure.js';

export default loadFailureRule('not-readable', 'the file cannot be read: missing, a folder, no permission, or larger than --max-bytes', '');
