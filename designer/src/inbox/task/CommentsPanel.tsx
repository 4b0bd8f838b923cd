import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18n';
import { inboxApi } from '../api';
import { useFormat } from '../shared/format';
import { Problem } from '../shared/Problem';
import { useLoad } from '../shared/useLoad';

/** The task's comments, oldest first, and a box to add one (audited on the case by the host). */
export function CommentsPanel({ taskId }: { taskId: string }) {
  const { t } = useI18n();
  const f = useFormat();
  const comments = useLoad(() => inboxApi.comments(taskId), [taskId]);
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function add(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await inboxApi.addComment(taskId, text.trim());
      setText('');
      comments.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card comments-panel" aria-labelledby="comments-title">
      <h2 id="comments-title">{t('task.comments')}</h2>
      <Problem error={comments.error} onRetry={comments.reload} />
      {comments.data && comments.data.length === 0 && <p className="muted">{t('task.noComments')}</p>}
      {comments.data && comments.data.length > 0 && (
        <ol className="comment-list">
          {comments.data.map(c => (
            <li key={c.id}>
              <div className="muted small">{c.author} · <time dateTime={c.at}>{f.dateTime(c.at)}</time></div>
              <p>{c.text}</p>
            </li>
          ))}
        </ol>
      )}
      <form onSubmit={add} className="comment-form">
        <label>
          {t('task.commentText')}
          <textarea name="commentText" rows={2} maxLength={2000} value={text} onChange={e => setText(e.target.value)} />
        </label>
        <button type="submit" disabled={busy || !text.trim()}>{t('task.addComment')}</button>
      </form>
      <Problem error={error} />
    </section>
  );
}
