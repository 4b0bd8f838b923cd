namespace WorkflowDms.Application.Inbox;

/// <summary>
/// The case beside a task (GET /tasks/{id}/case): its data as the case's own API shows it, the stored rule
/// results with reasons, the audit timeline, and the process position and path.
/// </summary>
public sealed record TaskCaseView(
    string CaseType,
    Guid CaseId,
    string CaseNumber,
    string Status,
    CaseDealerView? Dealer,
    object Data,
    IReadOnlyList<CaseRuleResultView> RuleResults,
    IReadOnlyList<TimelineEntryView> Timeline,
    CaseProcessView? Process);
