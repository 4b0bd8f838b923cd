using WorkflowDms.Application.Security;

namespace WorkflowDms.Application.Claims;

/// <summary>Warranty groups beyond reviewers and supervisors, and who runs warranty settlement.</summary>
public static class WarrantyGroups
{
    /// <summary>
    /// Warranty managers (HQ): the group above the supervisors. An appeal's <c>reviewAppeal</c> task not decided
    /// within 2 days escalates to them (<c>managerAppealReview</c> in warranty-claim.bpmn).
    /// </summary>
    public const string Managers = "warranty-managers";

    /// <summary>The demo warranty manager at HQ.</summary>
    public const string DemoManagerEmail = "hq.warranty-manager@demo.local";

    /// <summary>Warranty supervisors settle approved claims into payment batches.</summary>
    public static IReadOnlyList<string> Settlers { get; } = [Groups.WarrantySupervisors];

    public static bool IsIn(Actor actor, IReadOnlyList<string> groups) => groups.Any(actor.IsInGroup);
}
