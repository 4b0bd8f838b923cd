import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18n';
import type { RuleSetSample, RuleSetTestResult } from '../api';
import { ProblemMessage } from '../common/ProblemMessage';

/** Runs a sample case (or edited facts) through the draft or the latest version and shows which rules fired. */
export function TestBench({ samples, hasDraft, onRun }: {
  samples: RuleSetSample[];
  hasDraft: boolean;
  onRun: (facts: unknown, source: 'draft' | 'latest') => Promise<RuleSetTestResult>;
}) {
  const { t } = useI18n();
  const [sample, setSample] = useState(samples[0]?.name ?? '');
  const [facts, setFacts] = useState('');
  const [source, setSource] = useState<'draft' | 'latest'>(hasDraft ? 'draft' : 'latest');
  const [onlyFired, setOnlyFired] = useState(true);
  const [result, setResult] = useState<RuleSetTestResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const chosen = samples.find(s => s.name === sample);
    setFacts(chosen ? JSON.stringify(chosen.facts, null, 2) : '{}');
    setResult(null);
  }, [sample, samples]);

  useEffect(() => { if (hasDraft) setSource('draft'); }, [hasDraft]);

  async function run() {
    setBusy(true);
    setError(null);
    try {
      let parsed: unknown;
      try {
        parsed = JSON.parse(facts);
      } catch (e) {
        throw new Error(t('designer.bench.badJson', { message: e instanceof Error ? e.message : String(e) }));
      }
      setResult(await onRun(parsed, source));
    } catch (e) {
      setError(e);
      setResult(null);
    } finally {
      setBusy(false);
    }
  }

  const rows = result ? (onlyFired ? result.rules.filter(r => r.fired || r.error) : result.rules) : [];
  const description = samples.find(s => s.name === sample)?.description;
  return (
    <section className="card test-bench" aria-label={t('designer.bench.title')}>
      <h2>{t('designer.bench.title')}</h2>
      <div className="inline-form">
        <label>{t('designer.bench.sample')}
          <select aria-label={t('designer.bench.sample')} value={sample} onChange={e => setSample(e.target.value)}>
            {samples.map(s => <option key={s.name} value={s.name}>{s.name}</option>)}
          </select>
        </label>
        <label>{t('designer.bench.source')}
          <select aria-label={t('designer.bench.source')} value={source} onChange={e => setSource(e.target.value as 'draft' | 'latest')}>
            <option value="draft">{t('designer.bench.draft')}</option>
            <option value="latest">{t('designer.bench.latest')}</option>
          </select>
        </label>
        <button type="button" className="primary" onClick={() => void run()} disabled={busy}>{t('designer.bench.run')}</button>
      </div>
      {description && <p className="muted">{description}</p>}
      <details>
        <summary>{t('designer.bench.facts')}</summary>
        <textarea aria-label={t('designer.bench.facts')} className="facts" value={facts} onChange={e => setFacts(e.target.value)} rows={12} spellCheck={false} />
      </details>
      <ProblemMessage error={error} />
      {result && (
        <div data-testid="bench-result">
          <p>
            {t('designer.bench.outcome')}: <strong data-testid="bench-outcome">{result.outcome}</strong>
            {result.reasonCodes.length > 0 && <> · {t('designer.bench.reasonCodes')}: {result.reasonCodes.join(', ')}</>}
            {' · '}{result.version === 0 ? t('designer.bench.draft') : t('designer.versionN', { version: result.version })}
            {' · '}{t('designer.bench.firedCount', { fired: result.rules.filter(r => r.fired).length, total: result.rules.length })}
          </p>
          <label className="inline-check"><input type="checkbox" checked={onlyFired} onChange={e => setOnlyFired(e.target.checked)} /> {t('designer.bench.onlyFired')}</label>
          <table className="responsive">
            <thead><tr><th>{t('designer.rules.name')}</th><th>{t('designer.bench.fired')}</th><th>{t('designer.rules.outcome')}</th><th>{t('designer.rules.reasonCode')}</th><th>{t('designer.rules.message')}</th></tr></thead>
            <tbody>
              {rows.map(r => (
                <tr key={r.name} className={r.fired ? 'fired' : ''} data-fired={r.fired}>
                  <td data-label={t('designer.rules.name')}>{r.name}</td>
                  <td data-label={t('designer.bench.fired')}>{r.fired ? t('designer.yes') : t('designer.no')}{!r.enabled && ` (${t('designer.bench.disabled')})`}</td>
                  <td data-label={t('designer.rules.outcome')}>{r.outcome}</td>
                  <td data-label={t('designer.rules.reasonCode')}>{r.reasonCode}</td>
                  <td data-label={t('designer.rules.message')}>{r.error ? <span className="error">{r.error}</span> : r.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length === 0 && <p className="muted">{t('designer.bench.noneFired')}</p>}
        </div>
      )}
    </section>
  );
}
