using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Organisation;

/// <summary>
/// A node of the organisation tree (HQ → regions → branches → dealers/stations). A tier-2/3 dealer sits
/// under its tier-1 dealer, so the tier-1 dealer's scope covers its sub-dealers.
/// </summary>
public class OrgNode
{
    private OrgNode()
    {
        Code = "";
        Name = "";
        Path = "";
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public OrgNodeKind Kind { get; private set; }

    /// <summary>1–3 for dealers and service stations, null for HQ, regions and branches.</summary>
    public int? Tier { get; private set; }

    public Guid? ParentId { get; private set; }

    /// <summary>Materialised path, always ending in '/'.</summary>
    public string Path { get; private set; }

    public OrgScope Scope => new(Path);

    public static OrgNode CreateRoot(Guid id, string code, string name) =>
        new() { Id = id, Code = code, Name = name, Kind = OrgNodeKind.Headquarters, Path = OrgPath.Child(null, code) };

    public static OrgNode CreateChild(Guid id, string code, string name, OrgNodeKind kind, OrgNode parent, int? tier = null)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var isOutlet = kind is OrgNodeKind.Dealer or OrgNodeKind.ServiceStation;
        if (kind == OrgNodeKind.Headquarters)
        {
            throw new BusinessRuleException("invalid-org-kind", "Only the root can be the headquarters.");
        }

        if (isOutlet != tier.HasValue || tier is < 1 or > 3)
        {
            throw new BusinessRuleException("invalid-tier", "Dealers and service stations have a tier of 1 to 3; other nodes have none.");
        }

        return new OrgNode
        {
            Id = id,
            Code = code,
            Name = name,
            Kind = kind,
            Tier = tier,
            ParentId = parent.Id,
            Path = OrgPath.Child(parent.Path, code),
        };
    }

    public bool IsOutlet => Kind is OrgNodeKind.Dealer or OrgNodeKind.ServiceStation;

    /// <summary>A child that respects <see cref="OrgHierarchy"/> (what the admin API creates).</summary>
    public static OrgNode CreateUnder(Guid id, string code, string name, OrgNodeKind kind, OrgNode parent, int? tier = null)
    {
        OrgHierarchy.EnsureAllowed(parent, kind, tier);
        return CreateChild(id, code, name, kind, parent, tier);
    }

    /// <summary>
    /// Puts this node (and so its whole subtree) under <paramref name="parent"/>, optionally with a new
    /// <paramref name="tier"/> (dealers and stations only; null keeps the tier). The placement follows
    /// <see cref="OrgHierarchy"/> exactly as on creation; HQ never moves and a node never goes below itself.
    /// Returns the old path: every stored path below it must be rewritten in the same transaction.
    /// </summary>
    public string MoveUnder(OrgNode parent, int? tier = null)
    {
        ArgumentNullException.ThrowIfNull(parent);
        if (Kind == OrgNodeKind.Headquarters || ParentId is null)
        {
            throw new BusinessRuleException("cannot-move-root", $"The headquarters {Code} is the root of the organisation and cannot move.");
        }

        if (parent.Path.StartsWith(Path, StringComparison.Ordinal))
        {
            throw new BusinessRuleException("org-move-cycle", $"parentId: {parent.Code} lies in the subtree of {Code}; a node cannot move below itself.");
        }

        if (tier is not null && !IsOutlet)
        {
            throw new BusinessRuleException("invalid-tier", $"tier: only dealers and service stations have a tier; {Code} is a {Kind}.");
        }

        var newTier = tier ?? Tier;
        OrgHierarchy.EnsureAllowed(parent, Kind, newTier);
        var oldPath = Path;
        ParentId = parent.Id;
        Tier = newTier;
        Path = OrgPath.Child(parent.Path, Code);
        return oldPath;
    }

    public void Rename(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new BusinessRuleException("invalid-org-name", "An org node needs a name.");
        }

        Name = name.Trim();
    }
}
