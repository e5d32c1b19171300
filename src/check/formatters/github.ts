import path from 'node:path';
import type { Formatter } from './types.js';
import { escapeControl } from '../../render/escape.js';

/**
 * For GitHub Actions: one workflow command per finding, which GitHub shows as an annotation on
 * the file and line of the pull request. Paths are made relative to the working folder (the
 * checkout) because annotations only attach to repository-relative paths.
 * https://docs.github.com/actions/reference/workflow-commands-for-github-actions
 */
const github: Formatter = (result) => {
  const out: string[] = [];
  for (const report of result.files) {
    for (const f of report.findings) {
      const level = f.severity === 'error' ? 'error' : 'warning';
      out.push(`::${level} file=${property(escapeControl(repoPath(f.file)))},line=${f.line},col=${f.column},title=${property(`karabakh-cli ${f.ruleId}`)}::${data(escapeControl(f.message))}`);
    }
  }
  for (const u of result.usage) out.push(`::error file=${property(escapeControl(repoPath(u.file)))},title=${property('karabakh-cli')}::${data(escapeControl(u.message))}`);
  for (const n of result.notes) out.push(`::notice file=${property(escapeControl(repoPath(n.file)))},title=${property('karabakh-cli')}::${data(escapeControl(n.message))}`);
  out.push(`${result.errorCount} error${result.errorCount === 1 ? '' : 's'}, ${result.warningCount} warning${result.warningCount === 1 ? '' : 's'} in ${result.files.length} file${result.files.length === 1 ? '' : 's'}`);
  return out.join('\n') + '\n';
};

export default github;

function repoPath(file: string): string {
  const rel = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
  return (rel.startsWith('..') ? file : rel).split(path.sep).join('/');
}

/** The escaping GitHub's runner undoes for a command's message. */
function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also may not contain the separators , and :. */
function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
