import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18n';
import { designerApi, type WorkflowDiff } from '../api';
import { ProblemMessage } from '../common/ProblemMessage';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

/** The newer version's diagram with added elements in green and changed ones in orange. */
export function DiffDiagram({ processId, diff }: { processId: string; diff: WorkflowDiff }) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    const viewer = new NavigatedViewer({ container: container.current! });
    designerApi.workflowVersion(processId, diff.to)
      .then(async detail => {
        await viewer.importXML(detail.xml);
        if (!live) return;
        const canvas = viewer.get('canvas') as { zoom: (l: string) => void; addMarker: (id: string, c: string) => void };
        const registry = viewer.get('elementRegistry') as { get: (id: string) => unknown };
        canvas.zoom('fit-viewport');
        diff.added.forEach(e => registry.get(e.id) && canvas.addMarker(e.id, 'diff-added'));
        diff.changed.forEach(e => registry.get(e.id) && canvas.addMarker(e.id, 'diff-changed'));
      })
      .catch(e => { if (live) setError(e); });
    return () => {
      live = false;
      viewer.destroy();
    };
  }, [processId, diff]);

  return (
    <figure className="diff-diagram">
      <div ref={container} className="diff-canvas" aria-label={t('designer.diffDiagram', { version: diff.to })} />
      <figcaption className="muted">
        {t('designer.diffDiagram', { version: diff.to })} · <span className="legend added">{t('designer.diff.added')}</span> <span className="legend changed">{t('designer.diff.changed')}</span>
      </figcaption>
      <ProblemMessage error={error} />
    </figure>
  );
}
