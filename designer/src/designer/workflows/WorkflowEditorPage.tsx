import type Modeler from 'bpmn-js/lib/Modeler';
import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useI18n } from '../../i18n/I18n';
import { designerApi, type WorkflowDraft, type WorkflowValidation } from '../api';
import { DraftStatus } from '../common/DraftStatus';
import { problemsOf } from '../common/notFound';
import { ProblemMessage } from '../common/ProblemMessage';
import { PublishDialog } from '../common/PublishDialog';
import { useMediaQuery } from '../common/useMediaQuery';
import { useUnsavedGuard } from '../common/useUnsavedGuard';
import { createModeler } from '../modeler/createModeler';
import type { DesignerContext } from '../modeler/properties/context';
import { IssuesPanel } from './IssuesPanel';
import { flattenIssues, type LintIssue } from './lintIssues';

declare global {
  interface Window {
    /** The open modeler, for scripted edits in the browser tests (page.Evaluate) and the console. */
    wdmsModeler?: Modeler;
  }
}

/** The workflow modeler: edit the draft (or the latest version), lint, validate on the server, save, publish. */
export default function WorkflowEditorPage() {
  const { processId = '' } = useParams();
  const narrow = useMediaQuery('(max-width: 899px)');
  const { t } = useI18n();
  if (narrow) {
    return (
      <div className="designer-page">
        <h1>{processId}</h1>
        <p className="card">{t('designer.needsWiderScreen')}</p>
        <p><Link to={`/designer/${encodeURIComponent(processId)}/versions`}>{t('designer.versions')}</Link></p>
      </div>
    );
  }
  return <WideEditor processId={processId} />;
}

function WideEditor({ processId }: { processId: string }) {
  const { t } = useI18n();
  const canvasRef = useRef<HTMLDivElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const modelerRef = useRef<Modeler | null>(null);
  const contextRef = useRef<DesignerContext>({ t, capabilities: null });
  contextRef.current.t = t;

  const [loading, setLoading] = useState(true);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [draft, setDraft] = useState<WorkflowDraft | null>(null);
  const [basedOn, setBasedOn] = useState<number | null>(null);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [validation, setValidation] = useState<WorkflowValidation | null>(null);
  const [lint, setLint] = useState<LintIssue[]>([]);
  const [publishing, setPublishing] = useState(false);
  const [generation, setGeneration] = useState(0);

  useUnsavedGuard(dirty, t('designer.unsavedQuestion'));

  useEffect(() => {
    let live = true;
    let modeler: Modeler | null = null;
    setLoading(true);
    setLoadError(null);
    setDirty(false);
    (async () => {
      const [capabilities, list] = await Promise.all([designerApi.capabilities(), designerApi.workflows()]);
      const summary = list.find(w => w.processId === processId);
      if (!summary) throw new Error(t('designer.unknownWorkflow', { id: processId }));
      const current = summary.hasDraft ? await designerApi.workflowDraft(processId) : null;
      const xml = current?.xml ?? (summary.latestVersion ? (await designerApi.workflowVersion(processId, summary.latestVersion)).xml : null);
      if (!live || !canvasRef.current || !panelRef.current) return;
      contextRef.current.capabilities = capabilities;
      modeler = createModeler(canvasRef.current, panelRef.current, contextRef.current, capabilities);
      modeler.on('linting.completed', (event: { issues: Record<string, LintIssue[]> }) => setLint(flattenIssues(event.issues)));
      modeler.on('commandStack.changed', (event: { trigger?: string }) => {
        if (event.trigger !== 'clear') setDirty(true);
      });
      await modeler.importXML(xml ?? emptyDiagram(processId));
      if (!live) return;
      (modeler.get('canvas') as { zoom: (level: string) => void }).zoom('fit-viewport');
      modelerRef.current = modeler;
      window.wdmsModeler = modeler;
      setDraft(current);
      setBasedOn(current?.basedOnVersion ?? summary.latestVersion);
      setValidation(current?.validation ?? null);
    })()
      .catch(error => { if (live) setLoadError(error); })
      .finally(() => { if (live) setLoading(false); });
    return () => {
      live = false;
      modeler?.destroy();
      modelerRef.current = null;
      if (window.wdmsModeler === modeler) delete window.wdmsModeler;
    };
    // t changes with the language; the panel reads contextRef, so the modeler is not rebuilt for it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [processId, generation]);

  const currentXml = useCallback(async () => {
    const { xml } = await modelerRef.current!.saveXML({ format: true });
    return xml!;
  }, []);

  const select = useCallback((elementId: string) => {
    const modeler = modelerRef.current;
    const element = (modeler?.get('elementRegistry') as { get: (id: string) => unknown } | undefined)?.get(elementId);
    if (!modeler || !element) return;
    (modeler.get('selection') as { select: (e: unknown) => void }).select(element);
    (modeler.get('canvas') as { scrollToElement: (e: unknown) => void }).scrollToElement(element);
  }, []);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setActionError(null);
    setNotice(null);
    try {
      await action();
    } catch (error) {
      setActionError(error);
      const problems = problemsOf<WorkflowValidation['problems'][number]>(error);
      if (problems.length) setValidation({ executable: false, status: 'INVALID', problems });
    } finally {
      setBusy(false);
    }
  }

  async function saveDraft(): Promise<WorkflowDraft> {
    const saved = await designerApi.saveWorkflowDraft(processId, await currentXml(), basedOn, draft?.etag ?? null);
    setDraft(saved);
    setValidation(saved.validation);
    setDirty(false);
    return saved;
  }

  const onSave = () => run(async () => {
    const saved = await saveDraft();
    setNotice(t('designer.draftSaved', { status: saved.validation.status }));
  });

  const onValidate = () => run(async () => {
    const result = await designerApi.validateWorkflow(await currentXml());
    setValidation(result);
  });

  // The server's verdict decides: a draft the engine would refuse is not sent to publish at all.
  const onPublish = (comment: string) => run(async () => {
    const saved = dirty || !draft ? await saveDraft() : draft;
    if (!saved.validation.executable) {
      setPublishing(false);
      setActionError(new Error(t('designer.publishRefused', { problems: saved.validation.problems.map(p => `${p.elementId} ${p.elementType}: ${p.message}`).join('; ') })));
      return;
    }
    const version = await designerApi.publishWorkflow(processId, comment);
    setPublishing(false);
    setDraft(null);
    setBasedOn(version.version);
    setNotice(t('designer.published', { version: version.version }));
  });

  const onDiscard = () => run(async () => {
    if (!window.confirm(t('designer.discardQuestion'))) return;
    if (draft) await designerApi.deleteWorkflowDraft(processId);
    setGeneration(g => g + 1);
  });

  return (
    <div className="designer-editor">
      <header className="editor-toolbar">
        <h1>{processId}</h1>
        <DraftStatus draft={draft} basedOn={basedOn} dirty={dirty} />
        <div className="actions">
          <button type="button" onClick={onSave} disabled={busy || loading}>{t('designer.saveDraft')}</button>
          <button type="button" onClick={onValidate} disabled={busy || loading}>{t('designer.validate')}</button>
          <button type="button" className="primary" onClick={() => setPublishing(true)} disabled={busy || loading}>{t('designer.publish')}</button>
          <button type="button" onClick={onDiscard} disabled={busy || loading || (!draft && !dirty)}>{t('designer.discardDraft')}</button>
          <Link to={`/designer/${encodeURIComponent(processId)}/versions`}>{t('designer.versions')}</Link>
        </div>
      </header>
      {publishing && <PublishDialog busy={busy} onPublish={onPublish} onCancel={() => setPublishing(false)} />}
      {notice && <p role="status" className="notice">{notice}</p>}
      <ProblemMessage error={actionError} />
      {loading && <p className="loading">{t('common.loading')}</p>}
      <ProblemMessage error={loadError} />
      <div className="editor-body">
        <div className="editor-main">
          <div className="modeler-canvas" ref={canvasRef} data-testid="modeler" />
          <IssuesPanel lint={lint} validation={validation} onSelect={select} />
        </div>
        <aside className="properties" ref={panelRef} aria-label={t('designer.properties')} />
      </div>
    </div>
  );
}

/** A process without a published version or draft starts from one start event. */
function emptyDiagram(processId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="${processId}" isExecutable="true"><bpmn:startEvent id="start" /></bpmn:process>
  <bpmndi:BPMNDiagram id="diagram"><bpmndi:BPMNPlane id="plane" bpmnElement="${processId}">
    <bpmndi:BPMNShape id="start_di" bpmnElement="start"><dc:Bounds x="180" y="160" width="36" height="36" /></bpmndi:BPMNShape>
  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</bpmn:definitions>`;
}
