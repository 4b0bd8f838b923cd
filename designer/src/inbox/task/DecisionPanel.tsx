import { useState, type FormEvent } from 'react';
import { ApiError } from '../../api/problem';
import { useI18n } from '../../i18n/I18n';
import { inboxApi } from '../api';
import { DecisionFields, decisionBody, type PlainDecision } from '../shared/DecisionFields';
import { useLabel } from '../shared/labels';
import { Loading, Problem } from '../shared/Problem';
import { useLoad } from '../shared/useLoad';
import type { TaskView } from '../types';
import { FormJsDecision } from './FormJsDecision';

/**
 * Decide the task through its form: the published form-js schema of its form key, or, for a task without one,
 * the decisions the host says it allows. A decided task shows its decision instead.
 */
export function DecisionPanel({ task, onDecided }: { task: TaskView; onDecided: (task: TaskView) => void }) {
  const { t } = useI18n();
  const label = useLabel();
  const schema = useLoad(async () => (task.formKey ? inboxApi.form(task.formKey) : null), [task.formKey]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [plain, setPlain] = useState<PlainDecision>({ decision: '', reasonCode: '', comment: '' });

  async function decide(body: Record<string, unknown>) {
    setBusy(true);
    setError(null);
    try {
      onDecided(await inboxApi.complete(task.id, body));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  function submitPlain(event: FormEvent) {
    event.preventDefault();
    void decide(decisionBody(plain));
  }

  if (task.status === 'Completed' || task.status === 'Cancelled') {
    return (
      <section className="card decision-panel" aria-labelledby="decision-title">
        <h2 id="decision-title">{t('task.decide')}</h2>
        <p role="status" className="decided">{t('task.decided', { decision: label('decision', task.decision) })}</p>
      </section>
    );
  }

  const noForm = !task.formKey || (schema.error instanceof ApiError && schema.error.status === 404);
  return (
    <section className="card decision-panel" aria-labelledby="decision-title" aria-busy={busy}>
      <h2 id="decision-title">{t('task.decide')}</h2>
      {schema.loading && <Loading />}
      {!noForm && <Problem error={schema.error} onRetry={schema.reload} />}
      {schema.data && <FormJsDecision schema={schema.data} busy={busy} onSubmit={data => void decide(data)} />}
      {noForm && (
        <form onSubmit={submitPlain}>
          {task.formKey && <p className="muted">{t('task.formFallback', { formKey: task.formKey })}</p>}
          <DecisionFields idPrefix="task" decisions={task.allowedDecisions} value={plain} onChange={setPlain} />
          <button type="submit" className="primary" disabled={busy || !plain.decision}>{t('task.submit')}</button>
        </form>
      )}
      <Problem error={error} />
    </section>
  );
}
