namespace WorkflowDms.Application.Orders;

/// <summary>The names an order goes by outside its table: workflow business key, audit subject, case type, process, rule sets.</summary>
public static class OrderKeys
{
    public const string CaseType = "order";
    public const string ProcessId = "order-approval";
    public const string OrderRuleSet = "order-policy";
    public const string CreditRuleSet = "credit-policy";
    public const string AdjustedMessage = "order-adjusted";
    public const string CancelledMessage = "order-cancelled";
    public const string ApprovalTaskElement = "approveOrder";
    public const string EscalatedApprovalTaskElement = "approveOrderEscalated";
    public const string CreditDecisionTaskElement = "decideCredit";
    public const string ApprovalGapTaskElement = "resolveApprovalGap";

    public static string BusinessKey(Guid orderId) => $"order:{orderId}";

    public static string AuditSubject(Guid orderId) => $"order:{orderId}";

    public static bool TryParse(string? businessKey, out Guid orderId)
    {
        orderId = Guid.Empty;
        return businessKey is not null
            && businessKey.StartsWith("order:", StringComparison.Ordinal)
            && Guid.TryParse(businessKey.AsSpan(6), out orderId);
    }
}
