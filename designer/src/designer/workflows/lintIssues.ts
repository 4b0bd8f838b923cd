/** One bpmnlint finding as bpmn-js-bpmnlint reports it ('linting.completed': issues by element id). */
export interface LintIssue {
  id: string;
  message: string;
  category: 'error' | 'warn' | 'info' | 'rule-error';
  rule: string;
}

export function flattenIssues(issues: Record<string, LintIssue[]>): LintIssue[] {
  const order = { error: 0, 'rule-error': 0, warn: 1, info: 2 } as const;
  return Object.values(issues).flat().sort((a, b) => order[a.category] - order[b.category] || a.id.localeCompare(b.id));
}
