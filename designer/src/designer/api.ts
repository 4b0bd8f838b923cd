import { api, query } from '../api/client';

/* The designer's routes under /api/v1/designer (docs/designer-api.md, docs/rule-sets-api.md). */

export interface Capabilities {
  elements: string[];
  camundaAttributes: string[];
  taskTopics: string[];
  ruleSets: string[];
  formKeys: string[];
  candidateGroups: string[];
}

export interface WorkflowSummary {
  processId: string;
  name: string | null;
  latestVersion: number | null;
  versionCount: number;
  hasDraft: boolean;
  runningInstances: number;
}

export interface WorkflowVersion {
  processId: string;
  version: number;
  publishedBy: string;
  publishedAt: string;
  source: string;
  sha256: string;
  runningInstances: number;
  comment: string | null;
}

export interface WorkflowVersionDetail {
  processId: string;
  version: number;
  xml: string;
  publishedBy: string;
  publishedAt: string;
  source: string;
  comment: string | null;
}

export interface WorkflowProblem {
  elementId: string;
  elementType: string;
  message: string;
}

export interface WorkflowValidation {
  executable: boolean;
  status: 'OK' | 'DISPLAY-ONLY' | 'INVALID';
  problems: WorkflowProblem[];
}

export interface WorkflowDraft {
  processId: string;
  xml: string;
  updatedBy: string;
  updatedAt: string;
  basedOnVersion: number | null;
  etag: string;
  validation: WorkflowValidation;
}

export interface AttributeChange {
  attribute: string;
  from: string | null;
  to: string | null;
}

export interface DiffElement {
  id: string;
  type: string;
  name: string | null;
}

export interface WorkflowDiff {
  from: number;
  to: number;
  added: DiffElement[];
  removed: DiffElement[];
  changed: (DiffElement & { changes: AttributeChange[] })[];
}

export interface RuleRow {
  name: string;
  expression: string;
  outcome: string;
  reasonCode: string;
  source: string;
  message: string;
  enabled: boolean;
}

export interface RuleSetSummary {
  name: string;
  latestVersion: number;
  ruleCount: number;
  hasDraft: boolean;
  liveVersion: number | null;
}

export interface RuleSetVersion {
  name: string;
  version: number;
  publishedBy: string;
  publishedAt: string;
  source: string;
  ruleCount: number;
  comment: string | null;
}

export interface RuleSetInput {
  name: string;
  type: string;
}

export interface RuleSetVersionDetail {
  name: string;
  version: number;
  inputs: RuleSetInput[];
  rules: RuleRow[];
}

export interface RuleSetProblem {
  rule: string | null;
  message: string;
}

export interface RuleSetDraft {
  name: string;
  inputs: RuleSetInput[];
  rules: RuleRow[];
  basedOnVersion: number;
  updatedBy: string;
  updatedAt: string;
  etag: string;
  problems: RuleSetProblem[];
}

export interface RuleSetSample {
  name: string;
  description: string | null;
  facts: Record<string, unknown>;
}

export interface RuleTestRow {
  name: string;
  fired: boolean;
  outcome: string;
  reasonCode: string;
  message: string;
  enabled: boolean;
  error: string | null;
}

export interface RuleSetTestResult {
  ruleSet: string;
  version: number;
  rules: RuleTestRow[];
  outcome: string;
  reasonCodes: string[];
  source: string;
}

export interface RuleSetDiff {
  from: string;
  to: string;
  added: RuleRow[];
  removed: RuleRow[];
  changed: { name: string; changes: { field: string; from: string | null; to: string | null }[] }[];
}

export interface FormUsage {
  processId: string;
  elementId: string;
}

export interface FormSummary {
  formKey: string;
  latestVersion: number | null;
  hasDraft: boolean;
  usedBy: FormUsage[];
}

export interface FormVersion {
  formKey: string;
  version: number;
  publishedBy: string;
  publishedAt: string;
  source: string;
  sha256: string;
  comment: string | null;
}

export interface FormProblem {
  path: string;
  message: string;
}

export interface FormDraft {
  formKey: string;
  schema: Record<string, unknown>;
  updatedBy: string;
  updatedAt: string;
  basedOnVersion: number | null;
  etag: string;
  validation: { valid: boolean; problems: FormProblem[] };
}

export interface FormVersionDetail {
  formKey: string;
  version: number;
  schema: Record<string, unknown>;
}

const e = encodeURIComponent;

export const designerApi = {
  capabilities: () => api.get<Capabilities>('/designer/capabilities'),

  workflows: () => api.get<WorkflowSummary[]>('/designer/workflows'),
  workflowVersions: (id: string) => api.get<WorkflowVersion[]>(`/designer/workflows/${e(id)}/versions`),
  workflowVersion: (id: string, version: number) => api.get<WorkflowVersionDetail>(`/designer/workflows/${e(id)}/versions/${version}`),
  workflowDraft: (id: string) => api.get<WorkflowDraft>(`/designer/workflows/${e(id)}/draft`),
  saveWorkflowDraft: (id: string, xml: string, basedOnVersion: number | null, etag: string | null) =>
    api.put<WorkflowDraft>(`/designer/workflows/${e(id)}/draft`, { xml, basedOnVersion, etag }),
  deleteWorkflowDraft: (id: string) => api.delete(`/designer/workflows/${e(id)}/draft`),
  validateWorkflow: (xml: string) => api.post<WorkflowValidation>('/designer/workflows/validate', { xml }),
  publishWorkflow: (id: string, comment: string) =>
    api.post<WorkflowVersion>(`/designer/workflows/${e(id)}/publish`, comment ? { comment } : {}),
  workflowDiff: (id: string, from: number, to: number) => api.get<WorkflowDiff>(`/designer/workflows/${e(id)}/diff${query({ from, to })}`),

  ruleSets: () => api.get<RuleSetSummary[]>('/designer/rule-sets'),
  ruleSetVersions: (name: string) => api.get<RuleSetVersion[]>(`/designer/rule-sets/${e(name)}/versions`),
  ruleSetVersion: (name: string, version: number) => api.get<RuleSetVersionDetail>(`/designer/rule-sets/${e(name)}/versions/${version}`),
  ruleSetDraft: (name: string) => api.get<RuleSetDraft>(`/designer/rule-sets/${e(name)}/draft`),
  saveRuleSetDraft: (name: string, rules: RuleRow[], etag: string | null, basedOnVersion: number | null) =>
    api.put<RuleSetDraft>(`/designer/rule-sets/${e(name)}/draft`, { rules, etag, basedOnVersion }),
  deleteRuleSetDraft: (name: string) => api.delete(`/designer/rule-sets/${e(name)}/draft`),
  checkExpression: (name: string, expression: string) =>
    api.post<{ ok: boolean; message: string | null }>(`/designer/rule-sets/${e(name)}/check-expression`, { expression }),
  ruleSetSamples: (name: string) => api.get<RuleSetSample[]>(`/designer/rule-sets/${e(name)}/samples`),
  testRuleSet: (name: string, facts: unknown, source: 'draft' | 'latest' | number) =>
    api.post<RuleSetTestResult>(`/designer/rule-sets/${e(name)}/test`, { facts, source }),
  publishRuleSet: (name: string, comment: string) =>
    api.post<RuleSetVersion>(`/designer/rule-sets/${e(name)}/publish`, comment ? { comment } : {}),
  ruleSetDiff: (name: string, from: string, to: string) => api.get<RuleSetDiff>(`/designer/rule-sets/${e(name)}/diff${query({ from, to })}`),

  forms: () => api.get<FormSummary[]>('/designer/forms'),
  formVersions: (key: string) => api.get<FormVersion[]>(`/designer/forms/${e(key)}/versions`),
  formVersion: (key: string, version: number) => api.get<FormVersionDetail>(`/designer/forms/${e(key)}/versions/${version}`),
  formDraft: (key: string) => api.get<FormDraft>(`/designer/forms/${e(key)}/draft`),
  saveFormDraft: (key: string, schema: unknown, basedOnVersion: number | null, etag: string | null) =>
    api.put<FormDraft>(`/designer/forms/${e(key)}/draft`, { schema, basedOnVersion, etag }),
  deleteFormDraft: (key: string) => api.delete(`/designer/forms/${e(key)}/draft`),
  publishForm: (key: string, comment: string) => api.post<FormVersion>(`/designer/forms/${e(key)}/publish`, comment ? { comment } : {}),
};
