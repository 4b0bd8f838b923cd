import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18n';
import type { CaseProcess } from '../types';
import './diagram.css';

interface Canvas {
  addMarker: (elementId: string, marker: string) => void;
  zoom: (level: string) => void;
}
interface Registry {
  get: (elementId: string) => unknown;
}

/**
 * The case's process diagram in bpmn-js's NavigatedViewer (read-only, pan and zoom; the bpmn.io watermark stays):
 * the path taken (visited elements and taken flows) and the current position (active elements) marked by CSS
 * classes on the canvas, with a legend, so the marking does not rely on colour alone (active ones also pulse an outline).
 */
export function CaseDiagram({ process, xml }: { process: CaseProcess; xml: string }) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const viewer = new NavigatedViewer({ container: container.current! });
    let alive = true;
    viewer.importXML(xml).then(() => {
      if (!alive) return;
      const canvas = viewer.get<Canvas>('canvas');
      const registry = viewer.get<Registry>('elementRegistry');
      const mark = (ids: string[], marker: string) => ids.filter(id => registry.get(id)).forEach(id => canvas.addMarker(id, marker));
      mark(process.visitedElementIds, 'wdms-visited');
      mark(process.takenFlowIds, 'wdms-taken');
      mark(process.activeElementIds, 'wdms-active');
      canvas.zoom('fit-viewport');
    }, (e: unknown) => { if (alive) setError(e instanceof Error ? e.message : String(e)); });
    return () => {
      alive = false;
      viewer.destroy();
    };
  }, [xml, process]);

  return (
    <figure className="case-diagram">
      <div ref={container} className="diagram-canvas" role="img"
        aria-label={`${t('case.diagramVersion', { processId: process.processId, version: process.version })}; ${t('case.legend.active')}: ${process.activeElementIds.join(', ')}`}
        data-active={process.activeElementIds.join(' ')} />
      {error && <p role="alert" className="error">{t('case.diagramUnavailable', { reason: error })}</p>}
      <figcaption className="diagram-legend">
        <span className="muted">{t('case.diagramVersion', { processId: process.processId, version: process.version })}</span>
        <span><span className="swatch swatch-active" aria-hidden="true" /> {t('case.legend.active')}</span>
        <span><span className="swatch swatch-visited" aria-hidden="true" /> {t('case.legend.visited')}</span>
      </figcaption>
    </figure>
  );
}
