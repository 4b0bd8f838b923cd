/* eslint-disable @typescript-eslint/no-explicit-any */

/** The palette offers the engine's elements only (docs/bpmn-subset.md): no throw events, data, pools or groups. */
export class SubsetPaletteProvider {
  static $inject = ['palette', 'create', 'elementFactory', 'translate'];

  constructor(palette: any, private readonly create: any, private readonly elementFactory: any, private readonly translate: any) {
    // After bpmn-js's own provider (priority 1000): it receives those entries and keeps the supported ones.
    palette.registerProvider(500, this);
  }

  getPaletteEntries() {
    return (entries: Record<string, any>) => {
      const keep = (key: string) => (entries[key] ? { [key]: entries[key] } : {});
      const t = this.translate;
      return {
        ...keep('hand-tool'), ...keep('lasso-tool'), ...keep('space-tool'), ...keep('global-connect-tool'), ...keep('tool-separator'),
        ...keep('create.start-event'),
        'create.timer-catch': this.entry('bpmn:IntermediateCatchEvent', 'event', 'bpmn-icon-intermediate-event-catch-timer', t('Create timer catch event'), 'bpmn:TimerEventDefinition'),
        'create.message-catch': this.entry('bpmn:IntermediateCatchEvent', 'event', 'bpmn-icon-intermediate-event-catch-message', t('Create message catch event'), 'bpmn:MessageEventDefinition'),
        ...keep('create.end-event'),
        ...keep('create.exclusive-gateway'),
        'create.parallel-gateway': this.entry('bpmn:ParallelGateway', 'gateway', 'bpmn-icon-gateway-parallel', t('Create parallel gateway')),
        'create.event-based-gateway': this.entry('bpmn:EventBasedGateway', 'gateway', 'bpmn-icon-gateway-eventbased', t('Create event-based gateway')),
        'create.user-task': this.entry('bpmn:UserTask', 'activity', 'bpmn-icon-user-task', t('Create user task')),
        'create.service-task': this.entry('bpmn:ServiceTask', 'activity', 'bpmn-icon-service-task', t('Create service task')),
        'create.business-rule-task': this.entry('bpmn:BusinessRuleTask', 'activity', 'bpmn-icon-business-rule-task', t('Create business-rule task')),
        'create.receive-task': this.entry('bpmn:ReceiveTask', 'activity', 'bpmn-icon-receive-task', t('Create receive task')),
        'create.call-activity': this.entry('bpmn:CallActivity', 'activity', 'bpmn-icon-call-activity', t('Create call activity')),
        ...keep('create.subprocess-expanded'),
      };
    };
  }

  private entry(type: string, group: string, className: string, title: string, eventDefinitionType?: string) {
    const start = (event: Event) => {
      const shape = this.elementFactory.createShape(eventDefinitionType ? { type, eventDefinitionType } : { type });
      this.create.start(event, shape);
    };
    return { group, className, title, action: { dragstart: start, click: start } };
  }
}
