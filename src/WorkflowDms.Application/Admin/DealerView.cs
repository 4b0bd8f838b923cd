namespace WorkflowDms.Application.Admin;

/// <summary>A dealer or service station with its contract terms.</summary>
public sealed record DealerView(Guid Id, string Code, string Name, Guid OrgNodeId, string OrgPath, int Tier, bool Active, string Currency, WarrantyTermsView Terms);
