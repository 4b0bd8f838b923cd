namespace WorkflowDms.Domain.Errors;

/// <summary>
/// The request contradicts the current state held by someone else, e.g. a task claimed by another user
/// or an idempotency key reused with a different body (HTTP 409).
/// </summary>
public sealed class ConflictException : DomainException
{
    public ConflictException(string code, string message)
        : base(code, message)
    {
    }
}
