import { useI18n } from '../../i18n/I18n';
import type { WorkflowDiff } from '../api';

/** A diff of two versions by BPMN element: added, removed, and changed with each attribute's old and new value. */
export function DiffTable({ diff }: { diff: WorkflowDiff }) {
  const { t } = useI18n();
  const rows = [
    ...diff.added.map(e => ({ kind: 'added' as const, ...e, changes: [] })),
    ...diff.removed.map(e => ({ kind: 'removed' as const, ...e, changes: [] })),
    ...diff.changed.map(e => ({ kind: 'changed' as const, ...e })),
  ];
  if (rows.length === 0) return <p className="muted">{t('designer.noDifferences')}</p>;
  return (
    <table className="responsive diff" data-testid="workflow-diff">
      <thead>
        <tr><th>{t('designer.change')}</th><th>{t('designer.element')}</th><th>{t('designer.type')}</th><th>{t('designer.details')}</th></tr>
      </thead>
      <tbody>
        {rows.map(row => (
          <tr key={`${row.kind}-${row.id}`} className={`diff-${row.kind}`}>
            <td data-label={t('designer.change')}>{t(`designer.diff.${row.kind}`)}</td>
            <td data-label={t('designer.element')}><code>{row.id}</code> {row.name}</td>
            <td data-label={t('designer.type')}>{row.type}</td>
            <td data-label={t('designer.details')}>
              {row.changes.map(c => (
                <div key={c.attribute}><code>{c.attribute}</code>: <del>{c.from ?? '∅'}</del> → <ins>{c.to ?? '∅'}</ins></div>
              ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
