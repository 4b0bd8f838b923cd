import { useCallback, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../../i18n/I18n';
import { inboxApi } from '../api';
import { Loading, Problem } from '../shared/Problem';
import { useLoad } from '../shared/useLoad';
import type { TaskQuery, TaskView } from '../types';
import { BulkBar } from './BulkBar';
import { FilterBar } from './FilterBar';
import { SavedFilters } from './SavedFilters';
import { TaskList } from './TaskList';
import { paramsFromQuery, queryFromParams } from './taskQuery';
import './inbox.css';

const pageSize = 25;

/**
 * My tasks and my groups' tasks within my scope: filters in the address bar, saved filters on the server, keyset
 * paging (a stack of cursors, so "previous" goes back without offsets), bulk decisions on the selected tasks.
 */
export function InboxPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const q = useMemo(() => queryFromParams(new URLSearchParams(key)), [key]);
  // The cursors belong to the filters they were issued for; new filters start again at the first page.
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({ key, cursors: [null] });
  const cursors = paging.key === key ? paging.cursors : [null];
  const setCursors = (update: (c: (string | null)[]) => (string | null)[]) => setPaging({ key, cursors: update(cursors) });
  const cursor = cursors[cursors.length - 1];
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkOpen, setBulkOpen] = useState(false);

  useEffect(() => {
    setSelected(new Set());
    setBulkOpen(false);
  }, [key]);

  const page = useLoad(() => inboxApi.tasks(q, cursor, pageSize), [key, cursor]);
  const tasks: TaskView[] = page.data?.items ?? [];

  const apply = useCallback((next: TaskQuery) => setParams(paramsFromQuery(next)), [setParams]);

  function toggle(id: string) {
    setBulkOpen(true);
    setSelected(s => {
      const next = new Set(s);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }

  function toggleAll(ids: string[], on: boolean) {
    setBulkOpen(true);
    setSelected(s => {
      const next = new Set(s);
      ids.forEach(id => (on ? next.add(id) : next.delete(id)));
      return next;
    });
  }

  return (
    <div className="inbox-page">
      <h1>{t('inbox.title')}</h1>
      <div className="inbox-layout">
        <aside className="inbox-side">
          <FilterBar value={q} onApply={apply} />
          <SavedFilters current={q} onApply={apply} />
        </aside>
        <section className="inbox-main" aria-label={t('inbox.title')} aria-busy={page.loading}>
          {bulkOpen && (
            <BulkBar tasks={tasks.filter(x => selected.has(x.id))} onDone={() => { setSelected(new Set()); page.reload(); }} />
          )}
          <Problem error={page.error} onRetry={page.reload} />
          {page.loading && !page.data && <Loading />}
          {page.data && tasks.length === 0 && <p className="empty card">{t('inbox.empty')}</p>}
          {tasks.length > 0 && (
            <>
              <p className="muted small" role="status">{t('inbox.count', { count: tasks.length })}</p>
              <TaskList tasks={tasks} selected={selected} onToggle={toggle} onToggleAll={toggleAll} />
            </>
          )}
          <nav className="pager" aria-label="pages">
            <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(() => [null])}>{t('common.first')}</button>
            <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(c => c.slice(0, -1))}>{t('inbox.previous')}</button>
            <button type="button" disabled={!page.data?.nextCursor} onClick={() => setCursors(c => [...c, page.data!.nextCursor!])}>{t('common.next')}</button>
          </nav>
        </section>
      </div>
    </div>
  );
}
