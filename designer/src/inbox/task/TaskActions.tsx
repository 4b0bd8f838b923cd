import { useState, type FormEvent } from 'react';
import { useSession } from '../../auth/Session';
import { useI18n } from '../../i18n/I18n';
import { inboxApi } from '../api';
import { Problem } from '../shared/Problem';
import type { TaskView } from '../types';

/** Claim, unclaim and delegate; every refusal shows the host's reason (e.g. 409 held by someone else). */
export function TaskActions({ task, onChanged }: { task: TaskView; onChanged: (task: TaskView) => void }) {
  const { t } = useI18n();
  const { me } = useSession();
  const [to, setTo] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const myId = (me as { id?: string } | null)?.id;
  const open = task.status === 'Open' || task.status === 'Claimed';
  const mine = task.status === 'Claimed' && !!myId && task.assignee === myId;

  async function run(action: () => Promise<TaskView>, done?: string) {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      onChanged(await action());
      if (done) setNotice(done);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function delegate(event: FormEvent) {
    event.preventDefault();
    const target = to.trim();
    void run(() => inboxApi.delegate(task.id, target), t('task.delegated', { to: target })).then(() => setTo(''));
  }

  if (!open) return null;
  return (
    <div className="task-actions">
      <div className="button-row">
        {task.status === 'Open' && <button type="button" className="primary" disabled={busy} onClick={() => void run(() => inboxApi.claim(task.id))}>{t('task.claim')}</button>}
        {task.status === 'Claimed' && <button type="button" disabled={busy} onClick={() => void run(() => inboxApi.unclaim(task.id))}>{t('task.unclaim')}</button>}
        {mine && <span className="muted">{t('task.claimed')}</span>}
      </div>
      <details className="delegate">
        <summary>{t('task.delegate')}</summary>
        <form onSubmit={delegate} className="inline-form">
          <label>
            {t('task.delegateTo')}
            <input type="email" name="delegateTo" required value={to} onChange={e => setTo(e.target.value)} />
          </label>
          <button type="submit" disabled={busy || !to.trim()}>{t('task.delegate')}</button>
        </form>
      </details>
      {notice && <p role="status" className="ok">{notice}</p>}
      <Problem error={error} />
    </div>
  );
}
