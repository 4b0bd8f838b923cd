import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../i18n/I18n';
import { designerApi, type WorkflowDiff } from '../api';
import { formatWhen } from '../common/format';
import { ProblemMessage } from '../common/ProblemMessage';
import { useLoad } from '../common/useLoad';
import { DiffTable } from './DiffTable';
import { DiffDiagram } from './DiffDiagram';
import { useMediaQuery } from '../common/useMediaQuery';

/** The versions of a process (who published them, when, instances running on each) and a diff of any two. */
export default function WorkflowVersionsPage() {
  const { processId = '' } = useParams();
  const { t, locale } = useI18n();
  const wide = !useMediaQuery('(max-width: 899px)');
  const { data: versions, error, loading } = useLoad(() => designerApi.workflowVersions(processId), [processId]);
  const [from, setFrom] = useState<number | null>(null);
  const [to, setTo] = useState<number | null>(null);
  const [diff, setDiff] = useState<WorkflowDiff | null>(null);
  const [diffError, setDiffError] = useState<unknown>(null);

  useEffect(() => {
    if (!versions || versions.length === 0) return;
    setTo(versions[0].version);
    setFrom(versions[Math.min(1, versions.length - 1)].version);
  }, [versions]);

  useEffect(() => {
    if (from === null || to === null || from === to) {
      setDiff(null);
      return;
    }
    let live = true;
    setDiffError(null);
    designerApi.workflowDiff(processId, from, to)
      .then(d => { if (live) setDiff(d); })
      .catch(e => { if (live) setDiffError(e); });
    return () => { live = false; };
  }, [processId, from, to]);

  const options = versions?.map(v => <option key={v.version} value={v.version}>{t('designer.versionN', { version: v.version })}</option>);
  return (
    <div className="designer-page">
      <h1>{t('designer.versionsOf', { name: processId })}</h1>
      <p><Link to={`/designer/${encodeURIComponent(processId)}`}>{t('designer.openEditor')}</Link> · <Link to="/designer">{t('designer.workflows')}</Link></p>
      {loading && <p className="loading">{t('common.loading')}</p>}
      <ProblemMessage error={error} />
      {versions && (
        <table className="responsive" data-testid="workflow-versions">
          <thead>
            <tr>
              <th>{t('designer.version')}</th><th>{t('designer.publishedBy')}</th><th>{t('designer.publishedAt')}</th>
              <th>{t('designer.source')}</th><th>{t('designer.running')}</th><th>{t('designer.comment')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map(v => (
              <tr key={v.version}>
                <td data-label={t('designer.version')}>{v.version}</td>
                <td data-label={t('designer.publishedBy')}>{v.publishedBy}</td>
                <td data-label={t('designer.publishedAt')}>{formatWhen(v.publishedAt, locale)}</td>
                <td data-label={t('designer.source')}>{v.source === 'file' ? t('designer.source.file') : t('designer.source.designer')}</td>
                <td data-label={t('designer.running')}>{v.runningInstances}</td>
                <td data-label={t('designer.comment')}>{v.comment}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {versions && versions.length > 1 && (
        <section className="diff-section">
          <h2>{t('designer.compare')}</h2>
          <div className="inline-form">
            <label>{t('designer.from')}<select aria-label={t('designer.from')} value={from ?? ''} onChange={e => setFrom(Number(e.target.value))}>{options}</select></label>
            <label>{t('designer.to')}<select aria-label={t('designer.to')} value={to ?? ''} onChange={e => setTo(Number(e.target.value))}>{options}</select></label>
          </div>
          <ProblemMessage error={diffError} />
          {diff && <DiffTable diff={diff} />}
          {diff && wide && <DiffDiagram processId={processId} diff={diff} />}
        </section>
      )}
    </div>
  );
}
