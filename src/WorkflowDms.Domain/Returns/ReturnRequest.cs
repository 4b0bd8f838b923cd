using WorkflowDms.Domain.Dealers;
using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Returns;

/// <summary>
/// A dealer's request to return parts to the manufacturer for credit (domain-reference §2.6). The header
/// carries the dealer's org path so every query can be scope-filtered without a join. Status changes go
/// through <c>ReturnRequest.Lifecycle.cs</c>; the steps that cause them are in <c>ReturnRequest.Steps.cs</c>.
/// </summary>
public partial class ReturnRequest : IVersioned
{
    /// <summary>An RMA is valid this long after it is issued (RT-02, OED parts return policy).</summary>
    public static readonly TimeSpan RmaValidity = TimeSpan.FromDays(60);

    private readonly List<ReturnLine> _lines = [];

    private ReturnRequest()
    {
        Number = "";
        DealerCode = "";
        OrgPath = "";
        Reason = "";
        Currency = "";
    }

    public Guid Id { get; private set; }

    /// <summary>Readable and unique, <c>RT-yyMMdd-XXXXXXXXXX</c>.</summary>
    public string Number { get; private set; }

    public Guid DealerId { get; private set; }

    public string DealerCode { get; private set; }

    public Guid OrgNodeId { get; private set; }

    public string OrgPath { get; private set; }

    /// <summary>The order reason, mandatory on a returns document (RT-09): see <see cref="ReturnReasons"/>.</summary>
    public string Reason { get; private set; }

    public string? Comment { get; private set; }

    public ReturnStatus Status { get; private set; }

    public string Currency { get; private set; }

    /// <summary>Σ quantity × unit price paid of the requested lines.</summary>
    public long TotalMinor { get; private set; }

    /// <summary>Restocking fee in whole percent, fixed when the request is made (RT-05, RT-06).</summary>
    public int RestockingFeePercent { get; private set; }

    public DateTime RequestedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public string? RmaNumber { get; private set; }

    public DateTime? RmaIssuedAt { get; private set; }

    public DateTime? RmaExpiresAt { get; private set; }

    public string? ReturnOrderNumber { get; private set; }

    /// <summary>Set with the return order so no credit memo can be created before inspection (RT-09, RT-11).</summary>
    public bool BillingBlocked { get; private set; }

    public string? Carrier { get; private set; }

    public string? TrackingNumber { get; private set; }

    public DateTime? ShippedAt { get; private set; }

    public DateTime? ReceivedAt { get; private set; }

    /// <summary>Where received goods are posted: returns (blocked) stock, never unrestricted stock (RT-10).</summary>
    public string? StockLocation { get; private set; }

    public ReturnInspectionResult? InspectionResult { get; private set; }

    public DateTime? InspectedAt { get; private set; }

    /// <summary>Σ accepted quantity × unit price paid, known after inspection.</summary>
    public long? AcceptedMinor { get; private set; }

    public long? RestockingFeeMinor { get; private set; }

    /// <summary>Accepted value minus restocking fee: what the credit note credits (RT-06, RT-12).</summary>
    public long? CreditMinor { get; private set; }

    public string? CreditNoteNumber { get; private set; }

    public DateTime? CreditNoteIssuedAt { get; private set; }

    public string? DecisionReasonCode { get; private set; }

    public string? DecisionComment { get; private set; }

    /// <summary>The stored eligibility evaluation, shown to the parts manager.</summary>
    public string? LastRuleResultJson { get; private set; }

    public Guid? WorkflowInstanceId { get; private set; }

    public IReadOnlyList<ReturnLine> Lines => _lines;

    public int Version { get; private set; }

    /// <summary>A new request in <see cref="ReturnStatus.Requested"/>, totalled, ready for the eligibility check.</summary>
    public static ReturnRequest Request(
        Guid id, string number, Dealer dealer, string reason, string? comment, int restockingFeePercent, IReadOnlyCollection<ReturnLineDraft> lines, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(dealer);
        ArgumentNullException.ThrowIfNull(lines);
        if (!ReturnReasons.All.Contains(reason))
        {
            throw new BusinessRuleException("invalid-return-reason", $"Reason '{reason}' is not one of: {string.Join(", ", ReturnReasons.All)}.");
        }

        if (lines.Count == 0 || restockingFeePercent is < 0 or > 100)
        {
            throw new BusinessRuleException("invalid-return", "A return needs at least one line and a restocking fee of 0 to 100 %.");
        }

        var request = new ReturnRequest
        {
            Id = id,
            Number = number,
            DealerId = dealer.Id,
            DealerCode = dealer.Code,
            OrgNodeId = dealer.OrgNodeId,
            OrgPath = dealer.OrgPath,
            Reason = reason,
            Comment = comment,
            Currency = dealer.Currency,
            RestockingFeePercent = restockingFeePercent,
            Status = ReturnStatus.Requested,
            RequestedAt = now,
            UpdatedAt = now,
        };
        var lineNumber = 0;
        foreach (var draft in lines)
        {
            request._lines.Add(ReturnLine.Create(id, ++lineNumber, draft, now));
        }

        request.TotalMinor = request._lines.Aggregate(0L, (sum, l) => checked(sum + l.AmountMinor));
        return request;
    }

    /// <summary>The restocking fee on an accepted value, rounded half up to the minor unit (RT-06).</summary>
    public static long RestockingFee(long acceptedMinor, int percent) => checked(((acceptedMinor * percent) + 50) / 100);

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
}
