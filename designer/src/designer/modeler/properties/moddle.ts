/* eslint-disable @typescript-eslint/no-explicit-any */
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';

/* Reading and writing the moddle elements behind the entries, always through modeling commands (undo works). */

export interface Services {
  modeling: any;
  bpmnFactory: any;
  bpmnjs: any;
}

export function eventDefinition(element: any, type: string): any | null {
  const definitions: any[] = getBusinessObject(element).eventDefinitions ?? [];
  return definitions.find(d => is(d, type)) ?? null;
}

/** The moddle element that carries messageRef: the receive task itself or its message event definition. */
export function messageHolder(element: any): any | null {
  return is(element, 'bpmn:ReceiveTask') ? getBusinessObject(element) : eventDefinition(element, 'bpmn:MessageEventDefinition');
}

/** Finds or creates a root element (bpmn:Message, bpmn:Error) in the definitions, so names stay unique. */
function rootElement(services: Services, element: any, type: string, match: (e: any) => boolean, attrs: Record<string, unknown>): any {
  const definitions = services.bpmnjs.getDefinitions();
  const existing = (definitions.rootElements ?? []).find((e: any) => is(e, type) && match(e));
  if (existing) return existing;
  const created = services.bpmnFactory.create(type, attrs);
  created.$parent = definitions;
  services.modeling.updateModdleProperties(element, definitions, { rootElements: [...(definitions.rootElements ?? []), created] });
  return created;
}

export function setMessageName(services: Services, element: any, name: string) {
  const holder = messageHolder(element);
  if (!holder) return;
  const trimmed = name.trim();
  const message = trimmed ? rootElement(services, element, 'bpmn:Message', m => m.name === trimmed, { name: trimmed }) : undefined;
  services.modeling.updateModdleProperties(element, holder, { messageRef: message });
}

export function setErrorCode(services: Services, element: any, code: string) {
  const holder = eventDefinition(element, 'bpmn:ErrorEventDefinition');
  if (!holder) return;
  const trimmed = code.trim();
  const error = trimmed ? rootElement(services, element, 'bpmn:Error', e => e.errorCode === trimmed, { name: trimmed, errorCode: trimmed }) : undefined;
  services.modeling.updateModdleProperties(element, holder, { errorRef: error });
}

export const timerKinds = ['timeDuration', 'timeDate', 'timeCycle'] as const;
export type TimerKind = (typeof timerKinds)[number];

export function timerKind(definition: any): TimerKind {
  return timerKinds.find(kind => definition?.[kind]) ?? 'timeDuration';
}

export function setTimer(services: Services, element: any, kind: TimerKind, body: string) {
  const definition = eventDefinition(element, 'bpmn:TimerEventDefinition');
  if (!definition) return;
  const properties: Record<string, unknown> = { timeDuration: undefined, timeDate: undefined, timeCycle: undefined };
  properties[kind] = services.bpmnFactory.create('bpmn:FormalExpression', { body });
  services.modeling.updateModdleProperties(element, definition, properties);
}

export function setCondition(services: Services, element: any, body: string) {
  const expression = body.trim() ? services.bpmnFactory.create('bpmn:FormalExpression', { body: body.trim() }) : undefined;
  services.modeling.updateProperties(element, { conditionExpression: expression });
}

/** A FormalExpression child of the multi-instance loop (loopCardinality, completionCondition). */
export function setLoopExpression(services: Services, element: any, property: string, body: string) {
  const loop = getBusinessObject(element).loopCharacteristics;
  if (!loop) return;
  const expression = body.trim() ? services.bpmnFactory.create('bpmn:FormalExpression', { body: body.trim() }) : undefined;
  services.modeling.updateModdleProperties(element, loop, { [property]: expression });
}

/** camunda:in / camunda:out with variables="all" on a call activity: the called process sees (and returns) everything. */
export function passesAllVariables(element: any): boolean {
  const values: any[] = getBusinessObject(element).extensionElements?.values ?? [];
  return values.some(v => is(v, 'camunda:In') && v.variables === 'all') && values.some(v => is(v, 'camunda:Out') && v.variables === 'all');
}

export function setPassAllVariables(services: Services, element: any, on: boolean) {
  const bo = getBusinessObject(element);
  let extensionElements = bo.extensionElements;
  if (!extensionElements) {
    extensionElements = services.bpmnFactory.create('bpmn:ExtensionElements', { values: [] });
    extensionElements.$parent = bo;
    services.modeling.updateProperties(element, { extensionElements });
  }
  const others = (extensionElements.values ?? []).filter((v: any) => !((is(v, 'camunda:In') || is(v, 'camunda:Out')) && v.variables === 'all'));
  const added = on
    ? ['camunda:In', 'camunda:Out'].map(type => {
      const mapping = services.bpmnFactory.create(type, { variables: 'all' });
      mapping.$parent = extensionElements;
      return mapping;
    })
    : [];
  services.modeling.updateModdleProperties(element, extensionElements, { values: [...others, ...added] });
}
