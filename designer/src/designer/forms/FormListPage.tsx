import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/I18n';
import { designerApi } from '../api';
import { ProblemMessage } from '../common/ProblemMessage';
import { useLoad } from '../common/useLoad';

/** Task forms by form key, with the user tasks that name them. */
export default function FormListPage() {
  const { t } = useI18n();
  const { data, error, loading } = useLoad(() => designerApi.forms(), []);
  return (
    <div className="designer-page">
      <h1>{t('designer.forms')}</h1>
      {loading && <p className="loading">{t('common.loading')}</p>}
      <ProblemMessage error={error} />
      {data && (
        <table className="responsive">
          <thead>
            <tr><th>{t('designer.formKey')}</th><th>{t('designer.latestVersion')}</th><th>{t('designer.draft')}</th><th>{t('designer.usedBy')}</th></tr>
          </thead>
          <tbody>
            {data.map(f => (
              <tr key={f.formKey}>
                <td data-label={t('designer.formKey')}><Link to={`/forms/${encodeURIComponent(f.formKey)}`}>{f.formKey}</Link></td>
                <td data-label={t('designer.latestVersion')}>{f.latestVersion ?? '—'}</td>
                <td data-label={t('designer.draft')}>{f.hasDraft ? t('designer.yes') : ''}</td>
                <td data-label={t('designer.usedBy')}>{f.usedBy.map(u => `${u.processId} · ${u.elementId}`).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
