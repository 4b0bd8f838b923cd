import { useCallback } from 'react';
import { catalog, type MessageKey } from '../../i18n/catalog';
import { useI18n } from '../../i18n/I18n';

/** "PendingReview" → "Pending review", "send-back" → "Send back": a readable fallback for values without a message. */
export function humanise(value: string): string {
  const words = value.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The message for a value the host sends (a status, case type or decision) under `prefix`, e.g.
 * label('status', 'PendingReview'); a value the catalogue does not know yet is shown readably rather than hidden.
 */
export function useLabel(): (prefix: string, value: string | null | undefined) => string {
  const { t } = useI18n();
  return useCallback((prefix, value) => {
    if (!value) return '—';
    const key = `${prefix}.${value}`;
    return key in catalog.en ? t(key as MessageKey) : humanise(value);
  }, [t]);
}
