namespace WorkflowDms.Application.Admin;

/// <summary>
/// A new dealer or service station: its org node (under a branch for tier 1, under a lower-tier dealer for
/// tiers 2–3) and its warranty contract, money in major units of <see cref="Currency"/>.
/// </summary>
public sealed record CreateDealerRequest(
    Guid? ParentId,
    string? Code,
    string? Name,
    string? Kind,
    int? Tier,
    string? Currency,
    bool? AuthorizedForWarranty,
    decimal? WarrantyLaborRate,
    int? ClaimWindowDays,
    decimal? AutoApprovalLimit,
    decimal? PreAuthorizationThreshold);
