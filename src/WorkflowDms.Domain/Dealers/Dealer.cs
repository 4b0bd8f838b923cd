using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Organisation;

namespace WorkflowDms.Domain.Dealers;

/// <summary>A dealer or service station with its warranty contract; it owns exactly one org node.</summary>
public class Dealer
{
    private Dealer()
    {
        Code = "";
        Name = "";
        OrgPath = "";
        Currency = "";
    }

    public Guid Id { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public Guid OrgNodeId { get; private set; }

    public string OrgPath { get; private set; }

    public int Tier { get; private set; }

    public bool Active { get; private set; }

    public bool AuthorizedForWarranty { get; private set; }

    /// <summary>Approved warranty labour rate per hour, minor units.</summary>
    public long WarrantyLaborRateMinor { get; private set; }

    public int ClaimWindowDays { get; private set; }

    public long AutoApprovalLimitMinor { get; private set; }

    public long PreAuthorizationThresholdMinor { get; private set; }

    public bool OnWatchList { get; private set; }

    /// <summary>ISO 4217 code; every amount of this dealer's claims is in it.</summary>
    public string Currency { get; private set; }

    public static Dealer Create(Guid id, string name, OrgNode node, string currency, DealerWarrantyTerms terms)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node.Kind is not (OrgNodeKind.Dealer or OrgNodeKind.ServiceStation) || node.Tier is null)
        {
            throw new BusinessRuleException("invalid-dealer-node", $"Org node {node.Code} is not a dealer or service station.");
        }

        if (currency is not { Length: 3 })
        {
            throw new BusinessRuleException("invalid-currency", $"Currency '{currency}' is not an ISO 4217 code.");
        }

        var dealer = new Dealer
        {
            Id = id,
            Code = node.Code,
            Name = name,
            OrgNodeId = node.Id,
            OrgPath = node.Path,
            Tier = node.Tier.Value,
            Active = true,
            Currency = currency,
        };
        dealer.ChangeTerms(terms);
        return dealer;
    }

    public DealerWarrantyTerms Terms =>
        new(AuthorizedForWarranty, WarrantyLaborRateMinor, ClaimWindowDays, AutoApprovalLimitMinor, PreAuthorizationThresholdMinor);

    public void ChangeTerms(DealerWarrantyTerms terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        if (terms.WarrantyLaborRateMinor < 0 || terms.AutoApprovalLimitMinor < 0 || terms.PreAuthorizationThresholdMinor < 0 || terms.ClaimWindowDays < 0)
        {
            throw new BusinessRuleException("invalid-dealer-terms", "Rates, limits and the claim window cannot be negative.");
        }

        AuthorizedForWarranty = terms.AuthorizedForWarranty;
        WarrantyLaborRateMinor = terms.WarrantyLaborRateMinor;
        ClaimWindowDays = terms.ClaimWindowDays;
        AutoApprovalLimitMinor = terms.AutoApprovalLimitMinor;
        PreAuthorizationThresholdMinor = terms.PreAuthorizationThresholdMinor;
    }

    public void Deactivate() => Active = false;

    public void Activate() => Active = true;

    public void SetWatchList(bool onWatchList) => OnWatchList = onWatchList;
}
