/* eslint-disable @typescript-eslint/no-explicit-any */
import { is } from 'bpmn-js/lib/util/ModelUtil';

// bpmn-js's entries that create supported elements or edit; the rest (throw events, signal/conditional
// catches, annotations, lanes) would add what the engine refuses or ignores.
const kept = new Set([
  'append.end-event', 'append.gateway', 'append.append-task', 'append.receive-task',
  'append.message-intermediate-event', 'append.timer-intermediate-event',
  'connect', 'replace', 'delete',
]);

/** The context pad appends supported elements only, plus a user task and a timer catch in one click. */
export class SubsetContextPadProvider {
  static $inject = ['contextPad', 'create', 'elementFactory', 'translate', 'injector'];

  private readonly autoPlace: any;

  constructor(contextPad: any, private readonly create: any, private readonly elementFactory: any, private readonly translate: any, injector: any) {
    this.autoPlace = injector.get('autoPlace', false);
    contextPad.registerProvider(500, this);
  }

  getContextPadEntries(element: any) {
    return (entries: Record<string, any>) => {
      const result: Record<string, any> = {};
      for (const [key, entry] of Object.entries(entries)) if (kept.has(key)) result[key] = entry;
      if (entries['append.append-task'] && !is(element, 'bpmn:EventBasedGateway')) {
        result['append.user-task'] = this.append('bpmn:UserTask', 'bpmn-icon-user-task', this.translate('Append user task'));
        result['append.timer-intermediate-event'] = this.append(
          'bpmn:IntermediateCatchEvent', 'bpmn-icon-intermediate-event-catch-timer', this.translate('Append timer catch event'), 'bpmn:TimerEventDefinition');
      }
      return result;
    };
  }

  private append(type: string, className: string, title: string, eventDefinitionType?: string) {
    const shapeFor = () => this.elementFactory.createShape(eventDefinitionType ? { type, eventDefinitionType } : { type });
    const start = (event: Event, source: any) => this.create.start(event, shapeFor(), { source });
    const click = this.autoPlace ? (_: Event, source: any) => this.autoPlace.append(source, shapeFor()) : start;
    return { group: 'model', className, title, action: { dragstart: start, click } };
  }
}
