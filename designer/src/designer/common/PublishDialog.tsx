import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18n';

/** Asks for the version's comment, then publishes. */
export function PublishDialog({ busy, onPublish, onCancel }: { busy: boolean; onPublish: (comment: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  function submit(event: FormEvent) {
    event.preventDefault();
    onPublish(comment.trim());
  }
  return (
    <form className="card publish-dialog" onSubmit={submit} aria-label={t('designer.publish')}>
      <label>
        {t('designer.publishComment')}
        <input name="comment" value={comment} onChange={e => setComment(e.target.value)} maxLength={500} autoFocus />
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>{t('designer.publishConfirm')}</button>
        <button type="button" onClick={onCancel} disabled={busy}>{t('common.cancel')}</button>
      </div>
    </form>
  );
}
