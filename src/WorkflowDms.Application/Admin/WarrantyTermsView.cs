namespace WorkflowDms.Application.Admin;

/// <summary>A dealer's warranty terms, money in major units of the dealer's currency.</summary>
public sealed record WarrantyTermsView(bool AuthorizedForWarranty, decimal WarrantyLaborRate, int ClaimWindowDays, decimal AutoApprovalLimit, decimal PreAuthorizationThreshold);
