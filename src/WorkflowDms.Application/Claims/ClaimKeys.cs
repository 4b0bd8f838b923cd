namespace WorkflowDms.Application.Claims;

/// <summary>The names a claim goes by outside its table: workflow business key, audit subject, case type.</summary>
public static class ClaimKeys
{
    public const string CaseType = "claim";
    public const string ProcessId = "warranty-claim";
    public const string RuleSet = "warranty-claim";
    public const string ResubmittedMessage = "claim-resubmitted";
    public const string PartsShippedMessage = "parts-shipped";
    public const string PartsReceivedMessage = "parts-received";
    public const string AppealedMessage = "claim-appealed";

    public static string BusinessKey(Guid claimId) => $"claim:{claimId}";

    public static string AuditSubject(Guid claimId) => $"claim:{claimId}";

    /// <summary>Parses a <c>claim:{id}</c> business key; false for any other case type.</summary>
    public static bool TryParse(string? businessKey, out Guid claimId)
    {
        claimId = Guid.Empty;
        return businessKey is not null
            && businessKey.StartsWith("claim:", StringComparison.Ordinal)
            && Guid.TryParse(businessKey.AsSpan(6), out claimId);
    }
}
