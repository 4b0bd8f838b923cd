import { useI18n } from '../../i18n/I18n';
import { inboxApi } from '../api';
import { useLabel } from '../shared/labels';
import { Loading, Problem } from '../shared/Problem';
import { useLoad } from '../shared/useLoad';
import type { CaseView } from '../types';
import { CaseDiagram } from './CaseDiagram';
import { DataView } from './DataView';
import { RuleResults } from './RuleResults';
import { Timeline } from './Timeline';
import './case.css';

/** The case beside the task: its data, the rule results with reasons, the process diagram and the audit timeline. */
export function CasePanel({ caseView }: { caseView: CaseView }) {
  const { t } = useI18n();
  const label = useLabel();

  return (
    <div className="case-panel">
      <section className="card" aria-labelledby="case-title">
        <h2 id="case-title">{t('case.title', { number: caseView.caseNumber })}</h2>
        <p className="case-meta">
          <span>{label('caseType', caseView.caseType)}</span>
          <span>{t('case.status')}: <strong className="case-status">{label('status', caseView.status)}</strong></span>
          {caseView.dealer && <span>{t('case.dealer')}: {caseView.dealer.code}{caseView.dealer.name ? ` ${caseView.dealer.name}` : ''}</span>}
        </p>
      </section>
      <section className="card" aria-labelledby="rules-title">
        <h2 id="rules-title">{t('case.rules')}</h2>
        <RuleResults results={caseView.ruleResults} />
      </section>
      {caseView.process && (
        <section className="card" aria-labelledby="diagram-title">
          <h2 id="diagram-title">{t('case.diagram')}</h2>
          {caseView.process.xml
            ? <CaseDiagram process={caseView.process} xml={caseView.process.xml} />
            : <p className="muted">{t('case.diagramUnavailable', { reason: caseView.process.processId })}</p>}
        </section>
      )}
      <section className="card" aria-labelledby="data-title">
        <h2 id="data-title">{t('case.data')}</h2>
        <DataView data={caseView.data} />
      </section>
      <section className="card" aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('case.timeline')}</h2>
        <Timeline entries={caseView.timeline} />
      </section>
    </div>
  );
}

export function CaseLoader({ taskId, round }: { taskId: string; round: number }) {
  const caseView = useLoad(() => inboxApi.caseOf(taskId), [taskId, round]);
  return (
    <>
      {caseView.loading && !caseView.data && <Loading />}
      <Problem error={caseView.error} onRetry={caseView.reload} />
      {caseView.data && <CasePanel caseView={caseView.data} />}
    </>
  );
}
