namespace WorkflowDms.Domain.Claims;

/// <summary>The claim types WorkflowDms adjudicates (domain-reference §7, Maserati cost codes: warranty, maintenance).</summary>
public static class ClaimTypes
{
    public const string Warranty = "warranty";

    /// <summary>Free maintenance (首保): paid by a fixed fee per model group and visit number (W-37/W-38).</summary>
    public const string FreeMaintenance = "free-maintenance";

    public static IReadOnlyList<string> All { get; } = [Warranty, FreeMaintenance];

    public static bool IsKnown(string? type) => type is Warranty or FreeMaintenance;
}
