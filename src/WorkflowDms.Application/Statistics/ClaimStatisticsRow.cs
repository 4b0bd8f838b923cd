namespace WorkflowDms.Application.Statistics;

/// <summary>
/// Claim figures of one dealer, branch or region for claims submitted in the period: counts by current status,
/// how many were decided and how many of those without a human task (auto-approval rate), and the time from
/// submission to the first decision (approve, reject or send back), in hours.
/// </summary>
public sealed record ClaimStatisticsRow(
    string Group,
    int Claims,
    IReadOnlyDictionary<string, int> ByStatus,
    decimal ClaimedAmount,
    decimal ApprovedAmount,
    int Approved,
    int AutoApproved,
    decimal? AutoApprovalRate,
    int Decided,
    double? AverageHoursToDecision,
    double? MedianHoursToDecision);
