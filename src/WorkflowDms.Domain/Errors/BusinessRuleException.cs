namespace WorkflowDms.Domain.Errors;

/// <summary>A domain rule refuses the request although it is well formed (HTTP 422 with <see cref="DomainException.Code"/>).</summary>
public sealed class BusinessRuleException : DomainException
{
    public BusinessRuleException(string code, string message)
        : base(code, message)
    {
    }
}
