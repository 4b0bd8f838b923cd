namespace WorkflowDms.Application.Credit;

/// <summary>The names of the credit-limit request case and its process.</summary>
public static class CreditKeys
{
    public const string LimitCaseType = "credit-limit";
    public const string ProcessId = "credit-control";
    public const string DecisionTaskElement = "decideLimit";
    public const string EscalatedDecisionTaskElement = "decideLimitEscalated";
    public const string ApproveTopic = "credit-limit.approve";
    public const string RejectTopic = "credit-limit.reject";
    public const string ExpireTopic = "credit-limit.expire";
    public const string EscalateTopic = "credit-limit.escalate";

    public static string BusinessKey(Guid requestId) => $"credit-limit:{requestId}";

    public static bool TryParse(string? businessKey, out Guid requestId)
    {
        requestId = Guid.Empty;
        return businessKey is not null
            && businessKey.StartsWith("credit-limit:", StringComparison.Ordinal)
            && Guid.TryParse(businessKey.AsSpan(13), out requestId);
    }
}
