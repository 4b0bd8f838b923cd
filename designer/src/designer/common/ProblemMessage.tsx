import { ApiError } from '../../api/problem';
import { useI18n } from '../../i18n/I18n';

/** An error as the server explained it: the ProblemDetails detail and its field messages. */
export function ProblemMessage({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const detail = error instanceof ApiError ? error.message : error instanceof Error ? error.message : t('common.error');
  const fields = error instanceof ApiError ? error.fieldMessages : [];
  return (
    <div role="alert" className="error problem">
      <p>{detail}</p>
      {fields.length > 0 && fields.join('') !== detail && (
        <ul>{fields.map(f => <li key={f}>{f}</li>)}</ul>
      )}
    </div>
  );
}
