/** The shapes of the inbox, case, statistics and audit routes (docs/inbox-api.md, docs/statistics.md). */

export interface TaskView {
  id: string;
  name: string;
  elementId: string;
  status: string;
  caseType: string;
  caseId: string;
  caseNumber: string;
  assignee: string | null;
  candidateGroups: string[];
  formKey: string | null;
  createdAt: string;
  dueAt: string | null;
  completedAt: string | null;
  decision: string | null;
  allowedDecisions: string[];
  dealerCode: string | null;
  dealerName: string | null;
  amount: number | null;
  currency: string | null;
  caseStatus: string;
  overdue: boolean;
  assigneeName: string | null;
  allowsBulk?: boolean;
}

export interface TaskPage {
  items: TaskView[];
  nextCursor: string | null;
}

/** The inbox's filter and sort values, as the query string and a saved filter carry them. */
export interface TaskQuery {
  view?: string;
  caseType?: string;
  status?: string;
  due?: string;
  dealer?: string;
  minAmount?: number;
  maxAmount?: number;
  sort?: string;
}

/** One claim line as GET /claims/{id} shows it: amounts in major units of the claim's currency. */
export interface ClaimLine {
  lineNumber: number;
  type: string;
  operationCode: string | null;
  hours: number | null;
  partNumber: string | null;
  quantity: number | null;
  description: string | null;
  comment: string | null;
  unitPrice: number;
  amount: number;
  /** Pending, Approved, Adjusted or Rejected. */
  disposition: string;
  approvedAmount: number | null;
  reasonCode: string | null;
}

/** The parts of a claim the line decisions need (GET /claims/{id}). */
export interface ClaimForLines {
  id: string;
  number: string;
  status: string;
  currency: string;
  totalAmount: number;
  approvedAmount: number | null;
  decisionReasonCode: string | null;
  lines: ClaimLine[];
}

/** One line's decision in POST /claims/{id}/line-decisions; approvedAmount (major units) only with adjust. */
export interface LineDecisionInput {
  lineNumber: number;
  decision: 'approve' | 'adjust' | 'reject';
  approvedAmount?: number;
  reasonCode?: string;
}

export interface SavedFilter {
  id: string;
  name: string;
  query: TaskQuery;
}

export interface TaskComment {
  id: string;
  author: string;
  text: string;
  at: string;
}

export interface BulkResult {
  taskId: string;
  status: number;
  detail?: string | null;
}

export interface RuleResult {
  ruleSet: string;
  version: number | null;
  evaluatedAt?: string;
  /** Null on the one row of a set where no rule fired: the set's own decision. */
  rule: string | null;
  outcome: string;
  reasonCode: string | null;
  message: string | null;
}

export interface TimelineEntry {
  sequence?: number;
  at: string;
  actor: string;
  action: string;
  detail: unknown;
}

export interface CaseProcess {
  instanceId?: string;
  status?: string;
  processId: string;
  version: number;
  activeElementIds: string[];
  visitedElementIds: string[];
  takenFlowIds: string[];
  /** The diagram of the case's version, when the host sends it with the case. */
  xml?: string | null;
}

export interface CaseView {
  caseType: string;
  caseId: string;
  caseNumber: string;
  status: string;
  dealer: { code: string; name: string | null } | null;
  data: Record<string, unknown>;
  ruleResults: RuleResult[];
  timeline: TimelineEntry[];
  process: CaseProcess | null;
}


export interface AuditEntry {
  sequence: number;
  at: string;
  actorKind: string;
  actor: string;
  action: string;
  subject: string;
  data: unknown;
  hash: string;
}

export interface AuditVerification {
  valid: boolean;
  entries: number;
  firstBrokenSequence: number | null;
  problem: string | null;
}

export interface MoneyAmount {
  currency: string;
  minor: number;
}

export interface DecisionTimes {
  decided: number;
  averageHours: number | null;
  medianHours: number | null;
  p90Hours: number | null;
}

export interface StatisticsReport<TRow> {
  groupBy: string;
  scope: string;
  asOf: string;
  rows: TRow[];
  total: TRow;
}

export interface ClaimRow {
  group: string;
  claims: number;
  byStatus: Record<string, number>;
  approved: number;
  autoApproved: number;
  autoApprovalRate: number | null;
  timeToDecision: DecisionTimes;
}

export interface OrderRow {
  group: string;
  orders: number;
  byStatus: Record<string, { count: number; value: MoneyAmount[] }>;
  approved: number;
  autoApproved: number;
  autoApprovalRate: number | null;
  timeToDecision: DecisionTimes;
}

export interface CreditRow {
  group: string;
  creditBlockedOrders: number;
  creditBlockedValue: MoneyAmount[];
  manuallyBlockedAccounts: number;
  openCreditDecisions: number;
  overdueCreditDecisions: number;
}

export interface TaskStatisticsRow {
  group: string;
  open: number;
  overdue: number;
  byCaseType: Record<string, { open: number; overdue: number }>;
}

export interface RecallRow {
  group: string;
  affected: number;
  open: number;
  remedied: number;
  notApplicable: number;
  excluded: number;
  completionRate: number;
}

export interface RecallStatistics {
  groupBy: string;
  scope: string;
  asOf: string;
  campaigns: { campaignId: string; number: string; title: string; status: string; completion: RecallRow }[];
  rows: RecallRow[];
  total: RecallRow;
}

export interface TimelineBucket {
  start: string;
  claims: number;
  claimsByStatus: Record<string, number>;
  orders: number;
  ordersByStatus: Record<string, number>;
}

export interface StatisticsTimeline {
  bucket: string;
  scope: string;
  from: string;
  to: string;
  buckets: TimelineBucket[];
}
