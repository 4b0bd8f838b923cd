import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/I18n';
import { designerApi, type RuleSetDiff, type RuleSetVersion } from '../api';
import { formatWhen } from '../common/format';
import { ProblemMessage } from '../common/ProblemMessage';

/** Published versions of a rule set and a rule-by-rule diff of any two (or of the draft). */
export function RuleSetVersions({ name, versions, hasDraft }: { name: string; versions: RuleSetVersion[]; hasDraft: boolean }) {
  const { t, locale } = useI18n();
  const sides = [...(hasDraft ? ['draft'] : []), ...versions.map(v => String(v.version))];
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [diff, setDiff] = useState<RuleSetDiff | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    setTo(sides[0] ?? '');
    setFrom(sides[1] ?? sides[0] ?? '');
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sides.join(',')]);

  useEffect(() => {
    if (!from || !to || from === to) {
      setDiff(null);
      return;
    }
    let live = true;
    setError(null);
    designerApi.ruleSetDiff(name, from, to)
      .then(d => { if (live) setDiff(d); })
      .catch(e => { if (live) setError(e); });
    return () => { live = false; };
  }, [name, from, to]);

  const label = (side: string) => (side === 'draft' ? t('designer.bench.draft') : t('designer.versionN', { version: side }));
  const options = sides.map(s => <option key={s} value={s}>{label(s)}</option>);
  return (
    <section className="card">
      <h2>{t('designer.versions')}</h2>
      <table className="responsive" data-testid="rule-set-versions">
        <thead><tr><th>{t('designer.version')}</th><th>{t('designer.publishedBy')}</th><th>{t('designer.publishedAt')}</th><th>{t('designer.source')}</th><th>{t('designer.ruleCount')}</th><th>{t('designer.comment')}</th></tr></thead>
        <tbody>
          {versions.map(v => (
            <tr key={v.version}>
              <td data-label={t('designer.version')}>{v.version}</td>
              <td data-label={t('designer.publishedBy')}>{v.publishedBy}</td>
              <td data-label={t('designer.publishedAt')}>{formatWhen(v.publishedAt, locale)}</td>
              <td data-label={t('designer.source')}>{v.source === 'file' ? t('designer.source.file') : t('designer.source.designer')}</td>
              <td data-label={t('designer.ruleCount')}>{v.ruleCount}</td>
              <td data-label={t('designer.comment')}>{v.comment}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {sides.length > 1 && (
        <>
          <h3>{t('designer.compare')}</h3>
          <div className="inline-form">
            <label>{t('designer.from')}<select aria-label={t('designer.from')} value={from} onChange={e => setFrom(e.target.value)}>{options}</select></label>
            <label>{t('designer.to')}<select aria-label={t('designer.to')} value={to} onChange={e => setTo(e.target.value)}>{options}</select></label>
          </div>
          <ProblemMessage error={error} />
          {diff && (diff.added.length + diff.removed.length + diff.changed.length === 0
            ? <p className="muted">{t('designer.noDifferences')}</p>
            : (
              <table className="responsive diff" data-testid="rule-set-diff">
                <thead><tr><th>{t('designer.change')}</th><th>{t('designer.rules.name')}</th><th>{t('designer.details')}</th></tr></thead>
                <tbody>
                  {diff.added.map(r => <tr key={`a-${r.name}`} className="diff-added"><td>{t('designer.diff.added')}</td><td>{r.name}</td><td><code>{r.expression}</code></td></tr>)}
                  {diff.removed.map(r => <tr key={`r-${r.name}`} className="diff-removed"><td>{t('designer.diff.removed')}</td><td>{r.name}</td><td><code>{r.expression}</code></td></tr>)}
                  {diff.changed.map(r => (
                    <tr key={`c-${r.name}`} className="diff-changed">
                      <td>{t('designer.diff.changed')}</td><td>{r.name}</td>
                      <td>{r.changes.map(c => <div key={c.field}><code>{c.field}</code>: <del>{c.from ?? '∅'}</del> → <ins>{c.to ?? '∅'}</ins></div>)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ))}
        </>
      )}
    </section>
  );
}
