/* eslint-disable @typescript-eslint/no-explicit-any */
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';
import type { MessageKey } from '../../../i18n/catalog';
import { checkboxEntry, selectEntry, setAttribute, textAreaEntry, textEntry, type Entry } from './entries';
import {
  eventDefinition, messageHolder, passesAllVariables, setCondition, setErrorCode, setLoopExpression, setMessageName,
  setPassAllVariables, setTimer, timerKind, timerKinds, type TimerKind,
} from './moddle';

/* Exactly the attributes the engine honours (docs/bpmn-subset.md, "Camunda attributes honoured"), per element. */

export interface Group {
  id: string;
  label: MessageKey;
  entries: Entry[];
}

const bo = (element: any) => getBusinessObject(element);
const attr = (name: string) => (element: any) => bo(element).get(name);
const names = (list: string[] | undefined) => (list ?? []).map(value => ({ value, label: value }));

function general(element: any): Group {
  const isProcess = is(element, 'bpmn:Process') || is(element, 'bpmn:Participant');
  const process = is(element, 'bpmn:Participant') ? bo(element).processRef : bo(element);
  const entries: Entry[] = [
    // The process id is the workflow's identity (the route, running instances): shown, not edited.
    textEntry({ id: 'id', label: 'designer.prop.id', get: e => (isProcess ? process?.id : bo(e).id), set: setAttribute('id'), disabled: isProcess }),
    textEntry({ id: 'name', label: 'designer.prop.name', get: attr('name'), set: setAttribute('name') }),
  ];
  if (isProcess && process) {
    entries.push(checkboxEntry({
      id: 'isExecutable', label: 'designer.prop.executable', description: 'designer.prop.executableHint',
      get: () => process.isExecutable,
      set: (s, e, value) => s.modeling.updateModdleProperties(e, process, { isExecutable: value }),
    }));
  }
  return { id: 'general', label: 'designer.group.general', entries };
}

function userTask(element: any): Group[] {
  const groups: Group[] = [{
    id: 'assignment', label: 'designer.group.assignment', entries: [
      textEntry({ id: 'candidateGroups', label: 'designer.prop.candidateGroups', description: 'designer.prop.candidateGroupsHint', get: attr('camunda:candidateGroups'), set: setAttribute('camunda:candidateGroups') }),
      textEntry({ id: 'assignee', label: 'designer.prop.assignee', get: attr('camunda:assignee'), set: setAttribute('camunda:assignee') }),
      textEntry({ id: 'candidateUsers', label: 'designer.prop.candidateUsers', get: attr('camunda:candidateUsers'), set: setAttribute('camunda:candidateUsers') }),
      textEntry({ id: 'dueDate', label: 'designer.prop.dueDate', description: 'designer.prop.dueDateHint', get: attr('camunda:dueDate'), set: setAttribute('camunda:dueDate') }),
      selectEntry({ id: 'formKey', label: 'designer.prop.formKey', get: attr('camunda:formKey'), set: setAttribute('camunda:formKey'), options: w => names(w.capabilities?.formKeys) }),
    ],
  }, documentation()];
  const loop = bo(element).loopCharacteristics;
  if (loop && is(loop, 'bpmn:MultiInstanceLoopCharacteristics')) {
    groups.push({
      id: 'multiInstance', label: 'designer.group.multiInstance', entries: [
        textEntry({ id: 'collection', label: 'designer.prop.collection', get: () => loop.get('camunda:collection'), set: (s, e, v) => s.modeling.updateModdleProperties(e, loop, { 'camunda:collection': v || undefined }) }),
        textEntry({ id: 'elementVariable', label: 'designer.prop.elementVariable', get: () => loop.get('camunda:elementVariable'), set: (s, e, v) => s.modeling.updateModdleProperties(e, loop, { 'camunda:elementVariable': v || undefined }) }),
        textEntry({ id: 'loopCardinality', label: 'designer.prop.loopCardinality', get: () => loop.loopCardinality?.body, set: (s, e, v) => setLoopExpression(s, e, 'loopCardinality', v) }),
        textEntry({ id: 'completionCondition', label: 'designer.prop.completionCondition', description: 'designer.prop.completionConditionHint', get: () => loop.completionCondition?.body, set: (s, e, v) => setLoopExpression(s, e, 'completionCondition', v) }),
      ],
    });
  }
  return groups;
}

function documentation(): Group {
  return {
    id: 'documentation', label: 'designer.group.documentation', entries: [
      textAreaEntry({
        id: 'documentation', label: 'designer.prop.documentation',
        get: e => bo(e).documentation?.[0]?.text,
        set: (s, e, value: string) => s.modeling.updateProperties(e, {
          documentation: value.trim() ? [s.bpmnFactory.create('bpmn:Documentation', { text: value })] : [],
        }),
      }),
    ],
  };
}

const businessRuleTask: Group = {
  id: 'ruleSet', label: 'designer.group.ruleSet', entries: [
    selectEntry({ id: 'decisionRef', label: 'designer.prop.decisionRef', get: attr('camunda:decisionRef'), set: setAttribute('camunda:decisionRef'), options: w => names(w.capabilities?.ruleSets) }),
    textEntry({ id: 'resultVariable', label: 'designer.prop.resultVariable', get: attr('camunda:resultVariable'), set: setAttribute('camunda:resultVariable') }),
    selectEntry({
      id: 'mapDecisionResult', label: 'designer.prop.mapDecisionResult', get: attr('camunda:mapDecisionResult'), set: setAttribute('camunda:mapDecisionResult'),
      options: () => names(['singleEntry', 'singleResult', 'collectEntries', 'resultList']),
    }),
  ],
};

const serviceTask: Group = {
  id: 'handler', label: 'designer.group.handler', entries: [
    // One handler key: the topic of an external task. Class and expression keys are cleared, so the key is unambiguous.
    selectEntry({
      id: 'topic', label: 'designer.prop.topic', description: 'designer.prop.topicHint', get: attr('camunda:topic'),
      set: (s, e, value: string) => s.modeling.updateProperties(e, value
        ? { 'camunda:type': 'external', 'camunda:topic': value, 'camunda:class': undefined, 'camunda:delegateExpression': undefined, 'camunda:expression': undefined }
        : { 'camunda:type': undefined, 'camunda:topic': undefined }),
      options: w => names(w.capabilities?.taskTopics),
    }),
  ],
};

const message: Group = {
  id: 'message', label: 'designer.group.message', entries: [
    textEntry({ id: 'messageName', label: 'designer.prop.messageName', description: 'designer.prop.messageNameHint', get: e => messageHolder(e)?.messageRef?.name, set: setMessageName }),
  ],
};

const timer: Group = {
  id: 'timer', label: 'designer.group.timer', entries: [
    selectEntry({
      id: 'timerKind', label: 'designer.prop.timerKind',
      get: e => { const d = eventDefinition(e, 'bpmn:TimerEventDefinition'); return d && timerKinds.some(k => d[k]) ? timerKind(d) : ''; },
      set: (s, e, kind: TimerKind | '') => { const d = eventDefinition(e, 'bpmn:TimerEventDefinition'); setTimer(s, e, kind || 'timeDuration', d?.[timerKind(d)]?.body ?? ''); },
      options: w => timerKinds.map(k => ({ value: k, label: w.t(`designer.prop.${k}`) })),
    }),
    textEntry({
      id: 'timerValue', label: 'designer.prop.timerValue', description: 'designer.prop.timerValueHint',
      get: e => { const d = eventDefinition(e, 'bpmn:TimerEventDefinition'); return d?.[timerKind(d)]?.body; },
      set: (s, e, value: string) => setTimer(s, e, timerKind(eventDefinition(e, 'bpmn:TimerEventDefinition')), value.trim()),
    }),
  ],
};

const error: Group = {
  id: 'error', label: 'designer.group.error', entries: [
    textEntry({ id: 'errorCode', label: 'designer.prop.errorCode', description: 'designer.prop.errorCodeHint', get: e => eventDefinition(e, 'bpmn:ErrorEventDefinition')?.errorRef?.errorCode, set: setErrorCode }),
  ],
};

const boundary: Group = {
  id: 'boundary', label: 'designer.group.boundary', entries: [
    checkboxEntry({
      id: 'cancelActivity', label: 'designer.prop.interrupting',
      get: e => bo(e).cancelActivity !== false,
      set: (s, e, value: boolean) => s.modeling.updateProperties(e, { cancelActivity: value }),
    }),
  ],
};

const condition: Group = {
  id: 'condition', label: 'designer.group.condition', entries: [
    textEntry({ id: 'conditionExpression', label: 'designer.prop.condition', description: 'designer.prop.conditionHint', get: e => bo(e).conditionExpression?.body, set: (s, e, v: string) => setCondition(s, e, v) }),
  ],
};

const callActivity: Group = {
  id: 'called', label: 'designer.group.calledProcess', entries: [
    textEntry({ id: 'calledElement', label: 'designer.prop.calledElement', get: attr('calledElement'), set: setAttribute('calledElement') }),
    checkboxEntry({ id: 'passAll', label: 'designer.prop.passAllVariables', get: passesAllVariables, set: (s, e, v: boolean) => setPassAllVariables(s, e, v) }),
  ],
};

/** The groups the panel shows for an element; nothing for what the engine ignores (lanes, data, annotations). */
export function groupsFor(element: any): Group[] {
  if (isAny(element, ['bpmn:Lane', 'bpmn:TextAnnotation', 'bpmn:Association', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference', 'bpmn:Group'])) {
    return [];
  }
  const groups: Group[] = [general(element)];
  if (is(element, 'bpmn:UserTask')) groups.push(...userTask(element));
  if (is(element, 'bpmn:BusinessRuleTask')) groups.push(businessRuleTask);
  if (is(element, 'bpmn:ServiceTask')) groups.push(serviceTask);
  if (is(element, 'bpmn:CallActivity')) groups.push(callActivity);
  if (messageHolder(element) && (is(element, 'bpmn:ReceiveTask') || is(element, 'bpmn:Event'))) groups.push(message);
  if (is(element, 'bpmn:Event') && eventDefinition(element, 'bpmn:TimerEventDefinition')) groups.push(timer);
  if (is(element, 'bpmn:Event') && eventDefinition(element, 'bpmn:ErrorEventDefinition')) groups.push(error);
  if (is(element, 'bpmn:BoundaryEvent') && !eventDefinition(element, 'bpmn:ErrorEventDefinition')) groups.push(boundary);
  if (is(element, 'bpmn:SequenceFlow') && is(element.source, 'bpmn:ExclusiveGateway') && bo(element.source).default !== bo(element)) groups.push(condition);
  return groups;
}

function isAny(element: any, types: string[]) {
  return types.some(type => is(element, type));
}
