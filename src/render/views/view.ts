import type { CorpusReport, ReportPart } from '../../aggregate/corpus.js';
import type { CompiledFilters } from '../../aggregate/filters.js';
import type { Knowledge } from '../../knowledge/index.js';
import { count } from '../report.js';

/** What a view needs besides the report. */
export interface ViewContext {
  knowledge: Knowledge;
  /** fact-level filters (meetings, ceasefires, date mentions) */
  filters: CompiledFilters;
  from?: string;
  to?: string;
  /** list sources in tables instead of "N articles" */
  sources: boolean;
  /** entities: only these kinds */
  types?: string[];
  layout?: { width: number; colour: boolean };
}

/**
 * A command's output over the aggregated corpus: which parts of the report it needs, the
 * formats it prints, and the text for each. `merge` renders a rebuilt report through the same views.
 */
export interface View {
  parts: ReportPart[];
  formats: readonly string[];
  render(format: string, report: CorpusReport, ctx: ViewContext): string;
}

/** "3 articles", or the files themselves with --sources. */
export function sourcesCell(files: string[], ctx: ViewContext): string {
  return ctx.sources ? files.join(', ') : count(files.length, 'article');
}
