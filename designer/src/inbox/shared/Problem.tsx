import { ApiError } from '../../api/problem';
import { useI18n } from '../../i18n/I18n';
import './shared.css';

/** The host's reason for a failure (ProblemDetails detail and field messages), with a retry when one is given. */
export function Problem({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useI18n();
  if (!error) return null;
  const api = error instanceof ApiError ? error : null;
  const text = api ? api.message : error instanceof Error ? error.message : t('common.error');
  return (
    <div role="alert" className="problem">
      <strong>{api ? `${t('common.error')} (${api.status})` : t('common.error')}</strong>
      <span>{text}</span>
      {api && api.fieldMessages.length > 0 && (
        <ul>{api.fieldMessages.map(m => <li key={m}>{m}</li>)}</ul>
      )}
      {onRetry && <button type="button" onClick={onRetry}>{t('common.retry')}</button>}
    </div>
  );
}

/** The loading line every page shows while its data is on the way. */
export function Loading() {
  const { t } = useI18n();
  return <p className="loading" role="status">{t('common.loading')}</p>;
}
