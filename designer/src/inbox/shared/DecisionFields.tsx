import { useI18n } from '../../i18n/I18n';
import { useLabel } from './labels';

export interface PlainDecision {
  decision: string;
  reasonCode: string;
  comment: string;
}

/** Decisions that must carry a reason code, as the host's task forms demand. */
export function needsReason(decision: string): boolean {
  return decision === 'reject' || decision === 'send-back';
}

/** The body POST /tasks/{id}/complete takes from a plain decision; blank fields are left out. */
export function decisionBody(d: PlainDecision): Record<string, string> {
  const body: Record<string, string> = { decision: d.decision };
  if (d.reasonCode.trim()) body.reasonCode = d.reasonCode.trim();
  if (d.comment.trim()) body.comment = d.comment.trim();
  return body;
}

/**
 * Decision, reason code and comment: used for bulk decisions and for a task whose form-js schema is not
 * published, with the decisions the host says the task allows.
 */
export function DecisionFields({ idPrefix, decisions, value, onChange }: {
  idPrefix: string;
  decisions: string[];
  value: PlainDecision;
  onChange: (value: PlainDecision) => void;
}) {
  const { t } = useI18n();
  const label = useLabel();
  return (
    <div className="decision-fields">
      <label htmlFor={`${idPrefix}-decision`}>{t('task.decision')}</label>
      <select id={`${idPrefix}-decision`} name="decision" required value={value.decision} onChange={e => onChange({ ...value, decision: e.target.value })}>
        <option value="" disabled>—</option>
        {decisions.map(d => <option key={d} value={d}>{label('decision', d)}</option>)}
      </select>
      <label htmlFor={`${idPrefix}-reason`}>{t('task.reasonCode')}</label>
      <input id={`${idPrefix}-reason`} name="reasonCode" maxLength={20} required={needsReason(value.decision)}
        value={value.reasonCode} onChange={e => onChange({ ...value, reasonCode: e.target.value })} />
      <label htmlFor={`${idPrefix}-comment`}>{t('task.comment')}</label>
      <textarea id={`${idPrefix}-comment`} name="comment" maxLength={2000} rows={2}
        value={value.comment} onChange={e => onChange({ ...value, comment: e.target.value })} />
    </div>
  );
}
