namespace WorkflowDms.Application.Statistics;

/// <summary>
/// Claim figures of one dealer, branch or region for claims submitted in the period: counts by current status,
/// claimed and approved value per currency, how many were approved and how many of those without any human task
/// (auto-approval rate = auto-approved / approved), and the time from (latest) submission to approval or rejection.
/// </summary>
public sealed record ClaimStatisticsRow(
    string Group,
    int Claims,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyList<MoneyAmount> ClaimedValue,
    IReadOnlyList<MoneyAmount> ApprovedValue,
    int Approved,
    int AutoApproved,
    decimal? AutoApprovalRate,
    DecisionTimes TimeToDecision);
