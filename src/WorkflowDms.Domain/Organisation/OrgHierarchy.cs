using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Organisation;

/// <summary>
/// Which node may sit under which: HQ → regions → branches → tier-1 dealers and service stations → their
/// tier-2/3 sub-dealers (a sub-dealer's tier is higher than its parent's).
/// </summary>
public static class OrgHierarchy
{
    public static void EnsureAllowed(OrgNode parent, OrgNodeKind kind, int? tier)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var allowed = (parent.Kind, kind) switch
        {
            (OrgNodeKind.Headquarters, OrgNodeKind.Region) => tier is null,
            (OrgNodeKind.Region, OrgNodeKind.Branch) => tier is null,
            (OrgNodeKind.Branch, OrgNodeKind.Dealer or OrgNodeKind.ServiceStation) => tier == 1,
            (OrgNodeKind.Dealer or OrgNodeKind.ServiceStation, OrgNodeKind.Dealer or OrgNodeKind.ServiceStation) => tier > parent.Tier && tier <= 3,
            _ => false,
        };
        if (!allowed)
        {
            throw new BusinessRuleException(
                "invalid-org-placement",
                $"A {kind}{(tier is null ? "" : $" of tier {tier}")} cannot sit under the {parent.Kind} {parent.Code}: regions go under HQ, branches under regions, tier-1 dealers under branches, tier-2/3 dealers under a dealer of a lower tier.");
        }
    }
}
