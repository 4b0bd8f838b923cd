import Modeler from 'bpmn-js/lib/Modeler';
import lintModule from 'bpmn-js-bpmnlint';
import { BpmnPropertiesPanelModule } from 'bpmn-js-properties-panel';
import camundaBehaviors from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import type { Capabilities } from '../api';
import { lintConfig } from './lintConfig';
import type { DesignerContext } from './properties/context';
import { workflowDmsPropertiesModule } from './properties/WorkflowDmsPropertiesProvider';
import { subsetModule } from './subsetModule';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/assets/properties-panel.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';

/**
 * The workflow modeler: bpmn-js with the Camunda 7 moddle (the attributes the engine reads), our own properties
 * provider, the palette/context pad/replace menu cut down to the engine's subset, and bpmnlint with our rules.
 * bpmn-js draws the bpmn.io watermark on the canvas; it stays visible (license).
 */
export function createModeler(canvas: HTMLElement, panel: HTMLElement, context: DesignerContext, capabilities: Capabilities | null): Modeler {
  return new Modeler({
    container: canvas,
    propertiesPanel: { parent: panel },
    linting: { active: true, bpmnlint: lintConfig(capabilities) },
    moddleExtensions: { camunda: camundaModdle },
    additionalModules: [BpmnPropertiesPanelModule, workflowDmsPropertiesModule, camundaBehaviors, subsetModule, lintModule],
    wdms: context,
  } as ConstructorParameters<typeof Modeler>[0]);
}
