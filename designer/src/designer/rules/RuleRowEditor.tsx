import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18n';
import { designerApi, type RuleRow } from '../api';

export const outcomes = ['auto-pass', 'alert', 'adjust', 'route', 'send-back', 'reject', 'hold', 'block'];

type Check = { state: 'idle' } | { state: 'checking' } | { state: 'ok' } | { state: 'bad'; message: string } | { state: 'failed'; message: string };

/**
 * One editable rule. The expression is checked by the server as it is typed (debounced), against the rule set's
 * inputs, so a typo shows before the draft is saved.
 */
export function RuleRowEditor({ ruleSet, rule, problem, onChange, onRemove }: {
  ruleSet: string;
  rule: RuleRow;
  problem: string | undefined;
  onChange: (rule: RuleRow) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const [check, setCheck] = useState<Check>({ state: 'idle' });
  const [touched, setTouched] = useState(false);

  useEffect(() => {
    if (!touched) return;
    if (!rule.expression.trim()) {
      setCheck({ state: 'bad', message: t('designer.rules.expressionRequired') });
      return;
    }
    let live = true;
    setCheck({ state: 'checking' });
    const timer = window.setTimeout(() => {
      designerApi.checkExpression(ruleSet, rule.expression)
        .then(result => { if (live) setCheck(result.ok ? { state: 'ok' } : { state: 'bad', message: result.message ?? '' }); })
        .catch(error => { if (live) setCheck({ state: 'failed', message: error instanceof Error ? error.message : String(error) }); });
    }, 350);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [ruleSet, rule.expression, touched, t]);

  const set = (patch: Partial<RuleRow>) => onChange({ ...rule, ...patch });
  return (
    <tr className={rule.enabled ? 'rule-row' : 'rule-row disabled'} data-rule={rule.name}>
      <td data-label={t('designer.rules.enabled')}>
        <input type="checkbox" aria-label={t('designer.rules.enabled')} checked={rule.enabled} onChange={e => set({ enabled: e.target.checked })} />
      </td>
      <td data-label={t('designer.rules.name')}>
        <input aria-label={t('designer.rules.name')} value={rule.name} onChange={e => set({ name: e.target.value })} />
        <input aria-label={t('designer.rules.source')} className="small" value={rule.source} placeholder={t('designer.rules.source')} onChange={e => set({ source: e.target.value })} />
      </td>
      <td data-label={t('designer.rules.expression')} className="expression-cell">
        <textarea
          aria-label={t('designer.rules.expression')}
          value={rule.expression}
          rows={2}
          spellCheck={false}
          onChange={e => { setTouched(true); set({ expression: e.target.value }); }}
        />
        <div className={`expression-check ${check.state}`} data-testid="expression-check" aria-live="polite">
          {check.state === 'checking' && t('designer.rules.checking')}
          {check.state === 'ok' && `✓ ${t('designer.rules.expressionOk')}`}
          {(check.state === 'bad' || check.state === 'failed') && `✗ ${check.message}`}
        </div>
        {problem && <div className="error">{problem}</div>}
      </td>
      <td data-label={t('designer.rules.outcome')}>
        <select aria-label={t('designer.rules.outcome')} value={rule.outcome} onChange={e => set({ outcome: e.target.value })}>
          {[...new Set([...outcomes, rule.outcome])].map(o => <option key={o} value={o}>{o}</option>)}
        </select>
      </td>
      <td data-label={t('designer.rules.reasonCode')}>
        <input aria-label={t('designer.rules.reasonCode')} className="small" value={rule.reasonCode} maxLength={3} onChange={e => set({ reasonCode: e.target.value.toUpperCase() })} />
      </td>
      <td data-label={t('designer.rules.message')}>
        <textarea aria-label={t('designer.rules.message')} value={rule.message} rows={2} onChange={e => set({ message: e.target.value })} />
      </td>
      <td>
        <button type="button" className="danger" onClick={onRemove} aria-label={t('designer.rules.remove', { name: rule.name })}>✕</button>
      </td>
    </tr>
  );
}
