import { useI18n } from '../../i18n/I18n';
import { formatWhen } from './format';

/** Who saved the shared draft and when (or which version is being edited), and whether this page has unsaved edits. */
export function DraftStatus({ draft, basedOn, dirty }: {
  draft: { updatedBy: string; updatedAt: string; basedOnVersion: number | string | null } | null;
  basedOn: number | string | null;
  dirty: boolean;
}) {
  const { t, locale } = useI18n();
  return (
    <span className="muted status" data-testid="draft-status">
      {draft
        ? t('designer.draftBy', { who: draft.updatedBy, when: formatWhen(draft.updatedAt, locale), version: draft.basedOnVersion ?? '—' })
        : t('designer.editingVersion', { version: basedOn ?? '—' })}
      {dirty && <strong> · {t('designer.unsaved')}</strong>}
    </span>
  );
}
