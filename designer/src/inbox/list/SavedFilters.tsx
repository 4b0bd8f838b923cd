import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18n';
import { inboxApi } from '../api';
import { Problem } from '../shared/Problem';
import { useLoad } from '../shared/useLoad';
import type { TaskQuery } from '../types';

/** The user's saved inbox filters, kept on the server: apply one, save the current filters under a name, delete. */
export function SavedFilters({ current, onApply }: { current: TaskQuery; onApply: (q: TaskQuery) => void }) {
  const { t } = useI18n();
  const saved = useLoad(() => inboxApi.filters(), []);
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await inboxApi.saveFilter(name.trim(), current);
      setName('');
      saved.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function remove(id: string) {
    setError(null);
    try {
      await inboxApi.deleteFilter(id);
      saved.reload();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="saved-filters card" aria-labelledby="saved-filters-title">
      <h2 id="saved-filters-title">{t('inbox.saved.title')}</h2>
      <Problem error={saved.error ?? error} onRetry={saved.error ? saved.reload : undefined} />
      {saved.data && saved.data.length === 0 && <p className="muted">{t('inbox.saved.none')}</p>}
      {saved.data && saved.data.length > 0 && (
        <ul className="saved-list">
          {saved.data.map(f => (
            <li key={f.id}>
              <button type="button" className="link-button" onClick={() => onApply(f.query)}>{f.name}</button>
              <button type="button" className="icon-button" aria-label={t('inbox.saved.delete', { name: f.name })} onClick={() => void remove(f.id)}>×</button>
            </li>
          ))}
        </ul>
      )}
      <form className="saved-form" onSubmit={save}>
        <label>
          <span className="visually-hidden">{t('inbox.saved.name')}</span>
          <input name="filterName" placeholder={t('inbox.saved.name')} aria-label={t('inbox.saved.name')} value={name} maxLength={80} onChange={e => setName(e.target.value)} />
        </label>
        <button type="submit" disabled={busy || !name.trim()}>{t('inbox.saved.save')}</button>
      </form>
    </section>
  );
}
