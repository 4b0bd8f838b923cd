namespace WorkflowDms.Domain.Policies;

/// <summary>What the warranty rules see of the submitting dealer (parameter <c>dealer</c>).</summary>
public sealed record DealerFacts
{
    public string Code { get; init; } = "";
    public int Tier { get; init; } = 1;
    public bool Active { get; init; } = true;
    public bool AuthorizedForWarranty { get; init; } = true;
    /// <summary>Approved warranty labour rate per hour, major units.</summary>
    public decimal WarrantyLaborRate { get; init; }
    /// <summary>Days after the repair within which a claim must be submitted.</summary>
    public int ClaimWindowDays { get; init; } = 30;
    /// <summary>Claims up to this amount with no other finding are approved automatically.</summary>
    public decimal AutoApprovalLimit { get; init; }
    /// <summary>Repairs above this amount need a pre-authorisation.</summary>
    public decimal PreAuthorizationThreshold { get; init; }
    /// <summary>Claims of this dealer are checked with special care (SAP WTY_VS 013).</summary>
    public bool OnWatchList { get; init; }
    /// <summary>Paid claims whose old parts are overdue by more than three months (infodms UntreadRule16).</summary>
    public int OverduePartReturns { get; init; }
}
