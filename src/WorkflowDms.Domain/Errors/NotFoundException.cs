namespace WorkflowDms.Domain.Errors;

/// <summary>
/// The entity does not exist or lies outside the caller's org scope (HTTP 404). The two cases are
/// deliberately indistinguishable so that ids of other dealers' objects leak nothing.
/// </summary>
public sealed class NotFoundException : DomainException
{
    public NotFoundException(string entityType, string id)
        : base("not-found", $"{entityType} '{id}' was not found.")
    {
        EntityType = entityType;
        Id = id;
    }

    public string EntityType { get; }

    public string Id { get; }
}
