namespace WorkflowDms.Application.Statistics;

/// <summary>
/// Return figures of one dealer, branch or region for returns requested in the period: counts by current status,
/// requested value, and how many got a credit note and for how much (accepted value less restocking fee).
/// </summary>
public sealed record ReturnStatisticsRow(
    string Group,
    int Returns,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyList<MoneyAmount> RequestedValue,
    int Credited,
    IReadOnlyList<MoneyAmount> CreditedValue);
