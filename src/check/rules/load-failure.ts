import type { CheckSubject, LoadFailureKind, Rule, RuleProblem } from '../types.js';

/** The four rules about files that could not be loaded share one shape: report the failure of their kind. */
export function loadFailureRule(kind: LoadFailureKind, description: string, advice: string): Rule {
  return {
    id: kind,
    level: 'error',
    description,
    check(subject: CheckSubject): RuleProblem[] {
      const f = subject.failure;
      if (f?.kind !== kind) return [];
      return [{ message: advice ? `${f.message}; ${advice}` : f.message, line: f.line, column: f.column }];
    },
  };
}
