import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18n';
import { inboxApi } from '../api';
import { DecisionFields, decisionBody, type PlainDecision } from '../shared/DecisionFields';
import { Problem } from '../shared/Problem';
import type { BulkResult, TaskView } from '../types';

/** One decision for every selected task (only tasks whose form allows bulk decisions can be selected). */
export function BulkBar({ tasks, onDone }: { tasks: TaskView[]; onDone: () => void }) {
  const { t } = useI18n();
  const [value, setValue] = useState<PlainDecision>({ decision: '', reasonCode: '', comment: '' });
  const [results, setResults] = useState<BulkResult[] | null>(null);
  // The tasks as they were when decided: the list reloads without the decided ones, the results still name them.
  const [decidedTasks, setDecidedTasks] = useState<Map<string, TaskView>>(new Map());
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const common = tasks.reduce<string[] | null>((acc, task) => acc === null ? [...task.allowedDecisions] : acc.filter(d => task.allowedDecisions.includes(d)), null) ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setDecidedTasks(new Map(tasks.map(x => [x.id, x])));
      setResults(await inboxApi.bulkComplete(tasks.map(x => x.id), decisionBody(value)));
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const ok = results?.filter(r => r.status === 200).length ?? 0;
  return (
    <section className="bulk-bar card" aria-labelledby="bulk-title">
      <h2 id="bulk-title">{t('inbox.bulk.title')} <span className="muted">{t('inbox.bulk.selected', { count: tasks.length })}</span></h2>
      {tasks.length > 0 && common.length === 0 && <p className="muted">{t('inbox.bulk.none')}</p>}
      {tasks.length > 0 && common.length > 0 && (
        <form onSubmit={submit}>
          <DecisionFields idPrefix="bulk" decisions={common} value={value} onChange={setValue} />
          <button type="submit" className="primary" disabled={busy || !value.decision}>{t('inbox.bulk.decide')}</button>
        </form>
      )}
      <Problem error={error} />
      {results && (
        <div role="status" className="bulk-results">
          <p>{t('inbox.bulk.result', { ok, failed: results.length - ok })}</p>
          <ul aria-label={t('inbox.bulk.results')}>
            {results.map(r => {
              const task = decidedTasks.get(r.taskId);
              return (
                <li key={r.taskId} className={r.status === 200 ? 'bulk-ok' : 'bulk-failed'} data-task-id={r.taskId}>
                  <strong>{task ? `${task.caseNumber} · ${task.name}` : r.taskId}</strong>{': '}
                  {r.status === 200
                    ? <span className="ok">{t('inbox.bulk.itemOk')}</span>
                    : <span className="error">{t('inbox.bulk.itemFailed', { status: r.status })} {r.detail}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
