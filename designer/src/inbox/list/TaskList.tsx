import { Link } from 'react-router-dom';
import { useI18n } from '../../i18n/I18n';
import { useFormat } from '../shared/format';
import { useLabel } from '../shared/labels';
import type { TaskView } from '../types';

interface Props {
  tasks: TaskView[];
  selected: Set<string>;
  onToggle: (id: string) => void;
  onToggleAll: (ids: string[], on: boolean) => void;
}

export function bulkSelectable(task: TaskView): boolean {
  return task.allowsBulk !== false && task.status !== 'Completed' && task.status !== 'Cancelled' && task.allowedDecisions.length > 0;
}

/**
 * The inbox as a table at desktop width and as cards on a phone (table.responsive turns each row into a card
 * whose cells carry their column name). Overdue rows are marked by colour, a bar and a word, not colour alone.
 */
export function TaskList({ tasks, selected, onToggle, onToggleAll }: Props) {
  const { t } = useI18n();
  const f = useFormat();
  const label = useLabel();
  const selectable = tasks.filter(bulkSelectable).map(x => x.id);
  const allOn = selectable.length > 0 && selectable.every(id => selected.has(id));

  return (
    <table className="responsive task-list">
      <thead>
        <tr>
          <th scope="col">
            <input type="checkbox" aria-label={t('inbox.selectAll')} checked={allOn} disabled={selectable.length === 0}
              onChange={e => onToggleAll(selectable, e.target.checked)} />
          </th>
          <th scope="col">{t('inbox.col.task')}</th>
          <th scope="col">{t('inbox.col.case')}</th>
          <th scope="col">{t('inbox.col.dealer')}</th>
          <th scope="col" className="num">{t('inbox.col.amount')}</th>
          <th scope="col">{t('inbox.col.caseStatus')}</th>
          <th scope="col">{t('inbox.col.due')}</th>
          <th scope="col">{t('inbox.col.assignee')}</th>
        </tr>
      </thead>
      <tbody>
        {tasks.map(task => (
          <tr key={task.id} className={task.overdue ? 'task-row overdue' : 'task-row'} data-task-id={task.id}>
            <td data-label={t('inbox.col.select')}>
              {bulkSelectable(task) && (
                <input type="checkbox" aria-label={t('inbox.selectTask', { task: task.name, case: task.caseNumber })}
                  checked={selected.has(task.id)} onChange={() => onToggle(task.id)} />
              )}
            </td>
            <td data-label={t('inbox.col.task')}>
              <Link to={`/inbox/tasks/${task.id}`} className="task-link">{task.name}</Link>
            </td>
            <td data-label={t('inbox.col.case')}>
              <span className="case-number">{task.caseNumber}</span>
              <span className="muted small"> · {label('caseType', task.caseType)}</span>
            </td>
            <td data-label={t('inbox.col.dealer')}>
              {task.dealerCode ?? '—'}{task.dealerName && <span className="muted small"> {task.dealerName}</span>}
            </td>
            <td data-label={t('inbox.col.amount')} className="num">{f.money(task.amount, task.currency)}</td>
            <td data-label={t('inbox.col.caseStatus')}>{label('status', task.caseStatus)}</td>
            <td data-label={t('inbox.col.due')}>
              <span>{f.dateTime(task.dueAt)}</span>
              {task.overdue && <span className="badge overdue-badge">{t('inbox.overdue')}</span>}
            </td>
            <td data-label={t('inbox.col.assignee')}>
              {task.assigneeName ?? <span className="muted">{t('inbox.unassigned')}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
