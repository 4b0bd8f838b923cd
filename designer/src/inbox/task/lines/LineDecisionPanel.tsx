import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18n';
import { inboxApi } from '../../api';
import { useFormat } from '../../shared/format';
import { Loading, Problem } from '../../shared/Problem';
import { useLoad } from '../../shared/useLoad';
import type { ClaimForLines, TaskView } from '../../types';
import {
  approvedMinor, completion, firstReason, initialDrafts, lineInputs, lineProblem, toMinor, type LineDraft,
} from './lineDecisions';
import { LineRow } from './LineRow';
import { lineReasonCodes } from './reasonCodes';
import './lines.css';

type Step = 'lines' | 'complete';

/**
 * Partial approval (W-51) on a claim's review task: a decision per line (approve, adjust to an amount below the
 * claimed one, reject), each adjustment or rejection with a reason code. Sending posts the line decisions to
 * POST /claims/{id}/line-decisions, then completes the task: approve pays the sum over the lines. Once decided,
 * the lines show what was recorded.
 */
export function LineDecisionPanel({ task, onDecided }: { task: TaskView; onDecided: (task: TaskView) => void }) {
  const { t } = useI18n();
  const f = useFormat();
  const open = task.status === 'Open' || task.status === 'Claimed';
  // Reloaded when the task changes (decided here, through the form, claimed or delegated).
  const claim = useLoad(() => inboxApi.claimOf(task.caseId), [task.caseId, task.status, task.decision]);
  const [drafts, setDrafts] = useState<Record<number, LineDraft> | null>(null);
  const [comment, setComment] = useState('');
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<{ step: Step; error: unknown } | null>(null);

  // Start again from what the claim records only when that changed, not on every reload (claiming the task
  // reloads the claim and must not wipe what the reviewer has entered).
  const recorded = claim.data
    ? JSON.stringify([claim.data.id, claim.data.status, claim.data.lines.map(l => [l.disposition, l.approvedAmount, l.reasonCode])])
    : null;
  useEffect(() => {
    if (claim.data) setDrafts(initialDrafts(claim.data));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [recorded]);

  const data = claim.data;
  const editable = open && data?.status === 'PendingReview' && drafts !== null;

  async function submit(event: FormEvent, current: ClaimForLines, entered: Record<number, LineDraft>) {
    event.preventDefault();
    setAttempted(true);
    setFailed(null);
    if (current.lines.some(l => lineProblem(l, entered[l.lineNumber], current.currency))) return;
    setBusy(true);
    let step: Step = 'lines';
    try {
      await inboxApi.decideLines(current.id, lineInputs(current, entered));
      step = 'complete';
      onDecided(await inboxApi.complete(task.id, completion(current, entered, comment)));
    } catch (e) {
      setFailed({ step, error: e });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card line-panel" aria-labelledby="lines-title" aria-busy={busy || claim.loading}>
      <h2 id="lines-title">{t('lines.title')}</h2>
      {claim.loading && !data && <Loading />}
      <Problem error={claim.error} onRetry={claim.reload} />
      {data && (
        editable
          ? <EditableLines claim={data} drafts={drafts!} onDrafts={setDrafts} comment={comment} onComment={setComment}
              attempted={attempted} busy={busy} onSubmit={(e) => void submit(e, data, drafts!)} />
          : <DecidedLines claim={data} />
      )}
      {failed && (
        <>
          <p className="error line-failed-step">{t(failed.step === 'lines' ? 'lines.failed.lines' : 'lines.failed.complete')}</p>
          <Problem error={failed.error} />
        </>
      )}
      {data && !editable && data.approvedAmount !== null && (
        <p role="status" className="line-outcome">
          {t('lines.outcome', { amount: f.money(toMinor(data.approvedAmount, data.currency), data.currency), reason: data.decisionReasonCode ?? '—' })}
        </p>
      )}
    </section>
  );
}

function LineTable({ claim, children }: { claim: ClaimForLines; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <table className="responsive line-table" aria-label={t('lines.tableFor', { claim: claim.number })}>
      <thead>
        <tr>
          <th scope="col">{t('lines.col.line')}</th>
          <th scope="col">{t('lines.col.type')}</th>
          <th scope="col">{t('lines.col.code')}</th>
          <th scope="col" className="num">{t('lines.col.quantity')}</th>
          <th scope="col" className="num">{t('lines.col.claimed')}</th>
          <th scope="col">{t('lines.col.decision')}</th>
          <th scope="col" className="num">{t('lines.col.approved')}</th>
          <th scope="col">{t('lines.col.reason')}</th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

function DecidedLines({ claim }: { claim: ClaimForLines }) {
  return (
    <LineTable claim={claim}>
      {claim.lines.map(line => <LineRow key={line.lineNumber} line={line} currency={claim.currency} showProblem={false} />)}
    </LineTable>
  );
}

function EditableLines({ claim, drafts, onDrafts, comment, onComment, attempted, busy, onSubmit }: {
  claim: ClaimForLines;
  drafts: Record<number, LineDraft>;
  onDrafts: (drafts: Record<number, LineDraft>) => void;
  comment: string;
  onComment: (comment: string) => void;
  attempted: boolean;
  busy: boolean;
  onSubmit: (event: FormEvent) => void;
}) {
  const { t } = useI18n();
  const f = useFormat();
  const currency = claim.currency;
  const total = claim.lines.reduce((sum, l) => sum + approvedMinor(l, drafts[l.lineNumber], currency), 0);
  const partial = claim.lines.some(l => drafts[l.lineNumber].decision !== 'approve');
  const nothingLeft = total === 0;

  return (
    <form onSubmit={onSubmit} noValidate className="line-form">
      <p className="muted small">{t('lines.hint')}</p>
      <LineTable claim={claim}>
        {claim.lines.map(line => (
          <LineRow key={line.lineNumber} line={line} currency={currency} draft={drafts[line.lineNumber]} showProblem={attempted}
            onChange={d => onDrafts({ ...drafts, [line.lineNumber]: d })} />
        ))}
      </LineTable>
      <datalist id="line-reason-codes">
        {lineReasonCodes.map(r => <option key={r.code} value={r.code}>{t(r.label)}</option>)}
      </datalist>
      <dl className="line-totals">
        <div><dt>{t('lines.totalClaimed')}</dt><dd>{f.money(toMinor(claim.totalAmount, currency), currency)}</dd></div>
        <div>
          <dt>{t('lines.totalApproved')}</dt>
          <dd className="line-total-approved">
            {f.money(total, currency)}
            {partial && !nothingLeft && <span className="badge partial-badge">{t('lines.partial')}</span>}
          </dd>
        </div>
      </dl>
      {nothingLeft && <p className="warning-text">{t('lines.nothingLeft', { reason: firstReason(claim, drafts) || '—' })}</p>}
      <label className="line-comment">
        {t('task.comment')}
        <textarea name="lineComment" rows={2} maxLength={2000} value={comment} onChange={e => onComment(e.target.value)} />
      </label>
      <button type="submit" className="primary" disabled={busy}>
        {t(nothingLeft ? 'lines.submitReject' : partial ? 'lines.submitPartial' : 'lines.submitApprove')}
      </button>
    </form>
  );
}
