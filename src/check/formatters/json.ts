import type { Formatter } from './types.js';

export const CHECK_SCHEMA_VERSION = 1;

/**
 * For tools: one JSON document with every file checked (clean ones too, with no messages),
 * the counts, and the arguments that could not be used.
 */
const json: Formatter = (result) => JSON.stringify({
  schemaVersion: CHECK_SCHEMA_VERSION,
  errorCount: result.errorCount,
  warningCount: result.warningCount,
  files: result.files.map((r) => ({
    file: r.file,
    errorCount: r.errorCount,
    warningCount: r.warningCount,
    // `file` only for a finding located in another file (a fact of the --expect file)
    messages: r.findings.map(({ ruleId, severity, file, line, column, message }) => ({ ruleId, severity, ...(file === r.file ? {} : { file }), line, column, message })),
  })),
  usageErrors: result.usage,
  notes: result.notes,
}, null, 2) + '\n';

export default json;
