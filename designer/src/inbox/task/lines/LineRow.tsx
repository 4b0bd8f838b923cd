import { useI18n } from '../../../i18n/I18n';
import { useFormat } from '../../shared/format';
import { useLabel } from '../../shared/labels';
import type { ClaimLine } from '../../types';
import { approvedMinor, lineProblem, toMinor, type LineDraft, type LineVerdict } from './lineDecisions';

const verdicts: LineVerdict[] = ['approve', 'adjust', 'reject'];

interface Props {
  line: ClaimLine;
  currency: string;
  /** The reviewer's entry; absent when the lines are shown as decided (read-only). */
  draft?: LineDraft;
  onChange?: (draft: LineDraft) => void;
  /** Show what is missing (after the reviewer tried to send). */
  showProblem: boolean;
}

/** One claim line: what the dealer claimed and, editable while in review, its decision, approved amount and reason. */
export function LineRow({ line, currency, draft, onChange, showProblem }: Props) {
  const { t } = useI18n();
  const f = useFormat();
  const label = useLabel();
  const n = line.lineNumber;
  const problem = draft && showProblem ? lineProblem(line, draft, currency) : null;
  const problemId = `line-${n}-problem`;
  const set = (change: Partial<LineDraft>) => draft && onChange?.({ ...draft, ...change });
  const quantity = line.type === 'labor'
    ? t('lines.hours', { hours: f.number(line.hours, 2) })
    : f.number(line.quantity);

  return (
    <>
      <tr className={`line-row line-${draft?.decision ?? line.disposition.toLowerCase()}`} data-line={n}>
        <td data-label={t('lines.col.line')}>
          <span className="line-number">{n}</span>
          {line.description && <span className="muted small line-description"> {line.description}</span>}
        </td>
        <td data-label={t('lines.col.type')}>{label('lineType', line.type)}</td>
        <td data-label={t('lines.col.code')}>{line.operationCode ?? line.partNumber ?? '—'}</td>
        <td data-label={t('lines.col.quantity')} className="num">{quantity}</td>
        <td data-label={t('lines.col.claimed')} className="num">{f.money(toMinor(line.amount, currency), currency)}</td>
        <td data-label={t('lines.col.decision')}>
          {draft ? (
            <select name={`line-${n}-decision`} aria-label={t('lines.decisionFor', { line: n })} value={draft.decision}
              onChange={e => set({ decision: e.target.value as LineVerdict })}>
              {verdicts.map(v => <option key={v} value={v}>{t(`lines.verdict.${v}`)}</option>)}
            </select>
          ) : (
            <span className="line-disposition">{label('lineDisposition', line.disposition)}</span>
          )}
        </td>
        <td data-label={t('lines.col.approved')} className="num">
          {draft?.decision === 'adjust' ? (
            <input name={`line-${n}-amount`} inputMode="decimal" autoComplete="off" aria-label={t('lines.amountFor', { line: n })}
              aria-invalid={problem === 'lines.problem.amount' || problem === 'lines.problem.notBelow'}
              aria-describedby={problem ? problemId : undefined}
              value={draft.amount} onChange={e => set({ amount: e.target.value })} />
          ) : draft ? (
            <span className={draft.decision === 'reject' ? 'line-amount zero' : 'line-amount'}>
              {f.money(approvedMinor(line, draft, currency), currency)}
            </span>
          ) : (
            <span className="line-amount">{line.approvedAmount === null ? '—' : f.money(toMinor(line.approvedAmount, currency), currency)}</span>
          )}
        </td>
        <td data-label={t('lines.col.reason')}>
          {draft && draft.decision !== 'approve' ? (
            <input name={`line-${n}-reason`} list="line-reason-codes" maxLength={20} autoComplete="off"
              aria-label={t('lines.reasonFor', { line: n })} aria-invalid={problem === 'lines.problem.reason'}
              aria-describedby={problem ? problemId : undefined}
              value={draft.reasonCode} onChange={e => set({ reasonCode: e.target.value.toUpperCase() })} />
          ) : (
            <span className="line-reason">{(draft ? '' : line.reasonCode) || '—'}</span>
          )}
        </td>
      </tr>
      {problem && (
        <tr className="line-problem-row">
          <td colSpan={8} id={problemId} className="error">
            {t('lines.problemFor', { line: n })} {t(problem, { amount: f.money(toMinor(line.amount, currency), currency) })}
          </td>
        </tr>
      )}
    </>
  );
}
