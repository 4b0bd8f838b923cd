namespace WorkflowDms.Application.Claims;

/// <summary>
/// The names a pre-authorisation goes by outside its table: case type (business-key prefix and audit subject),
/// the process <c>workflows/pre-authorisation.bpmn</c>, its message, service-task topics and task elements.
/// </summary>
public static class PreAuthorizationKeys
{
    public const string CaseType = "pre-authorization";
    public const string ProcessId = "pre-authorisation";
    public const string FormKey = "pre-authorization-review";
    public const string ResubmittedMessage = "pre-authorization-resubmitted";
    public const string ApproveTopic = "pre-authorization.approve";
    public const string RejectTopic = "pre-authorization.reject";
    public const string SendBackTopic = "pre-authorization.send-back";
    public const string EscalateTopic = "pre-authorization.escalate";

    /// <summary>Process variables the review form hands to the approval step.</summary>
    public const string AuthorizedMaxVariable = "authorizedMaxMinor";
    public const string ValidUntilVariable = "validUntil";

    public static string BusinessKey(Guid id) => $"{CaseType}:{id}";

    public static string AuditSubject(Guid id) => $"{CaseType}:{id}";

    /// <summary>Parses a <c>pre-authorization:{id}</c> business key; false for any other case type.</summary>
    public static bool TryParse(string? businessKey, out Guid id)
    {
        id = Guid.Empty;
        return businessKey is not null
            && businessKey.StartsWith(CaseType + ":", StringComparison.Ordinal)
            && Guid.TryParse(businessKey.AsSpan(CaseType.Length + 1), out id);
    }
}
