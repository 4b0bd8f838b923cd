import { FormEditor } from '@bpmn-io/form-js';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../i18n/I18n';
import { designerApi, type FormDraft, type FormProblem } from '../api';
import { DraftStatus } from '../common/DraftStatus';
import { problemsOf } from '../common/notFound';
import { ProblemMessage } from '../common/ProblemMessage';
import { PublishDialog } from '../common/PublishDialog';
import { useMediaQuery } from '../common/useMediaQuery';
import { useUnsavedGuard } from '../common/useUnsavedGuard';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import '@bpmn-io/form-js/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js/dist/assets/properties-panel.css';

declare global {
  interface Window {
    /** The open form editor, for scripted edits in the browser tests. */
    wdmsFormEditor?: FormEditor;
  }
}

/** A task form in the form-js editor: the field keys are the task's decision body (decision, reasonCode, comment…). */
export default function FormEditorPage() {
  const { formKey = '' } = useParams();
  const { t } = useI18n();
  const narrow = useMediaQuery('(max-width: 899px)');
  if (narrow) {
    return <div className="designer-page"><h1>{formKey}</h1><p className="card">{t('designer.needsWiderScreen')}</p></div>;
  }
  return <WideFormEditor formKey={formKey} />;
}

function WideFormEditor({ formKey }: { formKey: string }) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const editorRef = useRef<FormEditor | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [draft, setDraft] = useState<FormDraft | null>(null);
  const [basedOn, setBasedOn] = useState<number | null>(null);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [generation, setGeneration] = useState(0);

  useUnsavedGuard(dirty, t('designer.unsavedQuestion'));

  useEffect(() => {
    let live = true;
    let editor: FormEditor | null = null;
    setLoading(true);
    setLoadError(null);
    setDirty(false);
    (async () => {
      const list = await designerApi.forms();
      const summary = list.find(f => f.formKey === formKey);
      if (!summary) throw new Error(t('designer.unknownForm', { key: formKey }));
      const current = summary.hasDraft ? await designerApi.formDraft(formKey) : null;
      const schema = current?.schema
        ?? (summary.latestVersion ? (await designerApi.formVersion(formKey, summary.latestVersion)).schema : { type: 'default', id: formKey, components: [] });
      if (!live || !container.current) return;
      editor = new FormEditor({ container: container.current });
      await editor.importSchema(schema as Parameters<FormEditor['importSchema']>[0]);
      if (!live) return;
      editor.on('changed', () => setDirty(true));
      editorRef.current = editor;
      window.wdmsFormEditor = editor;
      setDraft(current);
      setBasedOn(current?.basedOnVersion ?? summary.latestVersion);
      setProblems(current?.validation.problems ?? []);
    })()
      .catch(error => { if (live) setLoadError(error); })
      .finally(() => { if (live) setLoading(false); });
    return () => {
      live = false;
      editor?.destroy();
      editorRef.current = null;
      if (window.wdmsFormEditor === editor) delete window.wdmsFormEditor;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formKey, generation]);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setActionError(null);
    setNotice(null);
    try {
      await action();
    } catch (error) {
      setActionError(error);
      const found = problemsOf<FormProblem>(error);
      if (found.length) setProblems(found);
    } finally {
      setBusy(false);
    }
  }

  async function saveDraft() {
    const saved = await designerApi.saveFormDraft(formKey, editorRef.current!.saveSchema(), basedOn, draft?.etag ?? null);
    setDraft(saved);
    setProblems(saved.validation.problems);
    setDirty(false);
    return saved;
  }

  const onSave = () => run(async () => {
    const saved = await saveDraft();
    setNotice(saved.validation.valid ? t('designer.forms.savedValid') : t('designer.forms.savedInvalid', { count: saved.validation.problems.length }));
  });

  const onPublish = (comment: string) => run(async () => {
    const saved = dirty || !draft ? await saveDraft() : draft;
    if (!saved.validation.valid) {
      setPublishing(false);
      setActionError(new Error(t('designer.forms.publishRefused', { problems: saved.validation.problems.map(p => `${p.path}: ${p.message}`).join('; ') })));
      return;
    }
    const version = await designerApi.publishForm(formKey, comment);
    setPublishing(false);
    setDraft(null);
    setBasedOn(version.version);
    setNotice(t('designer.published', { version: version.version }));
  });

  const onDiscard = () => run(async () => {
    if (!window.confirm(t('designer.discardQuestion'))) return;
    if (draft) await designerApi.deleteFormDraft(formKey);
    setGeneration(g => g + 1);
  });

  return (
    <div className="designer-editor form-designer">
      <header className="editor-toolbar">
        <h1>{formKey}</h1>
        <DraftStatus draft={draft} basedOn={basedOn} dirty={dirty} />
        <div className="actions">
          <button type="button" onClick={onSave} disabled={busy || loading}>{t('designer.saveDraft')}</button>
          <button type="button" className="primary" onClick={() => setPublishing(true)} disabled={busy || loading}>{t('designer.publish')}</button>
          <button type="button" onClick={onDiscard} disabled={busy || loading || (!draft && !dirty)}>{t('designer.discardDraft')}</button>
          <Link to="/forms">{t('designer.forms')}</Link>
        </div>
      </header>
      {publishing && <PublishDialog busy={busy} onPublish={onPublish} onCancel={() => setPublishing(false)} />}
      {notice && <p role="status" className="notice">{notice}</p>}
      <ProblemMessage error={actionError} />
      <ProblemMessage error={loadError} />
      {loading && <p className="loading">{t('common.loading')}</p>}
      {problems.length > 0 && (
        <ul className="form-problems" data-testid="form-problems">
          {problems.map(p => <li key={`${p.path}-${p.message}`} className="error"><code>{p.path}</code>: {p.message}</li>)}
        </ul>
      )}
      <div className="form-editor-canvas" ref={container} data-testid="form-editor" />
    </div>
  );
}
