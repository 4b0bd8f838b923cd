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
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const common = tasks.reduce<string[] | null>((acc, task) => acc === null ? [...task.allowedDecisions] : acc.filter(d => task.allowedDecisions.includes(d)), null) ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
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
          <ul>
            {results.filter(r => r.status !== 200).map(r => <li key={r.taskId} className="error">{r.taskId}: {r.status} {r.detail}</li>)}
          </ul>
        </div>
      )}
    </section>
  );
}
