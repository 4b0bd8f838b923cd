namespace WorkflowDms.Domain.Auditing;

/// <summary>Values of <see cref="AuditEntry.ActorKind"/>.</summary>
public static class AuditActorKinds
{
    public const string User = "user";

    public const string Dealer = "dealer";

    public const string System = "system";
}
