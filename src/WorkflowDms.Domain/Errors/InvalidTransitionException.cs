namespace WorkflowDms.Domain.Errors;

/// <summary>
/// A lifecycle trigger that the entity's current status does not permit (HTTP 409). Raised instead of
/// Stateless's own <see cref="InvalidOperationException"/> so callers never depend on the library.
/// </summary>
public sealed class InvalidTransitionException : DomainException
{
    public InvalidTransitionException(string entityType, Guid entityId, string fromState, string trigger)
        : base("invalid-transition", $"{entityType} {entityId} cannot '{trigger}' while it is {fromState}.")
    {
        EntityType = entityType;
        EntityId = entityId;
        FromState = fromState;
        Trigger = trigger;
    }

    public string EntityType { get; }

    public Guid EntityId { get; }

    public string FromState { get; }

    public string Trigger { get; }
}
