import path from 'node:path';
import { createRequire } from 'node:module';
import { RULES } from '../rules/index.js';
import type { Formatter } from './types.js';

// SARIF 2.1.0, the OASIS format GitHub code scanning (github/codeql-action/upload-sarif) and
// other CI dashboards read: one run, the rules as the tool's reporting descriptors, one result
// per finding at its file, line and column; arguments that could not be used are
// notifications of a failed invocation.
// https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html

const pkg = createRequire(import.meta.url)('../../../package.json') as { version: string; name: string };

/** A repository-relative path as a URI reference (percent-encoded where it must be). */
function uri(file: string): string {
  const rel = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  const posix = (rel.startsWith('..') ? path.resolve(file) : rel).split(path.sep).join('/');
  return encodeURI(posix).replace(/[?#]/g, encodeURIComponent);
}

const sarif: Formatter = (result) => {
  const ruleIndex = new Map(RULES.map((r, i) => [r.id, i]));
  const results = result.files.flatMap((report) => report.findings.map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleIndex.get(f.ruleId) ?? -1,
    level: f.severity === 'error' ? 'error' : 'warning',
    message: { text: f.message },
    locations: [{
      physicalLocation: {
        artifactLocation: { uri: uri(f.file), uriBaseId: '%SRCROOT%' },
        region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) },
      },
    }],
  })));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: pkg.name,
          version: pkg.version,
          rules: RULES.map((r) => ({
            id: r.id,
            shortDescription: { text: r.description },
            defaultConfiguration: { level: r.level === 'error' ? 'error' : 'warning' },
          })),
        },
      },
      invocations: [{
        executionSuccessful: result.usage.length === 0,
        toolExecutionNotifications: [
          ...result.usage.map((u) => ({ level: 'error', message: { text: `${u.file}: ${u.message}` } })),
          ...result.notes.map((n) => ({ level: 'note', message: { text: `${n.file}: ${n.message}` } })),
        ],
      }],
      results,
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

export default sarif;
