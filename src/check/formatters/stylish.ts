import { palette } from '../../render/palette.js';
import type { Formatter } from './types.js';
import { escapeLine } from '../../render/escape.js';

/** For people at a terminal: findings grouped by file, aligned, coloured on a TTY (ESLint's default look). */
const stylish: Formatter = (result, { colour }) => {
  const c = palette(colour);
  const out: string[] = [];
  for (const report of result.files) {
    if (!report.findings.length) continue;
    out.push(c.underline(escapeLine(report.file)));
    // a finding in another file (a fact of the --expect file) names it
    const rows = report.findings.map((f) => [`${f.file === report.file ? '' : `${escapeLine(f.file)}:`}${f.line}:${f.column}`, f.severity, escapeLine(f.message), f.ruleId]);
    const width = [0, 1].map((i) => Math.max(...rows.map((r) => r[i].length)));
    for (const [pos, severity, message, ruleId] of rows) {
      const sev = severity === 'error' ? c.red(severity.padEnd(width[1])) : c.yellow(severity.padEnd(width[1]));
      out.push(`  ${c.dim(pos.padEnd(width[0]))}  ${sev}  ${message}  ${c.dim(ruleId)}`);
    }
    out.push('');
  }
  const problems = result.errorCount + result.warningCount;
  const checked = `${result.files.length} file${result.files.length === 1 ? '' : 's'} checked`;
  if (result.usage.length) {
    out.push(c.red.bold(`\u2716 ${result.usage.length} argument${result.usage.length === 1 ? '' : 's'} could not be used (see the messages above)`));
  }
  if (problems === 0) {
    out.push(c.green(`\u2714 ${checked}, no problems`));
  } else {
    const summary = `\u2716 ${problems} problem${problems === 1 ? '' : 's'} (${result.errorCount} error${result.errorCount === 1 ? '' : 's'}, ${result.warningCount} warning${result.warningCount === 1 ? '' : 's'}) in ${checked}`;
    out.push(result.errorCount ? c.red.bold(summary) : c.yellow.bold(summary));
  }
  return out.join('\n') + '\n';
};

export default stylish;

