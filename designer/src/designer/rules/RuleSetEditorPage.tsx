import { useEffect, useMemo, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../i18n/I18n';
import { designerApi, type RuleRow, type RuleSetProblem, type RuleSetSample, type RuleSetVersion } from '../api';
import { DraftStatus } from '../common/DraftStatus';
import { problemsOf } from '../common/notFound';
import { ProblemMessage } from '../common/ProblemMessage';
import { PublishDialog } from '../common/PublishDialog';
import { useUnsavedGuard } from '../common/useUnsavedGuard';
import { RuleRowEditor } from './RuleRowEditor';
import { RuleSetVersions } from './RuleSetVersions';
import { TestBench } from './TestBench';

interface Loaded {
  rules: RuleRow[];
  etag: string | null;
  basedOn: number;
  updatedBy: string | null;
  updatedAt: string | null;
  problems: RuleSetProblem[];
  inputs: { name: string; type: string }[];
  versions: RuleSetVersion[];
  samples: RuleSetSample[];
}

/** The rule table of one rule set: edit, check each expression as typed, try on samples, save, publish. */
export default function RuleSetEditorPage() {
  const { name = '' } = useParams();
  const { t } = useI18n();
  const [state, setState] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  const [publishing, setPublishing] = useState(false);
  const [generation, setGeneration] = useState(0);

  useUnsavedGuard(dirty, t('designer.unsavedQuestion'));

  useEffect(() => {
    let live = true;
    setState(null);
    setLoadError(null);
    setDirty(false);
    (async () => {
      const [list, versions, samples] = await Promise.all([designerApi.ruleSets(), designerApi.ruleSetVersions(name), designerApi.ruleSetSamples(name)]);
      const summary = list.find(r => r.name === name);
      if (!summary) throw new Error(t('designer.rules.unknown', { name }));
      if (summary.hasDraft) {
        const draft = await designerApi.ruleSetDraft(name);
        return { rules: draft.rules, etag: draft.etag, basedOn: draft.basedOnVersion, updatedBy: draft.updatedBy, updatedAt: draft.updatedAt, problems: draft.problems, inputs: draft.inputs, versions, samples };
      }
      const latest = await designerApi.ruleSetVersion(name, summary.latestVersion);
      return { rules: latest.rules, etag: null, basedOn: latest.version, updatedBy: null, updatedAt: null, problems: [], inputs: latest.inputs, versions, samples };
    })()
      .then(loaded => { if (live) setState(loaded); })
      .catch(error => { if (live) setLoadError(error); });
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [name, generation]);

  const problemByRule = useMemo(() => new Map((state?.problems ?? []).filter(p => p.rule).map(p => [p.rule!, p.message])), [state?.problems]);

  if (loadError) return <div className="designer-page"><h1>{name}</h1><ProblemMessage error={loadError} /></div>;
  if (!state) return <p className="loading">{t('common.loading')}</p>;

  const update = (patch: Partial<Loaded>) => setState(s => (s ? { ...s, ...patch } : s));
  const setRules = (rules: RuleRow[]) => { update({ rules }); setDirty(true); };

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setActionError(null);
    setNotice(null);
    try {
      await action();
    } catch (error) {
      setActionError(error);
      const problems = problemsOf<RuleSetProblem>(error);
      if (problems.length) update({ problems });
    } finally {
      setBusy(false);
    }
  }

  async function saveDraft() {
    const saved = await designerApi.saveRuleSetDraft(name, state!.rules, state!.etag, state!.basedOn);
    update({ rules: saved.rules, etag: saved.etag, basedOn: saved.basedOnVersion, updatedBy: saved.updatedBy, updatedAt: saved.updatedAt, problems: saved.problems });
    setDirty(false);
    return saved;
  }

  const onSave = () => run(async () => {
    const saved = await saveDraft();
    setNotice(saved.problems.length ? t('designer.rules.savedWithProblems', { count: saved.problems.length }) : t('designer.rules.saved'));
  });

  const onPublish = (comment: string) => run(async () => {
    const saved = dirty || !state.etag ? await saveDraft() : null;
    const problems = saved?.problems ?? state.problems;
    if (problems.length) {
      setPublishing(false);
      setActionError(new Error(t('designer.rules.publishRefused', { problems: problems.map(p => (p.rule ? `${p.rule}: ${p.message}` : p.message)).join('; ') })));
      return;
    }
    const version = await designerApi.publishRuleSet(name, comment);
    setPublishing(false);
    const versions = await designerApi.ruleSetVersions(name);
    update({ etag: null, basedOn: version.version, updatedBy: null, updatedAt: null, versions });
    setNotice(t('designer.published', { version: version.version }));
  });

  const onDiscard = () => run(async () => {
    if (!window.confirm(t('designer.discardQuestion'))) return;
    if (state.etag) await designerApi.deleteRuleSetDraft(name);
    setGeneration(g => g + 1);
  });

  // The bench runs the saved draft: unsaved edits are saved first, so what is tried is what would be published.
  const onRun = async (facts: unknown, source: 'draft' | 'latest') => {
    if (source === 'draft' && (dirty || !state.etag)) await saveDraft();
    return designerApi.testRuleSet(name, facts, source);
  };

  const needle = filter.trim().toLowerCase();
  const visible = state.rules
    .map((rule, index) => ({ rule, index }))
    .filter(({ rule }) => !needle || [rule.name, rule.expression, rule.reasonCode, rule.source, rule.outcome].some(v => v?.toLowerCase().includes(needle)));

  return (
    <div className="designer-page rule-editor">
      <header className="editor-toolbar">
        <h1>{name}</h1>
        <DraftStatus
          draft={state.etag ? { updatedBy: state.updatedBy ?? '', updatedAt: state.updatedAt ?? '', basedOnVersion: state.basedOn } : null}
          basedOn={state.basedOn} dirty={dirty} />
        <div className="actions">
          <button type="button" onClick={onSave} disabled={busy}>{t('designer.saveDraft')}</button>
          <button type="button" className="primary" onClick={() => setPublishing(true)} disabled={busy}>{t('designer.publish')}</button>
          <button type="button" onClick={onDiscard} disabled={busy || (!state.etag && !dirty)}>{t('designer.discardDraft')}</button>
          <Link to="/rules">{t('designer.ruleSets')}</Link>
        </div>
      </header>
      {publishing && <PublishDialog busy={busy} onPublish={onPublish} onCancel={() => setPublishing(false)} />}
      {notice && <p role="status" className="notice">{notice}</p>}
      <ProblemMessage error={actionError} />
      <p className="muted">{t('designer.rules.inputs')}: {state.inputs.map(i => `${i.name}: ${i.type}`).join(', ')}</p>
      {state.problems.filter(p => !p.rule).map(p => <p key={p.message} className="error">{p.message}</p>)}
      <div className="inline-form">
        <label>{t('designer.rules.filter')}<input type="search" aria-label={t('designer.rules.filter')} value={filter} onChange={e => setFilter(e.target.value)} /></label>
        <span className="muted">{t('designer.rules.count', { shown: visible.length, total: state.rules.length })}</span>
        <button type="button" onClick={() => setRules([...state.rules, { name: `new-rule-${state.rules.length + 1}`, expression: '', outcome: 'route', reasonCode: '', source: '', message: '', enabled: true }])}>
          {t('designer.rules.add')}
        </button>
      </div>
      <div className="rule-table-wrap">
        <table className="responsive rule-table">
          <thead>
            <tr>
              <th>{t('designer.rules.enabled')}</th><th>{t('designer.rules.name')}</th><th>{t('designer.rules.expression')}</th>
              <th>{t('designer.rules.outcome')}</th><th>{t('designer.rules.reasonCode')}</th><th>{t('designer.rules.message')}</th><th />
            </tr>
          </thead>
          <tbody>
            {visible.map(({ rule, index }) => (
              <RuleRowEditor
                key={index}
                ruleSet={name}
                rule={rule}
                problem={problemByRule.get(rule.name)}
                onChange={changed => setRules(state.rules.map((r, i) => (i === index ? changed : r)))}
                onRemove={() => setRules(state.rules.filter((_, i) => i !== index))}
              />
            ))}
          </tbody>
        </table>
      </div>
      <TestBench samples={state.samples} hasDraft={!!state.etag || dirty} onRun={onRun} />
      <RuleSetVersions name={name} versions={state.versions} hasDraft={!!state.etag} />
    </div>
  );
}
