namespace WorkflowDms.Domain.Errors;

/// <summary>
/// Base of every error the domain raises on purpose. The host maps the subclasses to ProblemDetails
/// centrally (404, 409, 422); anything else that escapes is a bug and becomes a 500.
/// </summary>
public abstract class DomainException : Exception
{
    protected DomainException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    /// <summary>A stable, machine-readable code (kebab-case) for clients and tests.</summary>
    public string Code { get; }
}
