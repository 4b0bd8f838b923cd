import { useI18n } from '../../i18n/I18n';
import type { RuleResult } from '../types';

/** The rule results of the case with the reasons: which rule of which set version fired, its outcome and message. */
export function RuleResults({ results }: { results: RuleResult[] }) {
  const { t } = useI18n();
  if (results.length === 0) return <p className="muted">{t('case.noRules')}</p>;
  return (
    <div className="table-scroll">
      <table className="rule-results">
        <thead>
          <tr>
            <th scope="col">{t('case.ruleSet')}</th>
            <th scope="col">{t('case.rule')}</th>
            <th scope="col">{t('case.outcome')}</th>
            <th scope="col">{t('case.reason')}</th>
            <th scope="col">{t('case.message')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r, i) => (
            <tr key={`${r.ruleSet}-${r.rule ?? ''}-${i}`} className="rule-row">
              <td>{r.ruleSet}{r.version !== null && r.version !== undefined && <span className="muted small"> v{r.version}</span>}</td>
              <td>{r.rule ?? '—'}</td>
              <td><span className={`outcome outcome-${r.outcome}`}>{r.outcome}</span></td>
              <td>{r.reasonCode ?? '—'}</td>
              <td>{r.message ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
