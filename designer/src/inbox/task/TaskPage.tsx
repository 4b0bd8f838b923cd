import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../i18n/I18n';
import { inboxApi } from '../api';
import { CaseLoader } from '../case/CasePanel';
import { useFormat } from '../shared/format';
import { useLabel } from '../shared/labels';
import { Loading, Problem } from '../shared/Problem';
import { useLoad } from '../shared/useLoad';
import type { TaskView } from '../types';
import { CommentsPanel } from './CommentsPanel';
import { DecisionPanel } from './DecisionPanel';
import { LineDecisionPanel } from './lines/LineDecisionPanel';
import { lineReviewForms } from './lines/lineDecisions';
import { TaskActions } from './TaskActions';
import './task.css';

/** A claim's review task, whose lines are decided one by one before the claim is approved. */
function decidesLines(task: TaskView): boolean {
  return task.caseType === 'claim' && !!task.formKey && lineReviewForms.includes(task.formKey);
}

/**
 * One task: who holds it, claim/unclaim/delegate; for a claim review the line decisions; the decision form and
 * comments with the case beside them (below on a phone).
 */
export function TaskPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const f = useFormat();
  const label = useLabel();
  const loaded = useLoad(() => inboxApi.task(id), [id]);
  const [changed, setChanged] = useState<TaskView | null>(null);
  const [caseRound, setCaseRound] = useState(0);
  const [decided, setDecided] = useState(false);
  const task = changed?.id === id ? changed : loaded.data;

  function update(next: TaskView) {
    setChanged(next);
    setCaseRound(r => r + 1);
  }

  function decide(next: TaskView) {
    update(next);
    setDecided(true);
  }

  return (
    <div className="task-page">
      <p><Link to="/inbox">← {t('task.back')}</Link></p>
      {loaded.loading && !task && <Loading />}
      <Problem error={loaded.error} onRetry={loaded.reload} />
      {task && (
        <>
          <section className={task.overdue ? 'card task-head overdue' : 'card task-head'} aria-labelledby="task-title">
            <h1 id="task-title">{task.name}</h1>
            <dl className="task-facts">
              <div><dt>{t('inbox.col.case')}</dt><dd>{task.caseNumber} · {label('caseType', task.caseType)}</dd></div>
              <div><dt>{t('inbox.col.dealer')}</dt><dd>{task.dealerCode ?? '—'} {task.dealerName ?? ''}</dd></div>
              <div><dt>{t('inbox.col.amount')}</dt><dd>{f.money(task.amount, task.currency)}</dd></div>
              <div><dt>{t('task.status')}</dt><dd className="task-status">{label('status', task.status)}</dd></div>
              <div><dt>{t('task.created')}</dt><dd>{f.dateTime(task.createdAt)}</dd></div>
              <div>
                <dt>{t('task.due')}</dt>
                <dd>{f.dateTime(task.dueAt)}{task.overdue && <span className="badge overdue-badge">{t('inbox.overdue')}</span>}</dd>
              </div>
              <div><dt>{t('inbox.col.assignee')}</dt><dd className="task-assignee">{task.assigneeName ?? t('inbox.unassigned')}</dd></div>
              <div><dt>{t('task.groups')}</dt><dd>{task.candidateGroups.join(', ') || '—'}</dd></div>
            </dl>
            <TaskActions task={task} onChanged={update} />
          </section>
          {decided && <p role="status" className="ok card">{t('task.decisionSaved')}</p>}
          {/* A claim's review decides line by line first (W-51): the lines take the page's full width. */}
          {decidesLines(task) && <LineDecisionPanel task={task} onDecided={decide} />}
          <div className="task-layout">
            <div className="task-column">
              <DecisionPanel task={task} onDecided={decide} />
              <CommentsPanel taskId={task.id} />
            </div>
            <div className="case-column">
              <CaseLoader taskId={task.id} round={caseRound} />
            </div>
          </div>
        </>
      )}
    </div>
  );
}
