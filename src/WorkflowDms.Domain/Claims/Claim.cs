using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Vehicles;

namespace WorkflowDms.Domain.Claims;

/// <summary>
/// A dealer's warranty claim. The header carries the performing dealer's org path so every query can be
/// scope-filtered without a join. Status changes go through the lifecycle in <c>Claim.Lifecycle.cs</c>;
/// decisions are in <c>Claim.Decisions.cs</c>.
/// </summary>
public partial class Claim : IVersioned
{
    private readonly List<ClaimLine> _lines = [];

    private Claim()
    {
        Number = "";
        DealerCode = "";
        OrgPath = "";
        DealerClaimNumber = "";
        Vin = "";
        RepairOrderNumber = "";
        Currency = "";
        ClaimType = ClaimTypes.Warranty;
    }

    public Guid Id { get; private set; }

    /// <summary>Readable and unique, see <see cref="ClaimNumber"/>.</summary>
    public string Number { get; private set; }

    public Guid DealerId { get; private set; }

    public string DealerCode { get; private set; }

    public Guid OrgNodeId { get; private set; }

    public string OrgPath { get; private set; }

    /// <summary>The dealer's own claim id; unique per dealer, fixed across resubmissions.</summary>
    public string DealerClaimNumber { get; private set; }

    public string Vin { get; private set; }

    public string RepairOrderNumber { get; private set; }

    /// <summary>UTC midnight of the repair day.</summary>
    public DateTime RepairDate { get; private set; }

    public int MileageKm { get; private set; }

    public string? FaultCode { get; private set; }

    public string? CausalPartNumber { get; private set; }

    public string? PreAuthorizationNumber { get; private set; }

    /// <summary><see cref="ClaimTypes.Warranty"/> or <see cref="ClaimTypes.FreeMaintenance"/>.</summary>
    public string ClaimType { get; private set; }

    /// <summary>Free-maintenance visit number (1 = first free service); null on warranty claims.</summary>
    public int? MaintenanceSequence { get; private set; }

    /// <summary>How often the dealer appealed a rejection (at most once, W-60).</summary>
    public int AppealCount { get; private set; }

    public string? AppealReason { get; private set; }

    /// <summary>The settlement batch that paid the claim.</summary>
    public Guid? PaymentBatchId { get; private set; }

    public ClaimStatus Status { get; private set; }

    /// <summary>1 on the first submission, +1 on every resubmission (STAR claim_submission_count).</summary>
    public int SubmissionCount { get; private set; }

    public long TotalMinor { get; private set; }

    public long? ApprovedMinor { get; private set; }

    public string Currency { get; private set; }

    /// <summary>The latest (re)submission.</summary>
    public DateTime SubmittedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public string? DecisionReasonCode { get; private set; }

    public string? DecisionComment { get; private set; }

    /// <summary>The stored rule evaluation of the latest submission, shown to approvers.</summary>
    public string? LastRuleResultJson { get; private set; }

    public Guid? WorkflowInstanceId { get; private set; }

    public bool PartsReturnRequired { get; private set; }

    public IReadOnlyList<ClaimLine> Lines => _lines;

    public int Version { get; private set; }

    /// <summary>A new claim in <see cref="ClaimStatus.Submitted"/>, priced and totalled, ready for adjudication.</summary>
    public static Claim Submit(Guid id, string number, Dealer dealer, string dealerClaimNumber, ClaimHeader header, IReadOnlyCollection<ClaimLineDraft> lines, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(dealer);
        if (string.IsNullOrWhiteSpace(dealerClaimNumber))
        {
            throw new BusinessRuleException("invalid-claim", "The dealer claim number is required.");
        }

        var claim = new Claim
        {
            Id = id,
            Number = number,
            DealerId = dealer.Id,
            DealerCode = dealer.Code,
            OrgNodeId = dealer.OrgNodeId,
            OrgPath = dealer.OrgPath,
            DealerClaimNumber = dealerClaimNumber,
            Currency = dealer.Currency,
            Status = ClaimStatus.Submitted,
            SubmissionCount = 1,
        };
        claim.ApplyCorrection(header, lines, now);
        return claim;
    }

    /// <summary>Sets the adjudication result that approvers see; replaced on every (re)submission.</summary>
    public void RecordRuleResult(string ruleResultJson, DateTime now)
    {
        LastRuleResultJson = ruleResultJson;
        UpdatedAt = now;
    }

    public void AttachWorkflow(Guid instanceId, DateTime now)
    {
        WorkflowInstanceId = instanceId;
        UpdatedAt = now;
    }

    /// <summary>Sets the header and replaces every line, clearing the previous decision and rule result.</summary>
    private void ApplyCorrection(ClaimHeader header, IReadOnlyCollection<ClaimLineDraft> lines, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(lines);
        var vin = VinValidator.Normalize(header.Vin);
        var vinResult = VinValidator.Validate(vin);
        if (!vinResult.IsValid)
        {
            throw new BusinessRuleException("invalid-vin", vinResult.Reason);
        }

        if (header.MileageKm < 0 || string.IsNullOrWhiteSpace(header.RepairOrderNumber) || lines.Count == 0)
        {
            throw new BusinessRuleException("invalid-claim", "A claim needs a repair order number, a mileage of 0 or more and at least one line.");
        }

        Vin = vin;
        RepairOrderNumber = header.RepairOrderNumber;
        RepairDate = DateTime.SpecifyKind(header.RepairDate.Date, DateTimeKind.Utc);
        MileageKm = header.MileageKm;
        FaultCode = header.FaultCode;
        CausalPartNumber = header.CausalPartNumber;
        PreAuthorizationNumber = header.PreAuthorizationNumber;
        ClaimType = ClaimTypes.IsKnown(header.ClaimType)
            ? header.ClaimType
            : throw new BusinessRuleException("invalid-claim", $"Unknown claim type '{header.ClaimType}'.");
        MaintenanceSequence = ClaimType == ClaimTypes.FreeMaintenance
            ? header.MaintenanceSequence is > 0 ? header.MaintenanceSequence : throw new BusinessRuleException("invalid-claim", "A free-maintenance claim needs a maintenance sequence of 1 or more.")
            : null;

        _lines.Clear();
        var lineNumber = 0;
        foreach (var draft in lines)
        {
            _lines.Add(ClaimLine.Create(Id, ++lineNumber, draft, now));
        }

        TotalMinor = ComputeTotal(_lines);
        ApprovedMinor = null;
        DecisionReasonCode = null;
        DecisionComment = null;
        LastRuleResultJson = null;
        SubmittedAt = now;
        UpdatedAt = now;
    }

    public static long ComputeTotal(IEnumerable<ClaimLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        long total = 0;
        foreach (var line in lines)
        {
            total = checked(total + line.AmountMinor);
        }

        return total;
    }
}
