import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/I18n';
import { designerApi } from '../api';
import { ProblemMessage } from '../common/ProblemMessage';
import { useLoad } from '../common/useLoad';

/** Every process: latest version, how many versions, a pending draft, instances still running. */
export default function WorkflowListPage() {
  const { t } = useI18n();
  const { data, error, loading } = useLoad(() => designerApi.workflows(), []);
  return (
    <div className="designer-page">
      <h1>{t('designer.workflows')}</h1>
      {loading && <p className="loading">{t('common.loading')}</p>}
      <ProblemMessage error={error} />
      {data && data.length === 0 && <p className="muted">{t('common.none')}</p>}
      {data && data.length > 0 && (
        <table className="responsive">
          <thead>
            <tr>
              <th>{t('designer.process')}</th><th>{t('designer.latestVersion')}</th><th>{t('designer.versionCount')}</th>
              <th>{t('designer.draft')}</th><th>{t('designer.running')}</th><th />
            </tr>
          </thead>
          <tbody>
            {data.map(w => (
              <tr key={w.processId}>
                <td data-label={t('designer.process')}><Link to={`/designer/${encodeURIComponent(w.processId)}`}>{w.name ?? w.processId}</Link> <span className="muted">{w.processId}</span></td>
                <td data-label={t('designer.latestVersion')}>{w.latestVersion ?? '—'}</td>
                <td data-label={t('designer.versionCount')}>{w.versionCount}</td>
                <td data-label={t('designer.draft')}>{w.hasDraft ? t('designer.yes') : ''}</td>
                <td data-label={t('designer.running')}>{w.runningInstances}</td>
                <td><Link to={`/designer/${encodeURIComponent(w.processId)}/versions`}>{t('designer.versions')}</Link></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
