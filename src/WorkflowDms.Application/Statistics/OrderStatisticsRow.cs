namespace WorkflowDms.Application.Statistics;

/// <summary>
/// Order figures of one dealer, branch or region for orders submitted in the period (drafts are not orders to
/// the manufacturer yet): count and value by current status, total value per currency, how many were approved and
/// how many of those without any human task (no approval and no credit-decision task), and the time from
/// submission to approval or rejection.
/// </summary>
public sealed record OrderStatisticsRow(
    string Group,
    int Orders,
    IReadOnlyDictionary<string, StatusFigures> ByStatus,
    IReadOnlyList<MoneyAmount> Value,
    int Approved,
    int AutoApproved,
    decimal? AutoApprovalRate,
    DecisionTimes TimeToDecision);
