import { Form } from '@bpmn-io/form-js';
import '@bpmn-io/form-js/dist/assets/form-js.css';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/I18n';

type Schema = Record<string, unknown> & { components?: { type?: string; action?: string; components?: unknown[] }[] };

/** Whether the schema brings its own submit button (then ours is not shown twice). */
function hasSubmitButton(schema: Schema): boolean {
  const walk = (components: unknown[] | undefined): boolean =>
    (components ?? []).some(c => {
      const component = c as { type?: string; action?: string; components?: unknown[] };
      return (component.type === 'button' && component.action === 'submit') || walk(component.components);
    });
  return walk(schema.components);
}

/** Form data without blanks: the host reads the body strictly and an empty reason code is no reason code. */
export function cleanFormData(data: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' && value.trim() === '') continue;
    body[key] = typeof value === 'string' ? value.trim() : value;
  }
  return body;
}

/**
 * The task's published form-js schema in form-js's Form viewer. Its data, blanks removed, is the decision body;
 * field validation (required, max length) runs in the viewer before anything is sent.
 */
export function FormJsDecision({ schema, busy, onSubmit }: {
  schema: Schema;
  busy: boolean;
  onSubmit: (data: Record<string, unknown>) => void;
}) {
  const { t } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const form = useRef<Form | null>(null);
  const submitRef = useRef(onSubmit);
  submitRef.current = onSubmit;
  const [invalid, setInvalid] = useState(false);
  const [importError, setImportError] = useState<string | null>(null);

  useEffect(() => {
    const viewer = new Form({ container: container.current! });
    form.current = viewer;
    viewer.on('submit', (event: { data: Record<string, unknown>; errors: Record<string, unknown> }) => {
      const failed = Object.keys(event.errors ?? {}).length > 0;
      setInvalid(failed);
      if (!failed) submitRef.current(cleanFormData(event.data));
    });
    viewer.importSchema(schema, {}).catch((e: unknown) => setImportError(e instanceof Error ? e.message : String(e)));
    return () => {
      viewer.destroy();
      form.current = null;
    };
  }, [schema]);

  function submit() {
    // Form.submit() validates and fires 'submit', which the listener above turns into the decision.
    form.current?.submit();
  }

  return (
    <div className="formjs-decision">
      {importError && <p role="alert" className="error">{importError}</p>}
      <div ref={container} className="formjs-container" />
      {invalid && <p role="alert" className="error">{t('task.formInvalid')}</p>}
      {!hasSubmitButton(schema) && (
        <button type="button" className="primary" disabled={busy} onClick={submit}>{t('task.submit')}</button>
      )}
    </div>
  );
}
