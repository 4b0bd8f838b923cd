import { useI18n } from '../../i18n/I18n';
import type { WorkflowProblem, WorkflowValidation } from '../api';
import type { LintIssue } from './lintIssues';

/** Lint findings (in the editor, as you model) and the server's verdict (the engine's reader), side by side. */
export function IssuesPanel({ lint, validation, onSelect }: {
  lint: LintIssue[];
  validation: WorkflowValidation | null;
  onSelect: (elementId: string) => void;
}) {
  const { t } = useI18n();
  const errors = lint.filter(i => i.category === 'error' || i.category === 'rule-error').length;
  const warnings = lint.length - errors;
  return (
    <section className="issues" aria-label={t('designer.issues')}>
      <div className="issues-column" data-testid="lint-issues">
        <h2>{t('designer.lint')} <span className={errors ? 'badge bad' : 'badge good'}>{t('designer.lintCounts', { errors, warnings })}</span></h2>
        <ul>
          {lint.map((issue, index) => (
            <li key={`${issue.id}-${issue.rule}-${index}`} className={`issue ${issue.category}`}>
              <button type="button" className="link" onClick={() => onSelect(issue.id)}>{issue.id}</button> {issue.message} <span className="muted">({issue.rule})</span>
            </li>
          ))}
        </ul>
      </div>
      <div className="issues-column" data-testid="server-validation">
        <h2>{t('designer.serverValidation')} {validation && <span className={validation.executable ? 'badge good' : 'badge bad'}>{validation.status}</span>}</h2>
        {!validation && <p className="muted">{t('designer.notValidated')}</p>}
        {validation && validation.problems.length === 0 && <p className="muted">{t('designer.validationOk')}</p>}
        <ul>
          {validation?.problems.map((p: WorkflowProblem, index) => (
            <li key={`${p.elementId}-${index}`} className="issue error">
              <button type="button" className="link" onClick={() => onSelect(p.elementId)}>{p.elementId}</button> {p.elementType}: {p.message}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
