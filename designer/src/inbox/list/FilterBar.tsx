import { useEffect, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18n';
import type { MessageKey } from '../../i18n/catalog';
import type { TaskQuery } from '../types';
import { useLabel } from '../shared/labels';
import { caseTypes, dues, sorts, taskStatuses, toMajorText, toMinor, views } from './taskQuery';

/**
 * The inbox filters: whose tasks, lifecycle, task status, due, dealer, amount range (typed in major units, sent as
 * minor units) and sort. Applied on submit, so typing a dealer code does not fire a request per key.
 */
export function FilterBar({ value, onApply }: { value: TaskQuery; onApply: (q: TaskQuery) => void }) {
  const { t } = useI18n();
  const label = useLabel();
  const [draft, setDraft] = useState(value);
  const [minText, setMinText] = useState(toMajorText(value.minAmount));
  const [maxText, setMaxText] = useState(toMajorText(value.maxAmount));

  useEffect(() => {
    setDraft(value);
    setMinText(toMajorText(value.minAmount));
    setMaxText(toMajorText(value.maxAmount));
  }, [value]);

  function set<K extends keyof TaskQuery>(key: K, v: TaskQuery[K]) {
    setDraft(d => ({ ...d, [key]: v || undefined }));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply({ ...draft, minAmount: toMinor(minText), maxAmount: toMinor(maxText) });
  }

  const select = (key: 'view' | 'caseType' | 'status' | 'due' | 'sort', labelKey: MessageKey, options: readonly string[], text: (o: string) => string, any = true) => (
    <label>
      {t(labelKey)}
      <select name={key} value={draft[key] ?? ''} onChange={e => set(key, e.target.value)}>
        {any && <option value="">{t('inbox.filter.any')}</option>}
        {options.map(o => <option key={o} value={o}>{text(o)}</option>)}
      </select>
    </label>
  );

  return (
    <form className="inbox-filters card" onSubmit={submit} aria-label={t('inbox.filters')}>
      {select('view', 'inbox.filter.view', views, o => t(`inbox.view.${o}` as MessageKey), false)}
      {select('caseType', 'inbox.filter.caseType', caseTypes, o => label('caseType', o))}
      {select('status', 'inbox.filter.status', taskStatuses, o => t(`inbox.taskStatus.${o}` as MessageKey))}
      {select('due', 'inbox.filter.due', dues, o => t(`inbox.due.${o}` as MessageKey))}
      <label>
        {t('inbox.filter.dealer')}
        <input name="dealer" value={draft.dealer ?? ''} maxLength={32} onChange={e => set('dealer', e.target.value)} placeholder="D1001" />
      </label>
      <label>
        {t('inbox.filter.minAmount')}
        <input name="minAmount" inputMode="decimal" value={minText} onChange={e => setMinText(e.target.value)} />
      </label>
      <label>
        {t('inbox.filter.maxAmount')}
        <input name="maxAmount" inputMode="decimal" value={maxText} onChange={e => setMaxText(e.target.value)} />
      </label>
      {select('sort', 'inbox.filter.sort', sorts, o => t(`inbox.sort.${o}` as MessageKey), false)}
      <div className="filter-actions">
        <button type="submit" className="primary">{t('inbox.filter.apply')}</button>
        <button type="button" onClick={() => onApply({})}>{t('inbox.filter.clear')}</button>
      </div>
    </form>
  );
}
