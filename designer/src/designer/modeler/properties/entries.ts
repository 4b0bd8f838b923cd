/* eslint-disable @typescript-eslint/no-explicit-any */
import { CheckboxEntry, SelectEntry, TextAreaEntry, TextFieldEntry, isCheckboxEntryEdited, isSelectEntryEdited, isTextAreaEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import type { MessageKey } from '../../../i18n/catalog';
import type { DesignerContext } from './context';
import type { Services } from './moddle';

/* Properties-panel entries (preact components rendered by @bpmn-io/properties-panel), built from small specs so
   every honoured attribute is one line in groups.ts. */

export interface EntryProps {
  element: any;
  id: string;
}

export interface Entry {
  id: string;
  component: (props: EntryProps) => unknown;
  isEdited: (node: unknown) => boolean;
}

interface Common {
  id: string;
  label: MessageKey;
  description?: MessageKey;
  get: (element: any) => unknown;
  set: (services: Services, element: any, value: any) => void;
  disabled?: boolean;
}

function useEntry(common: Common, element: any) {
  const services: Services = { modeling: useService('modeling'), bpmnFactory: useService('bpmnFactory'), bpmnjs: useService('bpmnjs') };
  const wdms = useService<DesignerContext>('config.wdms');
  return {
    element,
    id: common.id,
    label: wdms.t(common.label),
    description: common.description ? wdms.t(common.description) : undefined,
    getValue: () => common.get(element) ?? '',
    setValue: (value: any) => common.set(services, element, value),
    debounce: useService('debounceInput'),
    disabled: common.disabled,
    wdms,
  };
}

export function textEntry(common: Common): Entry {
  return {
    id: common.id,
    isEdited: isTextFieldEntryEdited,
    component: ({ element }: EntryProps) => TextFieldEntry(useEntry(common, element)),
  };
}

export function textAreaEntry(common: Common): Entry {
  return {
    id: common.id,
    isEdited: isTextAreaEntryEdited,
    component: ({ element }: EntryProps) => TextAreaEntry({ ...useEntry(common, element), rows: 2, autoResize: true }),
  };
}

export function checkboxEntry(common: Common): Entry {
  return {
    id: common.id,
    isEdited: isCheckboxEntryEdited,
    component: ({ element }: EntryProps) => {
      const props = useEntry(common, element);
      return CheckboxEntry({ ...props, getValue: () => !!common.get(element) });
    },
  };
}

/** A choice among the server's names (rule sets, topics, forms); a value not in the list is kept and shown. */
export function selectEntry(common: Common & { options: (wdms: DesignerContext) => { value: string; label: string }[] }): Entry {
  return {
    id: common.id,
    isEdited: isSelectEntryEdited,
    component: ({ element }: EntryProps) => {
      const props = useEntry(common, element);
      const getOptions = () => {
        const options = common.options(props.wdms);
        const current = String(common.get(element) ?? '');
        const withCurrent = current && !options.some(o => o.value === current) ? [...options, { value: current, label: `${current} (?)` }] : options;
        return [{ value: '', label: '—' }, ...withCurrent];
      };
      return SelectEntry({ ...props, getOptions });
    },
  };
}

/** Sets a camunda:* (or plain) attribute on the element's business object; empty removes it. */
export function setAttribute(name: string) {
  return (services: Services, element: any, value: string) =>
    services.modeling.updateProperties(element, { [name]: typeof value === 'string' && value.trim() === '' ? undefined : value });
}
