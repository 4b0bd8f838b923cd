namespace WorkflowDms.Application.Security;

/// <summary>Who is acting: a staff user (HQ, region, branch), a dealer's system, or the engine itself.</summary>
public enum ActorKind
{
    User,
    Dealer,
    System,
}
