import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/I18n';
import { designerApi } from '../api';
import { ProblemMessage } from '../common/ProblemMessage';
import { useLoad } from '../common/useLoad';

/** The policy rule sets: latest version, rule count, a pending draft. */
export default function RuleSetListPage() {
  const { t } = useI18n();
  const { data, error, loading } = useLoad(() => designerApi.ruleSets(), []);
  return (
    <div className="designer-page">
      <h1>{t('designer.ruleSets')}</h1>
      {loading && <p className="loading">{t('common.loading')}</p>}
      <ProblemMessage error={error} />
      {data && (
        <table className="responsive">
          <thead>
            <tr><th>{t('designer.ruleSet')}</th><th>{t('designer.latestVersion')}</th><th>{t('designer.ruleCount')}</th><th>{t('designer.draft')}</th></tr>
          </thead>
          <tbody>
            {data.map(r => (
              <tr key={r.name}>
                <td data-label={t('designer.ruleSet')}><Link to={`/rules/${encodeURIComponent(r.name)}`}>{r.name}</Link></td>
                <td data-label={t('designer.latestVersion')}>{r.latestVersion}</td>
                <td data-label={t('designer.ruleCount')}>{r.ruleCount}</td>
                <td data-label={t('designer.draft')}>{r.hasDraft ? t('designer.yes') : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
