/* eslint-disable @typescript-eslint/no-explicit-any */
import type { DesignerContext } from './context';
import { groupsFor } from './groups';

/**
 * The only properties provider of the modeler (neither bpmn-js's base provider nor the Camunda one): it shows the
 * attributes the engine honours and nothing it would ignore (async flags, listeners, input/output mappings…).
 */
export class WorkflowDmsPropertiesProvider {
  static $inject = ['propertiesPanel', 'config.wdms'];

  constructor(propertiesPanel: any, private readonly wdms: DesignerContext) {
    propertiesPanel.registerProvider(500, this);
  }

  getGroups(element: any) {
    return () => groupsFor(element).map(group => ({ ...group, label: this.wdms.t(group.label) }));
  }
}

export const workflowDmsPropertiesModule = {
  __init__: ['workflowDmsPropertiesProvider'],
  workflowDmsPropertiesProvider: ['type', WorkflowDmsPropertiesProvider],
};
