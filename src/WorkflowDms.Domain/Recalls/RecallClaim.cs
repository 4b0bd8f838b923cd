using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Recalls;

/// <summary>
/// A dealer's recall repair claim for one VIN of one campaign. It is flat-rate: the campaign's labour
/// operation at the dealer's warranty labour rate plus the remedy parts at catalogue price. Accepting it
/// remedies the VIN; a claim with related damage (W-41) waits for a recall manager.
/// </summary>
public class RecallClaim : IVersioned
{
    private RecallClaim()
    {
        Number = "";
        CampaignNumber = "";
        Vin = "";
        DealerCode = "";
        OrgPath = "";
        RepairOrderNumber = "";
        Currency = "";
    }

    public Guid Id { get; private set; }

    public string Number { get; private set; }

    public Guid CampaignId { get; private set; }

    public string CampaignNumber { get; private set; }

    public Guid CampaignVehicleId { get; private set; }

    public string Vin { get; private set; }

    public Guid DealerId { get; private set; }

    public string DealerCode { get; private set; }

    public Guid OrgNodeId { get; private set; }

    public string OrgPath { get; private set; }

    public string RepairOrderNumber { get; private set; }

    public DateTime RepairDate { get; private set; }

    public int MileageKm { get; private set; }

    public bool RelatedDamageClaimed { get; private set; }

    public long AmountMinor { get; private set; }

    public string Currency { get; private set; }

    public RecallClaimStatus Status { get; private set; }

    public string? DecisionReasonCode { get; private set; }

    public string? DecisionComment { get; private set; }

    public string? RuleResultJson { get; private set; }

    public DateTime SubmittedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public int Version { get; private set; }

    public static RecallClaim Submit(
        Guid id, string number, RecallCampaign campaign, CampaignVehicle vehicle, Dealer dealer, string repairOrderNumber,
        DateTime repairDate, int mileageKm, bool relatedDamageClaimed, long amountMinor, bool needsReview, string ruleResultJson, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(vehicle);
        ArgumentNullException.ThrowIfNull(dealer);
        if (string.IsNullOrWhiteSpace(repairOrderNumber) || mileageKm < 0)
        {
            throw new BusinessRuleException("invalid-recall-claim", "A recall claim needs a repair order number and a mileage of 0 or more.");
        }

        return new RecallClaim
        {
            Id = id,
            Number = number,
            CampaignId = campaign.Id,
            CampaignNumber = campaign.Number,
            CampaignVehicleId = vehicle.Id,
            Vin = vehicle.Vin,
            DealerId = dealer.Id,
            DealerCode = dealer.Code,
            OrgNodeId = dealer.OrgNodeId,
            OrgPath = dealer.OrgPath,
            RepairOrderNumber = repairOrderNumber.Trim(),
            RepairDate = DateTime.SpecifyKind(repairDate.Date, DateTimeKind.Utc),
            MileageKm = mileageKm,
            RelatedDamageClaimed = relatedDamageClaimed,
            AmountMinor = amountMinor,
            Currency = dealer.Currency,
            Status = needsReview ? RecallClaimStatus.PendingReview : RecallClaimStatus.Approved,
            RuleResultJson = ruleResultJson,
            SubmittedAt = now,
            UpdatedAt = now,
        };
    }

    public void Approve(string? reasonCode, string? comment, DateTime now) => Decide(RecallClaimStatus.Approved, "approve", reasonCode, comment, now);

    public void Reject(string reasonCode, string? comment, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(reasonCode))
        {
            throw new BusinessRuleException("reason-required", "A rejection needs a reason code.");
        }

        Decide(RecallClaimStatus.Rejected, "reject", reasonCode, comment, now);
    }

    private void Decide(RecallClaimStatus to, string trigger, string? reasonCode, string? comment, DateTime now)
    {
        if (Status != RecallClaimStatus.PendingReview)
        {
            throw new InvalidTransitionException(nameof(RecallClaim), Id, Status.ToString(), trigger);
        }

        Status = to;
        DecisionReasonCode = reasonCode;
        DecisionComment = comment;
        UpdatedAt = now;
    }
}
