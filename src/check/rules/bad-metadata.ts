import { loadFailureRule } from './load-failure.js';

export default loadFailureRule('bad-metadata', 'the front matter or sidecar FILE.json gives metadata that cannot be used (invalid JSON, a date not YYYY[-MM[-DD]])', 'fix the metadata');
