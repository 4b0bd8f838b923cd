import { inExecutableProcess, is, isAny, localName, owningElement } from './util.js';

/** The engine's subset (docs/bpmn-subset.md); GET /designer/capabilities may pass the server's own list as `elements`. */
export const defaultElements = [
  'startEvent', 'endEvent', 'intermediateCatchEvent', 'boundaryEvent',
  'userTask', 'serviceTask', 'businessRuleTask', 'receiveTask', 'manualTask', 'task',
  'exclusiveGateway', 'parallelGateway', 'eventBasedGateway',
  'subProcess', 'callActivity', 'sequenceFlow',
  'messageEventDefinition', 'timerEventDefinition', 'errorEventDefinition', 'terminateEventDefinition',
  'multiInstanceLoopCharacteristics',
];

// Flow elements the engine reads for display only and never refuses.
const displayOnly = ['bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference'];

/**
 * An executable process may hold only what the engine executes: no send/script tasks, inclusive or complex
 * gateways, throw events, transactions, ad-hoc or event sub-processes, signal/escalation/compensation/
 * conditional/link/cancel definitions, several definitions on one event, loops other than multi-instance user
 * tasks, or a message/timer start inside a sub-process.
 *
 * Config: { elements?: string[] } — the supported local type names (default: the documented subset).
 */
export default function supportedElements(config) {
  const supported = new Set(config && Array.isArray(config.elements) && config.elements.length ? config.elements : defaultElements);

  function check(node, reporter) {
    if (!node.$type || !inExecutableProcess(node) || isAny(node, displayOnly)) return;
    const name = localName(node.$type);

    if (is(node, 'bpmn:FlowElement')) {
      if (!supported.has(name)) {
        reporter.report(node.id, `${name} is not executed by the engine; use a supported element`);
        return;
      }
      if (is(node, 'bpmn:SubProcess') && node.triggeredByEvent) {
        reporter.report(node.id, 'Event sub-processes are not executed by the engine');
      }
      if (is(node, 'bpmn:Event') && (node.eventDefinitions ?? []).length > 1) {
        reporter.report(node.id, 'An event may have one event definition only');
      }
      if (is(node, 'bpmn:StartEvent') && (node.eventDefinitions ?? []).length > 0 && !is(node.$parent, 'bpmn:Process')) {
        reporter.report(node.id, 'A start event inside a sub-process must be a none start event');
      }
      return;
    }

    if (is(node, 'bpmn:EventDefinition') && !supported.has(name)) {
      reporter.report(owningElement(node).id, `${name.replace('EventDefinition', '')} events are not executed by the engine`);
      return;
    }

    if (is(node, 'bpmn:LoopCharacteristics')) {
      const owner = owningElement(node);
      if (!supported.has(name)) {
        reporter.report(owner.id, 'Standard loops are not executed by the engine; use a multi-instance user task');
      } else if (!is(owner, 'bpmn:UserTask')) {
        reporter.report(owner.id, 'Multi-instance is supported on user tasks only');
      }
    }
  }

  return { check };
}
