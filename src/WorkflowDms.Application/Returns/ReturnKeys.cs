namespace WorkflowDms.Application.Returns;

/// <summary>The names a return goes by outside its table: workflow business key, audit subject, case type, messages.</summary>
public static class ReturnKeys
{
    public const string CaseType = "return";
    public const string ProcessId = "returns";
    public const string RuleSet = "returns-policy";
    public const string ShippedMessage = "return-shipped";
    public const string ReceivedMessage = "return-received";
    public const string CancelledMessage = "return-cancelled";

    public static string BusinessKey(Guid returnId) => $"return:{returnId}";

    public static string AuditSubject(Guid returnId) => $"return:{returnId}";

    /// <summary>Parses a <c>return:{id}</c> business key; false for any other case type.</summary>
    public static bool TryParse(string? businessKey, out Guid returnId)
    {
        returnId = Guid.Empty;
        return businessKey is not null
            && businessKey.StartsWith("return:", StringComparison.Ordinal)
            && Guid.TryParse(businessKey.AsSpan(7), out returnId);
    }
}
