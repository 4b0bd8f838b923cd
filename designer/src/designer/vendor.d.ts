/* Declarations for the bpmn.io packages that ship JavaScript without types (only what the designer uses). */

declare module 'bpmn-js-properties-panel' {
  export const BpmnPropertiesPanelModule: unknown;
  export function useService<T = any>(name: string, strict?: boolean): T;
}

declare module '@bpmn-io/properties-panel' {
  export const TextFieldEntry: (props: Record<string, unknown>) => unknown;
  export const TextAreaEntry: (props: Record<string, unknown>) => unknown;
  export const SelectEntry: (props: Record<string, unknown>) => unknown;
  export const CheckboxEntry: (props: Record<string, unknown>) => unknown;
  export function isTextFieldEntryEdited(node: unknown): boolean;
  export function isTextAreaEntryEdited(node: unknown): boolean;
  export function isSelectEntryEdited(node: unknown): boolean;
  export function isCheckboxEntryEdited(node: unknown): boolean;
}

declare module 'bpmn-js-bpmnlint' {
  const lintModule: unknown;
  export default lintModule;
}

declare module 'bpmnlint/config/recommended' {
  const config: { rules: Record<string, string> };
  export default config;
}

declare module 'bpmnlint/rules/*' {
  const factory: (config?: unknown) => unknown;
  export default factory;
}

declare module 'bpmnlint-plugin-workflowdms' {
  const plugin: {
    rules: Record<string, (config?: unknown) => unknown>;
    configs: { recommended: { rules: Record<string, string> } };
  };
  export default plugin;
}

declare module 'camunda-bpmn-moddle/resources/camunda.json' {
  const descriptor: Record<string, unknown>;
  export default descriptor;
}

declare module 'camunda-bpmn-js-behaviors/lib/camunda-platform' {
  const behaviors: unknown;
  export default behaviors;
}
