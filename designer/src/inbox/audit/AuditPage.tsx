import { useState, type FormEvent } from 'react';
import { useSession } from '../../auth/Session';
import { useI18n } from '../../i18n/I18n';
import { inboxApi } from '../api';
import { useFormat } from '../shared/format';
import { humanise } from '../shared/labels';
import { Loading, Problem } from '../shared/Problem';
import { useLoad } from '../shared/useLoad';
import type { AuditEntry } from '../types';
import './audit.css';

interface Filters { from: string; to: string; actor: string; action: string; subject: string }
const empty: Filters = { from: '', to: '', actor: '', action: '', subject: '' };
const pageSize = 50;

/** The audit trail within scope, filtered and keyset-paged by sequence, and the chain-verification result. */
export function AuditPage() {
  const { t } = useI18n();
  const f = useFormat();
  const { inGroup } = useSession();
  const mayVerify = inGroup('admins', 'auditors');
  const [draft, setDraft] = useState<Filters>(empty);
  const [filters, setFilters] = useState<Filters>(empty);
  const [afters, setAfters] = useState<(number | null)[]>([null]);
  const after = afters[afters.length - 1];

  const entries = useLoad(async () => {
    const answer = await inboxApi.audit({ ...filters, after: after === null ? null : String(after), limit: pageSize });
    return Array.isArray(answer) ? answer : answer.items;
  }, [filters, after]);
  const verification = useLoad(async () => (mayVerify ? inboxApi.verifyAudit() : null), [mayVerify]);

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilters(draft);
    setAfters([null]);
  }

  const field = (key: keyof Filters, label: string, type = 'text') => (
    <label>
      {label}
      <input name={key} type={type} value={draft[key]} onChange={e => setDraft({ ...draft, [key]: e.target.value })} />
    </label>
  );
  const rows: AuditEntry[] = entries.data ?? [];
  const last = rows.length === pageSize ? rows[rows.length - 1].sequence : null;

  return (
    <div className="audit-page">
      <h1>{t('audit.title')}</h1>
      <section className="card verification" aria-labelledby="verification-title">
        <h2 id="verification-title">{t('audit.verification')}</h2>
        {!mayVerify && <p className="muted">{t('audit.notAllowed')}</p>}
        {verification.loading && mayVerify && <Loading />}
        <Problem error={verification.error} />
        {verification.data && (
          <p role="status" className={verification.data.valid ? 'verify-result valid' : 'verify-result invalid'}>
            {verification.data.valid
              ? `✓ ${t('audit.valid', { entries: verification.data.entries })}`
              : `✗ ${t('audit.invalid', { sequence: verification.data.firstBrokenSequence ?? '?', problem: verification.data.problem ?? '' })}`}
          </p>
        )}
        {mayVerify && <button type="button" onClick={verification.reload} disabled={verification.loading}>{t('audit.verify')}</button>}
      </section>

      <form className="card audit-filters" onSubmit={apply}>
        {field('from', t('audit.filter.from'), 'datetime-local')}
        {field('to', t('audit.filter.to'), 'datetime-local')}
        {field('actor', t('audit.filter.actor'))}
        {field('action', t('audit.filter.action'))}
        {field('subject', t('audit.filter.subject'))}
        <div className="button-row">
          <button type="submit" className="primary">{t('inbox.filter.apply')}</button>
          <button type="button" onClick={() => { setDraft(empty); setFilters(empty); setAfters([null]); }}>{t('inbox.filter.clear')}</button>
        </div>
      </form>

      <Problem error={entries.error} onRetry={entries.reload} />
      {entries.loading && !entries.data && <Loading />}
      {entries.data && rows.length === 0 && <p className="card muted">{t('audit.empty')}</p>}
      {rows.length > 0 && (
        <table className="responsive audit-table">
          <thead>
            <tr>
              <th scope="col">{t('audit.col.sequence')}</th>
              <th scope="col">{t('audit.col.at')}</th>
              <th scope="col">{t('audit.col.actor')}</th>
              <th scope="col">{t('audit.col.action')}</th>
              <th scope="col">{t('audit.col.subject')}</th>
              <th scope="col">{t('audit.col.data')}</th>
              <th scope="col">{t('audit.col.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(e => (
              <tr key={e.sequence}>
                <td data-label={t('audit.col.sequence')}>{e.sequence}</td>
                <td data-label={t('audit.col.at')}><time dateTime={e.at}>{f.dateTime(e.at)}</time></td>
                <td data-label={t('audit.col.actor')}>{e.actor} <span className="muted small">{e.actorKind}</span></td>
                <td data-label={t('audit.col.action')}>{humanise(e.action)}</td>
                <td data-label={t('audit.col.subject')} className="mono">{e.subject}</td>
                <td data-label={t('audit.col.data')} className="audit-data">{JSON.stringify(e.data)}</td>
                <td data-label={t('audit.col.hash')} className="mono" title={e.hash}>{e.hash.slice(0, 10)}…</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav className="pager" aria-label="pages">
        <button type="button" disabled={afters.length === 1} onClick={() => setAfters([null])}>{t('common.first')}</button>
        <button type="button" disabled={afters.length === 1} onClick={() => setAfters(a => a.slice(0, -1))}>{t('inbox.previous')}</button>
        <button type="button" disabled={last === null} onClick={() => setAfters(a => [...a, last])}>{t('common.next')}</button>
      </nav>
    </div>
  );
}
