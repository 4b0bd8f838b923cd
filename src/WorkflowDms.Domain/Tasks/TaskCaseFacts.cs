namespace WorkflowDms.Domain.Tasks;

/// <summary>
/// The case columns copied onto its tasks so the inbox filters and sorts by index, not by joining the case
/// tables: refreshed whenever a workflow step of the case runs.
/// </summary>
/// <param name="CaseStatus">The case's status name, e.g. <c>PendingReview</c>.</param>
/// <param name="DealerCode">The dealer the case belongs to; null for cases without one (recall campaigns).</param>
/// <param name="DealerName">The dealer's name, for the inbox row.</param>
/// <param name="Amount">The case's amount in minor units; 0 when it has none.</param>
/// <param name="Currency">ISO 4217 code; null when the case has no amount.</param>
public sealed record TaskCaseFacts(string CaseStatus, string? DealerCode, string? DealerName, long Amount, string? Currency);
