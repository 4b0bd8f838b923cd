using WorkflowDms.Application.Security;

namespace WorkflowDms.Application.Claims;

/// <summary>Who decides pre-authorisations and who runs warranty settlement.</summary>
public static class WarrantyGroups
{
    /// <summary>Warranty reviewers and supervisors decide pre-authorisation requests.</summary>
    public static IReadOnlyList<string> PreAuthorizationDeciders { get; } = [Groups.WarrantyReviewers, Groups.WarrantySupervisors];

    /// <summary>Warranty supervisors settle approved claims into payment batches.</summary>
    public static IReadOnlyList<string> Settlers { get; } = [Groups.WarrantySupervisors];

    public static bool IsIn(Actor actor, IReadOnlyList<string> groups) => groups.Any(actor.IsInGroup);
}
