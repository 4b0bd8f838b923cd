namespace WorkflowDms.Application.Statistics;

/// <summary>
/// Credit control of one dealer, branch or region now: orders waiting in CreditBlocked and their value, credit
/// accounts under a manual block (C-10), and the open credit-decision tasks on blocked orders (the escalated
/// ones included), of which overdue = past their due date.
/// </summary>
public sealed record CreditStatisticsRow(
    string Group,
    int CreditBlockedOrders,
    IReadOnlyList<MoneyAmount> CreditBlockedValue,
    int ManuallyBlockedAccounts,
    int OpenCreditDecisions,
    int OverdueCreditDecisions);
