namespace WorkflowDms.Domain.Dealers;

/// <summary>The commercial warranty terms of a dealer contract; money in minor units of the dealer's currency.</summary>
public sealed record DealerWarrantyTerms(
    bool AuthorizedForWarranty,
    long WarrantyLaborRateMinor,
    int ClaimWindowDays,
    long AutoApprovalLimitMinor,
    long PreAuthorizationThresholdMinor);
