using WorkflowDms.Domain.Errors;

namespace WorkflowDms.Domain.Returns;

/// <summary>The steps of a return. Each checks its trigger first, so an illegal move changes nothing.</summary>
public partial class ReturnRequest
{
    /// <summary>Returns (blocked) stock: received goods are not available for sale until inspected (RT-10).</summary>
    public const string ReturnsStock = "returns-blocked";

    /// <summary>The parts manager approves: the RMA is issued, valid for <see cref="RmaValidity"/> (RT-02).</summary>
    public void Approve(string? comment, DateTime now)
    {
        EnsureCanFire(ReturnTrigger.Approve);
        RmaNumber = "RMA" + Number[2..];
        RmaIssuedAt = now;
        RmaExpiresAt = now + RmaValidity;
        DecisionReasonCode = null;
        DecisionComment = comment;
        Fire(ReturnTrigger.Approve, now);
    }

    /// <summary>Rejected: by the eligibility rules, by the parts manager, or because inspection accepted nothing.</summary>
    public void Reject(string reasonCode, string? comment, DateTime now)
    {
        EnsureCanFire(ReturnTrigger.Reject);
        DecisionReasonCode = reasonCode;
        DecisionComment = comment;
        if (Status == ReturnStatus.Inspected)
        {
            // Nothing to credit: the block stays, the goods go back to the dealer or to scrap (RT-13).
            CreditMinor = 0;
        }

        Fire(ReturnTrigger.Reject, now);
    }

    /// <summary>The return order refers to the RMA and carries a billing block (RT-09).</summary>
    public void CreateReturnOrder(DateTime now)
    {
        EnsureCanFire(ReturnTrigger.CreateReturnOrder);
        ReturnOrderNumber = "RO" + Number[2..];
        BillingBlocked = true;
        Fire(ReturnTrigger.CreateReturnOrder, now);
    }

    /// <summary>The dealer ships against the return order; only while the RMA is valid (RT-01, RT-02).</summary>
    public void Ship(string? carrier, string trackingNumber, DateTime now)
    {
        EnsureCanFire(ReturnTrigger.Ship);
        if (RmaExpiresAt is null || now > RmaExpiresAt.Value)
        {
            throw new BusinessRuleException("rma-expired", $"RMA {RmaNumber} expired on {RmaExpiresAt:yyyy-MM-dd}; request a new return (RT-02).");
        }

        Carrier = carrier;
        TrackingNumber = trackingNumber;
        ShippedAt = now;
        Fire(ReturnTrigger.Ship, now);
    }

    /// <summary>Goods received into returns stock (RT-10).</summary>
    public void Receive(DateTime now)
    {
        EnsureCanFire(ReturnTrigger.Receive);
        ReceivedAt = now;
        StockLocation = ReturnsStock;
        Fire(ReturnTrigger.Receive, now);
    }

    /// <summary>
    /// Records the accepted quantity per line before a partial acceptance is decided; only while the goods
    /// wait for inspection. Lines not named keep what they had.
    /// </summary>
    public void RecordAcceptedQuantities(IReadOnlyDictionary<int, int> acceptedByLine, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(acceptedByLine);
        if (Status != ReturnStatus.Received)
        {
            throw new InvalidTransitionException(nameof(ReturnRequest), Id, Status.ToString(), "RecordInspection");
        }

        foreach (var (lineNumber, quantity) in acceptedByLine)
        {
            var line = _lines.SingleOrDefault(l => l.LineNumber == lineNumber)
                ?? throw new BusinessRuleException("unknown-return-line", $"Return {Number} has no line {lineNumber}.");
            line.Accept(quantity);
        }

        UpdatedAt = now;
    }

    /// <summary>
    /// The inspection verdict: accepted (every unit), rejected (none) or partially accepted (the recorded
    /// quantities, which must cover every line and be neither all nor nothing). Computes the credit:
    /// accepted quantity × price paid, minus the restocking fee (RT-06, RT-11, RT-12).
    /// </summary>
    public void Inspect(ReturnInspectionResult result, DateTime now)
    {
        EnsureCanFire(ReturnTrigger.Inspect);
        switch (result)
        {
            case ReturnInspectionResult.Accepted:
                _lines.ForEach(l => l.Accept(l.Quantity));
                break;
            case ReturnInspectionResult.Rejected:
                _lines.ForEach(l => l.Accept(0));
                break;
            default:
                if (!PartialAcceptanceRecorded)
                {
                    throw new BusinessRuleException(
                        "inspection-quantities-required",
                        "A partial acceptance needs the accepted quantity of every line (PUT /returns/{id}/inspection), more than none and less than all.");
                }

                break;
        }

        InspectionResult = result;
        InspectedAt = now;
        AcceptedMinor = _lines.Aggregate(0L, (sum, l) => checked(sum + l.AcceptedAmountMinor));
        RestockingFeeMinor = RestockingFee(AcceptedMinor.Value, RestockingFeePercent);
        CreditMinor = AcceptedMinor.Value - RestockingFeeMinor.Value;
        Fire(ReturnTrigger.Inspect, now);
    }

    /// <summary>
    /// Whether the recorded quantities make a partial acceptance: every line has one, and together they
    /// accept more than nothing and less than everything.
    /// </summary>
    public bool PartialAcceptanceRecorded
    {
        get
        {
            var accepted = _lines.Sum(l => l.AcceptedQuantity ?? 0);
            return _lines.All(l => l.AcceptedQuantity is not null) && accepted > 0 && accepted < _lines.Sum(l => l.Quantity);
        }
    }

    /// <summary>Removes the billing block and issues the credit note for <see cref="CreditMinor"/> (RT-11).</summary>
    public void IssueCreditNote(DateTime now)
    {
        EnsureCanFire(ReturnTrigger.IssueCreditNote);
        if (CreditMinor is not > 0)
        {
            throw new BusinessRuleException("nothing-to-credit", $"Return {Number} has no accepted value to credit.");
        }

        BillingBlocked = false;
        CreditNoteNumber = "CN" + Number[2..];
        CreditNoteIssuedAt = now;
        Fire(ReturnTrigger.IssueCreditNote, now);
    }

    public void Close(DateTime now)
    {
        EnsureCanFire(ReturnTrigger.Close);
        Fire(ReturnTrigger.Close, now);
    }

    /// <summary>The RMA's 60 days passed before the dealer shipped (RT-02).</summary>
    public void ExpireRma(DateTime now)
    {
        EnsureCanFire(ReturnTrigger.ExpireRma);
        BillingBlocked = false;
        DecisionReasonCode = "RMA-EXPIRED";
        DecisionComment = $"RMA {RmaNumber} was not used by {RmaExpiresAt:yyyy-MM-dd}.";
        Fire(ReturnTrigger.ExpireRma, now);
    }

    /// <summary>The dealer withdraws the request before shipping.</summary>
    public void Cancel(string? comment, DateTime now)
    {
        EnsureCanFire(ReturnTrigger.Cancel);
        BillingBlocked = false;
        DecisionReasonCode = "CANCELLED";
        DecisionComment = comment;
        Fire(ReturnTrigger.Cancel, now);
    }

    /// <summary>Throws when <paramref name="trigger"/> is not permitted now (an illegal move is a 409).</summary>
    public void EnsureCan(ReturnTrigger trigger) => EnsureCanFire(trigger);
}
