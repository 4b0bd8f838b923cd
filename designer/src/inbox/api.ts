import { api, query } from '../api/client';
import type {
  AuditEntry, AuditVerification, BulkResult, CaseView, ClaimForLines, ClaimRow, LineDecisionInput, CreditRow, OrderRow, RecallStatistics, SavedFilter,
  StatisticsReport, StatisticsTimeline, TaskComment, TaskPage, TaskQuery, TaskStatisticsRow, TaskView,
} from './types';

const enc = encodeURIComponent;

/** The inbox, task, case, statistics and audit routes the approver pages call. */
export const inboxApi = {
  tasks: (q: TaskQuery, after?: string | null, limit = 25) =>
    api.get<TaskPage>(`/tasks${query({ ...q, after, limit })}`),
  task: (id: string) => api.get<TaskView>(`/tasks/${enc(id)}`),
  claim: (id: string) => api.post<TaskView>(`/tasks/${enc(id)}/claim`),
  unclaim: (id: string) => api.post<TaskView>(`/tasks/${enc(id)}/unclaim`),
  complete: (id: string, decision: Record<string, unknown>) => api.post<TaskView>(`/tasks/${enc(id)}/complete`, decision),
  bulkComplete: (taskIds: string[], decision: Record<string, unknown>) =>
    api.post<BulkResult[]>('/tasks/bulk-complete', { taskIds, decision }),
  delegate: (id: string, to: string) => api.post<TaskView>(`/tasks/${enc(id)}/delegate`, { to }),
  comments: (id: string) => api.get<TaskComment[]>(`/tasks/${enc(id)}/comments`),
  addComment: (id: string, text: string) => api.post<TaskComment>(`/tasks/${enc(id)}/comments`, { text }),
  caseOf: (id: string) => api.get<CaseView>(`/tasks/${enc(id)}/case`),
  filters: () => api.get<SavedFilter[]>('/tasks/filters'),
  saveFilter: (name: string, q: TaskQuery) => api.post<SavedFilter>('/tasks/filters', { name, query: q }),
  deleteFilter: (id: string) => api.delete(`/tasks/filters/${enc(id)}`),
  claimOf: (id: string) => api.get<ClaimForLines>(`/claims/${enc(id)}`),
  decideLines: (claimId: string, lines: LineDecisionInput[]) =>
    api.post<ClaimForLines>(`/claims/${enc(claimId)}/line-decisions`, { lines }),
  form: (formKey: string) => api.get<Record<string, unknown>>(`/forms/${enc(formKey)}`),

  claimStatistics: (from: string, to: string, groupBy: string) =>
    api.get<StatisticsReport<ClaimRow>>(`/statistics/claims${query({ from, to, groupBy })}`),
  orderStatistics: (from: string, to: string, groupBy: string) =>
    api.get<StatisticsReport<OrderRow>>(`/statistics/orders${query({ from, to, groupBy })}`),
  creditStatistics: (groupBy: string) => api.get<StatisticsReport<CreditRow>>(`/statistics/credit${query({ groupBy })}`),
  taskStatistics: (groupBy: string) => api.get<StatisticsReport<TaskStatisticsRow>>(`/statistics/tasks${query({ groupBy })}`),
  recallStatistics: (groupBy: string) => api.get<RecallStatistics>(`/statistics/recalls${query({ groupBy })}`),
  timeline: (from: string, to: string, bucket: string) =>
    api.get<StatisticsTimeline>(`/statistics/timeline${query({ from, to, bucket })}`),

  audit: (q: { from?: string; to?: string; actor?: string; action?: string; subject?: string; after?: string | null; limit?: number }) =>
    api.get<AuditEntry[] | { items: AuditEntry[]; nextCursor: string | null }>(`/audit${query(q)}`),
  verifyAudit: () => api.get<AuditVerification>('/audit/verify'),
};
