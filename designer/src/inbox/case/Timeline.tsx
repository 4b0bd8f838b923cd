import { useI18n } from '../../i18n/I18n';
import { useFormat } from '../shared/format';
import { humanise } from '../shared/labels';
import type { TimelineEntry } from '../types';

/** A short line from an audit entry's data: its plain fields, the case's own identifiers left out. */
function summary(detail: unknown): string {
  if (detail === null || detail === undefined) return '';
  if (typeof detail !== 'object') return String(detail);
  return Object.entries(detail as Record<string, unknown>)
    .filter(([key, v]) => v !== null && v !== '' && typeof v !== 'object' && !['caseId', 'caseType', 'caseNumber'].includes(key))
    .map(([key, v]) => `${key}: ${String(v)}`)
    .join(' · ');
}

/** The case's history from the audit trail, oldest first. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useI18n();
  const f = useFormat();
  if (entries.length === 0) return <p className="muted">{t('case.noTimeline')}</p>;
  return (
    <ol className="timeline">
      {entries.map((e, i) => (
        <li key={e.sequence ?? i}>
          <time dateTime={e.at}>{f.dateTime(e.at)}</time>
          <strong>{humanise(e.action)}</strong>
          <span className="muted">{e.actor}</span>
          {summary(e.detail) && <span className="timeline-detail">{summary(e.detail)}</span>}
        </li>
      ))}
    </ol>
  );
}
